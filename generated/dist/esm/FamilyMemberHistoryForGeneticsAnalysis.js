import { checkAge } from "./Age.js";
import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import {
  checkFamilyMemberHistoryGeneticsObservation
} from "./FamilyMemberHistoryGeneticsObservation.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkParent } from "./Parent.js";
import { checkPeriod } from "./Period.js";
import { checkRange } from "./Range.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSibling } from "./Sibling.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["FamilyMemberHistory"], type: "FamilyMemberHistory", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "FamilyMemberHistory.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "Parent",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent",
      check: (v, x, q, d) => checkParent(v, x, q, d)
    },
    {
      name: "Sibling",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-sibling",
      check: (v, x, q, d) => checkSibling(v, x, q, d)
    },
    {
      name: "Observation",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-observation",
      check: (v, x, q, d) => checkFamilyMemberHistoryGeneticsObservation(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent":
        return 0;
      case "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-sibling":
        return 1;
      case "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-observation":
        return 2;
    }
    return -1;
  }
};
const TARGETS_0 = ["PlanDefinition", "Questionnaire"];
const BINDING_1 = {
  has: vcodes.inCodes221,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/history-status"
};
const TARGETS_1 = ["Patient"];
const BINDING_2 = {
  has: vcodes.inCodes109,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/administrative-gender"
};
const CHOICE_0 = vrt.choiceVariants(["bornPeriod", "bornDate", "bornString"]);
const CHOICE_1 = vrt.choiceVariants(["ageAge", "ageRange", "ageString"]);
const CHOICE_2 = vrt.choiceVariants([
  "deceasedBoolean",
  "deceasedAge",
  "deceasedRange",
  "deceasedDate",
  "deceasedString"
]);
const TARGETS_2 = ["AllergyIntolerance", "Condition", "Observation", "QuestionnaireResponse"];
const INVARIANT_0 = vrt.invariant({
  key: "fhs-2",
  path: "FamilyMemberHistory",
  expression: "age.exists() or estimatedAge.empty()",
  severity: "error",
  human: "Can only have estimatedAge if age[x] is present"
});
const CHOICE_KEYS_0 = [
  ["ageAge", "_ageAge"],
  ["ageRange", "_ageRange"],
  ["ageString", "_ageString"]
];
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfChoice(n, CHOICE_KEYS_0) > 0,
    vrt.fpSizeOfValue(o["_estimatedAge"], o["estimatedAge"]) === 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "fhs-3",
  path: "FamilyMemberHistory",
  expression: "notDone or notDoneReason.exists().not()",
  severity: "error",
  human: 'Not Done Reason can only be specified if NotDone is "true"'
});
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpTruthValue(vrt.fpOneValue(o["_notDone"], o["notDone"])),
    !(vrt.fpSizeOfValue(o["_notDoneReason"], o["notDoneReason"]) > 0)
  );
};
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const INVARIANT_2 = vrt.invariant({
  key: "fhs-1",
  path: "FamilyMemberHistory",
  expression: "age.empty() or born.empty()",
  severity: "error",
  human: "Can have age[x] or born[x], but not both"
});
const CHOICE_KEYS_1 = [
  ["bornPeriod", "_bornPeriod"],
  ["bornDate", "_bornDate"],
  ["bornString", "_bornString"]
];
const FHIRPATH_2 = (n) => vrt.fpOr3(vrt.fpSizeOfChoice(n, CHOICE_KEYS_0) === 0, vrt.fpSizeOfChoice(n, CHOICE_KEYS_1) === 0);
const TRANSLATED_2 = { inv: INVARIANT_2, fn: FHIRPATH_2 };
const OWNER_1 = { paths: ["FamilyMemberHistory.condition"], type: "BackboneElement", exact: true };
const CHOICE_3 = vrt.choiceVariants([
  "onsetAge",
  "onsetRange",
  "onsetPeriod",
  "onsetString"
]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/familymemberhistory-genetic",
      check: checkFamilyMemberHistoryForGeneticsAnalysis,
      type: "FamilyMemberHistory",
      base: false
    }
  ],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-observation",
      check: checkFamilyMemberHistoryGeneticsObservation,
      contexts: ["FamilyMemberHistory"],
      contextTypes: ["FamilyMemberHistory"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent",
      check: checkParent,
      contexts: ["FamilyMemberHistory"],
      contextTypes: ["FamilyMemberHistory"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-sibling",
      check: checkSibling,
      contexts: ["FamilyMemberHistory"],
      contextTypes: ["FamilyMemberHistory"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkFamilyMemberHistoryForGeneticsAnalysis(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "FamilyMemberHistory");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "FamilyMemberHistory") && x.c === null) return false;
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
      case "status":
        m0 |= 8192;
        break;
      case "notDone":
        m0 |= 32768;
        break;
      case "notDoneReason":
        m0 |= 131072;
        break;
      case "patient":
        m0 |= 262144;
        break;
      case "date":
        m0 |= 524288;
        break;
      case "name":
        m0 |= 2097152;
        break;
      case "relationship":
        m0 |= 8388608;
        break;
      case "gender":
        m0 |= 16777216;
        break;
      case "bornPeriod":
        m0 |= 67108864;
        break;
      case "bornDate":
        m0 |= 134217728;
        break;
      case "bornString":
        m0 |= 536870912;
        break;
      case "ageAge":
        m1 |= 1;
        break;
      case "ageRange":
        m1 |= 2;
        break;
      case "ageString":
        m1 |= 4;
        break;
      case "estimatedAge":
        m1 |= 16;
        break;
      case "deceasedBoolean":
        m1 |= 64;
        break;
      case "deceasedAge":
        m1 |= 256;
        break;
      case "deceasedRange":
        m1 |= 512;
        break;
      case "deceasedDate":
        m1 |= 1024;
        break;
      case "deceasedString":
        m1 |= 4096;
        break;
      case "reasonCode":
        m1 |= 16384;
        break;
      case "reasonReference":
        m1 |= 32768;
        break;
      case "note":
        m1 |= 65536;
        break;
      case "condition":
        m1 |= 131072;
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
      case "_notDone":
        m0 |= 65536;
        break;
      case "_date":
        m0 |= 1048576;
        break;
      case "_name":
        m0 |= 4194304;
        break;
      case "_gender":
        m0 |= 33554432;
        break;
      case "_bornDate":
        m0 |= 268435456;
        break;
      case "_bornString":
        m0 |= 1073741824;
        break;
      case "_ageString":
        m1 |= 8;
        break;
      case "_estimatedAge":
        m1 |= 32;
        break;
      case "_deceasedBoolean":
        m1 |= 128;
        break;
      case "_deceasedDate":
        m1 |= 2048;
        break;
      case "_deceasedString":
        m1 |= 8192;
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.definition, x, p, "definition", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.definition, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 16384) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes221)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidBoolean(o.notDone) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.notDone, o._notDone, x, p, "notDone", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.notDoneReason, x, p, "notDoneReason", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.patient, x, p, "patient", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
    return false;
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidString(o.name) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(o.relationship, x, p, "relationship", d, 1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidCode(o.gender) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.gender, o._gender, x, p, "gender", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.gender, vcodes.inCodes109)) {
      if (!vrt.eachWith(o.gender, false, x, p, "gender", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if (vrt.bitCount(m0 & 2080374784) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "born", 0) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.bornPeriod, x, p, "born.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidDate(o.bornDate) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(o.bornDate, o._bornDate, x, p, "born.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidString(o.bornString) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(
        o.bornString,
        o._bornString,
        x,
        p,
        "born.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m1 & 15) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "age", 0) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(o.ageAge, x, p, "age.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(o.ageRange, x, p, "age.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidString(o.ageString) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.ageString, o._ageString, x, p, "age.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidBoolean(o.estimatedAge) && (m1 & 32) === 0)) {
      if (!vrt.prim(
        o.estimatedAge,
        o._estimatedAge,
        x,
        p,
        "estimatedAge",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m1 & 16320) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "deceased", 0) && x.c === null) return false;
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidBoolean(o.deceasedBoolean) && (m1 & 128) === 0)) {
      if (!vrt.prim(
        o.deceasedBoolean,
        o._deceasedBoolean,
        x,
        p,
        "deceased.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.deceasedAge, x, p, "deceased.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.deceasedRange, x, p, "deceased.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 3072) !== 0) {
    if (!(vrt.isValidDate(o.deceasedDate) && (m1 & 2048) === 0)) {
      if (!vrt.prim(
        o.deceasedDate,
        o._deceasedDate,
        x,
        p,
        "deceased.ofType(date)",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12288) !== 0) {
    if (!(vrt.isValidString(o.deceasedString) && (m1 & 8192) === 0)) {
      if (!vrt.prim(
        o.deceasedString,
        o._deceasedString,
        x,
        p,
        "deceased.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.many(o.reasonCode, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.many(o.reasonReference, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.reasonReference, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.many(o.condition, x, p, "condition", d, 0, -1, checkFamilyMemberHistoryForGeneticsAnalysisCondition) && x.c === null)
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
  if ((m1 & 48) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  return true;
}
function checkFamilyMemberHistoryForGeneticsAnalysisCondition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "FamilyMemberHistory.condition");
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
      case "outcome":
        n++;
        m0 |= 16;
        break;
      case "onsetAge":
        n++;
        m0 |= 32;
        break;
      case "onsetRange":
        n++;
        m0 |= 64;
        break;
      case "onsetPeriod":
        n++;
        m0 |= 128;
        break;
      case "onsetString":
        n++;
        m0 |= 256;
        break;
      case "note":
        n++;
        m0 |= 1024;
        break;
      case "_onsetString":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.outcome, x, p, "outcome", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 992) > 1) {
    if (!vrt.checkChoice(o, CHOICE_3, x, p, "onset", 0) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.onsetAge, x, p, "onset.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.onsetRange, x, p, "onset.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.onsetPeriod, x, p, "onset.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(o.onsetString) && (m0 & 512) === 0)) {
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
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, 1, checkAnnotation) && x.c === null) return false;
  }
  return true;
}
function validateFamilyMemberHistoryForGeneticsAnalysis(value, options) {
  return vrt.validateWith(
    value,
    "FamilyMemberHistory",
    checkFamilyMemberHistoryForGeneticsAnalysis,
    true,
    options,
    REGISTRY_0
  );
}
function isFamilyMemberHistoryForGeneticsAnalysis(value, options) {
  return vrt.testWith(value, checkFamilyMemberHistoryForGeneticsAnalysis, true, options, REGISTRY_0);
}
function buildFamilyMemberHistoryForGeneticsAnalysis(input) {
  return fillAndCheck(
    input,
    {
      resourceType: "FamilyMemberHistory",
      profile: "http://hl7.org/fhir/StructureDefinition/familymemberhistory-genetic"
    },
    isFamilyMemberHistoryForGeneticsAnalysis,
    validateFamilyMemberHistoryForGeneticsAnalysis,
    "FamilyMemberHistoryForGeneticsAnalysis"
  );
}
export {
  buildFamilyMemberHistoryForGeneticsAnalysis,
  checkFamilyMemberHistoryForGeneticsAnalysis,
  checkFamilyMemberHistoryForGeneticsAnalysisCondition,
  isFamilyMemberHistoryForGeneticsAnalysis,
  validateFamilyMemberHistoryForGeneticsAnalysis
};
