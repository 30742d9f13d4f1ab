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
var MedicationAdministration_exports = {};
__export(MedicationAdministration_exports, {
  buildMedicationAdministration: () => buildMedicationAdministration,
  checkMedicationAdministration: () => checkMedicationAdministration,
  checkMedicationAdministrationDosage: () => checkMedicationAdministrationDosage,
  checkMedicationAdministrationPerformer: () => checkMedicationAdministrationPerformer,
  isMedicationAdministration: () => isMedicationAdministration,
  validateMedicationAdministration: () => validateMedicationAdministration
});
module.exports = __toCommonJS(MedicationAdministration_exports);
var import_Annotation = require("./Annotation.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Ratio = require("./Ratio.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_SimpleQuantity = require("./SimpleQuantity.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = {
  paths: ["MedicationAdministration"],
  type: "MedicationAdministration",
  exact: true
};
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["ActivityDefinition", "PlanDefinition"];
const TARGETS_1 = ["MedicationAdministration", "Procedure"];
const BINDING_1 = {
  has: vcodes.inCodes249,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-admin-status"
};
const BINDING_2 = {
  has: vcodes.inCodings250,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-admin-category"
};
const CHOICE_0 = vrt.choiceVariants(["medicationCodeableConcept", "medicationReference"]);
const TARGETS_2 = ["Medication"];
const TARGETS_3 = ["Group", "Patient"];
const TARGETS_4 = ["Encounter", "EpisodeOfCare"];
const CHOICE_1 = vrt.choiceVariants(["effectiveDateTime", "effectivePeriod"]);
const TARGETS_5 = ["Condition", "Observation"];
const TARGETS_6 = ["MedicationRequest"];
const TARGETS_7 = ["Device"];
const TARGETS_8 = ["Provenance"];
const INVARIANT_0 = vrt.invariant({
  key: "mad-2",
  path: "MedicationAdministration",
  expression: "reasonNotGiven.empty() or notGiven = true",
  severity: "error",
  human: "Reason not given is only permitted if NotGiven is true"
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_reasonNotGiven"], o["reasonNotGiven"]) === 0,
    vrt.fpEqValue(vrt.fpOneValue(o["_notGiven"], o["notGiven"]), true)
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "mad-3",
  path: "MedicationAdministration",
  expression: "reasonCode.empty() or notGiven.empty() or notGiven = 'false'",
  severity: "error",
  human: "Reason given is only permitted if NotGiven is false"
});
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpOr3(
      vrt.fpSizeOfValue(o["_reasonCode"], o["reasonCode"]) === 0,
      vrt.fpSizeOfValue(o["_notGiven"], o["notGiven"]) === 0
    ),
    vrt.fpEqValue(vrt.fpOneValue(o["_notGiven"], o["notGiven"]), "false")
  );
};
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const OWNER_1 = {
  paths: ["MedicationAdministration.performer"],
  type: "BackboneElement",
  exact: true
};
const TARGETS_9 = ["Device", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_10 = ["Organization"];
const OWNER_2 = {
  paths: ["MedicationAdministration.dosage"],
  type: "BackboneElement",
  exact: true
};
const CHOICE_2 = vrt.choiceVariants(["rateRatio", "rateQuantity"]);
const INVARIANT_2 = vrt.invariant({
  key: "mad-1",
  path: "MedicationAdministration.dosage",
  expression: "dose.exists() or rate.exists()",
  severity: "error",
  human: "SHALL have at least one of dosage.dose or dosage.rate[x]"
});
const CHOICE_KEYS_0 = [
  ["rateRatio", "_rateRatio"],
  ["rateQuantity", "_rateQuantity"]
];
const FHIRPATH_2 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(vrt.fpSizeOfValue(o["_dose"], o["dose"]) > 0, vrt.fpSizeOfChoice(n, CHOICE_KEYS_0) > 0);
};
const TRANSLATED_2 = { inv: INVARIANT_2, fn: FHIRPATH_2 };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/MedicationAdministration",
      check: checkMedicationAdministration,
      type: "MedicationAdministration",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkMedicationAdministration(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationAdministration");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "MedicationAdministration") && x.c === null) return false;
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
      case "partOf":
        m0 |= 8192;
        break;
      case "status":
        m0 |= 16384;
        break;
      case "category":
        m0 |= 65536;
        break;
      case "medicationCodeableConcept":
        m0 |= 131072;
        break;
      case "medicationReference":
        m0 |= 262144;
        break;
      case "subject":
        m0 |= 524288;
        break;
      case "context":
        m0 |= 1048576;
        break;
      case "supportingInformation":
        m0 |= 2097152;
        break;
      case "effectiveDateTime":
        m0 |= 4194304;
        break;
      case "effectivePeriod":
        m0 |= 16777216;
        break;
      case "performer":
        m0 |= 33554432;
        break;
      case "notGiven":
        m0 |= 67108864;
        break;
      case "reasonNotGiven":
        m0 |= 268435456;
        break;
      case "reasonCode":
        m0 |= 536870912;
        break;
      case "reasonReference":
        m0 |= 1073741824;
        break;
      case "prescription":
        m1 |= 1;
        break;
      case "device":
        m1 |= 2;
        break;
      case "note":
        m1 |= 4;
        break;
      case "dosage":
        m1 |= 8;
        break;
      case "eventHistory":
        m1 |= 16;
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
        m0 |= 32768;
        break;
      case "_effectiveDateTime":
        m0 |= 8388608;
        break;
      case "_notGiven":
        m0 |= 134217728;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.definition, x, p, "definition", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.definition, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.partOf, x, p, "partOf", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 32768) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes249)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.category, false, x, p, "category", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "medication", 1) && x.c === null) return false;
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.medicationCodeableConcept, x, p, "medication.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.medicationReference, x, p, "medication.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.medicationReference,
      false,
      x,
      p,
      "medication.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_2
    ) && x.c === null)
      return false;
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
    return false;
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(o.supportingInformation, x, p, "supportingInformation", d, 0, -1, import_Reference.checkReference) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "effective", 1) && x.c === null) return false;
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDateTime(o.effectiveDateTime) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(
        o.effectiveDateTime,
        o._effectiveDateTime,
        x,
        p,
        "effective.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.effectivePeriod, x, p, "effective.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(o.performer, x, p, "performer", d, 0, -1, checkMedicationAdministrationPerformer) && x.c === null)
      return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidBoolean(o.notGiven) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(o.notGiven, o._notGiven, x, p, "notGiven", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(o.reasonNotGiven, x, p, "reasonNotGiven", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(o.reasonCode, x, p, "reasonCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(o.reasonReference, x, p, "reasonReference", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.reasonReference, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(o.prescription, x, p, "prescription", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.prescription, false, x, p, "prescription", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(o.device, x, p, "device", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.device, true, x, p, "device", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.one(o.dosage, x, p, "dosage", d, 0, checkMedicationAdministrationDosage) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(o.eventHistory, x, p, "eventHistory", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.eventHistory, true, x, p, "eventHistory", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
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
  if ((m0 & 268435456) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  }
  return true;
}
function checkMedicationAdministrationPerformer(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationAdministration.performer");
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
      case "actor":
        n++;
        m0 |= 8;
        break;
      case "onBehalfOf":
        n++;
        m0 |= 16;
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
  if (!vrt.one(o.actor, x, p, "actor", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.actor, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_9) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.onBehalfOf, x, p, "onBehalfOf", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.onBehalfOf, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_10) && x.c === null)
      return false;
  }
  return true;
}
function checkMedicationAdministrationDosage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationAdministration.dosage");
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
      case "text":
        n++;
        m0 |= 8;
        break;
      case "site":
        n++;
        m0 |= 32;
        break;
      case "route":
        n++;
        m0 |= 64;
        break;
      case "method":
        n++;
        m0 |= 128;
        break;
      case "dose":
        n++;
        m0 |= 256;
        break;
      case "rateRatio":
        n++;
        m0 |= 512;
        break;
      case "rateQuantity":
        n++;
        m0 |= 1024;
        break;
      case "_text":
        n++;
        m0 |= 16;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.site, x, p, "site", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.route, x, p, "route", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.method, x, p, "method", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(o.dose, x, p, "dose", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 1536) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "rate", 0) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.rateRatio, x, p, "rate.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.rateQuantity, x, p, "rate.ofType(Quantity)", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null)
      return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  return true;
}
function validateMedicationAdministration(value, options) {
  return vrt.validateWith(value, "MedicationAdministration", checkMedicationAdministration, true, options, REGISTRY_0);
}
function isMedicationAdministration(value, options) {
  return vrt.testWith(value, checkMedicationAdministration, true, options, REGISTRY_0);
}
function buildMedicationAdministration(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "MedicationAdministration" },
    isMedicationAdministration,
    validateMedicationAdministration,
    "MedicationAdministration"
  );
}
