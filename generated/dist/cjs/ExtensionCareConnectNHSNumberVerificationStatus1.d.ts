import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Extension-CareConnect-NHSNumberVerificationStatus-1
 *
 * This extension is constrained to represent the NHS Number Verification Status.
 *
 * - Canonical URL: https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir.careconnect-base#1.5.0
 * - Profile of Extension
 */
export interface ExtensionCareConnectNHSNumberVerificationStatus1 {
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
     * - Fixed "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1"
     */
    url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
    /**
     * Verification status of the NHS number
     *
     * Verification status of the NHS number.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.valueCodeableConcept:valueCodeableConcept`
     * - Type CodeableConcept
     * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-NHSNumberVerificationStatus-1 (8 codes: 01, 02, 03, 04, 05, 06, 07, 08)
     */
    valueCodeableConcept: CodeableConcept<'01' | '02' | '03' | '04' | '05' | '06' | '07' | '08'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExtensionCareConnectNHSNumberVerificationStatus1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Extension-CareConnect-NHSNumberVerificationStatus-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExtensionCareConnectNHSNumberVerificationStatus1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExtensionCareConnectNHSNumberVerificationStatus1} with the same options reports no error or fatal issue: Extension-CareConnect-NHSNumberVerificationStatus-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1 version 1.0.0). */
export declare function isExtensionCareConnectNHSNumberVerificationStatus1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExtensionCareConnectNHSNumberVerificationStatus1;
/** Input of {@link buildExtensionCareConnectNHSNumberVerificationStatus1}: a {@link ExtensionCareConnectNHSNumberVerificationStatus1} without what the builder fills in. */
export type ExtensionCareConnectNHSNumberVerificationStatus1Input = BuilderInput<ExtensionCareConnectNHSNumberVerificationStatus1, 'url'>;
/**
 * Builds a {@link ExtensionCareConnectNHSNumberVerificationStatus1} (Extension-CareConnect-NHSNumberVerificationStatus-1, https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-...
 * - the `system` of codings in `valueCodeableConcept`: https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1 (the only system of its required binding)
 *
 * The result is checked with {@link validateExtensionCareConnectNHSNumberVerificationStatus1}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExtensionCareConnectNHSNumberVerificationStatus1(input: ExtensionCareConnectNHSNumberVerificationStatus1Input): ExtensionCareConnectNHSNumberVerificationStatus1;
