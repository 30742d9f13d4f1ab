import { checkAddress } from "./Address.js";
import { checkAttachment } from "./Attachment.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkContactPoint } from "./ContactPoint.js";
import { checkHumanName } from "./HumanName.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["RelatedPerson"], type: "RelatedPerson", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["Patient"];
const BINDING_1 = {
  has: vcodes.inCodes109,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/administrative-gender"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/RelatedPerson",
      check: checkRelatedPerson,
      type: "RelatedPerson",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkRelatedPerson(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "RelatedPerson");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "RelatedPerson") && x.c === null) return false;
  let m0 = 0;
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
      case "identifier":
        m0 |= 2048;
        break;
      case "active":
        m0 |= 4096;
        break;
      case "patient":
        m0 |= 16384;
        break;
      case "relationship":
        m0 |= 32768;
        break;
      case "name":
        m0 |= 65536;
        break;
      case "telecom":
        m0 |= 131072;
        break;
      case "gender":
        m0 |= 262144;
        break;
      case "birthDate":
        m0 |= 1048576;
        break;
      case "address":
        m0 |= 4194304;
        break;
      case "photo":
        m0 |= 8388608;
        break;
      case "period":
        m0 |= 16777216;
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
      case "_active":
        m0 |= 8192;
        break;
      case "_gender":
        m0 |= 524288;
        break;
      case "_birthDate":
        m0 |= 2097152;
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
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidBoolean(o.active) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.active, o._active, x, p, "active", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(o.patient, x, p, "patient", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.relationship, x, p, "relationship", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(o.name, x, p, "name", d, 0, -1, checkHumanName) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(o.telecom, x, p, "telecom", d, 0, -1, checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidCode(o.gender) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.gender, o._gender, x, p, "gender", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.gender, vcodes.inCodes109)) {
      if (!vrt.eachWith(o.gender, false, x, p, "gender", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDate(o.birthDate) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(o.birthDate, o._birthDate, x, p, "birthDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(o.address, x, p, "address", d, 0, -1, checkAddress) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(o.photo, x, p, "photo", d, 0, -1, checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
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
function validateRelatedPerson(value, options) {
  return vrt.validateWith(value, "RelatedPerson", checkRelatedPerson, true, options, REGISTRY_0);
}
function isRelatedPerson(value, options) {
  return vrt.testWith(value, checkRelatedPerson, true, options, REGISTRY_0);
}
function buildRelatedPerson(input) {
  return fillAndCheck(
    input,
    { resourceType: "RelatedPerson" },
    isRelatedPerson,
    validateRelatedPerson,
    "RelatedPerson"
  );
}
export {
  buildRelatedPerson,
  checkRelatedPerson,
  isRelatedPerson,
  validateRelatedPerson
};
