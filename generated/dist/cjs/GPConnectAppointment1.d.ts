import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type ExtensionGPConnectAppointmentCancellationReason1 } from './ExtensionGPConnectAppointmentCancellationReason1.js';
import { type ExtensionGPConnectBookingOrganisation1 } from './ExtensionGPConnectBookingOrganisation1.js';
import { type ExtensionGPConnectDeliveryChannel2 } from './ExtensionGPConnectDeliveryChannel2.js';
import { type ExtensionGPConnectPractitionerRole1 } from './ExtensionGPConnectPractitionerRole1.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * GPConnect-Appointment-1
 *
 * The Appointment resource provides information on the booking of a healthcare event.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1 (version 1.6.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Appointment
 */
export interface GPConnectAppointment1 {
    /** The FHIR resource type. */
    resourceType: 'Appointment';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Appointment.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Appointment.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Appointment.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.extension`
     * - Type Extension
     */
    extension?: (ExtensionGPConnectAppointmentCancellationReason1 | ExtensionGPConnectBookingOrganisation1 | ExtensionGPConnectPractitionerRole1 | ExtensionGPConnectDeliveryChannel2 | Extension)[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External Ids for this item
     *
     * This records identifiers associated with this appointment concern that are defined by business processes and/or used to refer to it when a direct URL reference to the resource itself is not appropriate (e.g. in CDA documents, or in written / printed documentation).
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.identifier`
     * - Type Identifier
     */
    identifier?: GPConnectAppointment1Identifier[];
    /**
     * proposed | pending | booked | arrived | fulfilled | cancelled | noshow | entered-in-error
     *
     * The overall status of the Appointment. Each of the participants has their own participation status which indicates their involvement in the process, however this status indicates the shared status.
     *
     * - Cardinality 1..1
     * - FHIR path `Appointment.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/appointmentstatus (8 codes: proposed, pending, booked, arrived, fulfilled, cancelled, noshow, entered-in-error)
     */
    status: 'arrived' | 'booked' | 'cancelled' | 'entered-in-error' | 'fulfilled' | 'noshow' | 'pending' | 'proposed';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Appointment.status). */
    _status?: Element;
    /**
     * A broad categorisation of the service that is to be performed during this appointment
     *
     * A broad categorisation of the service that is to be performed during this appointment.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.serviceCategory`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/service-category (codes not enumerable here: example binding: not checked)
     */
    serviceCategory?: CodeableConcept;
    /**
     * The specific service that is to be performed during this appointment
     *
     * The specific service that is to be performed during this appointment.
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.serviceType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/service-type (codes not enumerable here: example binding: not checked)
     */
    serviceType?: CodeableConcept[];
    /**
     * The specialty of a practitioner that would be required to perform the service requested in this appointment
     *
     * The specialty of a practitioner that would be required to perform the service requested in this appointment.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.specialty`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/c80-practice-codes (115 codes: 408467006, 394577000, 394578005, 421661004, 408462000, 394579002, 394804000, 394580004, 394803006, 408480009, 408454008, 394809005, ...)
     */
    specialty?: [CodeableConcept];
    /**
     * Reason this appointment is scheduled
     *
     * The reason that this appointment is being scheduled. This is more clinical than administrative.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.reason`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/encounter-reason (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
     */
    reason?: [GPConnectAppointment1Reason];
    /**
     * Gives the priority of the appointment. Can be used to make informed decisions if needing to re-prioritize appointments. (The iCal Standard specifies 0 as undefined, 1 as highest, 9 as lowest priority)
     *
     * The priority of the appointment. Can be used to make informed decisions if needing to re-prioritize appointments. (The iCal Standard specifies 0 as undefined, 1 as highest, 9 as lowest priority).
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.priority`
     * - Type unsignedInt
     */
    priority?: number;
    /** Extensions and id for `priority` (FHIR JSON primitive extension, see Appointment.priority). */
    _priority?: Element;
    /**
     * Shown on a subject line in a meeting request, or appointment list
     *
     * The brief description of the appointment as would be shown on a subject line in a meeting request, or appointment list. Detailed or expanded information should be put in the comment field.
     *
     * - Cardinality 1..1
     * - FHIR path `Appointment.description`
     * - Type string
     */
    description: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see Appointment.description). */
    _description?: Element;
    /**
     * When appointment is to take place
     *
     * Date/Time that the appointment is to take place.
     *
     * - Cardinality 1..1
     * - FHIR path `Appointment.start`
     * - Type instant
     */
    start: string;
    /** Extensions and id for `start` (FHIR JSON primitive extension, see Appointment.start). */
    _start?: Element;
    /**
     * When appointment is to conclude
     *
     * Date/Time that the appointment is to conclude.
     *
     * - Cardinality 1..1
     * - FHIR path `Appointment.end`
     * - Type instant
     */
    end: string;
    /** Extensions and id for `end` (FHIR JSON primitive extension, see Appointment.end). */
    _end?: Element;
    /**
     * Can be less than start/end (e.g. estimate)
     *
     * Number of minutes that the appointment is to take. This can be less than the duration between the start and end times (where actual time of appointment is only an estimate or is a planned appointment request).
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.minutesDuration`
     * - Type positiveInt
     */
    minutesDuration?: number;
    /** Extensions and id for `minutesDuration` (FHIR JSON primitive extension, see Appointment.minutesDuration). */
    _minutesDuration?: Element;
    /**
     * The slots that this appointment is filling
     *
     * The slots from the participants' schedules that will be filled by the appointment.
     *
     * - Cardinality 1..*
     * - FHIR path `Appointment.slot`
     * - Type Reference
     */
    slot: [Reference<'Slot'>, ...Reference<'Slot'>[]];
    /**
     * The date that this appointment was initially created
     *
     * The date that this appointment was initially created. This could be different to the meta.lastModified value on the initial entry, as this could have been before the resource was created on the FHIR server, and should remain unchanged over the lifespan of the appointment.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.created`
     * - Type dateTime
     */
    created?: string;
    /** Extensions and id for `created` (FHIR JSON primitive extension, see Appointment.created). */
    _created?: Element;
    /**
     * Any additional comments about the appointment
     *
     * Additional comments about the appointment.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.comment`
     * - Type string
     */
    comment?: string;
    /** Extensions and id for `comment` (FHIR JSON primitive extension, see Appointment.comment). */
    _comment?: Element;
    /**
     * Participants involved in appointment
     *
     * List of participants involved in the appointment.
     *
     * - Cardinality 1..*
     * - FHIR path `Appointment.participant`
     * - Type BackboneElement
     */
    participant: [GPConnectAppointment1Participant, ...GPConnectAppointment1Participant[]];
}
/**
 * External Ids for this item
 *
 * This records identifiers associated with this appointment concern that are defined by business processes and/or used to refer to it when a direct URL reference to the resource itself is not appropriate (e.g. in CDA documents, or in written / printed documentation).
 *
 * - Cardinality 0..*
 * - FHIR path `Appointment.identifier`
 * - Type Identifier
 */
