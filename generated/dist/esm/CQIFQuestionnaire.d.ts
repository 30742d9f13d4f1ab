import { type Attachment } from './Attachment.js';
import { type CalculatedValue } from './CalculatedValue.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type ContactDetail } from './ContactDetail.js';
import { type CqifCondition } from './CqifCondition.js';
import { type CqifLibrary } from './CqifLibrary.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type InitialValue } from './InitialValue.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type OptionCode } from './OptionCode.js';
import { type Period } from './Period.js';
import { type Quantity } from './Quantity.js';
import { type QuestionnaireItemEnableWhen } from './Questionnaire.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
import { type UsageContext } from './UsageContext.js';
/**
 * CQIF-Questionnaire
 *
 * A questionnaire with the ability to specify behavior associated with questions or groups of questions
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/cqif-questionnaire
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Questionnaire
 */
export interface CQIFQuestionnaire {
    /** The FHIR resource type. */
    resourceType: 'Questionnaire';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Questionnaire.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Questionnaire.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Questionnaire.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Extension
     *
     * An Extension
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.extension`
     * - Type Extension
     */
    extension?: (CqifLibrary | Extension)[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this questionnaire (globally unique)
     *
     * An absolute URI that is used to identify this questionnaire when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this questionnaire is (or will be) published. The URL SHOULD include the major version of the questionnaire. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Questionnaire.url). */
    _url?: Element;
    /**
     * Additional identifier for the questionnaire
     *
     * A formal identifier that is used to identify this questionnaire when it is represented in other formats, or referenced in a specification, model, design or an instance.
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Business version of the questionnaire
     *
     * The identifier that is used to identify this version of the questionnaire when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the questionnaire author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see Questionnaire.version). */
    _version?: Element;
    /**
     * Name for this questionnaire (computer friendly)
     *
     * A natural language name identifying the questionnaire. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see Questionnaire.name). */
    _name?: Element;
    /**
     * Name for this questionnaire (human friendly)
     *
     * A short, descriptive, user-friendly title for the questionnaire.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see Questionnaire.title). */
    _title?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this questionnaire. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `Questionnaire.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Questionnaire.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this questionnaire is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see Questionnaire.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the questionnaire was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the questionnaire changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see Questionnaire.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the questionnaire.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see Questionnaire.publisher). */
    _publisher?: Element;
    /**
     * Natural language description of the questionnaire
     *
     * A free text natural language description of the questionnaire from a consumer's perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see Questionnaire.description). */
    _description?: Element;
    /**
     * Why this questionnaire is defined
     *
     * Explaination of why this questionnaire is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see Questionnaire.purpose). */
    _purpose?: Element;
    /**
     * When the questionnaire was approved by publisher
     *
     * The date on which the resource content was approved by the publisher. Approval happens once when the content is officially approved for usage.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.approvalDate`
     * - Type date
     */
    approvalDate?: string;
    /** Extensions and id for `approvalDate` (FHIR JSON primitive extension, see Questionnaire.approvalDate). */
    _approvalDate?: Element;
    /**
     * When the questionnaire was last reviewed
     *
     * The date on which the resource content was last reviewed. Review happens periodically after approval, but doesn't change the original approval date.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.lastReviewDate`
     * - Type date
     */
    lastReviewDate?: string;
    /** Extensions and id for `lastReviewDate` (FHIR JSON primitive extension, see Questionnaire.lastReviewDate). */
    _lastReviewDate?: Element;
    /**
     * When the questionnaire is expected to be used
     *
     * The period during which the questionnaire content was or is planned to be in active use.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.effectivePeriod`
     * - Type Period
     */
    effectivePeriod?: Period;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate questionnaire instances.
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for questionnaire (if applicable)
     *
     * A legal or geographic region in which the questionnaire is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Use and/or publishing restrictions
     *
     * A copyright statement relating to the questionnaire and/or its contents. Copyright statements are generally legal restrictions on the use and publishing of the questionnaire.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.copyright`
     * - Type markdown
     */
    copyright?: string;
    /** Extensions and id for `copyright` (FHIR JSON primitive extension, see Questionnaire.copyright). */
    _copyright?: Element;
    /**
     * Concept that represents the overall questionnaire
     *
     * An identifier for this question or group of questions in a particular terminology such as LOINC.
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.code`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-questions (codes not enumerable here: example binding: not checked)
     */
    code?: Coding[];
    /**
     * Resource that can be subject of QuestionnaireResponse
     *
     * The types of subjects that can be the subject of responses created for the questionnaire.
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.subjectType`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/resource-types (119 codes: Account, ActivityDefinition, AdverseEvent, AllergyIntolerance, Appointment, AppointmentResponse, AuditEvent, Basic, Binary, BodySite, Bundle, CapabilityStatement, ...)
     */
    subjectType?: ('Account' | 'ActivityDefinition' | 'AdverseEvent' | 'AllergyIntolerance' | 'Appointment' | 'AppointmentResponse' | 'AuditEvent' | 'Basic' | 'Binary' | 'BodySite' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'CodeSystem' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'Contract' | 'Coverage' | 'DataElement' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'Library' | 'Linkage' | 'List' | 'Location' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'NamingSystem' | 'NutritionOrder' | 'Observation' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Person' | 'PlanDefinition' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Questionnaire' | 'QuestionnaireResponse' | 'ReferralRequest' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Slot' | 'Specimen' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'ValueSet' | 'VisionPrescription')[];
    /** Extensions and id for `subjectType` (FHIR JSON primitive extension, see Questionnaire.subjectType). */
    _subjectType?: (Element | null)[];
    /**
     * Questions and sections within the Questionnaire
     *
     * A particular question, question grouping or display text that is part of the questionnaire.
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.item`
     * - Type BackboneElement
     */
    item?: CQIFQuestionnaireItem[];
}
/**
 * Questions and sections within the Questionnaire
 *
 * A particular question, question grouping or display text that is part of the questionnaire.
 *
 * - Cardinality 0..*
 * - FHIR path `Questionnaire.item`
 * - Type BackboneElement
 */
