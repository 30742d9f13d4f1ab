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
var MedicationDispense_exports = {};
__export(MedicationDispense_exports, {
  buildMedicationDispense: () => buildMedicationDispense,
  checkMedicationDispense: () => checkMedicationDispense,
  checkMedicationDispensePerformer: () => checkMedicationDispensePerformer,
  checkMedicationDispenseSubstitution: () => checkMedicationDispenseSubstitution,
  isMedicationDispense: () => isMedicationDispense,
  validateMedicationDispense: () => validateMedicationDispense
});
module.exports = __toCommonJS(MedicationDispense_exports);
var import_Annotation = require("./Annotation.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Dosage = require("./Dosage.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_SimpleQuantity = require("./SimpleQuantity.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["MedicationDispense"], type: "MedicationDispense", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["Procedure"];
const BINDING_1 = {
  has: vcodes.inCodes251,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-dispense-status"
};
const BINDING_2 = {
  has: vcodes.inCodings252,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-dispense-category"
};
const CHOICE_0 = vrt.choiceVariants(["medicationCodeableConcept", "medicationReference"]);
const TARGETS_1 = ["Medication"];
const TARGETS_2 = ["Group", "Patient"];
const TARGETS_3 = ["Encounter", "EpisodeOfCare"];
const TARGETS_4 = ["MedicationRequest"];
const TARGETS_5 = ["Location"];
const TARGETS_6 = ["Patient", "Practitioner"];
const TARGETS_7 = ["DetectedIssue"];
const CHOICE_1 = vrt.choiceVariants([
  "notDoneReasonCodeableConcept",
  "notDoneReasonReference"
]);
const TARGETS_8 = ["Provenance"];
const INVARIANT_0 = vrt.invariant({
  key: "mdd-1",
  path: "MedicationDispense",
  expression: "whenHandedOver.empty() or whenPrepared.empty() or whenHandedOver >= whenPrepared",
  severity: "error",
  human: "whenHandedOver cannot be before whenPrepared"
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpOr3(
      vrt.fpSizeOfValue(o["_whenHandedOver"], o["whenHandedOver"]) === 0,
      vrt.fpSizeOfValue(o["_whenPrepared"], o["whenPrepared"]) === 0
    ),
    vrt.fpGeValue(
      vrt.fpOneValue(o["_whenHandedOver"], o["whenHandedOver"]),
      vrt.fpOneValue(o["_whenPrepared"], o["whenPrepared"])
    )
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const OWNER_1 = { paths: ["MedicationDispense.performer"], type: "BackboneElement", exact: true };
const TARGETS_9 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_10 = ["Organization"];
const OWNER_2 = {
  paths: ["MedicationDispense.substitution"],
  type: "BackboneElement",
  exact: true
};
const TARGETS_11 = ["Practitioner"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/MedicationDispense",
      check: checkMedicationDispense,
      type: "MedicationDispense",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkMedicationDispense(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationDispense");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "MedicationDispense") && x.c === null) return false;
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
      case "partOf":
        m0 |= 4096;
        break;
      case "status":
        m0 |= 8192;
        break;
      case "category":
        m0 |= 32768;
        break;
      case "medicationCodeableConcept":
        m0 |= 65536;
        break;
      case "medicationReference":
        m0 |= 131072;
        break;
      case "subject":
        m0 |= 262144;
        break;
      case "context":
        m0 |= 524288;
        break;
      case "supportingInformation":
        m0 |= 1048576;
        break;
      case "performer":
        m0 |= 2097152;
        break;
      case "authorizingPrescription":
        m0 |= 4194304;
        break;
      case "type":
        m0 |= 8388608;
        break;
      case "quantity":
        m0 |= 16777216;
        break;
      case "daysSupply":
        m0 |= 33554432;
        break;
      case "whenPrepared":
        m0 |= 67108864;
        break;
      case "whenHandedOver":
        m0 |= 268435456;
        break;
      case "destination":
        m0 |= 1073741824;
        break;
      case "receiver":
        m1 |= 1;
        break;
      case "note":
        m1 |= 2;
        break;
      case "dosageInstruction":
        m1 |= 4;
        break;
      case "substitution":
        m1 |= 8;
        break;
      case "detectedIssue":
        m1 |= 16;
        break;
      case "notDone":
        m1 |= 32;
        break;
      case "notDoneReasonCodeableConcept":
        m1 |= 128;
        break;
      case "notDoneReasonReference":
        m1 |= 256;
        break;
      case "eventHistory":
        m1 |= 512;
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
        m0 |= 16384;
        break;
      case "_whenPrepared":
        m0 |= 134217728;
        break;
      case "_whenHandedOver":
        m0 |= 536870912;
        break;
      case "_notDone":
        m1 |= 64;
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
    if (!vrt.many(o.partOf, x, p, "partOf", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidCode(o.status) && (m0 & 16384) === 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.status, vcodes.inCodes251)) {
      if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.category, false, x, p, "category", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "medication", 1) && x.c === null) return false;
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(o.medicationCodeableConcept, x, p, "medication.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.medicationReference, x, p, "medication.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.medicationReference,
      false,
      x,
      p,
      "medication.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_1
    ) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(o.supportingInformation, x, p, "supportingInformation", d, 0, -1, import_Reference.checkReference) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(o.performer, x, p, "performer", d, 0, -1, checkMedicationDispensePerformer) && x.c === null)
      return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(o.authorizingPrescription, x, p, "authorizingPrescription", d, 0, -1, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.authorizingPrescription,
      true,
      x,
      p,
      "authorizingPrescription",
      vrt.checkReferenceTarget,
      TARGETS_4
    ) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(o.daysSupply, x, p, "daysSupply", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidDateTime(o.whenPrepared) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(
        o.whenPrepared,
        o._whenPrepared,
        x,
        p,
        "whenPrepared",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidDateTime(o.whenHandedOver) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(
        o.whenHandedOver,
        o._whenHandedOver,
        x,
        p,
        "whenHandedOver",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(o.destination, x, p, "destination", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.destination, false, x, p, "destination", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(o.receiver, x, p, "receiver", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.receiver, true, x, p, "receiver", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(o.dosageInstruction, x, p, "dosageInstruction", d, 0, -1, import_Dosage.checkDosage) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.one(o.substitution, x, p, "substitution", d, 0, checkMedicationDispenseSubstitution) && x.c === null)
      return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(o.detectedIssue, x, p, "detectedIssue", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.detectedIssue, true, x, p, "detectedIssue", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  if ((m1 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.notDone) && (m1 & 64) === 0)) {
      if (!vrt.prim(o.notDone, o._notDone, x, p, "notDone", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m1 & 384) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "notDoneReason", 0) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(
      o.notDoneReasonCodeableConcept,
      x,
      p,
      "notDoneReason.ofType(CodeableConcept)",
      d,
      0,
      import_CodeableConcept.checkCodeableConcept
    ) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.notDoneReasonReference, x, p, "notDoneReason.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.notDoneReasonReference,
      false,
      x,
      p,
      "notDoneReason.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_7
    ) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
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
  if ((m0 & 805306368) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  }
  return true;
}
function checkMedicationDispensePerformer(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationDispense.performer");
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
function checkMedicationDispenseSubstitution(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationDispense.substitution");
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
      case "wasSubstituted":
        n++;
        m0 |= 8;
        break;
      case "type":
        n++;
        m0 |= 32;
        break;
      case "reason":
        n++;
        m0 |= 64;
        break;
      case "responsibleParty":
        n++;
        m0 |= 128;
        break;
      case "_wasSubstituted":
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
  if (!(vrt.isValidBoolean(o.wasSubstituted) && (m0 & 16) === 0)) {
    if (!vrt.prim(
      o.wasSubstituted,
      o._wasSubstituted,
      x,
      p,
      "wasSubstituted",
      d,
      1,
      vrt.isValidBoolean,
      "boolean",
      OWNER_2
    ) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(o.reason, x, p, "reason", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(o.responsibleParty, x, p, "responsibleParty", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.responsibleParty, true, x, p, "responsibleParty", vrt.checkReferenceTarget, TARGETS_11) && x.c === null)
      return false;
  }
  return true;
}
function validateMedicationDispense(value, options) {
  return vrt.validateWith(value, "MedicationDispense", checkMedicationDispense, true, options, REGISTRY_0);
}
function isMedicationDispense(value, options) {
  return vrt.testWith(value, checkMedicationDispense, true, options, REGISTRY_0);
}
function buildMedicationDispense(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "MedicationDispense" },
    isMedicationDispense,
    validateMedicationDispense,
    "MedicationDispense"
  );
}
