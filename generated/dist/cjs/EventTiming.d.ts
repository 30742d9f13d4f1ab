import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Quantity } from './Quantity.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Event Timing
 *
 * Regular life events the observation is tied to. This is useful for recording imprecise or "fuzzy" times when the observation occurred.  For example, a blood glucose measurement "after breakfast".  It is interpreted as relative to the `effectiveTime` element or the `issued` element if `effectiveTime` is absent.  For example the blood glucose measurement could be reported that same day ("today after breakfast") or some other day ("yesterday after breakfast").
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/observation-eventTiming
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface EventTiming {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension`
     * - Type Extension
     */
    extension?: (EventTimingCode | EventTimingOffset | Extension)[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/observation-eventTiming"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/observation-eventTiming';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Life events
 *
 * Real world event that coincides with the effective time of the observation.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:code`
 * - Type Extension
 */
export interface EventTimingCode {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:code.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:code.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:code.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:code.url`
     * - Type uri
     * - Fixed "code"
     */
    url: 'code';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:code.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:code.valueCodeableConcept`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/v3-TimingEvent (18 codes: AC, ACD, ACM, ACV, C, CD, CM, CV, HS, IC, ICD, ICM, ...)
     */
    valueCodeableConcept?: CodeableConcept;
}
/**
 * How close to event
 *
 * The duration of time before or after the event in `code`.  If the observation occurred *before* the event, a negative decimal is used.  (for example 30 minutes before = -30 m)  If the observation occurred *after* the event a positive decimal is used.(for example 2 hrs after = 2 h).
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:offset`
 * - Type Extension
 */
export interface EventTimingOffset {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:offset.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:offset.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:offset.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:offset.url`
     * - Type uri
     * - Fixed "offset"
     */
    url: 'offset';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:offset.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:offset.valueQuantity`
     * - Type Quantity
     * - Binding required to http://hl7.org/fhir/ValueSet/units-of-time (7 codes: s, min, h, d, wk, mo, a)
     */
    valueQuantity?: Quantity;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkEventTiming(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkEventTimingCode(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkEventTimingOffset(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Event Timing (http://hl7.org/fhir/StructureDefinition/observation-eventTiming).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateEventTiming(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateEventTiming} with the same options reports no error or fatal issue: Event Timing (http://hl7.org/fhir/StructureDefinition/observation-eventTiming). */
export declare function isEventTiming(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is EventTiming;
/** Input of {@link buildEventTiming}: a {@link EventTiming} without what the builder fills in. */
export type EventTimingInput = BuilderInput<EventTiming, 'url'>;
/** Input of {@link EventTimingCode} (`Extension.extension:code`): what the builder fills may be left out. */
export type EventTimingCodeInput = BuilderInput<EventTimingCode, 'url'>;
/** Input of {@link EventTimingOffset} (`Extension.extension:offset`): what the builder fills may be left out. */
export type EventTimingOffsetInput = BuilderInput<EventTimingOffset, 'url'>;
/**
 * Builds a {@link EventTiming} (Event Timing, http://hl7.org/fhir/StructureDefinition/observation-eventTiming).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/observation-eventTiming"
 *
 * The result is checked with {@link validateEventTiming}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildEventTiming(input: EventTimingInput): EventTiming;
/**
 * Makes a `Extension.extension:code` item (slice `code`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "code"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildEventTimingCode(input: EventTimingCodeInput): EventTimingCode;
/**
 * Makes a `Extension.extension:offset` item (slice `offset`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "offset"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildEventTimingOffset(input: EventTimingOffsetInput): EventTimingOffset;
