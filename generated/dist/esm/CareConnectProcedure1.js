import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import {
  checkExtensionCareConnectAnaestheticIssues1
} from "./ExtensionCareConnectAnaestheticIssues1.js";
import { checkExtensionCodingSctdescid } from "./ExtensionCodingSctdescid.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck, fillPart } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Procedure"], type: "Procedure", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Procedure.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "anaestheticIssues",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AnaestheticIssues-1",
      check: (v, x, q, d) => checkExtensionCareConnectAnaestheticIssues1(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AnaestheticIssues-1":
        return 0;
    }
    return -1;
  }
};
const TARGETS_0 = ["ActivityDefinition", "HealthcareService", "PlanDefinition"];
const TARGETS_1 = ["CarePlan", "ProcedureRequest", "ReferralRequest"];
const TARGETS_2 = ["MedicationAdministration", "Observation", "Procedure"];
const BINDING_1 = {
  has: vcodes.inCodes122,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/event-status"
};
const TARGETS_3 = ["Group", "Patient"];
const TARGETS_4 = ["Encounter", "EpisodeOfCare"];
const CHOICE_0 = vrt.choiceVariants(["performedDateTime", "performedPeriod"]);
const TARGETS_5 = ["Location"];
const TARGETS_6 = ["Condition", "Observation"];
const TARGETS_7 = ["DiagnosticReport"];
const TARGETS_8 = ["Condition"];
const TARGETS_9 = ["Device", "Medication", "Substance"];
const INVARIANT_0 = vrt.invariant({
  key: "pro-1",
  path: "Procedure",
  expression: "notDoneReason.empty() or notDone = true",
  severity: "error",
  human: "Reason not done is only permitted if notDone indicator is true"
});
const OWNER_1 = { paths: ["Procedure.identifier", "Identifier"], type: "Identifier", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes68,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-use"
};
const BINDING_3 = {
  has: vcodes.inCodings69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const TARGETS_10 = ["Organization"];
const OWNER_2 = {
  paths: ["Procedure.code", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ProcedureCode-1",
  reason: "a filter on http://snomed.info/sct needs a terminology server"
};
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.bindingNotChecked(v, x, q, UNCHECKED_0)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const OCCURRENCE_CHECK_0 = (v, x, q, d) => {
  if (!checkCareConnectProcedure1CodeCodingSnomedCT(v, x, q, d) && x.c === null) return false;
  return OCCURRENCE_0(v, x, q) || x.c !== null;
};
const SLICING_1 = {
  rules: "open",
  ordered: false,
  element: "Procedure.code.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => OCCURRENCE_CHECK_0(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_3 = { paths: ["Procedure.performer"], type: "BackboneElement", exact: true };
const TARGETS_11 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const OWNER_4 = {
  paths: ["Procedure.bodySite", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const UNCHECKED_1 = {
  strength: "extensible",
  valueSet: "https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-BodySite-1",
  reason: "a filter on http://snomed.info/sct needs a terminology server"
};
const OCCURRENCE_1 = (v, x, q) => {
  let ok = true;
  if (!vrt.bindingNotChecked(v, x, q, UNCHECKED_1)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const OCCURRENCE_CHECK_1 = (v, x, q, d) => {
  if (!checkCareConnectProcedure1BodySiteCodingSnomedCT(v, x, q, d) && x.c === null) return false;
  return OCCURRENCE_1(v, x, q) || x.c !== null;
};
const SLICING_2 = {
  rules: "open",
  ordered: false,
  element: "Procedure.bodySite.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => OCCURRENCE_CHECK_1(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_5 = {
  paths: ["Procedure.complication", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const UNCHECKED_2 = {
  strength: "required",
  valueSet: "https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ConditionCode-1",
  reason: "a filter on http://snomed.info/sct needs a terminology server"
};
const OCCURRENCE_2 = (v, x, q) => {
  let ok = true;
  if (!vrt.bindingNotChecked(v, x, q, UNCHECKED_2)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const OCCURRENCE_CHECK_2 = (v, x, q, d) => {
  if (!checkCareConnectProcedure1ComplicationCodingSnomedCT(v, x, q, d) && x.c === null) return false;
  return OCCURRENCE_2(v, x, q) || x.c !== null;
};
const SLICING_3 = {
  rules: "open",
  ordered: false,
  element: "Procedure.complication.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => OCCURRENCE_CHECK_2(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_6 = { paths: ["Procedure.note", "Annotation"], type: "Annotation", exact: true };
const CHOICE_1 = vrt.choiceVariants(["authorReference", "authorString"]);
const TARGETS_12 = ["Patient", "Practitioner", "RelatedPerson"];
const OWNER_7 = { paths: ["Procedure.focalDevice"], type: "BackboneElement", exact: true };
const TARGETS_13 = ["Device"];
const OWNER_8 = { paths: ["Procedure.code.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_1 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_8, false);
const SLICING_4 = {
  rules: "open",
  ordered: false,
  element: "Procedure.code.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_1(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkExtensionCodingSctdescid(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_9 = { paths: ["Procedure.bodySite.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_2 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_9, false);
const SLICING_5 = {
  rules: "open",
  ordered: false,
  element: "Procedure.bodySite.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_2(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkExtensionCodingSctdescid(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_10 = {
  paths: ["Procedure.complication.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_3 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_10, false);
const SLICING_6 = {
  rules: "open",
  ordered: false,
  element: "Procedure.complication.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_3(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkExtensionCodingSctdescid(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Procedure-1",
      check: checkCareConnectProcedure1,
      type: "Procedure",
      base: false
    }
  ],
  extensions: [
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AnaestheticIssues-1",
      check: checkExtensionCareConnectAnaestheticIssues1,
      contexts: ["Procedure"],
      contextTypes: ["Procedure"]
    },
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: checkExtensionCodingSctdescid,
      contexts: [
        "Encounter",
        "Condition",
        "Observation",
        "Flag",
        "Immunization",
        "AllergyIntolerance",
        "FamilyMemberHistory",
        "MedicationRequest",
        "MedicationStatement",
        "Procedure",
        "Medication"
      ],
      contextTypes: [
        "AllergyIntolerance",
        "Condition",
        "Encounter",
        "FamilyMemberHistory",
        "Flag",
        "Immunization",
        "Medication",
        "MedicationRequest",
        "MedicationStatement",
        "Observation",
        "Procedure"
      ]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectProcedure1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Procedure") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34;
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
      case "definition":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "basedOn":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "partOf":
        m0 |= 16384;
        e11 = o[k];
        break;
      case "status":
        m0 |= 32768;
        e12 = o[k];
        break;
      case "notDone":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "notDoneReason":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "category":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "code":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "subject":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "context":
        m0 |= 8388608;
        e18 = o[k];
        break;
      case "performedDateTime":
        m0 |= 16777216;
        e19 = o[k];
        break;
      case "performedPeriod":
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "performer":
        m0 |= 134217728;
        e21 = o[k];
        break;
      case "location":
        m0 |= 268435456;
        e22 = o[k];
        break;
      case "reasonCode":
        m0 |= 536870912;
        e23 = o[k];
        break;
      case "reasonReference":
        m0 |= 1073741824;
        e24 = o[k];
        break;
      case "bodySite":
        m1 |= 1;
        e25 = o[k];
        break;
      case "outcome":
        m1 |= 2;
        e26 = o[k];
        break;
      case "report":
        m1 |= 4;
        e27 = o[k];
        break;
      case "complication":
        m1 |= 8;
        e28 = o[k];
        break;
      case "complicationDetail":
        m1 |= 16;
        e29 = o[k];
        break;
      case "followUp":
        m1 |= 32;
        e30 = o[k];
        break;
      case "note":
        m1 |= 64;
        e31 = o[k];
        break;
      case "focalDevice":
        m1 |= 128;
        e32 = o[k];
        break;
      case "usedReference":
        m1 |= 256;
        e33 = o[k];
        break;
      case "usedCode":
        m1 |= 512;
        e34 = o[k];
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
      case "_notDone":
        m0 |= 262144;
        break;
      case "_performedDateTime":
        m0 |= 33554432;
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
    if (!vrt.one(e1, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
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
    if (!vrt.one(e4, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e5, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkSliced(e6, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkCareConnectProcedure1Identifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e9, x, p, "definition", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e10, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e10, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e11, x, p, "partOf", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e12) && (m0 & 65536) === 0)) {
    if (!vrt.prim(e12, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e12, vcodes.inCodes122)) {
    if (!vrt.eachWith(e12, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidBoolean(e13) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e13, o._notDone, x, p, "notDone", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e14, x, p, "notDoneReason", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e15, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e16, x, p, "code", d, 0, checkCareConnectProcedure1Code) && x.c === null) return false;
  }
  if (!vrt.one(e17, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e17, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e18, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 117440512) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "performed", 0) && x.c === null) return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDateTime(e19) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(
        e19,
        o._performedDateTime,
        x,
        p,
        "performed.ofType(dateTime)",
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
    if (!vrt.one(e20, x, p, "performed.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e21, x, p, "performer", d, 0, -1, checkCareConnectProcedure1Performer) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(e22, x, p, "location", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e22, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e23, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e24, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e24, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e25, x, p, "bodySite", d, 0, -1, checkCareConnectProcedure1BodySite) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e26, x, p, "outcome", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(e27, x, p, "report", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e27, true, x, p, "report", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(e28, x, p, "complication", d, 0, -1, checkCareConnectProcedure1Complication) && x.c === null)
      return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e29, x, p, "complicationDetail", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e29, true, x, p, "complicationDetail", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
      return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(e30, x, p, "followUp", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(e31, x, p, "note", d, 0, -1, checkCareConnectProcedure1Note) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(e32, x, p, "focalDevice", d, 0, -1, _checkProcedureFocalDevice) && x.c === null) return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.many(e33, x, p, "usedReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e33, true, x, p, "usedReference", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.many(e34, x, p, "usedCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
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
  if ((m0 & 524288) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_notDoneReason"], o["notDoneReason"]) === 0,
          vrt.fpEqValue(vrt.fpOneValue(o["_notDone"], o["notDone"]), true)
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  return true;
}
function checkCareConnectProcedure1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure.identifier");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7;
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "system":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "value":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "period":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "assigner":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_system":
        n++;
        m0 |= 64;
        break;
      case "_value":
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
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
    }
    if (!vrt.codeIn(e2, vcodes.inCodes68)) {
      if (!vrt.eachWith(e2, false, x, p, "use", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e3, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e6, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e7, x, p, "assigner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e7, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_10) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectProcedure1Code(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure.code");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_1) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectProcedure1Performer(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure.performer");
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
      case "onBehalfOf":
        n++;
        m0 |= 32;
        e5 = o[k];
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "role", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(e4, x, p, "actor", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_11) && x.c === null) return false;
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "onBehalfOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_10) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectProcedure1BodySite(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure.bodySite");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_2) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectProcedure1Complication(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure.complication");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_3) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectProcedure1Note(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure.note");
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
      case "authorReference":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "authorString":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "time":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "text":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_authorString":
        n++;
        m0 |= 16;
        break;
      case "_time":
        n++;
        m0 |= 64;
        break;
      case "_text":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 28) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "author", 0) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e2, x, p, "author.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e2, false, x, p, "author.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_12) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._authorString, x, p, "author.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_6) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e3, false, x, p, "author.ofType(string)", vrt.onObject, vrt.checkRef1) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDateTime(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_6) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._text, x, p, "text", d, 1, vrt.isValidString, "string", OWNER_6) && x.c === null) return false;
  }
  return true;
}
function _checkProcedureFocalDevice(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure.focalDevice");
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
      case "action":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "manipulated":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "action", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(e4, x, p, "manipulated", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "manipulated", vrt.checkReferenceTarget, TARGETS_13) && x.c === null) return false;
  return true;
}
function checkCareConnectProcedure1CodeCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure.code.coding");
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
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
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_4) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_8) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_8) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_8) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_8) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectProcedure1BodySiteCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure.bodySite.coding");
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
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
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_5) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_9) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_9) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_9) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_9) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectProcedure1ComplicationCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure.complication.coding");
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
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
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_6) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_10) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_10) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_10) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_10) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCareConnectProcedure1(value, options) {
  return vrt.validateWith(value, "Procedure", checkCareConnectProcedure1, true, options, REGISTRY_0);
}
function isCareConnectProcedure1(value, options) {
  return vrt.testWith(value, checkCareConnectProcedure1, true, options, REGISTRY_0);
}
function buildCareConnectProcedure1(input) {
  return fillAndCheck(
    input,
    { resourceType: "Procedure", profile: "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Procedure-1" },
    isCareConnectProcedure1,
    validateCareConnectProcedure1,
    "CareConnectProcedure1"
  );
}
function buildCareConnectProcedure1CodeCodingSnomedCT(input) {
  return fillPart(input, { set: { system: "http://snomed.info/sct" } });
}
function buildCareConnectProcedure1BodySiteCodingSnomedCT(input) {
  return fillPart(input, { set: { system: "http://snomed.info/sct" } });
}
function buildCareConnectProcedure1ComplicationCodingSnomedCT(input) {
  return fillPart(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
export {
  buildCareConnectProcedure1,
  buildCareConnectProcedure1BodySiteCodingSnomedCT,
  buildCareConnectProcedure1CodeCodingSnomedCT,
  buildCareConnectProcedure1ComplicationCodingSnomedCT,
  checkCareConnectProcedure1,
  checkCareConnectProcedure1BodySite,
  checkCareConnectProcedure1BodySiteCodingSnomedCT,
  checkCareConnectProcedure1Code,
  checkCareConnectProcedure1CodeCodingSnomedCT,
  checkCareConnectProcedure1Complication,
  checkCareConnectProcedure1ComplicationCodingSnomedCT,
  checkCareConnectProcedure1Identifier,
  checkCareConnectProcedure1Note,
  checkCareConnectProcedure1Performer,
  isCareConnectProcedure1,
  validateCareConnectProcedure1
};
