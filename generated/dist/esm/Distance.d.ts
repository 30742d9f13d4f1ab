import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
/**
 * Distance
 *
 * Base StructureDefinition for Distance Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Distance
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface Distance {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Distance.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Distance.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Distance.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Numerical value (with implicit precision)
     *
     * The value of the measured amount. The value includes an implicit precision in the presentation of the value.
     *
     * - Cardinality 0..1
     * - FHIR path `Distance.value`
     * - Type decimal
     */
    value?: number;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Distance.value). */
    _value?: Element;
    /**
     * < | <= | >= | > - how to understand the value
     *
     * How the value should be understood and represented - whether the actual value is greater or less than the stated value due to measurement issues; e.g. if the comparator is "<" , then the real value is < stated value.
     *
     * - Cardinality 0..1
     * - FHIR path `Distance.comparator`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/quantity-comparator (4 codes: <, <=, >=, >)
     */
    comparator?: '<' | '<=' | '>' | '>=';
    /** Extensions and id for `comparator` (FHIR JSON primitive extension, see Distance.comparator). */
    _comparator?: Element;
    /**
     * Unit representation
     *
     * A human-readable form of the unit.
     *
     * - Cardinality 0..1
     * - FHIR path `Distance.unit`
     * - Type string
     */
    unit?: string;
    /** Extensions and id for `unit` (FHIR JSON primitive extension, see Distance.unit). */
    _unit?: Element;
    /**
     * System that defines coded unit form
     *
     * The identification of the system that provides the coded form of the unit.
     *
     * - Cardinality 0..1
     * - FHIR path `Distance.system`
     * - Type uri
     */
    system?: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Distance.system). */
    _system?: Element;
    /**
     * Coded form of the unit
     *
     * A computer processable form of the unit in some unit representation system.
     *
     * - Cardinality 0..1
     * - FHIR path `Distance.code`
     * - Type code
     */
    code?: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Distance.code). */
    _code?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDistance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Distance (http://hl7.org/fhir/StructureDefinition/Distance).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDistance(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDistance} with the same options reports no error or fatal issue: Distance (http://hl7.org/fhir/StructureDefinition/Distance). */
export declare function isDistance(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Distance;
