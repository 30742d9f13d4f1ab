import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
/**
 * Period
 *
 * Base StructureDefinition for Period Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Period
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface Period {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Period.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Period.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Period.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Starting time with inclusive boundary
     *
     * The start of the period. The boundary is inclusive.
     *
     * - Cardinality 0..1
     * - FHIR path `Period.start`
     * - Type dateTime
     */
    start?: string;
    /** Extensions and id for `start` (FHIR JSON primitive extension, see Period.start). */
    _start?: Element;
    /**
     * End time with inclusive boundary, if not ongoing
     *
     * The end of the period. If the end of the period is missing, it means that the period is ongoing. The start may be in the past, and the end date in the future, which means that period is expected/planned to end at that time.
     *
     * - Cardinality 0..1
     * - FHIR path `Period.end`
     * - Type dateTime
     */
    end?: string;
    /** Extensions and id for `end` (FHIR JSON primitive extension, see Period.end). */
    _end?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkPeriod(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Period (http://hl7.org/fhir/StructureDefinition/Period).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validatePeriod(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validatePeriod} with the same options reports no error or fatal issue: Period (http://hl7.org/fhir/StructureDefinition/Period). */
export declare function isPeriod(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Period;
