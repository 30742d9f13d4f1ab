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
 * Schedule
 *
 * Base StructureDefinition for Schedule Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Schedule
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Schedule {
    /** The FHIR resource type. */
    resourceType: 'Schedule';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Schedule.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Schedule.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Schedule.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Schedule.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Schedule.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Schedule.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Schedule.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Schedule.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Schedule.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Schedule.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Schedule.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External Ids for this item
     *
     * External Ids for this item.
     *
     * - Cardinality 0..*
     * - FHIR path `Schedule.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Whether this schedule is in active use
     *
     * Whether this schedule record is in active use, or should not be used (such as was entered in error).
     *
     * - Cardinality 0..1
     * - FHIR path `Schedule.active`
     * - Type boolean
     */
    active?: boolean;
    /** Extensions and id for `active` (FHIR JSON primitive extension, see Schedule.active). */
    _active?: Element;
    /**
     * A broad categorisation of the service that is to be performed during this appointment
     *
     * A broad categorisation of the service that is to be performed during this appointment.
     *
     * - Cardinality 0..1
     * - FHIR path `Schedule.serviceCategory`
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
     * - FHIR path `Schedule.serviceType`
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
     * - FHIR path `Schedule.specialty`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/c80-practice-codes (115 codes: 408467006, 394577000, 394578005, 421661004, 408462000, 394579002, 394804000, 394580004, 394803006, 408480009, 408454008, 394809005, ...)
     */
    specialty?: CodeableConcept[];
    /**
     * The resource this Schedule resource is providing availability information for. These are expected to usually be one of HealthcareService, Location, Practitioner, PractitionerRole, Device, Patient or RelatedPerson
     *
     * The resource this Schedule resource is providing availability information for. These are expected to usually be one of HealthcareService, Location, Practitioner, PractitionerRole, Device, Patient or RelatedPerson.
     *
     * - Cardinality 1..*
     * - FHIR path `Schedule.actor`
     * - Type Reference
     */
    actor: [
        Reference<'Device' | 'HealthcareService' | 'Location' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson'>,
        ...Reference<'Device' | 'HealthcareService' | 'Location' | 'Patient' | 'Practitioner' | 'PractitionerRole' | 'RelatedPerson'>[]
    ];
    /**
     * The period of time that the slots that are attached to this Schedule resource cover (even if none exist). These  cover the amount of time that an organization's planning horizon; the interval for which they are currently accepting appointments. This does not define a "template" for planning outside these dates
     *
     * The period of time that the slots that are attached to this Schedule resource cover (even if none exist). These  cover the amount of time that an organization's planning horizon; the interval for which they are currently accepting appointments. This does not define a "template" for planning outside these dates.
     *
     * - Cardinality 0..1
     * - FHIR path `Schedule.planningHorizon`
     * - Type Period
     */
    planningHorizon?: Period;
    /**
     * Comments on the availability to describe any extended information. Such as custom constraints on the slots that may be associated
     *
     * Comments on the availability to describe any extended information. Such as custom constraints on the slots that may be associated.
     *
     * - Cardinality 0..1
     * - FHIR path `Schedule.comment`
     * - Type string
     */
    comment?: string;
    /** Extensions and id for `comment` (FHIR JSON primitive extension, see Schedule.comment). */
    _comment?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkSchedule(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Schedule (http://hl7.org/fhir/StructureDefinition/Schedule).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateSchedule(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateSchedule} with the same options reports no error or fatal issue: Schedule (http://hl7.org/fhir/StructureDefinition/Schedule). */
export declare function isSchedule(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Schedule;
/** Input of {@link buildSchedule}: a {@link Schedule} without what the builder fills in. */
export type ScheduleInput = BuilderInput<Schedule, 'resourceType'>;
/**
 * Builds a {@link Schedule} (Schedule, http://hl7.org/fhir/StructureDefinition/Schedule).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Schedule"
 *
 * The result is checked with {@link validateSchedule}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildSchedule(input: ScheduleInput): Schedule;
