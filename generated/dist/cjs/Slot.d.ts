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
 * Slot
 *
 * Base StructureDefinition for Slot Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Slot
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Slot {
    /** The FHIR resource type. */
    resourceType: 'Slot';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Slot.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Slot.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Slot.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Slot.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Slot.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Slot.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Slot.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Slot.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Slot.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Slot.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Slot.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External Ids for this item
     *
     * External Ids for this item.
     *
     * - Cardinality 0..*
     * - FHIR path `Slot.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * A broad categorisation of the service that is to be performed during this appointment
     *
     * A broad categorisation of the service that is to be performed during this appointment.
     *
     * - Cardinality 0..1
     * - FHIR path `Slot.serviceCategory`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/service-category (codes not enumerable here: example binding: not checked)
     */
    serviceCategory?: CodeableConcept;
    /**
     * The type of appointments that can be booked into this slot (ideally this would be an identifiable service - which is at a location, rather than the location itself). If provided then this overrides the value provided on the availability resource
     *
     * The type of appointments that can be booked into this slot (ideally this would be an identifiable service - which is at a location, rather than the location itself). If provided then this overrides the value provided on the availability resource.
     *
     * - Cardinality 0..*
     * - FHIR path `Slot.serviceType`
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
     * - FHIR path `Slot.specialty`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/c80-practice-codes (115 codes: 408467006, 394577000, 394578005, 421661004, 408462000, 394579002, 394804000, 394580004, 394803006, 408480009, 408454008, 394809005, ...)
     */
    specialty?: CodeableConcept[];
    /**
     * The style of appointment or patient that may be booked in the slot (not service type)
     *
     * The style of appointment or patient that may be booked in the slot (not service type).
     *
     * - Cardinality 0..1
     * - FHIR path `Slot.appointmentType`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/v2-0276 (5 codes: CHECKUP, EMERGENCY, FOLLOWUP, ROUTINE, WALKIN)
     */
    appointmentType?: CodeableConcept;
    /**
     * The schedule resource that this slot defines an interval of status information
     *
     * The schedule resource that this slot defines an interval of status information.
     *
     * - Cardinality 1..1
     * - FHIR path `Slot.schedule`
     * - Type Reference
     */
    schedule: Reference<'Schedule'>;
    /**
     * busy | free | busy-unavailable | busy-tentative | entered-in-error
     *
     * busy | free | busy-unavailable | busy-tentative | entered-in-error.
     *
     * - Cardinality 1..1
     * - FHIR path `Slot.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/slotstatus (5 codes: busy, free, busy-unavailable, busy-tentative, entered-in-error)
     */
    status: 'busy' | 'busy-tentative' | 'busy-unavailable' | 'entered-in-error' | 'free';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Slot.status). */
    _status?: Element;
    /**
     * Date/Time that the slot is to begin
     *
     * Date/Time that the slot is to begin.
     *
     * - Cardinality 1..1
     * - FHIR path `Slot.start`
     * - Type instant
     */
    start: string;
    /** Extensions and id for `start` (FHIR JSON primitive extension, see Slot.start). */
    _start?: Element;
    /**
     * Date/Time that the slot is to conclude
     *
     * Date/Time that the slot is to conclude.
     *
     * - Cardinality 1..1
     * - FHIR path `Slot.end`
     * - Type instant
     */
    end: string;
    /** Extensions and id for `end` (FHIR JSON primitive extension, see Slot.end). */
    _end?: Element;
    /**
     * This slot has already been overbooked, appointments are unlikely to be accepted for this time
     *
     * This slot has already been overbooked, appointments are unlikely to be accepted for this time.
     *
     * - Cardinality 0..1
     * - FHIR path `Slot.overbooked`
     * - Type boolean
     */
    overbooked?: boolean;
    /** Extensions and id for `overbooked` (FHIR JSON primitive extension, see Slot.overbooked). */
    _overbooked?: Element;
    /**
     * Comments on the slot to describe any extended information. Such as custom constraints on the slot
     *
     * Comments on the slot to describe any extended information. Such as custom constraints on the slot.
     *
     * - Cardinality 0..1
     * - FHIR path `Slot.comment`
     * - Type string
     */
    comment?: string;
    /** Extensions and id for `comment` (FHIR JSON primitive extension, see Slot.comment). */
    _comment?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkSlot(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Slot (http://hl7.org/fhir/StructureDefinition/Slot).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateSlot(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateSlot} with the same options reports no error or fatal issue: Slot (http://hl7.org/fhir/StructureDefinition/Slot). */
export declare function isSlot(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Slot;
/** Input of {@link buildSlot}: a {@link Slot} without what the builder fills in. */
export type SlotInput = BuilderInput<Slot, 'resourceType'>;
/**
 * Builds a {@link Slot} (Slot, http://hl7.org/fhir/StructureDefinition/Slot).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Slot"
 *
 * The result is checked with {@link validateSlot}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildSlot(input: SlotInput): Slot;
