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
var AdverseEvent_exports = {};
__export(AdverseEvent_exports, {
  buildAdverseEvent: () => buildAdverseEvent,
  checkAdverseEvent: () => checkAdverseEvent,
  checkAdverseEventSuspectEntity: () => checkAdverseEventSuspectEntity,
  isAdverseEvent: () => isAdverseEvent,
  validateAdverseEvent: () => validateAdverseEvent
});
module.exports = __toCommonJS(AdverseEvent_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["AdverseEvent"], type: "AdverseEvent", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes9,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/adverse-event-category"
};
const TARGETS_0 = ["Device", "Medication", "Patient", "ResearchSubject"];
const TARGETS_1 = ["Condition"];
const TARGETS_2 = ["Location"];
const BINDING_2 = {
  has: vcodes.inCodings10,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/adverse-event-outcome"
};
const TARGETS_3 = ["Patient", "Practitioner", "RelatedPerson"];
const TARGETS_4 = ["Device", "Practitioner"];
const TARGETS_5 = [
  "AllergyIntolerance",
  "Condition",
  "FamilyMemberHistory",
  "Immunization",
  "Observation",
  "Procedure"
];
const TARGETS_6 = ["DocumentReference"];
const TARGETS_7 = ["ResearchStudy"];
const OWNER_1 = { paths: ["AdverseEvent.suspectEntity"], type: "BackboneElement", exact: true };
const TARGETS_8 = [
  "Device",
  "Medication",
  "MedicationAdministration",
  "MedicationStatement",
  "Substance"
];
const BINDING_3 = {
  has: vcodes.inCodes11,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/adverse-event-causality"
};
const TARGETS_9 = ["Practitioner", "PractitionerRole"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/AdverseEvent",
      check: checkAdverseEvent,
      type: "AdverseEvent",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkAdverseEvent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AdverseEvent");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "AdverseEvent") && x.c === null) return false;
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
      case "category":
        m0 |= 4096;
        break;
      case "type":
        m0 |= 16384;
        break;
      case "subject":
        m0 |= 32768;
        break;
      case "date":
        m0 |= 65536;
        break;
      case "reaction":
        m0 |= 262144;
        break;
      case "location":
        m0 |= 524288;
        break;
      case "seriousness":
        m0 |= 1048576;
        break;
      case "outcome":
        m0 |= 2097152;
        break;
      case "recorder":
        m0 |= 4194304;
        break;
      case "eventParticipant":
        m0 |= 8388608;
        break;
      case "description":
        m0 |= 16777216;
        break;
      case "suspectEntity":
        m0 |= 67108864;
        break;
      case "subjectMedicalHistory":
        m0 |= 134217728;
        break;
      case "referenceDocument":
        m0 |= 268435456;
        break;
      case "study":
        m0 |= 536870912;
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
      case "_category":
        m0 |= 8192;
        break;
      case "_date":
        m0 |= 131072;
        break;
      case "_description":
        m0 |= 33554432;
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
    if (!vrt.one(o.meta, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
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
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(o.category) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.category, o._category, x, p, "category", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.category, vcodes.inCodes9)) {
      if (!vrt.eachWith(o.category, false, x, p, "category", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.many(o.reaction, x, p, "reaction", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.reaction, true, x, p, "reaction", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.location, x, p, "location", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.location, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.seriousness, x, p, "seriousness", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.outcome, x, p, "outcome", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.outcome, false, x, p, "outcome", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(o.recorder, x, p, "recorder", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.recorder, false, x, p, "recorder", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.eventParticipant, x, p, "eventParticipant", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.eventParticipant, false, x, p, "eventParticipant", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(o.suspectEntity, x, p, "suspectEntity", d, 0, -1, checkAdverseEventSuspectEntity) && x.c === null)
      return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(o.subjectMedicalHistory, x, p, "subjectMedicalHistory", d, 0, -1, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.subjectMedicalHistory,
      true,
      x,
      p,
      "subjectMedicalHistory",
      vrt.checkReferenceTarget,
      TARGETS_5
    ) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(o.referenceDocument, x, p, "referenceDocument", d, 0, -1, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.referenceDocument, true, x, p, "referenceDocument", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(o.study, x, p, "study", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.study, true, x, p, "study", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
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
function checkAdverseEventSuspectEntity(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AdverseEvent.suspectEntity");
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
      case "instance":
        n++;
        m0 |= 8;
        break;
      case "causality":
        n++;
        m0 |= 16;
        break;
      case "causalityAssessment":
        n++;
        m0 |= 64;
        break;
      case "causalityProductRelatedness":
        n++;
        m0 |= 128;
        break;
      case "causalityMethod":
        n++;
        m0 |= 512;
        break;
      case "causalityAuthor":
        n++;
        m0 |= 1024;
        break;
      case "causalityResult":
        n++;
        m0 |= 2048;
        break;
      case "_causality":
        n++;
        m0 |= 32;
        break;
      case "_causalityProductRelatedness":
        n++;
        m0 |= 256;
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
  if (!vrt.one(o.instance, x, p, "instance", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.instance, false, x, p, "instance", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
    return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(o.causality) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.causality, o._causality, x, p, "causality", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.causality, vcodes.inCodes11)) {
      if (!vrt.eachWith(o.causality, false, x, p, "causality", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.causalityAssessment, x, p, "causalityAssessment", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.causalityProductRelatedness) && (m0 & 256) === 0)) {
      if (!vrt.prim(
        o.causalityProductRelatedness,
        o._causalityProductRelatedness,
        x,
        p,
        "causalityProductRelatedness",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.causalityMethod, x, p, "causalityMethod", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.causalityAuthor, x, p, "causalityAuthor", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.causalityAuthor, false, x, p, "causalityAuthor", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(o.causalityResult, x, p, "causalityResult", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function validateAdverseEvent(value, options) {
  return vrt.validateWith(value, "AdverseEvent", checkAdverseEvent, true, options, REGISTRY_0);
}
function isAdverseEvent(value, options) {
  return vrt.testWith(value, checkAdverseEvent, true, options, REGISTRY_0);
}
function buildAdverseEvent(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "AdverseEvent", system: { outcome: "http://hl7.org/fhir/adverse-event-outcome" } },
    isAdverseEvent,
    validateAdverseEvent,
    "AdverseEvent"
  );
}