export interface GPConnectAppointment1Identifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Appointment.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 1..1
     * - FHIR path `Appointment.identifier.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Appointment.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Appointment.identifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Appointment.identifier.value). */
    _value?: Element;
}
/**
 * Reason this appointment is scheduled
 *
 * The reason that this appointment is being scheduled. This is more clinical than administrative.
 *
 * - Cardinality 0..1
 * - FHIR path `Appointment.reason`
 * - Type CodeableConcept
 * - Binding required to http://hl7.org/fhir/ValueSet/encounter-reason (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
 */
export interface GPConnectAppointment1Reason {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.reason.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Appointment.reason.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.reason.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.reason.coding`
     * - Type Coding
     */
    coding?: GPConnectAppointment1ReasonCoding[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.reason.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Appointment.reason.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..*
 * - FHIR path `Appointment.reason.coding`
 * - Type Coding
 */
export interface GPConnectAppointment1ReasonCoding {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.reason.coding.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Appointment.reason.coding.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.reason.coding.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Appointment.reason.coding.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Appointment.reason.coding.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Appointment.reason.coding.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Appointment.reason.coding.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Appointment.reason.coding.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Appointment.reason.coding.display). */
    _display?: Element;
}
/**
 * Participants involved in appointment
 *
 * List of participants involved in the appointment.
 *
 * - Cardinality 1..*
 * - FHIR path `Appointment.participant`
 * - Type BackboneElement
 */
