import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Ratio } from './Ratio.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type SimpleQuantity } from './SimpleQuantity.js';
/**
 * Substance
 *
 * Base StructureDefinition for Substance Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Substance
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Substance {
    /** The FHIR resource type. */
    resourceType: 'Substance';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Substance.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Substance.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Substance.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Substance.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Substance.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Substance.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Substance.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Substance.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Substance.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Substance.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Substance.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Unique identifier
     *
     * Unique identifier for the substance.
     *
     * - Cardinality 0..*
     * - FHIR path `Substance.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | inactive | entered-in-error
     *
     * A code to indicate if the substance is actively used.
     *
     * - Cardinality 0..1
     * - FHIR path `Substance.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/substance-status (3 codes: active, inactive, entered-in-error)
     */
    status?: 'active' | 'entered-in-error' | 'inactive';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Substance.status). */
    _status?: Element;
    /**
     * What class/type of substance this is
     *
     * A code that classifies the general type of substance.  This is used  for searching, sorting and display purposes.
     *
     * - Cardinality 0..*
     * - FHIR path `Substance.category`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/substance-category (7 codes: allergen, biological, body, chemical, food, drug, material)
     */
    category?: CodeableConcept[];
    /**
     * What substance this is
     *
     * A code (or set of codes) that identify this substance.
     *
     * - Cardinality 1..1
     * - FHIR path `Substance.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/substance-code (codes not enumerable here: example binding: not checked)
     */
    code: CodeableConcept;
    /**
     * Textual description of the substance, comments
     *
     * A description of the substance - its appearance, handling requirements, and other usage notes.
     *
     * - Cardinality 0..1
     * - FHIR path `Substance.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see Substance.description). */
    _description?: Element;
    /**
     * If this describes a specific package/container of the substance
     *
     * Substance may be used to describe a kind of substance, or a specific package/container of the substance: an instance.
     *
     * - Cardinality 0..*
     * - FHIR path `Substance.instance`
     * - Type BackboneElement
     */
    instance?: SubstanceInstance[];
    /**
     * Composition information about the substance
     *
     * A substance can be composed of other substances.
     *
     * - Cardinality 0..*
     * - FHIR path `Substance.ingredient`
     * - Type BackboneElement
     */
    ingredient?: SubstanceIngredient[];
}
/**
 * If this describes a specific package/container of the substance
 *
 * Substance may be used to describe a kind of substance, or a specific package/container of the substance: an instance.
 *
 * - Cardinality 0..*
 * - FHIR path `Substance.instance`
 * - Type BackboneElement
 */
export interface SubstanceInstance {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Substance.instance.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Substance.instance.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Substance.instance.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Substance.instance.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifier of the package/container
     *
     * Identifier associated with the package/container (usually a label affixed directly).
     *
     * - Cardinality 0..1
     * - FHIR path `Substance.instance.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * When no longer valid to use
     *
     * When the substance is no longer valid to use. For some substances, a single arbitrary date is used for expiry.
     *
     * - Cardinality 0..1
     * - FHIR path `Substance.instance.expiry`
     * - Type dateTime
     */
    expiry?: string;
    /** Extensions and id for `expiry` (FHIR JSON primitive extension, see Substance.instance.expiry). */
    _expiry?: Element;
    /**
     * Amount of substance in the package
     *
     * The amount of the substance.
     *
     * - Cardinality 0..1
     * - FHIR path `Substance.instance.quantity`
     * - Type Quantity
     */
    quantity?: SimpleQuantity;
}
/**
 * Composition information about the substance
 *
 * A substance can be composed of other substances.
 *
 * - Cardinality 0..*
 * - FHIR path `Substance.ingredient`
 * - Type BackboneElement
 */
export interface SubstanceIngredient {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Substance.ingredient.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Substance.ingredient.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Substance.ingredient.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Substance.ingredient.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Optional amount (concentration)
     *
     * The amount of the ingredient in the substance - a concentration ratio.
     *
     * - Cardinality 0..1
     * - FHIR path `Substance.ingredient.quantity`
     * - Type Ratio
     */
    quantity?: Ratio;
    /**
     * A component of the substance
     *
     * Another substance that is a component of this substance.
     *
     * - Cardinality 1..1
     * - FHIR path `Substance.ingredient.substance[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/substance-code (codes not enumerable here: example binding: not checked)
     */
    substanceCodeableConcept?: CodeableConcept;
    /**
     * A component of the substance
     *
     * Another substance that is a component of this substance.
     *
     * - Cardinality 1..1
     * - FHIR path `Substance.ingredient.substance[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/substance-code (codes not enumerable here: example binding: not checked)
     */
    substanceReference?: Reference<'Substance'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkSubstance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSubstanceInstance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSubstanceIngredient(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Substance (http://hl7.org/fhir/StructureDefinition/Substance).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateSubstance(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateSubstance} with the same options reports no error or fatal issue: Substance (http://hl7.org/fhir/StructureDefinition/Substance). */
export declare function isSubstance(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Substance;
/** Input of {@link buildSubstance}: a {@link Substance} without what the builder fills in. */
export type SubstanceInput = BuilderInput<Substance, 'resourceType'>;
/**
 * Builds a {@link Substance} (Substance, http://hl7.org/fhir/StructureDefinition/Substance).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Substance"
 *
 * The result is checked with {@link validateSubstance}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildSubstance(input: SubstanceInput): Substance;
