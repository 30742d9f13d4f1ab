import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * comment
 *
 * Each comment is a time-stamped entry of arbitrary length that is not editable except by anyone in the author group.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/valueset-comment
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface ValuesetComment {
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
    extension: [
        ValuesetCommentContent | ValuesetCommentTimestamp | Extension,
        ...(ValuesetCommentContent | ValuesetCommentTimestamp | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/valueset-comment"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/valueset-comment';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Remarks or other text
 *
 * Comments created about the value set.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:content`
 * - Type Extension
 */
export interface ValuesetCommentContent {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:content.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:content.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:content.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:content.url`
     * - Type uri
     * - Fixed "content"
     */
    url: 'content';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:content.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:content.valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:content.valueString). */
    _valueString?: Element;
}
/**
 * When the comment was created
 *
 * Time the comment was recorded.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:timestamp`
 * - Type Extension
 */
export interface ValuesetCommentTimestamp {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:timestamp.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:timestamp.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:timestamp.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:timestamp.url`
     * - Type uri
     * - Fixed "timestamp"
     */
    url: 'timestamp';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:timestamp.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:timestamp.valueInstant`
     * - Type instant
     */
    valueInstant?: string;
    /** Extensions and id for `valueInstant` (FHIR JSON primitive extension, see Extension.extension:timestamp.valueInstant). */
    _valueInstant?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkValuesetComment(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValuesetCommentContent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValuesetCommentTimestamp(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against comment (http://hl7.org/fhir/StructureDefinition/valueset-comment).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateValuesetComment(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateValuesetComment} with the same options reports no error or fatal issue: comment (http://hl7.org/fhir/StructureDefinition/valueset-comment). */
export declare function isValuesetComment(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ValuesetComment;
/** Input of {@link buildValuesetComment}: a {@link ValuesetComment} without what the builder fills in. */
export type ValuesetCommentInput = BuilderInput<ValuesetComment, 'url', {
    extension: [
        ValuesetCommentContentInput,
        ValuesetCommentTimestampInput,
        ...(ValuesetCommentContent | ValuesetCommentTimestamp | Extension)[]
    ];
}>;
/** Input of {@link ValuesetCommentContent} (`Extension.extension:content`): what the builder fills may be left out. */
export type ValuesetCommentContentInput = BuilderInput<ValuesetCommentContent, 'url'>;
/** Input of {@link ValuesetCommentTimestamp} (`Extension.extension:timestamp`): what the builder fills may be left out. */
export type ValuesetCommentTimestampInput = BuilderInput<ValuesetCommentTimestamp, 'url'>;
/**
 * Builds a {@link ValuesetComment} (comment, http://hl7.org/fhir/StructureDefinition/valueset-comment).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/valueset-comment"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:content`, `Extension.extension:timestamp`
 *
 * The result is checked with {@link validateValuesetComment}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildValuesetComment(input: ValuesetCommentInput): ValuesetComment;
/**
 * Makes a `Extension.extension:content` item (slice `content`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "content"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildValuesetCommentContent(input: ValuesetCommentContentInput): ValuesetCommentContent;
/**
 * Makes a `Extension.extension:timestamp` item (slice `timestamp`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "timestamp"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildValuesetCommentTimestamp(input: ValuesetCommentTimestampInput): ValuesetCommentTimestamp;
