import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Ratio } from './Ratio.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type SimpleQuantity } from './SimpleQuantity.js';
/**
 * Medication
 *
 * Base StructureDefinition for Medication Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Medication
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Medication {
    /** The FHIR resource type. */
    resourceType: 'Medication';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Medication.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Medication.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Medication.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Codes that identify this medication
     *
     * A code (or set of codes) that specify this medication, or a textual description if no code is available. Usage note: This could be a standard medication code such as a code from RxNorm, SNOMED CT, IDMP etc. It could also be a national or local formulary code, optionally with translations to other code systems.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-codes (codes not enumerable here: example binding: not checked)
     */
    code?: CodeableConcept;
    /**
     * active | inactive | entered-in-error
     *
     * A code to indicate if the medication is in active use.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/medication-status (3 codes: active, inactive, entered-in-error)
     */
    status?: 'active' | 'entered-in-error' | 'inactive';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Medication.status). */
    _status?: Element;
    /**
     * True if a brand
     *
     * Set to true if the item is attributable to a specific manufacturer.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.isBrand`
     * - Type boolean
     */
    isBrand?: boolean;
    /** Extensions and id for `isBrand` (FHIR JSON primitive extension, see Medication.isBrand). */
    _isBrand?: Element;
    /**
     * True if medication does not require a prescription
     *
     * Set to true if the medication can be obtained without an order from a prescriber.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.isOverTheCounter`
     * - Type boolean
     */
    isOverTheCounter?: boolean;
    /** Extensions and id for `isOverTheCounter` (FHIR JSON primitive extension, see Medication.isOverTheCounter). */
    _isOverTheCounter?: Element;
    /**
     * Manufacturer of the item
     *
     * Describes the details of the manufacturer of the medication product.  This is not intended to represent the distributor of a medication product.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.manufacturer`
     * - Type Reference
     */
    manufacturer?: Reference<'Organization'>;
    /**
     * powder | tablets | capsule +
     *
     * Describes the form of the item.  Powder; tablets; capsule.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.form`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-form-codes (codes not enumerable here: example binding: not checked)
     */
    form?: CodeableConcept;
    /**
     * Active or inactive ingredient
     *
     * Identifies a particular constituent of interest in the product.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.ingredient`
     * - Type BackboneElement
     */
    ingredient?: MedicationIngredient[];
    /**
     * Details about packaged medications
     *
     * Information that only applies to packages (not products).
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.package`
     * - Type BackboneElement
     */
    package?: MedicationPackage;
    /**
     * Picture of the medication
     *
     * Photo(s) or graphic representation(s) of the medication.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.image`
     * - Type Attachment
     */
    image?: Attachment[];
}
/**
 * Active or inactive ingredient
 *
 * Identifies a particular constituent of interest in the product.
 *
 * - Cardinality 0..*
 * - FHIR path `Medication.ingredient`
 * - Type BackboneElement
 */
export interface MedicationIngredient {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.ingredient.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Medication.ingredient.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.ingredient.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.ingredient.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The product contained
     *
     * The actual ingredient - either a substance (simple ingredient) or another medication.
     *
     * - Cardinality 1..1
     * - FHIR path `Medication.ingredient.item[x]`
     * - Type CodeableConcept | Reference
     */
    itemCodeableConcept?: CodeableConcept;
    /**
     * The product contained
     *
     * The actual ingredient - either a substance (simple ingredient) or another medication.
     *
     * - Cardinality 1..1
     * - FHIR path `Medication.ingredient.item[x]`
     * - Type CodeableConcept | Reference
     */
    itemReference?: Reference<'Medication' | 'Substance'>;
    /**
     * Active ingredient indicator
     *
     * Indication of whether this ingredient affects the therapeutic action of the drug.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.ingredient.isActive`
     * - Type boolean
     */
    isActive?: boolean;
    /** Extensions and id for `isActive` (FHIR JSON primitive extension, see Medication.ingredient.isActive). */
    _isActive?: Element;
    /**
     * Quantity of ingredient present
     *
     * Specifies how many (or how much) of the items there are in this Medication.  For example, 250 mg per tablet.  This is expressed as a ratio where the numerator is 250mg and the denominator is 1 tablet.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.ingredient.amount`
     * - Type Ratio
     */
    amount?: Ratio;
}
/**
 * Details about packaged medications
 *
 * Information that only applies to packages (not products).
 *
 * - Cardinality 0..1
 * - FHIR path `Medication.package`
 * - Type BackboneElement
 */
