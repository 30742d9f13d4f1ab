import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type ContactDetail } from './ContactDetail.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type UsageContext } from './UsageContext.js';
/**
 * MessageDefinition
 *
 * Base StructureDefinition for MessageDefinition Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/MessageDefinition
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface MessageDefinition {
    /** The FHIR resource type. */
    resourceType: 'MessageDefinition';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MessageDefinition.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see MessageDefinition.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see MessageDefinition.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageDefinition.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageDefinition.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageDefinition.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this message definition (globally unique)
     *
     * An absolute URI that is used to identify this message definition when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this message definition is (or will be) published. The URL SHOULD include the major version of the message definition. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see MessageDefinition.url). */
    _url?: Element;
    /**
     * Additional identifier for the message definition
     *
     * A formal identifier that is used to identify this message definition when it is represented in other formats, or referenced in a specification, model, design or an instance.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Business version of the message definition
     *
     * The identifier that is used to identify this version of the message definition when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the message definition author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see MessageDefinition.version). */
    _version?: Element;
    /**
     * Name for this message definition (computer friendly)
     *
     * A natural language name identifying the message definition. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see MessageDefinition.name). */
    _name?: Element;
    /**
     * Name for this message definition (human friendly)
     *
     * A short, descriptive, user-friendly title for the message definition.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see MessageDefinition.title). */
    _title?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this message definition. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `MessageDefinition.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see MessageDefinition.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this message definition is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see MessageDefinition.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the message definition was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the message definition changes.
     *
     * - Cardinality 1..1
     * - FHIR path `MessageDefinition.date`
     * - Type dateTime
     */
    date: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see MessageDefinition.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the message definition.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see MessageDefinition.publisher). */
    _publisher?: Element;
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageDefinition.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Natural language description of the message definition
     *
     * A free text natural language description of the message definition from a consumer's perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see MessageDefinition.description). */
    _description?: Element;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate message definition instances.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageDefinition.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for message definition (if applicable)
     *
     * A legal or geographic region in which the message definition is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageDefinition.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * Why this message definition is defined
     *
     * Explaination of why this message definition is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see MessageDefinition.purpose). */
    _purpose?: Element;
    /**
     * Use and/or publishing restrictions
     *
     * A copyright statement relating to the message definition and/or its contents. Copyright statements are generally legal restrictions on the use and publishing of the message definition.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.copyright`
     * - Type markdown
     */
    copyright?: string;
    /** Extensions and id for `copyright` (FHIR JSON primitive extension, see MessageDefinition.copyright). */
    _copyright?: Element;
    /**
     * Definition this one is based on
     *
     * The MessageDefinition that is the basis for the contents of this resource.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.base`
     * - Type Reference
     */
    base?: Reference<'MessageDefinition'>;
    /**
     * Protocol/workflow this is part of
     *
     * Identifies a protocol or workflow that this MessageDefinition represents a step in.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageDefinition.parent`
     * - Type Reference
     */
    parent?: Reference<'ActivityDefinition' | 'PlanDefinition'>[];
    /**
     * Takes the place of
     *
     * A MessageDefinition that is superseded by this definition.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageDefinition.replaces`
     * - Type Reference
     */
    replaces?: Reference<'MessageDefinition'>[];
    /**
     * Event type
     *
     * A coded identifier of a supported messaging event.
     *
     * - Cardinality 1..1
     * - FHIR path `MessageDefinition.event`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/message-events (codes not enumerable here: example binding: not checked)
     */
    event: Coding;
    /**
     * Consequence | Currency | Notification
     *
     * The impact of the content of the message.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.category`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/message-significance-category (3 codes: Consequence, Currency, Notification)
     */
    category?: 'Consequence' | 'Currency' | 'Notification';
    /** Extensions and id for `category` (FHIR JSON primitive extension, see MessageDefinition.category). */
    _category?: Element;
    /**
     * Resource(s) that are the subject of the event
     *
     * Identifies the resource (or resources) that are being addressed by the event.  For example, the Encounter for an admit message or two Account records for a merge.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageDefinition.focus`
     * - Type BackboneElement
     */
    focus?: MessageDefinitionFocus[];
    /**
     * Is a response required?
     *
     * Indicates whether a response is required for this message.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.responseRequired`
     * - Type boolean
     */
    responseRequired?: boolean;
    /** Extensions and id for `responseRequired` (FHIR JSON primitive extension, see MessageDefinition.responseRequired). */
    _responseRequired?: Element;
    /**
     * Responses to this message
     *
     * Indicates what types of messages may be sent as an application-level response to this message.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageDefinition.allowedResponse`
     * - Type BackboneElement
     */
    allowedResponse?: MessageDefinitionAllowedResponse[];
}
/**
 * Resource(s) that are the subject of the event
 *
 * Identifies the resource (or resources) that are being addressed by the event.  For example, the Encounter for an admit message or two Account records for a merge.
 *
 * - Cardinality 0..*
 * - FHIR path `MessageDefinition.focus`
 * - Type BackboneElement
 */
