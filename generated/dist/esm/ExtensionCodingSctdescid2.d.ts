import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Extension-coding-sctdescid
 *
 * This Extension resource is constrained to support SNOMED CT Description ID for the display.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid (version 1.1.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Extension
 */
export interface ExtensionCodingSctdescid2 {
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
        ExtensionCodingSctdescid2DescriptionId | ExtensionCodingSctdescid2DescriptionDisplay | Extension,
        ...(ExtensionCodingSctdescid2DescriptionId | ExtensionCodingSctdescid2DescriptionDisplay | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
     */
    url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * The SNOMED CT Description ID
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:descriptionId`
 * - Type Extension
 */
export interface ExtensionCodingSctdescid2DescriptionId {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:descriptionId.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:descriptionId.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:descriptionId.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:descriptionId.url`
     * - Type uri
     * - Fixed "descriptionId"
     */
    url: 'descriptionId';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:descriptionId.url). */
    _url?: Element;
    /**
     * The SNOMED CT Description ID
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:descriptionId.valueId:valueId`
     * - Type id
     */
    valueId?: string;
    /** Extensions and id for `valueId` (FHIR JSON primitive extension, see Extension.extension:descriptionId.valueId:valueId). */
    _valueId?: Element;
}
/**
 * The SNOMED CT display for the description ID
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:descriptionDisplay`
 * - Type Extension
 */
export interface ExtensionCodingSctdescid2DescriptionDisplay {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:descriptionDisplay.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:descriptionDisplay.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:descriptionDisplay.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:descriptionDisplay.url`
     * - Type uri
     * - Fixed "descriptionDisplay"
     */
    url: 'descriptionDisplay';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:descriptionDisplay.url). */
    _url?: Element;
    /**
     * The SNOMED CT display for the description ID
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:descriptionDisplay.valueString:valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:descriptionDisplay.valueString:valueString). */
    _valueString?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExtensionCodingSctdescid2(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCodingSctdescid2DescriptionId(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCodingSctdescid2DescriptionDisplay(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Extension-coding-sctdescid (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid version 1.1.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExtensionCodingSctdescid2(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExtensionCodingSctdescid2} with the same options reports no error or fatal issue: Extension-coding-sctdescid (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid version 1.1.0). */
export declare function isExtensionCodingSctdescid2(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExtensionCodingSctdescid2;
/** Input of {@link buildExtensionCodingSctdescid2}: a {@link ExtensionCodingSctdescid2} without what the builder fills in. */
export type ExtensionCodingSctdescid2Input = BuilderInput<ExtensionCodingSctdescid2, 'url', {
    extension: [
        ExtensionCodingSctdescid2DescriptionIdInput,
        ...(ExtensionCodingSctdescid2DescriptionId | ExtensionCodingSctdescid2DescriptionDisplay | Extension)[]
    ];
}>;
/** Input of {@link ExtensionCodingSctdescid2DescriptionDisplay} (`Extension.extension:descriptionDisplay`): what the builder fills may be left out. */
export type ExtensionCodingSctdescid2DescriptionDisplayInput = BuilderInput<ExtensionCodingSctdescid2DescriptionDisplay, 'url'>;
/** Input of {@link ExtensionCodingSctdescid2DescriptionId} (`Extension.extension:descriptionId`): what the builder fills may be left out. */
export type ExtensionCodingSctdescid2DescriptionIdInput = BuilderInput<ExtensionCodingSctdescid2DescriptionId, 'url'>;
/**
 * Builds a {@link ExtensionCodingSctdescid2} (Extension-coding-sctdescid, https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:descriptionId`
 *
 * The result is checked with {@link validateExtensionCodingSctdescid2}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExtensionCodingSctdescid2(input: ExtensionCodingSctdescid2Input): ExtensionCodingSctdescid2;
/**
 * Makes a `Extension.extension:descriptionId` item (slice `descriptionId`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "descriptionId"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCodingSctdescid2DescriptionId(input: ExtensionCodingSctdescid2DescriptionIdInput): ExtensionCodingSctdescid2DescriptionId;
/**
 * Makes a `Extension.extension:descriptionDisplay` item (slice `descriptionDisplay`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "descriptionDisplay"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCodingSctdescid2DescriptionDisplay(input: ExtensionCodingSctdescid2DescriptionDisplayInput): ExtensionCodingSctdescid2DescriptionDisplay;
