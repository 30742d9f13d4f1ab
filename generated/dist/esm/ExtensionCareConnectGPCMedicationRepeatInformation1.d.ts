import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Extension-CareConnect-GPC-MedicationRepeatInformation-1
 *
 * Indicates the specific repeat information of a medication item.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Extension
 */
export interface ExtensionCareConnectGPCMedicationRepeatInformation1 {
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
        (ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsAllowed | ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsIssued | ExtensionCareConnectGPCMedicationRepeatInformation1AuthorisationExpiryDate | Extension),
        ...(ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsAllowed | ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsIssued | ExtensionCareConnectGPCMedicationRepeatInformation1AuthorisationExpiryDate | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1"
     */
    url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Number of repeat prescriptions authorised
 *
 * Number of repeat prescriptions authorised.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:numberOfRepeatPrescriptionsAllowed`
 * - Type Extension
 */
export interface ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsAllowed {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:numberOfRepeatPrescriptionsAllowed.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:numberOfRepeatPrescriptionsAllowed.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:numberOfRepeatPrescriptionsAllowed.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:numberOfRepeatPrescriptionsAllowed.url`
     * - Type uri
     * - Fixed "numberOfRepeatPrescriptionsAllowed"
     */
    url: 'numberOfRepeatPrescriptionsAllowed';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:numberOfRepeatPrescriptionsAllowed.url). */
    _url?: Element;
    /**
     * Number of issues authorised
     *
     * Number of issues authorised.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:numberOfRepeatPrescriptionsAllowed.valuePositiveInt:valuePositiveInt`
     * - Type positiveInt
     */
    valuePositiveInt: number;
    /** Extensions and id for `valuePositiveInt` (FHIR JSON primitive extension, see Extension.extension:numberOfRepeatPrescriptionsAllowed.valuePositiveInt:valuePositiveInt). */
    _valuePositiveInt?: Element;
}
/**
 * Number of repeat prescriptions issued
 *
 * Number of repeat prescriptions issued.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:numberOfRepeatPrescriptionsIssued`
 * - Type Extension
 */
export interface ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsIssued {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:numberOfRepeatPrescriptionsIssued.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:numberOfRepeatPrescriptionsIssued.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:numberOfRepeatPrescriptionsIssued.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:numberOfRepeatPrescriptionsIssued.url`
     * - Type uri
     * - Fixed "numberOfRepeatPrescriptionsIssued"
     */
    url: 'numberOfRepeatPrescriptionsIssued';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:numberOfRepeatPrescriptionsIssued.url). */
    _url?: Element;
    /**
     * Number of issues issued
     *
     * Number of issues issued.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:numberOfRepeatPrescriptionsIssued.valuePositiveInt:valuePositiveInt`
     * - Type positiveInt
     */
    valuePositiveInt?: number;
    /** Extensions and id for `valuePositiveInt` (FHIR JSON primitive extension, see Extension.extension:numberOfRepeatPrescriptionsIssued.valuePositiveInt:valuePositiveInt). */
    _valuePositiveInt?: Element;
}
/**
 * Repeat prescription review date
 *
 * Repeat prescription review date.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:authorisationExpiryDate`
 * - Type Extension
 */
export interface ExtensionCareConnectGPCMedicationRepeatInformation1AuthorisationExpiryDate {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:authorisationExpiryDate.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:authorisationExpiryDate.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:authorisationExpiryDate.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:authorisationExpiryDate.url`
     * - Type uri
     * - Fixed "authorisationExpiryDate"
     */
    url: 'authorisationExpiryDate';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:authorisationExpiryDate.url). */
    _url?: Element;
    /**
     * Repeat review date
     *
     * Repeat review date.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:authorisationExpiryDate.valueDateTime:valueDateTime`
     * - Type dateTime
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see Extension.extension:authorisationExpiryDate.valueDateTime:valueDateTime). */
    _valueDateTime?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExtensionCareConnectGPCMedicationRepeatInformation1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsAllowed(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsIssued(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectGPCMedicationRepeatInformation1AuthorisationExpiryDate(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Extension-CareConnect-GPC-MedicationRepeatInformation-1 (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExtensionCareConnectGPCMedicationRepeatInformation1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExtensionCareConnectGPCMedicationRepeatInformation1} with the same options reports no error or fatal issue: Extension-CareConnect-GPC-MedicationRepeatInformation-1 (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1 version 1.0.0). */
export declare function isExtensionCareConnectGPCMedicationRepeatInformation1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExtensionCareConnectGPCMedicationRepeatInformation1;
/** Input of {@link buildExtensionCareConnectGPCMedicationRepeatInformation1}: a {@link ExtensionCareConnectGPCMedicationRepeatInformation1} without what the builder fills in. */
export type ExtensionCareConnectGPCMedicationRepeatInformation1Input = BuilderInput<ExtensionCareConnectGPCMedicationRepeatInformation1, 'url', {
    extension: [
        ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsIssuedInput,
        ...(ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsAllowed | ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsIssued | ExtensionCareConnectGPCMedicationRepeatInformation1AuthorisationExpiryDate | Extension)[]
    ];
}>;
/** Input of {@link ExtensionCareConnectGPCMedicationRepeatInformation1AuthorisationExpiryDate} (`Extension.extension:authorisationExpiryDate`): what the builder fills may be left out. */
export type ExtensionCareConnectGPCMedicationRepeatInformation1AuthorisationExpiryDateInput = BuilderInput<ExtensionCareConnectGPCMedicationRepeatInformation1AuthorisationExpiryDate, 'url'>;
/** Input of {@link ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsAllowed} (`Extension.extension:numberOfRepeatPrescriptionsAllowed`): what the builder fills may be left out. */
export type ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsAllowedInput = BuilderInput<ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsAllowed, 'url'>;
/** Input of {@link ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsIssued} (`Extension.extension:numberOfRepeatPrescriptionsIssued`): what the builder fills may be left out. */
export type ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsIssuedInput = BuilderInput<ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsIssued, 'url'>;
/**
 * Builds a {@link ExtensionCareConnectGPCMedicationRepeatInformation1} (Extension-CareConnect-GPC-MedicationRepeatInformation-1, https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-...
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:numberOfRepeatPrescriptionsIssued`
 *
 * The result is checked with {@link validateExtensionCareConnectGPCMedicationRepeatInformation1}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExtensionCareConnectGPCMedicationRepeatInformation1(input: ExtensionCareConnectGPCMedicationRepeatInformation1Input): ExtensionCareConnectGPCMedicationRepeatInformation1;
/**
 * Makes a `Extension.extension:numberOfRepeatPrescriptionsAllowed` item (slice `numberOfRepeatPrescriptionsAllowed`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "numberOfRepeatPrescriptionsAllowed"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsAllowed(input: ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsAllowedInput): ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsAllowed;
/**
 * Makes a `Extension.extension:numberOfRepeatPrescriptionsIssued` item (slice `numberOfRepeatPrescriptionsIssued`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "numberOfRepeatPrescriptionsIssued"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsIssued(input: ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsIssuedInput): ExtensionCareConnectGPCMedicationRepeatInformation1NumberOfRepeatPrescriptionsIssued;
/**
 * Makes a `Extension.extension:authorisationExpiryDate` item (slice `authorisationExpiryDate`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "authorisationExpiryDate"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectGPCMedicationRepeatInformation1AuthorisationExpiryDate(input: ExtensionCareConnectGPCMedicationRepeatInformation1AuthorisationExpiryDateInput): ExtensionCareConnectGPCMedicationRepeatInformation1AuthorisationExpiryDate;
