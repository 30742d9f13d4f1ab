import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Extension-CareConnect-DeathNotificationStatus-1
 *
 * This extension is constrained to represent a patient’s death notification (as held on Personal Demographics Service (PDS)).
 *
 * - Canonical URL: https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir.careconnect-base#1.5.0
 * - Profile of Extension
 */
export interface ExtensionCareConnectDeathNotificationStatus1 {
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
     * - Fixed "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1"
     */
    url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
    /**
     * To identify the type of death notice as held on Personal Demographics Service (PDS)
     *
     * To identify the type of death notice as held on Personal Demographics Service (PDS).
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.valueCodeableConcept:valueCodeableConcept`
     * - Type CodeableConcept
     * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-DeathNotificationStatus-1 (2 codes: 1, 2)
     */
    valueCodeableConcept: CodeableConcept<'1' | '2'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExtensionCareConnectDeathNotificationStatus1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Extension-CareConnect-DeathNotificationStatus-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExtensionCareConnectDeathNotificationStatus1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExtensionCareConnectDeathNotificationStatus1} with the same options reports no error or fatal issue: Extension-CareConnect-DeathNotificationStatus-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1 version 1.0.0). */
export declare function isExtensionCareConnectDeathNotificationStatus1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExtensionCareConnectDeathNotificationStatus1;
/** Input of {@link buildExtensionCareConnectDeathNotificationStatus1}: a {@link ExtensionCareConnectDeathNotificationStatus1} without what the builder fills in. */
export type ExtensionCareConnectDeathNotificationStatus1Input = BuilderInput<ExtensionCareConnectDeathNotificationStatus1, 'url'>;
/**
 * Builds a {@link ExtensionCareConnectDeathNotificationStatus1} (Extension-CareConnect-DeathNotificationStatus-1, https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DeathNotificationStatus-1"
 * - the `system` of codings in `valueCodeableConcept`: https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-DeathNotificationStatus-1 (the only system of its required binding)
 *
 * The result is checked with {@link validateExtensionCareConnectDeathNotificationStatus1}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExtensionCareConnectDeathNotificationStatus1(input: ExtensionCareConnectDeathNotificationStatus1Input): ExtensionCareConnectDeathNotificationStatus1;
