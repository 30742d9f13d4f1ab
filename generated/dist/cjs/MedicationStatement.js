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
var MedicationStatement_exports = {};
__export(MedicationStatement_exports, {
  buildMedicationStatement: () => buildMedicationStatement,
  checkMedicationStatement: () => checkMedicationStatement,
  isMedicationStatement: () => isMedicationStatement,
  validateMedicationStatement: () => validateMedicationStatement
});
module.exports = __toCommonJS(MedicationStatement_exports);
var import_Annotation = require("./Annotation.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Dosage = require("./Dosage.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["MedicationStatement"], type: "MedicationStatement", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["CarePlan", "MedicationRequest", "ProcedureRequest", "ReferralRequest"];
const TARGETS_1 = [
  "MedicationAdministration",
  "MedicationDispense",
  "MedicationStatement",
  "Observation",
  "Procedure"
];
const TARGETS_2 = ["Encounter", "EpisodeOfCare"];
const BINDING_1 = {
  has: vcodes.inCodes102,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-statement-status"
};
const BINDING_2 = {
  has: vcodes.inCodings103,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-statement-category"
};
const CHOICE_0 = vrt.choiceVariants(["medicationCodeableConcept", "medicationReference"]);
const TARGETS_3 = ["Medication"];
const CHOICE_1 = vrt.choiceVariants(["effectiveDateTime", "effectivePeriod"]);
const TARGETS_4 = ["Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_5 = ["Group", "Patient"];
const BINDING_3 = {
  has: vcodes.inCodes104,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-statement-taken"
};
const TARGETS_6 = ["Condition", "Observation"];
const INVARIANT_0 = vrt.invariant({
  key: "mst-1",
  path: "MedicationStatement",
  expression: "reasonNotTaken.exists().not() or (taken = 'n')",
  severity: "error",
  human: "Reason not taken is only permitted if Taken is No"
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/MedicationStatement",
      check: checkMedicationStatement,
      type: "MedicationStatement",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkMedicationStatement(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationStatement");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "MedicationStatement") && x.c === null) return false;
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
      case "basedOn":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "partOf":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "context":
        m0 |= 16384;
        e11 = o[k];
        break;
      case "status":
        m0 |= 32768;
        e12 = o[k];
        break;
      case "category":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "medicationCodeableConcept":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "medicationReference":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "effectiveDateTime":
        m0 |= 1048576;
        e16 = o[k];
        break;
      case "effectivePeriod":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "dateAsserted":
        m0 |= 8388608;
        e18 = o[k];
        break;
      case "informationSource":
        m0 |= 33554432;
        e19 = o[k];
        break;
      case "subject":
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "derivedFrom":
        m0 |= 134217728;
        e21 = o[k];
        break;
      case "taken":
        m0 |= 268435456;
        e22 = o[k];
        break;
      case "reasonNotTaken":
        m0 |= 1073741824;
        e23 = o[k];
        break;
      case "reasonCode":
        m1 |= 1;
        e24 = o[k];
        break;
      case "reasonReference":
        m1 |= 2;
        e25 = o[k];
        break;
      case "note":
        m1 |= 4;
        e26 = o[k];
        break;
      case "dosage":
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
        m0 |= 65536;
        break;
      case "_effectiveDateTime":
        m0 |= 2097152;
        break;
      case "_dateAsserted":
        m0 |= 16777216;
        break;
      case "_taken":
        m0 |= 536870912;
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
    if (!vrt.many(e9, x, p, "basedOn", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e10, x, p, "partOf", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e10, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e11, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e12) && (m0 & 65536) === 0)) {
    if (!vrt.prim(e12, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e12, vcodes.inCodes102)) {
    if (!vrt.eachWith(e12, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e13, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "category", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "medication", 1) && x.c === null) return false;
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "medication.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e15, x, p, "medication.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e15, false, x, p, "medication.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 7340032) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "effective", 0) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDateTime(e16) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(
        e16,
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
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e17, x, p, "effective.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidDateTime(e18) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e18, o._dateAsserted, x, p, "dateAsserted", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e19, x, p, "informationSource", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "informationSource", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (!vrt.one(e20, x, p, "subject", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e20, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e21, x, p, "derivedFrom", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e22) && (m0 & 536870912) === 0)) {
    if (!vrt.prim(e22, o._taken, x, p, "taken", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e22, vcodes.inCodes104)) {
    if (!vrt.eachWith(e22, false, x, p, "taken", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e23, x, p, "reasonNotTaken", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e24, x, p, "reasonCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(e25, x, p, "reasonReference", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e25, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(e26, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(e27, x, p, "dosage", d, 0, -1, import_Dosage.checkDosage) && x.c === null) return false;
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
  if ((m0 & 1073741824) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          !(vrt.fpSizeOfValue(o["_reasonNotTaken"], o["reasonNotTaken"]) > 0),
          vrt.fpEqValue(vrt.fpOneValue(o["_taken"], o["taken"]), "n")
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  return true;
}
function validateMedicationStatement(value, options) {
  return vrt.validateWith(value, "MedicationStatement", checkMedicationStatement, true, options, REGISTRY_0);
}
function isMedicationStatement(value, options) {
  return vrt.testWith(value, checkMedicationStatement, true, options, REGISTRY_0);
}
function buildMedicationStatement(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "MedicationStatement" },
    isMedicationStatement,
    validateMedicationStatement,
    "MedicationStatement"
  );
}
