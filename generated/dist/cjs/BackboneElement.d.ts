import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
/**
 * BackboneElement
 *
 * Base StructureDefinition for BackboneElement Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/BackboneElement
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface BackboneElement {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `BackboneElement.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see BackboneElement.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `BackboneElement.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `BackboneElement.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkBackboneElement(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against BackboneElement (http://hl7.org/fhir/StructureDefinition/BackboneElement).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateBackboneElement(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateBackboneElement} with the same options reports no error or fatal issue: BackboneElement (http://hl7.org/fhir/StructureDefinition/BackboneElement). */
export declare function isBackboneElement(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is BackboneElement;
