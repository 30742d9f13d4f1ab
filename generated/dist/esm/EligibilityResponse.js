import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkMoney } from "./Money.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["EligibilityResponse"], type: "EligibilityResponse", exact: true };
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
const TARGETS_0 = ["Practitioner"];
const TARGETS_1 = ["Organization"];
const TARGETS_2 = ["EligibilityRequest"];
const BINDING_2 = {
  has: vcodes.inCodings179,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/remittance-outcome"
};
const OWNER_1 = { paths: ["EligibilityResponse.insurance"], type: "BackboneElement", exact: true };
const TARGETS_3 = ["Coverage"];
const TARGETS_4 = ["Contract"];
const OWNER_2 = { paths: ["EligibilityResponse.error"], type: "BackboneElement", exact: true };
const OWNER_3 = {
  paths: ["EligibilityResponse.insurance.benefitBalance"],
  type: "BackboneElement",
  exact: true
};
const OWNER_4 = {
  paths: ["EligibilityResponse.insurance.benefitBalance.financial"],
  type: "BackboneElement",
  exact: true
};
const CHOICE_0 = vrt.choiceVariants([
  "allowedUnsignedInt",
  "allowedString",
  "allowedMoney"
]);
const CHOICE_1 = vrt.choiceVariants(["usedUnsignedInt", "usedMoney"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/EligibilityResponse",
      check: checkEligibilityResponse,
      type: "EligibilityResponse",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkEligibilityResponse(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EligibilityResponse");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "EligibilityResponse") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20;
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
      case "created":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "requestProvider":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "requestOrganization":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "request":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "outcome":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "disposition":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "insurer":
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "inforce":
        m0 |= 8388608;
        e17 = o[k];
        break;
      case "insurance":
        m0 |= 33554432;
        e18 = o[k];
        break;
      case "form":
        m0 |= 67108864;
        e19 = o[k];
        break;
      case "error":
        m0 |= 134217728;
        e20 = o[k];
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
      case "_created":
        m0 |= 32768;
        break;
      case "_disposition":
        m0 |= 2097152;
        break;
      case "_inforce":
        m0 |= 16777216;
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
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidDateTime(e10) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e10, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e11, x, p, "requestProvider", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "requestProvider", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e12, x, p, "requestOrganization", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e12, false, x, p, "requestOrganization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e13, x, p, "request", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "request", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e14, x, p, "outcome", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "outcome", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidString(e15) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e15, o._disposition, x, p, "disposition", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e16, x, p, "insurer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e16, false, x, p, "insurer", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidBoolean(e17) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e17, o._inforce, x, p, "inforce", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(e18, x, p, "insurance", d, 0, -1, checkEligibilityResponseInsurance) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e19, x, p, "form", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e20, x, p, "error", d, 0, -1, checkEligibilityResponseError) && x.c === null) return false;
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
function checkEligibilityResponseInsurance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EligibilityResponse.insurance");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5;
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
      case "coverage":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "contract":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "benefitBalance":
        n++;
        m0 |= 32;
        e5 = o[k];
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "coverage", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "coverage", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "contract", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "contract", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(e5, x, p, "benefitBalance", d, 0, -1, checkEligibilityResponseInsuranceBenefitBalance) && x.c === null)
      return false;
  }
  return true;
}
function checkEligibilityResponseError(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EligibilityResponse.error");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "code":
        n++;
        m0 |= 8;
        e3 = o[k];
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
  if (!vrt.one(e3, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  return true;
}
function checkEligibilityResponseInsuranceBenefitBalance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EligibilityResponse.insurance.benefitBalance");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11;
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
      case "category":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "subCategory":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "excluded":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "name":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "description":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "network":
        n++;
        m0 |= 2048;
        e8 = o[k];
        break;
      case "unit":
        n++;
        m0 |= 4096;
        e9 = o[k];
        break;
      case "term":
        n++;
        m0 |= 8192;
        e10 = o[k];
        break;
      case "financial":
        n++;
        m0 |= 16384;
        e11 = o[k];
        break;
      case "_excluded":
        n++;
        m0 |= 64;
        break;
      case "_name":
        n++;
        m0 |= 256;
        break;
      case "_description":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "category", d, 1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "subCategory", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e5) && (m0 & 64) === 0)) {
      if (!vrt.prim(e5, o._excluded, x, p, "excluded", d, 0, vrt.isValidBoolean, "boolean", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 256) === 0)) {
      if (!vrt.prim(e6, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e7, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e8, x, p, "network", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e9, x, p, "unit", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(e10, x, p, "term", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e11, x, p, "financial", d, 0, -1, checkEligibilityResponseInsuranceBenefitBalanceFinancial) && x.c === null)
      return false;
  }
  return true;
}
function checkEligibilityResponseInsuranceBenefitBalanceFinancial(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EligibilityResponse.insurance.benefitBalance.financial");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8;
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
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "allowedUnsignedInt":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "allowedString":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "allowedMoney":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "usedUnsignedInt":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "usedMoney":
        n++;
        m0 |= 2048;
        e8 = o[k];
        break;
      case "_allowedUnsignedInt":
        n++;
        m0 |= 32;
        break;
      case "_allowedString":
        n++;
        m0 |= 128;
        break;
      case "_usedUnsignedInt":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "type", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (vrt.bitCount(m0 & 496) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "allowed", 0) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidUnsignedInt(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(
        e4,
        o._allowedUnsignedInt,
        x,
        p,
        "allowed.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._allowedString, x, p, "allowed.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e6, x, p, "allowed.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 3584) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "used", 0) && x.c === null) return false;
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidUnsignedInt(e7) && (m0 & 1024) === 0)) {
      if (!vrt.prim(
        e7,
        o._usedUnsignedInt,
        x,
        p,
        "used.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e8, x, p, "used.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  return true;
}
function validateEligibilityResponse(value, options) {
  return vrt.validateWith(value, "EligibilityResponse", checkEligibilityResponse, true, options, REGISTRY_0);
}
function isEligibilityResponse(value, options) {
  return vrt.testWith(value, checkEligibilityResponse, true, options, REGISTRY_0);
}
function buildEligibilityResponse(input) {
  return fillAndCheck(
    input,
    { resourceType: "EligibilityResponse", system: { outcome: "http://hl7.org/fhir/remittance-outcome" } },
    isEligibilityResponse,
    validateEligibilityResponse,
    "EligibilityResponse"
  );
}
export {
  buildEligibilityResponse,
  checkEligibilityResponse,
  checkEligibilityResponseError,
  checkEligibilityResponseInsurance,
  checkEligibilityResponseInsuranceBenefitBalance,
  checkEligibilityResponseInsuranceBenefitBalanceFinancial,
  isEligibilityResponse,
  validateEligibilityResponse
};
