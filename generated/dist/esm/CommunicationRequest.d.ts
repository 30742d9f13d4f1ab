import { type Annotation } from './Annotation.js';
import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * CommunicationRequest
 *
 * Base StructureDefinition for CommunicationRequest Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/CommunicationRequest
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface CommunicationRequest {
    /** The FHIR resource type. */
    resourceType: 'CommunicationRequest';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CommunicationRequest.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see CommunicationRequest.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see CommunicationRequest.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Unique identifier
     *
     * A unique ID of this request for reference purposes. It must be provided if user wants it returned as part of any output, otherwise it will be autogenerated, if needed, by CDS system. Does not need to be the actual ID of the source system.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Fulfills plan or proposal
     *
     * A plan or proposal that is fulfilled in whole or in part by this request.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.basedOn`
     * - Type Reference
     */
    basedOn?: Reference[];
    /**
     * Request(s) replaced by this request
     *
     * Completed or terminated request(s) whose function is taken by this new request.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.replaces`
     * - Type Reference
     */
    replaces?: Reference<'CommunicationRequest'>[];
    /**
     * Composite request this is part of
     *
     * A shared identifier common to all requests that were authorized more or less simultaneously by a single author, representing the identifier of the requisition, prescription or similar form.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.groupIdentifier`
     * - Type Identifier
     */
    groupIdentifier?: Identifier;
    /**
     * draft | active | suspended | cancelled | completed | entered-in-error | unknown
     *
     * The status of the proposal or order.
     *
     * - Cardinality 1..1
     * - FHIR path `CommunicationRequest.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/request-status (7 codes: draft, active, suspended, cancelled, completed, entered-in-error, unknown)
     */
    status: 'active' | 'cancelled' | 'completed' | 'draft' | 'entered-in-error' | 'suspended' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see CommunicationRequest.status). */
    _status?: Element;
    /**
     * Message category
     *
     * The type of message to be sent such as alert, notification, reminder, instruction, etc.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/communication-category (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept[];
    /**
     * Message urgency
     *
     * Characterizes how quickly the proposed act must be initiated. Includes concepts such as stat, urgent, routine.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.priority`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/request-priority (4 codes: routine, urgent, asap, stat)
     */
    priority?: 'asap' | 'routine' | 'stat' | 'urgent';
    /** Extensions and id for `priority` (FHIR JSON primitive extension, see CommunicationRequest.priority). */
    _priority?: Element;
    /**
     * A channel of communication
     *
     * A channel that was used for this communication (e.g. email, fax).
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.medium`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v3-ParticipationMode (codes not enumerable here: example binding: not checked)
     */
    medium?: CodeableConcept[];
    /**
     * Focus of message
     *
     * The patient or group that is the focus of this communication request.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.subject`
     * - Type Reference
     */
    subject?: Reference<'Group' | 'Patient'>;
    /**
     * Message recipient
     *
     * The entity (e.g. person, organization, clinical information system, device, group, or care team) which is the intended target of the communication.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.recipient`
     * - Type Reference
     */
    recipient?: Reference<'CareTeam' | 'Device' | 'Group' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>[];
    /**
     * Focal resources
     *
     * The resources which were related to producing this communication request.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.topic`
     * - Type Reference
     */
    topic?: Reference[];
    /**
     * Encounter or episode leading to message
     *
     * The encounter or episode of care within which the communication request was created.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * Message payload
     *
     * Text, attachment(s), or resource(s) to be communicated to the recipient.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.payload`
     * - Type BackboneElement
     */
    payload?: CommunicationRequestPayload[];
    /**
     * When scheduled
     *
     * The time when this communication is to occur.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.occurrence[x]`
     * - Type dateTime | Period
     */
    occurrenceDateTime?: string;
    /** Extensions and id for `occurrenceDateTime` (FHIR JSON primitive extension, see CommunicationRequest.occurrence[x]). */
    _occurrenceDateTime?: Element;
    /**
     * When scheduled
     *
     * The time when this communication is to occur.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.occurrence[x]`
     * - Type dateTime | Period
     */
    occurrencePeriod?: Period;
    /**
     * When request transitioned to being actionable
     *
     * For draft requests, indicates the date of initial creation.  For requests with other statuses, indicates the date of activation.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.authoredOn`
     * - Type dateTime
     */
    authoredOn?: string;
    /** Extensions and id for `authoredOn` (FHIR JSON primitive extension, see CommunicationRequest.authoredOn). */
    _authoredOn?: Element;
    /**
     * Message sender
     *
     * The entity (e.g. person, organization, clinical information system, or device) which is to be the source of the communication.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.sender`
     * - Type Reference
     */
    sender?: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Who/what is requesting service
     *
     * The individual who initiated the request and has responsibility for its activation.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.requester`
     * - Type BackboneElement
     */
    requester?: CommunicationRequestRequester;
    /**
     * Why is communication needed?
     *
     * Describes why the request is being made in coded or textual form.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.reasonCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v3-ActReason (codes not enumerable here: example binding: not checked)
     */
    reasonCode?: CodeableConcept[];
    /**
     * Why is communication needed?
     *
     * Indicates another resource whose existence justifies this request.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.reasonReference`
     * - Type Reference
     */
    reasonReference?: Reference<'Condition' | 'Observation'>[];
    /**
     * Comments made about communication request
     *
     * Comments made about the request by the requester, sender, recipient, subject or other participants.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.note`
     * - Type Annotation
     */
    note?: Annotation[];
}
/**
 * Message payload
 *
 * Text, attachment(s), or resource(s) to be communicated to the recipient.
 *
 * - Cardinality 0..*
 * - FHIR path `CommunicationRequest.payload`
 * - Type BackboneElement
 */
