var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var resource_types_exports = {};
__export(resource_types_exports, {
  isResourceType: () => isResourceType
});
module.exports = __toCommonJS(resource_types_exports);
const RESOURCE_TYPES = /* @__PURE__ */ new Set([
  "Account",
  "ActivityDefinition",
  "AdverseEvent",
  "AllergyIntolerance",
  "Appointment",
  "AppointmentResponse",
  "AuditEvent",
  "Basic",
  "Binary",
  "BodySite",
  "Bundle",
  "CapabilityStatement",
  "CarePlan",
  "CareTeam",
  "ChargeItem",
  "Claim",
  "ClaimResponse",
  "ClinicalImpression",
  "CodeSystem",
  "Communication",
  "CommunicationRequest",
  "CompartmentDefinition",
  "Composition",
  "ConceptMap",
  "Condition",
  "Consent",
  "Contract",
  "Coverage",
  "DataElement",
  "DetectedIssue",
  "Device",
  "DeviceComponent",
  "DeviceMetric",
  "DeviceRequest",
  "DeviceUseStatement",
  "DiagnosticReport",
  "DocumentManifest",
  "DocumentReference",
  "EligibilityRequest",
  "EligibilityResponse",
  "Encounter",
  "Endpoint",
  "EnrollmentRequest",
  "EnrollmentResponse",
  "EpisodeOfCare",
  "ExpansionProfile",
  "ExplanationOfBenefit",
  "FamilyMemberHistory",
  "Flag",
  "Goal",
  "GraphDefinition",
  "Group",
  "GuidanceResponse",
  "HealthcareService",
  "ImagingManifest",
  "ImagingStudy",
  "Immunization",
  "ImmunizationRecommendation",
  "ImplementationGuide",
  "Library",
  "Linkage",
  "List",
  "Location",
  "Measure",
  "MeasureReport",
  "Media",
  "Medication",
  "MedicationAdministration",
  "MedicationDispense",
  "MedicationRequest",
  "MedicationStatement",
  "MessageDefinition",
  "MessageHeader",
  "NamingSystem",
  "NutritionOrder",
  "Observation",
  "OperationDefinition",
  "OperationOutcome",
  "Organization",
  "Parameters",
  "Patient",
  "PaymentNotice",
  "PaymentReconciliation",
  "Person",
  "PlanDefinition",
  "Practitioner",
  "PractitionerRole",
  "Procedure",
  "ProcedureRequest",
  "ProcessRequest",
  "ProcessResponse",
  "Provenance",
  "Questionnaire",
  "QuestionnaireResponse",
  "ReferralRequest",
  "RelatedPerson",
  "RequestGroup",
  "ResearchStudy",
  "ResearchSubject",
  "RiskAssessment",
  "Schedule",
  "SearchParameter",
  "Sequence",
  "ServiceDefinition",
  "Slot",
  "Specimen",
  "StructureDefinition",
  "StructureMap",
  "Subscription",
  "Substance",
  "SupplyDelivery",
  "SupplyRequest",
  "Task",
  "TestReport",
  "TestScript",
  "ValueSet",
  "VisionPrescription"
]);
function isResourceType(type) {
  return RESOURCE_TYPES.has(type);
}
