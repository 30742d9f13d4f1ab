import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Days of Cycle
 *
 * Days of a possibly repeating cycle on which the action is to be performed. The cycle is defined by the first action with a timing element that is a parent of the daysOfCycle.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface DaysOfCycle {
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
    extension: [DaysOfCycleDay | Extension, ...(DaysOfCycleDay | Extension)[]];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * What day to perform
 *
 * An integer that specifies a day on which the action is to be performed (starting at one).  In most cases, the first day of the first cycle will be day 1.
 *
 * - Cardinality 1..*
 * - FHIR path `Extension.extension:day`
 * - Type Extension
 */
export interface DaysOfCycleDay {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:day.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:day.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:day.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:day.url`
     * - Type uri
     * - Fixed "day"
     */
    url: 'day';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:day.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:day.valueInteger`
     * - Type integer
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see Extension.extension:day.valueInteger). */
    _valueInteger?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDaysOfCycle(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDaysOfCycleDay(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Days of Cycle (http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDaysOfCycle(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDaysOfCycle} with the same options reports no error or fatal issue: Days of Cycle (http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle). */
export declare function isDaysOfCycle(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is DaysOfCycle;
/** Input of {@link buildDaysOfCycle}: a {@link DaysOfCycle} without what the builder fills in. */
export type DaysOfCycleInput = BuilderInput<DaysOfCycle, 'url', {
    extension: [DaysOfCycleDayInput, ...(DaysOfCycleDay | Extension)[]];
}>;
/** Input of {@link DaysOfCycleDay} (`Extension.extension:day`): what the builder fills may be left out. */
export type DaysOfCycleDayInput = BuilderInput<DaysOfCycleDay, 'url'>;
/**
 * Builds a {@link DaysOfCycle} (Days of Cycle, http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/timing-daysOfCycle"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:day`
 *
 * The result is checked with {@link validateDaysOfCycle}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildDaysOfCycle(input: DaysOfCycleInput): DaysOfCycle;
/**
 * Makes a `Extension.extension:day` item (slice `day`, 1..*).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "day"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildDaysOfCycleDay(input: DaysOfCycleDayInput): DaysOfCycleDay;
