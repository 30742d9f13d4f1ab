import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Extension-GPConnect-DeliveryChannel-2
 *
 * An extension to record the delivery channel of a scheduled Appointment.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Extension
 */
export interface ExtensionGPConnectDeliveryChannel2 {
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
     * - Fixed "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2"
     */
    url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
    /**
     * The delivery channel of the Appointment
     *
     * The delivery channel of the Appointment.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.value[x]:valueCode`
     * - Type code
     * - Binding extensible to https://fhir.nhs.uk/STU3/ValueSet/GPConnect-DeliveryChannel-1 (3 codes: In-person, Telephone, Video)
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see Extension.value[x]:valueCode). */
    _valueCode?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExtensionGPConnectDeliveryChannel2(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Extension-GPConnect-DeliveryChannel-2 (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExtensionGPConnectDeliveryChannel2(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExtensionGPConnectDeliveryChannel2} with the same options reports no error or fatal issue: Extension-GPConnect-DeliveryChannel-2 (https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2 version 1.0.0). */
export declare function isExtensionGPConnectDeliveryChannel2(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExtensionGPConnectDeliveryChannel2;
/** Input of {@link buildExtensionGPConnectDeliveryChannel2}: a {@link ExtensionGPConnectDeliveryChannel2} without what the builder fills in. */
export type ExtensionGPConnectDeliveryChannel2Input = BuilderInput<ExtensionGPConnectDeliveryChannel2, 'url'>;
/**
 * Builds a {@link ExtensionGPConnectDeliveryChannel2} (Extension-GPConnect-DeliveryChannel-2, https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2"
 *
 * The result is checked with {@link validateExtensionGPConnectDeliveryChannel2}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExtensionGPConnectDeliveryChannel2(input: ExtensionGPConnectDeliveryChannel2Input): ExtensionGPConnectDeliveryChannel2;
