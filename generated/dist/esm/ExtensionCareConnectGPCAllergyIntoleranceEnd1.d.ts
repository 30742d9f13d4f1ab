import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Extension-CareConnect-GPC-AllergyIntoleranceEnd-1
 *
 * Supports the date and reason that the allergy was no longer valid.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Extension
 */
export interface ExtensionCareConnectGPCAllergyIntoleranceEnd1 {
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
        (ExtensionCareConnectGPCAllergyIntoleranceEnd1EndDate | ExtensionCareConnectGPCAllergyIntoleranceEnd1ReasonEnded | Extension),
        ...(ExtensionCareConnectGPCAllergyIntoleranceEnd1EndDate | ExtensionCareConnectGPCAllergyIntoleranceEnd1ReasonEnded | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1"
     */
    url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * The date the allergy or intolerance was recorded as no longer valid.
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:endDate`
 * - Type Extension
 */
export interface ExtensionCareConnectGPCAllergyIntoleranceEnd1EndDate {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:endDate.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:endDate.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:endDate.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:endDate.url`
     * - Type uri
     * - Fixed "endDate"
     */
    url: 'endDate';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:endDate.url). */
    _url?: Element;
    /**
     * The date the allergy was recorded as no longer valid
     *
     * The date the allergy was recorded as no longer valid.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:endDate.valueDateTime:valueDateTime`
     * - Type dateTime
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see Extension.extension:endDate.valueDateTime:valueDateTime). */
    _valueDateTime?: Element;
}
/**
 * The reason why the allergy or intolerance has been resolved.
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:reasonEnded`
 * - Type Extension
 */
export interface ExtensionCareConnectGPCAllergyIntoleranceEnd1ReasonEnded {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:reasonEnded.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:reasonEnded.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:reasonEnded.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:reasonEnded.url`
     * - Type uri
     * - Fixed "reasonEnded"
     */
    url: 'reasonEnded';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:reasonEnded.url). */
    _url?: Element;
    /**
     * The reason why the allergy or intolerance has been resolved
     *
     * The reason why the allergy or intolerance has been resolved.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:reasonEnded.valueString:valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:reasonEnded.valueString:valueString). */
    _valueString?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExtensionCareConnectGPCAllergyIntoleranceEnd1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectGPCAllergyIntoleranceEnd1EndDate(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectGPCAllergyIntoleranceEnd1ReasonEnded(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Extension-CareConnect-GPC-AllergyIntoleranceEnd-1 (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExtensionCareConnectGPCAllergyIntoleranceEnd1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExtensionCareConnectGPCAllergyIntoleranceEnd1} with the same options reports no error or fatal issue: Extension-CareConnect-GPC-AllergyIntoleranceEnd-1 (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1 version 1.0.0). */
export declare function isExtensionCareConnectGPCAllergyIntoleranceEnd1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExtensionCareConnectGPCAllergyIntoleranceEnd1;
/** Input of {@link buildExtensionCareConnectGPCAllergyIntoleranceEnd1}: a {@link ExtensionCareConnectGPCAllergyIntoleranceEnd1} without what the builder fills in. */
export type ExtensionCareConnectGPCAllergyIntoleranceEnd1Input = BuilderInput<ExtensionCareConnectGPCAllergyIntoleranceEnd1, 'url', {
    extension: [
        ExtensionCareConnectGPCAllergyIntoleranceEnd1EndDateInput,
        ExtensionCareConnectGPCAllergyIntoleranceEnd1ReasonEndedInput,
        ...(ExtensionCareConnectGPCAllergyIntoleranceEnd1EndDate | ExtensionCareConnectGPCAllergyIntoleranceEnd1ReasonEnded | Extension)[]
    ];
}>;
/** Input of {@link ExtensionCareConnectGPCAllergyIntoleranceEnd1EndDate} (`Extension.extension:endDate`): what the builder fills may be left out. */
export type ExtensionCareConnectGPCAllergyIntoleranceEnd1EndDateInput = BuilderInput<ExtensionCareConnectGPCAllergyIntoleranceEnd1EndDate, 'url'>;
/** Input of {@link ExtensionCareConnectGPCAllergyIntoleranceEnd1ReasonEnded} (`Extension.extension:reasonEnded`): what the builder fills may be left out. */
export type ExtensionCareConnectGPCAllergyIntoleranceEnd1ReasonEndedInput = BuilderInput<ExtensionCareConnectGPCAllergyIntoleranceEnd1ReasonEnded, 'url'>;
/**
 * Builds a {@link ExtensionCareConnectGPCAllergyIntoleranceEnd1} (Extension-CareConnect-GPC-AllergyIntoleranceEnd-1, https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:endDate`, `Extension.extension:reasonEnded`
 *
 * The result is checked with {@link validateExtensionCareConnectGPCAllergyIntoleranceEnd1}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExtensionCareConnectGPCAllergyIntoleranceEnd1(input: ExtensionCareConnectGPCAllergyIntoleranceEnd1Input): ExtensionCareConnectGPCAllergyIntoleranceEnd1;
/**
 * Makes a `Extension.extension:endDate` item (slice `endDate`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "endDate"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectGPCAllergyIntoleranceEnd1EndDate(input: ExtensionCareConnectGPCAllergyIntoleranceEnd1EndDateInput): ExtensionCareConnectGPCAllergyIntoleranceEnd1EndDate;
/**
 * Makes a `Extension.extension:reasonEnded` item (slice `reasonEnded`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "reasonEnded"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectGPCAllergyIntoleranceEnd1ReasonEnded(input: ExtensionCareConnectGPCAllergyIntoleranceEnd1ReasonEndedInput): ExtensionCareConnectGPCAllergyIntoleranceEnd1ReasonEnded;
