import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * glstring
 *
 * glstring.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface Glstring {
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
    extension?: (GlstringUrl | GlstringText | Extension)[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * glstring.url
 *
 * glstring using a URI reference.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:url`
 * - Type Extension
 */
export interface GlstringUrl {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:url.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:url.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:url.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:url.url`
     * - Type uri
     * - Fixed "url"
     */
    url: 'url';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:url.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:url.valueUri`
     * - Type uri
     */
    valueUri?: string;
    /** Extensions and id for `valueUri` (FHIR JSON primitive extension, see Extension.extension:url.valueUri). */
    _valueUri?: Element;
}
/**
 * glstring.text
 *
 * glstring using inline data.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:text`
 * - Type Extension
 */
export interface GlstringText {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:text.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:text.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:text.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:text.url`
     * - Type uri
     * - Fixed "text"
     */
    url: 'text';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:text.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:text.valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:text.valueString). */
    _valueString?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkGlstring(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGlstringUrl(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGlstringText(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against glstring (http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateGlstring(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateGlstring} with the same options reports no error or fatal issue: glstring (http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring). */
export declare function isGlstring(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Glstring;
/** Input of {@link buildGlstring}: a {@link Glstring} without what the builder fills in. */
export type GlstringInput = BuilderInput<Glstring, 'url'>;
/** Input of {@link GlstringText} (`Extension.extension:text`): what the builder fills may be left out. */
export type GlstringTextInput = BuilderInput<GlstringText, 'url'>;
/** Input of {@link GlstringUrl} (`Extension.extension:url`): what the builder fills may be left out. */
export type GlstringUrlInput = BuilderInput<GlstringUrl, 'url'>;
/**
 * Builds a {@link Glstring} (glstring, http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring"
 *
 * The result is checked with {@link validateGlstring}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildGlstring(input: GlstringInput): Glstring;
/**
 * Makes a `Extension.extension:url` item (slice `url`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "url"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildGlstringUrl(input: GlstringUrlInput): GlstringUrl;
/**
 * Makes a `Extension.extension:text` item (slice `text`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "text"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildGlstringText(input: GlstringTextInput): GlstringText;
