import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type ExtensionGPConnectDeliveryChannel2 } from './ExtensionGPConnectDeliveryChannel2.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * GPConnect-Slot-1
 *
 * The Slot resource provides time-slots on a schedule that may be available to book for an appointment.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Slot-1 (version 1.5.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Slot
 */
export interface GPConnectSlot1 {
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
    extension?: (ExtensionGPConnectDeliveryChannel2 | Extension)[];
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
    identifier?: GPConnectSlot1Identifier[];
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
     * - Cardinality 0..1
     * - FHIR path `Slot.specialty`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/c80-practice-codes (115 codes: 408467006, 394577000, 394578005, 421661004, 408462000, 394579002, 394804000, 394580004, 394803006, 408480009, 408454008, 394809005, ...)
     */
    specialty?: [CodeableConcept];
    /**
     * The schedule resource that this slot defines an interval of status information
     *
     * The schedule resource that this slot defines an interval of status information.
     *
     * - Cardinality 1..1
     * - FHIR path `Slot.schedule`
     * - Type Reference
     */
    schedule: GPConnectSlot1Schedule;
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
/**
 * External Ids for this item
 *
 * External Ids for this item.
 *
 * - Cardinality 0..*
 * - FHIR path `Slot.identifier`
 * - Type Identifier
 */
export interface GPConnectSlot1Identifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Slot.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Slot.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Slot.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 1..1
     * - FHIR path `Slot.identifier.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Slot.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Slot.identifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Slot.identifier.value). */
    _value?: Element;
}
/**
 * The schedule resource that this slot defines an interval of status information
 *
 * The schedule resource that this slot defines an interval of status information.
 *
 * - Cardinality 1..1
 * - FHIR path `Slot.schedule`
 * - Type Reference
 */
export interface GPConnectSlot1Schedule {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Slot.schedule.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Slot.schedule.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Slot.schedule.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Literal reference, Relative, internal or absolute URL
     *
     * A reference to a location at which the other resource is found. The reference may be a relative reference, in which case it is relative to the service base URL, or an absolute URL that resolves to the location where the resource is found. The reference may be version specific or not. If the reference is not to a FHIR RESTful server, then it should be assumed to be version specific. Internal fragment references (start with '#') refer to contained resources.
     *
     * - Cardinality 1..1
     * - FHIR path `Slot.schedule.reference`
     * - Type string
     */
    reference: string;
    /** Extensions and id for `reference` (FHIR JSON primitive extension, see Slot.schedule.reference). */
    _reference?: Element;
    /**
     * Logical reference, when literal reference is not known
     *
     * An identifier for the other resource. This is used when there is no way to reference the other resource directly, either because the entity is not available through a FHIR server, or because there is no way for the author of the resource to convert a known identifier to an actual location. There is no requirement that a Reference.identifier point to something that is actually exposed as a FHIR instance, but it SHALL point to a business concept that would be expected to be exposed as a FHIR instance, and that instance would need to be of a FHIR resource type allowed by the reference.
     *
     * - Cardinality 0..1
     * - FHIR path `Slot.schedule.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Text alternative for the resource
     *
     * Plain text narrative that identifies the resource in addition to the resource reference.
     *
     * - Cardinality 0..1
     * - FHIR path `Slot.schedule.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Slot.schedule.display). */
    _display?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkGPConnectSlot1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGPConnectSlot1Identifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGPConnectSlot1Schedule(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against GPConnect-Slot-1 (https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Slot-1 version 1.5.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateGPConnectSlot1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateGPConnectSlot1} with the same options reports no error or fatal issue: GPConnect-Slot-1 (https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Slot-1 version 1.5.0). */
export declare function isGPConnectSlot1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is GPConnectSlot1;
/** Input of {@link buildGPConnectSlot1}: a {@link GPConnectSlot1} without what the builder fills in. */
export type GPConnectSlot1Input = BuilderInput<GPConnectSlot1, 'resourceType', {
    meta?: ProfiledMetaInput<GPConnectSlot1['meta']>;
}>;
/**
 * Builds a {@link GPConnectSlot1} (GPConnect-Slot-1, https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Slot-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Slot"
 * - `meta.profile`: adds https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Slot-1
 *
 * The result is checked with {@link validateGPConnectSlot1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildGPConnectSlot1(input: GPConnectSlot1Input): GPConnectSlot1;
