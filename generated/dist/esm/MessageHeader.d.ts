import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type ContactPoint } from './ContactPoint.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * MessageHeader
 *
 * Base StructureDefinition for MessageHeader Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/MessageHeader
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface MessageHeader {
    /** The FHIR resource type. */
    resourceType: 'MessageHeader';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MessageHeader.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see MessageHeader.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see MessageHeader.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageHeader.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageHeader.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageHeader.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Code for the event this message represents
     *
     * Code that identifies the event this message represents and connects it with its definition. Events defined as part of the FHIR specification have the system value "http://hl7.org/fhir/message-events".
     *
     * - Cardinality 1..1
     * - FHIR path `MessageHeader.event`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/message-events (codes not enumerable here: example binding: not checked)
     */
    event: Coding;
    /**
     * Message destination application(s)
     *
     * The destination application which the message is intended for.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageHeader.destination`
     * - Type BackboneElement
     */
    destination?: MessageHeaderDestination[];
    /**
     * Intended "real-world" recipient for the data
     *
     * Allows data conveyed by a message to be addressed to a particular person or department when routing to a specific application isn't sufficient.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.receiver`
     * - Type Reference
     */
    receiver?: Reference<'Organization' | 'Practitioner'>;
    /**
     * Real world sender of the message
     *
     * Identifies the sending system to allow the use of a trust relationship.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.sender`
     * - Type Reference
     */
    sender?: Reference<'Organization' | 'Practitioner'>;
    /**
     * Time that the message was sent
     *
     * The time that the message was sent.
     *
     * - Cardinality 1..1
     * - FHIR path `MessageHeader.timestamp`
     * - Type instant
     */
    timestamp: string;
    /** Extensions and id for `timestamp` (FHIR JSON primitive extension, see MessageHeader.timestamp). */
    _timestamp?: Element;
    /**
     * The source of the data entry
     *
     * The person or device that performed the data entry leading to this message. When there is more than one candidate, pick the most proximal to the message. Can provide other enterers in extensions.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.enterer`
     * - Type Reference
     */
    enterer?: Reference<'Practitioner'>;
    /**
     * The source of the decision
     *
     * The logical author of the message - the person or device that decided the described event should happen. When there is more than one candidate, pick the most proximal to the MessageHeader. Can provide other authors in extensions.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.author`
     * - Type Reference
     */
    author?: Reference<'Practitioner'>;
    /**
     * Message source application
     *
     * The source application from which this message originated.
     *
     * - Cardinality 1..1
     * - FHIR path `MessageHeader.source`
     * - Type BackboneElement
     */
    source: MessageHeaderSource;
    /**
     * Final responsibility for event
     *
     * The person or organization that accepts overall responsibility for the contents of the message. The implication is that the message event happened under the policies of the responsible party.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.responsible`
     * - Type Reference
     */
    responsible?: Reference<'Organization' | 'Practitioner'>;
    /**
     * Cause of event
     *
     * Coded indication of the cause for the event - indicates  a reason for the occurrence of the event that is a focus of this message.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.reason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/message-reason-encounter (codes not enumerable here: example binding: not checked)
     */
    reason?: CodeableConcept;
    /**
     * If this is a reply to prior message
     *
     * Information about the message that this message is a response to.  Only present if this message is a response.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.response`
     * - Type BackboneElement
     */
    response?: MessageHeaderResponse;
    /**
     * The actual content of the message
     *
     * The actual data of the message - a reference to the root/focus class of the event.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageHeader.focus`
     * - Type Reference
     */
    focus?: Reference[];
}
/**
 * Message destination application(s)
 *
 * The destination application which the message is intended for.
 *
 * - Cardinality 0..*
 * - FHIR path `MessageHeader.destination`
 * - Type BackboneElement
 */
