import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Translation
 *
 * Language translation from base language of resource to another language.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/translation
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface Translation {
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
        TranslationLang | TranslationContent | Extension,
        ...(TranslationLang | TranslationContent | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/translation"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/translation';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Code for Language
 *
 * Code for Language.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:lang`
 * - Type Extension
 */
export interface TranslationLang {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:lang.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:lang.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:lang.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:lang.url`
     * - Type uri
     * - Fixed "lang"
     */
    url: 'lang';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:lang.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:lang.valueCode`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see Extension.extension:lang.valueCode). */
    _valueCode?: Element;
}
/**
 * Content in other Language
 *
 * Content in other Language.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:content`
 * - Type Extension
 */
export interface TranslationContent {
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
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:content.value[x]`
     * - Type string | markdown
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:content.value[x]). */
    _valueString?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:content.value[x]`
     * - Type string | markdown
     */
    valueMarkdown?: string;
    /** Extensions and id for `valueMarkdown` (FHIR JSON primitive extension, see Extension.extension:content.value[x]). */
    _valueMarkdown?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkTranslation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTranslationLang(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTranslationContent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Translation (http://hl7.org/fhir/StructureDefinition/translation).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateTranslation(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateTranslation} with the same options reports no error or fatal issue: Translation (http://hl7.org/fhir/StructureDefinition/translation). */
export declare function isTranslation(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Translation;
/** Input of {@link buildTranslation}: a {@link Translation} without what the builder fills in. */
export type TranslationInput = BuilderInput<Translation, 'url', {
    extension: [TranslationLangInput, TranslationContentInput, ...(TranslationLang | TranslationContent | Extension)[]];
}>;
/** Input of {@link TranslationContent} (`Extension.extension:content`): what the builder fills may be left out. */
export type TranslationContentInput = BuilderInput<TranslationContent, 'url'>;
/** Input of {@link TranslationLang} (`Extension.extension:lang`): what the builder fills may be left out. */
export type TranslationLangInput = BuilderInput<TranslationLang, 'url'>;
/**
 * Builds a {@link Translation} (Translation, http://hl7.org/fhir/StructureDefinition/translation).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/translation"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:lang`, `Extension.extension:content`
 *
 * The result is checked with {@link validateTranslation}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildTranslation(input: TranslationInput): Translation;
/**
 * Makes a `Extension.extension:lang` item (slice `lang`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "lang"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildTranslationLang(input: TranslationLangInput): TranslationLang;
/**
 * Makes a `Extension.extension:content` item (slice `content`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "content"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildTranslationContent(input: TranslationContentInput): TranslationContent;
