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
 * SearchParameter
 *
 * Base StructureDefinition for SearchParameter Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/SearchParameter
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface SearchParameter {
    /** The FHIR resource type. */
    resourceType: 'SearchParameter';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `SearchParameter.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see SearchParameter.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `SearchParameter.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `SearchParameter.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see SearchParameter.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `SearchParameter.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see SearchParameter.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `SearchParameter.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `SearchParameter.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `SearchParameter.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `SearchParameter.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this search parameter (globally unique)
     *
     * An absolute URI that is used to identify this search parameter when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this search parameter is (or will be) published. The URL SHOULD include the major version of the search parameter. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 1..1
     * - FHIR path `SearchParameter.url`
     * - Type uri
     */
    url: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see SearchParameter.url). */
    _url?: Element;
    /**
     * Business version of the search parameter
     *
     * The identifier that is used to identify this version of the search parameter when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the search parameter author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence.
     *
     * - Cardinality 0..1
     * - FHIR path `SearchParameter.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see SearchParameter.version). */
    _version?: Element;
    /**
     * Name for this search parameter (computer friendly)
     *
     * A natural language name identifying the search parameter. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 1..1
     * - FHIR path `SearchParameter.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see SearchParameter.name). */
    _name?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this search parameter. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `SearchParameter.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see SearchParameter.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this search parameter is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `SearchParameter.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see SearchParameter.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the search parameter was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the search parameter changes.
     *
     * - Cardinality 0..1
     * - FHIR path `SearchParameter.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see SearchParameter.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the search parameter.
     *
     * - Cardinality 0..1
     * - FHIR path `SearchParameter.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see SearchParameter.publisher). */
    _publisher?: Element;
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `SearchParameter.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate search parameter instances.
     *
     * - Cardinality 0..*
     * - FHIR path `SearchParameter.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for search parameter (if applicable)
     *
     * A legal or geographic region in which the search parameter is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `SearchParameter.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * Why this search parameter is defined
     *
     * Explaination of why this search parameter is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `SearchParameter.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see SearchParameter.purpose). */
    _purpose?: Element;
    /**
     * Code used in URL
     *
     * The code used in the URL or the parameter name in a parameters resource for this search parameter.
     *
     * - Cardinality 1..1
     * - FHIR path `SearchParameter.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see SearchParameter.code). */
    _code?: Element;
    /**
     * The resource type(s) this search parameter applies to
     *
     * The base resource type(s) that this search parameter can be used against.
     *
     * - Cardinality 1..*
     * - FHIR path `SearchParameter.base`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/resource-types (119 codes: Account, ActivityDefinition, AdverseEvent, AllergyIntolerance, Appointment, AppointmentResponse, AuditEvent, Basic, Binary, BodySite, Bundle, CapabilityStatement, ...)
     */
    base: [
        ('Account' | 'ActivityDefinition' | 'AdverseEvent' | 'AllergyIntolerance' | 'Appointment' | 'AppointmentResponse' | 'AuditEvent' | 'Basic' | 'Binary' | 'BodySite' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'CodeSystem' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'Contract' | 'Coverage' | 'DataElement' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'Library' | 'Linkage' | 'List' | 'Location' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'NamingSystem' | 'NutritionOrder' | 'Observation' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Person' | 'PlanDefinition' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Questionnaire' | 'QuestionnaireResponse' | 'ReferralRequest' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Slot' | 'Specimen' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'ValueSet' | 'VisionPrescription'),
        ...('Account' | 'ActivityDefinition' | 'AdverseEvent' | 'AllergyIntolerance' | 'Appointment' | 'AppointmentResponse' | 'AuditEvent' | 'Basic' | 'Binary' | 'BodySite' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'CodeSystem' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'Contract' | 'Coverage' | 'DataElement' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'Library' | 'Linkage' | 'List' | 'Location' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'NamingSystem' | 'NutritionOrder' | 'Observation' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Person' | 'PlanDefinition' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Questionnaire' | 'QuestionnaireResponse' | 'ReferralRequest' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Slot' | 'Specimen' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'ValueSet' | 'VisionPrescription')[]
    ];
    /** Extensions and id for `base` (FHIR JSON primitive extension, see SearchParameter.base). */
    _base?: (Element | null)[];
    /**
     * number | date | string | token | reference | composite | quantity | uri
     *
     * The type of value a search parameter refers to, and how the content is interpreted.
     *
     * - Cardinality 1..1
     * - FHIR path `SearchParameter.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/search-param-type (8 codes: number, date, string, token, reference, composite, quantity, uri)
     */
    type: 'composite' | 'date' | 'number' | 'quantity' | 'reference' | 'string' | 'token' | 'uri';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see SearchParameter.type). */
    _type?: Element;
    /**
     * Original Definition for the search parameter
     *
     * Where this search parameter is originally defined. If a derivedFrom is provided, then the details in the search parameter must be consistent with the definition from which it is defined. I.e. the parameter should have the same meaning, and (usually) the functionality should be a proper subset of the underlying search parameter.
     *
     * - Cardinality 0..1
     * - FHIR path `SearchParameter.derivedFrom`
     * - Type uri
     */
    derivedFrom?: string;
    /** Extensions and id for `derivedFrom` (FHIR JSON primitive extension, see SearchParameter.derivedFrom). */
    _derivedFrom?: Element;
    /**
     * Natural language description of the search parameter
     *
     * A free text natural language description of the search parameter from a consumer's perspective. and how it used.
     *
     * - Cardinality 1..1
     * - FHIR path `SearchParameter.description`
     * - Type markdown
     */
    description: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see SearchParameter.description). */
    _description?: Element;
    /**
     * FHIRPath expression that extracts the values
     *
     * A FHIRPath expression that returns a set of elements for the search parameter.
     *
     * - Cardinality 0..1
     * - FHIR path `SearchParameter.expression`
     * - Type string
     */
    expression?: string;
    /** Extensions and id for `expression` (FHIR JSON primitive extension, see SearchParameter.expression). */
    _expression?: Element;
    /**
     * XPath that extracts the values
     *
     * An XPath expression that returns a set of elements for the search parameter.
     *
     * - Cardinality 0..1
     * - FHIR path `SearchParameter.xpath`
     * - Type string
     */
    xpath?: string;
    /** Extensions and id for `xpath` (FHIR JSON primitive extension, see SearchParameter.xpath). */
    _xpath?: Element;
    /**
     * normal | phonetic | nearby | distance | other
     *
     * How the search parameter relates to the set of elements returned by evaluating the xpath query.
     *
     * - Cardinality 0..1
     * - FHIR path `SearchParameter.xpathUsage`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/search-xpath-usage (5 codes: normal, phonetic, nearby, distance, other)
     */
    xpathUsage?: 'distance' | 'nearby' | 'normal' | 'other' | 'phonetic';
    /** Extensions and id for `xpathUsage` (FHIR JSON primitive extension, see SearchParameter.xpathUsage). */
    _xpathUsage?: Element;
    /**
     * Types of resource (if a resource reference)
     *
     * Types of resource (if a resource is referenced).
     *
     * - Cardinality 0..*
     * - FHIR path `SearchParameter.target`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/resource-types (119 codes: Account, ActivityDefinition, AdverseEvent, AllergyIntolerance, Appointment, AppointmentResponse, AuditEvent, Basic, Binary, BodySite, Bundle, CapabilityStatement, ...)
     */
    target?: ('Account' | 'ActivityDefinition' | 'AdverseEvent' | 'AllergyIntolerance' | 'Appointment' | 'AppointmentResponse' | 'AuditEvent' | 'Basic' | 'Binary' | 'BodySite' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'CodeSystem' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'Contract' | 'Coverage' | 'DataElement' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'Library' | 'Linkage' | 'List' | 'Location' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'NamingSystem' | 'NutritionOrder' | 'Observation' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Person' | 'PlanDefinition' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Questionnaire' | 'QuestionnaireResponse' | 'ReferralRequest' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Slot' | 'Specimen' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'ValueSet' | 'VisionPrescription')[];
    /** Extensions and id for `target` (FHIR JSON primitive extension, see SearchParameter.target). */
    _target?: (Element | null)[];
    /**
     * eq | ne | gt | lt | ge | le | sa | eb | ap
     *
     * Comparators supported for the search parameter.
     *
     * - Cardinality 0..*
     * - FHIR path `SearchParameter.comparator`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/search-comparator (9 codes: eq, ne, gt, lt, ge, le, sa, eb, ap)
     */
    comparator?: ('ap' | 'eb' | 'eq' | 'ge' | 'gt' | 'le' | 'lt' | 'ne' | 'sa')[];
    /** Extensions and id for `comparator` (FHIR JSON primitive extension, see SearchParameter.comparator). */
    _comparator?: (Element | null)[];
    /**
     * missing | exact | contains | not | text | in | not-in | below | above | type
     *
     * A modifier supported for the search parameter.
     *
     * - Cardinality 0..*
     * - FHIR path `SearchParameter.modifier`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/search-modifier-code (10 codes: missing, exact, contains, not, text, in, not-in, below, above, type)
     */
    modifier?: ('above' | 'below' | 'contains' | 'exact' | 'in' | 'missing' | 'not' | 'not-in' | 'text' | 'type')[];
    /** Extensions and id for `modifier` (FHIR JSON primitive extension, see SearchParameter.modifier). */
    _modifier?: (Element | null)[];
    /**
     * Chained names supported
     *
     * Contains the names of any search parameters which may be chained to the containing search parameter. Chained parameters may be added to search parameters of type reference, and specify that resources will only be returned if they contain a reference to a resource which matches the chained parameter value. Values for this field should be drawn from SearchParameter.code for a parameter on the target resource type.
     *
     * - Cardinality 0..*
     * - FHIR path `SearchParameter.chain`
     * - Type string
     */
    chain?: string[];
    /** Extensions and id for `chain` (FHIR JSON primitive extension, see SearchParameter.chain). */
    _chain?: (Element | null)[];
    /**
     * For Composite resources to define the parts
     *
     * Used to define the parts of a composite search parameter.
     *
     * - Cardinality 0..*
     * - FHIR path `SearchParameter.component`
     * - Type BackboneElement
     */
    component?: SearchParameterComponent[];
}
/**
 * For Composite resources to define the parts
 *
 * Used to define the parts of a composite search parameter.
 *
 * - Cardinality 0..*
 * - FHIR path `SearchParameter.component`
 * - Type BackboneElement
 */
