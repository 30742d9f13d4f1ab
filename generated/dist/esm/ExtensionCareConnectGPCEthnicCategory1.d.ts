import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Extension-CareConnect-GPC-EthnicCategory-1
 *
 * This extension is constrained to represent the ethnic category for a patient.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Extension
 */
export interface ExtensionCareConnectGPCEthnicCategory1 {
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
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1"
     */
    url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
    /**
     * A code classifying the person's ethnicity
     *
     * A code classifying the person's ethnicity.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.value[x]:valueCodeableConcept`
     * - Type CodeableConcept
     * - Binding required to https://fhir.nhs.uk/STU3/ValueSet/CareConnect-EthnicCategory-1 (68 codes: A, B, C, C2, C3, CA, CB, CC, CD, CE, CF, CG, ...)
     */
    valueCodeableConcept: CodeableConcept<'A' | 'B' | 'C' | 'C2' | 'C3' | 'CA' | 'CB' | 'CC' | 'CD' | 'CE' | 'CF' | 'CG' | 'CH' | 'CJ' | 'CK' | 'CL' | 'CM' | 'CN' | 'CP' | 'CQ' | 'CR' | 'CS' | 'CT' | 'CU' | 'CV' | 'CW' | 'CX' | 'CY' | 'D' | 'E' | 'F' | 'G' | 'GA' | 'GB' | 'GC' | 'GD' | 'GE' | 'GF' | 'H' | 'J' | 'K' | 'L' | 'LA' | 'LB' | 'LC' | 'LD' | 'LE' | 'LF' | 'LG' | 'LH' | 'LJ' | 'LK' | 'M' | 'N' | 'P' | 'PA' | 'PB' | 'PC' | 'PD' | 'PE' | 'R' | 'S' | 'SA' | 'SB' | 'SC' | 'SD' | 'SE' | 'Z'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExtensionCareConnectGPCEthnicCategory1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Extension-CareConnect-GPC-EthnicCategory-1 (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExtensionCareConnectGPCEthnicCategory1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExtensionCareConnectGPCEthnicCategory1} with the same options reports no error or fatal issue: Extension-CareConnect-GPC-EthnicCategory-1 (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1 version 1.0.0). */
export declare function isExtensionCareConnectGPCEthnicCategory1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExtensionCareConnectGPCEthnicCategory1;
/** Input of {@link buildExtensionCareConnectGPCEthnicCategory1}: a {@link ExtensionCareConnectGPCEthnicCategory1} without what the builder fills in. */
export type ExtensionCareConnectGPCEthnicCategory1Input = BuilderInput<ExtensionCareConnectGPCEthnicCategory1, 'url'>;
/**
 * Builds a {@link ExtensionCareConnectGPCEthnicCategory1} (Extension-CareConnect-GPC-EthnicCategory-1, https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1"
 * - the `system` of codings in `valueCodeableConcept`: https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1 (the only system of its required binding)
 *
 * The result is checked with {@link validateExtensionCareConnectGPCEthnicCategory1}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExtensionCareConnectGPCEthnicCategory1(input: ExtensionCareConnectGPCEthnicCategory1Input): ExtensionCareConnectGPCEthnicCategory1;
