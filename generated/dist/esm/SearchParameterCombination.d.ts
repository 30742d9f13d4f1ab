import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Search Parameter Combination
 *
 * A container for a single allowable parameter combination.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface SearchParameterCombination {
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
        SearchParameterCombinationRequired | SearchParameterCombinationOptional | Extension,
        ...(SearchParameterCombinationRequired | SearchParameterCombinationOptional | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * A required search parameter name
 *
 * A search parameter name in the combination which is required.
 *
 * - Cardinality 1..*
 * - FHIR path `Extension.extension:required`
 * - Type Extension
 */
export interface SearchParameterCombinationRequired {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:required.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:required.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:required.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:required.url`
     * - Type uri
     * - Fixed "required"
     */
    url: 'required';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:required.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:required.valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:required.valueString). */
    _valueString?: Element;
}
/**
 * An optional search parameter name
 *
 * A search parameter name in the combination which is optional.
 *
 * - Cardinality 0..*
 * - FHIR path `Extension.extension:optional`
 * - Type Extension
 */
export interface SearchParameterCombinationOptional {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:optional.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:optional.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:optional.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:optional.url`
     * - Type uri
     * - Fixed "optional"
     */
    url: 'optional';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:optional.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:optional.valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:optional.valueString). */
    _valueString?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkSearchParameterCombination(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSearchParameterCombinationRequired(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSearchParameterCombinationOptional(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Search Parameter Combination (http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateSearchParameterCombination(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateSearchParameterCombination} with the same options reports no error or fatal issue: Search Parameter Combination (http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination). */
export declare function isSearchParameterCombination(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is SearchParameterCombination;
/** Input of {@link buildSearchParameterCombination}: a {@link SearchParameterCombination} without what the builder fills in. */
export type SearchParameterCombinationInput = BuilderInput<SearchParameterCombination, 'url', {
    extension: [
        SearchParameterCombinationRequiredInput,
        ...(SearchParameterCombinationRequired | SearchParameterCombinationOptional | Extension)[]
    ];
}>;
/** Input of {@link SearchParameterCombinationOptional} (`Extension.extension:optional`): what the builder fills may be left out. */
export type SearchParameterCombinationOptionalInput = BuilderInput<SearchParameterCombinationOptional, 'url'>;
/** Input of {@link SearchParameterCombinationRequired} (`Extension.extension:required`): what the builder fills may be left out. */
export type SearchParameterCombinationRequiredInput = BuilderInput<SearchParameterCombinationRequired, 'url'>;
/**
 * Builds a {@link SearchParameterCombination} (Search Parameter Combination, http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:required`
 *
 * The result is checked with {@link validateSearchParameterCombination}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildSearchParameterCombination(input: SearchParameterCombinationInput): SearchParameterCombination;
/**
 * Makes a `Extension.extension:required` item (slice `required`, 1..*).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "required"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildSearchParameterCombinationRequired(input: SearchParameterCombinationRequiredInput): SearchParameterCombinationRequired;
/**
 * Makes a `Extension.extension:optional` item (slice `optional`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "optional"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildSearchParameterCombinationOptional(input: SearchParameterCombinationOptionalInput): SearchParameterCombinationOptional;
