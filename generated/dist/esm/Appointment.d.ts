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
 * Appointment
 *
 * Base StructureDefinition for Appointment Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Appointment
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Appointment {
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
    extension?: Extension[];
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
    identifier?: Identifier[];
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
     * - Cardinality 0..*
     * - FHIR path `Appointment.specialty`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/c80-practice-codes (115 codes: 408467006, 394577000, 394578005, 421661004, 408462000, 394579002, 394804000, 394580004, 394803006, 408480009, 408454008, 394809005, ...)
     */
    specialty?: CodeableConcept[];
    /**
     * The style of appointment or patient that has been booked in the slot (not service type)
     *
     * The style of appointment or patient that has been booked in the slot (not service type).
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.appointmentType`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/v2-0276 (5 codes: CHECKUP, EMERGENCY, FOLLOWUP, ROUTINE, WALKIN)
     */
    appointmentType?: CodeableConcept;
    /**
     * Reason this appointment is scheduled
     *
     * The reason that this appointment is being scheduled. This is more clinical than administrative.
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.reason`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/encounter-reason (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
     */
    reason?: CodeableConcept[];
    /**
     * Reason the appointment is to takes place (resource)
     *
     * Reason the appointment has been scheduled to take place, as specified using information from another resource. When the patient arrives and the encounter begins it may be used as the admission diagnosis. The indication will typically be a Condition (with other resources referenced in the evidence.detail), or a Procedure.
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.indication`
     * - Type Reference
     */
    indication?: Reference<'Condition' | 'Procedure'>[];
    /**
     * Used to make informed decisions if needing to re-prioritize
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
     * - Cardinality 0..1
     * - FHIR path `Appointment.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see Appointment.description). */
    _description?: Element;
    /**
     * Additional information to support the appointment
     *
     * Additional information to support the appointment provided when making the appointment.
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.supportingInformation`
     * - Type Reference
     */
    supportingInformation?: Reference[];
    /**
     * When appointment is to take place
     *
     * Date/Time that the appointment is to take place.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.start`
     * - Type instant
     */
    start?: string;
    /** Extensions and id for `start` (FHIR JSON primitive extension, see Appointment.start). */
    _start?: Element;
    /**
     * When appointment is to conclude
     *
     * Date/Time that the appointment is to conclude.
     *
     * - Cardinality 0..1
     * - FHIR path `Appointment.end`
     * - Type instant
     */
    end?: string;
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
     * - Cardinality 0..*
     * - FHIR path `Appointment.slot`
     * - Type Reference
     */
    slot?: Reference<'Slot'>[];
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
     * Additional comments
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
     * The ReferralRequest provided as information to allocate to the Encounter
     *
     * The referral request this appointment is allocated to assess (incoming referral).
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.incomingReferral`
     * - Type Reference
     */
    incomingReferral?: Reference<'ReferralRequest'>[];
    /**
     * Participants involved in appointment
     *
     * List of participants involved in the appointment.
     *
     * - Cardinality 1..*
     * - FHIR path `Appointment.participant`
     * - Type BackboneElement
     */
    participant: [AppointmentParticipant, ...AppointmentParticipant[]];
    /**
     * Potential date/time interval(s) requested to allocate the appointment within
     *
     * A set of date ranges (potentially including times) that the appointment is preferred to be scheduled within. When using these values, the minutes duration should be provided to indicate the length of the appointment to fill and populate the start/end times for the actual allocated time.
     *
     * - Cardinality 0..*
     * - FHIR path `Appointment.requestedPeriod`
     * - Type Period
     */
    requestedPeriod?: Period[];
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
export interface AppointmentParticipant {
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
     * - Cardinality 0..1
     * - FHIR path `Appointment.participant.actor`
     * - Type Reference
     */
    actor?: Reference<'Device' | 'HealthcareService' | 'Location' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
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
export declare function checkAppointment(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkAppointmentParticipant(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Appointment (http://hl7.org/fhir/StructureDefinition/Appointment).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateAppointment(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateAppointment} with the same options reports no error or fatal issue: Appointment (http://hl7.org/fhir/StructureDefinition/Appointment). */
export declare function isAppointment(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Appointment;
/** Input of {@link buildAppointment}: a {@link Appointment} without what the builder fills in. */
export type AppointmentInput = BuilderInput<Appointment, 'resourceType'>;
/**
 * Builds a {@link Appointment} (Appointment, http://hl7.org/fhir/StructureDefinition/Appointment).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Appointment"
 *
 * The result is checked with {@link validateAppointment}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildAppointment(input: AppointmentInput): Appointment;
