import type { Element } from './Element.js';
import { type Meta } from './Meta.js';
import { type Reference } from './Reference.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Binary
 *
 * Base StructureDefinition for Binary Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Binary
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Binary {
    /** The FHIR resource type. */
    resourceType: 'Binary';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Binary.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Binary.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Binary.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Binary.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Binary.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Binary.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Binary.language). */
    _language?: Element;
    /**
     * MimeType of the binary content
     *
     * MimeType of the binary content represented as a standard MimeType (BCP 13).
     *
     * - Cardinality 1..1
     * - FHIR path `Binary.contentType`
     * - Type code
     * - Binding required to http://www.rfc-editor.org/bcp/bcp13.txt (codes not enumerable here: http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet)
     */
    contentType: string;
    /** Extensions and id for `contentType` (FHIR JSON primitive extension, see Binary.contentType). */
    _contentType?: Element;
    /**
     * Access Control Management
     *
     * Treat this binary as if it was this other resource for access control purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `Binary.securityContext`
     * - Type Reference
     */
    securityContext?: Reference;
    /**
     * The actual content
     *
     * The actual content, base64 encoded.
     *
     * - Cardinality 1..1
     * - FHIR path `Binary.content`
     * - Type base64Binary
     */
    content: string;
    /** Extensions and id for `content` (FHIR JSON primitive extension, see Binary.content). */
    _content?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkBinary(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Binary (http://hl7.org/fhir/StructureDefinition/Binary).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateBinary(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateBinary} with the same options reports no error or fatal issue: Binary (http://hl7.org/fhir/StructureDefinition/Binary). */
export declare function isBinary(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Binary;
/** Input of {@link buildBinary}: a {@link Binary} without what the builder fills in. */
export type BinaryInput = BuilderInput<Binary, 'resourceType'>;
/**
 * Builds a {@link Binary} (Binary, http://hl7.org/fhir/StructureDefinition/Binary).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Binary"
 *
 * The result is checked with {@link validateBinary}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildBinary(input: BinaryInput): Binary;
