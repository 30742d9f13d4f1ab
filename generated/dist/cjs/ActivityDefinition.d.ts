import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactDetail } from './ContactDetail.js';
import { type Contributor } from './Contributor.js';
import { type Dosage } from './Dosage.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Range } from './Range.js';
import { type Reference } from './Reference.js';
import { type RelatedArtifact } from './RelatedArtifact.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type SimpleQuantity } from './SimpleQuantity.js';
import { type Timing } from './Timing.js';
import { type UsageContext } from './UsageContext.js';
/**
 * ActivityDefinition
 *
 * Base StructureDefinition for ActivityDefinition Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ActivityDefinition
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ActivityDefinition {
    /** The FHIR resource type. */
    resourceType: 'ActivityDefinition';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ActivityDefinition.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ActivityDefinition.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ActivityDefinition.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this activity definition (globally unique)
     *
     * An absolute URI that is used to identify this activity definition when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this activity definition is (or will be) published. The URL SHOULD include the major version of the activity definition. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see ActivityDefinition.url). */
    _url?: Element;
    /**
     * Additional identifier for the activity definition
     *
     * A formal identifier that is used to identify this activity definition when it is represented in other formats, or referenced in a specification, model, design or an instance.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Business version of the activity definition
     *
     * The identifier that is used to identify this version of the activity definition when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the activity definition author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence. To provide a version consistent with the Decision Support Service specification, use the format Major.Minor.Revision (e.g. 1.0.0). For more information on versioning knowledge assets, refer to the Decision Support Service specification. Note that a version is required for non-experimental active assets.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see ActivityDefinition.version). */
    _version?: Element;
    /**
     * Name for this activity definition (computer friendly)
     *
     * A natural language name identifying the activity definition. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see ActivityDefinition.name). */
    _name?: Element;
    /**
     * Name for this activity definition (human friendly)
     *
     * A short, descriptive, user-friendly title for the activity definition.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see ActivityDefinition.title). */
    _title?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this activity definition. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `ActivityDefinition.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see ActivityDefinition.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this activity definition is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see ActivityDefinition.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the activity definition was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the activity definition changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see ActivityDefinition.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the activity definition.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see ActivityDefinition.publisher). */
    _publisher?: Element;
    /**
     * Natural language description of the activity definition
     *
     * A free text natural language description of the activity definition from a consumer's perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ActivityDefinition.description). */
    _description?: Element;
    /**
     * Why this activity definition is defined
     *
     * Explaination of why this activity definition is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see ActivityDefinition.purpose). */
    _purpose?: Element;
    /**
     * Describes the clinical usage of the asset
     *
     * A detailed description of how the asset is used from a clinical perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.usage`
     * - Type string
     */
    usage?: string;
    /** Extensions and id for `usage` (FHIR JSON primitive extension, see ActivityDefinition.usage). */
    _usage?: Element;
    /**
     * When the activity definition was approved by publisher
     *
     * The date on which the resource content was approved by the publisher. Approval happens once when the content is officially approved for usage.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.approvalDate`
     * - Type date
     */
    approvalDate?: string;
    /** Extensions and id for `approvalDate` (FHIR JSON primitive extension, see ActivityDefinition.approvalDate). */
    _approvalDate?: Element;
    /**
     * When the activity definition was last reviewed
     *
     * The date on which the resource content was last reviewed. Review happens periodically after approval, but doesn't change the original approval date.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.lastReviewDate`
     * - Type date
     */
    lastReviewDate?: string;
    /** Extensions and id for `lastReviewDate` (FHIR JSON primitive extension, see ActivityDefinition.lastReviewDate). */
    _lastReviewDate?: Element;
    /**
     * When the activity definition is expected to be used
     *
     * The period during which the activity definition content was or is planned to be in active use.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.effectivePeriod`
     * - Type Period
     */
    effectivePeriod?: Period;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate activity definition instances.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for activity definition (if applicable)
     *
     * A legal or geographic region in which the activity definition is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * E.g. Education, Treatment, Assessment, etc
     *
     * Descriptive topics related to the content of the activity. Topics provide a high-level categorization of the activity that can be useful for filtering and searching.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.topic`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/definition-topic (codes not enumerable here: example binding: not checked)
     */
    topic?: CodeableConcept[];
    /**
     * A content contributor
     *
     * A contributor to the content of the asset, including authors, editors, reviewers, and endorsers.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.contributor`
     * - Type Contributor
     */
    contributor?: Contributor[];
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Use and/or publishing restrictions
     *
     * A copyright statement relating to the activity definition and/or its contents. Copyright statements are generally legal restrictions on the use and publishing of the activity definition.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.copyright`
     * - Type markdown
     */
    copyright?: string;
    /** Extensions and id for `copyright` (FHIR JSON primitive extension, see ActivityDefinition.copyright). */
    _copyright?: Element;
    /**
     * Additional documentation, citations, etc
     *
     * Related artifacts such as additional documentation, justification, or bibliographic references.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.relatedArtifact`
     * - Type RelatedArtifact
     */
    relatedArtifact?: RelatedArtifact[];
    /**
     * Logic used by the asset
     *
     * A reference to a Library resource containing any formal logic used by the asset.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.library`
     * - Type Reference
     */
    library?: Reference<'Library'>[];
    /**
     * Kind of resource
     *
     * A description of the kind of resource the activity definition is representing. For example, a MedicationRequest, a ProcedureRequest, or a CommunicationRequest. Typically, but not always, this is a Request resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.kind`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/resource-types (119 codes: Account, ActivityDefinition, AdverseEvent, AllergyIntolerance, Appointment, AppointmentResponse, AuditEvent, Basic, Binary, BodySite, Bundle, CapabilityStatement, ...)
     */
    kind?: 'Account' | 'ActivityDefinition' | 'AdverseEvent' | 'AllergyIntolerance' | 'Appointment' | 'AppointmentResponse' | 'AuditEvent' | 'Basic' | 'Binary' | 'BodySite' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'CodeSystem' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'Contract' | 'Coverage' | 'DataElement' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'Library' | 'Linkage' | 'List' | 'Location' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'NamingSystem' | 'NutritionOrder' | 'Observation' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Person' | 'PlanDefinition' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Questionnaire' | 'QuestionnaireResponse' | 'ReferralRequest' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Slot' | 'Specimen' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'ValueSet' | 'VisionPrescription';
    /** Extensions and id for `kind` (FHIR JSON primitive extension, see ActivityDefinition.kind). */
    _kind?: Element;
    /**
     * Detail type of activity
     *
     * Detailed description of the type of activity; e.g. What lab test, what procedure, what kind of encounter.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/procedure-code (codes not enumerable here: example binding: not checked)
     */
    code?: CodeableConcept;
    /**
     * When activity is to occur
     *
     * The period, timing or frequency upon which the described activity is to occur.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.timing[x]`
     * - Type Timing | dateTime | Period | Range
     */
    timingTiming?: Timing;
    /**
     * When activity is to occur
     *
     * The period, timing or frequency upon which the described activity is to occur.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.timing[x]`
     * - Type Timing | dateTime | Period | Range
     */
    timingDateTime?: string;
    /** Extensions and id for `timingDateTime` (FHIR JSON primitive extension, see ActivityDefinition.timing[x]). */
    _timingDateTime?: Element;
    /**
     * When activity is to occur
     *
     * The period, timing or frequency upon which the described activity is to occur.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.timing[x]`
     * - Type Timing | dateTime | Period | Range
     */
    timingPeriod?: Period;
    /**
     * When activity is to occur
     *
     * The period, timing or frequency upon which the described activity is to occur.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.timing[x]`
     * - Type Timing | dateTime | Period | Range
     */
    timingRange?: Range;
    /**
     * Where it should happen
     *
     * Identifies the facility where the activity will occur; e.g. home, hospital, specific clinic, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.location`
     * - Type Reference
     */
    location?: Reference<'Location'>;
    /**
     * Who should participate in the action
     *
     * Indicates who should participate in performing the action described.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.participant`
     * - Type BackboneElement
     */
    participant?: ActivityDefinitionParticipant[];
    /**
     * What's administered/supplied
     *
     * Identifies the food, drug or other product being consumed or supplied in the activity.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.product[x]`
     * - Type Reference | CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-codes (codes not enumerable here: example binding: not checked)
     */
    productReference?: Reference<'Medication' | 'Substance'>;
    /**
     * What's administered/supplied
     *
     * Identifies the food, drug or other product being consumed or supplied in the activity.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.product[x]`
     * - Type Reference | CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-codes (codes not enumerable here: example binding: not checked)
     */
    productCodeableConcept?: CodeableConcept;
    /**
     * How much is administered/consumed/supplied
     *
     * Identifies the quantity expected to be consumed at once (per dose, per meal, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.quantity`
     * - Type Quantity
     */
    quantity?: SimpleQuantity;
    /**
     * Detailed dosage instructions
     *
     * Provides detailed dosage instructions in the same way that they are described for MedicationRequest resources.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.dosage`
     * - Type Dosage
     */
    dosage?: Dosage[];
    /**
     * What part of body to perform on
     *
     * Indicates the sites on the subject's body where the procedure should be performed (I.e. the target sites).
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.bodySite`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/body-site (codes not enumerable here: example binding: not checked)
     */
    bodySite?: CodeableConcept[];
    /**
     * Transform to apply the template
     *
     * A reference to a StructureMap resource that defines a transform that can be executed to produce the intent resource using the ActivityDefinition instance as the input.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.transform`
     * - Type Reference
     */
    transform?: Reference<'StructureMap'>;
    /**
     * Dynamic aspects of the definition
     *
     * Dynamic values that will be evaluated to produce values for elements of the resulting resource. For example, if the dosage of a medication must be computed based on the patient's weight, a dynamic value would be used to specify an expression that calculated the weight, and the path on the intent resource that would contain the result.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.dynamicValue`
     * - Type BackboneElement
     */
    dynamicValue?: ActivityDefinitionDynamicValue[];
}
/**
 * Who should participate in the action
 *
 * Indicates who should participate in performing the action described.
 *
 * - Cardinality 0..*
 * - FHIR path `ActivityDefinition.participant`
 * - Type BackboneElement
 */
