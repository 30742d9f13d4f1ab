import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkRange } from "./Range.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
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
      case "basedOn":
        m0 |= 4096;
        break;
      case "parent":
        m0 |= 8192;
        break;
      case "status":
        m0 |= 16384;
        break;
      case "method":
        m0 |= 65536;
        break;
      case "code":
        m0 |= 131072;
        break;
      case "subject":
        m0 |= 262144;
        break;
      case "context":
        m0 |= 524288;
        break;
      case "occurrenceDateTime":
        m0 |= 1048576;
        break;
      case "occurrencePeriod":
        m0 |= 4194304;
        break;
      case "condition":
        m0 |= 8388608;
        break;
      case "performer":
        m0 |= 16777216;
        break;
      case "reasonCodeableConcept":
        m0 |= 33554432;
        break;
      case "reasonReference":
        m0 |= 67108864;
        break;
      case "basis":
        m0 |= 134217728;
        break;
      case "prediction":
        m0 |= 268435456;
        break;
      case "mitigation":
        m0 |= 536870912;
        break;
      case "comment":
        m1 |= 1;
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
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(o.basedOn, x, p, "basedOn", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(o.parent, x, p, "parent", d, 0, checkReference) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 32768) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes36)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(o.method, x, p, "method", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 7340032) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "occurrence", 0) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDateTime(o.occurrenceDateTime) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(
        o.occurrenceDateTime,
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
    if (!vrt.one(o.occurrencePeriod, x, p, "occurrence.ofType(Period)", d, 0, checkPeriod) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.condition, x, p, "condition", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.condition, false, x, p, "condition", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.performer, x, p, "performer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.performer, false, x, p, "performer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 100663296) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "reason", 0) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(o.reasonCodeableConcept, x, p, "reason.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.reasonReference, x, p, "reason.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(o.basis, x, p, "basis", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(o.prediction, x, p, "prediction", d, 0, -1, checkRiskAssessmentPrediction) && x.c === null)
      return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidString(o.mitigation) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.mitigation, o._mitigation, x, p, "mitigation", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidString(o.comment) && (m1 & 2) === 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
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
      case "outcome":
        n++;
        m0 |= 8;
        break;
      case "probabilityDecimal":
        n++;
        m0 |= 16;
        break;
      case "probabilityRange":
        n++;
        m0 |= 64;
        break;
      case "qualitativeRisk":
        n++;
        m0 |= 128;
        break;
      case "relativeRisk":
        n++;
        m0 |= 256;
        break;
      case "whenPeriod":
        n++;
        m0 |= 1024;
        break;
      case "whenRange":
        n++;
        m0 |= 2048;
        break;
      case "rationale":
        n++;
        m0 |= 4096;
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
  if (!vrt.one(o.outcome, x, p, "outcome", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (vrt.bitCount(m0 & 112) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "probability", 0) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidDecimal(o.probabilityDecimal) && (m0 & 32) === 0)) {
      if (!vrt.prim(
        o.probabilityDecimal,
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
    if (!vrt.eachWith(
      o.probabilityDecimal,
      false,
      x,
      p,
      "probability.ofType(decimal)",
      vrt.checkInvariant,
      INVARIANT_0
    ) && x.c === null)
      return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.probabilityRange, x, p, "probability.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
    if (!vrt.eachWith(o.probabilityRange, false, x, p, "probability.ofType(Range)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.qualitativeRisk, x, p, "qualitativeRisk", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidDecimal(o.relativeRisk) && (m0 & 512) === 0)) {
      if (!vrt.prim(
        o.relativeRisk,
        o._relativeRisk,
        x,
        p,
        "relativeRisk",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m0 & 3072) > 1) {
    if (!vrt.checkChoice(o, CHOICE_3, x, p, "when", 0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.whenPeriod, x, p, "when.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(o.whenRange, x, p, "when.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidString(o.rationale) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.rationale, o._rationale, x, p, "rationale", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
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
  return fillAndCheck(
    input,
    { resourceType: "RiskAssessment" },
    isRiskAssessment,
    validateRiskAssessment,
    "RiskAssessment"
  );
}
export {
  buildRiskAssessment,
  checkRiskAssessment,
  checkRiskAssessmentPrediction,
  isRiskAssessment,
  validateRiskAssessment
};
