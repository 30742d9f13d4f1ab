import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
/**
 * CodeableConcept
 *
 * Base StructureDefinition for CodeableConcept Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/CodeableConcept
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface CodeableConcept<C extends string = string> {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeableConcept.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CodeableConcept.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeableConcept.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeableConcept.coding`
     * - Type Coding
     */
    coding?: Coding<C>[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeableConcept.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see CodeableConcept.text). */
    _text?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCodeableConcept(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CodeableConcept (http://hl7.org/fhir/StructureDefinition/CodeableConcept).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCodeableConcept(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCodeableConcept} with the same options reports no error or fatal issue: CodeableConcept (http://hl7.org/fhir/StructureDefinition/CodeableConcept). */
export declare function isCodeableConcept(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CodeableConcept;
