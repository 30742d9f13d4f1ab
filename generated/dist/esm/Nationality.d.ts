import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Period } from './Period.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * nationality
 *
 * The nationality of the patient.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/patient-nationality
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface Nationality {
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
    extension?: (NationalityCode | NationalityPeriod | Extension)[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/patient-nationality"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/patient-nationality';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Nationality Code
 *
 * Code representing nationality of patient.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:code`
 * - Type Extension
 */
export interface NationalityCode {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:code.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:code.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:code.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:code.url`
     * - Type uri
     * - Fixed "code"
     */
    url: 'code';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:code.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:code.valueCodeableConcept`
     * - Type CodeableConcept
     */
    valueCodeableConcept?: CodeableConcept;
}
/**
 * Nationality Period
 *
 * Period when nationality was effective.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:period`
 * - Type Extension
 */
export interface NationalityPeriod {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:period.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:period.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:period.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:period.url`
     * - Type uri
     * - Fixed "period"
     */
    url: 'period';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:period.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:period.valuePeriod`
     * - Type Period
     */
    valuePeriod?: Period;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkNationality(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkNationalityCode(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkNationalityPeriod(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against nationality (http://hl7.org/fhir/StructureDefinition/patient-nationality).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateNationality(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateNationality} with the same options reports no error or fatal issue: nationality (http://hl7.org/fhir/StructureDefinition/patient-nationality). */
export declare function isNationality(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Nationality;
/** Input of {@link buildNationality}: a {@link Nationality} without what the builder fills in. */
export type NationalityInput = BuilderInput<Nationality, 'url'>;
/** Input of {@link NationalityCode} (`Extension.extension:code`): what the builder fills may be left out. */
export type NationalityCodeInput = BuilderInput<NationalityCode, 'url'>;
/** Input of {@link NationalityPeriod} (`Extension.extension:period`): what the builder fills may be left out. */
export type NationalityPeriodInput = BuilderInput<NationalityPeriod, 'url'>;
/**
 * Builds a {@link Nationality} (nationality, http://hl7.org/fhir/StructureDefinition/patient-nationality).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/patient-nationality"
 *
 * The result is checked with {@link validateNationality}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildNationality(input: NationalityInput): Nationality;
/**
 * Makes a `Extension.extension:code` item (slice `code`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "code"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildNationalityCode(input: NationalityCodeInput): NationalityCode;
/**
 * Makes a `Extension.extension:period` item (slice `period`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "period"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildNationalityPeriod(input: NationalityPeriodInput): NationalityPeriod;
