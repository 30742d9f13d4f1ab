import { type Annotation } from './Annotation.js';
import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Communication
 *
 * Base StructureDefinition for Communication Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Communication
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Communication {
    /** The FHIR resource type. */
    resourceType: 'Communication';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Communication.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Communication.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Communication.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Communication.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Communication.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Communication.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Communication.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Communication.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Unique identifier
     *
     * Identifiers associated with this Communication that are defined by business processes and/ or used to refer to it when a direct URL reference to the resource itself is not appropriate (e.g. in CDA documents, or in written / printed documentation).
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Instantiates protocol or definition
     *
     * A protocol, guideline, or other definition that was adhered to in whole or in part by this communication event.
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.definition`
     * - Type Reference
     */
    definition?: Reference<'ActivityDefinition' | 'PlanDefinition'>[];
    /**
     * Request fulfilled by this communication
     *
     * An order, proposal or plan fulfilled in whole or in part by this Communication.
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.basedOn`
     * - Type Reference
     */
    basedOn?: Reference[];
    /**
     * Part of this action
     *
     * Part of this action.
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.partOf`
     * - Type Reference
     */
    partOf?: Reference[];
    /**
     * preparation | in-progress | suspended | aborted | completed | entered-in-error
     *
     * The status of the transmission.
     *
     * - Cardinality 1..1
     * - FHIR path `Communication.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/event-status (7 codes: preparation, in-progress, suspended, aborted, completed, entered-in-error, unknown)
     */
    status: 'aborted' | 'completed' | 'entered-in-error' | 'in-progress' | 'preparation' | 'suspended' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Communication.status). */
    _status?: Element;
    /**
     * Communication did not occur
     *
     * If true, indicates that the described communication event did not actually occur.
     *
     * - Cardinality 0..1
     * - FHIR path `Communication.notDone`
     * - Type boolean
     */
    notDone?: boolean;
    /** Extensions and id for `notDone` (FHIR JSON primitive extension, see Communication.notDone). */
    _notDone?: Element;
    /**
     * Why communication did not occur
     *
     * Describes why the communication event did not occur in coded and/or textual form.
     *
     * - Cardinality 0..1
     * - FHIR path `Communication.notDoneReason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/communication-not-done-reason (codes not enumerable here: example binding: not checked)
     */
    notDoneReason?: CodeableConcept;
    /**
     * Message category
     *
     * The type of message conveyed such as alert, notification, reminder, instruction, etc.
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/communication-category (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept[];
    /**
     * A channel of communication
     *
     * A channel that was used for this communication (e.g. email, fax).
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.medium`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v3-ParticipationMode (codes not enumerable here: example binding: not checked)
     */
    medium?: CodeableConcept[];
    /**
     * Focus of message
     *
     * The patient or group that was the focus of this communication.
     *
     * - Cardinality 0..1
     * - FHIR path `Communication.subject`
     * - Type Reference
     */
    subject?: Reference<'Group' | 'Patient'>;
    /**
     * Message recipient
     *
     * The entity (e.g. person, organization, clinical information system, or device) which was the target of the communication. If receipts need to be tracked by individual, a separate resource instance will need to be created for each recipient.  Multiple recipient communications are intended where either a receipt(s) is not tracked (e.g. a mass mail-out) or is captured in aggregate (all emails confirmed received by a particular time).
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.recipient`
     * - Type Reference
     */
    recipient?: Reference<'Device' | 'Group' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>[];
    /**
     * Focal resources
     *
     * The resources which were responsible for or related to producing this communication.
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.topic`
     * - Type Reference
     */
    topic?: Reference[];
    /**
     * Encounter or episode leading to message
     *
     * The encounter within which the communication was sent.
     *
     * - Cardinality 0..1
     * - FHIR path `Communication.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * When sent
     *
     * The time when this communication was sent.
     *
     * - Cardinality 0..1
     * - FHIR path `Communication.sent`
     * - Type dateTime
     */
    sent?: string;
    /** Extensions and id for `sent` (FHIR JSON primitive extension, see Communication.sent). */
    _sent?: Element;
    /**
     * When received
     *
     * The time when this communication arrived at the destination.
     *
     * - Cardinality 0..1
     * - FHIR path `Communication.received`
     * - Type dateTime
     */
    received?: string;
    /** Extensions and id for `received` (FHIR JSON primitive extension, see Communication.received). */
    _received?: Element;
    /**
     * Message sender
     *
     * The entity (e.g. person, organization, clinical information system, or device) which was the source of the communication.
     *
     * - Cardinality 0..1
     * - FHIR path `Communication.sender`
     * - Type Reference
     */
    sender?: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Indication for message
     *
     * The reason or justification for the communication.
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.reasonCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/clinical-findings (codes not enumerable here: example binding: not checked)
     */
    reasonCode?: CodeableConcept[];
    /**
     * Why was communication done?
     *
     * Indicates another resource whose existence justifies this communication.
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.reasonReference`
     * - Type Reference
     */
    reasonReference?: Reference<'Condition' | 'Observation'>[];
    /**
     * Message payload
     *
     * Text, attachment(s), or resource(s) that was communicated to the recipient.
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.payload`
     * - Type BackboneElement
     */
    payload?: CommunicationPayload[];
    /**
     * Comments made about the communication
     *
     * Additional notes or commentary about the communication by the sender, receiver or other interested parties.
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.note`
     * - Type Annotation
     */
    note?: Annotation[];
}
/**
 * Message payload
 *
 * Text, attachment(s), or resource(s) that was communicated to the recipient.
 *
 * - Cardinality 0..*
 * - FHIR path `Communication.payload`
 * - Type BackboneElement
 */
export interface CommunicationPayload {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Communication.payload.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Communication.payload.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.payload.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Communication.payload.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Message part content
     *
     * A communicated content (or for multi-part communications, one portion of the communication).
     *
     * - Cardinality 1..1
     * - FHIR path `Communication.payload.content[x]`
     * - Type string | Attachment | Reference
     */
    contentString?: string;
    /** Extensions and id for `contentString` (FHIR JSON primitive extension, see Communication.payload.content[x]). */
    _contentString?: Element;
    /**
     * Message part content
     *
     * A communicated content (or for multi-part communications, one portion of the communication).
     *
     * - Cardinality 1..1
     * - FHIR path `Communication.payload.content[x]`
     * - Type string | Attachment | Reference
     */
    contentAttachment?: Attachment;
    /**
     * Message part content
     *
     * A communicated content (or for multi-part communications, one portion of the communication).
     *
     * - Cardinality 1..1
     * - FHIR path `Communication.payload.content[x]`
     * - Type string | Attachment | Reference
     */
    contentReference?: Reference;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCommunication(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCommunicationPayload(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Communication (http://hl7.org/fhir/StructureDefinition/Communication).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCommunication(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCommunication} with the same options reports no error or fatal issue: Communication (http://hl7.org/fhir/StructureDefinition/Communication). */
export declare function isCommunication(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Communication;
/** Input of {@link buildCommunication}: a {@link Communication} without what the builder fills in. */
export type CommunicationInput = BuilderInput<Communication, 'resourceType'>;
/**
 * Builds a {@link Communication} (Communication, http://hl7.org/fhir/StructureDefinition/Communication).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Communication"
 *
 * The result is checked with {@link validateCommunication}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCommunication(input: CommunicationInput): Communication;
