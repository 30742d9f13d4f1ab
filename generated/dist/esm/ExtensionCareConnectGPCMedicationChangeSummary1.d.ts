import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Extension-CareConnect-GPC-MedicationChangeSummary-1
 *
 * Indicates the change information of a medication item.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Extension
 */
export interface ExtensionCareConnectGPCMedicationChangeSummary1 {
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
    extension?: (ExtensionCareConnectGPCMedicationChangeSummary1Status | ExtensionCareConnectGPCMedicationChangeSummary1IndicationForChange | ExtensionCareConnectGPCMedicationChangeSummary1DateChanged | ExtensionCareConnectGPCMedicationChangeSummary1DetailsOfAmendment | Extension)[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1"
     */
    url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * The change status of a medication
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:status`
 * - Type Extension
 */
export interface ExtensionCareConnectGPCMedicationChangeSummary1Status {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:status.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:status.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:status.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:status.url`
     * - Type uri
     * - Fixed "status"
     */
    url: 'status';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:status.url). */
    _url?: Element;
    /**
     * The change status of a medication.
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:status.valueCode:valueCode`
     * - Type code
     * - Binding required to https://fhir.nhs.uk/STU3/ValueSet/CareConnect-MedicationChangeStatus-1 (4 codes: Continued, Added, Amended, On-hold)
     */
    valueCode?: 'Added' | 'Amended' | 'Continued' | 'On-hold';
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see Extension.extension:status.valueCode:valueCode). */
    _valueCode?: Element;
}
/**
 * Additional Content defined by implementations
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:indicationForChange`
 * - Type Extension
 */
export interface ExtensionCareConnectGPCMedicationChangeSummary1IndicationForChange {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:indicationForChange.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:indicationForChange.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:indicationForChange.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:indicationForChange.url`
     * - Type uri
     * - Fixed "indicationForChange"
     */
    url: 'indicationForChange';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:indicationForChange.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:indicationForChange.valueCodeableConcept:valueCodeableConcept`
     * - Type CodeableConcept
     */
    valueCodeableConcept?: CodeableConcept;
}
/**
 * Additional Content defined by implementations
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:dateChanged`
 * - Type Extension
 */
export interface ExtensionCareConnectGPCMedicationChangeSummary1DateChanged {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:dateChanged.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:dateChanged.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:dateChanged.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:dateChanged.url`
     * - Type uri
     * - Fixed "dateChanged"
     */
    url: 'dateChanged';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:dateChanged.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:dateChanged.valueDateTime:valueDateTime`
     * - Type dateTime
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see Extension.extension:dateChanged.valueDateTime:valueDateTime). */
    _valueDateTime?: Element;
}
/**
 * Additional Content defined by implementations
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:detailsOfAmendment`
 * - Type Extension
 */
export interface ExtensionCareConnectGPCMedicationChangeSummary1DetailsOfAmendment {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:detailsOfAmendment.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:detailsOfAmendment.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:detailsOfAmendment.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:detailsOfAmendment.url`
     * - Type uri
     * - Fixed "detailsOfAmendment"
     */
    url: 'detailsOfAmendment';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:detailsOfAmendment.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:detailsOfAmendment.valueString:valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:detailsOfAmendment.valueString:valueString). */
    _valueString?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExtensionCareConnectGPCMedicationChangeSummary1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectGPCMedicationChangeSummary1Status(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectGPCMedicationChangeSummary1IndicationForChange(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectGPCMedicationChangeSummary1DateChanged(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectGPCMedicationChangeSummary1DetailsOfAmendment(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Extension-CareConnect-GPC-MedicationChangeSummary-1 (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExtensionCareConnectGPCMedicationChangeSummary1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExtensionCareConnectGPCMedicationChangeSummary1} with the same options reports no error or fatal issue: Extension-CareConnect-GPC-MedicationChangeSummary-1 (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1 version 1.0.0). */
export declare function isExtensionCareConnectGPCMedicationChangeSummary1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExtensionCareConnectGPCMedicationChangeSummary1;
/** Input of {@link buildExtensionCareConnectGPCMedicationChangeSummary1}: a {@link ExtensionCareConnectGPCMedicationChangeSummary1} without what the builder fills in. */
export type ExtensionCareConnectGPCMedicationChangeSummary1Input = BuilderInput<ExtensionCareConnectGPCMedicationChangeSummary1, 'url'>;
/** Input of {@link ExtensionCareConnectGPCMedicationChangeSummary1DateChanged} (`Extension.extension:dateChanged`): what the builder fills may be left out. */
export type ExtensionCareConnectGPCMedicationChangeSummary1DateChangedInput = BuilderInput<ExtensionCareConnectGPCMedicationChangeSummary1DateChanged, 'url'>;
/** Input of {@link ExtensionCareConnectGPCMedicationChangeSummary1DetailsOfAmendment} (`Extension.extension:detailsOfAmendment`): what the builder fills may be left out. */
export type ExtensionCareConnectGPCMedicationChangeSummary1DetailsOfAmendmentInput = BuilderInput<ExtensionCareConnectGPCMedicationChangeSummary1DetailsOfAmendment, 'url'>;
/** Input of {@link ExtensionCareConnectGPCMedicationChangeSummary1IndicationForChange} (`Extension.extension:indicationForChange`): what the builder fills may be left out. */
export type ExtensionCareConnectGPCMedicationChangeSummary1IndicationForChangeInput = BuilderInput<ExtensionCareConnectGPCMedicationChangeSummary1IndicationForChange, 'url'>;
/** Input of {@link ExtensionCareConnectGPCMedicationChangeSummary1Status} (`Extension.extension:status`): what the builder fills may be left out. */
export type ExtensionCareConnectGPCMedicationChangeSummary1StatusInput = BuilderInput<ExtensionCareConnectGPCMedicationChangeSummary1Status, 'url'>;
/**
 * Builds a {@link ExtensionCareConnectGPCMedicationChangeSummary1} (Extension-CareConnect-GPC-MedicationChangeSummary-1, https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1"
 *
 * The result is checked with {@link validateExtensionCareConnectGPCMedicationChangeSummary1}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExtensionCareConnectGPCMedicationChangeSummary1(input: ExtensionCareConnectGPCMedicationChangeSummary1Input): ExtensionCareConnectGPCMedicationChangeSummary1;
/**
 * Makes a `Extension.extension:status` item (slice `status`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "status"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectGPCMedicationChangeSummary1Status(input: ExtensionCareConnectGPCMedicationChangeSummary1StatusInput): ExtensionCareConnectGPCMedicationChangeSummary1Status;
/**
 * Makes a `Extension.extension:indicationForChange` item (slice `indicationForChange`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "indicationForChange"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectGPCMedicationChangeSummary1IndicationForChange(input: ExtensionCareConnectGPCMedicationChangeSummary1IndicationForChangeInput): ExtensionCareConnectGPCMedicationChangeSummary1IndicationForChange;
/**
 * Makes a `Extension.extension:dateChanged` item (slice `dateChanged`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "dateChanged"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectGPCMedicationChangeSummary1DateChanged(input: ExtensionCareConnectGPCMedicationChangeSummary1DateChangedInput): ExtensionCareConnectGPCMedicationChangeSummary1DateChanged;
/**
 * Makes a `Extension.extension:detailsOfAmendment` item (slice `detailsOfAmendment`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "detailsOfAmendment"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectGPCMedicationChangeSummary1DetailsOfAmendment(input: ExtensionCareConnectGPCMedicationChangeSummary1DetailsOfAmendmentInput): ExtensionCareConnectGPCMedicationChangeSummary1DetailsOfAmendment;
