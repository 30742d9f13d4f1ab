import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Period } from './Period.js';
/**
 * HumanName
 *
 * Base StructureDefinition for HumanName Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/HumanName
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface HumanName {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `HumanName.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see HumanName.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `HumanName.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | nickname | anonymous | old | maiden
     *
     * Identifies the purpose for this name.
     *
     * - Cardinality 0..1
     * - FHIR path `HumanName.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/name-use (7 codes: usual, official, temp, nickname, anonymous, old, maiden)
     */
    use?: 'anonymous' | 'maiden' | 'nickname' | 'official' | 'old' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see HumanName.use). */
    _use?: Element;
    /**
     * Text representation of the full name
     *
     * A full text representation of the name.
     *
     * - Cardinality 0..1
     * - FHIR path `HumanName.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see HumanName.text). */
    _text?: Element;
    /**
     * Family name (often called 'Surname')
     *
     * The part of a name that links to the genealogy. In some cultures (e.g. Eritrea) the family name of a son is the first name of his father.
     *
     * - Cardinality 0..1
     * - FHIR path `HumanName.family`
     * - Type string
     */
    family?: string;
    /** Extensions and id for `family` (FHIR JSON primitive extension, see HumanName.family). */
    _family?: Element;
    /**
     * Given names (not always 'first'). Includes middle names
     *
     * Given name.
     *
     * - Cardinality 0..*
     * - FHIR path `HumanName.given`
     * - Type string
     */
    given?: string[];
    /** Extensions and id for `given` (FHIR JSON primitive extension, see HumanName.given). */
    _given?: (Element | null)[];
    /**
     * Parts that come before the name
     *
     * Part of the name that is acquired as a title due to academic, legal, employment or nobility status, etc. and that appears at the start of the name.
     *
     * - Cardinality 0..*
     * - FHIR path `HumanName.prefix`
     * - Type string
     */
    prefix?: string[];
    /** Extensions and id for `prefix` (FHIR JSON primitive extension, see HumanName.prefix). */
    _prefix?: (Element | null)[];
    /**
     * Parts that come after the name
     *
     * Part of the name that is acquired as a title due to academic, legal, employment or nobility status, etc. and that appears at the end of the name.
     *
     * - Cardinality 0..*
     * - FHIR path `HumanName.suffix`
     * - Type string
     */
    suffix?: string[];
    /** Extensions and id for `suffix` (FHIR JSON primitive extension, see HumanName.suffix). */
    _suffix?: (Element | null)[];
    /**
     * Time period when name was/is in use
     *
     * Indicates the period of time when this name was valid for the named person.
     *
     * - Cardinality 0..1
     * - FHIR path `HumanName.period`
     * - Type Period
     */
    period?: Period;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkHumanName(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against HumanName (http://hl7.org/fhir/StructureDefinition/HumanName).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateHumanName(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateHumanName} with the same options reports no error or fatal issue: HumanName (http://hl7.org/fhir/StructureDefinition/HumanName). */
export declare function isHumanName(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is HumanName;
