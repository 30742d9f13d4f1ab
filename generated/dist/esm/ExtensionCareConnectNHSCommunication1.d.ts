import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Extension-CareConnect-NHSCommunication-1
 *
 * This extension is constrained to support the communication preferences for a resource in the NHS.
 *
 * - Canonical URL: https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir.careconnect-base#1.5.0
 * - Profile of Extension
 */
export interface ExtensionCareConnectNHSCommunication1 {
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
        (ExtensionCareConnectNHSCommunication1Language | ExtensionCareConnectNHSCommunication1Preferred | ExtensionCareConnectNHSCommunication1ModeOfCommunication | ExtensionCareConnectNHSCommunication1CommunicationProficiency | ExtensionCareConnectNHSCommunication1InterpreterRequired | Extension),
        ...(ExtensionCareConnectNHSCommunication1Language | ExtensionCareConnectNHSCommunication1Preferred | ExtensionCareConnectNHSCommunication1ModeOfCommunication | ExtensionCareConnectNHSCommunication1CommunicationProficiency | ExtensionCareConnectNHSCommunication1InterpreterRequired | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1"
     */
    url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Languages which may be used for communication
 *
 * Languages which may be used for communication.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:language`
 * - Type Extension
 */
export interface ExtensionCareConnectNHSCommunication1Language {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:language.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:language.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:language.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:language.url`
     * - Type uri
     * - Fixed "language"
     */
    url: 'language';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:language.url). */
    _url?: Element;
    /**
     * Languages which may be used for communication
     *
     * Languages which may be used for communication.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:language.valueCodeableConcept:valueCodeableConcept`
     * - Type CodeableConcept
     * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-HumanLanguage-1 (190 codes: q1, q2, q3, q4, q5, aa, ab, af, ak, sq, am, ar, ...)
     */
    valueCodeableConcept: CodeableConcept<'aa' | 'ab' | 'ae' | 'af' | 'ak' | 'am' | 'an' | 'ar' | 'as' | 'av' | 'ay' | 'az' | 'ba' | 'be' | 'bg' | 'bh' | 'bi' | 'bm' | 'bn' | 'bo' | 'br' | 'bs' | 'ca' | 'ce' | 'ch' | 'co' | 'cr' | 'cs' | 'cu' | 'cv' | 'cy' | 'da' | 'de' | 'dv' | 'dz' | 'ee' | 'el' | 'en' | 'eo' | 'es' | 'et' | 'eu' | 'fa' | 'ff' | 'fi' | 'fj' | 'fo' | 'fr' | 'fy' | 'ga' | 'gd' | 'gl' | 'gn' | 'gu' | 'gv' | 'ha' | 'he' | 'hi' | 'ho' | 'hr' | 'ht' | 'hu' | 'hy' | 'hz' | 'ia' | 'id' | 'ie' | 'ig' | 'ii' | 'ik' | 'io' | 'is' | 'it' | 'iu' | 'ja' | 'jv' | 'ka' | 'kg' | 'ki' | 'kj' | 'kk' | 'kl' | 'km' | 'kn' | 'ko' | 'kr' | 'ks' | 'ku' | 'kv' | 'kw' | 'ky' | 'la' | 'lb' | 'lg' | 'li' | 'ln' | 'lo' | 'lt' | 'lu' | 'lv' | 'mg' | 'mh' | 'mi' | 'mk' | 'ml' | 'mn' | 'mo' | 'mr' | 'ms' | 'mt' | 'my' | 'na' | 'nb' | 'nd' | 'ne' | 'ng' | 'nl' | 'nn' | 'no' | 'nr' | 'nv' | 'ny' | 'oc' | 'oj' | 'om' | 'or' | 'os' | 'pa' | 'pi' | 'pl' | 'ps' | 'pt' | 'q1' | 'q2' | 'q3' | 'q4' | 'q5' | 'qu' | 'rm' | 'rn' | 'ro' | 'ru' | 'rw' | 'sa' | 'sc' | 'sd' | 'se' | 'sg' | 'si' | 'sk' | 'sl' | 'sm' | 'sn' | 'so' | 'sq' | 'sr' | 'ss' | 'st' | 'su' | 'sv' | 'sw' | 'ta' | 'te' | 'tg' | 'th' | 'ti' | 'tk' | 'tl' | 'tn' | 'to' | 'tr' | 'ts' | 'tt' | 'tw' | 'ty' | 'ug' | 'uk' | 'ur' | 'uz' | 've' | 'vi' | 'vo' | 'wa' | 'wo' | 'xh' | 'yi' | 'yo' | 'za' | 'zh' | 'zu'>;
}
/**
 * Language preference indicator
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..*
 * - FHIR path `Extension.extension:preferred`
 * - Type Extension
 */
