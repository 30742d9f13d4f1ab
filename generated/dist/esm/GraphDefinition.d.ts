import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactDetail } from './ContactDetail.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type UsageContext } from './UsageContext.js';
/**
 * GraphDefinition
 *
 * Base StructureDefinition for GraphDefinition Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/GraphDefinition
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface GraphDefinition {
    /** The FHIR resource type. */
    resourceType: 'GraphDefinition';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see GraphDefinition.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see GraphDefinition.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see GraphDefinition.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `GraphDefinition.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `GraphDefinition.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `GraphDefinition.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this graph definition (globally unique)
     *
     * An absolute URI that is used to identify this graph definition when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this graph definition is (or will be) published. The URL SHOULD include the major version of the graph definition. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see GraphDefinition.url). */
    _url?: Element;
    /**
     * Business version of the graph definition
     *
     * The identifier that is used to identify this version of the graph definition when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the graph definition author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see GraphDefinition.version). */
    _version?: Element;
    /**
     * Name for this graph definition (computer friendly)
     *
     * A natural language name identifying the graph definition. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 1..1
     * - FHIR path `GraphDefinition.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see GraphDefinition.name). */
    _name?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this graph definition. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `GraphDefinition.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see GraphDefinition.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this graph definition is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see GraphDefinition.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the graph definition was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the graph definition changes.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see GraphDefinition.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the graph definition.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see GraphDefinition.publisher). */
    _publisher?: Element;
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `GraphDefinition.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Natural language description of the graph definition
     *
     * A free text natural language description of the graph definition from a consumer's perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see GraphDefinition.description). */
    _description?: Element;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate graph definition instances.
     *
     * - Cardinality 0..*
     * - FHIR path `GraphDefinition.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for graph definition (if applicable)
     *
     * A legal or geographic region in which the graph definition is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `GraphDefinition.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * Why this graph definition is defined
     *
     * Explaination of why this graph definition is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see GraphDefinition.purpose). */
    _purpose?: Element;
    /**
     * Type of resource at which the graph starts
     *
     * The type of FHIR resource at which instances of this graph start.
     *
     * - Cardinality 1..1
     * - FHIR path `GraphDefinition.start`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/resource-types (119 codes: Account, ActivityDefinition, AdverseEvent, AllergyIntolerance, Appointment, AppointmentResponse, AuditEvent, Basic, Binary, BodySite, Bundle, CapabilityStatement, ...)
     */
    start: 'Account' | 'ActivityDefinition' | 'AdverseEvent' | 'AllergyIntolerance' | 'Appointment' | 'AppointmentResponse' | 'AuditEvent' | 'Basic' | 'Binary' | 'BodySite' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'CodeSystem' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'Contract' | 'Coverage' | 'DataElement' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'Library' | 'Linkage' | 'List' | 'Location' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'NamingSystem' | 'NutritionOrder' | 'Observation' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Person' | 'PlanDefinition' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Questionnaire' | 'QuestionnaireResponse' | 'ReferralRequest' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Slot' | 'Specimen' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'ValueSet' | 'VisionPrescription';
    /** Extensions and id for `start` (FHIR JSON primitive extension, see GraphDefinition.start). */
    _start?: Element;
    /**
     * Profile on base resource
     *
     * The profile that describes the use of the base resource.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.profile`
     * - Type uri
     */
    profile?: string;
    /** Extensions and id for `profile` (FHIR JSON primitive extension, see GraphDefinition.profile). */
    _profile?: Element;
    /**
     * Links this graph makes rules about
     *
     * Links this graph makes rules about.
     *
     * - Cardinality 0..*
     * - FHIR path `GraphDefinition.link`
     * - Type BackboneElement
     */
    link?: GraphDefinitionLink[];
}
/**
 * Links this graph makes rules about
 *
 * Links this graph makes rules about.
 *
 * - Cardinality 0..*
 * - FHIR path `GraphDefinition.link`
 * - Type BackboneElement
 */
export interface GraphDefinitionLink {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.link.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see GraphDefinition.link.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `GraphDefinition.link.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `GraphDefinition.link.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Path in the resource that contains the link
     *
     * Path in the resource that contains the link.
     *
     * - Cardinality 1..1
     * - FHIR path `GraphDefinition.link.path`
     * - Type string
     */
    path: string;
    /** Extensions and id for `path` (FHIR JSON primitive extension, see GraphDefinition.link.path). */
    _path?: Element;
    /**
     * Which slice (if profiled)
     *
     * Which slice (if profiled).
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.link.sliceName`
     * - Type string
     */
    sliceName?: string;
    /** Extensions and id for `sliceName` (FHIR JSON primitive extension, see GraphDefinition.link.sliceName). */
    _sliceName?: Element;
    /**
     * Minimum occurrences for this link
     *
     * Minimum occurrences for this link.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.link.min`
     * - Type integer
     */
    min?: number;
    /** Extensions and id for `min` (FHIR JSON primitive extension, see GraphDefinition.link.min). */
    _min?: Element;
    /**
     * Maximum occurrences for this link
     *
     * Maximum occurrences for this link.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.link.max`
     * - Type string
     */
    max?: string;
    /** Extensions and id for `max` (FHIR JSON primitive extension, see GraphDefinition.link.max). */
    _max?: Element;
    /**
     * Why this link is specified
     *
     * Information about why this link is of interest in this graph definition.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.link.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see GraphDefinition.link.description). */
    _description?: Element;
    /**
     * Potential target for the link
     *
     * Potential target for the link.
     *
     * - Cardinality 1..*
     * - FHIR path `GraphDefinition.link.target`
     * - Type BackboneElement
     */
    target: [GraphDefinitionLinkTarget, ...GraphDefinitionLinkTarget[]];
}
/**
 * Potential target for the link
 *
 * Potential target for the link.
 *
 * - Cardinality 1..*
 * - FHIR path `GraphDefinition.link.target`
 * - Type BackboneElement
 */
