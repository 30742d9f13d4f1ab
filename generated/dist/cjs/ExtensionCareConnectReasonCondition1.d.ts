import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Reference } from './Reference.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Extension-CareConnect-ReasonCondition-1
 *
 * The reason why a resource was added/performed/given. This may be due to a Condition, may be coded entity of some type, or may simply be present as text.
 *
 * - Canonical URL: https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1 (version 0.0.1)
 * - Source: nhsconnect.gpconnect-fhir.careconnect-base#1.5.0
 * - Profile of Extension
 */
export interface ExtensionCareConnectReasonCondition1 {
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
     * - Fixed "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1"
     */
    url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
    /**
     * Reason resource added/performed/given
     *
     * Reason resource added/performed/given.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.value[x]`
     * - Type CodeableConcept | Reference
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Reason resource added/performed/given
     *
     * Reason resource added/performed/given.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.value[x]`
     * - Type CodeableConcept | Reference
     */
    valueReference?: Reference<'Condition'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExtensionCareConnectReasonCondition1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Extension-CareConnect-ReasonCondition-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1 version 0.0.1).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExtensionCareConnectReasonCondition1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExtensionCareConnectReasonCondition1} with the same options reports no error or fatal issue: Extension-CareConnect-ReasonCondition-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1 version 0.0.1). */
export declare function isExtensionCareConnectReasonCondition1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExtensionCareConnectReasonCondition1;
/** Input of {@link buildExtensionCareConnectReasonCondition1}: a {@link ExtensionCareConnectReasonCondition1} without what the builder fills in. */
export type ExtensionCareConnectReasonCondition1Input = BuilderInput<ExtensionCareConnectReasonCondition1, 'url'>;
/**
 * Builds a {@link ExtensionCareConnectReasonCondition1} (Extension-CareConnect-ReasonCondition-1, https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1"
 *
 * The result is checked with {@link validateExtensionCareConnectReasonCondition1}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExtensionCareConnectReasonCondition1(input: ExtensionCareConnectReasonCondition1Input): ExtensionCareConnectReasonCondition1;