export interface ActivityDefinitionParticipant {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.participant.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ActivityDefinition.participant.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.participant.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.participant.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * patient | practitioner | related-person
     *
     * The type of participant in the action.
     *
     * - Cardinality 1..1
     * - FHIR path `ActivityDefinition.participant.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/action-participant-type (3 codes: patient, practitioner, related-person)
     */
    type: 'patient' | 'practitioner' | 'related-person';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see ActivityDefinition.participant.type). */
    _type?: Element;
    /**
     * E.g. Nurse, Surgeon, Parent, etc
     *
     * The role the participant should play in performing the described action.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.participant.role`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/action-participant-role (codes not enumerable here: example binding: not checked)
     */
    role?: CodeableConcept;
}
/**
 * Dynamic aspects of the definition
 *
 * Dynamic values that will be evaluated to produce values for elements of the resulting resource. For example, if the dosage of a medication must be computed based on the patient's weight, a dynamic value would be used to specify an expression that calculated the weight, and the path on the intent resource that would contain the result.
 *
 * - Cardinality 0..*
 * - FHIR path `ActivityDefinition.dynamicValue`
 * - Type BackboneElement
 */
export interface ActivityDefinitionDynamicValue {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.dynamicValue.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ActivityDefinition.dynamicValue.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.dynamicValue.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ActivityDefinition.dynamicValue.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Natural language description of the dynamic value
     *
     * A brief, natural language description of the intended semantics of the dynamic value.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.dynamicValue.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ActivityDefinition.dynamicValue.description). */
    _description?: Element;
    /**
     * The path to the element to be set dynamically
     *
     * The path to the element to be customized. This is the path on the resource that will hold the result of the calculation defined by the expression.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.dynamicValue.path`
     * - Type string
     */
    path?: string;
    /** Extensions and id for `path` (FHIR JSON primitive extension, see ActivityDefinition.dynamicValue.path). */
    _path?: Element;
    /**
     * Language of the expression
     *
     * The media type of the language for the expression.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.dynamicValue.language`
     * - Type string
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ActivityDefinition.dynamicValue.language). */
    _language?: Element;
    /**
     * An expression that provides the dynamic value for the customization
     *
     * An expression specifying the value of the customized element.
     *
     * - Cardinality 0..1
     * - FHIR path `ActivityDefinition.dynamicValue.expression`
     * - Type string
     */
    expression?: string;
    /** Extensions and id for `expression` (FHIR JSON primitive extension, see ActivityDefinition.dynamicValue.expression). */
    _expression?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkActivityDefinition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkActivityDefinitionParticipant(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkActivityDefinitionDynamicValue(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ActivityDefinition (http://hl7.org/fhir/StructureDefinition/ActivityDefinition).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateActivityDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateActivityDefinition} with the same options reports no error or fatal issue: ActivityDefinition (http://hl7.org/fhir/StructureDefinition/ActivityDefinition). */
export declare function isActivityDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ActivityDefinition;
/** Input of {@link buildActivityDefinition}: a {@link ActivityDefinition} without what the builder fills in. */
export type ActivityDefinitionInput = BuilderInput<ActivityDefinition, 'resourceType'>;
/**
 * Builds a {@link ActivityDefinition} (ActivityDefinition, http://hl7.org/fhir/StructureDefinition/ActivityDefinition).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ActivityDefinition"
 *
 * The result is checked with {@link validateActivityDefinition}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildActivityDefinition(input: ActivityDefinitionInput): ActivityDefinition;
