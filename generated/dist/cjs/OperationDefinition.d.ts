import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactDetail } from './ContactDetail.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type UsageContext } from './UsageContext.js';
/**
 * OperationDefinition
 *
 * Base StructureDefinition for OperationDefinition Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/OperationDefinition
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface OperationDefinition {
    /** The FHIR resource type. */
    resourceType: 'OperationDefinition';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see OperationDefinition.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see OperationDefinition.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see OperationDefinition.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this operation definition (globally unique)
     *
     * An absolute URI that is used to identify this operation definition when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this operation definition is (or will be) published. The URL SHOULD include the major version of the operation definition. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see OperationDefinition.url). */
    _url?: Element;
    /**
     * Business version of the operation definition
     *
     * The identifier that is used to identify this version of the operation definition when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the operation definition author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see OperationDefinition.version). */
    _version?: Element;
    /**
     * Name for this operation definition (computer friendly)
     *
     * A natural language name identifying the operation definition. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationDefinition.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see OperationDefinition.name). */
    _name?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this operation definition. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationDefinition.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see OperationDefinition.status). */
    _status?: Element;
    /**
     * operation | query
     *
     * Whether this is an operation or a named query.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationDefinition.kind`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/operation-kind (2 codes: operation, query)
     */
    kind: 'operation' | 'query';
    /** Extensions and id for `kind` (FHIR JSON primitive extension, see OperationDefinition.kind). */
    _kind?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this operation definition is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see OperationDefinition.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the operation definition was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the operation definition changes.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see OperationDefinition.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the operation definition.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see OperationDefinition.publisher). */
    _publisher?: Element;
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Natural language description of the operation definition
     *
     * A free text natural language description of the operation definition from a consumer's perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see OperationDefinition.description). */
    _description?: Element;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate operation definition instances.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for operation definition (if applicable)
     *
     * A legal or geographic region in which the operation definition is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * Why this operation definition is defined
     *
     * Explaination of why this operation definition is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see OperationDefinition.purpose). */
    _purpose?: Element;
    /**
     * Whether content is unchanged by the operation
     *
     * Operations that are idempotent (see [HTTP specification definition of idempotent](http://www.w3.org/Protocols/rfc2616/rfc2616-sec9.html)) may be invoked by performing an HTTP GET operation instead of a POST.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.idempotent`
     * - Type boolean
     */
    idempotent?: boolean;
    /** Extensions and id for `idempotent` (FHIR JSON primitive extension, see OperationDefinition.idempotent). */
    _idempotent?: Element;
    /**
     * Name used to invoke the operation
     *
     * The name used to invoke the operation.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationDefinition.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see OperationDefinition.code). */
    _code?: Element;
    /**
     * Additional information about use
     *
     * Additional information about how to use this operation or named query.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.comment`
     * - Type string
     */
    comment?: string;
    /** Extensions and id for `comment` (FHIR JSON primitive extension, see OperationDefinition.comment). */
    _comment?: Element;
    /**
     * Marks this as a profile of the base
     *
     * Indicates that this operation definition is a constraining profile on the base.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.base`
     * - Type Reference
     */
    base?: Reference<'OperationDefinition'>;
    /**
     * Types this operation applies to
     *
     * The types on which this operation can be executed.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.resource`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/resource-types (119 codes: Account, ActivityDefinition, AdverseEvent, AllergyIntolerance, Appointment, AppointmentResponse, AuditEvent, Basic, Binary, BodySite, Bundle, CapabilityStatement, ...)
     */
    resource?: ('Account' | 'ActivityDefinition' | 'AdverseEvent' | 'AllergyIntolerance' | 'Appointment' | 'AppointmentResponse' | 'AuditEvent' | 'Basic' | 'Binary' | 'BodySite' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'CodeSystem' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'Contract' | 'Coverage' | 'DataElement' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'Library' | 'Linkage' | 'List' | 'Location' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'NamingSystem' | 'NutritionOrder' | 'Observation' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Person' | 'PlanDefinition' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Questionnaire' | 'QuestionnaireResponse' | 'ReferralRequest' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Slot' | 'Specimen' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'ValueSet' | 'VisionPrescription')[];
    /** Extensions and id for `resource` (FHIR JSON primitive extension, see OperationDefinition.resource). */
    _resource?: (Element | null)[];
    /**
     * Invoke at the system level?
     *
     * Indicates whether this operation or named query can be invoked at the system level (e.g. without needing to choose a resource type for the context).
     *
     * - Cardinality 1..1
     * - FHIR path `OperationDefinition.system`
     * - Type boolean
     */
    system: boolean;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see OperationDefinition.system). */
    _system?: Element;
    /**
     * Invole at the type level?
     *
     * Indicates whether this operation or named query can be invoked at the resource type level for any given resource type level (e.g. without needing to choose a specific resource id for the context).
     *
     * - Cardinality 1..1
     * - FHIR path `OperationDefinition.type`
     * - Type boolean
     */
    type: boolean;
    /** Extensions and id for `type` (FHIR JSON primitive extension, see OperationDefinition.type). */
    _type?: Element;
    /**
     * Invoke on an instance?
     *
     * Indicates whether this operation can be invoked on a particular instance of one of the given types.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationDefinition.instance`
     * - Type boolean
     */
    instance: boolean;
    /** Extensions and id for `instance` (FHIR JSON primitive extension, see OperationDefinition.instance). */
    _instance?: Element;
    /**
     * Parameters for the operation/query
     *
     * The parameters for the operation/query.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.parameter`
     * - Type BackboneElement
     */
    parameter?: OperationDefinitionParameter[];
    /**
     * Define overloaded variants for when  generating code
     *
     * Defines an appropriate combination of parameters to use when invoking this operation, to help code generators when generating overloaded parameter sets for this operation.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.overload`
     * - Type BackboneElement
     */
    overload?: OperationDefinitionOverload[];
}
/**
 * Parameters for the operation/query
 *
 * The parameters for the operation/query.
 *
 * - Cardinality 0..*
 * - FHIR path `OperationDefinition.parameter`
 * - Type BackboneElement
 */
