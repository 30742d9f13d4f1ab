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
var ImmunizationRecommendation_exports = {};
__export(ImmunizationRecommendation_exports, {
  buildImmunizationRecommendation: () => buildImmunizationRecommendation,
  checkImmunizationRecommendation: () => checkImmunizationRecommendation,
  checkImmunizationRecommendationRecommendation: () => checkImmunizationRecommendationRecommendation,
  checkImmunizationRecommendationRecommendationDateCriterion: () => checkImmunizationRecommendationRecommendationDateCriterion,
  checkImmunizationRecommendationRecommendationProtocol: () => checkImmunizationRecommendationRecommendationProtocol,
  isImmunizationRecommendation: () => isImmunizationRecommendation,
  validateImmunizationRecommendation: () => validateImmunizationRecommendation
});
module.exports = __toCommonJS(ImmunizationRecommendation_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = {
  paths: ["ImmunizationRecommendation"],
  type: "ImmunizationRecommendation",
  exact: true
};
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["Patient"];
const OWNER_1 = {
  paths: ["ImmunizationRecommendation.recommendation"],
  type: "BackboneElement",
  exact: true
};
const TARGETS_1 = ["Immunization"];
const TARGETS_2 = ["AllergyIntolerance", "Observation"];
const INVARIANT_0 = vrt.invariant({
  key: "imr-1",
  path: "ImmunizationRecommendation.recommendation",
  expression: "vaccineCode.exists() or targetDisease.exists()",
  severity: "error",
  human: "One of vaccineCode or targetDisease SHALL be present"
});
const OWNER_2 = {
  paths: ["ImmunizationRecommendation.recommendation.dateCriterion"],
  type: "BackboneElement",
  exact: true
};
const OWNER_3 = {
  paths: ["ImmunizationRecommendation.recommendation.protocol"],
  type: "BackboneElement",
  exact: true
};
const TARGETS_3 = ["Organization"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ImmunizationRecommendation",
      check: checkImmunizationRecommendation,
      type: "ImmunizationRecommendation",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkImmunizationRecommendation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImmunizationRecommendation");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ImmunizationRecommendation") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10;
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
      case "patient":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "recommendation":
        m0 |= 8192;
        e10 = o[k];
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
  if (!vrt.one(e9, x, p, "patient", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e9, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if (!vrt.many(e10, x, p, "recommendation", d, 1, -1, checkImmunizationRecommendationRecommendation) && x.c === null)
    return false;
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
function checkImmunizationRecommendationRecommendation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImmunizationRecommendation.recommendation");
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
      case "date":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "vaccineCode":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "targetDisease":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "doseNumber":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "forecastStatus":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "dateCriterion":
        n++;
        m0 |= 1024;
        e8 = o[k];
        break;
      case "protocol":
        n++;
        m0 |= 2048;
        e9 = o[k];
        break;
      case "supportingImmunization":
        n++;
        m0 |= 4096;
        e10 = o[k];
        break;
      case "supportingPatientInformation":
        n++;
        m0 |= 8192;
        e11 = o[k];
        break;
      case "_date":
        n++;
        m0 |= 16;
        break;
      case "_doseNumber":
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
  if (!(vrt.isValidDateTime(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._date, x, p, "date", d, 1, vrt.isValidDateTime, "dateTime", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "vaccineCode", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "targetDisease", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidPositiveInt(e6) && (m0 & 256) === 0)) {
      if (!vrt.prim(e6, o._doseNumber, x, p, "doseNumber", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(e7, x, p, "forecastStatus", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(e8, x, p, "dateCriterion", d, 0, -1, checkImmunizationRecommendationRecommendationDateCriterion) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e9, x, p, "protocol", d, 0, checkImmunizationRecommendationRecommendationProtocol) && x.c === null)
      return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e10, x, p, "supportingImmunization", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e10, true, x, p, "supportingImmunization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e11, x, p, "supportingPatientInformation", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, true, x, p, "supportingPatientInformation", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpSizeOfValue(o["_vaccineCode"], o["vaccineCode"]) > 0,
        vrt.fpSizeOfValue(o["_targetDisease"], o["targetDisease"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  return true;
}
function checkImmunizationRecommendationRecommendationDateCriterion(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImmunizationRecommendation.recommendation.dateCriterion");
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
      case "code":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "value":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "_value":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "code", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!(vrt.isValidDateTime(e4) && (m0 & 32) === 0)) {
    if (!vrt.prim(e4, o._value, x, p, "value", d, 1, vrt.isValidDateTime, "dateTime", OWNER_2) && x.c === null)
      return false;
  }
  return true;
}
function checkImmunizationRecommendationRecommendationProtocol(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImmunizationRecommendation.recommendation.protocol");
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
    if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._doseSequence, x, p, "doseSequence", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e5, x, p, "authority", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "authority", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 512) === 0)) {
      if (!vrt.prim(e6, o._series, x, p, "series", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateImmunizationRecommendation(value, options) {
  return vrt.validateWith(
    value,
    "ImmunizationRecommendation",
    checkImmunizationRecommendation,
    true,
    options,
    REGISTRY_0
  );
}
function isImmunizationRecommendation(value, options) {
  return vrt.testWith(value, checkImmunizationRecommendation, true, options, REGISTRY_0);
}
function buildImmunizationRecommendation(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "ImmunizationRecommendation" },
    isImmunizationRecommendation,
    validateImmunizationRecommendation,
    "ImmunizationRecommendation"
  );
}
