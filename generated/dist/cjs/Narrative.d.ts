import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
/**
 * Narrative
 *
 * Base StructureDefinition for Narrative Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Narrative
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface Narrative {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Narrative.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Narrative.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Narrative.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * generated | extensions | additional | empty
     *
     * The status of the narrative - whether it's entirely generated (from just the defined data or the extensions too), or whether a human authored it and it may contain additional data.
     *
     * - Cardinality 1..1
     * - FHIR path `Narrative.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/narrative-status (4 codes: generated, extensions, additional, empty)
     */
    status: 'additional' | 'empty' | 'extensions' | 'generated';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Narrative.status). */
    _status?: Element;
    /**
     * Limited xhtml content
     *
     * The actual narrative content, a stripped down version of XHTML.
     *
     * - Cardinality 1..1
     * - FHIR path `Narrative.div`
     * - Type xhtml
     */
    div: string;
    /** Extensions and id for `div` (FHIR JSON primitive extension, see Narrative.div). */
    _div?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkNarrative(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Narrative (http://hl7.org/fhir/StructureDefinition/Narrative).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateNarrative(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateNarrative} with the same options reports no error or fatal issue: Narrative (http://hl7.org/fhir/StructureDefinition/Narrative). */
export declare function isNarrative(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Narrative;
