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
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23;
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
      case "identifier":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "status":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "priority":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "patient":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "servicedDate":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "servicedPeriod":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "created":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "enterer":
        m0 |= 2097152;
        e15 = o[k];
        break;
      case "provider":
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "organization":
        m0 |= 8388608;
        e17 = o[k];
        break;
      case "insurer":
        m0 |= 16777216;
        e18 = o[k];
        break;
      case "facility":
        m0 |= 33554432;
        e19 = o[k];
        break;
      case "coverage":
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "businessArrangement":
        m0 |= 134217728;
        e21 = o[k];
        break;
      case "benefitCategory":
        m0 |= 536870912;
        e22 = o[k];
        break;
      case "benefitSubCategory":
        m0 |= 1073741824;
        e23 = o[k];
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
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e9, vcodes.inCodes130)) {
      if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e10, x, p, "priority", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e11, x, p, "patient", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 458752) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "serviced", 0) && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidDate(e12) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e12, o._servicedDate, x, p, "serviced.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e13, x, p, "serviced.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(e14) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e14, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e15, x, p, "enterer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e15, false, x, p, "enterer", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e16, x, p, "provider", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e16, false, x, p, "provider", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e17, x, p, "organization", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "organization", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e18, x, p, "insurer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, false, x, p, "insurer", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e19, x, p, "facility", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "facility", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e20, x, p, "coverage", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e20, false, x, p, "coverage", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(e21) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(
        e21,
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
    if (!vrt.one(e22, x, p, "benefitCategory", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(e23, x, p, "benefitSubCategory", d, 0, checkCodeableConcept) && x.c === null) return false;
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
