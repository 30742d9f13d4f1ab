import { checkAddress } from "./Address.js";
import { checkAge } from "./Age.js";
import { checkAnnotation } from "./Annotation.js";
import { checkAttachment } from "./Attachment.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkContactPoint } from "./ContactPoint.js";
import { checkCount } from "./Count.js";
import { checkDistance } from "./Distance.js";
import { checkDuration } from "./Duration.js";
import { checkExtensionCodingSctdescid2 } from "./ExtensionCodingSctdescid2.js";
import { checkHumanName } from "./HumanName.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkMoney } from "./Money.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkQuantity } from "./Quantity.js";
import { checkRange } from "./Range.js";
import { checkRatio } from "./Ratio.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck, fillPart } from "./runtime/build/fill.js";
import { checkSampledData } from "./SampledData.js";
import { checkSignature } from "./Signature.js";
import { checkSimpleQuantity } from "./SimpleQuantity.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Immunization"], type: "Immunization", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Immunization.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "parentPresent",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ParentPresent-1",
      check: (v, x, q, d) => checkCareConnectGPCImmunization1ParentPresent(v, x, q, d)
    },
    {
      name: "recordedDate",
      min: 1,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DateRecorded-1",
      check: (v, x, q, d) => checkCareConnectGPCImmunization1RecordedDate(v, x, q, d)
    },
    {
      name: "vaccinationProcedure",
      min: 1,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-VaccinationProcedure-1",
      check: (v, x, q, d) => checkCareConnectGPCImmunization1VaccinationProcedure(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ParentPresent-1":
        return 0;
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DateRecorded-1":
        return 1;
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-VaccinationProcedure-1":
        return 2;
    }
    return -1;
  }
};
const BINDING_1 = {
  has: vcodes.inCodes85,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/immunization-status"
};
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.checkFixed(v, x, q, "completed")) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!vrt.checkCode(v, x, q, BINDING_1)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-VaccineCode-1",
  reason: "a filter on http://snomed.info/sct needs a terminology server"
};
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Encounter"];
const TARGETS_2 = ["Location"];
const TARGETS_3 = ["Organization"];
const INVARIANT_0 = vrt.invariant({
  key: "imm-2",
  path: "Immunization",
  expression: "(notGiven = true) or explanation.reasonNotGiven.empty()",
  severity: "error",
  human: "If immunization was administered (notGiven=false) then explanation.reasonNotGiven SHALL be absent."
});
const CHILD_SIZE_0 = (o) => vrt.fpSizeOfValue(o["_reasonNotGiven"], o["reasonNotGiven"]);
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpEqValue(vrt.fpOneValue(o["_notGiven"], o["notGiven"]), true),
    vrt.fpSizeOfEach(vrt.fpChildOf(n, "explanation", "_explanation"), CHILD_SIZE_0) === 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "imm-1",
  path: "Immunization",
  expression: "(notGiven = true).not() or (reaction.empty() and explanation.reason.empty())",
  severity: "error",
  human: "If immunization was not administered (notGiven=true) then there SHALL be no reaction nor explanation.reason present"
});
const CHILD_SIZE_1 = (o) => vrt.fpSizeOfValue(o["_reason"], o["reason"]);
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpNot3(vrt.fpEqValue(vrt.fpOneValue(o["_notGiven"], o["notGiven"]), true)),
    vrt.fpAnd3(
      vrt.fpSizeOfValue(o["_reaction"], o["reaction"]) === 0,
      vrt.fpSizeOfEach(vrt.fpChildOf(n, "explanation", "_explanation"), CHILD_SIZE_1) === 0
    )
  );
};
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const OWNER_1 = { paths: ["Immunization.meta", "Meta"], type: "Meta", exact: true };
const UNCHECKED_1 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const OWNER_2 = { paths: ["Immunization.extension", "Extension"], type: "Extension", exact: true };
const CHOICE_0 = vrt.choiceVariants([
  "valueBase64Binary",
  "valueBoolean",
  "valueCode",
  "valueDate",
  "valueDateTime",
  "valueDecimal",
  "valueId",
  "valueInstant",
  "valueInteger",
  "valueMarkdown",
  "valueOid",
  "valuePositiveInt",
  "valueString",
  "valueTime",
  "valueUnsignedInt",
  "valueUri",
  "valueAddress",
  "valueAge",
  "valueAnnotation",
  "valueAttachment",
  "valueCodeableConcept",
  "valueCoding",
  "valueContactPoint",
  "valueCount",
  "valueDistance",
  "valueDuration",
  "valueHumanName",
  "valueIdentifier",
  "valueMoney",
  "valuePeriod",
  "valueQuantity",
  "valueRange",
  "valueRatio",
  "valueReference",
  "valueSampledData",
  "valueSignature",
  "valueTiming",
  "valueMeta"
]);
const CHOICE_1 = vrt.choiceVariants(["valueCodeableConcept"]);
const OWNER_3 = {
  paths: ["Immunization.identifier", "Identifier"],
  type: "Identifier",
  exact: true
};
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
const OWNER_4 = {
  paths: ["Immunization.vaccineCode", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_1 = {
  rules: "open",
  ordered: false,
  element: "Immunization.vaccineCode.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCImmunization1VaccineCodeCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_5 = {
  paths: ["Immunization.site", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_2 = {
  rules: "open",
  ordered: false,
  element: "Immunization.site.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCImmunization1SiteCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_6 = {
  paths: ["Immunization.route", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_3 = {
  rules: "open",
  ordered: false,
  element: "Immunization.route.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCImmunization1RouteCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_7 = { paths: ["Immunization.practitioner"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodings86,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/immunization-role"
};
const TARGETS_4 = ["Practitioner"];
const OWNER_8 = { paths: ["Immunization.note", "Annotation"], type: "Annotation", exact: true };
const CHOICE_2 = vrt.choiceVariants(["authorReference", "authorString"]);
const TARGETS_5 = ["Patient", "Practitioner", "RelatedPerson"];
const OWNER_9 = { paths: ["Immunization.explanation"], type: "BackboneElement", exact: true };
const UNCHECKED_2 = {
  strength: "extensible",
  valueSet: "https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ReasonImmunizationNotAdministered-1",
  reason: "ValueSet https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ReasonImmunizationNotAdministered-1 is not in the loaded packages"
};
const OWNER_10 = { paths: ["Immunization.reaction"], type: "BackboneElement", exact: true };
const TARGETS_6 = ["Observation"];
const OWNER_11 = {
  paths: ["Immunization.vaccinationProtocol"],
  type: "BackboneElement",
  exact: true
};
const OWNER_12 = {
  paths: ["Immunization.vaccineCode.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_1 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_12, false);
const SLICING_4 = {
  rules: "open",
  ordered: false,
  element: "Immunization.vaccineCode.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_1(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkExtensionCodingSctdescid2(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_13 = { paths: ["Immunization.site.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_2 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_13, false);
const SLICING_5 = {
  rules: "open",
  ordered: false,
  element: "Immunization.site.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_2(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkCareConnectGPCImmunization1SiteCodingSnomedCTSnomedCTDescriptionID(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_14 = { paths: ["Immunization.route.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_3 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_14, false);
const SLICING_6 = {
  rules: "open",
  ordered: false,
  element: "Immunization.route.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_3(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkCareConnectGPCImmunization1RouteCodingSnomedCTSnomedCTDescriptionID(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_15 = {
  paths: ["Immunization.vaccinationProtocol.targetDisease", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_7 = {
  rules: "open",
  ordered: false,
  element: "Immunization.vaccinationProtocol.targetDisease.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCImmunization1VaccinationProtocolTargetDiseaseCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_16 = {
  paths: ["Immunization.vaccinationProtocol.doseStatus", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const OWNER_17 = {
  paths: ["Immunization.site.coding.extension", "Coding.extension"],
  type: "Extension",
  exact: true
};
const OWNER_18 = {
  paths: ["Immunization.route.coding.extension", "Coding.extension"],
  type: "Extension",
  exact: true
};
const OWNER_19 = {
  paths: ["Immunization.vaccinationProtocol.targetDisease.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_4 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_19, false);
const SLICING_8 = {
  rules: "open",
  ordered: false,
  element: "Immunization.vaccinationProtocol.targetDisease.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_4(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkCareConnectGPCImmunization1VaccinationProtocolTargetDiseaseCodingSnomedCTSnomedCTDescriptionID(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_20 = {
  paths: ["Immunization.vaccinationProtocol.doseStatus.coding", "Coding"],
  type: "Coding",
  exact: true
};
const OWNER_21 = {
  paths: ["Immunization.vaccinationProtocol.targetDisease.coding.extension", "Coding.extension"],
  type: "Extension",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Immunization-1",
      check: checkCareConnectGPCImmunization1,
      type: "Immunization",
      base: false
    }
  ],
  extensions: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: checkExtensionCodingSctdescid2,
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
        "Medication",
        "DocumentReference"
      ],
      contextTypes: [
        "AllergyIntolerance",
        "Condition",
        "DocumentReference",
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
function checkCareConnectGPCImmunization1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Immunization") && x.c === null) return false;
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
      case "status":
        m0 |= 4096;
        break;
      case "notGiven":
        m0 |= 16384;
        break;
      case "vaccineCode":
        m0 |= 65536;
        break;
      case "patient":
        m0 |= 131072;
        break;
      case "encounter":
        m0 |= 262144;
        break;
      case "date":
        m0 |= 524288;
        break;
      case "primarySource":
        m0 |= 2097152;
        break;
      case "reportOrigin":
        m0 |= 8388608;
        break;
      case "location":
        m0 |= 16777216;
        break;
      case "manufacturer":
        m0 |= 33554432;
        break;
      case "lotNumber":
        m0 |= 67108864;
        break;
      case "expirationDate":
        m0 |= 268435456;
        break;
      case "site":
        m0 |= 1073741824;
        break;
      case "route":
        m1 |= 1;
        break;
      case "doseQuantity":
        m1 |= 2;
        break;
      case "practitioner":
        m1 |= 4;
        break;
      case "note":
        m1 |= 8;
        break;
      case "explanation":
        m1 |= 16;
        break;
      case "reaction":
        m1 |= 32;
        break;
      case "vaccinationProtocol":
        m1 |= 64;
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
    if (!(vrt.isValidId(o.id) && (m0 & 2) === 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkCareConnectGPCImmunization1Meta) && x.c === null) return false;
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
  if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (!vrt.many(o.identifier, x, p, "identifier", d, 1, -1, checkCareConnectGPCImmunization1Identifier) && x.c === null)
    return false;
  if (!((o.status === "completed" || vrt.isValidCode(o.status)) && (m0 & 8192) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.each(o.status, false, x, p, "status", OCCURRENCE_0) && x.c === null) return false;
  if (!(vrt.isValidBoolean(o.notGiven) && (m0 & 32768) === 0)) {
    if (!vrt.prim(o.notGiven, o._notGiven, x, p, "notGiven", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.one(o.vaccineCode, x, p, "vaccineCode", d, 1, checkCareConnectGPCImmunization1VaccineCode) && x.c === null)
    return false;
  if (!vrt.eachWith(o.vaccineCode, false, x, p, "vaccineCode", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
    return false;
  if (!vrt.one(o.patient, x, p, "patient", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.encounter, x, p, "encounter", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.encounter, false, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidBoolean(o.primarySource) && (m0 & 4194304) === 0)) {
    if (!vrt.prim(
      o.primarySource,
      o._primarySource,
      x,
      p,
      "primarySource",
      d,
      1,
      vrt.isValidBoolean,
      "boolean",
      OWNER_0
    ) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.reportOrigin, x, p, "reportOrigin", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.location, x, p, "location", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.location, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(o.manufacturer, x, p, "manufacturer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.manufacturer, false, x, p, "manufacturer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(o.lotNumber) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(o.lotNumber, o._lotNumber, x, p, "lotNumber", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidDate(o.expirationDate) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(
        o.expirationDate,
        o._expirationDate,
        x,
        p,
        "expirationDate",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(o.site, x, p, "site", d, 0, checkCareConnectGPCImmunization1Site) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(o.route, x, p, "route", d, 0, checkCareConnectGPCImmunization1Route) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(o.doseQuantity, x, p, "doseQuantity", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(o.practitioner, x, p, "practitioner", d, 0, -1, checkCareConnectGPCImmunization1Practitioner) && x.c === null)
      return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkCareConnectGPCImmunization1Note) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.explanation, x, p, "explanation", d, 0, _checkImmunizationExplanation) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(o.reaction, x, p, "reaction", d, 0, -1, checkCareConnectGPCImmunization1Reaction) && x.c === null)
      return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(
      o.vaccinationProtocol,
      x,
      p,
      "vaccinationProtocol",
      d,
      0,
      -1,
      checkCareConnectGPCImmunization1VaccinationProtocol
    ) && x.c === null)
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
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCImmunization1Meta(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.meta");
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
      case "versionId":
        n++;
        m0 |= 4;
        break;
      case "lastUpdated":
        n++;
        m0 |= 16;
        break;
      case "profile":
        n++;
        m0 |= 64;
        break;
      case "security":
        n++;
        m0 |= 256;
        break;
      case "tag":
        n++;
        m0 |= 512;
        break;
      case "_versionId":
        n++;
        m0 |= 8;
        break;
      case "_lastUpdated":
        n++;
        m0 |= 32;
        break;
      case "_profile":
        n++;
        m0 |= 128;
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
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidId(o.versionId) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.versionId, o._versionId, x, p, "versionId", d, 0, vrt.isValidId, "id", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidInstant(o.lastUpdated) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.lastUpdated, o._lastUpdated, x, p, "lastUpdated", d, 0, vrt.isValidInstant, "instant", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.prims(o.profile, o._profile, x, p, "profile", d, 1, -1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
    return false;
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.security, x, p, "security", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.security, true, x, p, "security", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(o.tag, x, p, "tag", d, 0, -1, checkCoding) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCImmunization1ParentPresent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
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
      case "url":
        n++;
        m0 |= 4;
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
  if (!(o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ParentPresent-1" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ParentPresent-1")) {
    if (!vrt.eachWith(
      o.url,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ParentPresent-1"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 64) === 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 4096) === 0)) {
      if (!vrt.prim(
        o.valueDateTime,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 16384) === 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(o.valueId) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && (m0 & 262144) === 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(o.valueOid) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCImmunization1RecordedDate(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
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
      case "url":
        n++;
        m0 |= 4;
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
  if (!(o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DateRecorded-1" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DateRecorded-1")) {
    if (!vrt.eachWith(
      o.url,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DateRecorded-1"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 64) === 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 4096) === 0)) {
      if (!vrt.prim(
        o.valueDateTime,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 16384) === 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(o.valueId) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && (m0 & 262144) === 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(o.valueOid) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCImmunization1VaccinationProcedure(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.extension");
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
      case "url":
        n++;
        m0 |= 4;
        break;
      case "valueCodeableConcept":
        n++;
        m0 |= 8;
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
  if (!(o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-VaccinationProcedure-1" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-VaccinationProcedure-1")) {
    if (!vrt.eachWith(
      o.url,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-VaccinationProcedure-1"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 8) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCImmunization1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.identifier");
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
      case "use":
        n++;
        m0 |= 4;
        break;
      case "type":
        n++;
        m0 |= 16;
        break;
      case "system":
        n++;
        m0 |= 32;
        break;
      case "value":
        n++;
        m0 |= 128;
        break;
      case "period":
        n++;
        m0 |= 512;
        break;
      case "assigner":
        n++;
        m0 |= 1024;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(o.use) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.use, vcodes.inCodes68)) {
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.system) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_3) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCImmunization1VaccineCode(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.vaccineCode");
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
      case "coding":
        n++;
        m0 |= 4;
        break;
      case "text":
        n++;
        m0 |= 8;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_1) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCImmunization1Site(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.site");
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
      case "coding":
        n++;
        m0 |= 4;
        break;
      case "text":
        n++;
        m0 |= 8;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_2) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCImmunization1Route(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.route");
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
      case "coding":
        n++;
        m0 |= 4;
        break;
      case "text":
        n++;
        m0 |= 8;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_3) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_6) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCImmunization1Practitioner(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.practitioner");
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
      case "role":
        n++;
        m0 |= 8;
        break;
      case "actor":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.role, x, p, "role", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.role, false, x, p, "role", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if (!vrt.one(o.actor, x, p, "actor", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.actor, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCImmunization1Note(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.note");
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
      case "authorReference":
        n++;
        m0 |= 4;
        break;
      case "authorString":
        n++;
        m0 |= 8;
        break;
      case "time":
        n++;
        m0 |= 32;
        break;
      case "text":
        n++;
        m0 |= 128;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 28) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "author", 0) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.authorReference, x, p, "author.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.authorReference, false, x, p, "author.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.authorString) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.authorString,
        o._authorString,
        x,
        p,
        "author.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_8
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.authorString, false, x, p, "author.ofType(string)", vrt.onObject, vrt.checkRef1) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDateTime(o.time) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.time, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_8) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.text) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.text, o._text, x, p, "text", d, 1, vrt.isValidString, "string", OWNER_8) && x.c === null)
      return false;
  }
  return true;
}
function _checkImmunizationExplanation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.explanation");
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
      case "reason":
        n++;
        m0 |= 8;
        break;
      case "reasonNotGiven":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_9, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.many(o.reason, x, p, "reason", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.many(o.reasonNotGiven, x, p, "reasonNotGiven", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(o.reasonNotGiven, true, x, p, "reasonNotGiven", vrt.bindingNotChecked, UNCHECKED_2) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCImmunization1Reaction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.reaction");
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
      case "detail":
        n++;
        m0 |= 32;
        break;
      case "reported":
        n++;
        m0 |= 64;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_10, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_10, true) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_10) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.detail, x, p, "detail", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.detail, false, x, p, "detail", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidBoolean(o.reported) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.reported, o._reported, x, p, "reported", d, 0, vrt.isValidBoolean, "boolean", OWNER_10) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCImmunization1VaccinationProtocol(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.vaccinationProtocol");
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
      case "seriesDoses":
        n++;
        m0 |= 1024;
        break;
      case "targetDisease":
        n++;
        m0 |= 4096;
        break;
      case "doseStatus":
        n++;
        m0 |= 8192;
        break;
      case "doseStatusReason":
        n++;
        m0 |= 16384;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_11, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_11, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidPositiveInt(o.doseSequence) && (m0 & 16) === 0)) {
    if (!vrt.prim(
      o.doseSequence,
      o._doseSequence,
      x,
      p,
      "doseSequence",
      d,
      1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_11
    ) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_11) && x.c === null)
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
      if (!vrt.prim(o.series, o._series, x, p, "series", d, 0, vrt.isValidString, "string", OWNER_11) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidPositiveInt(o.seriesDoses) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        o.seriesDoses,
        o._seriesDoses,
        x,
        p,
        "seriesDoses",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_11
      ) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(
    o.targetDisease,
    x,
    p,
    "targetDisease",
    d,
    1,
    -1,
    checkCareConnectGPCImmunization1VaccinationProtocolTargetDisease
  ) && x.c === null)
    return false;
  if (!vrt.one(o.doseStatus, x, p, "doseStatus", d, 1, checkCareConnectGPCImmunization1VaccinationProtocolDoseStatus) && x.c === null)
    return false;
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.doseStatusReason, x, p, "doseStatusReason", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCImmunization1VaccineCodeCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.vaccineCode.coding");
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
      case "system":
        n++;
        m0 |= 4;
        break;
      case "version":
        n++;
        m0 |= 16;
        break;
      case "code":
        n++;
        m0 |= 64;
        break;
      case "display":
        n++;
        m0 |= 256;
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_4) && x.c === null) return false;
  }
  if (!((o.system === "http://snomed.info/sct" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_12) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "http://snomed.info/sct")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_12) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_12) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        o.userSelected,
        o._userSelected,
        x,
        p,
        "userSelected",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_12
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCImmunization1SiteCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.site.coding");
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
      case "system":
        n++;
        m0 |= 4;
        break;
      case "version":
        n++;
        m0 |= 16;
        break;
      case "code":
        n++;
        m0 |= 64;
        break;
      case "display":
        n++;
        m0 |= 256;
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_5) && x.c === null) return false;
  }
  if (!((o.system === "http://snomed.info/sct" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_13) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "http://snomed.info/sct")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_13) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_13) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_13) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        o.userSelected,
        o._userSelected,
        x,
        p,
        "userSelected",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_13
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCImmunization1RouteCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.route.coding");
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
      case "system":
        n++;
        m0 |= 4;
        break;
      case "version":
        n++;
        m0 |= 16;
        break;
      case "code":
        n++;
        m0 |= 64;
        break;
      case "display":
        n++;
        m0 |= 256;
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_6) && x.c === null) return false;
  }
  if (!((o.system === "http://snomed.info/sct" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_14) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "http://snomed.info/sct")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_14) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_14) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_14) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        o.userSelected,
        o._userSelected,
        x,
        p,
        "userSelected",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCImmunization1VaccinationProtocolTargetDisease(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.vaccinationProtocol.targetDisease");
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
      case "coding":
        n++;
        m0 |= 4;
        break;
      case "text":
        n++;
        m0 |= 8;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_15, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_7) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_15) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCImmunization1VaccinationProtocolDoseStatus(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.vaccinationProtocol.doseStatus");
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
      case "coding":
        n++;
        m0 |= 4;
        break;
      case "text":
        n++;
        m0 |= 8;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_16, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.many(
      o.coding,
      x,
      p,
      "coding",
      d,
      0,
      -1,
      checkCareConnectGPCImmunization1VaccinationProtocolDoseStatusCoding
    ) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_16) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCImmunization1SiteCodingSnomedCTSnomedCTDescriptionID(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.site.coding.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
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
      case "url":
        n++;
        m0 |= 4;
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_17, false) && x.c === null) return false;
  }
  if (!(o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid")) {
    if (!vrt.eachWith(
      o.url,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 64) === 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 4096) === 0)) {
      if (!vrt.prim(
        o.valueDateTime,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 16384) === 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(o.valueId) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && (m0 & 262144) === 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(o.valueOid) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCImmunization1RouteCodingSnomedCTSnomedCTDescriptionID(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.route.coding.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
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
      case "url":
        n++;
        m0 |= 4;
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_18, false) && x.c === null) return false;
  }
  if (!(o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid")) {
    if (!vrt.eachWith(
      o.url,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_18
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 64) === 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_18
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_18) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_18) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 4096) === 0)) {
      if (!vrt.prim(
        o.valueDateTime,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_18
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 16384) === 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_18
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(o.valueId) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_18) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && (m0 & 262144) === 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_18
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_18
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_18
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(o.valueOid) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_18) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_18
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_18
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_18) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_18
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_18) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCImmunization1VaccinationProtocolTargetDiseaseCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.vaccinationProtocol.targetDisease.coding");
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
      case "system":
        n++;
        m0 |= 4;
        break;
      case "version":
        n++;
        m0 |= 16;
        break;
      case "code":
        n++;
        m0 |= 64;
        break;
      case "display":
        n++;
        m0 |= 256;
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_8) && x.c === null) return false;
  }
  if (!((o.system === "http://snomed.info/sct" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_19) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "http://snomed.info/sct")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_19) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_19) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_19) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        o.userSelected,
        o._userSelected,
        x,
        p,
        "userSelected",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_19
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCImmunization1VaccinationProtocolDoseStatusCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.vaccinationProtocol.doseStatus.coding");
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
      case "system":
        n++;
        m0 |= 4;
        break;
      case "version":
        n++;
        m0 |= 16;
        break;
      case "code":
        n++;
        m0 |= 64;
        break;
      case "display":
        n++;
        m0 |= 256;
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_20, false) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.system) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_20) && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_20) && x.c === null)
        return false;
    }
  }
  if (!((o.code === "count" || vrt.isValidCode(o.code)) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_20) && x.c === null) return false;
  }
  if (!(o.code === void 0 || o.code === "count")) {
    if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkFixed, "count") && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_20) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        o.userSelected,
        o._userSelected,
        x,
        p,
        "userSelected",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_20
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCImmunization1VaccinationProtocolTargetDiseaseCodingSnomedCTSnomedCTDescriptionID(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.vaccinationProtocol.targetDisease.coding.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
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
      case "url":
        n++;
        m0 |= 4;
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_21, false) && x.c === null) return false;
  }
  if (!(o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid")) {
    if (!vrt.eachWith(
      o.url,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_21
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 64) === 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_21
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_21) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_21) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 4096) === 0)) {
      if (!vrt.prim(
        o.valueDateTime,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_21
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 16384) === 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_21
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(o.valueId) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_21) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && (m0 & 262144) === 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_21
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_21
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_21
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(o.valueOid) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_21) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_21
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_21
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_21) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_21
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_21) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function validateCareConnectGPCImmunization1(value, options) {
  return vrt.validateWith(value, "Immunization", checkCareConnectGPCImmunization1, true, options, REGISTRY_0);
}
function isCareConnectGPCImmunization1(value, options) {
  return vrt.testWith(value, checkCareConnectGPCImmunization1, true, options, REGISTRY_0);
}
function buildCareConnectGPCImmunization1(input) {
  return fillAndCheck(
    input,
    {
      resourceType: "Immunization",
      profile: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Immunization-1",
      set: { status: "completed" },
      each: { vaccinationProtocol: { each: { doseStatus: { each: { coding: { set: { code: "count" } } } } } } },
      lead: {
        extension: [
          { set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DateRecorded-1" } },
          {
            set: {
              url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-VaccinationProcedure-1"
            }
          }
        ]
      }
    },
    isCareConnectGPCImmunization1,
    validateCareConnectGPCImmunization1,
    "CareConnectGPCImmunization1"
  );
}
function buildCareConnectGPCImmunization1ParentPresent(input) {
  return fillPart(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ParentPresent-1" }
  });
}
function buildCareConnectGPCImmunization1RecordedDate(input) {
  return fillPart(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DateRecorded-1" }
  });
}
function buildCareConnectGPCImmunization1VaccinationProcedure(input) {
  return fillPart(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-VaccinationProcedure-1" }
  });
}
function buildCareConnectGPCImmunization1VaccineCodeCodingSnomedCT(input) {
  return fillPart(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
function buildCareConnectGPCImmunization1SiteCodingSnomedCT(input) {
  return fillPart(input, { set: { system: "http://snomed.info/sct" } });
}
function buildCareConnectGPCImmunization1SiteCodingSnomedCTSnomedCTDescriptionID(input) {
  return fillPart(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" }
  });
}
function buildCareConnectGPCImmunization1RouteCodingSnomedCT(input) {
  return fillPart(input, { set: { system: "http://snomed.info/sct" } });
}
function buildCareConnectGPCImmunization1RouteCodingSnomedCTSnomedCTDescriptionID(input) {
  return fillPart(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" }
  });
}
function buildCareConnectGPCImmunization1VaccinationProtocolTargetDiseaseCodingSnomedCT(input) {
  return fillPart(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
function buildCareConnectGPCImmunization1VaccinationProtocolTargetDiseaseCodingSnomedCTSnomedCTDescriptionID(input) {
  return fillPart(
    input,
    { set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" } }
  );
}
export {
  buildCareConnectGPCImmunization1,
  buildCareConnectGPCImmunization1ParentPresent,
  buildCareConnectGPCImmunization1RecordedDate,
  buildCareConnectGPCImmunization1RouteCodingSnomedCT,
  buildCareConnectGPCImmunization1RouteCodingSnomedCTSnomedCTDescriptionID,
  buildCareConnectGPCImmunization1SiteCodingSnomedCT,
  buildCareConnectGPCImmunization1SiteCodingSnomedCTSnomedCTDescriptionID,
  buildCareConnectGPCImmunization1VaccinationProcedure,
  buildCareConnectGPCImmunization1VaccinationProtocolTargetDiseaseCodingSnomedCT,
  buildCareConnectGPCImmunization1VaccinationProtocolTargetDiseaseCodingSnomedCTSnomedCTDescriptionID,
  buildCareConnectGPCImmunization1VaccineCodeCodingSnomedCT,
  checkCareConnectGPCImmunization1,
  checkCareConnectGPCImmunization1Identifier,
  checkCareConnectGPCImmunization1Meta,
  checkCareConnectGPCImmunization1Note,
  checkCareConnectGPCImmunization1ParentPresent,
  checkCareConnectGPCImmunization1Practitioner,
  checkCareConnectGPCImmunization1Reaction,
  checkCareConnectGPCImmunization1RecordedDate,
  checkCareConnectGPCImmunization1Route,
  checkCareConnectGPCImmunization1RouteCodingSnomedCT,
  checkCareConnectGPCImmunization1RouteCodingSnomedCTSnomedCTDescriptionID,
  checkCareConnectGPCImmunization1Site,
  checkCareConnectGPCImmunization1SiteCodingSnomedCT,
  checkCareConnectGPCImmunization1SiteCodingSnomedCTSnomedCTDescriptionID,
  checkCareConnectGPCImmunization1VaccinationProcedure,
  checkCareConnectGPCImmunization1VaccinationProtocol,
  checkCareConnectGPCImmunization1VaccinationProtocolDoseStatus,
  checkCareConnectGPCImmunization1VaccinationProtocolDoseStatusCoding,
  checkCareConnectGPCImmunization1VaccinationProtocolTargetDisease,
  checkCareConnectGPCImmunization1VaccinationProtocolTargetDiseaseCodingSnomedCT,
  checkCareConnectGPCImmunization1VaccinationProtocolTargetDiseaseCodingSnomedCTSnomedCTDescriptionID,
  checkCareConnectGPCImmunization1VaccineCode,
  checkCareConnectGPCImmunization1VaccineCodeCodingSnomedCT,
  isCareConnectGPCImmunization1,
  validateCareConnectGPCImmunization1
};