export interface ExtensionCareConnectNHSCommunication1Preferred {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:preferred.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:preferred.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:preferred.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:preferred.url`
     * - Type uri
     * - Fixed "preferred"
     */
    url: 'preferred';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:preferred.url). */
    _url?: Element;
    /**
     * Indicates whether or not this language is preferred (over other languages up a certain level)
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:preferred.valueBoolean`
     * - Type boolean
     */
    valueBoolean: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see Extension.extension:preferred.valueBoolean). */
    _valueBoolean?: Element;
}
/**
 * Mode of communication for the selected language
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..*
 * - FHIR path `Extension.extension:modeOfCommunication`
 * - Type Extension
 */
export interface ExtensionCareConnectNHSCommunication1ModeOfCommunication {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:modeOfCommunication.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:modeOfCommunication.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:modeOfCommunication.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:modeOfCommunication.url`
     * - Type uri
     * - Fixed "modeOfCommunication"
     */
    url: 'modeOfCommunication';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:modeOfCommunication.url). */
    _url?: Element;
    /**
     * A valueset to describe the mode the patient can communicate in, representing the method of expression of the language.
     *
     * A valueset to describe the mode the patient can communicate in, representing the method of expression of the language..
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:modeOfCommunication.valueCodeableConcept:valueCodeableConcept`
     * - Type CodeableConcept
     * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-LanguageAbilityMode-1 (6 codes: ESGN, ESP, EWR, RSGN, RSP, RWR)
     */
    valueCodeableConcept: CodeableConcept<'ESGN' | 'ESP' | 'EWR' | 'RSGN' | 'RSP' | 'RWR'>;
}
/**
 * The level of proficiency in communicating a language
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:communicationProficiency`
 * - Type Extension
 */
export interface ExtensionCareConnectNHSCommunication1CommunicationProficiency {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:communicationProficiency.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:communicationProficiency.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:communicationProficiency.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:communicationProficiency.url`
     * - Type uri
     * - Fixed "communicationProficiency"
     */
    url: 'communicationProficiency';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:communicationProficiency.url). */
    _url?: Element;
    /**
     * A valueset to describe the level of proficiency in communicating a language
     *
     * A valueset to describe the level of proficiency in communicating a language.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:communicationProficiency.valueCodeableConcept:valueCodeableConcept`
     * - Type CodeableConcept
     * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-LanguageAbilityProficiency-1 (4 codes: E, F, G, P)
     */
    valueCodeableConcept: CodeableConcept<'E' | 'F' | 'G' | 'P'>;
}
/**
 * Interpreter preference indicator
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:interpreterRequired`
 * - Type Extension
 */