export interface CQIFQuestionnaireItem {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Questionnaire.item.id). */
    _id?: Element;
    /**
     * Extension
     *
     * An Extension
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.item.extension`
     * - Type Extension
     */
    extension?: (CqifCondition | InitialValue | CalculatedValue | Extension)[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.item.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Unique id for item in questionnaire
     *
     * An identifier that is unique within the Questionnaire allowing linkage to the equivalent item in a QuestionnaireResponse resource.
     *
     * - Cardinality 1..1
     * - FHIR path `Questionnaire.item.linkId`
     * - Type string
     */
    linkId: string;
    /** Extensions and id for `linkId` (FHIR JSON primitive extension, see Questionnaire.item.linkId). */
    _linkId?: Element;
    /**
     * ElementDefinition - details for the item
     *
     * A reference to an [ElementDefinition](elementdefinition.html) that provides the details for the item. If a definition is provided, then the following element values can be inferred from the definition:
     *
     * * code (ElementDefinition.code)
     * * type (ElementDefinition.type)
     * * required (ElementDefinition.min)
     * * repeats (ElementDefinition.max)
     * * maxLength (ElementDefinition.maxLength)
     * * options (ElementDefinition.binding)
     *
     * Any information provided in these elements on a Questionnaire Item overrides the information from the definition.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.definition`
     * - Type uri
     */
    definition?: string;
    /** Extensions and id for `definition` (FHIR JSON primitive extension, see Questionnaire.item.definition). */
    _definition?: Element;
    /**
     * Corresponding concept for this item in a terminology
     *
     * A terminology code that corresponds to this group or question (e.g. a code from LOINC, which defines many questions and answers).
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.item.code`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-questions (codes not enumerable here: example binding: not checked)
     */
    code?: Coding[];
    /**
     * E.g. "1(a)", "2.5.3"
     *
     * A short label for a particular group, question or set of display text within the questionnaire used for reference by the individual completing the questionnaire.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.prefix`
     * - Type string
     */
    prefix?: string;
    /** Extensions and id for `prefix` (FHIR JSON primitive extension, see Questionnaire.item.prefix). */
    _prefix?: Element;
    /**
     * Primary text for the item
     *
     * The name of a section, the text of a question or text content for a display item.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Questionnaire.item.text). */
    _text?: Element;
    /**
     * group | display | boolean | decimal | integer | date | dateTime +
     *
     * The type of questionnaire item this is - whether text for display, a grouping of other items or a particular type of data to be captured (string, integer, coded choice, etc.).
     *
     * - Cardinality 1..1
     * - FHIR path `Questionnaire.item.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/item-type (17 codes: group, display, question, boolean, decimal, integer, date, dateTime, time, string, text, url, ...)
     */
    type: 'attachment' | 'boolean' | 'choice' | 'date' | 'dateTime' | 'decimal' | 'display' | 'group' | 'integer' | 'open-choice' | 'quantity' | 'question' | 'reference' | 'string' | 'text' | 'time' | 'url';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Questionnaire.item.type). */
    _type?: Element;
    /**
     * Only allow data when
     *
     * A constraint indicating that this item should only be enabled (displayed/allow answers to be captured) when the specified condition is true.
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.item.enableWhen`
     * - Type BackboneElement
     */
    enableWhen?: QuestionnaireItemEnableWhen[];
    /**
     * Whether the item must be included in data results
     *
     * An indication, if true, that the item must be present in a "completed" QuestionnaireResponse.  If false, the item may be skipped when answering the questionnaire.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.required`
     * - Type boolean
     */
    required?: boolean;
    /** Extensions and id for `required` (FHIR JSON primitive extension, see Questionnaire.item.required). */
    _required?: Element;
    /**
     * Whether the item may repeat
     *
     * An indication, if true, that the item may occur multiple times in the response, collecting multiple answers answers for questions or multiple sets of answers for groups.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.repeats`
     * - Type boolean
     */
    repeats?: boolean;
    /** Extensions and id for `repeats` (FHIR JSON primitive extension, see Questionnaire.item.repeats). */
    _repeats?: Element;
    /**
     * Don't allow human editing
     *
     * An indication, when true, that the value cannot be changed by a human respondent to the Questionnaire.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.readOnly`
     * - Type boolean
     */
    readOnly?: boolean;
    /** Extensions and id for `readOnly` (FHIR JSON primitive extension, see Questionnaire.item.readOnly). */
    _readOnly?: Element;
    /**
     * No more than this many characters
     *
     * The maximum number of characters that are permitted in the answer to be considered a "valid" QuestionnaireResponse.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.maxLength`
     * - Type integer
     */
    maxLength?: number;
    /** Extensions and id for `maxLength` (FHIR JSON primitive extension, see Questionnaire.item.maxLength). */
    _maxLength?: Element;
    /**
     * Valueset containing permitted answers
     *
     * A reference to a value set containing a list of codes representing permitted answers for a "choice" or "open-choice" question.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.options`
     * - Type Reference
     */
    options?: Reference<'ValueSet'>;
    /**
     * Permitted answer
     *
     * One of the permitted answers for a "choice" or "open-choice" question.
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.item.option`
     * - Type BackboneElement
     */
    option?: CQIFQuestionnaireItemOption[];
    /**
     * Default value when item is first rendered
     *
     * The value that should be defaulted when initially rendering the questionnaire for user input.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.initial[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    initialBoolean?: boolean;
    /** Extensions and id for `initialBoolean` (FHIR JSON primitive extension, see Questionnaire.item.initial[x]). */
    _initialBoolean?: Element;
    /**
     * Default value when item is first rendered
     *
     * The value that should be defaulted when initially rendering the questionnaire for user input.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.initial[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    initialDecimal?: number;
    /** Extensions and id for `initialDecimal` (FHIR JSON primitive extension, see Questionnaire.item.initial[x]). */
    _initialDecimal?: Element;
    /**
     * Default value when item is first rendered
     *
     * The value that should be defaulted when initially rendering the questionnaire for user input.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.initial[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    initialInteger?: number;
    /** Extensions and id for `initialInteger` (FHIR JSON primitive extension, see Questionnaire.item.initial[x]). */
    _initialInteger?: Element;
    /**
     * Default value when item is first rendered
     *
     * The value that should be defaulted when initially rendering the questionnaire for user input.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.initial[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    initialDate?: string;
    /** Extensions and id for `initialDate` (FHIR JSON primitive extension, see Questionnaire.item.initial[x]). */
    _initialDate?: Element;
    /**
     * Default value when item is first rendered
     *
     * The value that should be defaulted when initially rendering the questionnaire for user input.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.initial[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    initialDateTime?: string;
    /** Extensions and id for `initialDateTime` (FHIR JSON primitive extension, see Questionnaire.item.initial[x]). */
    _initialDateTime?: Element;
    /**
     * Default value when item is first rendered
     *
     * The value that should be defaulted when initially rendering the questionnaire for user input.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.initial[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    initialTime?: string;
    /** Extensions and id for `initialTime` (FHIR JSON primitive extension, see Questionnaire.item.initial[x]). */
    _initialTime?: Element;
    /**
     * Default value when item is first rendered
     *
     * The value that should be defaulted when initially rendering the questionnaire for user input.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.initial[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    initialString?: string;
    /** Extensions and id for `initialString` (FHIR JSON primitive extension, see Questionnaire.item.initial[x]). */
    _initialString?: Element;
    /**
     * Default value when item is first rendered
     *
     * The value that should be defaulted when initially rendering the questionnaire for user input.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.initial[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    initialUri?: string;
    /** Extensions and id for `initialUri` (FHIR JSON primitive extension, see Questionnaire.item.initial[x]). */
    _initialUri?: Element;
    /**
     * Default value when item is first rendered
     *
     * The value that should be defaulted when initially rendering the questionnaire for user input.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.initial[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    initialAttachment?: Attachment;
    /**
     * Default value when item is first rendered
     *
     * The value that should be defaulted when initially rendering the questionnaire for user input.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.initial[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    initialCoding?: Coding;
    /**
     * Default value when item is first rendered
     *
     * The value that should be defaulted when initially rendering the questionnaire for user input.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.initial[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    initialQuantity?: Quantity;
    /**
     * Default value when item is first rendered
     *
     * The value that should be defaulted when initially rendering the questionnaire for user input.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.initial[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    initialReference?: Reference;
    /**
     * Nested questionnaire items
     *
     * Text, questions and other groups to be nested beneath a question or group.
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.item.item`
     */
    item?: CQIFQuestionnaireItem[];
}
/**
 * Permitted answer
 *
 * One of the permitted answers for a "choice" or "open-choice" question.
 *
 * - Cardinality 0..*
 * - FHIR path `Questionnaire.item.option`
 * - Type BackboneElement
 */