export interface GPConnectAppointment1Participant {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.participant.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Appointment.participant.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.participant.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.participant.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Role of participant in the appointment
     *
     * Role of participant in the appointment.
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.participant.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/encounter-participant-type (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ParticipationType needs a terminology server)
     */
    type?: CodeableConcept[];
    /**
     * Person, Location/HealthcareService or Device
     *
     * A Person, Location/HealthcareService or Device that is participating in the appointment.
     *
     * - Cardinality 1..1
     * - FHIR path `Appointment.participant.actor`
     * - Type Reference
     */
    actor: Reference<'Device' | 'HealthcareService' | 'Location' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * required | optional | information-only
     *
     * Is this participant required to be present at the meeting. This covers a use-case where 2 doctors need to meet to discuss the results for a specific patient, and the patient is not required to be present.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.participant.required`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/participantrequired (3 codes: required, optional, information-only)
     */
    required?: 'information-only' | 'optional' | 'required';
    /** Extensions and id for `required` (FHIR JSON primitive extension, see Appointment.participant.required). */
    _required?: Element;
    /**
     * accepted | declined | tentative | needs-action
     *
     * Participation status of the actor.
     *
     * - Cardinality 1..1
     * - FHIR path `Appointment.participant.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/participationstatus (4 codes: accepted, declined, tentative, needs-action)
     */
    status: 'accepted' | 'declined' | 'needs-action' | 'tentative';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Appointment.participant.status). */
    _status?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkGPConnectAppointment1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGPConnectAppointment1Identifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGPConnectAppointment1Reason(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGPConnectAppointment1Participant(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGPConnectAppointment1ReasonCoding(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against GPConnect-Appointment-1 (https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1 version 1.6.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateGPConnectAppointment1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateGPConnectAppointment1} with the same options reports no error or fatal issue: GPConnect-Appointment-1 (https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1 version 1.6.0). */
export declare function isGPConnectAppointment1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is GPConnectAppointment1;
/** Input of {@link buildGPConnectAppointment1}: a {@link GPConnectAppointment1} without what the builder fills in. */
export type GPConnectAppointment1Input = BuilderInput<GPConnectAppointment1, 'resourceType', {
    meta?: ProfiledMetaInput<GPConnectAppointment1['meta']>;
    reason?: [GPConnectAppointment1ReasonInput];
}>;
/** Input of {@link GPConnectAppointment1Reason} (`Appointment.reason`): what the builder fills may be left out. */
export type GPConnectAppointment1ReasonInput = BuilderInput<GPConnectAppointment1Reason, never, {
    coding?: GPConnectAppointment1ReasonCodingInput[];
}>;
/** Input of {@link GPConnectAppointment1ReasonCoding} (`Appointment.reason.coding`): what the builder fills may be left out. */
export type GPConnectAppointment1ReasonCodingInput = BuilderInput<GPConnectAppointment1ReasonCoding, 'system'>;
/**
 * Builds a {@link GPConnectAppointment1} (GPConnect-Appointment-1, https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Appointment"
 * - `meta.profile`: adds https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1
 * - fixed parts inside `reason` (see its input type)
 *
 * The result is checked with {@link validateGPConnectAppointment1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildGPConnectAppointment1(input: GPConnectAppointment1Input): GPConnectAppointment1;