export interface SearchParameterComponent {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `SearchParameter.component.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see SearchParameter.component.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `SearchParameter.component.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `SearchParameter.component.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Defines how the part works
     *
     * The definition of the search parameter that describes this part.
     *
     * - Cardinality 1..1
     * - FHIR path `SearchParameter.component.definition`
     * - Type Reference
     */
    definition: Reference<'SearchParameter'>;
    /**
     * Subexpression relative to main expression
     *
     * A sub-expression that defines how to extract values for this component from the output of the main SearchParameter.expression.
     *
     * - Cardinality 1..1
     * - FHIR path `SearchParameter.component.expression`
     * - Type string
     */
    expression: string;
    /** Extensions and id for `expression` (FHIR JSON primitive extension, see SearchParameter.component.expression). */
    _expression?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkSearchParameter(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSearchParameterComponent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against SearchParameter (http://hl7.org/fhir/StructureDefinition/SearchParameter).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateSearchParameter(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateSearchParameter} with the same options reports no error or fatal issue: SearchParameter (http://hl7.org/fhir/StructureDefinition/SearchParameter). */
export declare function isSearchParameter(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is SearchParameter;
/** Input of {@link buildSearchParameter}: a {@link SearchParameter} without what the builder fills in. */
export type SearchParameterInput = BuilderInput<SearchParameter, 'resourceType'>;
/**
 * Builds a {@link SearchParameter} (SearchParameter, http://hl7.org/fhir/StructureDefinition/SearchParameter).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "SearchParameter"
 *
 * The result is checked with {@link validateSearchParameter}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildSearchParameter(input: SearchParameterInput): SearchParameter;
