import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
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
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_vaccineCode"], o["vaccineCode"]) > 0,
    vrt.fpSizeOfValue(o["_targetDisease"], o["targetDisease"]) > 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
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
      case "patient":
        m0 |= 4096;
        break;
      case "recommendation":
        m0 |= 8192;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (!vrt.one(o.patient, x, p, "patient", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if (!vrt.many(o.recommendation, x, p, "recommendation", d, 1, -1, checkImmunizationRecommendationRecommendation) && x.c === null)
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
      case "date":
        n++;
        m0 |= 8;
        break;
      case "vaccineCode":
        n++;
        m0 |= 32;
        break;
      case "targetDisease":
        n++;
        m0 |= 64;
        break;
      case "doseNumber":
        n++;
        m0 |= 128;
        break;
      case "forecastStatus":
        n++;
        m0 |= 512;
        break;
      case "dateCriterion":
        n++;
        m0 |= 1024;
        break;
      case "protocol":
        n++;
        m0 |= 2048;
        break;
      case "supportingImmunization":
        n++;
        m0 |= 4096;
        break;
      case "supportingPatientInformation":
        n++;
        m0 |= 8192;
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
  if (!(vrt.isValidDateTime(o.date) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.date, o._date, x, p, "date", d, 1, vrt.isValidDateTime, "dateTime", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.vaccineCode, x, p, "vaccineCode", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.targetDisease, x, p, "targetDisease", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidPositiveInt(o.doseNumber) && (m0 & 256) === 0)) {
      if (!vrt.prim(
        o.doseNumber,
        o._doseNumber,
        x,
        p,
        "doseNumber",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(o.forecastStatus, x, p, "forecastStatus", d, 1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(
      o.dateCriterion,
      x,
      p,
      "dateCriterion",
      d,
      0,
      -1,
      checkImmunizationRecommendationRecommendationDateCriterion
    ) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(o.protocol, x, p, "protocol", d, 0, checkImmunizationRecommendationRecommendationProtocol) && x.c === null)
      return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.supportingImmunization, x, p, "supportingImmunization", d, 0, -1, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.supportingImmunization,
      true,
      x,
      p,
      "supportingImmunization",
      vrt.checkReferenceTarget,
      TARGETS_1
    ) && x.c === null)
      return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.supportingPatientInformation, x, p, "supportingPatientInformation", d, 0, -1, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.supportingPatientInformation,
      true,
      x,
      p,
      "supportingPatientInformation",
      vrt.checkReferenceTarget,
      TARGETS_2
    ) && x.c === null)
      return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function checkImmunizationRecommendationRecommendationDateCriterion(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImmunizationRecommendation.recommendation.dateCriterion");
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
      case "code":
        n++;
        m0 |= 8;
        break;
      case "value":
        n++;
        m0 |= 16;
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
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (!(vrt.isValidDateTime(o.value) && (m0 & 32) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidDateTime, "dateTime", OWNER_2) && x.c === null)
      return false;
  }
  return true;
}
function checkImmunizationRecommendationRecommendationProtocol(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImmunizationRecommendation.recommendation.protocol");
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
      case "doseSequence":
        n++;
        m0 |= 8;
        break;
      case "description":
        n++;
        m0 |= 32;
        break;
      case "authority":
        n++;
        m0 |= 128;
        break;
      case "series":
        n++;
        m0 |= 256;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidPositiveInt(o.doseSequence) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.doseSequence,
        o._doseSequence,
        x,
        p,
        "doseSequence",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.authority, x, p, "authority", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.authority, false, x, p, "authority", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(o.series) && (m0 & 512) === 0)) {
      if (!vrt.prim(o.series, o._series, x, p, "series", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
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
  return fillAndCheck(
    input,
    { resourceType: "ImmunizationRecommendation" },
    isImmunizationRecommendation,
    validateImmunizationRecommendation,
    "ImmunizationRecommendation"
  );
}
export {
  buildImmunizationRecommendation,
  checkImmunizationRecommendation,
  checkImmunizationRecommendationRecommendation,
  checkImmunizationRecommendationRecommendationDateCriterion,
  checkImmunizationRecommendationRecommendationProtocol,
  isImmunizationRecommendation,
  validateImmunizationRecommendation
};
