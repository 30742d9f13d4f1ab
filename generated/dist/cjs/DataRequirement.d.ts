import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type Duration } from './Duration.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
/**
 * DataRequirement
 *
 * Base StructureDefinition for DataRequirement Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/DataRequirement
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface DataRequirement {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DataRequirement.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DataRequirement.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DataRequirement.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * The type of the required data
     *
     * The type of the required data, specified as the type name of a resource. For profiles, this value is set to the type of the base resource of the profile.
     *
     * - Cardinality 1..1
     * - FHIR path `DataRequirement.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/all-types (175 codes: Address, Age, Annotation, Attachment, BackboneElement, CodeableConcept, Coding, ContactDetail, ContactPoint, Contributor, Count, DataRequirement, ...)
     */
    type: 'Account' | 'ActivityDefinition' | 'Address' | 'AdverseEvent' | 'Age' | 'AllergyIntolerance' | 'Annotation' | 'Any' | 'Appointment' | 'AppointmentResponse' | 'Attachment' | 'AuditEvent' | 'BackboneElement' | 'base64Binary' | 'Basic' | 'Binary' | 'BodySite' | 'boolean' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'code' | 'CodeableConcept' | 'CodeSystem' | 'Coding' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'ContactDetail' | 'ContactPoint' | 'Contract' | 'Contributor' | 'Count' | 'Coverage' | 'DataElement' | 'DataRequirement' | 'date' | 'dateTime' | 'decimal' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'Distance' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'Dosage' | 'Duration' | 'Element' | 'ElementDefinition' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'Extension' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'HumanName' | 'id' | 'Identifier' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'instant' | 'integer' | 'Library' | 'Linkage' | 'List' | 'Location' | 'markdown' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'Meta' | 'Money' | 'NamingSystem' | 'Narrative' | 'NutritionOrder' | 'Observation' | 'oid' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'ParameterDefinition' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Period' | 'Person' | 'PlanDefinition' | 'positiveInt' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Quantity' | 'Questionnaire' | 'QuestionnaireResponse' | 'Range' | 'Ratio' | 'Reference' | 'ReferralRequest' | 'RelatedArtifact' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'SampledData' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Signature' | 'SimpleQuantity' | 'Slot' | 'Specimen' | 'string' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'time' | 'Timing' | 'TriggerDefinition' | 'Type' | 'unsignedInt' | 'uri' | 'UsageContext' | 'uuid' | 'ValueSet' | 'VisionPrescription' | 'xhtml';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see DataRequirement.type). */
    _type?: Element;
    /**
     * The profile of the required data
     *
     * The profile of the required data, specified as the uri of the profile definition.
     *
     * - Cardinality 0..*
     * - FHIR path `DataRequirement.profile`
     * - Type uri
     */
    profile?: string[];
    /** Extensions and id for `profile` (FHIR JSON primitive extension, see DataRequirement.profile). */
    _profile?: (Element | null)[];
    /**
     * Indicates that specific structure elements are referenced by the knowledge module
     *
     * Indicates that specific elements of the type are referenced by the knowledge module and must be supported by the consumer in order to obtain an effective evaluation. This does not mean that a value is required for this element, only that the consuming system must understand the element and be able to provide values for it if they are available. Note that the value for this element can be a path to allow references to nested elements. In that case, all the elements along the path must be supported.
     *
     * - Cardinality 0..*
     * - FHIR path `DataRequirement.mustSupport`
     * - Type string
     */
    mustSupport?: string[];
    /** Extensions and id for `mustSupport` (FHIR JSON primitive extension, see DataRequirement.mustSupport). */
    _mustSupport?: (Element | null)[];
    /**
     * What codes are expected
     *
     * Code filters specify additional constraints on the data, specifying the value set of interest for a particular element of the data.
     *
     * - Cardinality 0..*
     * - FHIR path `DataRequirement.codeFilter`
     * - Type Element
     */
    codeFilter?: DataRequirementCodeFilter[];
    /**
     * What dates/date ranges are expected
     *
     * Date filters specify additional constraints on the data in terms of the applicable date range for specific elements.
     *
     * - Cardinality 0..*
     * - FHIR path `DataRequirement.dateFilter`
     * - Type Element
     */
    dateFilter?: DataRequirementDateFilter[];
}
/**
 * What codes are expected
 *
 * Code filters specify additional constraints on the data, specifying the value set of interest for a particular element of the data.
 *
 * - Cardinality 0..*
 * - FHIR path `DataRequirement.codeFilter`
 * - Type Element
 */
