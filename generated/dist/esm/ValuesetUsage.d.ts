import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * usage
 *
 * Consumers of the value set and the implementations, projects or standards that the author has utilized the value set in.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/valueset-usage
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface ValuesetUsage {
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
        ValuesetUsageUser | ValuesetUsageUse | Extension,
        ...(ValuesetUsageUser | ValuesetUsageUse | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/valueset-usage"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/valueset-usage';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * A consumer of or client for the value set
 *
 * This is most likely to be an organization but can be an individual. It would not be a program, that information should be recorded in the usage.use.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:user`
 * - Type Extension
 */
export interface ValuesetUsageUser {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:user.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:user.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:user.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:user.url`
     * - Type uri
     * - Fixed "user"
     */
    url: 'user';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:user.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:user.valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:user.valueString). */
    _valueString?: Element;
}
/**
 * Implementation/project/standard that uses value set
 *
 * A descriptive name of the project or standard in which the value set is used.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:use`
 * - Type Extension
 */
export interface ValuesetUsageUse {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:use.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:use.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:use.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:use.url`
     * - Type uri
     * - Fixed "use"
     */
    url: 'use';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:use.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:use.valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:use.valueString). */
    _valueString?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkValuesetUsage(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValuesetUsageUser(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValuesetUsageUse(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against usage (http://hl7.org/fhir/StructureDefinition/valueset-usage).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateValuesetUsage(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateValuesetUsage} with the same options reports no error or fatal issue: usage (http://hl7.org/fhir/StructureDefinition/valueset-usage). */
export declare function isValuesetUsage(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ValuesetUsage;
/** Input of {@link buildValuesetUsage}: a {@link ValuesetUsage} without what the builder fills in. */
export type ValuesetUsageInput = BuilderInput<ValuesetUsage, 'url', {
    extension: [ValuesetUsageUserInput, ValuesetUsageUseInput, ...(ValuesetUsageUser | ValuesetUsageUse | Extension)[]];
}>;
/** Input of {@link ValuesetUsageUse} (`Extension.extension:use`): what the builder fills may be left out. */
export type ValuesetUsageUseInput = BuilderInput<ValuesetUsageUse, 'url'>;
/** Input of {@link ValuesetUsageUser} (`Extension.extension:user`): what the builder fills may be left out. */
export type ValuesetUsageUserInput = BuilderInput<ValuesetUsageUser, 'url'>;
/**
 * Builds a {@link ValuesetUsage} (usage, http://hl7.org/fhir/StructureDefinition/valueset-usage).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/valueset-usage"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:user`, `Extension.extension:use`
 *
 * The result is checked with {@link validateValuesetUsage}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildValuesetUsage(input: ValuesetUsageInput): ValuesetUsage;
/**
 * Makes a `Extension.extension:user` item (slice `user`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "user"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildValuesetUsageUser(input: ValuesetUsageUserInput): ValuesetUsageUser;
/**
 * Makes a `Extension.extension:use` item (slice `use`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "use"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildValuesetUsageUse(input: ValuesetUsageUseInput): ValuesetUsageUse;