export interface CQIFQuestionnaireItemOption {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Questionnaire.item.option.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Questionnaire.item.option.id). */
    _id?: Element;
    /**
     * Extension
     *
     * An Extension
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.item.option.extension`
     * - Type Extension
     */
    extension?: (OptionCode | Extension)[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Questionnaire.item.option.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Answer value
     *
     * A potential answer that's allowed as the answer to this question.
     *
     * - Cardinality 1..1
     * - FHIR path `Questionnaire.item.option.value[x]`
     * - Type integer | date | time | string | Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see Questionnaire.item.option.value[x]). */
    _valueInteger?: Element;
    /**
     * Answer value
     *
     * A potential answer that's allowed as the answer to this question.
     *
     * - Cardinality 1..1
     * - FHIR path `Questionnaire.item.option.value[x]`
     * - Type integer | date | time | string | Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueDate?: string;
    /** Extensions and id for `valueDate` (FHIR JSON primitive extension, see Questionnaire.item.option.value[x]). */
    _valueDate?: Element;
    /**
     * Answer value
     *
     * A potential answer that's allowed as the answer to this question.
     *
     * - Cardinality 1..1
     * - FHIR path `Questionnaire.item.option.value[x]`
     * - Type integer | date | time | string | Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueTime?: string;
    /** Extensions and id for `valueTime` (FHIR JSON primitive extension, see Questionnaire.item.option.value[x]). */
    _valueTime?: Element;
    /**
     * Answer value
     *
     * A potential answer that's allowed as the answer to this question.
     *
     * - Cardinality 1..1
     * - FHIR path `Questionnaire.item.option.value[x]`
     * - Type integer | date | time | string | Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Questionnaire.item.option.value[x]). */
    _valueString?: Element;
    /**
     * Answer value
     *
     * A potential answer that's allowed as the answer to this question.
     *
     * - Cardinality 1..1
     * - FHIR path `Questionnaire.item.option.value[x]`
     * - Type integer | date | time | string | Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueCoding?: Coding;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCQIFQuestionnaire(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCQIFQuestionnaireItem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCQIFQuestionnaireItemOption(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CQIF-Questionnaire (http://hl7.org/fhir/StructureDefinition/cqif-questionnaire).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCQIFQuestionnaire(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCQIFQuestionnaire} with the same options reports no error or fatal issue: CQIF-Questionnaire (http://hl7.org/fhir/StructureDefinition/cqif-questionnaire). */
export declare function isCQIFQuestionnaire(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CQIFQuestionnaire;
/** Input of {@link buildCQIFQuestionnaire}: a {@link CQIFQuestionnaire} without what the builder fills in. */
export type CQIFQuestionnaireInput = BuilderInput<CQIFQuestionnaire, 'resourceType', {
    meta?: ProfiledMetaInput<CQIFQuestionnaire['meta']>;
}>;
/**
 * Builds a {@link CQIFQuestionnaire} (CQIF-Questionnaire, http://hl7.org/fhir/StructureDefinition/cqif-questionnaire).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Questionnaire"
 * - `meta.profile`: adds http://hl7.org/fhir/StructureDefinition/cqif-questionnaire
 *
 * The result is checked with {@link validateCQIFQuestionnaire}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCQIFQuestionnaire(input: CQIFQuestionnaireInput): CQIFQuestionnaire;
