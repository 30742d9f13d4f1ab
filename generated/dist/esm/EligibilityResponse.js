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
      case "created":
        m0 |= 16384;
        break;
      case "requestProvider":
        m0 |= 65536;
        break;
      case "requestOrganization":
        m0 |= 131072;
        break;
      case "request":
        m0 |= 262144;
        break;
      case "outcome":
        m0 |= 524288;
        break;
      case "disposition":
        m0 |= 1048576;
        break;
      case "insurer":
        m0 |= 4194304;
        break;
      case "inforce":
        m0 |= 8388608;
        break;
      case "insurance":
        m0 |= 33554432;
        break;
      case "form":
        m0 |= 67108864;
        break;
      case "error":
        m0 |= 134217728;
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
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidDateTime(o.created) && (m0 & 32768) === 0)) {
      if (!vrt.prim(o.created, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(o.requestProvider, x, p, "requestProvider", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.requestProvider, false, x, p, "requestProvider", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.requestOrganization, x, p, "requestOrganization", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.requestOrganization, false, x, p, "requestOrganization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.request, x, p, "request", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.request, false, x, p, "request", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.outcome, x, p, "outcome", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.outcome, false, x, p, "outcome", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidString(o.disposition) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(o.disposition, o._disposition, x, p, "disposition", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(o.insurer, x, p, "insurer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.insurer, false, x, p, "insurer", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidBoolean(o.inforce) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.inforce, o._inforce, x, p, "inforce", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(o.insurance, x, p, "insurance", d, 0, -1, checkEligibilityResponseInsurance) && x.c === null)
      return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.form, x, p, "form", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(o.error, x, p, "error", d, 0, -1, checkEligibilityResponseError) && x.c === null) return false;
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
      case "coverage":
        n++;
        m0 |= 8;
        break;
      case "contract":
        n++;
        m0 |= 16;
        break;
      case "benefitBalance":
        n++;
        m0 |= 32;
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.coverage, x, p, "coverage", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.coverage, false, x, p, "coverage", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.contract, x, p, "contract", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.contract, false, x, p, "contract", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(o.benefitBalance, x, p, "benefitBalance", d, 0, -1, checkEligibilityResponseInsuranceBenefitBalance) && x.c === null)
      return false;
  }
  return true;
}
function checkEligibilityResponseError(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EligibilityResponse.error");
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
      case "code":
        n++;
        m0 |= 8;
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
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  return true;
}
function checkEligibilityResponseInsuranceBenefitBalance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EligibilityResponse.insurance.benefitBalance");
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
      case "category":
        n++;
        m0 |= 8;
        break;
      case "subCategory":
        n++;
        m0 |= 16;
        break;
      case "excluded":
        n++;
        m0 |= 32;
        break;
      case "name":
        n++;
        m0 |= 128;
        break;
      case "description":
        n++;
        m0 |= 512;
        break;
      case "network":
        n++;
        m0 |= 2048;
        break;
      case "unit":
        n++;
        m0 |= 4096;
        break;
      case "term":
        n++;
        m0 |= 8192;
        break;
      case "financial":
        n++;
        m0 |= 16384;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.category, x, p, "category", d, 1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.subCategory, x, p, "subCategory", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.excluded) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.excluded, o._excluded, x, p, "excluded", d, 0, vrt.isValidBoolean, "boolean", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.name) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(o.network, x, p, "network", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(o.unit, x, p, "unit", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(o.term, x, p, "term", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.financial, x, p, "financial", d, 0, -1, checkEligibilityResponseInsuranceBenefitBalanceFinancial) && x.c === null)
      return false;
  }
  return true;
}
function checkEligibilityResponseInsuranceBenefitBalanceFinancial(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EligibilityResponse.insurance.benefitBalance.financial");
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
      case "type":
        n++;
        m0 |= 8;
        break;
      case "allowedUnsignedInt":
        n++;
        m0 |= 16;
        break;
      case "allowedString":
        n++;
        m0 |= 64;
        break;
      case "allowedMoney":
        n++;
        m0 |= 256;
        break;
      case "usedUnsignedInt":
        n++;
        m0 |= 512;
        break;
      case "usedMoney":
        n++;
        m0 |= 2048;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.type, x, p, "type", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (vrt.bitCount(m0 & 496) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "allowed", 0) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.allowedUnsignedInt) && (m0 & 32) === 0)) {
      if (!vrt.prim(
        o.allowedUnsignedInt,
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
    if (!(vrt.isValidString(o.allowedString) && (m0 & 128) === 0)) {
      if (!vrt.prim(
        o.allowedString,
        o._allowedString,
        x,
        p,
        "allowed.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(o.allowedMoney, x, p, "allowed.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 3584) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "used", 0) && x.c === null) return false;
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.usedUnsignedInt) && (m0 & 1024) === 0)) {
      if (!vrt.prim(
        o.usedUnsignedInt,
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
    if (!vrt.one(o.usedMoney, x, p, "used.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
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
