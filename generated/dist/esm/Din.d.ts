import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Donation Identification Number (DIN)
 *
 * The distinct identification code required by §1271.290(c) for a human cell, tissue, or cellular and tissue-based product (HCT/P) regulated as a device - which is a conditional, variable portion of the production identifier (PI) of a [Unique device Identifier (UDI)](http://www.fda.gov/MedicalDevices/DeviceRegulationandGuidance/UniqueDeviceIdentification/UDIBasics/default.htm).   If the content is from an [ICCBBA](https://www.iccbba.org/)-encoded UDI, the URI to use for the system is:  http://hl7.org/fhir/NamingSystem/iccbba-din.  GS1 and HIBCC formatted UDIs do not currently convey the DIN element.
 *
 * *Note to balloters: The Orders and Observations Workgroup has not yet determined whether the Device resource will include Devices of Human (or other) Origin (tissue, blood, etc.) and so the need for Donation Identification number is currently being met through this extension.  If it is determined a separate resource is to be used for Devices of Human (or other) Origin (tissue, blood, etc.)  then this extension may be deprecated in the future.  Feedback on this issue is welcome.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/device-din
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface Din {
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
     * - Fixed "http://hl7.org/fhir/StructureDefinition/device-din"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/device-din';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.valueIdentifier`
     * - Type Identifier
     */
    valueIdentifier?: Identifier;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDin(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Donation Identification Number (DIN) (http://hl7.org/fhir/StructureDefinition/device-din).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDin(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDin} with the same options reports no error or fatal issue: Donation Identification Number (DIN) (http://hl7.org/fhir/StructureDefinition/device-din). */
export declare function isDin(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Din;
/** Input of {@link buildDin}: a {@link Din} without what the builder fills in. */
export type DinInput = BuilderInput<Din, 'url'>;
/**
 * Builds a {@link Din} (Donation Identification Number (DIN), http://hl7.org/fhir/StructureDefinition/device-din).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/device-din"
 *
 * The result is checked with {@link validateDin}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildDin(input: DinInput): Din;
