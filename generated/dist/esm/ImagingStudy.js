import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["ImagingStudy"], type: "ImagingStudy", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes231,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/instance-availability"
};
const BINDING_2 = {
  has: vcodes.inCodings232,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/dicom-cid29"
};
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Encounter", "EpisodeOfCare"];
const TARGETS_2 = ["CarePlan", "ProcedureRequest", "ReferralRequest"];
const TARGETS_3 = ["Practitioner"];
const TARGETS_4 = ["Endpoint"];
const TARGETS_5 = ["Procedure"];
const OWNER_1 = { paths: ["ImagingStudy.series"], type: "BackboneElement", exact: true };
const OWNER_2 = { paths: ["ImagingStudy.series.instance"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ImagingStudy",
      check: checkImagingStudy,
      type: "ImagingStudy",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkImagingStudy(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImagingStudy");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ImagingStudy") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26;
  for (const k in o) {
    switch (k) {
      case "resourceType":
        break;
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "meta":
        m0 |= 4;
        e1 = o[k];
        break;
      case "implicitRules":
        m0 |= 8;
        e2 = o[k];
        break;
      case "language":
        m0 |= 32;
        e3 = o[k];
        break;
      case "text":
        m0 |= 128;
        e4 = o[k];
        break;
      case "contained":
        m0 |= 256;
        e5 = o[k];
        break;
      case "extension":
        m0 |= 512;
        e6 = o[k];
        break;
      case "modifierExtension":
        m0 |= 1024;
        e7 = o[k];
        break;
      case "uid":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "accession":
        m0 |= 8192;
        e9 = o[k];
        break;
      case "identifier":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "availability":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "modalityList":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "patient":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "context":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "started":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "basedOn":
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "referrer":
        m0 |= 8388608;
        e17 = o[k];
        break;
      case "interpreter":
        m0 |= 16777216;
        e18 = o[k];
        break;
      case "endpoint":
        m0 |= 33554432;
        e19 = o[k];
        break;
      case "numberOfSeries":
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "numberOfInstances":
        m0 |= 268435456;
        e21 = o[k];
        break;
      case "procedureReference":
        m0 |= 1073741824;
        e22 = o[k];
        break;
      case "procedureCode":
        m1 |= 1;
        e23 = o[k];
        break;
      case "reason":
        m1 |= 2;
        e24 = o[k];
        break;
      case "description":
        m1 |= 4;
        e25 = o[k];
        break;
      case "series":
        m1 |= 16;
        e26 = o[k];
        break;
      case "_id":
        m0 |= 2;
        break;
      case "_implicitRules":
        m0 |= 16;
        break;
      case "_language":
        m0 |= 64;
        break;
      case "_uid":
        m0 |= 4096;
        break;
      case "_availability":
        m0 |= 65536;
        break;
      case "_started":
        m0 |= 2097152;
        break;
      case "_numberOfSeries":
        m0 |= 134217728;
        break;
      case "_numberOfInstances":
        m0 |= 536870912;
        break;
      case "_description":
        m1 |= 8;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if ((m0 & 3) !== 0) {
    if (!(vrt.isValidId(e0) && (m0 & 2) === 0)) {
      if (!vrt.prim(e0, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e1, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(e2) && (m0 & 16) === 0)) {
      if (!vrt.prim(e2, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 64) === 0)) {
      if (!vrt.prim(e3, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes1)) {
      if (!vrt.eachWith(e3, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e4, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e5, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkExtensions(e6, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if (!(vrt.isValidOid(e8) && (m0 & 4096) === 0)) {
    if (!vrt.prim(e8, o._uid, x, p, "uid", d, 1, vrt.isValidOid, "oid", OWNER_0) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(e9, x, p, "accession", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e10, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidCode(e11) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e11, o._availability, x, p, "availability", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e11, vcodes.inCodes231)) {
      if (!vrt.eachWith(e11, false, x, p, "availability", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(e12, x, p, "modalityList", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e12, true, x, p, "modalityList", vrt.checkCoding, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(e13, x, p, "patient", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e13, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e14, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e15, o._started, x, p, "started", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(e16, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e16, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e17, x, p, "referrer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "referrer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(e18, x, p, "interpreter", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, true, x, p, "interpreter", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(e19, x, p, "endpoint", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, true, x, p, "endpoint", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidUnsignedInt(e20) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(
        e20,
        o._numberOfSeries,
        x,
        p,
        "numberOfSeries",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidUnsignedInt(e21) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(
        e21,
        o._numberOfInstances,
        x,
        p,
        "numberOfInstances",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e22, x, p, "procedureReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e22, true, x, p, "procedureReference", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e23, x, p, "procedureCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e24, x, p, "reason", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidString(e25) && (m1 & 8) === 0)) {
      if (!vrt.prim(e25, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e26, x, p, "series", d, 0, -1, checkImagingStudySeries) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  }
  return true;
}
function checkImagingStudySeries(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImagingStudy.series");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "extension":
        n++;
        m0 |= 2;
        e1 = o[k];
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "uid":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "number":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "modality":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "description":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "numberOfInstances":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "availability":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "endpoint":
        n++;
        m0 |= 16384;
        e9 = o[k];
        break;
      case "bodySite":
        n++;
        m0 |= 32768;
        e10 = o[k];
        break;
      case "laterality":
        n++;
        m0 |= 65536;
        e11 = o[k];
        break;
      case "started":
        n++;
        m0 |= 131072;
        e12 = o[k];
        break;
      case "performer":
        n++;
        m0 |= 524288;
        e13 = o[k];
        break;
      case "instance":
        n++;
        m0 |= 1048576;
        e14 = o[k];
        break;
      case "_uid":
        n++;
        m0 |= 16;
        break;
      case "_number":
        n++;
        m0 |= 64;
        break;
      case "_description":
        n++;
        m0 |= 512;
        break;
      case "_numberOfInstances":
        n++;
        m0 |= 2048;
        break;
      case "_availability":
        n++;
        m0 |= 8192;
        break;
      case "_started":
        n++;
        m0 |= 262144;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if (!(vrt.isValidOid(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._uid, x, p, "uid", d, 1, vrt.isValidOid, "oid", OWNER_1) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUnsignedInt(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._number, x, p, "number", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(e5, x, p, "modality", d, 1, checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(e5, false, x, p, "modality", vrt.checkCoding, BINDING_2) && x.c === null) return false;
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 512) === 0)) {
      if (!vrt.prim(e6, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidUnsignedInt(e7) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        e7,
        o._numberOfInstances,
        x,
        p,
        "numberOfInstances",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(e8) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e8, o._availability, x, p, "availability", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e8, vcodes.inCodes231)) {
      if (!vrt.eachWith(e8, false, x, p, "availability", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e9, x, p, "endpoint", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "endpoint", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e10, x, p, "bodySite", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e11, x, p, "laterality", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidDateTime(e12) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e12, o._started, x, p, "started", d, 0, vrt.isValidDateTime, "dateTime", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(e13, x, p, "performer", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, true, x, p, "performer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(e14, x, p, "instance", d, 0, -1, checkImagingStudySeriesInstance) && x.c === null) return false;
  }
  return true;
}
function checkImagingStudySeriesInstance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImagingStudy.series.instance");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "extension":
        n++;
        m0 |= 2;
        e1 = o[k];
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "uid":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "number":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "sopClass":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "title":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "_uid":
        n++;
        m0 |= 16;
        break;
      case "_number":
        n++;
        m0 |= 64;
        break;
      case "_sopClass":
        n++;
        m0 |= 256;
        break;
      case "_title":
        n++;
        m0 |= 1024;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if (!(vrt.isValidOid(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._uid, x, p, "uid", d, 1, vrt.isValidOid, "oid", OWNER_2) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUnsignedInt(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._number, x, p, "number", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidOid(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._sopClass, x, p, "sopClass", d, 1, vrt.isValidOid, "oid", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateImagingStudy(value, options) {
  return vrt.validateWith(value, "ImagingStudy", checkImagingStudy, true, options, REGISTRY_0);
}
function isImagingStudy(value, options) {
  return vrt.testWith(value, checkImagingStudy, true, options, REGISTRY_0);
}
function buildImagingStudy(input) {
  return fillAndCheck(input, { resourceType: "ImagingStudy" }, isImagingStudy, validateImagingStudy, "ImagingStudy");
}
export {
  buildImagingStudy,
  checkImagingStudy,
  checkImagingStudySeries,
  checkImagingStudySeriesInstance,
  isImagingStudy,
  validateImagingStudy
};
