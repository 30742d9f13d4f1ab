import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Reference } from './Reference.js';
/**
 * ParameterDefinition
 *
 * Base StructureDefinition for ParameterDefinition Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ParameterDefinition
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface ParameterDefinition {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ParameterDefinition.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ParameterDefinition.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ParameterDefinition.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Name used to access the parameter value
     *
     * The name of the parameter used to allow access to the value of the parameter in evaluation contexts.
     *
     * - Cardinality 0..1
     * - FHIR path `ParameterDefinition.name`
     * - Type code
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see ParameterDefinition.name). */
    _name?: Element;
    /**
     * in | out
     *
     * Whether the parameter is input or output for the module.
     *
     * - Cardinality 1..1
     * - FHIR path `ParameterDefinition.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/operation-parameter-use (2 codes: in, out)
     */
    use: 'in' | 'out';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see ParameterDefinition.use). */
    _use?: Element;
    /**
     * Minimum cardinality
     *
     * The minimum number of times this parameter SHALL appear in the request or response.
     *
     * - Cardinality 0..1
     * - FHIR path `ParameterDefinition.min`
     * - Type integer
     */
    min?: number;
    /** Extensions and id for `min` (FHIR JSON primitive extension, see ParameterDefinition.min). */
    _min?: Element;
    /**
     * Maximum cardinality (a number of *)
     *
     * The maximum number of times this element is permitted to appear in the request or response.
     *
     * - Cardinality 0..1
     * - FHIR path `ParameterDefinition.max`
     * - Type string
     */
    max?: string;
    /** Extensions and id for `max` (FHIR JSON primitive extension, see ParameterDefinition.max). */
    _max?: Element;
    /**
     * A brief description of the parameter
     *
     * A brief discussion of what the parameter is for and how it is used by the module.
     *
     * - Cardinality 0..1
     * - FHIR path `ParameterDefinition.documentation`
     * - Type string
     */
    documentation?: string;
    /** Extensions and id for `documentation` (FHIR JSON primitive extension, see ParameterDefinition.documentation). */
    _documentation?: Element;
    /**
     * What type of value
     *
     * The type of the parameter.
     *
     * - Cardinality 1..1
     * - FHIR path `ParameterDefinition.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/all-types (175 codes: Address, Age, Annotation, Attachment, BackboneElement, CodeableConcept, Coding, ContactDetail, ContactPoint, Contributor, Count, DataRequirement, ...)
     */
    type: 'Account' | 'ActivityDefinition' | 'Address' | 'AdverseEvent' | 'Age' | 'AllergyIntolerance' | 'Annotation' | 'Any' | 'Appointment' | 'AppointmentResponse' | 'Attachment' | 'AuditEvent' | 'BackboneElement' | 'base64Binary' | 'Basic' | 'Binary' | 'BodySite' | 'boolean' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'code' | 'CodeableConcept' | 'CodeSystem' | 'Coding' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'ContactDetail' | 'ContactPoint' | 'Contract' | 'Contributor' | 'Count' | 'Coverage' | 'DataElement' | 'DataRequirement' | 'date' | 'dateTime' | 'decimal' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'Distance' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'Dosage' | 'Duration' | 'Element' | 'ElementDefinition' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'Extension' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'HumanName' | 'id' | 'Identifier' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'instant' | 'integer' | 'Library' | 'Linkage' | 'List' | 'Location' | 'markdown' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'Meta' | 'Money' | 'NamingSystem' | 'Narrative' | 'NutritionOrder' | 'Observation' | 'oid' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'ParameterDefinition' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Period' | 'Person' | 'PlanDefinition' | 'positiveInt' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Quantity' | 'Questionnaire' | 'QuestionnaireResponse' | 'Range' | 'Ratio' | 'Reference' | 'ReferralRequest' | 'RelatedArtifact' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'SampledData' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Signature' | 'SimpleQuantity' | 'Slot' | 'Specimen' | 'string' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'time' | 'Timing' | 'TriggerDefinition' | 'Type' | 'unsignedInt' | 'uri' | 'UsageContext' | 'uuid' | 'ValueSet' | 'VisionPrescription' | 'xhtml';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see ParameterDefinition.type). */
    _type?: Element;
    /**
     * What profile the value is expected to be
     *
     * If specified, this indicates a profile that the input data must conform to, or that the output data will conform to.
     *
     * - Cardinality 0..1
     * - FHIR path `ParameterDefinition.profile`
     * - Type Reference
     */
    profile?: Reference<'StructureDefinition'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkParameterDefinition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ParameterDefinition (http://hl7.org/fhir/StructureDefinition/ParameterDefinition).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateParameterDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateParameterDefinition} with the same options reports no error or fatal issue: ParameterDefinition (http://hl7.org/fhir/StructureDefinition/ParameterDefinition). */
export declare function isParameterDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ParameterDefinition;
