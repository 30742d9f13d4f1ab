import type { CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
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
        (ExtensionCareConnectNHSCommunication1ExtensionLanguage | ExtensionCareConnectNHSCommunication1ExtensionPreferred | ExtensionCareConnectNHSCommunication1ExtensionModeOfCommunication | ExtensionCareConnectNHSCommunication1ExtensionCommunicationProficiency | ExtensionCareConnectNHSCommunication1ExtensionInterpreterRequired | Extension),
        ...(ExtensionCareConnectNHSCommunication1ExtensionLanguage | ExtensionCareConnectNHSCommunication1ExtensionPreferred | ExtensionCareConnectNHSCommunication1ExtensionModeOfCommunication | ExtensionCareConnectNHSCommunication1ExtensionCommunicationProficiency | ExtensionCareConnectNHSCommunication1ExtensionInterpreterRequired | Extension)[]
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
export interface ExtensionCareConnectNHSCommunication1ExtensionLanguage {
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
export interface ExtensionCareConnectNHSCommunication1ExtensionPreferred {
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
export interface ExtensionCareConnectNHSCommunication1ExtensionModeOfCommunication {
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
export interface ExtensionCareConnectNHSCommunication1ExtensionCommunicationProficiency {
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
export interface ExtensionCareConnectNHSCommunication1ExtensionInterpreterRequired {
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
