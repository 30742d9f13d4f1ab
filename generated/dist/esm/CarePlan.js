import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSimpleQuantity } from "./SimpleQuantity.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
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
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_detail"], o["detail"]) === 0,
    vrt.fpSizeOfValue(o["_reference"], o["reference"]) === 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
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
      case "definition":
        m0 |= 4096;
        break;
      case "basedOn":
        m0 |= 8192;
        break;
      case "replaces":
        m0 |= 16384;
        break;
      case "partOf":
        m0 |= 32768;
        break;
      case "status":
        m0 |= 65536;
        break;
      case "intent":
        m0 |= 262144;
        break;
      case "category":
        m0 |= 1048576;
        break;
      case "title":
        m0 |= 2097152;
        break;
      case "description":
        m0 |= 8388608;
        break;
      case "subject":
        m0 |= 33554432;
        break;
      case "context":
        m0 |= 67108864;
        break;
      case "period":
        m0 |= 134217728;
        break;
      case "author":
        m0 |= 268435456;
        break;
      case "careTeam":
        m0 |= 536870912;
        break;
      case "addresses":
        m0 |= 1073741824;
        break;
      case "supportingInfo":
        m1 |= 1;
        break;
      case "goal":
        m1 |= 2;
        break;
      case "activity":
        m1 |= 4;
        break;
      case "note":
        m1 |= 8;
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
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.definition, x, p, "definition", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.definition, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.basedOn, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.replaces, x, p, "replaces", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.replaces, true, x, p, "replaces", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(o.partOf, x, p, "partOf", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 131072) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes116)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.intent) && (m0 & 524288) === 0)) {
    if (!vrt.prim(o.intent, o._intent, x, p, "intent", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.intent, vcodes.inCodes124)) {
    if (!vrt.eachWith(o.intent, false, x, p, "intent", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidString(o.title) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
    return false;
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(o.author, x, p, "author", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.author, true, x, p, "author", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(o.careTeam, x, p, "careTeam", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.careTeam, true, x, p, "careTeam", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(o.addresses, x, p, "addresses", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.addresses, true, x, p, "addresses", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(o.supportingInfo, x, p, "supportingInfo", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(o.goal, x, p, "goal", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.goal, true, x, p, "goal", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(o.activity, x, p, "activity", d, 0, -1, checkCarePlanActivity) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
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
      case "outcomeCodeableConcept":
        n++;
        m0 |= 8;
        break;
      case "outcomeReference":
        n++;
        m0 |= 16;
        break;
      case "progress":
        n++;
        m0 |= 32;
        break;
      case "reference":
        n++;
        m0 |= 64;
        break;
      case "detail":
        n++;
        m0 |= 128;
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
    if (!vrt.many(o.outcomeCodeableConcept, x, p, "outcomeCodeableConcept", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.many(o.outcomeReference, x, p, "outcomeReference", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(o.progress, x, p, "progress", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.reference, x, p, "reference", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.reference, false, x, p, "reference", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
      return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.detail, x, p, "detail", d, 0, checkCarePlanActivityDetail) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  }
  return true;
}
function checkCarePlanActivityDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CarePlan.activity.detail");
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
      case "definition":
        n++;
        m0 |= 16;
        break;
      case "code":
        n++;
        m0 |= 32;
        break;
      case "reasonCode":
        n++;
        m0 |= 64;
        break;
      case "reasonReference":
        n++;
        m0 |= 128;
        break;
      case "goal":
        n++;
        m0 |= 256;
        break;
      case "status":
        n++;
        m0 |= 512;
        break;
      case "statusReason":
        n++;
        m0 |= 2048;
        break;
      case "prohibited":
        n++;
        m0 |= 8192;
        break;
      case "scheduledTiming":
        n++;
        m0 |= 32768;
        break;
      case "scheduledPeriod":
        n++;
        m0 |= 65536;
        break;
      case "scheduledString":
        n++;
        m0 |= 131072;
        break;
      case "location":
        n++;
        m0 |= 524288;
        break;
      case "performer":
        n++;
        m0 |= 1048576;
        break;
      case "productCodeableConcept":
        n++;
        m0 |= 2097152;
        break;
      case "productReference":
        n++;
        m0 |= 4194304;
        break;
      case "dailyAmount":
        n++;
        m0 |= 8388608;
        break;
      case "quantity":
        n++;
        m0 |= 16777216;
        break;
      case "description":
        n++;
        m0 |= 33554432;
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.definition, x, p, "definition", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.definition, false, x, p, "definition", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(o.reasonCode, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(o.reasonReference, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.reasonReference, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.goal, x, p, "goal", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.goal, true, x, p, "goal", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 1024) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes125)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidString(o.statusReason) && (m0 & 4096) === 0)) {
      if (!vrt.prim(o.statusReason, o._statusReason, x, p, "statusReason", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidBoolean(o.prohibited) && (m0 & 16384) === 0)) {
      if (!vrt.prim(o.prohibited, o._prohibited, x, p, "prohibited", d, 0, vrt.isValidBoolean, "boolean", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m0 & 491520) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "scheduled", 0) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.scheduledTiming, x, p, "scheduled.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(o.scheduledPeriod, x, p, "scheduled.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidString(o.scheduledString) && (m0 & 262144) === 0)) {
      if (!vrt.prim(
        o.scheduledString,
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
    if (!vrt.one(o.location, x, p, "location", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.location, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_10) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(o.performer, x, p, "performer", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.performer, true, x, p, "performer", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 6291456) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "product", 0) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.productCodeableConcept, x, p, "product.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(o.productReference, x, p, "product.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.productReference,
      false,
      x,
      p,
      "product.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_11
    ) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.dailyAmount, x, p, "dailyAmount", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
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
  return fillAndCheck(input, { resourceType: "CarePlan" }, isCarePlan, validateCarePlan, "CarePlan");
}
export {
  buildCarePlan,
  checkCarePlan,
  checkCarePlanActivity,
  checkCarePlanActivityDetail,
  isCarePlan,
  validateCarePlan
};
