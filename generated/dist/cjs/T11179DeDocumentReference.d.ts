import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Reference } from './Reference.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * document-reference
 *
 * Identifies a document that conveys some sort of information related to the data element.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/11179-de-document-reference
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface T11179DeDocumentReference {
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
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/11179-de-document-reference"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/11179-de-document-reference';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.valueReference`
     * - Type Reference
     */
    valueReference?: Reference<'DocumentReference'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkT11179DeDocumentReference(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against document-reference (http://hl7.org/fhir/StructureDefinition/11179-de-document-reference).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateT11179DeDocumentReference(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateT11179DeDocumentReference} with the same options reports no error or fatal issue: document-reference (http://hl7.org/fhir/StructureDefinition/11179-de-document-reference). */
export declare function isT11179DeDocumentReference(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is T11179DeDocumentReference;
/** Input of {@link buildT11179DeDocumentReference}: a {@link T11179DeDocumentReference} without what the builder fills in. */
export type T11179DeDocumentReferenceInput = BuilderInput<T11179DeDocumentReference, 'url'>;
/**
 * Builds a {@link T11179DeDocumentReference} (document-reference, http://hl7.org/fhir/StructureDefinition/11179-de-document-reference).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/11179-de-document-reference"
 *
 * The result is checked with {@link validateT11179DeDocumentReference}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildT11179DeDocumentReference(input: T11179DeDocumentReferenceInput): T11179DeDocumentReference;
