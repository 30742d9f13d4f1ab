import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Reference } from './Reference.js';
/**
 * Annotation
 *
 * Base StructureDefinition for Annotation Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Annotation
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface Annotation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Annotation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Annotation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Annotation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `Annotation.author[x]`
     * - Type Reference | string
     */
    authorReference?: Reference<'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `Annotation.author[x]`
     * - Type Reference | string
     */
    authorString?: string;
    /** Extensions and id for `authorString` (FHIR JSON primitive extension, see Annotation.author[x]). */
    _authorString?: Element;
    /**
     * When the annotation was made
     *
     * Indicates when this particular annotation was made.
     *
     * - Cardinality 0..1
     * - FHIR path `Annotation.time`
     * - Type dateTime
     */
    time?: string;
    /** Extensions and id for `time` (FHIR JSON primitive extension, see Annotation.time). */
    _time?: Element;
    /**
     * The annotation  - text content
     *
     * The text of the annotation.
     *
     * - Cardinality 1..1
     * - FHIR path `Annotation.text`
     * - Type string
     */
    text: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Annotation.text). */
    _text?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkAnnotation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Annotation (http://hl7.org/fhir/StructureDefinition/Annotation).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateAnnotation(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateAnnotation} with the same options reports no error or fatal issue: Annotation (http://hl7.org/fhir/StructureDefinition/Annotation). */
export declare function isAnnotation(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Annotation;
