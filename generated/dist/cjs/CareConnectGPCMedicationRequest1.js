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
var CareConnectGPCMedicationRequest1_exports = {};
__export(CareConnectGPCMedicationRequest1_exports, {
  buildCareConnectGPCMedicationRequest1: () => buildCareConnectGPCMedicationRequest1,
  buildCareConnectGPCMedicationRequest1DosageInstructionAdditionalInstructionCodingSnomedCT: () => buildCareConnectGPCMedicationRequest1DosageInstructionAdditionalInstructionCodingSnomedCT,
  buildCareConnectGPCMedicationRequest1DosageInstructionRouteCodingSnomedCT: () => buildCareConnectGPCMedicationRequest1DosageInstructionRouteCodingSnomedCT,
  buildCareConnectGPCMedicationRequest1RepeatInformation: () => buildCareConnectGPCMedicationRequest1RepeatInformation,
  buildCareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDate: () => buildCareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDate,
  buildCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowed: () => buildCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowed,
  buildCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssued: () => buildCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssued,
  checkCareConnectGPCMedicationRequest1: () => checkCareConnectGPCMedicationRequest1,
  checkCareConnectGPCMedicationRequest1DispenseRequest: () => checkCareConnectGPCMedicationRequest1DispenseRequest,
  checkCareConnectGPCMedicationRequest1DispenseRequestExpectedSupplyDuration: () => checkCareConnectGPCMedicationRequest1DispenseRequestExpectedSupplyDuration,
  checkCareConnectGPCMedicationRequest1DispenseRequestQuantity: () => checkCareConnectGPCMedicationRequest1DispenseRequestQuantity,
  checkCareConnectGPCMedicationRequest1DispenseRequestValidityPeriod: () => checkCareConnectGPCMedicationRequest1DispenseRequestValidityPeriod,
  checkCareConnectGPCMedicationRequest1DosageInstruction: () => checkCareConnectGPCMedicationRequest1DosageInstruction,
  checkCareConnectGPCMedicationRequest1DosageInstructionAdditionalInstruction: () => checkCareConnectGPCMedicationRequest1DosageInstructionAdditionalInstruction,
  checkCareConnectGPCMedicationRequest1DosageInstructionAdditionalInstructionCodingSnomedCT: () => checkCareConnectGPCMedicationRequest1DosageInstructionAdditionalInstructionCodingSnomedCT,
  checkCareConnectGPCMedicationRequest1DosageInstructionRoute: () => checkCareConnectGPCMedicationRequest1DosageInstructionRoute,
  checkCareConnectGPCMedicationRequest1DosageInstructionRouteCodingSnomedCT: () => checkCareConnectGPCMedicationRequest1DosageInstructionRouteCodingSnomedCT,
  checkCareConnectGPCMedicationRequest1DosageInstructionTimingRepeat: () => checkCareConnectGPCMedicationRequest1DosageInstructionTimingRepeat,
  checkCareConnectGPCMedicationRequest1GroupIdentifier: () => checkCareConnectGPCMedicationRequest1GroupIdentifier,
  checkCareConnectGPCMedicationRequest1Identifier: () => checkCareConnectGPCMedicationRequest1Identifier,
  checkCareConnectGPCMedicationRequest1Meta: () => checkCareConnectGPCMedicationRequest1Meta,
  checkCareConnectGPCMedicationRequest1Note: () => checkCareConnectGPCMedicationRequest1Note,
  checkCareConnectGPCMedicationRequest1RepeatInformation: () => checkCareConnectGPCMedicationRequest1RepeatInformation,
  checkCareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDate: () => checkCareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDate,
  checkCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowed: () => checkCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowed,
  checkCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssued: () => checkCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssued,
  checkCareConnectGPCMedicationRequest1Requester: () => checkCareConnectGPCMedicationRequest1Requester,
  isCareConnectGPCMedicationRequest1: () => isCareConnectGPCMedicationRequest1,
  validateCareConnectGPCMedicationRequest1: () => validateCareConnectGPCMedicationRequest1
});
module.exports = __toCommonJS(CareConnectGPCMedicationRequest1_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_Duration = require("./Duration.js");
var import_ExtensionCareConnectGPCMedicationQuantityText1 = require("./ExtensionCareConnectGPCMedicationQuantityText1.js");
var import_ExtensionCareConnectGPCMedicationStatusReason1 = require("./ExtensionCareConnectGPCMedicationStatusReason1.js");
var import_ExtensionCareConnectGPCPrescriptionType1 = require("./ExtensionCareConnectGPCPrescriptionType1.js");
var import_ExtensionCodingSctdescid2 = require("./ExtensionCodingSctdescid2.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Range = require("./Range.js");
var import_Ratio = require("./Ratio.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_SimpleQuantity = require("./SimpleQuantity.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["MedicationRequest"], type: "MedicationRequest", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "MedicationRequest.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "repeatInformation",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1",
      check: (v, x, q, d) => checkCareConnectGPCMedicationRequest1RepeatInformation(v, x, q, d)
    },
    {
      name: "statusReason",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCMedicationStatusReason1.checkExtensionCareConnectGPCMedicationStatusReason1)(v, x, q, d)
    },
    {
      name: "prescriptionType",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescriptionType-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCPrescriptionType1.checkExtensionCareConnectGPCPrescriptionType1)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1":
        return 0;
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1":
        return 1;
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescriptionType-1":
        return 2;
    }
    return -1;
  }
};
const TARGETS_0 = ["ActivityDefinition", "PlanDefinition"];
const TARGETS_1 = ["CarePlan", "MedicationRequest", "ProcedureRequest", "ReferralRequest"];
const BINDING_1 = {
  has: vcodes.inCodes94,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-request-status"
};
const BINDING_2 = {
  has: vcodes.inCodes95,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-request-intent"
};
const BINDING_3 = {
  has: vcodes.inCodings96,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-request-category"
};
const BINDING_4 = {
  has: vcodes.inCodes97,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-request-priority"
};
const CHOICE_0 = vrt.choiceVariants(["medicationReference"]);
const TARGETS_2 = ["Medication"];
const TARGETS_3 = ["Group", "Patient"];
const TARGETS_4 = ["Encounter", "EpisodeOfCare"];
const TARGETS_5 = ["Practitioner"];
const TARGETS_6 = ["Condition", "Observation"];
const TARGETS_7 = ["MedicationRequest"];
const TARGETS_8 = ["DetectedIssue"];
const TARGETS_9 = ["Provenance"];
const OWNER_1 = { paths: ["MedicationRequest.meta", "Meta"], type: "Meta", exact: true };
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const OWNER_2 = {
  paths: ["MedicationRequest.extension", "Extension"],
  type: "Extension",
  exact: true
};
const EXTENSION_1 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_2, false);
const SLICING_1 = {
  rules: "open",
  ordered: false,
  element: "MedicationRequest.extension:repeatInformation.extension",
  base: (v, x, q, d) => EXTENSION_1(v, x, q, d),
  slices: [
    {
      name: "numberOfRepeatPrescriptionsAllowed",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "numberOfRepeatPrescriptionsAllowed",
      check: (v, x, q, d) => checkCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowed(v, x, q, d)
    },
    {
      name: "numberOfRepeatPrescriptionsIssued",
      min: 1,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "numberOfRepeatPrescriptionsIssued",
      check: (v, x, q, d) => checkCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssued(v, x, q, d)
    },
    {
      name: "authorisationExpiryDate",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "authorisationExpiryDate",
      check: (v, x, q, d) => checkCareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDate(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "numberOfRepeatPrescriptionsAllowed":
        return 0;
      case "numberOfRepeatPrescriptionsIssued":
        return 1;
      case "authorisationExpiryDate":
        return 2;
    }
    return -1;
  }
};
const REMOVED_0 = vrt.removedVariants([
  ["valueBase64Binary", "value.ofType(base64Binary)"],
  ["valueBoolean", "value.ofType(boolean)"],
  ["valueCode", "value.ofType(code)"],
  ["valueDate", "value.ofType(date)"],
  ["valueDateTime", "value.ofType(dateTime)"],
  ["valueDecimal", "value.ofType(decimal)"],
  ["valueId", "value.ofType(id)"],
  ["valueInstant", "value.ofType(instant)"],
  ["valueInteger", "value.ofType(integer)"],
  ["valueMarkdown", "value.ofType(markdown)"],
  ["valueOid", "value.ofType(oid)"],
  ["valuePositiveInt", "value.ofType(positiveInt)"],
  ["valueString", "value.ofType(string)"],
  ["valueTime", "value.ofType(time)"],
  ["valueUnsignedInt", "value.ofType(unsignedInt)"],
  ["valueUri", "value.ofType(uri)"],
  ["valueAddress", "value.ofType(Address)"],
  ["valueAge", "value.ofType(Age)"],
  ["valueAnnotation", "value.ofType(Annotation)"],
  ["valueAttachment", "value.ofType(Attachment)"],
  ["valueCodeableConcept", "value.ofType(CodeableConcept)"],
  ["valueCoding", "value.ofType(Coding)"],
  ["valueContactPoint", "value.ofType(ContactPoint)"],
  ["valueCount", "value.ofType(Count)"],
  ["valueDistance", "value.ofType(Distance)"],
  ["valueDuration", "value.ofType(Duration)"],
  ["valueHumanName", "value.ofType(HumanName)"],
  ["valueIdentifier", "value.ofType(Identifier)"],
  ["valueMoney", "value.ofType(Money)"],
  ["valuePeriod", "value.ofType(Period)"],
  ["valueQuantity", "value.ofType(Quantity)"],
  ["valueRange", "value.ofType(Range)"],
  ["valueRatio", "value.ofType(Ratio)"],
  ["valueReference", "value.ofType(Reference)"],
  ["valueSampledData", "value.ofType(SampledData)"],
  ["valueSignature", "value.ofType(Signature)"],
  ["valueTiming", "value.ofType(Timing)"],
  ["valueMeta", "value.ofType(Meta)"]
]);
const OWNER_3 = {
  paths: ["MedicationRequest.identifier", "Identifier"],
  type: "Identifier",
  exact: true
};
const BINDING_5 = {
  has: vcodes.inCodes68,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-use"
};
const BINDING_6 = {
  has: vcodes.inCodings69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const TARGETS_10 = ["Organization"];
const OWNER_4 = {
  paths: ["MedicationRequest.groupIdentifier", "Identifier"],
  type: "Identifier",
  exact: true
};
const OWNER_5 = { paths: ["MedicationRequest.requester"], type: "BackboneElement", exact: true };
const TARGETS_11 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const OWNER_6 = {
  paths: ["MedicationRequest.note", "Annotation"],
  type: "Annotation",
  exact: true
};
const CHOICE_1 = vrt.choiceVariants(["authorReference", "authorString"]);
const TARGETS_12 = ["Patient", "Practitioner", "RelatedPerson"];
const OWNER_7 = {
  paths: ["MedicationRequest.dosageInstruction", "Dosage"],
  type: "Dosage",
  exact: true
};
const CHOICE_2 = vrt.choiceVariants(["asNeededBoolean", "asNeededCodeableConcept"]);
const CHOICE_3 = vrt.choiceVariants(["doseRange", "doseQuantity"]);
const INVARIANT_0 = vrt.invariant({
  key: "rng-2",
  path: "MedicationRequest.dosageInstruction.dose[x]",
  expression: "low.empty() or high.empty() or (low <= high)",
  severity: "error",
  human: "If present, low SHALL have a lower value than high"
});
const CHOICE_4 = vrt.choiceVariants(["rateRatio", "rateRange", "rateQuantity"]);
const INVARIANT_1 = vrt.invariant({
  key: "rat-1",
  path: "MedicationRequest.dosageInstruction.rate[x]",
  expression: "(numerator.empty() xor denominator.exists()) and (numerator.exists() or extension.exists())",
  severity: "error",
  human: "Numerator and denominator SHALL both be present, or both are absent. If both are absent, there SHALL be some extension present"
});
const OWNER_8 = {
  paths: ["MedicationRequest.dispenseRequest"],
  type: "BackboneElement",
  exact: true
};
const OWNER_9 = { paths: ["MedicationRequest.substitution"], type: "BackboneElement", exact: true };
const OWNER_10 = {
  paths: ["MedicationRequest.extension.extension", "Extension.extension"],
  type: "Extension",
  exact: true
};
const CHOICE_5 = vrt.choiceVariants(["valueUnsignedInt"]);
const CHOICE_6 = vrt.choiceVariants(["valueDateTime"]);
const OWNER_11 = {
  paths: ["MedicationRequest.dosageInstruction.additionalInstruction", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_2 = {
  rules: "open",
  ordered: false,
  element: "MedicationRequest.dosageInstruction.additionalInstruction.coding",
  base: (v, x, q, d) => (0, import_Coding.checkCoding)(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCMedicationRequest1DosageInstructionAdditionalInstructionCodingSnomedCT(v, x, q, d)
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
const OWNER_12 = {
  paths: ["MedicationRequest.dosageInstruction.timing", "Timing"],
  type: "Timing",
  exact: true
};
const BINDING_7 = {
  has: vcodes.inCodings98,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/timing-abbreviation"
};
const OWNER_13 = {
  paths: ["MedicationRequest.dosageInstruction.route", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_3 = {
  rules: "open",
  ordered: false,
  element: "MedicationRequest.dosageInstruction.route.coding",
  base: (v, x, q, d) => (0, import_Coding.checkCoding)(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCMedicationRequest1DosageInstructionRouteCodingSnomedCT(v, x, q, d)
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
const OWNER_14 = {
  paths: ["MedicationRequest.dispenseRequest.validityPeriod", "Period"],
  type: "Period",
  exact: true
};
const INVARIANT_2 = vrt.invariant({
  key: "per-1",
  path: "MedicationRequest.dispenseRequest.validityPeriod",
  expression: "start.empty() or end.empty() or (start <= end)",
  severity: "error",
  human: "If present, start SHALL have a lower value than end"
});
const OWNER_15 = {
  paths: ["MedicationRequest.dispenseRequest.quantity", "Quantity"],
  type: "Quantity",
  exact: true
};
const EXTENSION_2 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_15, false);
const SLICING_4 = {
  rules: "open",
  ordered: false,
  element: "MedicationRequest.dispenseRequest.quantity.extension",
  base: (v, x, q, d) => EXTENSION_2(v, x, q, d),
  slices: [
    {
      name: "quantityText",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationQuantityText-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCMedicationQuantityText1.checkExtensionCareConnectGPCMedicationQuantityText1)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationQuantityText-1":
        return 0;
    }
    return -1;
  }
};
const INVARIANT_3 = vrt.invariant({
  key: "qty-3",
  path: "MedicationRequest.dispenseRequest.quantity",
  expression: "code.empty() or system.exists()",
  severity: "error",
  human: "If a code for the unit is present, the system SHALL also be present"
});
const INVARIANT_4 = vrt.invariant({
  key: "sqty-1",
  path: "MedicationRequest.dispenseRequest.quantity",
  expression: "comparator.empty()",
  severity: "error",
  human: "The comparator is not used on a SimpleQuantity"
});
const OWNER_16 = {
  paths: ["MedicationRequest.dispenseRequest.expectedSupplyDuration", "Duration"],
  type: "Duration",
  exact: true
};
const BINDING_8 = {
  has: vcodes.inCodes99,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/units-of-time"
};
const INVARIANT_5 = vrt.invariant({
  key: "qty-3",
  path: "MedicationRequest.dispenseRequest.expectedSupplyDuration",
  expression: "code.empty() or system.exists()",
  severity: "error",
  human: "If a code for the unit is present, the system SHALL also be present"
});
const INVARIANT_6 = vrt.invariant({
  key: "drt-1",
  path: "MedicationRequest.dispenseRequest.expectedSupplyDuration",
  expression: "code.exists() implies ((system = %ucum) and value.exists())",
  severity: "error",
  human: "There SHALL be a code if there is a value and it SHALL be an expression of time.  If system is present, it SHALL be UCUM."
});
const OWNER_17 = {
  paths: ["MedicationRequest.dosageInstruction.additionalInstruction.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_3 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_17, false);
const SLICING_5 = {
  rules: "open",
  ordered: false,
  element: "MedicationRequest.dosageInstruction.additionalInstruction.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_3(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_18 = {
  paths: ["MedicationRequest.dosageInstruction.timing.repeat", "Timing.repeat"],
  type: "Element",
  exact: true
};
const CHOICE_7 = vrt.choiceVariants(["boundsDuration", "boundsRange", "boundsPeriod"]);
const INVARIANT_7 = vrt.invariant({
  key: "qty-3",
  path: "MedicationRequest.dosageInstruction.timing.repeat.bounds[x]",
  expression: "code.empty() or system.exists()",
  severity: "error",
  human: "If a code for the unit is present, the system SHALL also be present"
});
const INVARIANT_8 = vrt.invariant({
  key: "drt-1",
  path: "MedicationRequest.dosageInstruction.timing.repeat.bounds[x]",
  expression: "code.exists() implies ((system = %ucum) and value.exists())",
  severity: "error",
  human: "There SHALL be a code if there is a value and it SHALL be an expression of time.  If system is present, it SHALL be UCUM."
});
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.checkInvariant(v, x, q, INVARIANT_7)) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!vrt.checkInvariant(v, x, q, INVARIANT_8)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const BINDING_9 = {
  has: vcodes.inCodes100,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/days-of-week"
};
const BINDING_10 = {
  has: vcodes.inCodes101,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/event-timing"
};
const INVARIANT_9 = vrt.invariant({
  key: "tim-9",
  path: "MedicationRequest.dosageInstruction.timing.repeat",
  expression: "offset.empty() or (when.exists() and ((when in ('C' | 'CM' | 'CD' | 'CV')).not()))",
  severity: "error",
  human: "If there's an offset, there must be a when (and not C, CM, CD, CV)"
});
const INVARIANT_10 = vrt.invariant({
  key: "tim-5",
  path: "MedicationRequest.dosageInstruction.timing.repeat",
  expression: "period.exists() implies period >= 0",
  severity: "error",
  human: "period SHALL be a non-negative value"
});
const INVARIANT_11 = vrt.invariant({
  key: "tim-6",
  path: "MedicationRequest.dosageInstruction.timing.repeat",
  expression: "periodMax.empty() or period.exists()",
  severity: "error",
  human: "If there's a periodMax, there must be a period"
});
const INVARIANT_12 = vrt.invariant({
  key: "tim-7",
  path: "MedicationRequest.dosageInstruction.timing.repeat",
  expression: "durationMax.empty() or duration.exists()",
  severity: "error",
  human: "If there's a durationMax, there must be a duration"
});
const INVARIANT_13 = vrt.invariant({
  key: "tim-8",
  path: "MedicationRequest.dosageInstruction.timing.repeat",
  expression: "countMax.empty() or count.exists()",
  severity: "error",
  human: "If there's a countMax, there must be a count"
});
const INVARIANT_14 = vrt.invariant({
  key: "tim-1",
  path: "MedicationRequest.dosageInstruction.timing.repeat",
  expression: "duration.empty() or durationUnit.exists()",
  severity: "error",
  human: "if there's a duration, there needs to be duration units"
});
const INVARIANT_15 = vrt.invariant({
  key: "tim-10",
  path: "MedicationRequest.dosageInstruction.timing.repeat",
  expression: "timeOfDay.empty() or when.empty()",
  severity: "error",
  human: "If there's a timeOfDay, there cannot be be a when, or vice versa"
});
const INVARIANT_16 = vrt.invariant({
  key: "tim-2",
  path: "MedicationRequest.dosageInstruction.timing.repeat",
  expression: "period.empty() or periodUnit.exists()",
  severity: "error",
  human: "if there's a period, there needs to be period units"
});
const INVARIANT_17 = vrt.invariant({
  key: "tim-4",
  path: "MedicationRequest.dosageInstruction.timing.repeat",
  expression: "duration.exists() implies duration >= 0",
  severity: "error",
  human: "duration SHALL be a non-negative value"
});
const OWNER_19 = {
  paths: ["MedicationRequest.dosageInstruction.route.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_4 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_19, false);
const SLICING_6 = {
  rules: "open",
  ordered: false,
  element: "MedicationRequest.dosageInstruction.route.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_4(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationRequest-1",
      check: checkCareConnectGPCMedicationRequest1,
      type: "MedicationRequest",
      base: false
    }
  ],
  extensions: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationQuantityText-1",
      check: import_ExtensionCareConnectGPCMedicationQuantityText1.checkExtensionCareConnectGPCMedicationQuantityText1,
      contexts: ["MedicationRequest.dispenseRequest.quantity"],
      contextTypes: ["Quantity"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1",
      check: import_ExtensionCareConnectGPCMedicationStatusReason1.checkExtensionCareConnectGPCMedicationStatusReason1,
      contexts: ["MedicationRequest"],
      contextTypes: ["MedicationRequest"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-PrescriptionType-1",
      check: import_ExtensionCareConnectGPCPrescriptionType1.checkExtensionCareConnectGPCPrescriptionType1,
      contexts: ["MedicationRequest"],
      contextTypes: ["MedicationRequest"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2,
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
function checkCareConnectGPCMedicationRequest1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "MedicationRequest") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31;
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
      case "groupIdentifier":
        m0 |= 16384;
        e11 = o[k];
        break;
      case "status":
        m0 |= 32768;
        e12 = o[k];
        break;
      case "intent":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "category":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "priority":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "medicationReference":
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "subject":
        m0 |= 8388608;
        e17 = o[k];
        break;
      case "context":
        m0 |= 16777216;
        e18 = o[k];
        break;
      case "supportingInformation":
        m0 |= 33554432;
        e19 = o[k];
        break;
      case "authoredOn":
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "requester":
        m0 |= 268435456;
        e21 = o[k];
        break;
      case "recorder":
        m0 |= 536870912;
        e22 = o[k];
        break;
      case "reasonCode":
        m0 |= 1073741824;
        e23 = o[k];
        break;
      case "reasonReference":
        m1 |= 1;
        e24 = o[k];
        break;
      case "note":
        m1 |= 2;
        e25 = o[k];
        break;
      case "dosageInstruction":
        m1 |= 4;
        e26 = o[k];
        break;
      case "dispenseRequest":
        m1 |= 8;
        e27 = o[k];
        break;
      case "substitution":
        m1 |= 16;
        e28 = o[k];
        break;
      case "priorPrescription":
        m1 |= 32;
        e29 = o[k];
        break;
      case "detectedIssue":
        m1 |= 64;
        e30 = o[k];
        break;
      case "eventHistory":
        m1 |= 128;
        e31 = o[k];
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
      case "_intent":
        m0 |= 262144;
        break;
      case "_priority":
        m0 |= 2097152;
        break;
      case "_authoredOn":
        m0 |= 134217728;
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
    if (!vrt.one(e1, x, p, "meta", d, 0, checkCareConnectGPCMedicationRequest1Meta) && x.c === null) return false;
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
    if (!vrt.checkSliced(e6, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if (!vrt.many(e8, x, p, "identifier", d, 1, -1, checkCareConnectGPCMedicationRequest1Identifier) && x.c === null)
    return false;
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e9, x, p, "definition", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e10, x, p, "basedOn", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e10, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e11, x, p, "groupIdentifier", d, 0, checkCareConnectGPCMedicationRequest1GroupIdentifier) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(e12) && (m0 & 65536) === 0)) {
    if (!vrt.prim(e12, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e12, vcodes.inCodes94)) {
    if (!vrt.eachWith(e12, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e13) && (m0 & 262144) === 0)) {
    if (!vrt.prim(e13, o._intent, x, p, "intent", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e13, vcodes.inCodes95)) {
    if (!vrt.eachWith(e13, false, x, p, "intent", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e14, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "category", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidCode(e15) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e15, o._priority, x, p, "priority", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e15, vcodes.inCodes97)) {
      if (!vrt.eachWith(e15, false, x, p, "priority", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "medication", 1) && x.c === null) return false;
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e16, x, p, "medication.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e16, false, x, p, "medication.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (!vrt.one(e17, x, p, "subject", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e17, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e18, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(e19, x, p, "supportingInformation", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if (!(vrt.isValidDateTime(e20) && (m0 & 134217728) === 0)) {
    if (!vrt.prim(e20, o._authoredOn, x, p, "authoredOn", d, 1, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(e21, x, p, "requester", d, 0, checkCareConnectGPCMedicationRequest1Requester) && x.c === null)
      return false;
  }
  if (!vrt.one(e22, x, p, "recorder", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e22, false, x, p, "recorder", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e23, x, p, "reasonCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e24, x, p, "reasonReference", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e24, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(e25, x, p, "note", d, 0, -1, checkCareConnectGPCMedicationRequest1Note) && x.c === null) return false;
  }
  if (!vrt.many(e26, x, p, "dosageInstruction", d, 1, -1, checkCareConnectGPCMedicationRequest1DosageInstruction) && x.c === null)
    return false;
  if (!vrt.one(e27, x, p, "dispenseRequest", d, 1, checkCareConnectGPCMedicationRequest1DispenseRequest) && x.c === null)
    return false;
  if ((m1 & 16) !== 0) {
    if (!vrt.one(e28, x, p, "substitution", d, 0, _checkMedicationRequestSubstitution) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(e29, x, p, "priorPrescription", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e29, false, x, p, "priorPrescription", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(e30, x, p, "detectedIssue", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e30, true, x, p, "detectedIssue", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(e31, x, p, "eventHistory", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e31, true, x, p, "eventHistory", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
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
  return true;
}
function checkCareConnectGPCMedicationRequest1Meta(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.meta");
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
      case "versionId":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "lastUpdated":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "profile":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "security":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "tag":
        n++;
        m0 |= 512;
        e6 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidId(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._versionId, x, p, "versionId", d, 0, vrt.isValidId, "id", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidInstant(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._lastUpdated, x, p, "lastUpdated", d, 0, vrt.isValidInstant, "instant", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.prims(e4, o._profile, x, p, "profile", d, 1, -1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
    return false;
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e5, x, p, "security", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e5, true, x, p, "security", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(e6, x, p, "tag", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCMedicationRequest1RepeatInformation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36, e37, e38, e39, e40;
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
      case "url":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        e10 = o[k];
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        e11 = o[k];
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        e12 = o[k];
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        e13 = o[k];
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        e14 = o[k];
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        e15 = o[k];
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        e16 = o[k];
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        e17 = o[k];
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        e18 = o[k];
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        e19 = o[k];
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        e20 = o[k];
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        e21 = o[k];
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        e22 = o[k];
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        e23 = o[k];
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        e24 = o[k];
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        e25 = o[k];
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        e26 = o[k];
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        e27 = o[k];
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        e28 = o[k];
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        e29 = o[k];
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        e30 = o[k];
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        e31 = o[k];
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        e32 = o[k];
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        e33 = o[k];
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        e34 = o[k];
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        e35 = o[k];
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        e36 = o[k];
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        e37 = o[k];
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        e38 = o[k];
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        e39 = o[k];
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        e40 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_1) && x.c === null) return false;
  if (!(e2 === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1" || vrt.isValidUri(e2))) {
    if (!vrt.attribute(e2, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1")) {
    if (!vrt.eachWith(
      e2,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1"
    ) && x.c === null)
      return false;
  }
  if ((m0 & 2147483640) !== 0 || (m1 & 67108863) !== 0) {
    if (!vrt.prohibitedVariants(o, x, p, REMOVED_0) && x.c === null) return false;
  }
  if (!(((m0 & 2147483640) !== 0 || (m1 & 67108863) !== 0) && e1 === void 0)) {
    if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCMedicationRequest1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.identifier");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
    }
    if (!vrt.codeIn(e2, vcodes.inCodes68)) {
      if (!vrt.eachWith(e2, false, x, p, "use", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e3, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkConcept, BINDING_6) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_3) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_3) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e6, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e7, x, p, "assigner", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e7, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_10) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCMedicationRequest1GroupIdentifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.groupIdentifier");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
    }
    if (!vrt.codeIn(e2, vcodes.inCodes68)) {
      if (!vrt.eachWith(e2, false, x, p, "use", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e3, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkConcept, BINDING_6) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_4) && x.c === null) return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._value, x, p, "value", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e6, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e7, x, p, "assigner", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e7, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_10) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCMedicationRequest1Requester(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.requester");
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
      case "agent":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "onBehalfOf":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "agent", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "agent", vrt.checkReferenceTarget, TARGETS_11) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "onBehalfOf", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_10) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCMedicationRequest1Note(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.note");
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
    if (!vrt.one(e2, x, p, "author.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
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
function checkCareConnectGPCMedicationRequest1DosageInstruction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.dosageInstruction");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19;
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
      case "sequence":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "additionalInstruction":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "patientInstruction":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "timing":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "asNeededBoolean":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "asNeededCodeableConcept":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "site":
        n++;
        m0 |= 8192;
        e9 = o[k];
        break;
      case "route":
        n++;
        m0 |= 16384;
        e10 = o[k];
        break;
      case "method":
        n++;
        m0 |= 32768;
        e11 = o[k];
        break;
      case "doseRange":
        n++;
        m0 |= 65536;
        e12 = o[k];
        break;
      case "doseQuantity":
        n++;
        m0 |= 131072;
        e13 = o[k];
        break;
      case "maxDosePerPeriod":
        n++;
        m0 |= 262144;
        e14 = o[k];
        break;
      case "maxDosePerAdministration":
        n++;
        m0 |= 524288;
        e15 = o[k];
        break;
      case "maxDosePerLifetime":
        n++;
        m0 |= 1048576;
        e16 = o[k];
        break;
      case "rateRatio":
        n++;
        m0 |= 2097152;
        e17 = o[k];
        break;
      case "rateRange":
        n++;
        m0 |= 4194304;
        e18 = o[k];
        break;
      case "rateQuantity":
        n++;
        m0 |= 8388608;
        e19 = o[k];
        break;
      case "_sequence":
        n++;
        m0 |= 8;
        break;
      case "_text":
        n++;
        m0 |= 32;
        break;
      case "_patientInstruction":
        n++;
        m0 |= 256;
        break;
      case "_asNeededBoolean":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidInteger(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._sequence, x, p, "sequence", d, 0, vrt.isValidInteger, "integer", OWNER_7) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
    if (!vrt.prim(e3, o._text, x, p, "text", d, 1, vrt.isValidString, "string", OWNER_7) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(
      e4,
      x,
      p,
      "additionalInstruction",
      d,
      0,
      -1,
      checkCareConnectGPCMedicationRequest1DosageInstructionAdditionalInstruction
    ) && x.c === null)
      return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._patientInstruction, x, p, "patientInstruction", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e6, x, p, "timing", d, 0, _checkMedicationRequestDosageInstructionTiming) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 7168) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "asNeeded", 0) && x.c === null) return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e7) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        e7,
        o._asNeededBoolean,
        x,
        p,
        "asNeeded.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_7
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e8, x, p, "asNeeded.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(e9, x, p, "site", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e10, x, p, "route", d, 0, checkCareConnectGPCMedicationRequest1DosageInstructionRoute) && x.c === null)
      return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e11, x, p, "method", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 196608) > 1) {
    if (!vrt.checkChoice(o, CHOICE_3, x, p, "dose", 0) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e12, x, p, "dose.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e13, x, p, "dose.ofType(Quantity)", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "dose.ofType(Quantity)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "maxDosePerPeriod", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e15, x, p, "maxDosePerAdministration", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e16, x, p, "maxDosePerLifetime", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 14680064) > 1) {
    if (!vrt.checkChoice(o, CHOICE_4, x, p, "rate", 0) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e17, x, p, "rate.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e18, x, p, "rate.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
    if (!vrt.eachWith(e18, false, x, p, "rate.ofType(Range)", vrt.checkInvariant, INVARIANT_1) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e19, x, p, "rate.ofType(Quantity)", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "rate.ofType(Quantity)", vrt.checkInvariant, INVARIANT_1) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCMedicationRequest1DispenseRequest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.dispenseRequest");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "validityPeriod":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "numberOfRepeatsAllowed":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "quantity":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "expectedSupplyDuration":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "performer":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "_numberOfRepeatsAllowed":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "validityPeriod", d, 1, checkCareConnectGPCMedicationRequest1DispenseRequestValidityPeriod) && x.c === null)
    return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidPositiveInt(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(
        e4,
        o._numberOfRepeatsAllowed,
        x,
        p,
        "numberOfRepeatsAllowed",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_8
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "quantity", d, 0, checkCareConnectGPCMedicationRequest1DispenseRequestQuantity) && x.c === null)
      return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(
      e6,
      x,
      p,
      "expectedSupplyDuration",
      d,
      0,
      checkCareConnectGPCMedicationRequest1DispenseRequestExpectedSupplyDuration
    ) && x.c === null)
      return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e7, x, p, "performer", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e7, false, x, p, "performer", vrt.checkReferenceTarget, TARGETS_10) && x.c === null) return false;
  }
  return true;
}
function _checkMedicationRequestSubstitution(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.substitution");
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
      case "allowed":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "reason":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_allowed":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_9, true) && x.c === null) return false;
  }
  if (!(vrt.isValidBoolean(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._allowed, x, p, "allowed", d, 1, vrt.isValidBoolean, "boolean", OWNER_9) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "reason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowed(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.extension.extension");
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
      case "url":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "valueUnsignedInt":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "_valueUnsignedInt":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_10, false) && x.c === null) return false;
  }
  if (!(e2 === "numberOfRepeatPrescriptionsAllowed" || vrt.isValidUri(e2))) {
    if (!vrt.attribute(e2, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "numberOfRepeatPrescriptionsAllowed")) {
    if (!vrt.eachWith(e2, false, x, p, "url", vrt.checkFixed, "numberOfRepeatPrescriptionsAllowed") && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_5, x, p, "value", 1) && x.c === null) return false;
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUnsignedInt(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        e3,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_10
      ) && x.c === null)
        return false;
    }
  }
  if (!((m0 & 24) !== 0 && e1 === void 0)) {
    if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssued(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.extension.extension");
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
      case "url":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "valueUnsignedInt":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "_valueUnsignedInt":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_10, false) && x.c === null) return false;
  }
  if (!(e2 === "numberOfRepeatPrescriptionsIssued" || vrt.isValidUri(e2))) {
    if (!vrt.attribute(e2, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "numberOfRepeatPrescriptionsIssued")) {
    if (!vrt.eachWith(e2, false, x, p, "url", vrt.checkFixed, "numberOfRepeatPrescriptionsIssued") && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 24) > 1) {
    if (!vrt.checkChoice(o, CHOICE_5, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUnsignedInt(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        e3,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_10
      ) && x.c === null)
        return false;
    }
  }
  if (!((m0 & 24) !== 0 && e1 === void 0)) {
    if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDate(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.extension.extension");
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
      case "url":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "valueDateTime":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "_valueDateTime":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_10, false) && x.c === null) return false;
  }
  if (!(e2 === "authorisationExpiryDate" || vrt.isValidUri(e2))) {
    if (!vrt.attribute(e2, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "authorisationExpiryDate")) {
    if (!vrt.eachWith(e2, false, x, p, "url", vrt.checkFixed, "authorisationExpiryDate") && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 24) > 1) {
    if (!vrt.checkChoice(o, CHOICE_6, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidDateTime(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        e3,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_10
      ) && x.c === null)
        return false;
    }
  }
  if (!((m0 & 24) !== 0 && e1 === void 0)) {
    if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCMedicationRequest1DosageInstructionAdditionalInstruction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.dosageInstruction.additionalInstruction");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_11, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_2) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_11) && x.c === null)
        return false;
    }
  }
  return true;
}
function _checkMedicationRequestDosageInstructionTiming(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.dosageInstruction.timing");
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
      case "event":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "repeat":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_event":
        n++;
        m0 |= 8;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_12, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!vrt.prims(e2, o._event, x, p, "event", d, 0, -1, vrt.isValidDateTime, "dateTime", OWNER_12) && x.c === null)
      return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e3, x, p, "repeat", d, 0, checkCareConnectGPCMedicationRequest1DosageInstructionTimingRepeat) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "code", vrt.checkConcept, BINDING_7) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCMedicationRequest1DosageInstructionRoute(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.dosageInstruction.route");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_13, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_3) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_13) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCMedicationRequest1DispenseRequestValidityPeriod(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.dispenseRequest.validityPeriod");
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
      case "start":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "end":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "_start":
        n++;
        m0 |= 8;
        break;
      case "_end":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_14, false) && x.c === null) return false;
  }
  if (!(vrt.isValidDateTime(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._start, x, p, "start", d, 1, vrt.isValidDateTime, "dateTime", OWNER_14) && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidDateTime(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._end, x, p, "end", d, 0, vrt.isValidDateTime, "dateTime", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpOr3(vrt.fpSizeOfValue(o["_start"], o["start"]) === 0, vrt.fpSizeOfValue(o["_end"], o["end"]) === 0),
          vrt.fpLeValue(vrt.fpOneValue(o["_start"], o["start"]), vrt.fpOneValue(o["_end"], o["end"]))
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
    }
  }
  return true;
}
function checkCareConnectGPCMedicationRequest1DispenseRequestQuantity(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.dispenseRequest.quantity");
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
      case "value":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "comparator":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "unit":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "system":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "code":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_value":
        n++;
        m0 |= 8;
        break;
      case "_comparator":
        n++;
        m0 |= 32;
        break;
      case "_unit":
        n++;
        m0 |= 128;
        break;
      case "_system":
        n++;
        m0 |= 512;
        break;
      case "_code":
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
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidDecimal(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._value, x, p, "value", d, 0, vrt.isValidDecimal, "decimal", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._comparator, x, p, "comparator") && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._unit, x, p, "unit", d, 0, vrt.isValidString, "string", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidUri(e5) && (m0 & 512) === 0)) {
      if (!vrt.prim(e5, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_15) && x.c === null) return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidCode(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_15) && x.c === null) return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(vrt.fpSizeOfValue(o["_code"], o["code"]) === 0, vrt.fpSizeOfValue(o["_system"], o["system"]) > 0);
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_3) && x.c === null) return false;
    }
  }
  if ((m0 & 48) !== 0) {
    {
      let r;
      try {
        r = vrt.fpSizeOfValue(o["_comparator"], o["comparator"]) === 0;
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_4) && x.c === null) return false;
    }
  }
  return true;
}
function checkCareConnectGPCMedicationRequest1DispenseRequestExpectedSupplyDuration(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.dispenseRequest.expectedSupplyDuration");
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
      case "value":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "comparator":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "unit":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "system":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "code":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_value":
        n++;
        m0 |= 8;
        break;
      case "_comparator":
        n++;
        m0 |= 32;
        break;
      case "_unit":
        n++;
        m0 |= 128;
        break;
      case "_system":
        n++;
        m0 |= 512;
        break;
      case "_code":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_16, false) && x.c === null) return false;
  }
  if (!(vrt.isValidDecimal(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._value, x, p, "value", d, 1, vrt.isValidDecimal, "decimal", OWNER_16) && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._comparator, x, p, "comparator") && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._unit, x, p, "unit", d, 0, vrt.isValidString, "string", OWNER_16) && x.c === null)
        return false;
    }
  }
  if (!((e5 === "http://unitsofmeasure.org" || vrt.isValidUri(e5)) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_16) && x.c === null) return false;
  }
  if (!(e5 === void 0 || e5 === "http://unitsofmeasure.org")) {
    if (!vrt.eachWith(e5, false, x, p, "system", vrt.checkFixed, "http://unitsofmeasure.org") && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(e6) && (m0 & 2048) === 0)) {
    if (!vrt.prim(e6, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_16) && x.c === null) return false;
  }
  if (!vrt.codeIn(e6, vcodes.inCodes99)) {
    if (!vrt.eachWith(e6, false, x, p, "code", vrt.checkCode, BINDING_8) && x.c === null) return false;
  }
  if ((m0 & 3072) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(vrt.fpSizeOfValue(o["_code"], o["code"]) === 0, vrt.fpSizeOfValue(o["_system"], o["system"]) > 0);
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_5) && x.c === null) return false;
    }
  }
  {
    let r;
    try {
      r = vrt.fpImplies3(
        vrt.fpSizeOfValue(o["_code"], o["code"]) > 0,
        vrt.fpAnd3(
          vrt.fpEqValue(vrt.fpOneValue(o["_system"], o["system"]), "http://unitsofmeasure.org"),
          vrt.fpSizeOfValue(o["_value"], o["value"]) > 0
        )
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_6) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCMedicationRequest1DosageInstructionAdditionalInstructionCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.dosageInstruction.additionalInstruction.coding");
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
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_17) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_17) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_17) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_17) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCMedicationRequest1DosageInstructionTimingRepeat(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.dosageInstruction.timing.repeat");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18;
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
      case "boundsDuration":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "boundsRange":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "boundsPeriod":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "count":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "countMax":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "duration":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "durationMax":
        n++;
        m0 |= 2048;
        e8 = o[k];
        break;
      case "durationUnit":
        n++;
        m0 |= 8192;
        e9 = o[k];
        break;
      case "frequency":
        n++;
        m0 |= 32768;
        e10 = o[k];
        break;
      case "frequencyMax":
        n++;
        m0 |= 131072;
        e11 = o[k];
        break;
      case "period":
        n++;
        m0 |= 524288;
        e12 = o[k];
        break;
      case "periodMax":
        n++;
        m0 |= 2097152;
        e13 = o[k];
        break;
      case "periodUnit":
        n++;
        m0 |= 8388608;
        e14 = o[k];
        break;
      case "dayOfWeek":
        n++;
        m0 |= 33554432;
        e15 = o[k];
        break;
      case "timeOfDay":
        n++;
        m0 |= 134217728;
        e16 = o[k];
        break;
      case "when":
        n++;
        m0 |= 536870912;
        e17 = o[k];
        break;
      case "offset":
        n++;
        m1 |= 1;
        e18 = o[k];
        break;
      case "_count":
        n++;
        m0 |= 64;
        break;
      case "_countMax":
        n++;
        m0 |= 256;
        break;
      case "_duration":
        n++;
        m0 |= 1024;
        break;
      case "_durationMax":
        n++;
        m0 |= 4096;
        break;
      case "_durationUnit":
        n++;
        m0 |= 16384;
        break;
      case "_frequency":
        n++;
        m0 |= 65536;
        break;
      case "_frequencyMax":
        n++;
        m0 |= 262144;
        break;
      case "_period":
        n++;
        m0 |= 1048576;
        break;
      case "_periodMax":
        n++;
        m0 |= 4194304;
        break;
      case "_periodUnit":
        n++;
        m0 |= 16777216;
        break;
      case "_dayOfWeek":
        n++;
        m0 |= 67108864;
        break;
      case "_timeOfDay":
        n++;
        m0 |= 268435456;
        break;
      case "_when":
        n++;
        m0 |= 1073741824;
        break;
      case "_offset":
        n++;
        m1 |= 2;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_18, false) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 28) > 1) {
    if (!vrt.checkChoice(o, CHOICE_7, x, p, "bounds", 0) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e2, x, p, "bounds.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "bounds.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
    if (!vrt.each(e3, false, x, p, "bounds.ofType(Range)", OCCURRENCE_0) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "bounds.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
    if (!vrt.each(e4, false, x, p, "bounds.ofType(Period)", OCCURRENCE_0) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidInteger(e5) && (m0 & 64) === 0)) {
      if (!vrt.prim(e5, o._count, x, p, "count", d, 0, vrt.isValidInteger, "integer", OWNER_18) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidInteger(e6) && (m0 & 256) === 0)) {
      if (!vrt.prim(e6, o._countMax, x, p, "countMax", d, 0, vrt.isValidInteger, "integer", OWNER_18) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDecimal(e7) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e7, o._duration, x, p, "duration", d, 0, vrt.isValidDecimal, "decimal", OWNER_18) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDecimal(e8) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e8, o._durationMax, x, p, "durationMax", d, 0, vrt.isValidDecimal, "decimal", OWNER_18) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e9, o._durationUnit, x, p, "durationUnit", d, 0, vrt.isValidCode, "code", OWNER_18) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e9, vcodes.inCodes99)) {
      if (!vrt.eachWith(e9, false, x, p, "durationUnit", vrt.checkCode, BINDING_8) && x.c === null) return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidInteger(e10) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e10, o._frequency, x, p, "frequency", d, 0, vrt.isValidInteger, "integer", OWNER_18) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInteger(e11) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e11, o._frequencyMax, x, p, "frequencyMax", d, 0, vrt.isValidInteger, "integer", OWNER_18) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDecimal(e12) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e12, o._period, x, p, "period", d, 0, vrt.isValidDecimal, "decimal", OWNER_18) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidDecimal(e13) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e13, o._periodMax, x, p, "periodMax", d, 0, vrt.isValidDecimal, "decimal", OWNER_18) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidCode(e14) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e14, o._periodUnit, x, p, "periodUnit", d, 0, vrt.isValidCode, "code", OWNER_18) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e14, vcodes.inCodes99)) {
      if (!vrt.eachWith(e14, false, x, p, "periodUnit", vrt.checkCode, BINDING_8) && x.c === null) return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!vrt.prims(e15, o._dayOfWeek, x, p, "dayOfWeek", d, 0, -1, vrt.isValidCode, "code", OWNER_18) && x.c === null)
      return false;
    if (!vrt.eachWith(e15, true, x, p, "dayOfWeek", vrt.checkCode, BINDING_9) && x.c === null) return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!vrt.prims(e16, o._timeOfDay, x, p, "timeOfDay", d, 0, -1, vrt.isValidTime, "time", OWNER_18) && x.c === null)
      return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!vrt.prims(e17, o._when, x, p, "when", d, 0, -1, vrt.isValidCode, "code", OWNER_18) && x.c === null)
      return false;
    if (!vrt.eachWith(e17, true, x, p, "when", vrt.checkCode, BINDING_10) && x.c === null) return false;
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(e18) && (m1 & 2) === 0)) {
      if (!vrt.prim(e18, o._offset, x, p, "offset", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_18) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_9) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_10) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_11) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_12) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_13) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_14) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_15) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_16) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_17) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCMedicationRequest1DosageInstructionRouteCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.dosageInstruction.route.coding");
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
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_19) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_19) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_19) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_19) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCareConnectGPCMedicationRequest1(value, options) {
  return vrt.validateWith(value, "MedicationRequest", checkCareConnectGPCMedicationRequest1, true, options, REGISTRY_0);
}
function isCareConnectGPCMedicationRequest1(value, options) {
  return vrt.testWith(value, checkCareConnectGPCMedicationRequest1, true, options, REGISTRY_0);
}
function buildCareConnectGPCMedicationRequest1(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    {
      resourceType: "MedicationRequest",
      profile: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationRequest-1",
      each: { dispenseRequest: { each: { expectedSupplyDuration: { set: { system: "http://unitsofmeasure.org" } } } } }
    },
    isCareConnectGPCMedicationRequest1,
    validateCareConnectGPCMedicationRequest1,
    "CareConnectGPCMedicationRequest1"
  );
}
function buildCareConnectGPCMedicationRequest1RepeatInformation(input) {
  return (0, import_fill.fillPart)(input, {
    set: {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1"
    },
    lead: { extension: [{ set: { url: "numberOfRepeatPrescriptionsIssued" } }] }
  });
}
function buildCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowed(input) {
  return (0, import_fill.fillPart)(input, {
    set: { url: "numberOfRepeatPrescriptionsAllowed" }
  });
}
function buildCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssued(input) {
  return (0, import_fill.fillPart)(input, {
    set: { url: "numberOfRepeatPrescriptionsIssued" }
  });
}
function buildCareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDate(input) {
  return (0, import_fill.fillPart)(input, {
    set: { url: "authorisationExpiryDate" }
  });
}
function buildCareConnectGPCMedicationRequest1DosageInstructionAdditionalInstructionCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
function buildCareConnectGPCMedicationRequest1DosageInstructionRouteCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