export interface ExtensionCareConnectNHSCommunication1InterpreterRequired {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:interpreterRequired.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:interpreterRequired.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:interpreterRequired.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:interpreterRequired.url`
     * - Type uri
     * - Fixed "interpreterRequired"
     */
    url: 'interpreterRequired';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:interpreterRequired.url). */
    _url?: Element;
    /**
     * Indicates whether an interpreter is required for communication purposes
     *
     * Indicates whether an interpreter is required for communication purposes- True / False?
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:interpreterRequired.valueBoolean`
     * - Type boolean
     */
    valueBoolean: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see Extension.extension:interpreterRequired.valueBoolean). */
    _valueBoolean?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExtensionCareConnectNHSCommunication1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectNHSCommunication1Language(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectNHSCommunication1Preferred(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectNHSCommunication1ModeOfCommunication(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectNHSCommunication1CommunicationProficiency(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectNHSCommunication1InterpreterRequired(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Extension-CareConnect-NHSCommunication-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExtensionCareConnectNHSCommunication1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExtensionCareConnectNHSCommunication1} with the same options reports no error or fatal issue: Extension-CareConnect-NHSCommunication-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1 version 1.0.0). */
export declare function isExtensionCareConnectNHSCommunication1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExtensionCareConnectNHSCommunication1;
/** Input of {@link buildExtensionCareConnectNHSCommunication1}: a {@link ExtensionCareConnectNHSCommunication1} without what the builder fills in. */
export type ExtensionCareConnectNHSCommunication1Input = BuilderInput<ExtensionCareConnectNHSCommunication1, 'url', {
    extension: [
        ExtensionCareConnectNHSCommunication1LanguageInput,
        ...(ExtensionCareConnectNHSCommunication1Language | ExtensionCareConnectNHSCommunication1Preferred | ExtensionCareConnectNHSCommunication1ModeOfCommunication | ExtensionCareConnectNHSCommunication1CommunicationProficiency | ExtensionCareConnectNHSCommunication1InterpreterRequired | Extension)[]
    ];
}>;
/** Input of {@link ExtensionCareConnectNHSCommunication1CommunicationProficiency} (`Extension.extension:communicationProficiency`): what the builder fills may be left out. */
export type ExtensionCareConnectNHSCommunication1CommunicationProficiencyInput = BuilderInput<ExtensionCareConnectNHSCommunication1CommunicationProficiency, 'url'>;
/** Input of {@link ExtensionCareConnectNHSCommunication1InterpreterRequired} (`Extension.extension:interpreterRequired`): what the builder fills may be left out. */
export type ExtensionCareConnectNHSCommunication1InterpreterRequiredInput = BuilderInput<ExtensionCareConnectNHSCommunication1InterpreterRequired, 'url'>;
/** Input of {@link ExtensionCareConnectNHSCommunication1Language} (`Extension.extension:language`): what the builder fills may be left out. */
export type ExtensionCareConnectNHSCommunication1LanguageInput = BuilderInput<ExtensionCareConnectNHSCommunication1Language, 'url'>;
/** Input of {@link ExtensionCareConnectNHSCommunication1ModeOfCommunication} (`Extension.extension:modeOfCommunication`): what the builder fills may be left out. */
export type ExtensionCareConnectNHSCommunication1ModeOfCommunicationInput = BuilderInput<ExtensionCareConnectNHSCommunication1ModeOfCommunication, 'url'>;
/** Input of {@link ExtensionCareConnectNHSCommunication1Preferred} (`Extension.extension:preferred`): what the builder fills may be left out. */
export type ExtensionCareConnectNHSCommunication1PreferredInput = BuilderInput<ExtensionCareConnectNHSCommunication1Preferred, 'url'>;
/**
 * Builds a {@link ExtensionCareConnectNHSCommunication1} (Extension-CareConnect-NHSCommunication-1, https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSCommunication-1"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:language`
 *
 * The result is checked with {@link validateExtensionCareConnectNHSCommunication1}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExtensionCareConnectNHSCommunication1(input: ExtensionCareConnectNHSCommunication1Input): ExtensionCareConnectNHSCommunication1;
/**
 * Makes a `Extension.extension:language` item (slice `language`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "language"
 * - the `system` of codings in `valueCodeableConcept`: https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-HumanLanguage-1 (the only system of its required binding)
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectNHSCommunication1Language(input: ExtensionCareConnectNHSCommunication1LanguageInput): ExtensionCareConnectNHSCommunication1Language;
/**
 * Makes a `Extension.extension:preferred` item (slice `preferred`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "preferred"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectNHSCommunication1Preferred(input: ExtensionCareConnectNHSCommunication1PreferredInput): ExtensionCareConnectNHSCommunication1Preferred;
/**
 * Makes a `Extension.extension:modeOfCommunication` item (slice `modeOfCommunication`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "modeOfCommunication"
 * - the `system` of codings in `valueCodeableConcept`: https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-LanguageAbilityMode-1 (the only system of its required binding)
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectNHSCommunication1ModeOfCommunication(input: ExtensionCareConnectNHSCommunication1ModeOfCommunicationInput): ExtensionCareConnectNHSCommunication1ModeOfCommunication;
/**
 * Makes a `Extension.extension:communicationProficiency` item (slice `communicationProficiency`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "communicationProficiency"
 * - the `system` of codings in `valueCodeableConcept`: https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-LanguageAbilityProficiency-1 (the only system of its required binding)
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectNHSCommunication1CommunicationProficiency(input: ExtensionCareConnectNHSCommunication1CommunicationProficiencyInput): ExtensionCareConnectNHSCommunication1CommunicationProficiency;
/**
 * Makes a `Extension.extension:interpreterRequired` item (slice `interpreterRequired`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "interpreterRequired"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectNHSCommunication1InterpreterRequired(input: ExtensionCareConnectNHSCommunication1InterpreterRequiredInput): ExtensionCareConnectNHSCommunication1InterpreterRequired;
