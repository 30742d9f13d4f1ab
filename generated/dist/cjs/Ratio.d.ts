import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Quantity } from './Quantity.js';
/**
 * Ratio
 *
 * Base StructureDefinition for Ratio Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Ratio
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface Ratio {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Ratio.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Ratio.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Ratio.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Numerator value
     *
     * The value of the numerator.
     *
     * - Cardinality 0..1
     * - FHIR path `Ratio.numerator`
     * - Type Quantity
     */
    numerator?: Quantity;
    /**
     * Denominator value
     *
     * The value of the denominator.
     *
     * - Cardinality 0..1
     * - FHIR path `Ratio.denominator`
     * - Type Quantity
     */
    denominator?: Quantity;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkRatio(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Ratio (http://hl7.org/fhir/StructureDefinition/Ratio).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateRatio(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateRatio} with the same options reports no error or fatal issue: Ratio (http://hl7.org/fhir/StructureDefinition/Ratio). */
export declare function isRatio(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Ratio;