export interface DataRequirementCodeFilter {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DataRequirement.codeFilter.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DataRequirement.codeFilter.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DataRequirement.codeFilter.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * The code-valued attribute of the filter
     *
     * The code-valued attribute of the filter. The specified path must be resolvable from the type of the required data. The path is allowed to contain qualifiers (.) to traverse sub-elements, as well as indexers ([x]) to traverse multiple-cardinality sub-elements. Note that the index must be an integer constant. The path must resolve to an element of type code, Coding, or CodeableConcept.
     *
     * - Cardinality 1..1
     * - FHIR path `DataRequirement.codeFilter.path`
     * - Type string
     */
    path: string;
    /** Extensions and id for `path` (FHIR JSON primitive extension, see DataRequirement.codeFilter.path). */
    _path?: Element;
    /**
     * Valueset for the filter
     *
     * The valueset for the code filter. The valueSet and value elements are exclusive. If valueSet is specified, the filter will return only those data items for which the value of the code-valued element specified in the path is a member of the specified valueset.
     *
     * - Cardinality 0..1
     * - FHIR path `DataRequirement.codeFilter.valueSet[x]`
     * - Type string | Reference
     */
    valueSetString?: string;
    /** Extensions and id for `valueSetString` (FHIR JSON primitive extension, see DataRequirement.codeFilter.valueSet[x]). */
    _valueSetString?: Element;
    /**
     * Valueset for the filter
     *
     * The valueset for the code filter. The valueSet and value elements are exclusive. If valueSet is specified, the filter will return only those data items for which the value of the code-valued element specified in the path is a member of the specified valueset.
     *
     * - Cardinality 0..1
     * - FHIR path `DataRequirement.codeFilter.valueSet[x]`
     * - Type string | Reference
     */
    valueSetReference?: Reference<'ValueSet'>;
    /**
     * What code is expected
     *
     * The codes for the code filter. Only one of valueSet, valueCode, valueCoding, or valueCodeableConcept may be specified. If values are given, the filter will return only those data items for which the code-valued attribute specified by the path has a value that is one of the specified codes.
     *
     * - Cardinality 0..*
     * - FHIR path `DataRequirement.codeFilter.valueCode`
     * - Type code
     */
    valueCode?: string[];
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see DataRequirement.codeFilter.valueCode). */
    _valueCode?: (Element | null)[];
    /**
     * What Coding is expected
     *
     * The Codings for the code filter. Only one of valueSet, valueCode, valueConding, or valueCodeableConcept may be specified. If values are given, the filter will return only those data items for which the code-valued attribute specified by the path has a value that is one of the specified Codings.
     *
     * - Cardinality 0..*
     * - FHIR path `DataRequirement.codeFilter.valueCoding`
     * - Type Coding
     */
    valueCoding?: Coding[];
    /**
     * What CodeableConcept is expected
     *
     * The CodeableConcepts for the code filter. Only one of valueSet, valueCode, valueConding, or valueCodeableConcept may be specified. If values are given, the filter will return only those data items for which the code-valued attribute specified by the path has a value that is one of the specified CodeableConcepts.
     *
     * - Cardinality 0..*
     * - FHIR path `DataRequirement.codeFilter.valueCodeableConcept`
     * - Type CodeableConcept
     */
    valueCodeableConcept?: CodeableConcept[];
}
/**
 * What dates/date ranges are expected
 *
 * Date filters specify additional constraints on the data in terms of the applicable date range for specific elements.
 *
 * - Cardinality 0..*
 * - FHIR path `DataRequirement.dateFilter`
 * - Type Element
 */
export interface DataRequirementDateFilter {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DataRequirement.dateFilter.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DataRequirement.dateFilter.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DataRequirement.dateFilter.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * The date-valued attribute of the filter
     *
     * The date-valued attribute of the filter. The specified path must be resolvable from the type of the required data. The path is allowed to contain qualifiers (.) to traverse sub-elements, as well as indexers ([x]) to traverse multiple-cardinality sub-elements. Note that the index must be an integer constant. The path must resolve to an element of type dateTime, Period, Schedule, or Timing.
     *
     * - Cardinality 1..1
     * - FHIR path `DataRequirement.dateFilter.path`
     * - Type string
     */
    path: string;
    /** Extensions and id for `path` (FHIR JSON primitive extension, see DataRequirement.dateFilter.path). */
    _path?: Element;
    /**
     * The value of the filter, as a Period, DateTime, or Duration value
     *
     * The value of the filter. If period is specified, the filter will return only those data items that fall within the bounds determined by the Period, inclusive of the period boundaries. If dateTime is specified, the filter will return only those data items that are equal to the specified dateTime. If a Duration is specified, the filter will return only those data items that fall within Duration from now.
     *
     * - Cardinality 0..1
     * - FHIR path `DataRequirement.dateFilter.value[x]`
     * - Type dateTime | Period | Duration
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see DataRequirement.dateFilter.value[x]). */
    _valueDateTime?: Element;
    /**
     * The value of the filter, as a Period, DateTime, or Duration value
     *
     * The value of the filter. If period is specified, the filter will return only those data items that fall within the bounds determined by the Period, inclusive of the period boundaries. If dateTime is specified, the filter will return only those data items that are equal to the specified dateTime. If a Duration is specified, the filter will return only those data items that fall within Duration from now.
     *
     * - Cardinality 0..1
     * - FHIR path `DataRequirement.dateFilter.value[x]`
     * - Type dateTime | Period | Duration
     */
    valuePeriod?: Period;
    /**
     * The value of the filter, as a Period, DateTime, or Duration value
     *
     * The value of the filter. If period is specified, the filter will return only those data items that fall within the bounds determined by the Period, inclusive of the period boundaries. If dateTime is specified, the filter will return only those data items that are equal to the specified dateTime. If a Duration is specified, the filter will return only those data items that fall within Duration from now.
     *
     * - Cardinality 0..1
     * - FHIR path `DataRequirement.dateFilter.value[x]`
     * - Type dateTime | Period | Duration
     */
    valueDuration?: Duration;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDataRequirement(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDataRequirementCodeFilter(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDataRequirementDateFilter(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against DataRequirement (http://hl7.org/fhir/StructureDefinition/DataRequirement).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDataRequirement(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDataRequirement} with the same options reports no error or fatal issue: DataRequirement (http://hl7.org/fhir/StructureDefinition/DataRequirement). */
export declare function isDataRequirement(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is DataRequirement;
