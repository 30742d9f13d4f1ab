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
  for (const k in o) {
    switch (k) {
      case "resourceType":
        break;
      case "id":
        m0 |= 1;
        break;
      case "meta":
        m0 |= 4;
        break;
      case "implicitRules":
        m0 |= 8;
        break;
      case "language":
        m0 |= 32;
        break;
      case "text":
        m0 |= 128;
        break;
      case "contained":
        m0 |= 256;
        break;
      case "extension":
        m0 |= 512;
        break;
      case "modifierExtension":
        m0 |= 1024;
        break;
      case "uid":
        m0 |= 2048;
        break;
      case "accession":
        m0 |= 8192;
        break;
      case "identifier":
        m0 |= 16384;
        break;
      case "availability":
        m0 |= 32768;
        break;
      case "modalityList":
        m0 |= 131072;
        break;
      case "patient":
        m0 |= 262144;
        break;
      case "context":
        m0 |= 524288;
        break;
      case "started":
        m0 |= 1048576;
        break;
      case "basedOn":
        m0 |= 4194304;
        break;
      case "referrer":
        m0 |= 8388608;
        break;
      case "interpreter":
        m0 |= 16777216;
        break;
      case "endpoint":
        m0 |= 33554432;
        break;
      case "numberOfSeries":
        m0 |= 67108864;
        break;
      case "numberOfInstances":
        m0 |= 268435456;
        break;
      case "procedureReference":
        m0 |= 1073741824;
        break;
      case "procedureCode":
        m1 |= 1;
        break;
      case "reason":
        m1 |= 2;
        break;
      case "description":
        m1 |= 4;
        break;
      case "series":
        m1 |= 16;
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
    if (!(vrt.isValidId(o.id) && (m0 & 2) === 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(o.implicitRules) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(o.language) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.language, vcodes.inCodes1)) {
      if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidOid(o.uid) && (m0 & 4096) === 0)) {
    if (!vrt.prim(o.uid, o._uid, x, p, "uid", d, 1, vrt.isValidOid, "oid", OWNER_0) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(o.accession, x, p, "accession", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidCode(o.availability) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.availability, o._availability, x, p, "availability", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.availability, vcodes.inCodes231)) {
      if (!vrt.eachWith(o.availability, false, x, p, "availability", vrt.checkCode, BINDING_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(o.modalityList, x, p, "modalityList", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.modalityList, true, x, p, "modalityList", vrt.checkCoding, BINDING_2) && x.c === null)
      return false;
  }
  if (!vrt.one(o.patient, x, p, "patient", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDateTime(o.started) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(o.started, o._started, x, p, "started", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.basedOn, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.referrer, x, p, "referrer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.referrer, false, x, p, "referrer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(o.interpreter, x, p, "interpreter", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.interpreter, true, x, p, "interpreter", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(o.endpoint, x, p, "endpoint", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.endpoint, true, x, p, "endpoint", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.numberOfSeries) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(
        o.numberOfSeries,
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
    if (!(vrt.isValidUnsignedInt(o.numberOfInstances) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(
        o.numberOfInstances,
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
    if (!vrt.many(o.procedureReference, x, p, "procedureReference", d, 0, -1, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.procedureReference, true, x, p, "procedureReference", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(o.procedureCode, x, p, "procedureCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(o.reason, x, p, "reason", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidString(o.description) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(o.series, x, p, "series", d, 0, -1, checkImagingStudySeries) && x.c === null) return false;
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
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        break;
      case "uid":
        n++;
        m0 |= 8;
        break;
      case "number":
        n++;
        m0 |= 32;
        break;
      case "modality":
        n++;
        m0 |= 128;
        break;
      case "description":
        n++;
        m0 |= 256;
        break;
      case "numberOfInstances":
        n++;
        m0 |= 1024;
        break;
      case "availability":
        n++;
        m0 |= 4096;
        break;
      case "endpoint":
        n++;
        m0 |= 16384;
        break;
      case "bodySite":
        n++;
        m0 |= 32768;
        break;
      case "laterality":
        n++;
        m0 |= 65536;
        break;
      case "started":
        n++;
        m0 |= 131072;
        break;
      case "performer":
        n++;
        m0 |= 524288;
        break;
      case "instance":
        n++;
        m0 |= 1048576;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidOid(o.uid) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.uid, o._uid, x, p, "uid", d, 1, vrt.isValidOid, "oid", OWNER_1) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.number) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.number, o._number, x, p, "number", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(o.modality, x, p, "modality", d, 1, checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(o.modality, false, x, p, "modality", vrt.checkCoding, BINDING_2) && x.c === null) return false;
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 512) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.numberOfInstances) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        o.numberOfInstances,
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
    if (!(vrt.isValidCode(o.availability) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.availability, o._availability, x, p, "availability", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.availability, vcodes.inCodes231)) {
      if (!vrt.eachWith(o.availability, false, x, p, "availability", vrt.checkCode, BINDING_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.endpoint, x, p, "endpoint", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.endpoint, true, x, p, "endpoint", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.bodySite, x, p, "bodySite", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(o.laterality, x, p, "laterality", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidDateTime(o.started) && (m0 & 262144) === 0)) {
      if (!vrt.prim(o.started, o._started, x, p, "started", d, 0, vrt.isValidDateTime, "dateTime", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(o.performer, x, p, "performer", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.performer, true, x, p, "performer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(o.instance, x, p, "instance", d, 0, -1, checkImagingStudySeriesInstance) && x.c === null)
      return false;
  }
  return true;
}
function checkImagingStudySeriesInstance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImagingStudy.series.instance");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        break;
      case "uid":
        n++;
        m0 |= 8;
        break;
      case "number":
        n++;
        m0 |= 32;
        break;
      case "sopClass":
        n++;
        m0 |= 128;
        break;
      case "title":
        n++;
        m0 |= 512;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidOid(o.uid) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.uid, o._uid, x, p, "uid", d, 1, vrt.isValidOid, "oid", OWNER_2) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.number) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.number, o._number, x, p, "number", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidOid(o.sopClass) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.sopClass, o._sopClass, x, p, "sopClass", d, 1, vrt.isValidOid, "oid", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.title) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
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
