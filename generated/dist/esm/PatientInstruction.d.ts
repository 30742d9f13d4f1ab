import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Directions
 *
 * Simple concise instructions to be read by the patient.  For example  “twice a day” rather than “BID.”.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface PatientInstruction {
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
        PatientInstructionLang | PatientInstructionContent | Extension,
        ...(PatientInstructionLang | PatientInstructionContent | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Language
 *
 * Code for Language.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:lang`
 * - Type Extension
 */
export interface PatientInstructionLang {
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
     * - Binding required to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    valueCode?: 'ar' | 'bn' | 'cs' | 'da' | 'de' | 'de-AT' | 'de-CH' | 'de-DE' | 'el' | 'en' | 'en-AU' | 'en-CA' | 'en-GB' | 'en-IN' | 'en-NZ' | 'en-SG' | 'en-US' | 'es' | 'es-AR' | 'es-ES' | 'es-UY' | 'fi' | 'fr' | 'fr-BE' | 'fr-CH' | 'fr-FR' | 'fy' | 'fy-NL' | 'hi' | 'hr' | 'it' | 'it-CH' | 'it-IT' | 'ja' | 'ko' | 'nl' | 'nl-BE' | 'nl-NL' | 'no' | 'no-NO' | 'pa' | 'pt' | 'pt-BR' | 'ru' | 'ru-RU' | 'sr' | 'sr-SP' | 'sv' | 'sv-SE' | 'te' | 'zh' | 'zh-CN' | 'zh-HK' | 'zh-SG' | 'zh-TW';
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see Extension.extension:lang.valueCode). */
    _valueCode?: Element;
}
/**
 * Text
 *
 * The actual text containing the instructions.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:content`
 * - Type Extension
 */
export interface PatientInstructionContent {
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
import * as vrt from './runtime/validate/index.js';
export declare function checkPatientInstruction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPatientInstructionLang(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPatientInstructionContent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Directions (http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validatePatientInstruction(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validatePatientInstruction} with the same options reports no error or fatal issue: Directions (http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction). */
export declare function isPatientInstruction(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is PatientInstruction;
/** Input of {@link buildPatientInstruction}: a {@link PatientInstruction} without what the builder fills in. */
export type PatientInstructionInput = BuilderInput<PatientInstruction, 'url', {
    extension: [
        PatientInstructionLangInput,
        PatientInstructionContentInput,
        ...(PatientInstructionLang | PatientInstructionContent | Extension)[]
    ];
}>;
/** Input of {@link PatientInstructionContent} (`Extension.extension:content`): what the builder fills may be left out. */
export type PatientInstructionContentInput = BuilderInput<PatientInstructionContent, 'url'>;
/** Input of {@link PatientInstructionLang} (`Extension.extension:lang`): what the builder fills may be left out. */
export type PatientInstructionLangInput = BuilderInput<PatientInstructionLang, 'url'>;
/**
 * Builds a {@link PatientInstruction} (Directions, http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/devicerequest-patientInstruction"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:lang`, `Extension.extension:content`
 *
 * The result is checked with {@link validatePatientInstruction}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildPatientInstruction(input: PatientInstructionInput): PatientInstruction;
/**
 * Makes a `Extension.extension:lang` item (slice `lang`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "lang"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildPatientInstructionLang(input: PatientInstructionLangInput): PatientInstructionLang;
/**
 * Makes a `Extension.extension:content` item (slice `content`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "content"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildPatientInstructionContent(input: PatientInstructionContentInput): PatientInstructionContent;
