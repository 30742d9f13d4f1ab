import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type ExtensionCodingSctdescid } from './ExtensionCodingSctdescid.js';
import type { MedicationPackageBatch } from './Medication.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Ratio } from './Ratio.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
import { type SimpleQuantity } from './SimpleQuantity.js';
/**
 * CareConnect-Medication-1
 *
 * This Medication Resource is primarily used for the identification and definition of a medication.
 *
 * - Canonical URL: https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Medication-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir.careconnect-base#1.5.0
 * - Profile of Medication
 */
export interface CareConnectMedication1 {
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
     * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-MedicationCode-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
     */
    code?: CareConnectMedication1Code;
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
     * Codes that describe a medication dose form
     *
     * Describes the form of the item.  Powder; tablets; capsule.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.form`
     * - Type CodeableConcept
     * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-MedicationForm-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
     */
    form?: CareConnectMedication1Form;
    /**
     * Active or inactive ingredient
     *
     * Identifies a particular constituent of interest in the product.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.ingredient`
     * - Type BackboneElement
     */
    ingredient?: CareConnectMedication1Ingredient[];
    /**
     * Details about packaged medications
     *
     * Information that only applies to packages (not products).
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.package`
     * - Type BackboneElement
     */
    package?: CareConnectMedication1Package;
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
 * Codes that identify this medication
 *
 * A code (or set of codes) that specify this medication, or a textual description if no code is available. Usage note: This could be a standard medication code such as a code from RxNorm, SNOMED CT, IDMP etc. It could also be a national or local formulary code, optionally with translations to other code systems.
 *
 * - Cardinality 0..1
 * - FHIR path `Medication.code`
 * - Type CodeableConcept
 * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-MedicationCode-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
 */
export interface CareConnectMedication1Code {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.code.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Medication.code.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.code.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.code.coding`
     * - Type Coding
     */
    coding?: CareConnectMedication1CodeCoding[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.code.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Medication.code.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..*
 * - FHIR path `Medication.code.coding`
 * - Type Coding
 */
export interface CareConnectMedication1CodeCoding {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.code.coding.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Medication.code.coding.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.code.coding.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.code.coding.system`
     * - Type uri
     */
    system?: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Medication.code.coding.system). */
    _system?: Element;
    /**
     * Version of the system - if relevant
     *
     * The version of the code system which was used when choosing this code. Note that a well-maintained code system does not need the version reported, because the meaning of codes is consistent across versions. However this cannot consistently be assured. and when the meaning is not guaranteed to be consistent, the version SHOULD be exchanged.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.code.coding.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see Medication.code.coding.version). */
    _version?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.code.coding.code`
     * - Type code
     */
    code?: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Medication.code.coding.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.code.coding.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Medication.code.coding.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.code.coding.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Medication.code.coding.userSelected). */
    _userSelected?: Element;
}
/**
 * Codes that describe a medication dose form
 *
 * Describes the form of the item.  Powder; tablets; capsule.
 *
 * - Cardinality 0..1
 * - FHIR path `Medication.form`
 * - Type CodeableConcept
 * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-MedicationForm-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
 */
export interface CareConnectMedication1Form {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.form.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Medication.form.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.form.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.form.coding`
     * - Type Coding
     */
    coding?: CareConnectMedication1FormCoding[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.form.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Medication.form.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..*
 * - FHIR path `Medication.form.coding`
 * - Type Coding
 */
export interface CareConnectMedication1FormCoding {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.form.coding.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Medication.form.coding.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Medication.form.coding.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.form.coding.system`
     * - Type uri
     */
    system?: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Medication.form.coding.system). */
    _system?: Element;
    /**
     * Version of the system - if relevant
     *
     * The version of the code system which was used when choosing this code. Note that a well-maintained code system does not need the version reported, because the meaning of codes is consistent across versions. However this cannot consistently be assured. and when the meaning is not guaranteed to be consistent, the version SHOULD be exchanged.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.form.coding.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see Medication.form.coding.version). */
    _version?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.form.coding.code`
     * - Type code
     */
    code?: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Medication.form.coding.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.form.coding.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Medication.form.coding.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Medication.form.coding.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Medication.form.coding.userSelected). */
    _userSelected?: Element;
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
export interface CareConnectMedication1Ingredient {
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
export interface CareConnectMedication1Package {
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
    content?: CareConnectMedication1PackageContent[];
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
export interface CareConnectMedication1PackageContent {
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
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectMedication1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectMedication1Code(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectMedication1Form(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectMedication1Ingredient(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectMedication1Package(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectMedication1CodeCoding(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectMedication1FormCoding(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectMedication1PackageContent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-Medication-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Medication-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectMedication1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectMedication1} with the same options reports no error or fatal issue: CareConnect-Medication-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Medication-1 version 1.0.0). */
export declare function isCareConnectMedication1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectMedication1;
/** Input of {@link buildCareConnectMedication1}: a {@link CareConnectMedication1} without what the builder fills in. */
export type CareConnectMedication1Input = BuilderInput<CareConnectMedication1, 'resourceType', {
    meta?: ProfiledMetaInput<CareConnectMedication1['meta']>;
}>;
/**
 * Builds a {@link CareConnectMedication1} (CareConnect-Medication-1, https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Medication-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Medication"
 * - `meta.profile`: adds https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Medication-1
 *
 * The result is checked with {@link validateCareConnectMedication1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectMedication1(input: CareConnectMedication1Input): CareConnectMedication1;
