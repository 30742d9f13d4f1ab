import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Reference } from './Reference.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * parent
 *
 * Identifies a parent of the relative.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface Parent {
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
    extension: [ParentType | ParentReference | Extension, ...(ParentType | ParentReference | Extension)[]];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * mother | father | adoptive mother | etc.
 *
 * Distinguishes between different types of parental relationships with varying granularity to support capturing the relationship "to the degree known".
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:type`
 * - Type Extension
 */
export interface ParentType {
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
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:type.valueCodeableConcept`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/parent-relationship-codes (codes not enumerable here: a filter on http://hl7.org/fhir/v3/RoleCode needs a terminology server)
     */
    valueCodeableConcept?: CodeableConcept;
}
/**
 * Link to parent relative(s)
 *
 * Points to the FamilyMemberHistory record of the relation who is the parent of this relation.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:reference`
 * - Type Extension
 */
export interface ParentReference {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:reference.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:reference.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:reference.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:reference.url`
     * - Type uri
     * - Fixed "reference"
     */
    url: 'reference';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:reference.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:reference.valueReference`
     * - Type Reference
     */
    valueReference?: Reference<'FamilyMemberHistory'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkParent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkParentType(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkParentReference(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against parent (http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateParent(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateParent} with the same options reports no error or fatal issue: parent (http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent). */
export declare function isParent(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Parent;
/** Input of {@link buildParent}: a {@link Parent} without what the builder fills in. */
export type ParentInput = BuilderInput<Parent, 'url', {
    extension: [ParentTypeInput, ParentReferenceInput, ...(ParentType | ParentReference | Extension)[]];
}>;
/** Input of {@link ParentReference} (`Extension.extension:reference`): what the builder fills may be left out. */
export type ParentReferenceInput = BuilderInput<ParentReference, 'url'>;
/** Input of {@link ParentType} (`Extension.extension:type`): what the builder fills may be left out. */
export type ParentTypeInput = BuilderInput<ParentType, 'url'>;
/**
 * Builds a {@link Parent} (parent, http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:type`, `Extension.extension:reference`
 *
 * The result is checked with {@link validateParent}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildParent(input: ParentInput): Parent;
/**
 * Makes a `Extension.extension:type` item (slice `type`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "type"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildParentType(input: ParentTypeInput): ParentType;
/**
 * Makes a `Extension.extension:reference` item (slice `reference`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "reference"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildParentReference(input: ParentReferenceInput): ParentReference;
