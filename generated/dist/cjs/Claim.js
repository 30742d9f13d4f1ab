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
  has: vcodes.inCodings131,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/claim-type"
};
const BINDING_3 = {
  has: vcodes.inCodes132,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/claim-use"
};
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Practitioner"];
const TARGETS_2 = ["Organization"];
const TARGETS_3 = ["MedicationRequest", "VisionPrescription"];
const TARGETS_4 = ["MedicationRequest"];
const TARGETS_5 = ["ReferralRequest"];
const TARGETS_6 = ["Location"];
const OWNER_1 = { paths: ["Claim.related"], type: "BackboneElement", exact: true };
const TARGETS_7 = ["Claim"];
const OWNER_2 = { paths: ["Claim.payee"], type: "BackboneElement", exact: true };
const TARGETS_8 = ["Organization", "Patient", "Practitioner", "RelatedPerson"];
const OWNER_3 = { paths: ["Claim.careTeam"], type: "BackboneElement", exact: true };
const TARGETS_9 = ["Organization", "Practitioner"];
const OWNER_4 = { paths: ["Claim.information"], type: "BackboneElement", exact: true };
const CHOICE_0 = vrt.choiceVariants(["timingDate", "timingPeriod"]);
const CHOICE_1 = vrt.choiceVariants([
  "valueString",
  "valueQuantity",
  "valueAttachment",
  "valueReference"
]);
const OWNER_5 = { paths: ["Claim.diagnosis"], type: "BackboneElement", exact: true };
const CHOICE_2 = vrt.choiceVariants(["diagnosisCodeableConcept", "diagnosisReference"]);
const TARGETS_10 = ["Condition"];
const OWNER_6 = { paths: ["Claim.procedure"], type: "BackboneElement", exact: true };
const CHOICE_3 = vrt.choiceVariants(["procedureCodeableConcept", "procedureReference"]);
const TARGETS_11 = ["Procedure"];
const OWNER_7 = { paths: ["Claim.insurance"], type: "BackboneElement", exact: true };
const TARGETS_12 = ["Coverage"];
const TARGETS_13 = ["ClaimResponse"];
const OWNER_8 = { paths: ["Claim.accident"], type: "BackboneElement", exact: true };
const UNCHECKED_0 = {
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-ActIncidentCode",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const CHOICE_4 = vrt.choiceVariants(["locationAddress", "locationReference"]);
const OWNER_9 = { paths: ["Claim.item"], type: "BackboneElement", exact: true };
const CHOICE_5 = vrt.choiceVariants(["servicedDate", "servicedPeriod"]);
const CHOICE_6 = vrt.choiceVariants([
  "locationCodeableConcept",
  "locationAddress",
  "locationReference"
]);
const TARGETS_14 = ["Device"];
const TARGETS_15 = ["Encounter"];
const OWNER_10 = { paths: ["Claim.item.detail"], type: "BackboneElement", exact: true };
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
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36, e37;
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
      case "use":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "patient":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "billablePeriod":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "created":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "enterer":
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "insurer":
        m0 |= 8388608;
        e17 = o[k];
        break;
      case "provider":
        m0 |= 16777216;
        e18 = o[k];
        break;
      case "organization":
        m0 |= 33554432;
        e19 = o[k];
        break;
      case "priority":
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "fundsReserve":
        m0 |= 134217728;
        e21 = o[k];
        break;
      case "related":
        m0 |= 268435456;
        e22 = o[k];
        break;
      case "prescription":
        m0 |= 536870912;
        e23 = o[k];
        break;
      case "originalPrescription":
        m0 |= 1073741824;
        e24 = o[k];
        break;
      case "payee":
        m1 |= 1;
        e25 = o[k];
        break;
      case "referral":
        m1 |= 2;
        e26 = o[k];
        break;
      case "facility":
        m1 |= 4;
        e27 = o[k];
        break;
      case "careTeam":
        m1 |= 8;
        e28 = o[k];
        break;
      case "information":
        m1 |= 16;
        e29 = o[k];
        break;
      case "diagnosis":
        m1 |= 32;
        e30 = o[k];
        break;
      case "procedure":
        m1 |= 64;
        e31 = o[k];
        break;
      case "insurance":
        m1 |= 128;
        e32 = o[k];
        break;
      case "accident":
        m1 |= 256;
        e33 = o[k];
        break;
      case "employmentImpacted":
        m1 |= 512;
        e34 = o[k];
        break;
      case "hospitalization":
        m1 |= 1024;
        e35 = o[k];
        break;
      case "item":
        m1 |= 2048;
        e36 = o[k];
        break;
      case "total":
        m1 |= 4096;
        e37 = o[k];
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
      case "_use":
        m0 |= 131072;
        break;
      case "_created":
        m0 |= 2097152;
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
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidCode(e12) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e12, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
    }
    if (!vrt.codeIn(e12, vcodes.inCodes132)) {
      if (!vrt.eachWith(e12, false, x, p, "use", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e13, x, p, "patient", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e14, x, p, "billablePeriod", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e15, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e16, x, p, "enterer", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e16, false, x, p, "enterer", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e17, x, p, "insurer", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "insurer", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e18, x, p, "provider", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, false, x, p, "provider", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e19, x, p, "organization", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "organization", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e20, x, p, "priority", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(e21, x, p, "fundsReserve", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e22, x, p, "related", d, 0, -1, checkClaimRelated) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(e23, x, p, "prescription", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e23, false, x, p, "prescription", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(e24, x, p, "originalPrescription", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e24, false, x, p, "originalPrescription", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(e25, x, p, "payee", d, 0, checkClaimPayee) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e26, x, p, "referral", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e26, false, x, p, "referral", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.one(e27, x, p, "facility", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e27, false, x, p, "facility", vrt.checkReferenceTarget, TARGETS_6) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(e28, x, p, "careTeam", d, 0, -1, checkClaimCareTeam) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e29, x, p, "information", d, 0, -1, checkClaimInformation) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(e30, x, p, "diagnosis", d, 0, -1, checkClaimDiagnosis) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(e31, x, p, "procedure", d, 0, -1, checkClaimProcedure) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(e32, x, p, "insurance", d, 0, -1, checkClaimInsurance) && x.c === null) return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e33, x, p, "accident", d, 0, checkClaimAccident) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e34, x, p, "employmentImpacted", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(e35, x, p, "hospitalization", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.many(e36, x, p, "item", d, 0, -1, checkClaimItem) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(e37, x, p, "total", d, 0, import_Money.checkMoney) && x.c === null) return false;
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
function checkClaimRelated(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.related");
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
    if (!vrt.eachWith(e3, false, x, p, "claim", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "relationship", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "reference", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  return true;
}
function checkClaimPayee(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.payee");
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
  if (!vrt.one(e3, x, p, "type", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "resourceType", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "party", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "party", vrt.checkReferenceTarget, TARGETS_8) && x.c === null) return false;
  }
  return true;
}
function checkClaimCareTeam(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.careTeam");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_3) && x.c === null)
      return false;
  }
  if (!vrt.one(e4, x, p, "provider", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "provider", vrt.checkReferenceTarget, TARGETS_9) && x.c === null) return false;
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidBoolean(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._responsible, x, p, "responsible", d, 0, vrt.isValidBoolean, "boolean", OWNER_3) && x.c === null)
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
function checkClaimInformation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.information");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_4) && x.c === null)
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
      if (!vrt.prim(e6, o._timingDate, x, p, "timing.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_4) && x.c === null)
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
      if (!vrt.prim(e8, o._valueString, x, p, "value.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
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
    if (!vrt.one(e12, x, p, "reason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkClaimDiagnosis(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.diagnosis");
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
    if (!vrt.eachWith(e5, false, x, p, "diagnosis.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_10) && x.c === null)
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
function checkClaimProcedure(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.procedure");
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
    if (!vrt.eachWith(e6, false, x, p, "procedure.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_11) && x.c === null)
      return false;
  }
  return true;
}
function checkClaimInsurance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.insurance");
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
      case "sequence":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "focal":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "coverage":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "businessArrangement":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "preAuthRef":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "claimResponse":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "_sequence":
        n++;
        m0 |= 16;
        break;
      case "_focal":
        n++;
        m0 |= 64;
        break;
      case "_businessArrangement":
        n++;
        m0 |= 512;
        break;
      case "_preAuthRef":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null) return false;
  }
  if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_7) && x.c === null)
      return false;
  }
  if (!(vrt.isValidBoolean(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._focal, x, p, "focal", d, 1, vrt.isValidBoolean, "boolean", OWNER_7) && x.c === null)
      return false;
  }
  if (!vrt.one(e5, x, p, "coverage", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e5, false, x, p, "coverage", vrt.checkReferenceTarget, TARGETS_12) && x.c === null) return false;
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 512) === 0)) {
      if (!vrt.prim(
        e6,
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
  if ((m0 & 3072) !== 0) {
    if (!vrt.prims(e7, o._preAuthRef, x, p, "preAuthRef", d, 0, -1, vrt.isValidString, "string", OWNER_7) && x.c === null)
      return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e8, x, p, "claimResponse", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e8, false, x, p, "claimResponse", vrt.checkReferenceTarget, TARGETS_13) && x.c === null)
      return false;
  }
  return true;
}
function checkClaimAccident(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.accident");
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
  if (!(vrt.isValidDate(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._date, x, p, "date", d, 1, vrt.isValidDate, "date", OWNER_8) && x.c === null) return false;
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
    if (!vrt.eachWith(e6, false, x, p, "location.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  return true;
}
function checkClaimItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.item");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26;
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
      case "detail":
        n++;
        m1 |= 4;
        e26 = o[k];
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
    if (!vrt.eachWith(e17, false, x, p, "location.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
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
  if ((m1 & 4) !== 0) {
    if (!vrt.many(e26, x, p, "detail", d, 0, -1, checkClaimItemDetail) && x.c === null) return false;
  }
  return true;
}
function checkClaimItemDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.item.detail");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14;
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
      case "programCode":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "quantity":
        n++;
        m0 |= 1024;
        e9 = o[k];
        break;
      case "unitPrice":
        n++;
        m0 |= 2048;
        e10 = o[k];
        break;
      case "factor":
        n++;
        m0 |= 4096;
        e11 = o[k];
        break;
      case "net":
        n++;
        m0 |= 16384;
        e12 = o[k];
        break;
      case "udi":
        n++;
        m0 |= 32768;
        e13 = o[k];
        break;
      case "subDetail":
        n++;
        m0 |= 65536;
        e14 = o[k];
        break;
      case "_sequence":
        n++;
        m0 |= 16;
        break;
      case "_factor":
        n++;
        m0 |= 8192;
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
  if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_10) && x.c === null)
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
    if (!vrt.many(e8, x, p, "programCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e9, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e10, x, p, "unitPrice", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidDecimal(e11) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e11, o._factor, x, p, "factor", d, 0, vrt.isValidDecimal, "decimal", OWNER_10) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e12, x, p, "net", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(e13, x, p, "udi", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, true, x, p, "udi", vrt.checkReferenceTarget, TARGETS_14) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(e14, x, p, "subDetail", d, 0, -1, checkClaimItemDetailSubDetail) && x.c === null) return false;
  }
  return true;
}
function checkClaimItemDetailSubDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Claim.item.detail.subDetail");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13;
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
      case "programCode":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "quantity":
        n++;
        m0 |= 1024;
        e9 = o[k];
        break;
      case "unitPrice":
        n++;
        m0 |= 2048;
        e10 = o[k];
        break;
      case "factor":
        n++;
        m0 |= 4096;
        e11 = o[k];
        break;
      case "net":
        n++;
        m0 |= 16384;
        e12 = o[k];
        break;
      case "udi":
        n++;
        m0 |= 32768;
        e13 = o[k];
        break;
      case "_sequence":
        n++;
        m0 |= 16;
        break;
      case "_factor":
        n++;
        m0 |= 8192;
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
  if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_11) && x.c === null)
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
    if (!vrt.many(e8, x, p, "programCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e9, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e10, x, p, "unitPrice", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidDecimal(e11) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e11, o._factor, x, p, "factor", d, 0, vrt.isValidDecimal, "decimal", OWNER_11) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e12, x, p, "net", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(e13, x, p, "udi", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, true, x, p, "udi", vrt.checkReferenceTarget, TARGETS_14) && x.c === null) return false;
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
