import { checkAge } from "./Age.js";
import { checkAnnotation } from "./Annotation.js";
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
const OWNER_0 = { paths: ["AllergyIntolerance"], type: "AllergyIntolerance", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes13,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/allergy-clinical-status"
};
const BINDING_2 = {
  has: vcodes.inCodes14,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/allergy-verification-status"
};
const BINDING_3 = {
  has: vcodes.inCodes15,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/allergy-intolerance-type"
};
const BINDING_4 = {
  has: vcodes.inCodes16,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/allergy-intolerance-category"
};
const BINDING_5 = {
  has: vcodes.inCodes17,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/allergy-intolerance-criticality"
};
const TARGETS_0 = ["Patient"];
const CHOICE_0 = vrt.choiceVariants([
  "onsetDateTime",
  "onsetAge",
  "onsetPeriod",
  "onsetRange",
  "onsetString"
]);
const TARGETS_1 = ["Patient", "Practitioner"];
const TARGETS_2 = ["Patient", "Practitioner", "RelatedPerson"];
const INVARIANT_0 = vrt.invariant({
  key: "ait-1",
  path: "AllergyIntolerance",
  expression: "verificationStatus='entered-in-error' or clinicalStatus.exists()",
  severity: "error",
  human: "AllergyIntolerance.clinicalStatus SHALL be present if verificationStatus is not entered-in-error."
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpEqValue(vrt.fpOneValue(o["_verificationStatus"], o["verificationStatus"]), "entered-in-error"),
    vrt.fpSizeOfValue(o["_clinicalStatus"], o["clinicalStatus"]) > 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "ait-2",
  path: "AllergyIntolerance",
  expression: "verificationStatus!='entered-in-error' or clinicalStatus.empty()",
  severity: "error",
  human: "AllergyIntolerance.clinicalStatus SHALL NOT be present if verification Status is entered-in-error"
});
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpNeValue(vrt.fpOneValue(o["_verificationStatus"], o["verificationStatus"]), "entered-in-error"),
    vrt.fpSizeOfValue(o["_clinicalStatus"], o["clinicalStatus"]) === 0
  );
};
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const OWNER_1 = { paths: ["AllergyIntolerance.reaction"], type: "BackboneElement", exact: true };
const BINDING_6 = {
  has: vcodes.inCodes18,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/reaction-event-severity"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/AllergyIntolerance",
      check: checkAllergyIntolerance,
      type: "AllergyIntolerance",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkAllergyIntolerance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "AllergyIntolerance") && x.c === null) return false;
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
      case "clinicalStatus":
        m0 |= 4096;
        break;
      case "verificationStatus":
        m0 |= 16384;
        break;
      case "type":
        m0 |= 65536;
        break;
      case "category":
        m0 |= 262144;
        break;
      case "criticality":
        m0 |= 1048576;
        break;
      case "code":
        m0 |= 4194304;
        break;
      case "patient":
        m0 |= 8388608;
        break;
      case "onsetDateTime":
        m0 |= 16777216;
        break;
      case "onsetAge":
        m0 |= 67108864;
        break;
      case "onsetPeriod":
        m0 |= 134217728;
        break;
      case "onsetRange":
        m0 |= 268435456;
        break;
      case "onsetString":
        m0 |= 536870912;
        break;
      case "assertedDate":
        m1 |= 1;
        break;
      case "recorder":
        m1 |= 4;
        break;
      case "asserter":
        m1 |= 8;
        break;
      case "lastOccurrence":
        m1 |= 16;
        break;
      case "note":
        m1 |= 64;
        break;
      case "reaction":
        m1 |= 128;
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
      case "_clinicalStatus":
        m0 |= 8192;
        break;
      case "_verificationStatus":
        m0 |= 32768;
        break;
      case "_type":
        m0 |= 131072;
        break;
      case "_category":
        m0 |= 524288;
        break;
      case "_criticality":
        m0 |= 2097152;
        break;
      case "_onsetDateTime":
        m0 |= 33554432;
        break;
      case "_onsetString":
        m0 |= 1073741824;
        break;
      case "_assertedDate":
        m1 |= 2;
        break;
      case "_lastOccurrence":
        m1 |= 32;
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
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(o.clinicalStatus) && (m0 & 8192) === 0)) {
      if (!vrt.prim(
        o.clinicalStatus,
        o._clinicalStatus,
        x,
        p,
        "clinicalStatus",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_0
      ) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.clinicalStatus, vcodes.inCodes13)) {
      if (!vrt.eachWith(o.clinicalStatus, false, x, p, "clinicalStatus", vrt.checkCode, BINDING_1) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.verificationStatus) && (m0 & 32768) === 0)) {
    if (!vrt.prim(
      o.verificationStatus,
      o._verificationStatus,
      x,
      p,
      "verificationStatus",
      d,
      1,
      vrt.isValidCode,
      "code",
      OWNER_0
    ) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.verificationStatus, vcodes.inCodes14)) {
    if (!vrt.eachWith(o.verificationStatus, false, x, p, "verificationStatus", vrt.checkCode, BINDING_2) && x.c === null)
      return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidCode(o.type) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.type, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.type, vcodes.inCodes15)) {
      if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!vrt.prims(o.category, o._category, x, p, "category", d, 0, -1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
    if (!vrt.eachWith(o.category, true, x, p, "category", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidCode(o.criticality) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(o.criticality, o._criticality, x, p, "criticality", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.criticality, vcodes.inCodes17)) {
      if (!vrt.eachWith(o.criticality, false, x, p, "criticality", vrt.checkCode, BINDING_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.patient, x, p, "patient", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if (vrt.bitCount(m0 & 2130706432) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "onset", 0) && x.c === null) return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDateTime(o.onsetDateTime) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(
        o.onsetDateTime,
        o._onsetDateTime,
        x,
        p,
        "onset.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.onsetAge, x, p, "onset.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(o.onsetPeriod, x, p, "onset.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(o.onsetRange, x, p, "onset.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidString(o.onsetString) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(
        o.onsetString,
        o._onsetString,
        x,
        p,
        "onset.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidDateTime(o.assertedDate) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        o.assertedDate,
        o._assertedDate,
        x,
        p,
        "assertedDate",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.one(o.recorder, x, p, "recorder", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.recorder, false, x, p, "recorder", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.one(o.asserter, x, p, "asserter", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.asserter, false, x, p, "asserter", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidDateTime(o.lastOccurrence) && (m1 & 32) === 0)) {
      if (!vrt.prim(
        o.lastOccurrence,
        o._lastOccurrence,
        x,
        p,
        "lastOccurrence",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(o.reaction, x, p, "reaction", d, 0, -1, checkAllergyIntoleranceReaction) && x.c === null)
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
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  if ((m0 & 12288) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  }
  return true;
}
function checkAllergyIntoleranceReaction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction");
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
      case "substance":
        n++;
        m0 |= 8;
        break;
      case "manifestation":
        n++;
        m0 |= 16;
        break;
      case "description":
        n++;
        m0 |= 32;
        break;
      case "onset":
        n++;
        m0 |= 128;
        break;
      case "severity":
        n++;
        m0 |= 512;
        break;
      case "exposureRoute":
        n++;
        m0 |= 2048;
        break;
      case "note":
        n++;
        m0 |= 4096;
        break;
      case "_description":
        n++;
        m0 |= 64;
        break;
      case "_onset":
        n++;
        m0 |= 256;
        break;
      case "_severity":
        n++;
        m0 |= 1024;
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.substance, x, p, "substance", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.many(o.manifestation, x, p, "manifestation", d, 1, -1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidDateTime(o.onset) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.onset, o._onset, x, p, "onset", d, 0, vrt.isValidDateTime, "dateTime", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidCode(o.severity) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.severity, o._severity, x, p, "severity", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.severity, vcodes.inCodes18)) {
      if (!vrt.eachWith(o.severity, false, x, p, "severity", vrt.checkCode, BINDING_6) && x.c === null) return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(o.exposureRoute, x, p, "exposureRoute", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  return true;
}
function validateAllergyIntolerance(value, options) {
  return vrt.validateWith(value, "AllergyIntolerance", checkAllergyIntolerance, true, options, REGISTRY_0);
}
function isAllergyIntolerance(value, options) {
  return vrt.testWith(value, checkAllergyIntolerance, true, options, REGISTRY_0);
}
function buildAllergyIntolerance(input) {
  return fillAndCheck(
    input,
    { resourceType: "AllergyIntolerance" },
    isAllergyIntolerance,
    validateAllergyIntolerance,
    "AllergyIntolerance"
  );
}
export {
  buildAllergyIntolerance,
  checkAllergyIntolerance,
  checkAllergyIntoleranceReaction,
  isAllergyIntolerance,
  validateAllergyIntolerance
};
