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
var Encounter_exports = {};
__export(Encounter_exports, {
  buildEncounter: () => buildEncounter,
  checkEncounter: () => checkEncounter,
  checkEncounterClassHistory: () => checkEncounterClassHistory,
  checkEncounterDiagnosis: () => checkEncounterDiagnosis,
  checkEncounterHospitalization: () => checkEncounterHospitalization,
  checkEncounterLocation: () => checkEncounterLocation,
  checkEncounterParticipant: () => checkEncounterParticipant,
  checkEncounterStatusHistory: () => checkEncounterStatusHistory,
  isEncounter: () => isEncounter,
  validateEncounter: () => validateEncounter
});
module.exports = __toCommonJS(Encounter_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_Duration = require("./Duration.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Encounter"], type: "Encounter", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes70,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-status"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-ActEncounterCode",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const TARGETS_0 = ["Group", "Patient"];
const TARGETS_1 = ["EpisodeOfCare"];
const TARGETS_2 = ["ReferralRequest"];
const TARGETS_3 = ["Appointment"];
const TARGETS_4 = ["Account"];
const TARGETS_5 = ["Organization"];
const TARGETS_6 = ["Encounter"];
const OWNER_1 = { paths: ["Encounter.statusHistory"], type: "BackboneElement", exact: true };
const OWNER_2 = { paths: ["Encounter.classHistory"], type: "BackboneElement", exact: true };
const OWNER_3 = { paths: ["Encounter.participant"], type: "BackboneElement", exact: true };
const UNCHECKED_1 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-participant-type",
  reason: "a filter on http://hl7.org/fhir/v3/ParticipationType needs a terminology server"
};
const TARGETS_7 = ["Practitioner", "RelatedPerson"];
const OWNER_4 = { paths: ["Encounter.diagnosis"], type: "BackboneElement", exact: true };
const TARGETS_8 = ["Condition", "Procedure"];
const BINDING_2 = {
  has: vcodes.inCodings71,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/diagnosis-role"
};
const OWNER_5 = { paths: ["Encounter.hospitalization"], type: "BackboneElement", exact: true };
const TARGETS_9 = ["Location"];
const BINDING_3 = {
  has: vcodes.inCodings180,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-admit-source"
};
const BINDING_4 = {
  has: vcodes.inCodings74,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-special-courtesy"
};
const BINDING_5 = {
  has: vcodes.inCodings75,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-special-arrangements"
};
const OWNER_6 = { paths: ["Encounter.location"], type: "BackboneElement", exact: true };
const BINDING_6 = {
  has: vcodes.inCodes76,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-location-status"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Encounter", check: checkEncounter, type: "Encounter", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkEncounter(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Encounter") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28;
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
      case "statusHistory":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "class":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "classHistory":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "type":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "priority":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "subject":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "episodeOfCare":
        m0 |= 1048576;
        e16 = o[k];
        break;
      case "incomingReferral":
        m0 |= 2097152;
        e17 = o[k];
        break;
      case "participant":
        m0 |= 4194304;
        e18 = o[k];
        break;
      case "appointment":
        m0 |= 8388608;
        e19 = o[k];
        break;
      case "period":
        m0 |= 16777216;
        e20 = o[k];
        break;
      case "length":
        m0 |= 33554432;
        e21 = o[k];
        break;
      case "reason":
        m0 |= 67108864;
        e22 = o[k];
        break;
      case "diagnosis":
        m0 |= 134217728;
        e23 = o[k];
        break;
      case "account":
        m0 |= 268435456;
        e24 = o[k];
        break;
      case "hospitalization":
        m0 |= 536870912;
        e25 = o[k];
        break;
      case "location":
        m0 |= 1073741824;
        e26 = o[k];
        break;
      case "serviceProvider":
        m1 |= 1;
        e27 = o[k];
        break;
      case "partOf":
        m1 |= 2;
        e28 = o[k];
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
  if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
    if (!vrt.prim(e9, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e9, vcodes.inCodes70)) {
    if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e10, x, p, "statusHistory", d, 0, -1, checkEncounterStatusHistory) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e11, x, p, "class", d, 0, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "class", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(e12, x, p, "classHistory", d, 0, -1, checkEncounterClassHistory) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(e13, x, p, "type", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "priority", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e15, x, p, "subject", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e15, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(e16, x, p, "episodeOfCare", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e16, true, x, p, "episodeOfCare", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(e17, x, p, "incomingReferral", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, true, x, p, "incomingReferral", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(e18, x, p, "participant", d, 0, -1, checkEncounterParticipant) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e19, x, p, "appointment", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "appointment", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e20, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e21, x, p, "length", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(e22, x, p, "reason", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e23, x, p, "diagnosis", d, 0, -1, checkEncounterDiagnosis) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e24, x, p, "account", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e24, true, x, p, "account", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(e25, x, p, "hospitalization", d, 0, checkEncounterHospitalization) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e26, x, p, "location", d, 0, -1, checkEncounterLocation) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(e27, x, p, "serviceProvider", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e27, false, x, p, "serviceProvider", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e28, x, p, "partOf", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e28, false, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_6) && x.c === null) return false;
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
function checkEncounterStatusHistory(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.statusHistory");
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
      case "status":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "period":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_status":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes70)) {
    if (!vrt.eachWith(e3, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!vrt.one(e4, x, p, "period", d, 1, import_Period.checkPeriod) && x.c === null) return false;
  return true;
}
function checkEncounterClassHistory(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.classHistory");
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
      case "class":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "period":
        n++;
        m0 |= 16;
        e4 = o[k];
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
  if (!vrt.one(e3, x, p, "class", d, 1, import_Coding.checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "class", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  if (!vrt.one(e4, x, p, "period", d, 1, import_Period.checkPeriod) && x.c === null) return false;
  return true;
}
function checkEncounterParticipant(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.participant");
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
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "period":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "individual":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.many(e3, x, p, "type", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, true, x, p, "type", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "individual", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "individual", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  return true;
}
function checkEncounterDiagnosis(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.diagnosis");
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
      case "condition":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "role":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "rank":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "_rank":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "condition", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "condition", vrt.checkReferenceTarget, TARGETS_8) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "role", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "role", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidPositiveInt(e5) && (m0 & 64) === 0)) {
      if (!vrt.prim(e5, o._rank, x, p, "rank", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkEncounterHospitalization(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.hospitalization");
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
      case "preAdmissionIdentifier":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "origin":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "admitSource":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "reAdmission":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "dietPreference":
        n++;
        m0 |= 128;
        e7 = o[k];
        break;
      case "specialCourtesy":
        n++;
        m0 |= 256;
        e8 = o[k];
        break;
      case "specialArrangement":
        n++;
        m0 |= 512;
        e9 = o[k];
        break;
      case "destination":
        n++;
        m0 |= 1024;
        e10 = o[k];
        break;
      case "dischargeDisposition":
        n++;
        m0 |= 2048;
        e11 = o[k];
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "preAdmissionIdentifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "origin", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "origin", vrt.checkReferenceTarget, TARGETS_9) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "admitSource", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "admitSource", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e6, x, p, "reAdmission", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e7, x, p, "dietPreference", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e8, x, p, "specialCourtesy", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e8, true, x, p, "specialCourtesy", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(e9, x, p, "specialArrangement", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "specialArrangement", vrt.checkConcept, BINDING_5) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e10, x, p, "destination", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e10, false, x, p, "destination", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e11, x, p, "dischargeDisposition", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkEncounterLocation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.location");
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
      case "location":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "status":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "period":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "_status":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "location", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_9) && x.c === null) return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(e4, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_6) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e4, vcodes.inCodes76)) {
      if (!vrt.eachWith(e4, false, x, p, "status", vrt.checkCode, BINDING_6) && x.c === null) return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  return true;
}
function validateEncounter(value, options) {
  return vrt.validateWith(value, "Encounter", checkEncounter, true, options, REGISTRY_0);
}
function isEncounter(value, options) {
  return vrt.testWith(value, checkEncounter, true, options, REGISTRY_0);
}
function buildEncounter(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "Encounter" }, isEncounter, validateEncounter, "Encounter");
}