export interface MessageDefinitionFocus {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.focus.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MessageDefinition.focus.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageDefinition.focus.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageDefinition.focus.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type of resource
     *
     * The kind of resource that must be the focus for this message.
     *
     * - Cardinality 1..1
     * - FHIR path `MessageDefinition.focus.code`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/resource-types (119 codes: Account, ActivityDefinition, AdverseEvent, AllergyIntolerance, Appointment, AppointmentResponse, AuditEvent, Basic, Binary, BodySite, Bundle, CapabilityStatement, ...)
     */
    code: 'Account' | 'ActivityDefinition' | 'AdverseEvent' | 'AllergyIntolerance' | 'Appointment' | 'AppointmentResponse' | 'AuditEvent' | 'Basic' | 'Binary' | 'BodySite' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'CodeSystem' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'Contract' | 'Coverage' | 'DataElement' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'Library' | 'Linkage' | 'List' | 'Location' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'NamingSystem' | 'NutritionOrder' | 'Observation' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Person' | 'PlanDefinition' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Questionnaire' | 'QuestionnaireResponse' | 'ReferralRequest' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Slot' | 'Specimen' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'ValueSet' | 'VisionPrescription';
    /** Extensions and id for `code` (FHIR JSON primitive extension, see MessageDefinition.focus.code). */
    _code?: Element;
    /**
     * Profile that must be adhered to by focus
     *
     * A profile that reflects constraints for the focal resource (and potentially for related resources).
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.focus.profile`
     * - Type Reference
     */
    profile?: Reference<'StructureDefinition'>;
    /**
     * Minimum number of focuses of this type
     *
     * Identifies the minimum number of resources of this type that must be pointed to by a message in order for it to be valid against this MessageDefinition.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.focus.min`
     * - Type unsignedInt
     */
    min?: number;
    /** Extensions and id for `min` (FHIR JSON primitive extension, see MessageDefinition.focus.min). */
    _min?: Element;
    /**
     * Maximum number of focuses of this type
     *
     * Identifies the maximum number of resources of this type that must be pointed to by a message in order for it to be valid against this MessageDefinition.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.focus.max`
     * - Type string
     */
    max?: string;
    /** Extensions and id for `max` (FHIR JSON primitive extension, see MessageDefinition.focus.max). */
    _max?: Element;
}
/**
 * Responses to this message
 *
 * Indicates what types of messages may be sent as an application-level response to this message.
 *
 * - Cardinality 0..*
 * - FHIR path `MessageDefinition.allowedResponse`
 * - Type BackboneElement
 */
export interface MessageDefinitionAllowedResponse {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.allowedResponse.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MessageDefinition.allowedResponse.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageDefinition.allowedResponse.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageDefinition.allowedResponse.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Reference to allowed message definition response
     *
     * A reference to the message definition that must be adhered to by this supported response.
     *
     * - Cardinality 1..1
     * - FHIR path `MessageDefinition.allowedResponse.message`
     * - Type Reference
     */
    message: Reference<'MessageDefinition'>;
    /**
     * When should this response be used
     *
     * Provides a description of the circumstances in which this response should be used (as opposed to one of the alternative responses).
     *
     * - Cardinality 0..1
     * - FHIR path `MessageDefinition.allowedResponse.situation`
     * - Type markdown
     */
    situation?: string;
    /** Extensions and id for `situation` (FHIR JSON primitive extension, see MessageDefinition.allowedResponse.situation). */
    _situation?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkMessageDefinition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMessageDefinitionFocus(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMessageDefinitionAllowedResponse(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against MessageDefinition (http://hl7.org/fhir/StructureDefinition/MessageDefinition).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateMessageDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateMessageDefinition} with the same options reports no error or fatal issue: MessageDefinition (http://hl7.org/fhir/StructureDefinition/MessageDefinition). */
export declare function isMessageDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is MessageDefinition;
/** Input of {@link buildMessageDefinition}: a {@link MessageDefinition} without what the builder fills in. */
export type MessageDefinitionInput = BuilderInput<MessageDefinition, 'resourceType'>;
/**
 * Builds a {@link MessageDefinition} (MessageDefinition, http://hl7.org/fhir/StructureDefinition/MessageDefinition).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "MessageDefinition"
 *
 * The result is checked with {@link validateMessageDefinition}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildMessageDefinition(input: MessageDefinitionInput): MessageDefinition;
