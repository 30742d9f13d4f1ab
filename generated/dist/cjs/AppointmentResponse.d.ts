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
 * AppointmentResponse
 *
 * Base StructureDefinition for AppointmentResponse Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/AppointmentResponse
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface AppointmentResponse {
    /** The FHIR resource type. */
    resourceType: 'AppointmentResponse';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `AppointmentResponse.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AppointmentResponse.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `AppointmentResponse.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `AppointmentResponse.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see AppointmentResponse.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `AppointmentResponse.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see AppointmentResponse.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `AppointmentResponse.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `AppointmentResponse.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AppointmentResponse.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `AppointmentResponse.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External Ids for this item
     *
     * This records identifiers associated with this appointment response concern that are defined by business processes and/ or used to refer to it when a direct URL reference to the resource itself is not appropriate.
     *
     * - Cardinality 0..*
     * - FHIR path `AppointmentResponse.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Appointment this response relates to
     *
     * Appointment that this response is replying to.
     *
     * - Cardinality 1..1
     * - FHIR path `AppointmentResponse.appointment`
     * - Type Reference
     */
    appointment: Reference<'Appointment'>;
    /**
     * Time from appointment, or requested new start time
     *
     * Date/Time that the appointment is to take place, or requested new start time.
     *
     * - Cardinality 0..1
     * - FHIR path `AppointmentResponse.start`
     * - Type instant
     */
    start?: string;
    /** Extensions and id for `start` (FHIR JSON primitive extension, see AppointmentResponse.start). */
    _start?: Element;
    /**
     * Time from appointment, or requested new end time
     *
     * This may be either the same as the appointment request to confirm the details of the appointment, or alternately a new time to request a re-negotiation of the end time.
     *
     * - Cardinality 0..1
     * - FHIR path `AppointmentResponse.end`
     * - Type instant
     */
    end?: string;
    /** Extensions and id for `end` (FHIR JSON primitive extension, see AppointmentResponse.end). */
    _end?: Element;
    /**
     * Role of participant in the appointment
     *
     * Role of participant in the appointment.
     *
     * - Cardinality 0..*
     * - FHIR path `AppointmentResponse.participantType`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/encounter-participant-type (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ParticipationType needs a terminology server)
     */
    participantType?: CodeableConcept[];
    /**
     * Person, Location/HealthcareService or Device
     *
     * A Person, Location/HealthcareService or Device that is participating in the appointment.
     *
     * - Cardinality 0..1
     * - FHIR path `AppointmentResponse.actor`
     * - Type Reference
     */
    actor?: Reference<'Device' | 'HealthcareService' | 'Location' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * accepted | declined | tentative | in-process | completed | needs-action | entered-in-error
     *
     * Participation status of the participant. When the status is declined or tentative if the start/end times are different to the appointment, then these times should be interpreted as a requested time change. When the status is accepted, the times can either be the time of the appointment (as a confirmation of the time) or can be empty.
     *
     * - Cardinality 1..1
     * - FHIR path `AppointmentResponse.participantStatus`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/participationstatus (4 codes: accepted, declined, tentative, needs-action)
     */
    participantStatus: 'accepted' | 'declined' | 'needs-action' | 'tentative';
    /** Extensions and id for `participantStatus` (FHIR JSON primitive extension, see AppointmentResponse.participantStatus). */
    _participantStatus?: Element;
    /**
     * Additional comments
     *
     * Additional comments about the appointment.
     *
     * - Cardinality 0..1
     * - FHIR path `AppointmentResponse.comment`
     * - Type string
     */
    comment?: string;
    /** Extensions and id for `comment` (FHIR JSON primitive extension, see AppointmentResponse.comment). */
    _comment?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkAppointmentResponse(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against AppointmentResponse (http://hl7.org/fhir/StructureDefinition/AppointmentResponse).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateAppointmentResponse(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateAppointmentResponse} with the same options reports no error or fatal issue: AppointmentResponse (http://hl7.org/fhir/StructureDefinition/AppointmentResponse). */
export declare function isAppointmentResponse(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is AppointmentResponse;
/** Input of {@link buildAppointmentResponse}: a {@link AppointmentResponse} without what the builder fills in. */
export type AppointmentResponseInput = BuilderInput<AppointmentResponse, 'resourceType'>;
/**
 * Builds a {@link AppointmentResponse} (AppointmentResponse, http://hl7.org/fhir/StructureDefinition/AppointmentResponse).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "AppointmentResponse"
 *
 * The result is checked with {@link validateAppointmentResponse}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildAppointmentResponse(input: AppointmentResponseInput): AppointmentResponse;
