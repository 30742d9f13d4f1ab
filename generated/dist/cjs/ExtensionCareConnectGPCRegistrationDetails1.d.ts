import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Extension-CareConnect-GPC-RegistrationDetails-1
 *
 * This extension is constrained to represent the additional registration information for a patient.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Extension
 */
export interface ExtensionCareConnectGPCRegistrationDetails1 {
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
    extension?: (ExtensionCareConnectGPCRegistrationDetails1RegistrationPeriod | ExtensionCareConnectGPCRegistrationDetails1RegistrationType | ExtensionCareConnectGPCRegistrationDetails1PreferredBranchSurgery | Extension)[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1"
     */
    url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * The period of time during which the Patient registration applies
 *
 * The period of time during which the Patient registration applies.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:registrationPeriod`
 * - Type Extension
 */
export interface ExtensionCareConnectGPCRegistrationDetails1RegistrationPeriod {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:registrationPeriod.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:registrationPeriod.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:registrationPeriod.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:registrationPeriod.url`
     * - Type uri
     * - Fixed "registrationPeriod"
     */
    url: 'registrationPeriod';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:registrationPeriod.url). */
    _url?: Element;
    /**
     * The period of time during which the Patient registration applies.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:registrationPeriod.value[x]:valuePeriod`
     * - Type Period
     */
    valuePeriod: Period;
}
/**
 * The type of patient registration at the healthcare organisation
 *
 * The type of patient registration at the healthcare organisation.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:registrationType`
 * - Type Extension
 */
export interface ExtensionCareConnectGPCRegistrationDetails1RegistrationType {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:registrationType.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:registrationType.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:registrationType.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:registrationType.url`
     * - Type uri
     * - Fixed "registrationType"
     */
    url: 'registrationType';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:registrationType.url). */
    _url?: Element;
    /**
     * The type of registration for a patient at a healthcare organisation.
     *
     * The type of registration for a patient at a healthcare organisation..
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:registrationType.value[x]:valueCodeableConcept`
     * - Type CodeableConcept
     * - Binding required to https://fhir.nhs.uk/STU3/ValueSet/CareConnect-RegistrationType-1 (7 codes: R, E, IN, T, P, O, S)
     */
    valueCodeableConcept: CodeableConcept<'E' | 'IN' | 'O' | 'P' | 'R' | 'S' | 'T'>;
}
/**
 * Additional Content defined by implementations
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:preferredBranchSurgery`
 * - Type Extension
 */
export interface ExtensionCareConnectGPCRegistrationDetails1PreferredBranchSurgery {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:preferredBranchSurgery.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:preferredBranchSurgery.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:preferredBranchSurgery.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:preferredBranchSurgery.url`
     * - Type uri
     * - Fixed "preferredBranchSurgery"
     */
    url: 'preferredBranchSurgery';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:preferredBranchSurgery.url). */
    _url?: Element;
    /**
     * Location of usual branch surgery
     *
     * Location of usual branch surgery.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:preferredBranchSurgery.value[x]:valueReference`
     * - Type Reference
     */
    valueReference?: Reference<'Location'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExtensionCareConnectGPCRegistrationDetails1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectGPCRegistrationDetails1RegistrationPeriod(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectGPCRegistrationDetails1RegistrationType(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectGPCRegistrationDetails1PreferredBranchSurgery(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Extension-CareConnect-GPC-RegistrationDetails-1 (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExtensionCareConnectGPCRegistrationDetails1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExtensionCareConnectGPCRegistrationDetails1} with the same options reports no error or fatal issue: Extension-CareConnect-GPC-RegistrationDetails-1 (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1 version 1.0.0). */
export declare function isExtensionCareConnectGPCRegistrationDetails1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExtensionCareConnectGPCRegistrationDetails1;
/** Input of {@link buildExtensionCareConnectGPCRegistrationDetails1}: a {@link ExtensionCareConnectGPCRegistrationDetails1} without what the builder fills in. */
export type ExtensionCareConnectGPCRegistrationDetails1Input = BuilderInput<ExtensionCareConnectGPCRegistrationDetails1, 'url'>;
/** Input of {@link ExtensionCareConnectGPCRegistrationDetails1PreferredBranchSurgery} (`Extension.extension:preferredBranchSurgery`): what the builder fills may be left out. */
export type ExtensionCareConnectGPCRegistrationDetails1PreferredBranchSurgeryInput = BuilderInput<ExtensionCareConnectGPCRegistrationDetails1PreferredBranchSurgery, 'url'>;
/** Input of {@link ExtensionCareConnectGPCRegistrationDetails1RegistrationPeriod} (`Extension.extension:registrationPeriod`): what the builder fills may be left out. */
export type ExtensionCareConnectGPCRegistrationDetails1RegistrationPeriodInput = BuilderInput<ExtensionCareConnectGPCRegistrationDetails1RegistrationPeriod, 'url'>;
/** Input of {@link ExtensionCareConnectGPCRegistrationDetails1RegistrationType} (`Extension.extension:registrationType`): what the builder fills may be left out. */
export type ExtensionCareConnectGPCRegistrationDetails1RegistrationTypeInput = BuilderInput<ExtensionCareConnectGPCRegistrationDetails1RegistrationType, 'url'>;
/**
 * Builds a {@link ExtensionCareConnectGPCRegistrationDetails1} (Extension-CareConnect-GPC-RegistrationDetails-1, https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1"
 *
 * The result is checked with {@link validateExtensionCareConnectGPCRegistrationDetails1}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExtensionCareConnectGPCRegistrationDetails1(input: ExtensionCareConnectGPCRegistrationDetails1Input): ExtensionCareConnectGPCRegistrationDetails1;
/**
 * Makes a `Extension.extension:registrationPeriod` item (slice `registrationPeriod`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "registrationPeriod"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectGPCRegistrationDetails1RegistrationPeriod(input: ExtensionCareConnectGPCRegistrationDetails1RegistrationPeriodInput): ExtensionCareConnectGPCRegistrationDetails1RegistrationPeriod;
/**
 * Makes a `Extension.extension:registrationType` item (slice `registrationType`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "registrationType"
 * - the `system` of codings in `valueCodeableConcept`: https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-RegistrationType-1 (the only system of its required binding)
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectGPCRegistrationDetails1RegistrationType(input: ExtensionCareConnectGPCRegistrationDetails1RegistrationTypeInput): ExtensionCareConnectGPCRegistrationDetails1RegistrationType;
/**
 * Makes a `Extension.extension:preferredBranchSurgery` item (slice `preferredBranchSurgery`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "preferredBranchSurgery"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectGPCRegistrationDetails1PreferredBranchSurgery(input: ExtensionCareConnectGPCRegistrationDetails1PreferredBranchSurgeryInput): ExtensionCareConnectGPCRegistrationDetails1PreferredBranchSurgery;
