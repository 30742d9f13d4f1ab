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
var Immunization_exports = {};
__export(Immunization_exports, {
  buildImmunization: () => buildImmunization,
  checkImmunization: () => checkImmunization,
  checkImmunizationExplanation: () => checkImmunizationExplanation,
  checkImmunizationPractitioner: () => checkImmunizationPractitioner,
  checkImmunizationReaction: () => checkImmunizationReaction,
  checkImmunizationVaccinationProtocol: () => checkImmunizationVaccinationProtocol,
  isImmunization: () => isImmunization,
  validateImmunization: () => validateImmunization
});
module.exports = __toCommonJS(Immunization_exports);
var import_Annotation = require("./Annotation.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_SimpleQuantity = require("./SimpleQuantity.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Immunization"], type: "Immunization", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes85,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/immunization-status"
};
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Encounter"];
const TARGETS_2 = ["Location"];
const TARGETS_3 = ["Organization"];
const CHILD_SIZE_0 = (o) => vrt.fpSizeOfValue(o["_reasonNotGiven"], o["reasonNotGiven"]);
const INVARIANT_0 = vrt.invariant({
  key: "imm-2",
  path: "Immunization",
  expression: "(notGiven = true) or explanation.reasonNotGiven.empty()",
  severity: "error",
  human: "If immunization was administered (notGiven=false) then explanation.reasonNotGiven SHALL be absent."
});
const CHILD_SIZE_1 = (o) => vrt.fpSizeOfValue(o["_reason"], o["reason"]);
const INVARIANT_1 = vrt.invariant({
  key: "imm-1",
  path: "Immunization",
  expression: "(notGiven = true).not() or (reaction.empty() and explanation.reason.empty())",
  severity: "error",
  human: "If immunization was not administered (notGiven=true) then there SHALL be no reaction nor explanation.reason present"
});
const OWNER_1 = { paths: ["Immunization.practitioner"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodings86,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/immunization-role"
};
const TARGETS_4 = ["Practitioner"];
const OWNER_2 = { paths: ["Immunization.explanation"], type: "BackboneElement", exact: true };
const OWNER_3 = { paths: ["Immunization.reaction"], type: "BackboneElement", exact: true };
const TARGETS_5 = ["Observation"];
const OWNER_4 = {
  paths: ["Immunization.vaccinationProtocol"],
  type: "BackboneElement",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/Immunization",
      check: checkImmunization,
      type: "Immunization",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkImmunization(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Immunization") && x.c === null) return false;
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
      case "notGiven":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "vaccineCode":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "patient":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "encounter":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "date":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "primarySource":
        m0 |= 2097152;
        e15 = o[k];
        break;
      case "reportOrigin":
        m0 |= 8388608;
        e16 = o[k];
        break;
      case "location":
        m0 |= 16777216;
        e17 = o[k];
        break;
      case "manufacturer":
        m0 |= 33554432;
        e18 = o[k];
        break;
      case "lotNumber":
        m0 |= 67108864;
        e19 = o[k];
        break;
      case "expirationDate":
        m0 |= 268435456;
        e20 = o[k];
        break;
      case "site":
        m0 |= 1073741824;
        e21 = o[k];
        break;
      case "route":
        m1 |= 1;
        e22 = o[k];
        break;
      case "doseQuantity":
        m1 |= 2;
        e23 = o[k];
        break;
      case "practitioner":
        m1 |= 4;
        e24 = o[k];
        break;
      case "note":
        m1 |= 8;
        e25 = o[k];
        break;
      case "explanation":
        m1 |= 16;
        e26 = o[k];
        break;
      case "reaction":
        m1 |= 32;
        e27 = o[k];
        break;
      case "vaccinationProtocol":
        m1 |= 64;
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
      case "_notGiven":
        m0 |= 32768;
        break;
      case "_date":
        m0 |= 1048576;
        break;
      case "_primarySource":
        m0 |= 4194304;
        break;
      case "_lotNumber":
        m0 |= 134217728;
        break;
      case "_expirationDate":
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
  if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
    if (!vrt.prim(e9, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e9, vcodes.inCodes85)) {
    if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidBoolean(e10) && (m0 & 32768) === 0)) {
    if (!vrt.prim(e10, o._notGiven, x, p, "notGiven", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.one(e11, x, p, "vaccineCode", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.one(e12, x, p, "patient", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e12, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e13, x, p, "encounter", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(e14) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e14, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidBoolean(e15) && (m0 & 4194304) === 0)) {
    if (!vrt.prim(e15, o._primarySource, x, p, "primarySource", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e16, x, p, "reportOrigin", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e17, x, p, "location", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e18, x, p, "manufacturer", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, false, x, p, "manufacturer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(e19) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e19, o._lotNumber, x, p, "lotNumber", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidDate(e20) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(e20, o._expirationDate, x, p, "expirationDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(e21, x, p, "site", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(e22, x, p, "route", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e23, x, p, "doseQuantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(e24, x, p, "practitioner", d, 0, -1, checkImmunizationPractitioner) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(e25, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(e26, x, p, "explanation", d, 0, checkImmunizationExplanation) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(e27, x, p, "reaction", d, 0, -1, checkImmunizationReaction) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(e28, x, p, "vaccinationProtocol", d, 0, -1, checkImmunizationVaccinationProtocol) && x.c === null)
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
  if ((m1 & 16) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpEqValue(vrt.fpOneValue(o["_notGiven"], o["notGiven"]), true),
          vrt.fpSizeOfEach(vrt.fpChildOf(o, "explanation", "_explanation"), CHILD_SIZE_0) === 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpNot3(vrt.fpEqValue(vrt.fpOneValue(o["_notGiven"], o["notGiven"]), true)),
        vrt.fpAnd3(
          vrt.fpSizeOfValue(o["_reaction"], o["reaction"]) === 0,
          vrt.fpSizeOfEach(vrt.fpChildOf(o, "explanation", "_explanation"), CHILD_SIZE_1) === 0
        )
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
  }
  return true;
}
function checkImmunizationPractitioner(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.practitioner");
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
      case "role":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "actor":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "role", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "role", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(e4, x, p, "actor", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  return true;
}
function checkImmunizationExplanation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.explanation");
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
      case "reason":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "reasonNotGiven":
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
  if ((m0 & 8) !== 0) {
    if (!vrt.many(e3, x, p, "reason", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.many(e4, x, p, "reasonNotGiven", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkImmunizationReaction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.reaction");
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
      case "date":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "detail":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "reported":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "_date":
        n++;
        m0 |= 16;
        break;
      case "_reported":
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidDateTime(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "detail", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "detail", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidBoolean(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._reported, x, p, "reported", d, 0, vrt.isValidBoolean, "boolean", OWNER_3) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkImmunizationVaccinationProtocol(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.vaccinationProtocol");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10;
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
      case "doseSequence":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "description":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "authority":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "series":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "seriesDoses":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "targetDisease":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "doseStatus":
        n++;
        m0 |= 8192;
        e9 = o[k];
        break;
      case "doseStatusReason":
        n++;
        m0 |= 16384;
        e10 = o[k];
        break;
      case "_doseSequence":
        n++;
        m0 |= 16;
        break;
      case "_description":
        n++;
        m0 |= 64;
        break;
      case "_series":
        n++;
        m0 |= 512;
        break;
      case "_seriesDoses":
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._doseSequence, x, p, "doseSequence", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e5, x, p, "authority", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "authority", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 512) === 0)) {
      if (!vrt.prim(e6, o._series, x, p, "series", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidPositiveInt(e7) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e7, o._seriesDoses, x, p, "seriesDoses", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(e8, x, p, "targetDisease", d, 1, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.one(e9, x, p, "doseStatus", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e10, x, p, "doseStatusReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function validateImmunization(value, options) {
  return vrt.validateWith(value, "Immunization", checkImmunization, true, options, REGISTRY_0);
}
function isImmunization(value, options) {
  return vrt.testWith(value, checkImmunization, true, options, REGISTRY_0);
}
function buildImmunization(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "Immunization" }, isImmunization, validateImmunization, "Immunization");
}