export interface OperationDefinitionParameter {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.parameter.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see OperationDefinition.parameter.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.parameter.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.parameter.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Name in Parameters.parameter.name or in URL
     *
     * The name of used to identify the parameter.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationDefinition.parameter.name`
     * - Type code
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see OperationDefinition.parameter.name). */
    _name?: Element;
    /**
     * in | out
     *
     * Whether this is an input or an output parameter.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationDefinition.parameter.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/operation-parameter-use (2 codes: in, out)
     */
    use: 'in' | 'out';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see OperationDefinition.parameter.use). */
    _use?: Element;
    /**
     * Minimum Cardinality
     *
     * The minimum number of times this parameter SHALL appear in the request or response.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationDefinition.parameter.min`
     * - Type integer
     */
    min: number;
    /** Extensions and id for `min` (FHIR JSON primitive extension, see OperationDefinition.parameter.min). */
    _min?: Element;
    /**
     * Maximum Cardinality (a number or *)
     *
     * The maximum number of times this element is permitted to appear in the request or response.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationDefinition.parameter.max`
     * - Type string
     */
    max: string;
    /** Extensions and id for `max` (FHIR JSON primitive extension, see OperationDefinition.parameter.max). */
    _max?: Element;
    /**
     * Description of meaning/use
     *
     * Describes the meaning or use of this parameter.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.parameter.documentation`
     * - Type string
     */
    documentation?: string;
    /** Extensions and id for `documentation` (FHIR JSON primitive extension, see OperationDefinition.parameter.documentation). */
    _documentation?: Element;
    /**
     * What type this parameter has
     *
     * The type for this parameter.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.parameter.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/all-types (175 codes: Address, Age, Annotation, Attachment, BackboneElement, CodeableConcept, Coding, ContactDetail, ContactPoint, Contributor, Count, DataRequirement, ...)
     */
    type?: 'Account' | 'ActivityDefinition' | 'Address' | 'AdverseEvent' | 'Age' | 'AllergyIntolerance' | 'Annotation' | 'Any' | 'Appointment' | 'AppointmentResponse' | 'Attachment' | 'AuditEvent' | 'BackboneElement' | 'base64Binary' | 'Basic' | 'Binary' | 'BodySite' | 'boolean' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'code' | 'CodeableConcept' | 'CodeSystem' | 'Coding' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'ContactDetail' | 'ContactPoint' | 'Contract' | 'Contributor' | 'Count' | 'Coverage' | 'DataElement' | 'DataRequirement' | 'date' | 'dateTime' | 'decimal' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'Distance' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'Dosage' | 'Duration' | 'Element' | 'ElementDefinition' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'Extension' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'HumanName' | 'id' | 'Identifier' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'instant' | 'integer' | 'Library' | 'Linkage' | 'List' | 'Location' | 'markdown' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'Meta' | 'Money' | 'NamingSystem' | 'Narrative' | 'NutritionOrder' | 'Observation' | 'oid' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'ParameterDefinition' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Period' | 'Person' | 'PlanDefinition' | 'positiveInt' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Quantity' | 'Questionnaire' | 'QuestionnaireResponse' | 'Range' | 'Ratio' | 'Reference' | 'ReferralRequest' | 'RelatedArtifact' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'SampledData' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Signature' | 'SimpleQuantity' | 'Slot' | 'Specimen' | 'string' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'time' | 'Timing' | 'TriggerDefinition' | 'Type' | 'unsignedInt' | 'uri' | 'UsageContext' | 'uuid' | 'ValueSet' | 'VisionPrescription' | 'xhtml';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see OperationDefinition.parameter.type). */
    _type?: Element;
    /**
     * number | date | string | token | reference | composite | quantity | uri
     *
     * How the parameter is understood as a search parameter. This is only used if the parameter type is 'string'.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.parameter.searchType`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/search-param-type (8 codes: number, date, string, token, reference, composite, quantity, uri)
     */
    searchType?: 'composite' | 'date' | 'number' | 'quantity' | 'reference' | 'string' | 'token' | 'uri';
    /** Extensions and id for `searchType` (FHIR JSON primitive extension, see OperationDefinition.parameter.searchType). */
    _searchType?: Element;
    /**
     * Profile on the type
     *
     * A profile the specifies the rules that this parameter must conform to.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.parameter.profile`
     * - Type Reference
     */
    profile?: Reference<'StructureDefinition'>;
    /**
     * ValueSet details if this is coded
     *
     * Binds to a value set if this parameter is coded (code, Coding, CodeableConcept).
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.parameter.binding`
     * - Type BackboneElement
     */
    binding?: OperationDefinitionParameterBinding;
    /**
     * Parts of a nested Parameter
     *
     * The parts of a nested Parameter.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.parameter.part`
     */
    part?: OperationDefinitionParameter[];
}
/**
 * ValueSet details if this is coded
 *
 * Binds to a value set if this parameter is coded (code, Coding, CodeableConcept).
 *
 * - Cardinality 0..1
 * - FHIR path `OperationDefinition.parameter.binding`
 * - Type BackboneElement
 */
