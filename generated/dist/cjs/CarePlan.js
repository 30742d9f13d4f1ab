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
var CarePlan_exports = {};
__export(CarePlan_exports, {
  buildCarePlan: () => buildCarePlan,
  checkCarePlan: () => checkCarePlan,
  checkCarePlanActivity: () => checkCarePlanActivity,
  checkCarePlanActivityDetail: () => checkCarePlanActivityDetail,
  isCarePlan: () => isCarePlan,
  validateCarePlan: () => validateCarePlan
});
module.exports = __toCommonJS(CarePlan_exports);
var import_Annotation = require("./Annotation.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_SimpleQuantity = require("./SimpleQuantity.js");
var import_Timing = require("./Timing.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["CarePlan"], type: "CarePlan", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["PlanDefinition", "Questionnaire"];
const TARGETS_1 = ["CarePlan"];
const BINDING_1 = {
  has: vcodes.inCodes116,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/care-plan-status"
};
const BINDING_2 = {
  has: vcodes.inCodes124,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/care-plan-intent"
};
const TARGETS_2 = ["Group", "Patient"];
const TARGETS_3 = ["Encounter", "EpisodeOfCare"];
const TARGETS_4 = ["CareTeam", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_5 = ["CareTeam"];
const TARGETS_6 = ["Condition"];
const TARGETS_7 = ["Goal"];
const OWNER_1 = { paths: ["CarePlan.activity"], type: "BackboneElement", exact: true };
const TARGETS_8 = [
  "Appointment",
  "CommunicationRequest",
  "DeviceRequest",
  "MedicationRequest",
  "NutritionOrder",
  "ProcedureRequest",
  "ReferralRequest",
  "RequestGroup",
  "Task",
  "VisionPrescription"
];
const INVARIANT_0 = vrt.invariant({
  key: "cpl-3",
  path: "CarePlan.activity",
  expression: "detail.empty() or reference.empty()",
  severity: "error",
  human: "Provide a reference or detail, not both"
});
const OWNER_2 = { paths: ["CarePlan.activity.detail"], type: "BackboneElement", exact: true };
const TARGETS_9 = ["ActivityDefinition", "PlanDefinition", "Questionnaire"];
const BINDING_3 = {
  has: vcodes.inCodes125,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/care-plan-activity-status"
};
const CHOICE_0 = vrt.choiceVariants([
  "scheduledTiming",
  "scheduledPeriod",
  "scheduledString"
]);
const TARGETS_10 = ["Location"];
const CHOICE_1 = vrt.choiceVariants(["productCodeableConcept", "productReference"]);
const TARGETS_11 = ["Medication", "Substance"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/CarePlan", check: checkCarePlan, type: "CarePlan", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCarePlan(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CarePlan");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "CarePlan") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27;
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
      case "definition":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "basedOn":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "replaces":
        m0 |= 16384;
        e11 = o[k];
        break;
      case "partOf":
        m0 |= 32768;
        e12 = o[k];
        break;
      case "status":
        m0 |= 65536;
        e13 = o[k];
        break;
      case "intent":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "category":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "title":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "description":
        m0 |= 8388608;
        e17 = o[k];
        break;
      case "subject":
        m0 |= 33554432;
        e18 = o[k];
        break;
      case "context":
        m0 |= 67108864;
        e19 = o[k];
        break;
      case "period":
        m0 |= 134217728;
        e20 = o[k];
        break;
      case "author":
        m0 |= 268435456;
        e21 = o[k];
        break;
      case "careTeam":
        m0 |= 536870912;
        e22 = o[k];
        break;
      case "addresses":
        m0 |= 1073741824;
        e23 = o[k];
        break;
      case "supportingInfo":
        m1 |= 1;
        e24 = o[k];
        break;
      case "goal":
        m1 |= 2;
        e25 = o[k];
        break;
      case "activity":
        m1 |= 4;
        e26 = o[k];
        break;
      case "note":
        m1 |= 8;
        e27 = o[k];
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
        m0 |= 131072;
        break;
      case "_intent":
        m0 |= 524288;
        break;
      case "_title":
        m0 |= 4194304;
        break;
      case "_description":
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
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e9, x, p, "definition", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e10, x, p, "basedOn", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e10, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e11, x, p, "replaces", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, true, x, p, "replaces", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(e12, x, p, "partOf", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e12, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e13) && (m0 & 131072) === 0)) {
    if (!vrt.prim(e13, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e13, vcodes.inCodes116)) {
    if (!vrt.eachWith(e13, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e14) && (m0 & 524288) === 0)) {
    if (!vrt.prim(e14, o._intent, x, p, "intent", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e14, vcodes.inCodes124)) {
    if (!vrt.eachWith(e14, false, x, p, "intent", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(e15, x, p, "category", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidString(e16) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e16, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidString(e17) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e17, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(e18, x, p, "subject", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e18, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e19, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(e20, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e21, x, p, "author", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e21, true, x, p, "author", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e22, x, p, "careTeam", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e22, true, x, p, "careTeam", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e23, x, p, "addresses", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e23, true, x, p, "addresses", vrt.checkReferenceTarget, TARGETS_6) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e24, x, p, "supportingInfo", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(e25, x, p, "goal", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e25, true, x, p, "goal", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(e26, x, p, "activity", d, 0, -1, checkCarePlanActivity) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(e27, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
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
function checkCarePlanActivity(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CarePlan.activity");
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
      case "outcomeCodeableConcept":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "outcomeReference":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "progress":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "reference":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "detail":
        n++;
        m0 |= 128;
        e7 = o[k];
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
    if (!vrt.many(e3, x, p, "outcomeCodeableConcept", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.many(e4, x, p, "outcomeReference", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(e5, x, p, "progress", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e6, x, p, "reference", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e6, false, x, p, "reference", vrt.checkReferenceTarget, TARGETS_8) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e7, x, p, "detail", d, 0, checkCarePlanActivityDetail) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_detail"], o["detail"]) === 0,
          vrt.fpSizeOfValue(o["_reference"], o["reference"]) === 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  return true;
}
function checkCarePlanActivityDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CarePlan.activity.detail");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21;
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
      case "definition":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "code":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "reasonCode":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "reasonReference":
        n++;
        m0 |= 128;
        e7 = o[k];
        break;
      case "goal":
        n++;
        m0 |= 256;
        e8 = o[k];
        break;
      case "status":
        n++;
        m0 |= 512;
        e9 = o[k];
        break;
      case "statusReason":
        n++;
        m0 |= 2048;
        e10 = o[k];
        break;
      case "prohibited":
        n++;
        m0 |= 8192;
        e11 = o[k];
        break;
      case "scheduledTiming":
        n++;
        m0 |= 32768;
        e12 = o[k];
        break;
      case "scheduledPeriod":
        n++;
        m0 |= 65536;
        e13 = o[k];
        break;
      case "scheduledString":
        n++;
        m0 |= 131072;
        e14 = o[k];
        break;
      case "location":
        n++;
        m0 |= 524288;
        e15 = o[k];
        break;
      case "performer":
        n++;
        m0 |= 1048576;
        e16 = o[k];
        break;
      case "productCodeableConcept":
        n++;
        m0 |= 2097152;
        e17 = o[k];
        break;
      case "productReference":
        n++;
        m0 |= 4194304;
        e18 = o[k];
        break;
      case "dailyAmount":
        n++;
        m0 |= 8388608;
        e19 = o[k];
        break;
      case "quantity":
        n++;
        m0 |= 16777216;
        e20 = o[k];
        break;
      case "description":
        n++;
        m0 |= 33554432;
        e21 = o[k];
        break;
      case "_status":
        n++;
        m0 |= 1024;
        break;
      case "_statusReason":
        n++;
        m0 |= 4096;
        break;
      case "_prohibited":
        n++;
        m0 |= 16384;
        break;
      case "_scheduledString":
        n++;
        m0 |= 262144;
        break;
      case "_description":
        n++;
        m0 |= 67108864;
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
    if (!vrt.one(e3, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "definition", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "definition", vrt.checkReferenceTarget, TARGETS_9) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(e6, x, p, "reasonCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e7, x, p, "reasonReference", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e7, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e8, x, p, "goal", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e8, true, x, p, "goal", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e9) && (m0 & 1024) === 0)) {
    if (!vrt.prim(e9, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
  }
  if (!vrt.codeIn(e9, vcodes.inCodes125)) {
    if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e10, o._statusReason, x, p, "statusReason", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidBoolean(e11) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e11, o._prohibited, x, p, "prohibited", d, 0, vrt.isValidBoolean, "boolean", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m0 & 491520) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "scheduled", 0) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e12, x, p, "scheduled.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e13, x, p, "scheduled.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidString(e14) && (m0 & 262144) === 0)) {
      if (!vrt.prim(
        e14,
        o._scheduledString,
        x,
        p,
        "scheduled.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e15, x, p, "location", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e15, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_10) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(e16, x, p, "performer", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e16, true, x, p, "performer", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 6291456) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "product", 0) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e17, x, p, "product.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e18, x, p, "product.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, false, x, p, "product.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_11) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e19, x, p, "dailyAmount", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e20, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidString(e21) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(e21, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCarePlan(value, options) {
  return vrt.validateWith(value, "CarePlan", checkCarePlan, true, options, REGISTRY_0);
}
function isCarePlan(value, options) {
  return vrt.testWith(value, checkCarePlan, true, options, REGISTRY_0);
}
function buildCarePlan(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "CarePlan" }, isCarePlan, validateCarePlan, "CarePlan");
}
