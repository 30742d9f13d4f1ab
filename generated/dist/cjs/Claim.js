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
var Claim_exports = {};
__export(Claim_exports, {
  buildClaim: () => buildClaim,
  checkClaim: () => checkClaim,
  checkClaimAccident: () => checkClaimAccident,
  checkClaimCareTeam: () => checkClaimCareTeam,
  checkClaimDiagnosis: () => checkClaimDiagnosis,
  checkClaimInformation: () => checkClaimInformation,
  checkClaimInsurance: () => checkClaimInsurance,
  checkClaimItem: () => checkClaimItem,
  checkClaimItemDetail: () => checkClaimItemDetail,
  checkClaimItemDetailSubDetail: () => checkClaimItemDetailSubDetail,
  checkClaimPayee: () => checkClaimPayee,
  checkClaimProcedure: () => checkClaimProcedure,
  checkClaimRelated: () => checkClaimRelated,
  isClaim: () => isClaim,
  validateClaim: () => validateClaim
});
module.exports = __toCommonJS(Claim_exports);
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
  "_id",
  "_implicitRules",
  "_language",
  "_status",
  "_use",
  "accident",
  "billablePeriod",
  "careTeam",
  "contained",
  "created",
  "diagnosis",
  "employmentImpacted",
  "enterer",
  "extension",
  "facility",
  "fundsReserve",
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
  "patient",
  "payee",
  "prescription",
  "priority",
  "procedure",
  "provider",
  "referral",
  "related",
  "resourceType",
  "status",
  "subType",
  "text",
  "total",
  "type",
  "use"
]);
const OWNER_0 = { paths: ["Claim"], type: "Claim", exact: true };
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
const BINDING_2 = {
  has: vcodes.inCodes131,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/claim-type"
};
const BINDING_3 = {
  has: vcodes.inCodes132,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/claim-use"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["Patient"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Practitioner"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Organization"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["MedicationRequest", "VisionPrescription"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["MedicationRequest"]);
const TARGETS_5 = /* @__PURE__ */ new Set(["ReferralRequest"]);
const TARGETS_6 = /* @__PURE__ */ new Set(["Location"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "claim",
  "extension",
  "id",
  "modifierExtension",
  "reference",
  "relationship"
]);
const OWNER_1 = { paths: ["Claim.related"], type: "BackboneElement", exact: true };
const TARGETS_7 = /* @__PURE__ */ new Set(["Claim"]);
const KEYS_2 = /* @__PURE__ */ new Set(["extension", "id", "modifierExtension", "party", "resourceType", "type"]);
const OWNER_2 = { paths: ["Claim.payee"], type: "BackboneElement", exact: true };
const TARGETS_8 = /* @__PURE__ */ new Set(["Organization", "Patient", "Practitioner", "RelatedPerson"]);
const KEYS_3 = /* @__PURE__ */ new Set([
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
const OWNER_3 = { paths: ["Claim.careTeam"], type: "BackboneElement", exact: true };
const TARGETS_9 = /* @__PURE__ */ new Set(["Organization", "Practitioner"]);
const KEYS_4 = /* @__PURE__ */ new Set([
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
const OWNER_4 = { paths: ["Claim.information"], type: "BackboneElement", exact: true };
const CHOICE_0 = vrt.choiceVariants(["timingDate", "timingPeriod"]);
const CHOICE_1 = vrt.choiceVariants([
  "valueString",
  "valueQuantity",
  "valueAttachment",
  "valueReference"
]);
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
const OWNER_5 = { paths: ["Claim.diagnosis"], type: "BackboneElement", exact: true };
const CHOICE_2 = vrt.choiceVariants(["diagnosisCodeableConcept", "diagnosisReference"]);
const TARGETS_10 = /* @__PURE__ */ new Set(["Condition"]);
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
const OWNER_6 = { paths: ["Claim.procedure"], type: "BackboneElement", exact: true };
const CHOICE_3 = vrt.choiceVariants(["procedureCodeableConcept", "procedureReference"]);
const TARGETS_11 = /* @__PURE__ */ new Set(["Procedure"]);
const KEYS_7 = /* @__PURE__ */ new Set([
  "_businessArrangement",
  "_focal",
  "_preAuthRef",
  "_sequence",
  "businessArrangement",
  "claimResponse",
  "coverage",
  "extension",
  "focal",
  "id",
  "modifierExtension",
  "preAuthRef",
  "sequence"
]);
const OWNER_7 = { paths: ["Claim.insurance"], type: "BackboneElement", exact: true };
const TARGETS_12 = /* @__PURE__ */ new Set(["Coverage"]);
const TARGETS_13 = /* @__PURE__ */ new Set(["ClaimResponse"]);
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
const OWNER_8 = { paths: ["Claim.accident"], type: "BackboneElement", exact: true };
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
  "_procedureLinkId",
  "_sequence",
  "_servicedDate",
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
const OWNER_9 = { paths: ["Claim.item"], type: "BackboneElement", exact: true };
const CHOICE_5 = vrt.choiceVariants(["servicedDate", "servicedPeriod"]);
const CHOICE_6 = vrt.choiceVariants([
  "locationCodeableConcept",
  "locationAddress",
  "locationReference"
]);
const TARGETS_14 = /* @__PURE__ */ new Set(["Device"]);
const TARGETS_15 = /* @__PURE__ */ new Set(["Encounter"]);
const KEYS_10 = /* @__PURE__ */ new Set([
  "_factor",
  "_sequence",
  "category",
  "extension",
  "factor",
  "id",
  "modifier",
  "modifierExtension",
  "net",
  "programCode",
  "quantity",
  "revenue",
  "sequence",
  "service",
  "subDetail",
  "udi",
  "unitPrice"
]);
const OWNER_10 = { paths: ["Claim.item.detail"], type: "BackboneElement", exact: true };
const KEYS_11 = /* @__PURE__ */ new Set([
  "_factor",
  "_sequence",
  "category",
  "extension",
  "factor",
  "id",
  "modifier",
  "modifierExtension",
  "net",
  "programCode",
  "quantity",
  "revenue",
  "sequence",
  "service",
  "udi",
  "unitPrice"
]);
const OWNER_11 = { paths: ["Claim.item.detail.subDetail"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [{ url: "http://hl7.org/fhir/StructureDefinition/Claim", check: checkClaim, type: "Claim", base: true }],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkClaim(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Claim") && x.c === null) return false;
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
  if (o.use !== void 0 || o._use !== void 0) {
    if (!(vrt.isValidCode(o.use) && o._use === void 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
    }
    if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_3) && x.c === null) return false;
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
  if (o.priority !== void 0) {
    if (!vrt.one(o.priority, x, p, "priority", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.fundsReserve !== void 0) {
    if (!vrt.one(o.fundsReserve, x, p, "fundsReserve", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.related !== void 0) {
    if (!vrt.many(o.related, x, p, "related", d, 0, -1, checkClaimRelated) && x.c === null) return false;
  }
  if (o.prescription !== void 0) {
    if (!vrt.one(o.prescription, x, p, "prescription", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.prescription, false, x, p, "prescription", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.originalPrescription !== void 0) {
    if (!vrt.one(o.originalPrescription, x, p, "originalPrescription", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.originalPrescription, false, x, p, "originalPrescription", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.payee !== void 0) {
    if (!vrt.one(o.payee, x, p, "payee", d, 0, checkClaimPayee) && x.c === null) return false;
  }
  if (o.referral !== void 0) {
    if (!vrt.one(o.referral, x, p, "referral", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.referral, false, x, p, "referral", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if (o.facility !== void 0) {
    if (!vrt.one(o.facility, x, p, "facility", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.facility, false, x, p, "facility", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if (o.careTeam !== void 0) {
    if (!vrt.many(o.careTeam, x, p, "careTeam", d, 0, -1, checkClaimCareTeam) && x.c === null) return false;
  }
  if (o.information !== void 0) {
    if (!vrt.many(o.information, x, p, "information", d, 0, -1, checkClaimInformation) && x.c === null) return false;
  }
  if (o.diagnosis !== void 0) {
    if (!vrt.many(o.diagnosis, x, p, "diagnosis", d, 0, -1, checkClaimDiagnosis) && x.c === null) return false;
  }
  if (o.procedure !== void 0) {
    if (!vrt.many(o.procedure, x, p, "procedure", d, 0, -1, checkClaimProcedure) && x.c === null) return false;
  }
  if (o.insurance !== void 0) {
    if (!vrt.many(o.insurance, x, p, "insurance", d, 0, -1, checkClaimInsurance) && x.c === null) return false;
  }
  if (o.accident !== void 0) {
    if (!vrt.one(o.accident, x, p, "accident", d, 0, checkClaimAccident) && x.c === null) return false;
  }
  if (o.employmentImpacted !== void 0) {
    if (!vrt.one(o.employmentImpacted, x, p, "employmentImpacted", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (o.hospitalization !== void 0) {
    if (!vrt.one(o.hospitalization, x, p, "hospitalization", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (o.item !== void 0) {
    if (!vrt.many(o.item, x, p, "item", d, 0, -1, checkClaimItem) && x.c === null) return false;
  }
  if (o.total !== void 0) {
    if (!vrt.one(o.total, x, p, "total", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkClaimRelated(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.related");
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
    if (!vrt.eachWith(o.claim, false, x, p, "claim", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  if (o.relationship !== void 0) {
    if (!vrt.one(o.relationship, x, p, "relationship", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.reference !== void 0) {
    if (!vrt.one(o.reference, x, p, "reference", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  return true;
}
function checkClaimPayee(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.payee");
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
  if (!vrt.one(o.type, x, p, "type", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (o.resourceType !== void 0) {
    if (!vrt.one(o.resourceType, x, p, "resourceType", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if (o.party !== void 0) {
    if (!vrt.one(o.party, x, p, "party", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.party, false, x, p, "party", vrt.checkReferenceTarget, TARGETS_8) && x.c === null) return false;
  }
  return true;
}
function checkClaimCareTeam(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.careTeam");
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
  if (!vrt.one(o.provider, x, p, "provider", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.provider, false, x, p, "provider", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
    return false;
  if (o.responsible !== void 0 || o._responsible !== void 0) {
    if (!(vrt.isValidBoolean(o.responsible) && o._responsible === void 0)) {
      if (!vrt.prim(o.responsible, o._responsible, x, p, "responsible", d, 0, vrt.isValidBoolean, "boolean", OWNER_3) && x.c === null)
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
function checkClaimInformation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.information");
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
  if (!vrt.one(o.category, x, p, "category", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (o.code !== void 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "timing", 0) && x.c === null) return false;
  if (o.timingDate !== void 0 || o._timingDate !== void 0) {
    if (!(vrt.isValidDate(o.timingDate) && o._timingDate === void 0)) {
      if (!vrt.prim(o.timingDate, o._timingDate, x, p, "timing.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_4) && x.c === null)
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
        OWNER_4
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
    if (!vrt.one(o.reason, x, p, "reason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkClaimDiagnosis(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.diagnosis");
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
      TARGETS_10
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
function checkClaimProcedure(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.procedure");
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
      TARGETS_11
    ) && x.c === null)
      return false;
  }
  return true;
}
function checkClaimInsurance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.insurance");
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
  if (!(vrt.isValidPositiveInt(o.sequence) && o._sequence === void 0)) {
    if (!vrt.prim(o.sequence, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_7) && x.c === null)
      return false;
  }
  if (!(vrt.isValidBoolean(o.focal) && o._focal === void 0)) {
    if (!vrt.prim(o.focal, o._focal, x, p, "focal", d, 1, vrt.isValidBoolean, "boolean", OWNER_7) && x.c === null)
      return false;
  }
  if (!vrt.one(o.coverage, x, p, "coverage", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.coverage, false, x, p, "coverage", vrt.checkReferenceTarget, TARGETS_12) && x.c === null)
    return false;
  if (o.businessArrangement !== void 0 || o._businessArrangement !== void 0) {
    if (!(vrt.isValidString(o.businessArrangement) && o._businessArrangement === void 0)) {
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
        OWNER_7
      ) && x.c === null)
        return false;
    }
  }
  if (o.preAuthRef !== void 0 || o._preAuthRef !== void 0) {
    if (!vrt.prims(o.preAuthRef, o._preAuthRef, x, p, "preAuthRef", d, 0, -1, vrt.isValidString, "string", OWNER_7) && x.c === null)
      return false;
  }
  if (o.claimResponse !== void 0) {
    if (!vrt.one(o.claimResponse, x, p, "claimResponse", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.claimResponse, false, x, p, "claimResponse", vrt.checkReferenceTarget, TARGETS_13) && x.c === null)
      return false;
  }
  return true;
}
function checkClaimAccident(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.accident");
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
  if (!(vrt.isValidDate(o.date) && o._date === void 0)) {
    if (!vrt.prim(o.date, o._date, x, p, "date", d, 1, vrt.isValidDate, "date", OWNER_8) && x.c === null) return false;
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
      TARGETS_6
    ) && x.c === null)
      return false;
  }
  return true;
}
function checkClaimItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.item");
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
      TARGETS_6
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
  if (o.detail !== void 0) {
    if (!vrt.many(o.detail, x, p, "detail", d, 0, -1, checkClaimItemDetail) && x.c === null) return false;
  }
  return true;
}
function checkClaimItemDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.item.detail");
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
  if (!(vrt.isValidPositiveInt(o.sequence) && o._sequence === void 0)) {
    if (!vrt.prim(o.sequence, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_10) && x.c === null)
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
  if (o.quantity !== void 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if (o.unitPrice !== void 0) {
    if (!vrt.one(o.unitPrice, x, p, "unitPrice", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.factor !== void 0 || o._factor !== void 0) {
    if (!(vrt.isValidDecimal(o.factor) && o._factor === void 0)) {
      if (!vrt.prim(o.factor, o._factor, x, p, "factor", d, 0, vrt.isValidDecimal, "decimal", OWNER_10) && x.c === null)
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
  if (o.subDetail !== void 0) {
    if (!vrt.many(o.subDetail, x, p, "subDetail", d, 0, -1, checkClaimItemDetailSubDetail) && x.c === null)
      return false;
  }
  return true;
}
function checkClaimItemDetailSubDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.item.detail.subDetail");
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
  if (!(vrt.isValidPositiveInt(o.sequence) && o._sequence === void 0)) {
    if (!vrt.prim(o.sequence, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_11) && x.c === null)
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
  if (o.quantity !== void 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if (o.unitPrice !== void 0) {
    if (!vrt.one(o.unitPrice, x, p, "unitPrice", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.factor !== void 0 || o._factor !== void 0) {
    if (!(vrt.isValidDecimal(o.factor) && o._factor === void 0)) {
      if (!vrt.prim(o.factor, o._factor, x, p, "factor", d, 0, vrt.isValidDecimal, "decimal", OWNER_11) && x.c === null)
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
  return true;
}
function validateClaim(value, options) {
  return vrt.validateWith(value, "Claim", checkClaim, true, options, REGISTRY_0);
}
function isClaim(value, options) {
  return vrt.testWith(value, checkClaim, true, options, REGISTRY_0);
}
function buildClaim(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "Claim", system: { type: "http://hl7.org/fhir/ex-claimtype" } },
    isClaim,
    validateClaim,
    "Claim"
  );
}
