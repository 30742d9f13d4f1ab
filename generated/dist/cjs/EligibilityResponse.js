var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var EligibilityResponse_exports = {};
__export(EligibilityResponse_exports, {
  buildEligibilityResponse: () => buildEligibilityResponse,
  checkEligibilityResponse: () => checkEligibilityResponse,
  checkEligibilityResponseError: () => checkEligibilityResponseError,
  checkEligibilityResponseInsurance: () => checkEligibilityResponseInsurance,
  checkEligibilityResponseInsuranceBenefitBalance: () => checkEligibilityResponseInsuranceBenefitBalance,
  checkEligibilityResponseInsuranceBenefitBalanceFinancial: () => checkEligibilityResponseInsuranceBenefitBalanceFinancial,
  isEligibilityResponse: () => isEligibilityResponse,
  validateEligibilityResponse: () => validateEligibilityResponse
});
module.exports = __toCommonJS(EligibilityResponse_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Money = require("./Money.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const KEYS_0 = /* @__PURE__ */ new Set([
  "_created",
  "_disposition",
  "_id",
  "_implicitRules",
  "_inforce",
  "_language",
  "_status",
  "contained",
  "created",
  "disposition",
  "error",
  "extension",
  "form",
  "id",
  "identifier",
  "implicitRules",
  "inforce",
  "insurance",
  "insurer",
  "language",
  "meta",
  "modifierExtension",
  "outcome",
  "request",
  "requestOrganization",
  "requestProvider",
  "resourceType",
  "status",
  "text"
]);
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
const TARGETS_0 = /* @__PURE__ */ new Set(["Practitioner"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Organization"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["EligibilityRequest"]);
const BINDING_2 = {
  has: vcodes.inCodes179,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/remittance-outcome"
};
const KEYS_1 = /* @__PURE__ */ new Set([
  "benefitBalance",
  "contract",
  "coverage",
  "extension",
  "id",
  "modifierExtension"
]);
const OWNER_1 = { paths: ["EligibilityResponse.insurance"], type: "BackboneElement", exact: true };
const TARGETS_3 = /* @__PURE__ */ new Set(["Coverage"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["Contract"]);
const KEYS_2 = /* @__PURE__ */ new Set(["code", "extension", "id", "modifierExtension"]);
const OWNER_2 = { paths: ["EligibilityResponse.error"], type: "BackboneElement", exact: true };
const KEYS_3 = /* @__PURE__ */ new Set([
  "_description",
  "_excluded",
  "_name",
  "category",
  "description",
  "excluded",
  "extension",
  "financial",
  "id",
  "modifierExtension",
  "name",
  "network",
  "subCategory",
  "term",
  "unit"
]);
const OWNER_3 = {
  paths: ["EligibilityResponse.insurance.benefitBalance"],
  type: "BackboneElement",
  exact: true
};
const KEYS_4 = /* @__PURE__ */ new Set([
  "_allowedString",
  "_allowedUnsignedInt",
  "_usedUnsignedInt",
  "allowedMoney",
  "allowedString",
  "allowedUnsignedInt",
  "extension",
  "id",
  "modifierExtension",
  "type",
  "usedMoney",
  "usedUnsignedInt"
]);
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
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
  }
  if (o.implicitRules !== void 0 || o._implicitRules !== void 0) {
    if (!(vrt.isValidUri(o.implicitRules) && o._implicitRules === void 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidCode(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (o.text !== void 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
  }
  if (o.contained !== void 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (o.status !== void 0 || o._status !== void 0) {
    if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (o.created !== void 0 || o._created !== void 0) {
    if (!(vrt.isValidDateTime(o.created) && o._created === void 0)) {
      if (!vrt.prim(o.created, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.requestProvider !== void 0) {
    if (!vrt.one(o.requestProvider, x, p, "requestProvider", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.requestProvider, false, x, p, "requestProvider", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.requestOrganization !== void 0) {
    if (!vrt.one(o.requestOrganization, x, p, "requestOrganization", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.requestOrganization, false, x, p, "requestOrganization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.request !== void 0) {
    if (!vrt.one(o.request, x, p, "request", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.request, false, x, p, "request", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.outcome !== void 0) {
    if (!vrt.one(o.outcome, x, p, "outcome", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.outcome, false, x, p, "outcome", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (o.disposition !== void 0 || o._disposition !== void 0) {
    if (!(vrt.isValidString(o.disposition) && o._disposition === void 0)) {
      if (!vrt.prim(o.disposition, o._disposition, x, p, "disposition", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.insurer !== void 0) {
    if (!vrt.one(o.insurer, x, p, "insurer", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.insurer, false, x, p, "insurer", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.inforce !== void 0 || o._inforce !== void 0) {
    if (!(vrt.isValidBoolean(o.inforce) && o._inforce === void 0)) {
      if (!vrt.prim(o.inforce, o._inforce, x, p, "inforce", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.insurance !== void 0) {
    if (!vrt.many(o.insurance, x, p, "insurance", d, 0, -1, checkEligibilityResponseInsurance) && x.c === null)
      return false;
  }
  if (o.form !== void 0) {
    if (!vrt.one(o.form, x, p, "form", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.error !== void 0) {
    if (!vrt.many(o.error, x, p, "error", d, 0, -1, checkEligibilityResponseError) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkEligibilityResponseInsurance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EligibilityResponse.insurance");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_1, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (o.coverage !== void 0) {
    if (!vrt.one(o.coverage, x, p, "coverage", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.coverage, false, x, p, "coverage", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.contract !== void 0) {
    if (!vrt.one(o.contract, x, p, "contract", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.contract, false, x, p, "contract", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.benefitBalance !== void 0) {
    if (!vrt.many(o.benefitBalance, x, p, "benefitBalance", d, 0, -1, checkEligibilityResponseInsuranceBenefitBalance) && x.c === null)
      return false;
  }
  return true;
}
function checkEligibilityResponseError(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EligibilityResponse.error");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_2, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  return true;
}
function checkEligibilityResponseInsuranceBenefitBalance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EligibilityResponse.insurance.benefitBalance");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_3, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.category, x, p, "category", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (o.subCategory !== void 0) {
    if (!vrt.one(o.subCategory, x, p, "subCategory", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.excluded !== void 0 || o._excluded !== void 0) {
    if (!(vrt.isValidBoolean(o.excluded) && o._excluded === void 0)) {
      if (!vrt.prim(o.excluded, o._excluded, x, p, "excluded", d, 0, vrt.isValidBoolean, "boolean", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.name !== void 0 || o._name !== void 0) {
    if (!(vrt.isValidString(o.name) && o._name === void 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.network !== void 0) {
    if (!vrt.one(o.network, x, p, "network", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.unit !== void 0) {
    if (!vrt.one(o.unit, x, p, "unit", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.term !== void 0) {
    if (!vrt.one(o.term, x, p, "term", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.financial !== void 0) {
    if (!vrt.many(o.financial, x, p, "financial", d, 0, -1, checkEligibilityResponseInsuranceBenefitBalanceFinancial) && x.c === null)
      return false;
  }
  return true;
}
function checkEligibilityResponseInsuranceBenefitBalanceFinancial(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EligibilityResponse.insurance.benefitBalance.financial");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_4, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.type, x, p, "type", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "allowed", 0) && x.c === null) return false;
  if (o.allowedUnsignedInt !== void 0 || o._allowedUnsignedInt !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.allowedUnsignedInt) && o._allowedUnsignedInt === void 0)) {
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
  if (o.allowedString !== void 0 || o._allowedString !== void 0) {
    if (!(vrt.isValidString(o.allowedString) && o._allowedString === void 0)) {
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
  if (o.allowedMoney !== void 0) {
    if (!vrt.one(o.allowedMoney, x, p, "allowed.ofType(Money)", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "used", 0) && x.c === null) return false;
  if (o.usedUnsignedInt !== void 0 || o._usedUnsignedInt !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.usedUnsignedInt) && o._usedUnsignedInt === void 0)) {
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
  if (o.usedMoney !== void 0) {
    if (!vrt.one(o.usedMoney, x, p, "used.ofType(Money)", d, 0, import_Money.checkMoney) && x.c === null) return false;
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
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "EligibilityResponse", system: { outcome: "http://hl7.org/fhir/remittance-outcome" } },
    isEligibilityResponse,
    validateEligibilityResponse,
    "EligibilityResponse"
  );
}
