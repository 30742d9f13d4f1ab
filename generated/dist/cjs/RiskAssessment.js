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
var RiskAssessment_exports = {};
__export(RiskAssessment_exports, {
  buildRiskAssessment: () => buildRiskAssessment,
  checkRiskAssessment: () => checkRiskAssessment,
  checkRiskAssessmentPrediction: () => checkRiskAssessmentPrediction,
  isRiskAssessment: () => isRiskAssessment,
  validateRiskAssessment: () => validateRiskAssessment
});
module.exports = __toCommonJS(RiskAssessment_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Range = require("./Range.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["RiskAssessment"], type: "RiskAssessment", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes36,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-status"
};
const TARGETS_0 = ["Group", "Patient"];
const TARGETS_1 = ["Encounter", "EpisodeOfCare"];
const CHOICE_0 = vrt.choiceVariants(["occurrenceDateTime", "occurrencePeriod"]);
const TARGETS_2 = ["Condition"];
const TARGETS_3 = ["Device", "Practitioner"];
const CHOICE_1 = vrt.choiceVariants(["reasonCodeableConcept", "reasonReference"]);
const OWNER_1 = { paths: ["RiskAssessment.prediction"], type: "BackboneElement", exact: true };
const CHOICE_2 = vrt.choiceVariants(["probabilityDecimal", "probabilityRange"]);
const INVARIANT_0 = vrt.invariant({
  key: "ras-1",
  path: "RiskAssessment.prediction.probability[x]",
  expression: "(low.empty() or ((low.code = '%') and (low.system = %ucum))) and (high.empty() or ((high.code = '%') and (high.system = %ucum)))",
  severity: "error",
  human: "low and high must be percentages, if present"
});
const CHOICE_3 = vrt.choiceVariants(["whenPeriod", "whenRange"]);
const INVARIANT_1 = vrt.invariant({
  key: "ras-2",
  path: "RiskAssessment.prediction",
  expression: "probability is decimal implies probability.as(decimal) <= 100",
  severity: "error",
  human: "Must be <= 100"
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/RiskAssessment",
      check: checkRiskAssessment,
      type: "RiskAssessment",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkRiskAssessment(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "RiskAssessment");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "RiskAssessment") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25;
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
      case "parent":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "status":
        m0 |= 16384;
        e11 = o[k];
        break;
      case "method":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "code":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "subject":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "context":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "occurrenceDateTime":
        m0 |= 1048576;
        e16 = o[k];
        break;
      case "occurrencePeriod":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "condition":
        m0 |= 8388608;
        e18 = o[k];
        break;
      case "performer":
        m0 |= 16777216;
        e19 = o[k];
        break;
      case "reasonCodeableConcept":
        m0 |= 33554432;
        e20 = o[k];
        break;
      case "reasonReference":
        m0 |= 67108864;
        e21 = o[k];
        break;
      case "basis":
        m0 |= 134217728;
        e22 = o[k];
        break;
      case "prediction":
        m0 |= 268435456;
        e23 = o[k];
        break;
      case "mitigation":
        m0 |= 536870912;
        e24 = o[k];
        break;
      case "comment":
        m1 |= 1;
        e25 = o[k];
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
      case "_occurrenceDateTime":
        m0 |= 2097152;
        break;
      case "_mitigation":
        m0 |= 1073741824;
        break;
      case "_comment":
        m1 |= 2;
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
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e9, x, p, "basedOn", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(e10, x, p, "parent", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e11) && (m0 & 32768) === 0)) {
    if (!vrt.prim(e11, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e11, vcodes.inCodes36)) {
    if (!vrt.eachWith(e11, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e12, x, p, "method", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e13, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "subject", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e15, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e15, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 7340032) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "occurrence", 0) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDateTime(e16) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(
        e16,
        o._occurrenceDateTime,
        x,
        p,
        "occurrence.ofType(dateTime)",
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
    if (!vrt.one(e17, x, p, "occurrence.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e18, x, p, "condition", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, false, x, p, "condition", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e19, x, p, "performer", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "performer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 100663296) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "reason", 0) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e20, x, p, "reason.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e21, x, p, "reason.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e22, x, p, "basis", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e23, x, p, "prediction", d, 0, -1, checkRiskAssessmentPrediction) && x.c === null) return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidString(e24) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e24, o._mitigation, x, p, "mitigation", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidString(e25) && (m1 & 2) === 0)) {
      if (!vrt.prim(e25, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
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
function checkRiskAssessmentPrediction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "RiskAssessment.prediction");
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
      case "outcome":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "probabilityDecimal":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "probabilityRange":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "qualitativeRisk":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "relativeRisk":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "whenPeriod":
        n++;
        m0 |= 1024;
        e8 = o[k];
        break;
      case "whenRange":
        n++;
        m0 |= 2048;
        e9 = o[k];
        break;
      case "rationale":
        n++;
        m0 |= 4096;
        e10 = o[k];
        break;
      case "_probabilityDecimal":
        n++;
        m0 |= 32;
        break;
      case "_relativeRisk":
        n++;
        m0 |= 512;
        break;
      case "_rationale":
        n++;
        m0 |= 8192;
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
  if (!vrt.one(e3, x, p, "outcome", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (vrt.bitCount(m0 & 112) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "probability", 0) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidDecimal(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(
        e4,
        o._probabilityDecimal,
        x,
        p,
        "probability.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_1
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e4, false, x, p, "probability.ofType(decimal)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "probability.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "probability.ofType(Range)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e6, x, p, "qualitativeRisk", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidDecimal(e7) && (m0 & 512) === 0)) {
      if (!vrt.prim(e7, o._relativeRisk, x, p, "relativeRisk", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m0 & 3072) > 1) {
    if (!vrt.checkChoice(o, CHOICE_3, x, p, "when", 0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e8, x, p, "when.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e9, x, p, "when.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e10, o._rationale, x, p, "rationale", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_1) && x.c === null) return false;
  return true;
}
function validateRiskAssessment(value, options) {
  return vrt.validateWith(value, "RiskAssessment", checkRiskAssessment, true, options, REGISTRY_0);
}
function isRiskAssessment(value, options) {
  return vrt.testWith(value, checkRiskAssessment, true, options, REGISTRY_0);
}
function buildRiskAssessment(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "RiskAssessment" },
    isRiskAssessment,
    validateRiskAssessment,
    "RiskAssessment"
  );
}
