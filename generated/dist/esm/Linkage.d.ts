import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Linkage
 *
 * Base StructureDefinition for Linkage Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Linkage
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Linkage {
    /** The FHIR resource type. */
    resourceType: 'Linkage';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Linkage.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Linkage.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Linkage.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Linkage.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Linkage.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Linkage.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Linkage.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Linkage.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Linkage.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Linkage.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Linkage.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Whether this linkage assertion is active or not
     *
     * Indicates whether the asserted set of linkages are considered to be "in effect".
     *
     * - Cardinality 0..1
     * - FHIR path `Linkage.active`
     * - Type boolean
     */
    active?: boolean;
    /** Extensions and id for `active` (FHIR JSON primitive extension, see Linkage.active). */
    _active?: Element;
    /**
     * Who is responsible for linkages
     *
     * Identifies the user or organization responsible for asserting the linkages and who establishes the context for evaluating the nature of each linkage.
     *
     * - Cardinality 0..1
     * - FHIR path `Linkage.author`
     * - Type Reference
     */
    author?: Reference<'Organization' | 'Practitioner'>;
    /**
     * Item to be linked
     *
     * Identifies one of the records that is considered to refer to the same real-world occurrence as well as how the items hould be evaluated within the collection of linked items.
     *
     * - Cardinality 1..*
     * - FHIR path `Linkage.item`
     * - Type BackboneElement
     */
    item: [LinkageItem, ...LinkageItem[]];
}
/**
 * Item to be linked
 *
 * Identifies one of the records that is considered to refer to the same real-world occurrence as well as how the items hould be evaluated within the collection of linked items.
 *
 * - Cardinality 1..*
 * - FHIR path `Linkage.item`
 * - Type BackboneElement
 */
export interface LinkageItem {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Linkage.item.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Linkage.item.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Linkage.item.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Linkage.item.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * source | alternate | historical
     *
     * Distinguishes which item is "source of truth" (if any) and which items are no longer considered to be current representations.
     *
     * - Cardinality 1..1
     * - FHIR path `Linkage.item.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/linkage-type (3 codes: source, alternate, historical)
     */
    type: 'alternate' | 'historical' | 'source';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Linkage.item.type). */
    _type?: Element;
    /**
     * Resource being linked
     *
     * The resource instance being linked as part of the group.
     *
     * - Cardinality 1..1
     * - FHIR path `Linkage.item.resource`
     * - Type Reference
     */
    resource: Reference;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkLinkage(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkLinkageItem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Linkage (http://hl7.org/fhir/StructureDefinition/Linkage).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateLinkage(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateLinkage} with the same options reports no error or fatal issue: Linkage (http://hl7.org/fhir/StructureDefinition/Linkage). */
export declare function isLinkage(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Linkage;
/** Input of {@link buildLinkage}: a {@link Linkage} without what the builder fills in. */
export type LinkageInput = BuilderInput<Linkage, 'resourceType'>;
/**
 * Builds a {@link Linkage} (Linkage, http://hl7.org/fhir/StructureDefinition/Linkage).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Linkage"
 *
 * The result is checked with {@link validateLinkage}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildLinkage(input: LinkageInput): Linkage;