export interface MedicationPackage {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.package.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Medication.package.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.package.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.package.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * E.g. box, vial, blister-pack
     *
     * The kind of container that this package comes as.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.package.container`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-package-form (codes not enumerable here: example binding: not checked)
     */
    container?: CodeableConcept;
    /**
     * What is  in the package
     *
     * A set of components that go to make up the described item.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.package.content`
     * - Type BackboneElement
     */
    content?: MedicationPackageContent[];
    /**
     * Identifies a single production run
     *
     * Information about a group of medication produced or packaged from one production run.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.package.batch`
     * - Type BackboneElement
     */
    batch?: MedicationPackageBatch[];
}
/**
 * What is  in the package
 *
 * A set of components that go to make up the described item.
 *
 * - Cardinality 0..*
 * - FHIR path `Medication.package.content`
 * - Type BackboneElement
 */
export interface MedicationPackageContent {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.package.content.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Medication.package.content.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.package.content.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.package.content.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The item in the package
     *
     * Identifies one of the items in the package.
     *
     * - Cardinality 1..1
     * - FHIR path `Medication.package.content.item[x]`
     * - Type CodeableConcept | Reference
     */
    itemCodeableConcept?: CodeableConcept;
    /**
     * The item in the package
     *
     * Identifies one of the items in the package.
     *
     * - Cardinality 1..1
     * - FHIR path `Medication.package.content.item[x]`
     * - Type CodeableConcept | Reference
     */
    itemReference?: Reference<'Medication'>;
    /**
     * Quantity present in the package
     *
     * The amount of the product that is in the package.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.package.content.amount`
     * - Type Quantity
     */
    amount?: SimpleQuantity;
}
/**
 * Identifies a single production run
 *
 * Information about a group of medication produced or packaged from one production run.
 *
 * - Cardinality 0..*
 * - FHIR path `Medication.package.batch`
 * - Type BackboneElement
 */
export interface MedicationPackageBatch {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.package.batch.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Medication.package.batch.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.package.batch.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.package.batch.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifier assigned to batch
     *
     * The assigned lot number of a batch of the specified product.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.package.batch.lotNumber`
     * - Type string
     */
    lotNumber?: string;
    /** Extensions and id for `lotNumber` (FHIR JSON primitive extension, see Medication.package.batch.lotNumber). */
    _lotNumber?: Element;
    /**
     * When batch will expire
     *
     * When this specific batch of product will expire.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.package.batch.expirationDate`
     * - Type dateTime
     */
    expirationDate?: string;
    /** Extensions and id for `expirationDate` (FHIR JSON primitive extension, see Medication.package.batch.expirationDate). */
    _expirationDate?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkMedication(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMedicationIngredient(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMedicationPackage(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMedicationPackageContent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMedicationPackageBatch(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Medication (http://hl7.org/fhir/StructureDefinition/Medication).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateMedication(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateMedication} with the same options reports no error or fatal issue: Medication (http://hl7.org/fhir/StructureDefinition/Medication). */
export declare function isMedication(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Medication;
/** Input of {@link buildMedication}: a {@link Medication} without what the builder fills in. */
export type MedicationInput = BuilderInput<Medication, 'resourceType'>;
/**
 * Builds a {@link Medication} (Medication, http://hl7.org/fhir/StructureDefinition/Medication).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Medication"
 *
 * The result is checked with {@link validateMedication}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildMedication(input: MedicationInput): Medication;
