import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
/**
 * Duration
 *
 * Base StructureDefinition for Duration Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Duration
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface Duration {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Duration.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Duration.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Duration.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Numerical value (with implicit precision)
     *
     * The value of the measured amount. The value includes an implicit precision in the presentation of the value.
     *
     * - Cardinality 0..1
     * - FHIR path `Duration.value`
     * - Type decimal
     */
    value?: number;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Duration.value). */
    _value?: Element;
    /**
     * < | <= | >= | > - how to understand the value
     *
     * How the value should be understood and represented - whether the actual value is greater or less than the stated value due to measurement issues; e.g. if the comparator is "<" , then the real value is < stated value.
     *
     * - Cardinality 0..1
     * - FHIR path `Duration.comparator`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/quantity-comparator (4 codes: <, <=, >=, >)
     */
    comparator?: '<' | '<=' | '>' | '>=';
    /** Extensions and id for `comparator` (FHIR JSON primitive extension, see Duration.comparator). */
    _comparator?: Element;
    /**
     * Unit representation
     *
     * A human-readable form of the unit.
     *
     * - Cardinality 0..1
     * - FHIR path `Duration.unit`
     * - Type string
     */
    unit?: string;
    /** Extensions and id for `unit` (FHIR JSON primitive extension, see Duration.unit). */
    _unit?: Element;
    /**
     * System that defines coded unit form
     *
     * The identification of the system that provides the coded form of the unit.
     *
     * - Cardinality 0..1
     * - FHIR path `Duration.system`
     * - Type uri
     */
    system?: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Duration.system). */
    _system?: Element;
    /**
     * Coded form of the unit
     *
     * A computer processable form of the unit in some unit representation system.
     *
     * - Cardinality 0..1
     * - FHIR path `Duration.code`
     * - Type code
     */
    code?: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Duration.code). */
    _code?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDuration(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Duration (http://hl7.org/fhir/StructureDefinition/Duration).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDuration(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDuration} with the same options reports no error or fatal issue: Duration (http://hl7.org/fhir/StructureDefinition/Duration). */
export declare function isDuration(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Duration;
