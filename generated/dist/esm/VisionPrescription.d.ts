import { type Annotation } from './Annotation.js';
import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type SimpleQuantity } from './SimpleQuantity.js';
/**
 * VisionPrescription
 *
 * Base StructureDefinition for VisionPrescription Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/VisionPrescription
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface VisionPrescription {
    /** The FHIR resource type. */
    resourceType: 'VisionPrescription';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see VisionPrescription.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see VisionPrescription.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see VisionPrescription.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `VisionPrescription.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `VisionPrescription.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `VisionPrescription.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business identifier
     *
     * Business identifier which may be used by other parties to reference or identify the prescription.
     *
     * - Cardinality 0..*
     * - FHIR path `VisionPrescription.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | cancelled | draft | entered-in-error
     *
     * The status of the resource instance.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/fm-status (4 codes: active, cancelled, draft, entered-in-error)
     */
    status?: 'active' | 'cancelled' | 'draft' | 'entered-in-error';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see VisionPrescription.status). */
    _status?: Element;
    /**
     * Who prescription is for
     *
     * A link to a resource representing the person to whom the vision products will be supplied.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.patient`
     * - Type Reference
     */
    patient?: Reference<'Patient'>;
    /**
     * Created during encounter / admission / stay
     *
     * A link to a resource that identifies the particular occurrence of contact between patient and health care provider.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.encounter`
     * - Type Reference
     */
    encounter?: Reference<'Encounter'>;
    /**
     * When prescription was authorized
     *
     * The date (and perhaps time) when the prescription was written.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.dateWritten`
     * - Type dateTime
     */
    dateWritten?: string;
    /** Extensions and id for `dateWritten` (FHIR JSON primitive extension, see VisionPrescription.dateWritten). */
    _dateWritten?: Element;
    /**
     * Who authorizes the vision product
     *
     * The healthcare professional responsible for authorizing the prescription.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.prescriber`
     * - Type Reference
     */
    prescriber?: Reference<'Practitioner'>;
    /**
     * Reason or indication for writing the prescription
     *
     * Can be the reason or the indication for writing the prescription.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.reason[x]`
     * - Type CodeableConcept | Reference
     */
    reasonCodeableConcept?: CodeableConcept;
    /**
     * Reason or indication for writing the prescription
     *
     * Can be the reason or the indication for writing the prescription.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.reason[x]`
     * - Type CodeableConcept | Reference
     */
    reasonReference?: Reference<'Condition'>;
    /**
     * Vision supply authorization
     *
     * Deals with details of the dispense part of the supply specification.
     *
     * - Cardinality 0..*
     * - FHIR path `VisionPrescription.dispense`
     * - Type BackboneElement
     */
    dispense?: VisionPrescriptionDispense[];
}
/**
 * Vision supply authorization
 *
 * Deals with details of the dispense part of the supply specification.
 *
 * - Cardinality 0..*
 * - FHIR path `VisionPrescription.dispense`
 * - Type BackboneElement
 */
