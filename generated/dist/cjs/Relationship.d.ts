import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Reference } from './Reference.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * related goal
 *
 * Establishes a relationship between this goal and other goals.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/goal-relationship
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface Relationship {
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
        RelationshipType | RelationshipTarget | Extension,
        ...(RelationshipType | RelationshipTarget | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/goal-relationship"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/goal-relationship';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * predecessor | successor | replacement | other
 *
 * Identifies what kind of relationship exists between source and target goal.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:type`
 * - Type Extension
 */
export interface RelationshipType {
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
     * - Binding extensible to http://hl7.org/fhir/ValueSet/goal-relationship-type (5 codes: predecessor, successor, replacement, milestone, other)
     */
    valueCodeableConcept?: CodeableConcept;
}
/**
 * Related goal
 *
 * The goal the relationship exists with.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:target`
 * - Type Extension
 */
export interface RelationshipTarget {
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
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:target.valueReference`
     * - Type Reference
     */
    valueReference?: Reference<'Goal'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkRelationship(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkRelationshipType(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkRelationshipTarget(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against related goal (http://hl7.org/fhir/StructureDefinition/goal-relationship).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateRelationship(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateRelationship} with the same options reports no error or fatal issue: related goal (http://hl7.org/fhir/StructureDefinition/goal-relationship). */
export declare function isRelationship(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Relationship;
/** Input of {@link buildRelationship}: a {@link Relationship} without what the builder fills in. */
export type RelationshipInput = BuilderInput<Relationship, 'url', {
    extension: [
        RelationshipTypeInput,
        RelationshipTargetInput,
        ...(RelationshipType | RelationshipTarget | Extension)[]
    ];
}>;
/** Input of {@link RelationshipTarget} (`Extension.extension:target`): what the builder fills may be left out. */
export type RelationshipTargetInput = BuilderInput<RelationshipTarget, 'url'>;
/** Input of {@link RelationshipType} (`Extension.extension:type`): what the builder fills may be left out. */
export type RelationshipTypeInput = BuilderInput<RelationshipType, 'url'>;
/**
 * Builds a {@link Relationship} (related goal, http://hl7.org/fhir/StructureDefinition/goal-relationship).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/goal-relationship"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:type`, `Extension.extension:target`
 *
 * The result is checked with {@link validateRelationship}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildRelationship(input: RelationshipInput): Relationship;
/**
 * Makes a `Extension.extension:type` item (slice `type`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "type"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildRelationshipType(input: RelationshipTypeInput): RelationshipType;
/**
 * Makes a `Extension.extension:target` item (slice `target`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "target"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildRelationshipTarget(input: RelationshipTargetInput): RelationshipTarget;
