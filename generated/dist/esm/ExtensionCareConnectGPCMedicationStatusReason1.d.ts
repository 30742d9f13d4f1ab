import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Extension-CareConnect-GPC-MedicationStatusReason-1
 *
 * To record the reason the medication (plan or order) was stopped and the date this occurred.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Extension
 */
export interface ExtensionCareConnectGPCMedicationStatusReason1 {
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
        (ExtensionCareConnectGPCMedicationStatusReason1StatusReason | ExtensionCareConnectGPCMedicationStatusReason1StatusChangeDate | Extension),
        ...(ExtensionCareConnectGPCMedicationStatusReason1StatusReason | ExtensionCareConnectGPCMedicationStatusReason1StatusChangeDate | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1"
     */
    url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Reason for current status
 *
 * Reason for current status.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:statusReason`
 * - Type Extension
 */
export interface ExtensionCareConnectGPCMedicationStatusReason1StatusReason {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:statusReason.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:statusReason.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:statusReason.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:statusReason.url`
     * - Type uri
     * - Fixed "statusReason"
     */
    url: 'statusReason';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:statusReason.url). */
    _url?: Element;
    /**
     * To record the reason the medication (plan or order) was stopped
     *
     * To record the reason the medication (plan or order) was stopped.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:statusReason.valueCodeableConcept:valueCodeableConcept`
     * - Type CodeableConcept
     */
    valueCodeableConcept?: CodeableConcept;
}
/**
 * To record the date this occurred
 *
 * To record the date this occurred.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:statusChangeDate`
 * - Type Extension
 */
export interface ExtensionCareConnectGPCMedicationStatusReason1StatusChangeDate {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:statusChangeDate.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:statusChangeDate.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:statusChangeDate.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:statusChangeDate.url`
     * - Type uri
     * - Fixed "statusChangeDate"
     */
    url: 'statusChangeDate';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:statusChangeDate.url). */
    _url?: Element;
    /**
     * To record the date this occurred
     *
     * To record the date this occurred.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:statusChangeDate.valueDateTime:valueDateTime`
     * - Type dateTime
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see Extension.extension:statusChangeDate.valueDateTime:valueDateTime). */
    _valueDateTime?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExtensionCareConnectGPCMedicationStatusReason1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectGPCMedicationStatusReason1StatusReason(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectGPCMedicationStatusReason1StatusChangeDate(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Extension-CareConnect-GPC-MedicationStatusReason-1 (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExtensionCareConnectGPCMedicationStatusReason1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExtensionCareConnectGPCMedicationStatusReason1} with the same options reports no error or fatal issue: Extension-CareConnect-GPC-MedicationStatusReason-1 (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1 version 1.0.0). */
export declare function isExtensionCareConnectGPCMedicationStatusReason1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExtensionCareConnectGPCMedicationStatusReason1;
/** Input of {@link buildExtensionCareConnectGPCMedicationStatusReason1}: a {@link ExtensionCareConnectGPCMedicationStatusReason1} without what the builder fills in. */
export type ExtensionCareConnectGPCMedicationStatusReason1Input = BuilderInput<ExtensionCareConnectGPCMedicationStatusReason1, 'url', {
    extension: [
        ExtensionCareConnectGPCMedicationStatusReason1StatusReasonInput,
        ExtensionCareConnectGPCMedicationStatusReason1StatusChangeDateInput,
        ...(ExtensionCareConnectGPCMedicationStatusReason1StatusReason | ExtensionCareConnectGPCMedicationStatusReason1StatusChangeDate | Extension)[]
    ];
}>;
/** Input of {@link ExtensionCareConnectGPCMedicationStatusReason1StatusChangeDate} (`Extension.extension:statusChangeDate`): what the builder fills may be left out. */
export type ExtensionCareConnectGPCMedicationStatusReason1StatusChangeDateInput = BuilderInput<ExtensionCareConnectGPCMedicationStatusReason1StatusChangeDate, 'url'>;
/** Input of {@link ExtensionCareConnectGPCMedicationStatusReason1StatusReason} (`Extension.extension:statusReason`): what the builder fills may be left out. */
export type ExtensionCareConnectGPCMedicationStatusReason1StatusReasonInput = BuilderInput<ExtensionCareConnectGPCMedicationStatusReason1StatusReason, 'url'>;
/**
 * Builds a {@link ExtensionCareConnectGPCMedicationStatusReason1} (Extension-CareConnect-GPC-MedicationStatusReason-1, https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:statusReason`, `Extension.extension:statusChangeDate`
 *
 * The result is checked with {@link validateExtensionCareConnectGPCMedicationStatusReason1}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExtensionCareConnectGPCMedicationStatusReason1(input: ExtensionCareConnectGPCMedicationStatusReason1Input): ExtensionCareConnectGPCMedicationStatusReason1;
/**
 * Makes a `Extension.extension:statusReason` item (slice `statusReason`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "statusReason"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectGPCMedicationStatusReason1StatusReason(input: ExtensionCareConnectGPCMedicationStatusReason1StatusReasonInput): ExtensionCareConnectGPCMedicationStatusReason1StatusReason;
/**
 * Makes a `Extension.extension:statusChangeDate` item (slice `statusChangeDate`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "statusChangeDate"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectGPCMedicationStatusReason1StatusChangeDate(input: ExtensionCareConnectGPCMedicationStatusReason1StatusChangeDateInput): ExtensionCareConnectGPCMedicationStatusReason1StatusChangeDate;
