import { checkAttachment } from "./Attachment.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkContributor } from "./Contributor.js";
import { checkDataRequirement } from "./DataRequirement.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkParameterDefinition } from "./ParameterDefinition.js";
import { checkPeriod } from "./Period.js";
import { checkRelatedArtifact } from "./RelatedArtifact.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkUsageContext } from "./UsageContext.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Library"], type: "Library", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes3,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/publication-status"
};
const BINDING_2 = {
  has: vcodes.inCodings238,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/library-type"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/jurisdiction",
  reason: "code system urn:iso:std:iso:3166 is not in the loaded packages"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Library", check: checkLibrary, type: "Library", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkLibrary(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Library");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Library") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33;
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
      case "url":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "identifier":
        m0 |= 8192;
        e9 = o[k];
        break;
      case "version":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "name":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "title":
        m0 |= 262144;
        e12 = o[k];
        break;
      case "status":
        m0 |= 1048576;
        e13 = o[k];
        break;
      case "experimental":
        m0 |= 4194304;
        e14 = o[k];
        break;
      case "type":
        m0 |= 16777216;
        e15 = o[k];
        break;
      case "date":
        m0 |= 33554432;
        e16 = o[k];
        break;
      case "publisher":
        m0 |= 134217728;
        e17 = o[k];
        break;
      case "description":
        m0 |= 536870912;
        e18 = o[k];
        break;
      case "purpose":
        m1 |= 1;
        e19 = o[k];
        break;
      case "usage":
        m1 |= 4;
        e20 = o[k];
        break;
      case "approvalDate":
        m1 |= 16;
        e21 = o[k];
        break;
      case "lastReviewDate":
        m1 |= 64;
        e22 = o[k];
        break;
      case "effectivePeriod":
        m1 |= 256;
        e23 = o[k];
        break;
      case "useContext":
        m1 |= 512;
        e24 = o[k];
        break;
      case "jurisdiction":
        m1 |= 1024;
        e25 = o[k];
        break;
      case "topic":
        m1 |= 2048;
        e26 = o[k];
        break;
      case "contributor":
        m1 |= 4096;
        e27 = o[k];
        break;
      case "contact":
        m1 |= 8192;
        e28 = o[k];
        break;
      case "copyright":
        m1 |= 16384;
        e29 = o[k];
        break;
      case "relatedArtifact":
        m1 |= 65536;
        e30 = o[k];
        break;
      case "parameter":
        m1 |= 131072;
        e31 = o[k];
        break;
      case "dataRequirement":
        m1 |= 262144;
        e32 = o[k];
        break;
      case "content":
        m1 |= 524288;
        e33 = o[k];
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
      case "_url":
        m0 |= 4096;
        break;
      case "_version":
        m0 |= 32768;
        break;
      case "_name":
        m0 |= 131072;
        break;
      case "_title":
        m0 |= 524288;
        break;
      case "_status":
        m0 |= 2097152;
        break;
      case "_experimental":
        m0 |= 8388608;
        break;
      case "_date":
        m0 |= 67108864;
        break;
      case "_publisher":
        m0 |= 268435456;
        break;
      case "_description":
        m0 |= 1073741824;
        break;
      case "_purpose":
        m1 |= 2;
        break;
      case "_usage":
        m1 |= 8;
        break;
      case "_approvalDate":
        m1 |= 32;
        break;
      case "_lastReviewDate":
        m1 |= 128;
        break;
      case "_copyright":
        m1 |= 32768;
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
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidUri(e8) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e8, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e9, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e10, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(e11) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e11, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(e12) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e12, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e13) && (m0 & 2097152) === 0)) {
    if (!vrt.prim(e13, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e13, vcodes.inCodes3)) {
    if (!vrt.eachWith(e13, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidBoolean(e14) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e14, o._experimental, x, p, "experimental", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(e15, x, p, "type", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.eachWith(e15, false, x, p, "type", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidDateTime(e16) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(e16, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(e17) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e17, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidMarkdown(e18) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e18, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidMarkdown(e19) && (m1 & 2) === 0)) {
      if (!vrt.prim(e19, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidString(e20) && (m1 & 8) === 0)) {
      if (!vrt.prim(e20, o._usage, x, p, "usage", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidDate(e21) && (m1 & 32) === 0)) {
      if (!vrt.prim(e21, o._approvalDate, x, p, "approvalDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidDate(e22) && (m1 & 128) === 0)) {
      if (!vrt.prim(e22, o._lastReviewDate, x, p, "lastReviewDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e23, x, p, "effectivePeriod", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.many(e24, x, p, "useContext", d, 0, -1, checkUsageContext) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.many(e25, x, p, "jurisdiction", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e25, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.many(e26, x, p, "topic", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.many(e27, x, p, "contributor", d, 0, -1, checkContributor) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.many(e28, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if ((m1 & 49152) !== 0) {
    if (!(vrt.isValidMarkdown(e29) && (m1 & 32768) === 0)) {
      if (!vrt.prim(e29, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.many(e30, x, p, "relatedArtifact", d, 0, -1, checkRelatedArtifact) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.many(e31, x, p, "parameter", d, 0, -1, checkParameterDefinition) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.many(e32, x, p, "dataRequirement", d, 0, -1, checkDataRequirement) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.many(e33, x, p, "content", d, 0, -1, checkAttachment) && x.c === null) return false;
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
function validateLibrary(value, options) {
  return vrt.validateWith(value, "Library", checkLibrary, true, options, REGISTRY_0);
}
function isLibrary(value, options) {
  return vrt.testWith(value, checkLibrary, true, options, REGISTRY_0);
}
function buildLibrary(input) {
  return fillAndCheck(input, { resourceType: "Library" }, isLibrary, validateLibrary, "Library");
}
export {
  buildLibrary,
  checkLibrary,
  isLibrary,
  validateLibrary
};