export interface MessageHeaderDestination {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.destination.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MessageHeader.destination.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageHeader.destination.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageHeader.destination.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Name of system
     *
     * Human-readable name for the target system.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.destination.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see MessageHeader.destination.name). */
    _name?: Element;
    /**
     * Particular delivery destination within the destination
     *
     * Identifies the target end system in situations where the initial message transmission is to an intermediary system.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.destination.target`
     * - Type Reference
     */
    target?: Reference<'Device'>;
    /**
     * Actual destination address or id
     *
     * Indicates where the message should be routed to.
     *
     * - Cardinality 1..1
     * - FHIR path `MessageHeader.destination.endpoint`
     * - Type uri
     */
    endpoint: string;
    /** Extensions and id for `endpoint` (FHIR JSON primitive extension, see MessageHeader.destination.endpoint). */
    _endpoint?: Element;
}
/**
 * Message source application
 *
 * The source application from which this message originated.
 *
 * - Cardinality 1..1
 * - FHIR path `MessageHeader.source`
 * - Type BackboneElement
 */
export interface MessageHeaderSource {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.source.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MessageHeader.source.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageHeader.source.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageHeader.source.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Name of system
     *
     * Human-readable name for the source system.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.source.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see MessageHeader.source.name). */
    _name?: Element;
    /**
     * Name of software running the system
     *
     * May include configuration or other information useful in debugging.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.source.software`
     * - Type string
     */
    software?: string;
    /** Extensions and id for `software` (FHIR JSON primitive extension, see MessageHeader.source.software). */
    _software?: Element;
    /**
     * Version of software running
     *
     * Can convey versions of multiple systems in situations where a message passes through multiple hands.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.source.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see MessageHeader.source.version). */
    _version?: Element;
    /**
     * Human contact for problems
     *
     * An e-mail, phone, website or other contact point to use to resolve issues with message communications.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.source.contact`
     * - Type ContactPoint
     */
    contact?: ContactPoint;
    /**
     * Actual message source address or id
     *
     * Identifies the routing target to send acknowledgements to.
     *
     * - Cardinality 1..1
     * - FHIR path `MessageHeader.source.endpoint`
     * - Type uri
     */
    endpoint: string;
    /** Extensions and id for `endpoint` (FHIR JSON primitive extension, see MessageHeader.source.endpoint). */
    _endpoint?: Element;
}
/**
 * If this is a reply to prior message
 *
 * Information about the message that this message is a response to.  Only present if this message is a response.
 *
 * - Cardinality 0..1
 * - FHIR path `MessageHeader.response`
 * - Type BackboneElement
 */
export interface MessageHeaderResponse {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.response.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MessageHeader.response.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageHeader.response.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MessageHeader.response.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Id of original message
     *
     * The MessageHeader.id of the message to which this message is a response.
     *
     * - Cardinality 1..1
     * - FHIR path `MessageHeader.response.identifier`
     * - Type id
     */
    identifier: string;
    /** Extensions and id for `identifier` (FHIR JSON primitive extension, see MessageHeader.response.identifier). */
    _identifier?: Element;
    /**
     * ok | transient-error | fatal-error
     *
     * Code that identifies the type of response to the message - whether it was successful or not, and whether it should be resent or not.
     *
     * - Cardinality 1..1
     * - FHIR path `MessageHeader.response.code`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/response-code (3 codes: ok, transient-error, fatal-error)
     */
    code: 'fatal-error' | 'ok' | 'transient-error';
    /** Extensions and id for `code` (FHIR JSON primitive extension, see MessageHeader.response.code). */
    _code?: Element;
    /**
     * Specific list of hints/warnings/errors
     *
     * Full details of any issues found in the message.
     *
     * - Cardinality 0..1
     * - FHIR path `MessageHeader.response.details`
     * - Type Reference
     */
    details?: Reference<'OperationOutcome'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkMessageHeader(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMessageHeaderDestination(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMessageHeaderSource(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMessageHeaderResponse(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against MessageHeader (http://hl7.org/fhir/StructureDefinition/MessageHeader).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateMessageHeader(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateMessageHeader} with the same options reports no error or fatal issue: MessageHeader (http://hl7.org/fhir/StructureDefinition/MessageHeader). */
export declare function isMessageHeader(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is MessageHeader;
/** Input of {@link buildMessageHeader}: a {@link MessageHeader} without what the builder fills in. */
export type MessageHeaderInput = BuilderInput<MessageHeader, 'resourceType'>;
/**
 * Builds a {@link MessageHeader} (MessageHeader, http://hl7.org/fhir/StructureDefinition/MessageHeader).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "MessageHeader"
 *
 * The result is checked with {@link validateMessageHeader}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildMessageHeader(input: MessageHeaderInput): MessageHeader;
