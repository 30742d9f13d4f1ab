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
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23;
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
      case "category":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "type":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "subject":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "date":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "reaction":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "location":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "seriousness":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "outcome":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "recorder":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "eventParticipant":
        m0 |= 8388608;
        e18 = o[k];
        break;
      case "description":
        m0 |= 16777216;
        e19 = o[k];
        break;
      case "suspectEntity":
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "subjectMedicalHistory":
        m0 |= 134217728;
        e21 = o[k];
        break;
      case "referenceDocument":
        m0 |= 268435456;
        e22 = o[k];
        break;
      case "study":
        m0 |= 536870912;
        e23 = o[k];
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
    if (!vrt.one(e8, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._category, x, p, "category", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e9, vcodes.inCodes9)) {
      if (!vrt.eachWith(e9, false, x, p, "category", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e10, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e11, x, p, "subject", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidDateTime(e12) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e12, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.many(e13, x, p, "reaction", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, true, x, p, "reaction", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e14, x, p, "location", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e15, x, p, "seriousness", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e16, x, p, "outcome", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e16, false, x, p, "outcome", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e17, x, p, "recorder", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "recorder", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e18, x, p, "eventParticipant", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, false, x, p, "eventParticipant", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidString(e19) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e19, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(e20, x, p, "suspectEntity", d, 0, -1, checkAdverseEventSuspectEntity) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e21, x, p, "subjectMedicalHistory", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e21, true, x, p, "subjectMedicalHistory", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e22, x, p, "referenceDocument", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e22, true, x, p, "referenceDocument", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e23, x, p, "study", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e23, true, x, p, "study", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
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
      case "instance":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "causality":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "causalityAssessment":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "causalityProductRelatedness":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "causalityMethod":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "causalityAuthor":
        n++;
        m0 |= 1024;
        e8 = o[k];
        break;
      case "causalityResult":
        n++;
        m0 |= 2048;
        e9 = o[k];
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
  if (!vrt.one(e3, x, p, "instance", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "instance", vrt.checkReferenceTarget, TARGETS_8) && x.c === null) return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(e4, o._causality, x, p, "causality", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e4, vcodes.inCodes11)) {
      if (!vrt.eachWith(e4, false, x, p, "causality", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "causalityAssessment", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 256) === 0)) {
      if (!vrt.prim(
        e6,
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
    if (!vrt.one(e7, x, p, "causalityMethod", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e8, x, p, "causalityAuthor", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e8, false, x, p, "causalityAuthor", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e9, x, p, "causalityResult", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
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
