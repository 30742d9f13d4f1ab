import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * otherName
 *
 * Human readable names for the valueset.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/valueset-otherName
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface ValuesetOtherName {
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
        ValuesetOtherNameName | ValuesetOtherNamePreferred | Extension,
        ...(ValuesetOtherNameName | ValuesetOtherNamePreferred | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/valueset-otherName"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/valueset-otherName';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Human readable, short and specific
 *
 * This name is intended to be human readable, short and as specific as possible and to convey the purpose of the value set.  It is considered to be the name of the value set.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:name`
 * - Type Extension
 */
export interface ValuesetOtherNameName {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:name.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:name.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:name.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:name.url`
     * - Type uri
     * - Fixed "name"
     */
    url: 'name';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:name.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:name.valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:name.valueString). */
    _valueString?: Element;
}
/**
 * Which name is preferred for this language
 *
 * Flag that this Name in this Name Language is the preferred human-readable signifier in this language.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:preferred`
 * - Type Extension
 */
export interface ValuesetOtherNamePreferred {
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
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:preferred.valueBoolean`
     * - Type boolean
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see Extension.extension:preferred.valueBoolean). */
    _valueBoolean?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkValuesetOtherName(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValuesetOtherNameName(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValuesetOtherNamePreferred(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against otherName (http://hl7.org/fhir/StructureDefinition/valueset-otherName).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateValuesetOtherName(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateValuesetOtherName} with the same options reports no error or fatal issue: otherName (http://hl7.org/fhir/StructureDefinition/valueset-otherName). */
export declare function isValuesetOtherName(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ValuesetOtherName;
/** Input of {@link buildValuesetOtherName}: a {@link ValuesetOtherName} without what the builder fills in. */
export type ValuesetOtherNameInput = BuilderInput<ValuesetOtherName, 'url', {
    extension: [ValuesetOtherNameNameInput, ...(ValuesetOtherNameName | ValuesetOtherNamePreferred | Extension)[]];
}>;
/** Input of {@link ValuesetOtherNameName} (`Extension.extension:name`): what the builder fills may be left out. */
export type ValuesetOtherNameNameInput = BuilderInput<ValuesetOtherNameName, 'url'>;
/** Input of {@link ValuesetOtherNamePreferred} (`Extension.extension:preferred`): what the builder fills may be left out. */
export type ValuesetOtherNamePreferredInput = BuilderInput<ValuesetOtherNamePreferred, 'url'>;
/**
 * Builds a {@link ValuesetOtherName} (otherName, http://hl7.org/fhir/StructureDefinition/valueset-otherName).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/valueset-otherName"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:name`
 *
 * The result is checked with {@link validateValuesetOtherName}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildValuesetOtherName(input: ValuesetOtherNameInput): ValuesetOtherName;
/**
 * Makes a `Extension.extension:name` item (slice `name`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "name"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildValuesetOtherNameName(input: ValuesetOtherNameNameInput): ValuesetOtherNameName;
/**
 * Makes a `Extension.extension:preferred` item (slice `preferred`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "preferred"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildValuesetOtherNamePreferred(input: ValuesetOtherNamePreferredInput): ValuesetOtherNamePreferred;
