import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * sourceReference
 *
 * This text is intended to act as a citation to work done elsewhere that is not part of the current stewarding process where the referenced source is in some way a basis of the current value set definition.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface SourceReference {
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
     * - Fixed "http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.valueUri`
     * - Type uri
     */
    valueUri?: string;
    /** Extensions and id for `valueUri` (FHIR JSON primitive extension, see Extension.valueUri). */
    _valueUri?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkSourceReference(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against sourceReference (http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateSourceReference(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateSourceReference} with the same options reports no error or fatal issue: sourceReference (http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference). */
export declare function isSourceReference(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is SourceReference;
/** Input of {@link buildSourceReference}: a {@link SourceReference} without what the builder fills in. */
export type SourceReferenceInput = BuilderInput<SourceReference, 'url'>;
/**
 * Builds a {@link SourceReference} (sourceReference, http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/codesystem-sourceReference"
 *
 * The result is checked with {@link validateSourceReference}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildSourceReference(input: SourceReferenceInput): SourceReference;
