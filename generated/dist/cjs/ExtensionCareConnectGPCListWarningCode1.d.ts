import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Extension-CareConnect-GPC-ListWarningCode-1
 *
 * This extension is used to capture warnings that the list may be incomplete as data has been excluded due to confidentiality or may be missing due to data being in transit.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1 (version 1.1.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Extension
 */
export interface ExtensionCareConnectGPCListWarningCode1 {
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
     * - Fixed "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1"
     */
    url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
    /**
     * To capture warnings that the list may be incomplete
     *
     * To capture warnings that the list may be incomplete.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.valueCode:valueCode`
     * - Type code
     * - Binding required to https://fhir.nhs.uk/STU3/ValueSet/CareConnect-ListWarningCode-1 (3 codes: confidential-items, data-in-transit, data-awaiting-filing)
     */
    valueCode: 'confidential-items' | 'data-awaiting-filing' | 'data-in-transit';
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see Extension.valueCode:valueCode). */
    _valueCode?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExtensionCareConnectGPCListWarningCode1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Extension-CareConnect-GPC-ListWarningCode-1 (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1 version 1.1.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExtensionCareConnectGPCListWarningCode1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExtensionCareConnectGPCListWarningCode1} with the same options reports no error or fatal issue: Extension-CareConnect-GPC-ListWarningCode-1 (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1 version 1.1.0). */
export declare function isExtensionCareConnectGPCListWarningCode1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExtensionCareConnectGPCListWarningCode1;
/** Input of {@link buildExtensionCareConnectGPCListWarningCode1}: a {@link ExtensionCareConnectGPCListWarningCode1} without what the builder fills in. */
export type ExtensionCareConnectGPCListWarningCode1Input = BuilderInput<ExtensionCareConnectGPCListWarningCode1, 'url'>;
/**
 * Builds a {@link ExtensionCareConnectGPCListWarningCode1} (Extension-CareConnect-GPC-ListWarningCode-1, https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ListWarningCode-1"
 *
 * The result is checked with {@link validateExtensionCareConnectGPCListWarningCode1}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExtensionCareConnectGPCListWarningCode1(input: ExtensionCareConnectGPCListWarningCode1Input): ExtensionCareConnectGPCListWarningCode1;
