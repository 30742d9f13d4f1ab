import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Reference } from './Reference.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Extension-CareConnect-RelatedProblemHeader-1
 *
 * A reference to another related problem header condition (target) whose relationship is defined by the relationship type code.
 *
 * - Canonical URL: https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1 (version 1.1.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Extension
 */
export interface ExtensionCareConnectRelatedProblemHeader1 {
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
    extension: [
        ExtensionCareConnectRelatedProblemHeader1Type | ExtensionCareConnectRelatedProblemHeader1Target | Extension,
        ...(ExtensionCareConnectRelatedProblemHeader1Type | ExtensionCareConnectRelatedProblemHeader1Target | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1"
     */
    url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Additional Content defined by implementations
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..*
 * - FHIR path `Extension.extension:type`
 * - Type Extension
 */
export interface ExtensionCareConnectRelatedProblemHeader1Type {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:type.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:type.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:type.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:type.url`
     * - Type uri
     * - Fixed "type"
     */
    url: 'type';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:type.url). */
    _url?: Element;
    /**
     * Condition relationship type
     *
     * Condition relationship type.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:type.valueCode:valueCode`
     * - Type code
     * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ConditionRelationship-1 (6 codes: merge-combine, nesting, evolve, parent, child, sibling)
     */
    valueCode?: 'child' | 'evolve' | 'merge-combine' | 'nesting' | 'parent' | 'sibling';
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see Extension.extension:type.valueCode:valueCode). */
    _valueCode?: Element;
}
/**
 * Additional Content defined by implementations
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:target`
 * - Type Extension
 */
export interface ExtensionCareConnectRelatedProblemHeader1Target {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:target.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:target.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:target.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:target.url`
     * - Type uri
     * - Fixed "target"
     */
    url: 'target';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:target.url). */
    _url?: Element;
    /**
     * Target problem header condition
     *
     * Target problem header condition.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:target.valueReference:valueReference`
     * - Type Reference
     */
    valueReference?: Reference;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExtensionCareConnectRelatedProblemHeader1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectRelatedProblemHeader1Type(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectRelatedProblemHeader1Target(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Extension-CareConnect-RelatedProblemHeader-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1 version 1.1.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExtensionCareConnectRelatedProblemHeader1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExtensionCareConnectRelatedProblemHeader1} with the same options reports no error or fatal issue: Extension-CareConnect-RelatedProblemHeader-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1 version 1.1.0). */
export declare function isExtensionCareConnectRelatedProblemHeader1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExtensionCareConnectRelatedProblemHeader1;
/** Input of {@link buildExtensionCareConnectRelatedProblemHeader1}: a {@link ExtensionCareConnectRelatedProblemHeader1} without what the builder fills in. */
export type ExtensionCareConnectRelatedProblemHeader1Input = BuilderInput<ExtensionCareConnectRelatedProblemHeader1, 'url', {
    extension: [
        ExtensionCareConnectRelatedProblemHeader1TargetInput,
        ...(ExtensionCareConnectRelatedProblemHeader1Type | ExtensionCareConnectRelatedProblemHeader1Target | Extension)[]
    ];
}>;
/** Input of {@link ExtensionCareConnectRelatedProblemHeader1Target} (`Extension.extension:target`): what the builder fills may be left out. */
export type ExtensionCareConnectRelatedProblemHeader1TargetInput = BuilderInput<ExtensionCareConnectRelatedProblemHeader1Target, 'url'>;
/** Input of {@link ExtensionCareConnectRelatedProblemHeader1Type} (`Extension.extension:type`): what the builder fills may be left out. */
export type ExtensionCareConnectRelatedProblemHeader1TypeInput = BuilderInput<ExtensionCareConnectRelatedProblemHeader1Type, 'url'>;
/**
 * Builds a {@link ExtensionCareConnectRelatedProblemHeader1} (Extension-CareConnect-RelatedProblemHeader-1, https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:target`
 *
 * The result is checked with {@link validateExtensionCareConnectRelatedProblemHeader1}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExtensionCareConnectRelatedProblemHeader1(input: ExtensionCareConnectRelatedProblemHeader1Input): ExtensionCareConnectRelatedProblemHeader1;
/**
 * Makes a `Extension.extension:type` item (slice `type`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "type"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectRelatedProblemHeader1Type(input: ExtensionCareConnectRelatedProblemHeader1TypeInput): ExtensionCareConnectRelatedProblemHeader1Type;
/**
 * Makes a `Extension.extension:target` item (slice `target`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "target"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectRelatedProblemHeader1Target(input: ExtensionCareConnectRelatedProblemHeader1TargetInput): ExtensionCareConnectRelatedProblemHeader1Target;
