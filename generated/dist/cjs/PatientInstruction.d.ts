import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
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
        PatientInstructionExtensionLang | PatientInstructionExtensionContent | Extension,
        ...(PatientInstructionExtensionLang | PatientInstructionExtensionContent | Extension)[]
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
export interface PatientInstructionExtensionLang {
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
export interface PatientInstructionExtensionContent {
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
