import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["EligibilityRequest"], type: "EligibilityRequest", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes130,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/fm-status"
};
const TARGETS_0 = ["Patient"];
const CHOICE_0 = vrt.choiceVariants(["servicedDate", "servicedPeriod"]);
const TARGETS_1 = ["Practitioner"];
const TARGETS_2 = ["Organization"];
const TARGETS_3 = ["Location"];
const TARGETS_4 = ["Coverage"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/EligibilityRequest",
      check: checkEligibilityRequest,
      type: "EligibilityRequest",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkEligibilityRequest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EligibilityRequest");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "EligibilityRequest") && x.c === null) return false;
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
      case "status":
        m0 |= 4096;
        break;
      case "priority":
        m0 |= 16384;
        break;
      case "patient":
        m0 |= 32768;
        break;
      case "servicedDate":
        m0 |= 65536;
        break;
      case "servicedPeriod":
        m0 |= 262144;
        break;
      case "created":
        m0 |= 524288;
        break;
      case "enterer":
        m0 |= 2097152;
        break;
      case "provider":
        m0 |= 4194304;
        break;
      case "organization":
        m0 |= 8388608;
        break;
      case "insurer":
        m0 |= 16777216;
        break;
      case "facility":
        m0 |= 33554432;
        break;
      case "coverage":
        m0 |= 67108864;
        break;
      case "businessArrangement":
        m0 |= 134217728;
        break;
      case "benefitCategory":
        m0 |= 536870912;
        break;
      case "benefitSubCategory":
        m0 |= 1073741824;
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
      case "_status":
        m0 |= 8192;
        break;
      case "_servicedDate":
        m0 |= 131072;
        break;
      case "_created":
        m0 |= 1048576;
        break;
      case "_businessArrangement":
        m0 |= 268435456;
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
    if (!(vrt.isValidCode(o.status) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.status, vcodes.inCodes130)) {
      if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.priority, x, p, "priority", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.patient, x, p, "patient", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 458752) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "serviced", 0) && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidDate(o.servicedDate) && (m0 & 131072) === 0)) {
      if (!vrt.prim(
        o.servicedDate,
        o._servicedDate,
        x,
        p,
        "serviced.ofType(date)",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.servicedPeriod, x, p, "serviced.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(o.created) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(o.created, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.enterer, x, p, "enterer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.enterer, false, x, p, "enterer", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(o.provider, x, p, "provider", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.provider, false, x, p, "provider", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.organization, x, p, "organization", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.organization, false, x, p, "organization", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.insurer, x, p, "insurer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.insurer, false, x, p, "insurer", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(o.facility, x, p, "facility", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.facility, false, x, p, "facility", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.coverage, x, p, "coverage", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.coverage, false, x, p, "coverage", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.businessArrangement) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(
        o.businessArrangement,
        o._businessArrangement,
        x,
        p,
        "businessArrangement",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(o.benefitCategory, x, p, "benefitCategory", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(o.benefitSubCategory, x, p, "benefitSubCategory", d, 0, checkCodeableConcept) && x.c === null)
      return false;
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
function validateEligibilityRequest(value, options) {
  return vrt.validateWith(value, "EligibilityRequest", checkEligibilityRequest, true, options, REGISTRY_0);
}
function isEligibilityRequest(value, options) {
  return vrt.testWith(value, checkEligibilityRequest, true, options, REGISTRY_0);
}
function buildEligibilityRequest(input) {
  return fillAndCheck(
    input,
    { resourceType: "EligibilityRequest" },
    isEligibilityRequest,
    validateEligibilityRequest,
    "EligibilityRequest"
  );
}
export {
  buildEligibilityRequest,
  checkEligibilityRequest,
  isEligibilityRequest,
  validateEligibilityRequest
};
