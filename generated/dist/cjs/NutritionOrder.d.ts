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
import { type Timing } from './Timing.js';
/**
 * NutritionOrder
 *
 * Base StructureDefinition for NutritionOrder Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/NutritionOrder
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface NutritionOrder {
    /** The FHIR resource type. */
    resourceType: 'NutritionOrder';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see NutritionOrder.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see NutritionOrder.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see NutritionOrder.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifiers assigned to this order
     *
     * Identifiers assigned to this order by the order sender or by the order receiver.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * proposed | draft | planned | requested | active | on-hold | completed | cancelled | entered-in-error
     *
     * The workflow status of the nutrition order/request.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/nutrition-request-status (9 codes: proposed, draft, planned, requested, active, on-hold, completed, cancelled, entered-in-error)
     */
    status?: 'active' | 'cancelled' | 'completed' | 'draft' | 'entered-in-error' | 'on-hold' | 'planned' | 'proposed' | 'requested';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see NutritionOrder.status). */
    _status?: Element;
    /**
     * The person who requires the diet, formula or nutritional supplement
     *
     * The person (patient) who needs the nutrition order for an oral diet, nutritional supplement and/or enteral or formula feeding.
     *
     * - Cardinality 1..1
     * - FHIR path `NutritionOrder.patient`
     * - Type Reference
     */
    patient: Reference<'Patient'>;
    /**
     * The encounter associated with this nutrition order
     *
     * An encounter that provides additional information about the healthcare context in which this request is made.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.encounter`
     * - Type Reference
     */
    encounter?: Reference<'Encounter'>;
    /**
     * Date and time the nutrition order was requested
     *
     * The date and time that this nutrition order was requested.
     *
     * - Cardinality 1..1
     * - FHIR path `NutritionOrder.dateTime`
     * - Type dateTime
     */
    dateTime: string;
    /** Extensions and id for `dateTime` (FHIR JSON primitive extension, see NutritionOrder.dateTime). */
    _dateTime?: Element;
    /**
     * Who ordered the diet, formula or nutritional supplement
     *
     * The practitioner that holds legal responsibility for ordering the diet, nutritional supplement, or formula feedings.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.orderer`
     * - Type Reference
     */
    orderer?: Reference<'Practitioner'>;
    /**
     * List of the patient's food and nutrition-related allergies and intolerances
     *
     * A link to a record of allergies or intolerances  which should be included in the nutrition order.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.allergyIntolerance`
     * - Type Reference
     */
    allergyIntolerance?: Reference<'AllergyIntolerance'>[];
    /**
     * Order-specific modifier about the type of food that should be given
     *
     * This modifier is used to convey order-specific modifiers about the type of food that should be given. These can be derived from patient allergies, intolerances, or preferences such as Halal, Vegan or Kosher. This modifier applies to the entire nutrition order inclusive of the oral diet, nutritional supplements and enteral formula feedings.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.foodPreferenceModifier`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/encounter-diet (codes not enumerable here: example binding: not checked)
     */
    foodPreferenceModifier?: CodeableConcept[];
    /**
     * Order-specific modifier about the type of food that should not be given
     *
     * This modifier is used to convey order-specific modifiers about the type of food that should NOT be given. These can be derived from patient allergies, intolerances, or preferences such as No Red Meat, No Soy or No Wheat or  Gluten-Free.  While it should not be necessary to repeat allergy or intolerance information captured in the referenced AllergyIntolerance resource in the excludeFoodModifier, this element may be used to convey additional specificity related to foods that should be eliminated from the patient’s diet for any reason.  This modifier applies to the entire nutrition order inclusive of the oral diet, nutritional supplements and enteral formula feedings.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.excludeFoodModifier`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/food-type (codes not enumerable here: example binding: not checked)
     */
    excludeFoodModifier?: CodeableConcept[];
    /**
     * Oral diet components
     *
     * Diet given orally in contrast to enteral (tube) feeding.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.oralDiet`
     * - Type BackboneElement
     */
    oralDiet?: NutritionOrderOralDiet;
    /**
     * Supplement components
     *
     * Oral nutritional products given in order to add further nutritional value to the patient's diet.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.supplement`
     * - Type BackboneElement
     */
    supplement?: NutritionOrderSupplement[];
    /**
     * Enteral formula components
     *
     * Feeding provided through the gastrointestinal tract via a tube, catheter, or stoma that delivers nutrition distal to the oral cavity.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.enteralFormula`
     * - Type BackboneElement
     */
    enteralFormula?: NutritionOrderEnteralFormula;
}
/**
 * Oral diet components
 *
 * Diet given orally in contrast to enteral (tube) feeding.
 *
 * - Cardinality 0..1
 * - FHIR path `NutritionOrder.oralDiet`
 * - Type BackboneElement
 */