export interface CommunicationRequestPayload {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.payload.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CommunicationRequest.payload.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.payload.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.payload.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Message part content
     *
     * The communicated content (or for multi-part communications, one portion of the communication).
     *
     * - Cardinality 1..1
     * - FHIR path `CommunicationRequest.payload.content[x]`
     * - Type string | Attachment | Reference
     */
    contentString?: string;
    /** Extensions and id for `contentString` (FHIR JSON primitive extension, see CommunicationRequest.payload.content[x]). */
    _contentString?: Element;
    /**
     * Message part content
     *
     * The communicated content (or for multi-part communications, one portion of the communication).
     *
     * - Cardinality 1..1
     * - FHIR path `CommunicationRequest.payload.content[x]`
     * - Type string | Attachment | Reference
     */
    contentAttachment?: Attachment;
    /**
     * Message part content
     *
     * The communicated content (or for multi-part communications, one portion of the communication).
     *
     * - Cardinality 1..1
     * - FHIR path `CommunicationRequest.payload.content[x]`
     * - Type string | Attachment | Reference
     */
    contentReference?: Reference;
}
/**
 * Who/what is requesting service
 *
 * The individual who initiated the request and has responsibility for its activation.
 *
 * - Cardinality 0..1
 * - FHIR path `CommunicationRequest.requester`
 * - Type BackboneElement
 */
export interface CommunicationRequestRequester {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.requester.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CommunicationRequest.requester.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.requester.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CommunicationRequest.requester.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Individual making the request
     *
     * The device, practitioner, etc. who initiated the request.
     *
     * - Cardinality 1..1
     * - FHIR path `CommunicationRequest.requester.agent`
     * - Type Reference
     */
    agent: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Organization agent is acting for
     *
     * The organization the device or practitioner was acting on behalf of.
     *
     * - Cardinality 0..1
     * - FHIR path `CommunicationRequest.requester.onBehalfOf`
     * - Type Reference
     */
    onBehalfOf?: Reference<'Organization'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCommunicationRequest(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCommunicationRequestPayload(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCommunicationRequestRequester(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CommunicationRequest (http://hl7.org/fhir/StructureDefinition/CommunicationRequest).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCommunicationRequest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCommunicationRequest} with the same options reports no error or fatal issue: CommunicationRequest (http://hl7.org/fhir/StructureDefinition/CommunicationRequest). */
export declare function isCommunicationRequest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CommunicationRequest;
/** Input of {@link buildCommunicationRequest}: a {@link CommunicationRequest} without what the builder fills in. */
export type CommunicationRequestInput = BuilderInput<CommunicationRequest, 'resourceType'>;
/**
 * Builds a {@link CommunicationRequest} (CommunicationRequest, http://hl7.org/fhir/StructureDefinition/CommunicationRequest).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "CommunicationRequest"
 *
 * The result is checked with {@link validateCommunicationRequest}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCommunicationRequest(input: CommunicationRequestInput): CommunicationRequest;