export interface OperationDefinitionParameterBinding {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.parameter.binding.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see OperationDefinition.parameter.binding.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.parameter.binding.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.parameter.binding.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * required | extensible | preferred | example
     *
     * Indicates the degree of conformance expectations associated with this binding - that is, the degree to which the provided value set must be adhered to in the instances.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationDefinition.parameter.binding.strength`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/binding-strength (4 codes: required, extensible, preferred, example)
     */
    strength: 'example' | 'extensible' | 'preferred' | 'required';
    /** Extensions and id for `strength` (FHIR JSON primitive extension, see OperationDefinition.parameter.binding.strength). */
    _strength?: Element;
    /**
     * Source of value set
     *
     * Points to the value set or external definition (e.g. implicit value set) that identifies the set of codes to be used.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationDefinition.parameter.binding.valueSet[x]`
     * - Type uri | Reference
     */
    valueSetUri?: string;
    /** Extensions and id for `valueSetUri` (FHIR JSON primitive extension, see OperationDefinition.parameter.binding.valueSet[x]). */
    _valueSetUri?: Element;
    /**
     * Source of value set
     *
     * Points to the value set or external definition (e.g. implicit value set) that identifies the set of codes to be used.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationDefinition.parameter.binding.valueSet[x]`
     * - Type uri | Reference
     */
    valueSetReference?: Reference<'ValueSet'>;
}
/**
 * Define overloaded variants for when  generating code
 *
 * Defines an appropriate combination of parameters to use when invoking this operation, to help code generators when generating overloaded parameter sets for this operation.
 *
 * - Cardinality 0..*
 * - FHIR path `OperationDefinition.overload`
 * - Type BackboneElement
 */
export interface OperationDefinitionOverload {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.overload.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see OperationDefinition.overload.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.overload.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.overload.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Name of parameter to include in overload
     *
     * Name of parameter to include in overload.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationDefinition.overload.parameterName`
     * - Type string
     */
    parameterName?: string[];
    /** Extensions and id for `parameterName` (FHIR JSON primitive extension, see OperationDefinition.overload.parameterName). */
    _parameterName?: (Element | null)[];
    /**
     * Comments to go on overload
     *
     * Comments to go on overload.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationDefinition.overload.comment`
     * - Type string
     */
    comment?: string;
    /** Extensions and id for `comment` (FHIR JSON primitive extension, see OperationDefinition.overload.comment). */
    _comment?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkOperationDefinition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkOperationDefinitionParameter(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkOperationDefinitionOverload(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkOperationDefinitionParameterBinding(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against OperationDefinition (http://hl7.org/fhir/StructureDefinition/OperationDefinition).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateOperationDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateOperationDefinition} with the same options reports no error or fatal issue: OperationDefinition (http://hl7.org/fhir/StructureDefinition/OperationDefinition). */
export declare function isOperationDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is OperationDefinition;
/** Input of {@link buildOperationDefinition}: a {@link OperationDefinition} without what the builder fills in. */
export type OperationDefinitionInput = BuilderInput<OperationDefinition, 'resourceType'>;
/**
 * Builds a {@link OperationDefinition} (OperationDefinition, http://hl7.org/fhir/StructureDefinition/OperationDefinition).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "OperationDefinition"
 *
 * The result is checked with {@link validateOperationDefinition}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildOperationDefinition(input: OperationDefinitionInput): OperationDefinition;