export interface NutritionOrderOralDiet {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.oralDiet.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see NutritionOrder.oralDiet.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.oralDiet.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.oralDiet.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type of oral diet or diet restrictions that describe what can be consumed orally
     *
     * The kind of diet or dietary restriction such as fiber restricted diet or diabetic diet.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.oralDiet.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/diet-type (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept[];
    /**
     * Scheduled frequency of diet
     *
     * The time period and frequency at which the diet should be given.  The diet should be given for the combination of all schedules if more than one schedule is present.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.oralDiet.schedule`
     * - Type Timing
     */
    schedule?: Timing[];
    /**
     * Required  nutrient modifications
     *
     * Class that defines the quantity and type of nutrient modifications (for example carbohydrate, fiber or sodium) required for the oral diet.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.oralDiet.nutrient`
     * - Type BackboneElement
     */
    nutrient?: NutritionOrderOralDietNutrient[];
    /**
     * Required  texture modifications
     *
     * Class that describes any texture modifications required for the patient to safely consume various types of solid foods.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.oralDiet.texture`
     * - Type BackboneElement
     */
    texture?: NutritionOrderOralDietTexture[];
    /**
     * The required consistency of fluids and liquids provided to the patient
     *
     * The required consistency (e.g. honey-thick, nectar-thick, thin, thickened.) of liquids or fluids served to the patient.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.oralDiet.fluidConsistencyType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/consistency-type (codes not enumerable here: example binding: not checked)
     */
    fluidConsistencyType?: CodeableConcept[];
    /**
     * Instructions or additional information about the oral diet
     *
     * Free text or additional instructions or information pertaining to the oral diet.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.oralDiet.instruction`
     * - Type string
     */
    instruction?: string;
    /** Extensions and id for `instruction` (FHIR JSON primitive extension, see NutritionOrder.oralDiet.instruction). */
    _instruction?: Element;
}
/**
 * Required  nutrient modifications
 *
 * Class that defines the quantity and type of nutrient modifications (for example carbohydrate, fiber or sodium) required for the oral diet.
 *
 * - Cardinality 0..*
 * - FHIR path `NutritionOrder.oralDiet.nutrient`
 * - Type BackboneElement
 */
export interface NutritionOrderOralDietNutrient {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.oralDiet.nutrient.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see NutritionOrder.oralDiet.nutrient.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.oralDiet.nutrient.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.oralDiet.nutrient.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type of nutrient that is being modified
     *
     * The nutrient that is being modified such as carbohydrate or sodium.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.oralDiet.nutrient.modifier`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/nutrient-code (codes not enumerable here: example binding: not checked)
     */
    modifier?: CodeableConcept;
    /**
     * Quantity of the specified nutrient
     *
     * The quantity of the specified nutrient to include in diet.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.oralDiet.nutrient.amount`
     * - Type Quantity
     */
    amount?: SimpleQuantity;
}
/**
 * Required  texture modifications
 *
 * Class that describes any texture modifications required for the patient to safely consume various types of solid foods.
 *
 * - Cardinality 0..*
 * - FHIR path `NutritionOrder.oralDiet.texture`
 * - Type BackboneElement
 */
export interface NutritionOrderOralDietTexture {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.oralDiet.texture.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see NutritionOrder.oralDiet.texture.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.oralDiet.texture.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.oralDiet.texture.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Code to indicate how to alter the texture of the foods, e.g. pureed
     *
     * Any texture modifications (for solid foods) that should be made, e.g. easy to chew, chopped, ground, and pureed.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.oralDiet.texture.modifier`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/texture-code (codes not enumerable here: example binding: not checked)
     */
    modifier?: CodeableConcept;
    /**
     * Concepts that are used to identify an entity that is ingested for nutritional purposes
     *
     * The food type(s) (e.g. meats, all foods)  that the texture modification applies to.  This could be all foods types.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.oralDiet.texture.foodType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/modified-foodtype (codes not enumerable here: example binding: not checked)
     */
    foodType?: CodeableConcept;
}
/**
 * Supplement components
 *
 * Oral nutritional products given in order to add further nutritional value to the patient's diet.
 *
 * - Cardinality 0..*
 * - FHIR path `NutritionOrder.supplement`
 * - Type BackboneElement
 */
export interface NutritionOrderSupplement {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.supplement.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see NutritionOrder.supplement.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.supplement.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.supplement.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type of supplement product requested
     *
     * The kind of nutritional supplement product required such as a high protein or pediatric clear liquid supplement.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.supplement.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/supplement-type (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept;
    /**
     * Product or brand name of the nutritional supplement
     *
     * The product or brand name of the nutritional supplement such as "Acme Protein Shake".
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.supplement.productName`
     * - Type string
     */
    productName?: string;
    /** Extensions and id for `productName` (FHIR JSON primitive extension, see NutritionOrder.supplement.productName). */
    _productName?: Element;
    /**
     * Scheduled frequency of supplement
     *
     * The time period and frequency at which the supplement(s) should be given.  The supplement should be given for the combination of all schedules if more than one schedule is present.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.supplement.schedule`
     * - Type Timing
     */
    schedule?: Timing[];
    /**
     * Amount of the nutritional supplement
     *
     * The amount of the nutritional supplement to be given.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.supplement.quantity`
     * - Type Quantity
     */
    quantity?: SimpleQuantity;
    /**
     * Instructions or additional information about the oral supplement
     *
     * Free text or additional instructions or information pertaining to the oral supplement.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.supplement.instruction`
     * - Type string
     */
    instruction?: string;
    /** Extensions and id for `instruction` (FHIR JSON primitive extension, see NutritionOrder.supplement.instruction). */
    _instruction?: Element;
}
/**
 * Enteral formula components
 *
 * Feeding provided through the gastrointestinal tract via a tube, catheter, or stoma that delivers nutrition distal to the oral cavity.
 *
 * - Cardinality 0..1
 * - FHIR path `NutritionOrder.enteralFormula`
 * - Type BackboneElement
 */
export interface NutritionOrderEnteralFormula {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.enteralFormula.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see NutritionOrder.enteralFormula.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.enteralFormula.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.enteralFormula.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type of enteral or infant formula
     *
     * The type of enteral or infant formula such as an adult standard formula with fiber or a soy-based infant formula.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.enteralFormula.baseFormulaType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/entformula-type (codes not enumerable here: example binding: not checked)
     */
    baseFormulaType?: CodeableConcept;
    /**
     * Product or brand name of the enteral or infant formula
     *
     * The product or brand name of the enteral or infant formula product such as "ACME Adult Standard Formula".
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.enteralFormula.baseFormulaProductName`
     * - Type string
     */
    baseFormulaProductName?: string;
    /** Extensions and id for `baseFormulaProductName` (FHIR JSON primitive extension, see NutritionOrder.enteralFormula.baseFormulaProductName). */
    _baseFormulaProductName?: Element;
    /**
     * Type of modular component to add to the feeding
     *
     * Indicates the type of modular component such as protein, carbohydrate, fat or fiber to be provided in addition to or mixed with the base formula.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.enteralFormula.additiveType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/entformula-additive (codes not enumerable here: example binding: not checked)
     */
    additiveType?: CodeableConcept;
    /**
     * Product or brand name of the modular additive
     *
     * The product or brand name of the type of modular component to be added to the formula.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.enteralFormula.additiveProductName`
     * - Type string
     */
    additiveProductName?: string;
    /** Extensions and id for `additiveProductName` (FHIR JSON primitive extension, see NutritionOrder.enteralFormula.additiveProductName). */
    _additiveProductName?: Element;
    /**
     * Amount of energy per specified volume that is required
     *
     * The amount of energy (calories) that the formula should provide per specified volume, typically per mL or fluid oz.  For example, an infant may require a formula that provides 24 calories per fluid ounce or an adult may require an enteral formula that provides 1.5 calorie/mL.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.enteralFormula.caloricDensity`
     * - Type Quantity
     */
    caloricDensity?: SimpleQuantity;
    /**
     * How the formula should enter the patient's gastrointestinal tract
     *
     * The route or physiological path of administration into the patient's gastrointestinal  tract for purposes of providing the formula feeding, e.g. nasogastric tube.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.enteralFormula.routeofAdministration`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/enteral-route (9 codes: PO, EFT, ENTINSTL, GT, NGT, OGT, GJT, JJTINSTL, OJJ)
     */
    routeofAdministration?: CodeableConcept;
    /**
     * Formula feeding instruction as structured data
     *
     * Formula administration instructions as structured data.  This repeating structure allows for changing the administration rate or volume over time for both bolus and continuous feeding.  An example of this would be an instruction to increase the rate of continuous feeding every 2 hours.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.enteralFormula.administration`
     * - Type BackboneElement
     */
    administration?: NutritionOrderEnteralFormulaAdministration[];
    /**
     * Upper limit on formula volume per unit of time
     *
     * The maximum total quantity of formula that may be administered to a subject over the period of time, e.g. 1440 mL over 24 hours.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.enteralFormula.maxVolumeToDeliver`
     * - Type Quantity
     */
    maxVolumeToDeliver?: SimpleQuantity;
    /**
     * Formula feeding instructions expressed as text
     *
     * Free text formula administration, feeding instructions or additional instructions or information.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.enteralFormula.administrationInstruction`
     * - Type string
     */
    administrationInstruction?: string;
    /** Extensions and id for `administrationInstruction` (FHIR JSON primitive extension, see NutritionOrder.enteralFormula.administrationInstruction). */
    _administrationInstruction?: Element;
}
/**
 * Formula feeding instruction as structured data
 *
 * Formula administration instructions as structured data.  This repeating structure allows for changing the administration rate or volume over time for both bolus and continuous feeding.  An example of this would be an instruction to increase the rate of continuous feeding every 2 hours.
 *
 * - Cardinality 0..*
 * - FHIR path `NutritionOrder.enteralFormula.administration`
 * - Type BackboneElement
 */
export interface NutritionOrderEnteralFormulaAdministration {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.enteralFormula.administration.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see NutritionOrder.enteralFormula.administration.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.enteralFormula.administration.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `NutritionOrder.enteralFormula.administration.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Scheduled frequency of enteral feeding
     *
     * The time period and frequency at which the enteral formula should be delivered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.enteralFormula.administration.schedule`
     * - Type Timing
     */
    schedule?: Timing;
    /**
     * The volume of formula to provide
     *
     * The volume of formula to provide to the patient per the specified administration schedule.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.enteralFormula.administration.quantity`
     * - Type Quantity
     */
    quantity?: SimpleQuantity;
    /**
     * Speed with which the formula is provided per period of time
     *
     * The rate of administration of formula via a feeding pump, e.g. 60 mL per hour, according to the specified schedule.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.enteralFormula.administration.rate[x]`
     * - Type Quantity | Ratio
     */
    rateQuantity?: SimpleQuantity;
    /**
     * Speed with which the formula is provided per period of time
     *
     * The rate of administration of formula via a feeding pump, e.g. 60 mL per hour, according to the specified schedule.
     *
     * - Cardinality 0..1
     * - FHIR path `NutritionOrder.enteralFormula.administration.rate[x]`
     * - Type Quantity | Ratio
     */
    rateRatio?: Ratio;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkNutritionOrder(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkNutritionOrderOralDiet(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkNutritionOrderSupplement(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkNutritionOrderEnteralFormula(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkNutritionOrderOralDietNutrient(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkNutritionOrderOralDietTexture(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkNutritionOrderEnteralFormulaAdministration(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against NutritionOrder (http://hl7.org/fhir/StructureDefinition/NutritionOrder).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateNutritionOrder(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateNutritionOrder} with the same options reports no error or fatal issue: NutritionOrder (http://hl7.org/fhir/StructureDefinition/NutritionOrder). */
export declare function isNutritionOrder(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is NutritionOrder;
/** Input of {@link buildNutritionOrder}: a {@link NutritionOrder} without what the builder fills in. */
export type NutritionOrderInput = BuilderInput<NutritionOrder, 'resourceType'>;
/**
 * Builds a {@link NutritionOrder} (NutritionOrder, http://hl7.org/fhir/StructureDefinition/NutritionOrder).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "NutritionOrder"
 *
 * The result is checked with {@link validateNutritionOrder}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildNutritionOrder(input: NutritionOrderInput): NutritionOrder;
