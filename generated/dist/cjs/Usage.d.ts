import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * usage
 *
 * Consumers of the value set and the implementations, projects or standards that the author has utilized the value set in.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/codesystem-usage
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface Usage {
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
    extension: [UsageUser | UsageUse | Extension, ...(UsageUser | UsageUse | Extension)[]];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/codesystem-usage"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/codesystem-usage';
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
export interface UsageUser {
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
export interface UsageUse {
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
export declare function checkUsage(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkUsageUser(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkUsageUse(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against usage (http://hl7.org/fhir/StructureDefinition/codesystem-usage).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateUsage(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateUsage} with the same options reports no error or fatal issue: usage (http://hl7.org/fhir/StructureDefinition/codesystem-usage). */
export declare function isUsage(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Usage;
/** Input of {@link buildUsage}: a {@link Usage} without what the builder fills in. */
export type UsageInput = BuilderInput<Usage, 'url', {
    extension: [UsageUserInput, UsageUseInput, ...(UsageUser | UsageUse | Extension)[]];
}>;
/** Input of {@link UsageUse} (`Extension.extension:use`): what the builder fills may be left out. */
export type UsageUseInput = BuilderInput<UsageUse, 'url'>;
/** Input of {@link UsageUser} (`Extension.extension:user`): what the builder fills may be left out. */
export type UsageUserInput = BuilderInput<UsageUser, 'url'>;
/**
 * Builds a {@link Usage} (usage, http://hl7.org/fhir/StructureDefinition/codesystem-usage).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/codesystem-usage"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:user`, `Extension.extension:use`
 *
 * The result is checked with {@link validateUsage}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildUsage(input: UsageInput): Usage;
/**
 * Makes a `Extension.extension:user` item (slice `user`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "user"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildUsageUser(input: UsageUserInput): UsageUser;
/**
 * Makes a `Extension.extension:use` item (slice `use`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "use"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildUsageUse(input: UsageUseInput): UsageUse;
