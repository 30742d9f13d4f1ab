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
  has: vcodes.inCodings131,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/claim-type"
};
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Practitioner"];
const TARGETS_2 = ["Organization"];
const TARGETS_3 = ["ReferralRequest"];
const TARGETS_4 = ["Location"];
const TARGETS_5 = ["Claim"];
const TARGETS_6 = ["ClaimResponse"];
const TARGETS_7 = ["MedicationRequest", "VisionPrescription"];
const TARGETS_8 = ["MedicationRequest"];
const OWNER_1 = { paths: ["ExplanationOfBenefit.related"], type: "BackboneElement", exact: true };
const OWNER_2 = { paths: ["ExplanationOfBenefit.payee"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodings190,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/resource-type-link"
};
const TARGETS_9 = ["Organization", "Patient", "Practitioner", "RelatedPerson"];
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
const OWNER_4 = { paths: ["ExplanationOfBenefit.careTeam"], type: "BackboneElement", exact: true };
const TARGETS_10 = ["Organization", "Practitioner"];
const OWNER_5 = { paths: ["ExplanationOfBenefit.diagnosis"], type: "BackboneElement", exact: true };
const CHOICE_2 = vrt.choiceVariants(["diagnosisCodeableConcept", "diagnosisReference"]);
const TARGETS_11 = ["Condition"];
const OWNER_6 = { paths: ["ExplanationOfBenefit.procedure"], type: "BackboneElement", exact: true };
const CHOICE_3 = vrt.choiceVariants(["procedureCodeableConcept", "procedureReference"]);
const TARGETS_12 = ["Procedure"];
const OWNER_7 = { paths: ["ExplanationOfBenefit.insurance"], type: "BackboneElement", exact: true };
const TARGETS_13 = ["Coverage"];
const OWNER_8 = { paths: ["ExplanationOfBenefit.accident"], type: "BackboneElement", exact: true };
const UNCHECKED_0 = {
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-ActIncidentCode",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const CHOICE_4 = vrt.choiceVariants(["locationAddress", "locationReference"]);
const OWNER_9 = { paths: ["ExplanationOfBenefit.item"], type: "BackboneElement", exact: true };
const CHOICE_5 = vrt.choiceVariants(["servicedDate", "servicedPeriod"]);
const CHOICE_6 = vrt.choiceVariants([
  "locationCodeableConcept",
  "locationAddress",
  "locationReference"
]);
const TARGETS_14 = ["Device"];
const TARGETS_15 = ["Encounter"];
const OWNER_10 = { paths: ["ExplanationOfBenefit.addItem"], type: "BackboneElement", exact: true };
const OWNER_11 = { paths: ["ExplanationOfBenefit.payment"], type: "BackboneElement", exact: true };
const OWNER_12 = {
  paths: ["ExplanationOfBenefit.processNote"],
  type: "BackboneElement",
  exact: true
};
const BINDING_4 = {
  has: vcodes.inCodings133,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/note-type"
};
const BINDING_5 = {
  has: vcodes.inCodings134,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const OWNER_13 = {
  paths: ["ExplanationOfBenefit.benefitBalance"],
  type: "BackboneElement",
  exact: true
};
const OWNER_14 = {
  paths: ["ExplanationOfBenefit.item.adjudication"],
  type: "BackboneElement",
  exact: true
};
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
const OWNER_16 = {
  paths: ["ExplanationOfBenefit.addItem.detail"],
  type: "BackboneElement",
  exact: true
};
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
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36, e37, e38, e39, e40, e41, e42, e43, e44, e45, e46;
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
      case "type":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "subType":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "patient":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "billablePeriod":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "created":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "enterer":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "insurer":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "provider":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "organization":
        m0 |= 8388608;
        e18 = o[k];
        break;
      case "referral":
        m0 |= 16777216;
        e19 = o[k];
        break;
      case "facility":
        m0 |= 33554432;
        e20 = o[k];
        break;
      case "claim":
        m0 |= 67108864;
        e21 = o[k];
        break;
      case "claimResponse":
        m0 |= 134217728;
        e22 = o[k];
        break;
      case "outcome":
        m0 |= 268435456;
        e23 = o[k];
        break;
      case "disposition":
        m0 |= 536870912;
        e24 = o[k];
        break;
      case "related":
        m1 |= 1;
        e25 = o[k];
        break;
      case "prescription":
        m1 |= 2;
        e26 = o[k];
        break;
      case "originalPrescription":
        m1 |= 4;
        e27 = o[k];
        break;
      case "payee":
        m1 |= 8;
        e28 = o[k];
        break;
      case "information":
        m1 |= 16;
        e29 = o[k];
        break;
      case "careTeam":
        m1 |= 32;
        e30 = o[k];
        break;
      case "diagnosis":
        m1 |= 64;
        e31 = o[k];
        break;
      case "procedure":
        m1 |= 128;
        e32 = o[k];
        break;
      case "precedence":
        m1 |= 256;
        e33 = o[k];
        break;
      case "insurance":
        m1 |= 1024;
        e34 = o[k];
        break;
      case "accident":
        m1 |= 2048;
        e35 = o[k];
        break;
      case "employmentImpacted":
        m1 |= 4096;
        e36 = o[k];
        break;
      case "hospitalization":
        m1 |= 8192;
        e37 = o[k];
        break;
      case "item":
        m1 |= 16384;
        e38 = o[k];
        break;
      case "addItem":
        m1 |= 32768;
        e39 = o[k];
        break;
      case "totalCost":
        m1 |= 65536;
        e40 = o[k];
        break;
      case "unallocDeductable":
        m1 |= 131072;
        e41 = o[k];
        break;
      case "totalBenefit":
        m1 |= 262144;
        e42 = o[k];
        break;
      case "payment":
        m1 |= 524288;
        e43 = o[k];
        break;
      case "form":
        m1 |= 1048576;
        e44 = o[k];
        break;
      case "processNote":
        m1 |= 2097152;
        e45 = o[k];
        break;
      case "benefitBalance":
        m1 |= 4194304;
        e46 = o[k];
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
        m0 |= 524288;
        break;
      case "_disposition":
        m0 |= 1073741824;
        break;
      case "_precedence":
        m1 |= 512;
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
    if (!vrt.one(e1, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
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
    if (!vrt.one(e4, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
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
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
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
    if (!vrt.one(e10, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e10, false, x, p, "type", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(e11, x, p, "subType", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e12, x, p, "patient", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e12, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e13, x, p, "billablePeriod", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidDateTime(e14) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e14, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e15, x, p, "enterer", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e15, false, x, p, "enterer", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e16, x, p, "insurer", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e16, false, x, p, "insurer", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e17, x, p, "provider", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "provider", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e18, x, p, "organization", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, false, x, p, "organization", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e19, x, p, "referral", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "referral", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e20, x, p, "facility", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e20, false, x, p, "facility", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e21, x, p, "claim", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e21, false, x, p, "claim", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(e22, x, p, "claimResponse", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e22, false, x, p, "claimResponse", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(e23, x, p, "outcome", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidString(e24) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e24, o._disposition, x, p, "disposition", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e25, x, p, "related", d, 0, -1, checkExplanationOfBenefitRelated) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e26, x, p, "prescription", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e26, false, x, p, "prescription", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.one(e27, x, p, "originalPrescription", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e27, false, x, p, "originalPrescription", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
      return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.one(e28, x, p, "payee", d, 0, checkExplanationOfBenefitPayee) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e29, x, p, "information", d, 0, -1, checkExplanationOfBenefitInformation) && x.c === null)
      return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(e30, x, p, "careTeam", d, 0, -1, checkExplanationOfBenefitCareTeam) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(e31, x, p, "diagnosis", d, 0, -1, checkExplanationOfBenefitDiagnosis) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(e32, x, p, "procedure", d, 0, -1, checkExplanationOfBenefitProcedure) && x.c === null) return false;
  }
  if ((m1 & 768) !== 0) {
    if (!(vrt.isValidPositiveInt(e33) && (m1 & 512) === 0)) {
      if (!vrt.prim(e33, o._precedence, x, p, "precedence", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(e34, x, p, "insurance", d, 0, checkExplanationOfBenefitInsurance) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(e35, x, p, "accident", d, 0, checkExplanationOfBenefitAccident) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(e36, x, p, "employmentImpacted", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(e37, x, p, "hospitalization", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.many(e38, x, p, "item", d, 0, -1, checkExplanationOfBenefitItem) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.many(e39, x, p, "addItem", d, 0, -1, checkExplanationOfBenefitAddItem) && x.c === null) return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(e40, x, p, "totalCost", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(e41, x, p, "unallocDeductable", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(e42, x, p, "totalBenefit", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(e43, x, p, "payment", d, 0, checkExplanationOfBenefitPayment) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(e44, x, p, "form", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.many(e45, x, p, "processNote", d, 0, -1, checkExplanationOfBenefitProcessNote) && x.c === null)
      return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.many(e46, x, p, "benefitBalance", d, 0, -1, checkExplanationOfBenefitBenefitBalance) && x.c === null)
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
function checkExplanationOfBenefitRelated(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.related");
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
      case "claim":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "relationship":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "reference":
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
    if (!vrt.one(e3, x, p, "claim", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "claim", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "relationship", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "reference", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitPayee(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.payee");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5;
  for (const k in o) {
    switch (k) {
      case "resourceType":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
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
      case "party":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "resourceType", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "resourceType", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "party", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "party", vrt.checkReferenceTarget, TARGETS_9) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitInformation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.information");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12;
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
      case "sequence":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "category":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "timingDate":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "timingPeriod":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "valueString":
        n++;
        m0 |= 1024;
        e8 = o[k];
        break;
      case "valueQuantity":
        n++;
        m0 |= 4096;
        e9 = o[k];
        break;
      case "valueAttachment":
        n++;
        m0 |= 8192;
        e10 = o[k];
        break;
      case "valueReference":
        n++;
        m0 |= 16384;
        e11 = o[k];
        break;
      case "reason":
        n++;
        m0 |= 32768;
        e12 = o[k];
        break;
      case "_sequence":
        n++;
        m0 |= 16;
        break;
      case "_timingDate":
        n++;
        m0 |= 256;
        break;
      case "_valueString":
        n++;
        m0 |= 2048;
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
  if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_3) && x.c === null)
      return false;
  }
  if (!vrt.one(e4, x, p, "category", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 896) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "timing", 0) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidDate(e6) && (m0 & 256) === 0)) {
      if (!vrt.prim(e6, o._timingDate, x, p, "timing.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e7, x, p, "timing.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 31744) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidString(e8) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e8, o._valueString, x, p, "value.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e9, x, p, "value.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(e10, x, p, "value.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e11, x, p, "value.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e12, x, p, "reason", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitCareTeam(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.careTeam");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7;
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
      case "sequence":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "provider":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "responsible":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "role":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "qualification":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "_sequence":
        n++;
        m0 |= 16;
        break;
      case "_responsible":
        n++;
        m0 |= 128;
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
  if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_4) && x.c === null)
      return false;
  }
  if (!vrt.one(e4, x, p, "provider", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "provider", vrt.checkReferenceTarget, TARGETS_10) && x.c === null) return false;
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidBoolean(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._responsible, x, p, "responsible", d, 0, vrt.isValidBoolean, "boolean", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e6, x, p, "role", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e7, x, p, "qualification", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitDiagnosis(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.diagnosis");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7;
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
      case "sequence":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "diagnosisCodeableConcept":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "diagnosisReference":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "type":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "packageCode":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "_sequence":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null) return false;
  }
  if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_5) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "diagnosis", 1) && x.c === null) return false;
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "diagnosis.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "diagnosis.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "diagnosis.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_11) && x.c === null)
      return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e6, x, p, "type", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e7, x, p, "packageCode", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitProcedure(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.procedure");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "sequence":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "date":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "procedureCodeableConcept":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "procedureReference":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "_sequence":
        n++;
        m0 |= 16;
        break;
      case "_date":
        n++;
        m0 |= 64;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null) return false;
  }
  if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_6) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDateTime(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_6) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkChoice(o, CHOICE_3, x, p, "procedure", 1) && x.c === null) return false;
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e5, x, p, "procedure.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e6, x, p, "procedure.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e6, false, x, p, "procedure.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_12) && x.c === null)
      return false;
  }
  return true;
}
function checkExplanationOfBenefitInsurance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.insurance");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4;
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
      case "preAuthRef":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "_preAuthRef":
        n++;
        m0 |= 32;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "coverage", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "coverage", vrt.checkReferenceTarget, TARGETS_13) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prims(e4, o._preAuthRef, x, p, "preAuthRef", d, 0, -1, vrt.isValidString, "string", OWNER_7) && x.c === null)
      return false;
  }
  return true;
}
function checkExplanationOfBenefitAccident(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.accident");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "date":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "type":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "locationAddress":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "locationReference":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "_date":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidDate(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._date, x, p, "date", d, 0, vrt.isValidDate, "date", OWNER_8) && x.c === null) return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "type", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 192) > 1) {
    if (!vrt.checkChoice(o, CHOICE_4, x, p, "location", 0) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "location.ofType(Address)", d, 0, import_Address.checkAddress) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e6, x, p, "location.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e6, false, x, p, "location.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  return true;
}
function checkExplanationOfBenefitItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.item");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28;
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
      case "sequence":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "careTeamLinkId":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "diagnosisLinkId":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "procedureLinkId":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "informationLinkId":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "revenue":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "category":
        n++;
        m0 |= 16384;
        e9 = o[k];
        break;
      case "service":
        n++;
        m0 |= 32768;
        e10 = o[k];
        break;
      case "modifier":
        n++;
        m0 |= 65536;
        e11 = o[k];
        break;
      case "programCode":
        n++;
        m0 |= 131072;
        e12 = o[k];
        break;
      case "servicedDate":
        n++;
        m0 |= 262144;
        e13 = o[k];
        break;
      case "servicedPeriod":
        n++;
        m0 |= 1048576;
        e14 = o[k];
        break;
      case "locationCodeableConcept":
        n++;
        m0 |= 2097152;
        e15 = o[k];
        break;
      case "locationAddress":
        n++;
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "locationReference":
        n++;
        m0 |= 8388608;
        e17 = o[k];
        break;
      case "quantity":
        n++;
        m0 |= 16777216;
        e18 = o[k];
        break;
      case "unitPrice":
        n++;
        m0 |= 33554432;
        e19 = o[k];
        break;
      case "factor":
        n++;
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "net":
        n++;
        m0 |= 268435456;
        e21 = o[k];
        break;
      case "udi":
        n++;
        m0 |= 536870912;
        e22 = o[k];
        break;
      case "bodySite":
        n++;
        m0 |= 1073741824;
        e23 = o[k];
        break;
      case "subSite":
        n++;
        m1 |= 1;
        e24 = o[k];
        break;
      case "encounter":
        n++;
        m1 |= 2;
        e25 = o[k];
        break;
      case "noteNumber":
        n++;
        m1 |= 4;
        e26 = o[k];
        break;
      case "adjudication":
        n++;
        m1 |= 16;
        e27 = o[k];
        break;
      case "detail":
        n++;
        m1 |= 32;
        e28 = o[k];
        break;
      case "_sequence":
        n++;
        m0 |= 16;
        break;
      case "_careTeamLinkId":
        n++;
        m0 |= 64;
        break;
      case "_diagnosisLinkId":
        n++;
        m0 |= 256;
        break;
      case "_procedureLinkId":
        n++;
        m0 |= 1024;
        break;
      case "_informationLinkId":
        n++;
        m0 |= 4096;
        break;
      case "_servicedDate":
        n++;
        m0 |= 524288;
        break;
      case "_factor":
        n++;
        m0 |= 134217728;
        break;
      case "_noteNumber":
        n++;
        m1 |= 8;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_9, true) && x.c === null) return false;
  }
  if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_9) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!vrt.prims(
      e4,
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
  if ((m0 & 384) !== 0) {
    if (!vrt.prims(
      e5,
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
  if ((m0 & 1536) !== 0) {
    if (!vrt.prims(
      e6,
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
  if ((m0 & 6144) !== 0) {
    if (!vrt.prims(
      e7,
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
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(e8, x, p, "revenue", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e9, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e10, x, p, "service", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(e11, x, p, "modifier", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(e12, x, p, "programCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 1835008) > 1) {
    if (!vrt.checkChoice(o, CHOICE_5, x, p, "serviced", 0) && x.c === null) return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidDate(e13) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e13, o._servicedDate, x, p, "serviced.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_9) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e14, x, p, "serviced.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 14680064) > 1) {
    if (!vrt.checkChoice(o, CHOICE_6, x, p, "location", 0) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e15, x, p, "location.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e16, x, p, "location.ofType(Address)", d, 0, import_Address.checkAddress) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e17, x, p, "location.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "location.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e18, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e19, x, p, "unitPrice", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidDecimal(e20) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e20, o._factor, x, p, "factor", d, 0, vrt.isValidDecimal, "decimal", OWNER_9) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(e21, x, p, "net", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e22, x, p, "udi", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e22, true, x, p, "udi", vrt.checkReferenceTarget, TARGETS_14) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(e23, x, p, "bodySite", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e24, x, p, "subSite", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(e25, x, p, "encounter", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e25, true, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_15) && x.c === null) return false;
  }
  if ((m1 & 12) !== 0) {
    if (!vrt.prims(e26, o._noteNumber, x, p, "noteNumber", d, 0, -1, vrt.isValidPositiveInt, "positiveInt", OWNER_9) && x.c === null)
      return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e27, x, p, "adjudication", d, 0, -1, checkExplanationOfBenefitItemAdjudication) && x.c === null)
      return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(e28, x, p, "detail", d, 0, -1, checkExplanationOfBenefitItemDetail) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitAddItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.addItem");
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
      case "sequenceLinkId":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "revenue":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "category":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "service":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "modifier":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "fee":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "noteNumber":
        n++;
        m0 |= 1024;
        e9 = o[k];
        break;
      case "adjudication":
        n++;
        m0 |= 4096;
        e10 = o[k];
        break;
      case "detail":
        n++;
        m0 |= 8192;
        e11 = o[k];
        break;
      case "_sequenceLinkId":
        n++;
        m0 |= 16;
        break;
      case "_noteNumber":
        n++;
        m0 |= 2048;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_10, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_10, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!vrt.prims(
      e3,
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
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "revenue", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e6, x, p, "service", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e7, x, p, "modifier", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e8, x, p, "fee", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prims(e9, o._noteNumber, x, p, "noteNumber", d, 0, -1, vrt.isValidPositiveInt, "positiveInt", OWNER_10) && x.c === null)
      return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e10, x, p, "adjudication", d, 0, -1, checkExplanationOfBenefitItemAdjudication) && x.c === null)
      return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e11, x, p, "detail", d, 0, -1, checkExplanationOfBenefitAddItemDetail) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitPayment(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.payment");
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
      case "adjustment":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "adjustmentReason":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "date":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "amount":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "identifier":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "_date":
        n++;
        m0 |= 128;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_11, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_11, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "adjustment", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "adjustmentReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidDate(e6) && (m0 & 128) === 0)) {
      if (!vrt.prim(e6, o._date, x, p, "date", d, 0, vrt.isValidDate, "date", OWNER_11) && x.c === null) return false;
    }
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e7, x, p, "amount", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e8, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitProcessNote(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.processNote");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "number":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "type":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "text":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "language":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "_number":
        n++;
        m0 |= 16;
        break;
      case "_text":
        n++;
        m0 |= 128;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_12, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_12, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._number, x, p, "number", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_12) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "type", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_12) && x.c === null)
        return false;
    }
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e6, x, p, "language", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e6, false, x, p, "language", vrt.checkConcept, BINDING_5) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitBenefitBalance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.benefitBalance");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_13, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_13, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "category", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "subCategory", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e5) && (m0 & 64) === 0)) {
      if (!vrt.prim(e5, o._excluded, x, p, "excluded", d, 0, vrt.isValidBoolean, "boolean", OWNER_13) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 256) === 0)) {
      if (!vrt.prim(e6, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_13) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e7, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_13) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e8, x, p, "network", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e9, x, p, "unit", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(e10, x, p, "term", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e11, x, p, "financial", d, 0, -1, checkExplanationOfBenefitBenefitBalanceFinancial) && x.c === null)
      return false;
  }
  return true;
}
function checkExplanationOfBenefitItemAdjudication(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.item.adjudication");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "reason":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "amount":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "value":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "_value":
        n++;
        m0 |= 128;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_14, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_14, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "category", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "reason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "amount", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidDecimal(e6) && (m0 & 128) === 0)) {
      if (!vrt.prim(e6, o._value, x, p, "value", d, 0, vrt.isValidDecimal, "decimal", OWNER_14) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkExplanationOfBenefitItemDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.item.detail");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17;
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
      case "sequence":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "type":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "revenue":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "category":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "service":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "modifier":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "programCode":
        n++;
        m0 |= 1024;
        e9 = o[k];
        break;
      case "quantity":
        n++;
        m0 |= 2048;
        e10 = o[k];
        break;
      case "unitPrice":
        n++;
        m0 |= 4096;
        e11 = o[k];
        break;
      case "factor":
        n++;
        m0 |= 8192;
        e12 = o[k];
        break;
      case "net":
        n++;
        m0 |= 32768;
        e13 = o[k];
        break;
      case "udi":
        n++;
        m0 |= 65536;
        e14 = o[k];
        break;
      case "noteNumber":
        n++;
        m0 |= 131072;
        e15 = o[k];
        break;
      case "adjudication":
        n++;
        m0 |= 524288;
        e16 = o[k];
        break;
      case "subDetail":
        n++;
        m0 |= 1048576;
        e17 = o[k];
        break;
      case "_sequence":
        n++;
        m0 |= 16;
        break;
      case "_factor":
        n++;
        m0 |= 16384;
        break;
      case "_noteNumber":
        n++;
        m0 |= 262144;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_15, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_15, true) && x.c === null) return false;
  }
  if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_15) && x.c === null)
      return false;
  }
  if (!vrt.one(e4, x, p, "type", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "type", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "revenue", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e6, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e7, x, p, "service", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(e8, x, p, "modifier", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(e9, x, p, "programCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e10, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e11, x, p, "unitPrice", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(e12) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e12, o._factor, x, p, "factor", d, 0, vrt.isValidDecimal, "decimal", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e13, x, p, "net", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(e14, x, p, "udi", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, true, x, p, "udi", vrt.checkReferenceTarget, TARGETS_14) && x.c === null) return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!vrt.prims(e15, o._noteNumber, x, p, "noteNumber", d, 0, -1, vrt.isValidPositiveInt, "positiveInt", OWNER_15) && x.c === null)
      return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(e16, x, p, "adjudication", d, 0, -1, checkExplanationOfBenefitItemAdjudication) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(e17, x, p, "subDetail", d, 0, -1, checkExplanationOfBenefitItemDetailSubDetail) && x.c === null)
      return false;
  }
  return true;
}
function checkExplanationOfBenefitAddItemDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.addItem.detail");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9;
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
      case "revenue":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "category":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "service":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "modifier":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "fee":
        n++;
        m0 |= 128;
        e7 = o[k];
        break;
      case "noteNumber":
        n++;
        m0 |= 256;
        e8 = o[k];
        break;
      case "adjudication":
        n++;
        m0 |= 1024;
        e9 = o[k];
        break;
      case "_noteNumber":
        n++;
        m0 |= 512;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_16, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_16, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "revenue", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "service", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(e6, x, p, "modifier", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e7, x, p, "fee", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!vrt.prims(e8, o._noteNumber, x, p, "noteNumber", d, 0, -1, vrt.isValidPositiveInt, "positiveInt", OWNER_16) && x.c === null)
      return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(e9, x, p, "adjudication", d, 0, -1, checkExplanationOfBenefitItemAdjudication) && x.c === null)
      return false;
  }
  return true;
}
function checkExplanationOfBenefitBenefitBalanceFinancial(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.benefitBalance.financial");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_17, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_17, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "type", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (vrt.bitCount(m0 & 496) > 1) {
    if (!vrt.checkChoice(o, CHOICE_7, x, p, "allowed", 0) && x.c === null) return false;
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
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._allowedString, x, p, "allowed.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e6, x, p, "allowed.ofType(Money)", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 3584) > 1) {
    if (!vrt.checkChoice(o, CHOICE_8, x, p, "used", 0) && x.c === null) return false;
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
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e8, x, p, "used.ofType(Money)", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  return true;
}
function checkExplanationOfBenefitItemDetailSubDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExplanationOfBenefit.item.detail.subDetail");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16;
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
      case "sequence":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "type":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "revenue":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "category":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "service":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "modifier":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "programCode":
        n++;
        m0 |= 1024;
        e9 = o[k];
        break;
      case "quantity":
        n++;
        m0 |= 2048;
        e10 = o[k];
        break;
      case "unitPrice":
        n++;
        m0 |= 4096;
        e11 = o[k];
        break;
      case "factor":
        n++;
        m0 |= 8192;
        e12 = o[k];
        break;
      case "net":
        n++;
        m0 |= 32768;
        e13 = o[k];
        break;
      case "udi":
        n++;
        m0 |= 65536;
        e14 = o[k];
        break;
      case "noteNumber":
        n++;
        m0 |= 131072;
        e15 = o[k];
        break;
      case "adjudication":
        n++;
        m0 |= 524288;
        e16 = o[k];
        break;
      case "_sequence":
        n++;
        m0 |= 16;
        break;
      case "_factor":
        n++;
        m0 |= 16384;
        break;
      case "_noteNumber":
        n++;
        m0 |= 262144;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_18, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_18, true) && x.c === null) return false;
  }
  if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_18) && x.c === null)
      return false;
  }
  if (!vrt.one(e4, x, p, "type", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "type", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "revenue", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e6, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e7, x, p, "service", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(e8, x, p, "modifier", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(e9, x, p, "programCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e10, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e11, x, p, "unitPrice", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(e12) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e12, o._factor, x, p, "factor", d, 0, vrt.isValidDecimal, "decimal", OWNER_18) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e13, x, p, "net", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(e14, x, p, "udi", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, true, x, p, "udi", vrt.checkReferenceTarget, TARGETS_14) && x.c === null) return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!vrt.prims(e15, o._noteNumber, x, p, "noteNumber", d, 0, -1, vrt.isValidPositiveInt, "positiveInt", OWNER_18) && x.c === null)
      return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(e16, x, p, "adjudication", d, 0, -1, checkExplanationOfBenefitItemAdjudication) && x.c === null)
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
