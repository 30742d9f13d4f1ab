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
var ExplanationOfBenefit_exports = {};
__export(ExplanationOfBenefit_exports, {
  buildExplanationOfBenefit: () => buildExplanationOfBenefit,
  checkExplanationOfBenefit: () => checkExplanationOfBenefit,
  checkExplanationOfBenefitAccident: () => checkExplanationOfBenefitAccident,
  checkExplanationOfBenefitAddItem: () => checkExplanationOfBenefitAddItem,
  checkExplanationOfBenefitAddItemDetail: () => checkExplanationOfBenefitAddItemDetail,
  checkExplanationOfBenefitBenefitBalance: () => checkExplanationOfBenefitBenefitBalance,
  checkExplanationOfBenefitBenefitBalanceFinancial: () => checkExplanationOfBenefitBenefitBalanceFinancial,
  checkExplanationOfBenefitCareTeam: () => checkExplanationOfBenefitCareTeam,
  checkExplanationOfBenefitDiagnosis: () => checkExplanationOfBenefitDiagnosis,
  checkExplanationOfBenefitInformation: () => checkExplanationOfBenefitInformation,
  checkExplanationOfBenefitInsurance: () => checkExplanationOfBenefitInsurance,
  checkExplanationOfBenefitItem: () => checkExplanationOfBenefitItem,
  checkExplanationOfBenefitItemAdjudication: () => checkExplanationOfBenefitItemAdjudication,
  checkExplanationOfBenefitItemDetail: () => checkExplanationOfBenefitItemDetail,
  checkExplanationOfBenefitItemDetailSubDetail: () => checkExplanationOfBenefitItemDetailSubDetail,
  checkExplanationOfBenefitPayee: () => checkExplanationOfBenefitPayee,
  checkExplanationOfBenefitPayment: () => checkExplanationOfBenefitPayment,
  checkExplanationOfBenefitProcedure: () => checkExplanationOfBenefitProcedure,
  checkExplanationOfBenefitProcessNote: () => checkExplanationOfBenefitProcessNote,
  checkExplanationOfBenefitRelated: () => checkExplanationOfBenefitRelated,
  isExplanationOfBenefit: () => isExplanationOfBenefit,
  validateExplanationOfBenefit: () => validateExplanationOfBenefit
});
module.exports = __toCommonJS(ExplanationOfBenefit_exports);
var import_Address = require("./Address.js");
var import_Attachment = require("./Attachment.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Money = require("./Money.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Quantity = require("./Quantity.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_SimpleQuantity = require("./SimpleQuantity.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const KEYS_0 = /* @__PURE__ */ new Set([
  "_created",
  "_disposition",
  "_id",
  "_implicitRules",
  "_language",
  "_precedence",
  "_status",
  "accident",
  "addItem",
  "benefitBalance",
  "billablePeriod",
  "careTeam",
  "claim",
  "claimResponse",
  "contained",
  "created",
  "diagnosis",
  "disposition",
  "employmentImpacted",
  "enterer",
  "extension",
  "facility",
  "form",
  "hospitalization",
  "id",
  "identifier",
  "implicitRules",
  "information",
  "insurance",
  "insurer",
  "item",
  "language",
  "meta",
  "modifierExtension",
  "organization",
  "originalPrescription",
  "outcome",
  "patient",
  "payee",
  "payment",
  "precedence",
  "prescription",
  "procedure",
  "processNote",
  "provider",
  "referral",
  "related",
  "resourceType",
  "status",
  "subType",
  "text",
  "totalBenefit",
  "totalCost",
  "type",
  "unallocDeductable"
]);
const OWNER_0 = { paths: ["ExplanationOfBenefit"], type: "ExplanationOfBenefit", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes130,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/explanationofbenefit-status"
};
const BINDING_2 = {
  has: vcodes.inCodes131,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/claim-type"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["Patient"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Practitioner"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Organization"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["ReferralRequest"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["Location"]);
const TARGETS_5 = /* @__PURE__ */ new Set(["Claim"]);
const TARGETS_6 = /* @__PURE__ */ new Set(["ClaimResponse"]);
const TARGETS_7 = /* @__PURE__ */ new Set(["MedicationRequest", "VisionPrescription"]);
const TARGETS_8 = /* @__PURE__ */ new Set(["MedicationRequest"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "claim",
  "extension",
  "id",
  "modifierExtension",
  "reference",
  "relationship"
]);
const OWNER_1 = { paths: ["ExplanationOfBenefit.related"], type: "BackboneElement", exact: true };
const KEYS_2 = /* @__PURE__ */ new Set(["extension", "id", "modifierExtension", "party", "resourceType", "type"]);
const OWNER_2 = { paths: ["ExplanationOfBenefit.payee"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes190,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/resource-type-link"
};
const TARGETS_9 = /* @__PURE__ */ new Set(["Organization", "Patient", "Practitioner", "RelatedPerson"]);
const KEYS_3 = /* @__PURE__ */ new Set([
  "_sequence",
  "_timingDate",
  "_valueString",
  "category",
  "code",
  "extension",
  "id",
  "modifierExtension",
  "reason",
  "sequence",
  "timingDate",
  "timingPeriod",
  "valueAttachment",
  "valueQuantity",
  "valueReference",
  "valueString"
]);
const OWNER_3 = {
  paths: ["ExplanationOfBenefit.information"],
  type: "BackboneElement",
  exact: true
};
const CHOICE_0 = vrt.choiceVariants(["timingDate", "timingPeriod"]);
const CHOICE_1 = vrt.choiceVariants([
  "valueString",
  "valueQuantity",
  "valueAttachment",
  "valueReference"
]);
const KEYS_4 = /* @__PURE__ */ new Set([
  "_responsible",
  "_sequence",
  "extension",
  "id",
  "modifierExtension",
  "provider",
  "qualification",
  "responsible",
  "role",
  "sequence"
]);
const OWNER_4 = { paths: ["ExplanationOfBenefit.careTeam"], type: "BackboneElement", exact: true };
const TARGETS_10 = /* @__PURE__ */ new Set(["Organization", "Practitioner"]);
const KEYS_5 = /* @__PURE__ */ new Set([
  "_sequence",
  "diagnosisCodeableConcept",
  "diagnosisReference",
  "extension",
  "id",
  "modifierExtension",
  "packageCode",
  "sequence",
  "type"
]);
const OWNER_5 = { paths: ["ExplanationOfBenefit.diagnosis"], type: "BackboneElement", exact: true };
const CHOICE_2 = vrt.choiceVariants(["diagnosisCodeableConcept", "diagnosisReference"]);
const TARGETS_11 = /* @__PURE__ */ new Set(["Condition"]);
const KEYS_6 = /* @__PURE__ */ new Set([
  "_date",
  "_sequence",
  "date",
  "extension",
  "id",
  "modifierExtension",
  "procedureCodeableConcept",
  "procedureReference",
  "sequence"
]);
const OWNER_6 = { paths: ["ExplanationOfBenefit.procedure"], type: "BackboneElement", exact: true };
const CHOICE_3 = vrt.choiceVariants(["procedureCodeableConcept", "procedureReference"]);
const TARGETS_12 = /* @__PURE__ */ new Set(["Procedure"]);
const KEYS_7 = /* @__PURE__ */ new Set([
  "_preAuthRef",
  "coverage",
  "extension",
  "id",
  "modifierExtension",
  "preAuthRef"
]);
const OWNER_7 = { paths: ["ExplanationOfBenefit.insurance"], type: "BackboneElement", exact: true };
const TARGETS_13 = /* @__PURE__ */ new Set(["Coverage"]);
const KEYS_8 = /* @__PURE__ */ new Set([
  "_date",
  "date",
  "extension",
  "id",
  "locationAddress",
  "locationReference",
  "modifierExtension",
  "type"
]);
const OWNER_8 = { paths: ["ExplanationOfBenefit.accident"], type: "BackboneElement", exact: true };
const UNCHECKED_0 = {
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-ActIncidentCode",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const CHOICE_4 = vrt.choiceVariants(["locationAddress", "locationReference"]);
const KEYS_9 = /* @__PURE__ */ new Set([
  "_careTeamLinkId",
  "_diagnosisLinkId",
  "_factor",
  "_informationLinkId",
  "_noteNumber",
  "_procedureLinkId",
  "_sequence",
  "_servicedDate",
  "adjudication",
  "bodySite",
  "careTeamLinkId",
  "category",
  "detail",
  "diagnosisLinkId",
  "encounter",
  "extension",
  "factor",
  "id",
  "informationLinkId",
  "locationAddress",
  "locationCodeableConcept",
  "locationReference",
  "modifier",
  "modifierExtension",
  "net",
  "noteNumber",
  "procedureLinkId",
  "programCode",
  "quantity",
  "revenue",
  "sequence",
  "service",
  "servicedDate",
  "servicedPeriod",
  "subSite",
  "udi",
  "unitPrice"
]);
const OWNER_9 = { paths: ["ExplanationOfBenefit.item"], type: "BackboneElement", exact: true };
const CHOICE_5 = vrt.choiceVariants(["servicedDate", "servicedPeriod"]);
const CHOICE_6 = vrt.choiceVariants([
  "locationCodeableConcept",
  "locationAddress",
  "locationReference"
]);
const TARGETS_14 = /* @__PURE__ */ new Set(["Device"]);
const TARGETS_15 = /* @__PURE__ */ new Set(["Encounter"]);
const KEYS_10 = /* @__PURE__ */ new Set([
  "_noteNumber",
  "_sequenceLinkId",
  "adjudication",
  "category",
  "detail",
  "extension",
  "fee",
  "id",
  "modifier",
  "modifierExtension",
  "noteNumber",
  "revenue",
  "sequenceLinkId",
  "service"
]);
const OWNER_10 = { paths: ["ExplanationOfBenefit.addItem"], type: "BackboneElement", exact: true };
const KEYS_11 = /* @__PURE__ */ new Set([
  "_date",
  "adjustment",
  "adjustmentReason",
  "amount",
  "date",
  "extension",
  "id",
  "identifier",
  "modifierExtension",
  "type"
]);
const OWNER_11 = { paths: ["ExplanationOfBenefit.payment"], type: "BackboneElement", exact: true };
const KEYS_12 = /* @__PURE__ */ new Set([
  "_number",
  "_text",
  "extension",
  "id",
  "language",
  "modifierExtension",
  "number",
  "text",
  "type"
]);
const OWNER_12 = {
  paths: ["ExplanationOfBenefit.processNote"],
  type: "BackboneElement",
  exact: true
};
const BINDING_4 = {
  has: vcodes.inCodes133,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/note-type"
};
const BINDING_5 = {
  has: vcodes.inCodes134,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const KEYS_13 = /* @__PURE__ */ new Set([
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
const OWNER_13 = {
  paths: ["ExplanationOfBenefit.benefitBalance"],
  type: "BackboneElement",
  exact: true
};
const KEYS_14 = /* @__PURE__ */ new Set([
  "_value",
  "amount",
  "category",
  "extension",
  "id",
  "modifierExtension",
  "reason",
  "value"
]);
const OWNER_14 = {
  paths: ["ExplanationOfBenefit.item.adjudication"],
  type: "BackboneElement",
  exact: true
};
const KEYS_15 = /* @__PURE__ */ new Set([
  "_factor",
  "_noteNumber",
  "_sequence",
  "adjudication",
  "category",
  "extension",
  "factor",
  "id",
  "modifier",
  "modifierExtension",
  "net",
  "noteNumber",
  "programCode",
  "quantity",
  "revenue",
  "sequence",
  "service",
  "subDetail",
  "type",
  "udi",
  "unitPrice"
]);
const OWNER_15 = {
  paths: ["ExplanationOfBenefit.item.detail"],
  type: "BackboneElement",
  exact: true
};
const UNCHECKED_1 = {
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-ActInvoiceGroupCode",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const KEYS_16 = /* @__PURE__ */ new Set([
  "_noteNumber",
  "adjudication",
  "category",
  "extension",
  "fee",
  "id",
  "modifier",
  "modifierExtension",
  "noteNumber",
  "revenue",
  "service"
]);
const OWNER_16 = {
  paths: ["ExplanationOfBenefit.addItem.detail"],
  type: "BackboneElement",
  exact: true
};
const KEYS_17 = /* @__PURE__ */ new Set([
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
const OWNER_17 = {
  paths: ["ExplanationOfBenefit.benefitBalance.financial"],
  type: "BackboneElement",
  exact: true
};
const CHOICE_7 = vrt.choiceVariants([
  "allowedUnsignedInt",
  "allowedString",
  "allowedMoney"
]);
const CHOICE_8 = vrt.choiceVariants(["usedUnsignedInt", "usedMoney"]);
const KEYS_18 = /* @__PURE__ */ new Set([
  "_factor",
  "_noteNumber",
  "_sequence",
  "adjudication",
  "category",
  "extension",
  "factor",
  "id",
  "modifier",
  "modifierExtension",
  "net",
  "noteNumber",
  "programCode",
  "quantity",
  "revenue",
  "sequence",
  "service",
  "type",
  "udi",
  "unitPrice"
]);
const OWNER_18 = {
  paths: ["ExplanationOfBenefit.item.detail.subDetail"],
  type: "BackboneElement",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ExplanationOfBenefit",
      check: checkExplanationOfBenefit,
      type: "ExplanationOfBenefit",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkExplanationOfBenefit(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ExplanationOfBenefit") && x.c === null) return false;
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
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (o.subType !== void 0) {
    if (!vrt.many(o.subType, x, p, "subType", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.patient !== void 0) {
    if (!vrt.one(o.patient, x, p, "patient", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.billablePeriod !== void 0) {
    if (!vrt.one(o.billablePeriod, x, p, "billablePeriod", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (o.created !== void 0 || o._created !== void 0) {
    if (!(vrt.isValidDateTime(o.created) && o._created === void 0)) {
      if (!vrt.prim(o.created, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.enterer !== void 0) {
    if (!vrt.one(o.enterer, x, p, "enterer", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.enterer, false, x, p, "enterer", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.insurer !== void 0) {
    if (!vrt.one(o.insurer, x, p, "insurer", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.insurer, false, x, p, "insurer", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.provider !== void 0) {
    if (!vrt.one(o.provider, x, p, "provider", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.provider, false, x, p, "provider", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.organization !== void 0) {
    if (!vrt.one(o.organization, x, p, "organization", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.organization, false, x, p, "organization", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.referral !== void 0) {
    if (!vrt.one(o.referral, x, p, "referral", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.referral, false, x, p, "referral", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.facility !== void 0) {
    if (!vrt.one(o.facility, x, p, "facility", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.facility, false, x, p, "facility", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.claim !== void 0) {
    if (!vrt.one(o.claim, x, p, "claim", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.claim, false, x, p, "claim", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if (o.claimResponse !== void 0) {
    if (!vrt.one(o.claimResponse, x, p, "claimResponse", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.claimResponse, false, x, p, "claimResponse", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if (o.outcome !== void 0) {
    if (!vrt.one(o.outcome, x, p, "outcome", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.disposition !== void 0 || o._disposition !== void 0) {
    if (!(vrt.isValidString(o.disposition) && o._disposition === void 0)) {
      if (!vrt.prim(o.disposition, o._disposition, x, p, "disposition", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.related !== void 0) {
    if (!vrt.many(o.related, x, p, "related", d, 0, -1, checkExplanationOfBenefitRelated) && x.c === null) return false;
  }
  if (o.prescription !== void 0) {
    if (!vrt.one(o.prescription, x, p, "prescription", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.prescription, false, x, p, "prescription", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  if (o.originalPrescription !== void 0) {
    if (!vrt.one(o.originalPrescription, x, p, "originalPrescription", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.originalPrescription, false, x, p, "originalPrescription", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
      return false;
  }
  if (o.payee !== void 0) {
    if (!vrt.one(o.payee, x, p, "payee", d, 0, checkExplanationOfBenefitPayee) && x.c === null) return false;
  }
  if (o.information !== void 0) {
    if (!vrt.many(o.information, x, p, "information", d, 0, -1, checkExplanationOfBenefitInformation) && x.c === null)
      return false;
  }
  if (o.careTeam !== void 0) {
    if (!vrt.many(o.careTeam, x, p, "careTeam", d, 0, -1, checkExplanationOfBenefitCareTeam) && x.c === null)
      return false;
  }
  if (o.diagnosis !== void 0) {
    if (!vrt.many(o.diagnosis, x, p, "diagnosis", d, 0, -1, checkExplanationOfBenefitDiagnosis) && x.c === null)
      return false;
  }
  if (o.procedure !== void 0) {
    if (!vrt.many(o.procedure, x, p, "procedure", d, 0, -1, checkExplanationOfBenefitProcedure) && x.c === null)
      return false;
  }
  if (o.precedence !== void 0 || o._precedence !== void 0) {
    if (!(vrt.isValidPositiveInt(o.precedence) && o._precedence === void 0)) {
      if (!vrt.prim(
        o.precedence,
        o._precedence,
        x,
        p,
        "precedence",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.insurance !== void 0) {
    if (!vrt.one(o.insurance, x, p, "insurance", d, 0, checkExplanationOfBenefitInsurance) && x.c === null)
      return false;
  }
  if (o.accident !== void 0) {
    if (!vrt.one(o.accident, x, p, "accident", d, 0, checkExplanationOfBenefitAccident) && x.c === null) return false;
  }
  if (o.employmentImpacted !== void 0) {
    if (!vrt.one(o.employmentImpacted, x, p, "employmentImpacted", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (o.hospitalization !== void 0) {
    if (!vrt.one(o.hospitalization, x, p, "hospitalization", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (o.item !== void 0) {
    if (!vrt.many(o.item, x, p, "item", d, 0, -1, checkExplanationOfBenefitItem) && x.c === null) return false;
  }
  if (o.addItem !== void 0) {
    if (!vrt.many(o.addItem, x, p, "addItem", d, 0, -1, checkExplanationOfBenefitAddItem) && x.c === null) return false;
  }
  if (o.totalCost !== void 0) {
    if (!vrt.one(o.totalCost, x, p, "totalCost", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.unallocDeductable !== void 0) {
    if (!vrt.one(o.unallocDeductable, x, p, "unallocDeductable", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.totalBenefit !== void 0) {
    if (!vrt.one(o.totalBenefit, x, p, "totalBenefit", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.payment !== void 0) {
    if (!vrt.one(o.payment, x, p, "payment", d, 0, checkExplanationOfBenefitPayment) && x.c === null) return false;
  }
  if (o.form !== void 0) {
    if (!vrt.one(o.form, x, p, "form", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.processNote !== void 0) {
    if (!vrt.many(o.processNote, x, p, "processNote", d, 0, -1, checkExplanationOfBenefitProcessNote) && x.c === null)
      return false;
  }
  if (o.benefitBalance !== void 0) {
    if (!vrt.many(o.benefitBalance, x, p, "benefitBalance", d, 0, -1, checkExplanationOfBenefitBenefitBalance) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkExplanationOfBenefitRelated(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.related");
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
  if (o.claim !== void 0) {
    if (!vrt.one(o.claim, x, p, "claim", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.claim, false, x, p, "claim", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if (o.relationship !== void 0) {
    if (!vrt.one(o.relationship, x, p, "relationship", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.reference !== void 0) {
    if (!vrt.one(o.reference, x, p, "reference", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitPayee(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.payee");
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
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.resourceType !== void 0) {
    if (!vrt.one(o.resourceType, x, p, "resourceType", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.resourceType, false, x, p, "resourceType", vrt.checkConcept, BINDING_3) && x.c === null)
      return false;
  }
  if (o.party !== void 0) {
    if (!vrt.one(o.party, x, p, "party", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.party, false, x, p, "party", vrt.checkReferenceTarget, TARGETS_9) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitInformation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.information");
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
  if (!(vrt.isValidPositiveInt(o.sequence) && o._sequence === void 0)) {
    if (!vrt.prim(o.sequence, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_3) && x.c === null)
      return false;
  }
  if (!vrt.one(o.category, x, p, "category", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (o.code !== void 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "timing", 0) && x.c === null) return false;
  if (o.timingDate !== void 0 || o._timingDate !== void 0) {
    if (!(vrt.isValidDate(o.timingDate) && o._timingDate === void 0)) {
      if (!vrt.prim(o.timingDate, o._timingDate, x, p, "timing.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.timingPeriod !== void 0) {
    if (!vrt.one(o.timingPeriod, x, p, "timing.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  if (o.valueString !== void 0 || o._valueString !== void 0) {
    if (!(vrt.isValidString(o.valueString) && o._valueString === void 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueQuantity !== void 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if (o.valueAttachment !== void 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null)
      return false;
  }
  if (o.valueReference !== void 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if (o.reason !== void 0) {
    if (!vrt.one(o.reason, x, p, "reason", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitCareTeam(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.careTeam");
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
  if (!(vrt.isValidPositiveInt(o.sequence) && o._sequence === void 0)) {
    if (!vrt.prim(o.sequence, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_4) && x.c === null)
      return false;
  }
  if (!vrt.one(o.provider, x, p, "provider", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.provider, false, x, p, "provider", vrt.checkReferenceTarget, TARGETS_10) && x.c === null)
    return false;
  if (o.responsible !== void 0 || o._responsible !== void 0) {
    if (!(vrt.isValidBoolean(o.responsible) && o._responsible === void 0)) {
      if (!vrt.prim(o.responsible, o._responsible, x, p, "responsible", d, 0, vrt.isValidBoolean, "boolean", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.role !== void 0) {
    if (!vrt.one(o.role, x, p, "role", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.qualification !== void 0) {
    if (!vrt.one(o.qualification, x, p, "qualification", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitDiagnosis(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.diagnosis");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_5, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidPositiveInt(o.sequence) && o._sequence === void 0)) {
    if (!vrt.prim(o.sequence, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_5) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "diagnosis", 1) && x.c === null) return false;
  if (o.diagnosisCodeableConcept !== void 0) {
    if (!vrt.one(o.diagnosisCodeableConcept, x, p, "diagnosis.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.diagnosisReference !== void 0) {
    if (!vrt.one(o.diagnosisReference, x, p, "diagnosis.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.diagnosisReference,
      false,
      x,
      p,
      "diagnosis.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_11
    ) && x.c === null)
      return false;
  }
  if (o.type !== void 0) {
    if (!vrt.many(o.type, x, p, "type", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.packageCode !== void 0) {
    if (!vrt.one(o.packageCode, x, p, "packageCode", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitProcedure(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.procedure");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_6, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidPositiveInt(o.sequence) && o._sequence === void 0)) {
    if (!vrt.prim(o.sequence, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_6) && x.c === null)
      return false;
  }
  if (o.date !== void 0 || o._date !== void 0) {
    if (!(vrt.isValidDateTime(o.date) && o._date === void 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_6) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkChoice(o, CHOICE_3, x, p, "procedure", 1) && x.c === null) return false;
  if (o.procedureCodeableConcept !== void 0) {
    if (!vrt.one(o.procedureCodeableConcept, x, p, "procedure.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.procedureReference !== void 0) {
    if (!vrt.one(o.procedureReference, x, p, "procedure.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.procedureReference,
      false,
      x,
      p,
      "procedure.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_12
    ) && x.c === null)
      return false;
  }
  return true;
}
function checkExplanationOfBenefitInsurance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.insurance");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_7, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null)
      return false;
  }
  if (o.coverage !== void 0) {
    if (!vrt.one(o.coverage, x, p, "coverage", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.coverage, false, x, p, "coverage", vrt.checkReferenceTarget, TARGETS_13) && x.c === null)
      return false;
  }
  if (o.preAuthRef !== void 0 || o._preAuthRef !== void 0) {
    if (!vrt.prims(o.preAuthRef, o._preAuthRef, x, p, "preAuthRef", d, 0, -1, vrt.isValidString, "string", OWNER_7) && x.c === null)
      return false;
  }
  return true;
}
function checkExplanationOfBenefitAccident(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.accident");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_8, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null)
      return false;
  }
  if (o.date !== void 0 || o._date !== void 0) {
    if (!(vrt.isValidDate(o.date) && o._date === void 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDate, "date", OWNER_8) && x.c === null)
        return false;
    }
  }
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_4, x, p, "location", 0) && x.c === null) return false;
  if (o.locationAddress !== void 0) {
    if (!vrt.one(o.locationAddress, x, p, "location.ofType(Address)", d, 0, import_Address.checkAddress) && x.c === null) return false;
  }
  if (o.locationReference !== void 0) {
    if (!vrt.one(o.locationReference, x, p, "location.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.locationReference,
      false,
      x,
      p,
      "location.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_4
    ) && x.c === null)
      return false;
  }
  return true;
}
function checkExplanationOfBenefitItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.item");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_9, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_9, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidPositiveInt(o.sequence) && o._sequence === void 0)) {
    if (!vrt.prim(o.sequence, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_9) && x.c === null)
      return false;
  }
  if (o.careTeamLinkId !== void 0 || o._careTeamLinkId !== void 0) {
    if (!vrt.prims(
      o.careTeamLinkId,
      o._careTeamLinkId,
      x,
      p,
      "careTeamLinkId",
      d,
      0,
      -1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_9
    ) && x.c === null)
      return false;
  }
  if (o.diagnosisLinkId !== void 0 || o._diagnosisLinkId !== void 0) {
    if (!vrt.prims(
      o.diagnosisLinkId,
      o._diagnosisLinkId,
      x,
      p,
      "diagnosisLinkId",
      d,
      0,
      -1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_9
    ) && x.c === null)
      return false;
  }
  if (o.procedureLinkId !== void 0 || o._procedureLinkId !== void 0) {
    if (!vrt.prims(
      o.procedureLinkId,
      o._procedureLinkId,
      x,
      p,
      "procedureLinkId",
      d,
      0,
      -1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_9
    ) && x.c === null)
      return false;
  }
  if (o.informationLinkId !== void 0 || o._informationLinkId !== void 0) {
    if (!vrt.prims(
      o.informationLinkId,
      o._informationLinkId,
      x,
      p,
      "informationLinkId",
      d,
      0,
      -1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_9
    ) && x.c === null)
      return false;
  }
  if (o.revenue !== void 0) {
    if (!vrt.one(o.revenue, x, p, "revenue", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.category !== void 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.service !== void 0) {
    if (!vrt.one(o.service, x, p, "service", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.modifier !== void 0) {
    if (!vrt.many(o.modifier, x, p, "modifier", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.programCode !== void 0) {
    if (!vrt.many(o.programCode, x, p, "programCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_5, x, p, "serviced", 0) && x.c === null) return false;
  if (o.servicedDate !== void 0 || o._servicedDate !== void 0) {
    if (!(vrt.isValidDate(o.servicedDate) && o._servicedDate === void 0)) {
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
        OWNER_9
      ) && x.c === null)
        return false;
    }
  }
  if (o.servicedPeriod !== void 0) {
    if (!vrt.one(o.servicedPeriod, x, p, "serviced.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_6, x, p, "location", 0) && x.c === null) return false;
  if (o.locationCodeableConcept !== void 0) {
    if (!vrt.one(o.locationCodeableConcept, x, p, "location.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.locationAddress !== void 0) {
    if (!vrt.one(o.locationAddress, x, p, "location.ofType(Address)", d, 0, import_Address.checkAddress) && x.c === null) return false;
  }
  if (o.locationReference !== void 0) {
    if (!vrt.one(o.locationReference, x, p, "location.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.locationReference,
      false,
      x,
      p,
      "location.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_4
    ) && x.c === null)
      return false;
  }
  if (o.quantity !== void 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if (o.unitPrice !== void 0) {
    if (!vrt.one(o.unitPrice, x, p, "unitPrice", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.factor !== void 0 || o._factor !== void 0) {
    if (!(vrt.isValidDecimal(o.factor) && o._factor === void 0)) {
      if (!vrt.prim(o.factor, o._factor, x, p, "factor", d, 0, vrt.isValidDecimal, "decimal", OWNER_9) && x.c === null)
        return false;
    }
  }
  if (o.net !== void 0) {
    if (!vrt.one(o.net, x, p, "net", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.udi !== void 0) {
    if (!vrt.many(o.udi, x, p, "udi", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.udi, true, x, p, "udi", vrt.checkReferenceTarget, TARGETS_14) && x.c === null) return false;
  }
  if (o.bodySite !== void 0) {
    if (!vrt.one(o.bodySite, x, p, "bodySite", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.subSite !== void 0) {
    if (!vrt.many(o.subSite, x, p, "subSite", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.encounter !== void 0) {
    if (!vrt.many(o.encounter, x, p, "encounter", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.encounter, true, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_15) && x.c === null)
      return false;
  }
  if (o.noteNumber !== void 0 || o._noteNumber !== void 0) {
    if (!vrt.prims(
      o.noteNumber,
      o._noteNumber,
      x,
      p,
      "noteNumber",
      d,
      0,
      -1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_9
    ) && x.c === null)
      return false;
  }
  if (o.adjudication !== void 0) {
    if (!vrt.many(o.adjudication, x, p, "adjudication", d, 0, -1, checkExplanationOfBenefitItemAdjudication) && x.c === null)
      return false;
  }
  if (o.detail !== void 0) {
    if (!vrt.many(o.detail, x, p, "detail", d, 0, -1, checkExplanationOfBenefitItemDetail) && x.c === null)
      return false;
  }
  return true;
}
function checkExplanationOfBenefitAddItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.addItem");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_10, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_10, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_10, true) && x.c === null)
      return false;
  }
  if (o.sequenceLinkId !== void 0 || o._sequenceLinkId !== void 0) {
    if (!vrt.prims(
      o.sequenceLinkId,
      o._sequenceLinkId,
      x,
      p,
      "sequenceLinkId",
      d,
      0,
      -1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_10
    ) && x.c === null)
      return false;
  }
  if (o.revenue !== void 0) {
    if (!vrt.one(o.revenue, x, p, "revenue", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.category !== void 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.service !== void 0) {
    if (!vrt.one(o.service, x, p, "service", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.modifier !== void 0) {
    if (!vrt.many(o.modifier, x, p, "modifier", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.fee !== void 0) {
    if (!vrt.one(o.fee, x, p, "fee", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.noteNumber !== void 0 || o._noteNumber !== void 0) {
    if (!vrt.prims(
      o.noteNumber,
      o._noteNumber,
      x,
      p,
      "noteNumber",
      d,
      0,
      -1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_10
    ) && x.c === null)
      return false;
  }
  if (o.adjudication !== void 0) {
    if (!vrt.many(o.adjudication, x, p, "adjudication", d, 0, -1, checkExplanationOfBenefitItemAdjudication) && x.c === null)
      return false;
  }
  if (o.detail !== void 0) {
    if (!vrt.many(o.detail, x, p, "detail", d, 0, -1, checkExplanationOfBenefitAddItemDetail) && x.c === null)
      return false;
  }
  return true;
}
function checkExplanationOfBenefitPayment(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.payment");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_11, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_11, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_11, true) && x.c === null)
      return false;
  }
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.adjustment !== void 0) {
    if (!vrt.one(o.adjustment, x, p, "adjustment", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.adjustmentReason !== void 0) {
    if (!vrt.one(o.adjustmentReason, x, p, "adjustmentReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.date !== void 0 || o._date !== void 0) {
    if (!(vrt.isValidDate(o.date) && o._date === void 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDate, "date", OWNER_11) && x.c === null)
        return false;
    }
  }
  if (o.amount !== void 0) {
    if (!vrt.one(o.amount, x, p, "amount", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitProcessNote(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.processNote");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_12, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_12, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_12, true) && x.c === null)
      return false;
  }
  if (o.number !== void 0 || o._number !== void 0) {
    if (!(vrt.isValidPositiveInt(o.number) && o._number === void 0)) {
      if (!vrt.prim(o.number, o._number, x, p, "number", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_12) && x.c === null)
        return false;
    }
  }
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_12) && x.c === null)
        return false;
    }
  }
  if (o.language !== void 0) {
    if (!vrt.one(o.language, x, p, "language", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkConcept, BINDING_5) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitBenefitBalance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.benefitBalance");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_13, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_13, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_13, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.category, x, p, "category", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (o.subCategory !== void 0) {
    if (!vrt.one(o.subCategory, x, p, "subCategory", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.excluded !== void 0 || o._excluded !== void 0) {
    if (!(vrt.isValidBoolean(o.excluded) && o._excluded === void 0)) {
      if (!vrt.prim(o.excluded, o._excluded, x, p, "excluded", d, 0, vrt.isValidBoolean, "boolean", OWNER_13) && x.c === null)
        return false;
    }
  }
  if (o.name !== void 0 || o._name !== void 0) {
    if (!(vrt.isValidString(o.name) && o._name === void 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_13) && x.c === null)
        return false;
    }
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_13) && x.c === null)
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
    if (!vrt.many(o.financial, x, p, "financial", d, 0, -1, checkExplanationOfBenefitBenefitBalanceFinancial) && x.c === null)
      return false;
  }
  return true;
}
function checkExplanationOfBenefitItemAdjudication(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.item.adjudication");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_14, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_14, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_14, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.category, x, p, "category", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (o.reason !== void 0) {
    if (!vrt.one(o.reason, x, p, "reason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.amount !== void 0) {
    if (!vrt.one(o.amount, x, p, "amount", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.value !== void 0 || o._value !== void 0) {
    if (!(vrt.isValidDecimal(o.value) && o._value === void 0)) {
      if (!vrt.prim(o.value, o._value, x, p, "value", d, 0, vrt.isValidDecimal, "decimal", OWNER_14) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkExplanationOfBenefitItemDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.item.detail");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_15, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_15, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_15, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidPositiveInt(o.sequence) && o._sequence === void 0)) {
    if (!vrt.prim(o.sequence, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_15) && x.c === null)
      return false;
  }
  if (!vrt.one(o.type, x, p, "type", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.eachWith(o.type, false, x, p, "type", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  if (o.revenue !== void 0) {
    if (!vrt.one(o.revenue, x, p, "revenue", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.category !== void 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.service !== void 0) {
    if (!vrt.one(o.service, x, p, "service", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.modifier !== void 0) {
    if (!vrt.many(o.modifier, x, p, "modifier", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.programCode !== void 0) {
    if (!vrt.many(o.programCode, x, p, "programCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.quantity !== void 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if (o.unitPrice !== void 0) {
    if (!vrt.one(o.unitPrice, x, p, "unitPrice", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.factor !== void 0 || o._factor !== void 0) {
    if (!(vrt.isValidDecimal(o.factor) && o._factor === void 0)) {
      if (!vrt.prim(o.factor, o._factor, x, p, "factor", d, 0, vrt.isValidDecimal, "decimal", OWNER_15) && x.c === null)
        return false;
    }
  }
  if (o.net !== void 0) {
    if (!vrt.one(o.net, x, p, "net", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.udi !== void 0) {
    if (!vrt.many(o.udi, x, p, "udi", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.udi, true, x, p, "udi", vrt.checkReferenceTarget, TARGETS_14) && x.c === null) return false;
  }
  if (o.noteNumber !== void 0 || o._noteNumber !== void 0) {
    if (!vrt.prims(
      o.noteNumber,
      o._noteNumber,
      x,
      p,
      "noteNumber",
      d,
      0,
      -1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_15
    ) && x.c === null)
      return false;
  }
  if (o.adjudication !== void 0) {
    if (!vrt.many(o.adjudication, x, p, "adjudication", d, 0, -1, checkExplanationOfBenefitItemAdjudication) && x.c === null)
      return false;
  }
  if (o.subDetail !== void 0) {
    if (!vrt.many(o.subDetail, x, p, "subDetail", d, 0, -1, checkExplanationOfBenefitItemDetailSubDetail) && x.c === null)
      return false;
  }
  return true;
}
function checkExplanationOfBenefitAddItemDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.addItem.detail");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_16, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_16, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_16, true) && x.c === null)
      return false;
  }
  if (o.revenue !== void 0) {
    if (!vrt.one(o.revenue, x, p, "revenue", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.category !== void 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.service !== void 0) {
    if (!vrt.one(o.service, x, p, "service", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.modifier !== void 0) {
    if (!vrt.many(o.modifier, x, p, "modifier", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.fee !== void 0) {
    if (!vrt.one(o.fee, x, p, "fee", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.noteNumber !== void 0 || o._noteNumber !== void 0) {
    if (!vrt.prims(
      o.noteNumber,
      o._noteNumber,
      x,
      p,
      "noteNumber",
      d,
      0,
      -1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_16
    ) && x.c === null)
      return false;
  }
  if (o.adjudication !== void 0) {
    if (!vrt.many(o.adjudication, x, p, "adjudication", d, 0, -1, checkExplanationOfBenefitItemAdjudication) && x.c === null)
      return false;
  }
  return true;
}
function checkExplanationOfBenefitBenefitBalanceFinancial(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.benefitBalance.financial");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_17, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_17, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_17, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.type, x, p, "type", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_7, x, p, "allowed", 0) && x.c === null) return false;
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
        OWNER_17
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
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if (o.allowedMoney !== void 0) {
    if (!vrt.one(o.allowedMoney, x, p, "allowed.ofType(Money)", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_8, x, p, "used", 0) && x.c === null) return false;
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
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if (o.usedMoney !== void 0) {
    if (!vrt.one(o.usedMoney, x, p, "used.ofType(Money)", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitItemDetailSubDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.item.detail.subDetail");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_18, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_18, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_18, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidPositiveInt(o.sequence) && o._sequence === void 0)) {
    if (!vrt.prim(o.sequence, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_18) && x.c === null)
      return false;
  }
  if (!vrt.one(o.type, x, p, "type", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.eachWith(o.type, false, x, p, "type", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  if (o.revenue !== void 0) {
    if (!vrt.one(o.revenue, x, p, "revenue", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.category !== void 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.service !== void 0) {
    if (!vrt.one(o.service, x, p, "service", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.modifier !== void 0) {
    if (!vrt.many(o.modifier, x, p, "modifier", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.programCode !== void 0) {
    if (!vrt.many(o.programCode, x, p, "programCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.quantity !== void 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if (o.unitPrice !== void 0) {
    if (!vrt.one(o.unitPrice, x, p, "unitPrice", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.factor !== void 0 || o._factor !== void 0) {
    if (!(vrt.isValidDecimal(o.factor) && o._factor === void 0)) {
      if (!vrt.prim(o.factor, o._factor, x, p, "factor", d, 0, vrt.isValidDecimal, "decimal", OWNER_18) && x.c === null)
        return false;
    }
  }
  if (o.net !== void 0) {
    if (!vrt.one(o.net, x, p, "net", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.udi !== void 0) {
    if (!vrt.many(o.udi, x, p, "udi", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.udi, true, x, p, "udi", vrt.checkReferenceTarget, TARGETS_14) && x.c === null) return false;
  }
  if (o.noteNumber !== void 0 || o._noteNumber !== void 0) {
    if (!vrt.prims(
      o.noteNumber,
      o._noteNumber,
      x,
      p,
      "noteNumber",
      d,
      0,
      -1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_18
    ) && x.c === null)
      return false;
  }
  if (o.adjudication !== void 0) {
    if (!vrt.many(o.adjudication, x, p, "adjudication", d, 0, -1, checkExplanationOfBenefitItemAdjudication) && x.c === null)
      return false;
  }
  return true;
}
function validateExplanationOfBenefit(value, options) {
  return vrt.validateWith(value, "ExplanationOfBenefit", checkExplanationOfBenefit, true, options, REGISTRY_0);
}
function isExplanationOfBenefit(value, options) {
  return vrt.testWith(value, checkExplanationOfBenefit, true, options, REGISTRY_0);
}
function buildExplanationOfBenefit(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    {
      resourceType: "ExplanationOfBenefit",
      each: {
        payee: { system: { resourceType: "http://hl7.org/fhir/resource-type-link" } },
        processNote: { system: { type: "http://hl7.org/fhir/note-type" } }
      },
      system: { type: "http://hl7.org/fhir/ex-claimtype" }
    },
    isExplanationOfBenefit,
    validateExplanationOfBenefit,
    "ExplanationOfBenefit"
  );
}