export interface VisionPrescriptionDispense {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.dispense.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see VisionPrescription.dispense.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `VisionPrescription.dispense.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `VisionPrescription.dispense.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Product to be supplied
     *
     * Identifies the type of vision correction product which is required for the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.dispense.product`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/vision-product (codes not enumerable here: example binding: not checked)
     */
    product?: CodeableConcept;
    /**
     * right | left
     *
     * The eye for which the lens applies.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.dispense.eye`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/vision-eye-codes (2 codes: right, left)
     */
    eye?: 'left' | 'right';
    /** Extensions and id for `eye` (FHIR JSON primitive extension, see VisionPrescription.dispense.eye). */
    _eye?: Element;
    /**
     * Lens sphere
     *
     * Lens power measured in diopters (0.25 units).
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.dispense.sphere`
     * - Type decimal
     */
    sphere?: number;
    /** Extensions and id for `sphere` (FHIR JSON primitive extension, see VisionPrescription.dispense.sphere). */
    _sphere?: Element;
    /**
     * Lens cylinder
     *
     * Power adjustment for astigmatism measured in diopters (0.25 units).
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.dispense.cylinder`
     * - Type decimal
     */
    cylinder?: number;
    /** Extensions and id for `cylinder` (FHIR JSON primitive extension, see VisionPrescription.dispense.cylinder). */
    _cylinder?: Element;
    /**
     * Lens axis
     *
     * Adjustment for astigmatism measured in integer degrees.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.dispense.axis`
     * - Type integer
     */
    axis?: number;
    /** Extensions and id for `axis` (FHIR JSON primitive extension, see VisionPrescription.dispense.axis). */
    _axis?: Element;
    /**
     * Lens prism
     *
     * Amount of prism to compensate for eye alignment in fractional units.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.dispense.prism`
     * - Type decimal
     */
    prism?: number;
    /** Extensions and id for `prism` (FHIR JSON primitive extension, see VisionPrescription.dispense.prism). */
    _prism?: Element;
    /**
     * up | down | in | out
     *
     * The relative base, or reference lens edge, for the prism.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.dispense.base`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/vision-base-codes (4 codes: up, down, in, out)
     */
    base?: 'down' | 'in' | 'out' | 'up';
    /** Extensions and id for `base` (FHIR JSON primitive extension, see VisionPrescription.dispense.base). */
    _base?: Element;
    /**
     * Lens add
     *
     * Power adjustment for multifocal lenses measured in diopters (0.25 units).
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.dispense.add`
     * - Type decimal
     */
    add?: number;
    /** Extensions and id for `add` (FHIR JSON primitive extension, see VisionPrescription.dispense.add). */
    _add?: Element;
    /**
     * Contact lens power
     *
     * Contact lens power measured in diopters (0.25 units).
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.dispense.power`
     * - Type decimal
     */
    power?: number;
    /** Extensions and id for `power` (FHIR JSON primitive extension, see VisionPrescription.dispense.power). */
    _power?: Element;
    /**
     * Contact lens back curvature
     *
     * Back curvature measured in millimeters.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.dispense.backCurve`
     * - Type decimal
     */
    backCurve?: number;
    /** Extensions and id for `backCurve` (FHIR JSON primitive extension, see VisionPrescription.dispense.backCurve). */
    _backCurve?: Element;
    /**
     * Contact lens diameter
     *
     * Contact lens diameter measured in millimeters.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.dispense.diameter`
     * - Type decimal
     */
    diameter?: number;
    /** Extensions and id for `diameter` (FHIR JSON primitive extension, see VisionPrescription.dispense.diameter). */
    _diameter?: Element;
    /**
     * Lens wear duration
     *
     * The recommended maximum wear period for the lens.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.dispense.duration`
     * - Type Quantity
     */
    duration?: SimpleQuantity;
    /**
     * Color required
     *
     * Special color or pattern.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.dispense.color`
     * - Type string
     */
    color?: string;
    /** Extensions and id for `color` (FHIR JSON primitive extension, see VisionPrescription.dispense.color). */
    _color?: Element;
    /**
     * Brand required
     *
     * Brand recommendations or restrictions.
     *
     * - Cardinality 0..1
     * - FHIR path `VisionPrescription.dispense.brand`
     * - Type string
     */
    brand?: string;
    /** Extensions and id for `brand` (FHIR JSON primitive extension, see VisionPrescription.dispense.brand). */
    _brand?: Element;
    /**
     * Notes for coatings
     *
     * Notes for special requirements such as coatings and lens materials.
     *
     * - Cardinality 0..*
     * - FHIR path `VisionPrescription.dispense.note`
     * - Type Annotation
     */
    note?: Annotation[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkVisionPrescription(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkVisionPrescriptionDispense(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against VisionPrescription (http://hl7.org/fhir/StructureDefinition/VisionPrescription).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateVisionPrescription(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateVisionPrescription} with the same options reports no error or fatal issue: VisionPrescription (http://hl7.org/fhir/StructureDefinition/VisionPrescription). */
export declare function isVisionPrescription(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is VisionPrescription;
/** Input of {@link buildVisionPrescription}: a {@link VisionPrescription} without what the builder fills in. */
export type VisionPrescriptionInput = BuilderInput<VisionPrescription, 'resourceType'>;
/**
 * Builds a {@link VisionPrescription} (VisionPrescription, http://hl7.org/fhir/StructureDefinition/VisionPrescription).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "VisionPrescription"
 *
 * The result is checked with {@link validateVisionPrescription}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildVisionPrescription(input: VisionPrescriptionInput): VisionPrescription;