export interface GraphDefinitionLinkTarget {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.link.target.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see GraphDefinition.link.target.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `GraphDefinition.link.target.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `GraphDefinition.link.target.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type of resource this link refers to
     *
     * Type of resource this link refers to.
     *
     * - Cardinality 1..1
     * - FHIR path `GraphDefinition.link.target.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/resource-types (119 codes: Account, ActivityDefinition, AdverseEvent, AllergyIntolerance, Appointment, AppointmentResponse, AuditEvent, Basic, Binary, BodySite, Bundle, CapabilityStatement, ...)
     */
    type: 'Account' | 'ActivityDefinition' | 'AdverseEvent' | 'AllergyIntolerance' | 'Appointment' | 'AppointmentResponse' | 'AuditEvent' | 'Basic' | 'Binary' | 'BodySite' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'CodeSystem' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'Contract' | 'Coverage' | 'DataElement' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'Library' | 'Linkage' | 'List' | 'Location' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'NamingSystem' | 'NutritionOrder' | 'Observation' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Person' | 'PlanDefinition' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Questionnaire' | 'QuestionnaireResponse' | 'ReferralRequest' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Slot' | 'Specimen' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'ValueSet' | 'VisionPrescription';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see GraphDefinition.link.target.type). */
    _type?: Element;
    /**
     * Profile for the target resource
     *
     * Profile for the target resource.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.link.target.profile`
     * - Type uri
     */
    profile?: string;
    /** Extensions and id for `profile` (FHIR JSON primitive extension, see GraphDefinition.link.target.profile). */
    _profile?: Element;
    /**
     * Compartment Consistency Rules
     *
     * Compartment Consistency Rules.
     *
     * - Cardinality 0..*
     * - FHIR path `GraphDefinition.link.target.compartment`
     * - Type BackboneElement
     */
    compartment?: GraphDefinitionLinkTargetCompartment[];
    /**
     * Additional links from target resource
     *
     * Additional links from target resource.
     *
     * - Cardinality 0..*
     * - FHIR path `GraphDefinition.link.target.link`
     */
    link?: GraphDefinitionLink[];
}
/**
 * Compartment Consistency Rules
 *
 * Compartment Consistency Rules.
 *
 * - Cardinality 0..*
 * - FHIR path `GraphDefinition.link.target.compartment`
 * - Type BackboneElement
 */
export interface GraphDefinitionLinkTargetCompartment {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.link.target.compartment.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see GraphDefinition.link.target.compartment.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `GraphDefinition.link.target.compartment.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `GraphDefinition.link.target.compartment.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifies the compartment
     *
     * Identifies the compartment.
     *
     * - Cardinality 1..1
     * - FHIR path `GraphDefinition.link.target.compartment.code`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/compartment-type (5 codes: Patient, Encounter, RelatedPerson, Practitioner, Device)
     */
    code: 'Device' | 'Encounter' | 'Patient' | 'Practitioner' | 'RelatedPerson';
    /** Extensions and id for `code` (FHIR JSON primitive extension, see GraphDefinition.link.target.compartment.code). */
    _code?: Element;
    /**
     * identical | matching | different | custom
     *
     * identical | matching | different | no-rule | custom.
     *
     * - Cardinality 1..1
     * - FHIR path `GraphDefinition.link.target.compartment.rule`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/graph-compartment-rule (4 codes: identical, matching, different, custom)
     */
    rule: 'custom' | 'different' | 'identical' | 'matching';
    /** Extensions and id for `rule` (FHIR JSON primitive extension, see GraphDefinition.link.target.compartment.rule). */
    _rule?: Element;
    /**
     * Custom rule, as a FHIRPath expression
     *
     * Custom rule, as a FHIRPath expression.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.link.target.compartment.expression`
     * - Type string
     */
    expression?: string;
    /** Extensions and id for `expression` (FHIR JSON primitive extension, see GraphDefinition.link.target.compartment.expression). */
    _expression?: Element;
    /**
     * Documentation for FHIRPath expression
     *
     * Documentation for FHIRPath expression.
     *
     * - Cardinality 0..1
     * - FHIR path `GraphDefinition.link.target.compartment.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see GraphDefinition.link.target.compartment.description). */
    _description?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkGraphDefinition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGraphDefinitionLink(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGraphDefinitionLinkTarget(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGraphDefinitionLinkTargetCompartment(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against GraphDefinition (http://hl7.org/fhir/StructureDefinition/GraphDefinition).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateGraphDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateGraphDefinition} with the same options reports no error or fatal issue: GraphDefinition (http://hl7.org/fhir/StructureDefinition/GraphDefinition). */
export declare function isGraphDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is GraphDefinition;
/** Input of {@link buildGraphDefinition}: a {@link GraphDefinition} without what the builder fills in. */
export type GraphDefinitionInput = BuilderInput<GraphDefinition, 'resourceType'>;
/**
 * Builds a {@link GraphDefinition} (GraphDefinition, http://hl7.org/fhir/StructureDefinition/GraphDefinition).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "GraphDefinition"
 *
 * The result is checked with {@link validateGraphDefinition}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildGraphDefinition(input: GraphDefinitionInput): GraphDefinition;
