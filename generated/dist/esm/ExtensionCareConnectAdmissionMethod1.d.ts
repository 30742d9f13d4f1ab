import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Extension-CareConnect-AdmissionMethod-1
 *
 * - Canonical URL: https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir.careconnect-base#1.5.0
 * - Profile of Extension
 */
export interface ExtensionCareConnectAdmissionMethod1 {
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
     * - Fixed "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1"
     */
    url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
    /**
     * The method of admission to a Hospital Provider Spell.
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.value[x]:valueCodeableConcept`
     * - Type CodeableConcept
     * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-AdmissionMethod-1 (18 codes: 11, 12, 13, 21, 22, 23, 24, 25, 2A, 2B, 2C, 2D, ...)
     */
    valueCodeableConcept: CodeableConcept<'11' | '12' | '13' | '21' | '22' | '23' | '24' | '25' | '28' | '2A' | '2B' | '2C' | '2D' | '31' | '32' | '81' | '82' | '83'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExtensionCareConnectAdmissionMethod1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Extension-CareConnect-AdmissionMethod-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExtensionCareConnectAdmissionMethod1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExtensionCareConnectAdmissionMethod1} with the same options reports no error or fatal issue: Extension-CareConnect-AdmissionMethod-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1 version 1.0.0). */
export declare function isExtensionCareConnectAdmissionMethod1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExtensionCareConnectAdmissionMethod1;
/** Input of {@link buildExtensionCareConnectAdmissionMethod1}: a {@link ExtensionCareConnectAdmissionMethod1} without what the builder fills in. */
export type ExtensionCareConnectAdmissionMethod1Input = BuilderInput<ExtensionCareConnectAdmissionMethod1, 'url'>;
/**
 * Builds a {@link ExtensionCareConnectAdmissionMethod1} (Extension-CareConnect-AdmissionMethod-1, https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1"
 * - the `system` of codings in `valueCodeableConcept`: https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-AdmissionMethod-1 (the only system of its required binding)
 *
 * The result is checked with {@link validateExtensionCareConnectAdmissionMethod1}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExtensionCareConnectAdmissionMethod1(input: ExtensionCareConnectAdmissionMethod1Input): ExtensionCareConnectAdmissionMethod1;
