import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type SimpleQuantity } from './SimpleQuantity.js';
import { type Timing } from './Timing.js';
/**
 * SupplyDelivery
 *
 * Base StructureDefinition for SupplyDelivery Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/SupplyDelivery
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface SupplyDelivery {
    /** The FHIR resource type. */
    resourceType: 'SupplyDelivery';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see SupplyDelivery.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see SupplyDelivery.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see SupplyDelivery.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `SupplyDelivery.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `SupplyDelivery.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `SupplyDelivery.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External identifier
     *
     * Identifier assigned by the dispensing facility when the item(s) is dispensed.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Fulfills plan, proposal or order
     *
     * A plan, proposal or order that is fulfilled in whole or in part by this event.
     *
     * - Cardinality 0..*
     * - FHIR path `SupplyDelivery.basedOn`
     * - Type Reference
     */
    basedOn?: Reference<'SupplyRequest'>[];
    /**
     * Part of referenced event
     *
     * A larger event of which this particular event is a component or step.
     *
     * - Cardinality 0..*
     * - FHIR path `SupplyDelivery.partOf`
     * - Type Reference
     */
    partOf?: Reference<'Contract' | 'SupplyDelivery'>[];
    /**
     * in-progress | completed | abandoned | entered-in-error
     *
     * A code specifying the state of the dispense event.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/supplydelivery-status (4 codes: in-progress, completed, abandoned, entered-in-error)
     */
    status?: 'abandoned' | 'completed' | 'entered-in-error' | 'in-progress';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see SupplyDelivery.status). */
    _status?: Element;
    /**
     * Patient for whom the item is supplied
     *
     * A link to a resource representing the person whom the delivered item is for.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.patient`
     * - Type Reference
     */
    patient?: Reference<'Patient'>;
    /**
     * Category of dispense event
     *
     * Indicates the type of dispensing event that is performed. Examples include: Trial Fill, Completion of Trial, Partial Fill, Emergency Fill, Samples, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.type`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/supplydelivery-type (2 codes: medication, device)
     */
    type?: CodeableConcept<'device' | 'medication'>;
    /**
     * The item that is delivered or supplied
     *
     * The item that is being delivered or has been supplied.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.suppliedItem`
     * - Type BackboneElement
     */
    suppliedItem?: SupplyDeliverySuppliedItem;
    /**
     * When event occurred
     *
     * The date or time(s) the activity occurred.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.occurrence[x]`
     * - Type dateTime | Period | Timing
     */
    occurrenceDateTime?: string;
    /** Extensions and id for `occurrenceDateTime` (FHIR JSON primitive extension, see SupplyDelivery.occurrence[x]). */
    _occurrenceDateTime?: Element;
    /**
     * When event occurred
     *
     * The date or time(s) the activity occurred.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.occurrence[x]`
     * - Type dateTime | Period | Timing
     */
    occurrencePeriod?: Period;
    /**
     * When event occurred
     *
     * The date or time(s) the activity occurred.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.occurrence[x]`
     * - Type dateTime | Period | Timing
     */
    occurrenceTiming?: Timing;
    /**
     * Dispenser
     *
     * The individual responsible for dispensing the medication, supplier or device.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.supplier`
     * - Type Reference
     */
    supplier?: Reference<'Organization' | 'Practitioner'>;
    /**
     * Where the Supply was sent
     *
     * Identification of the facility/location where the Supply was shipped to, as part of the dispense event.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.destination`
     * - Type Reference
     */
    destination?: Reference<'Location'>;
    /**
     * Who collected the Supply
     *
     * Identifies the person who picked up the Supply.
     *
     * - Cardinality 0..*
     * - FHIR path `SupplyDelivery.receiver`
     * - Type Reference
     */
    receiver?: Reference<'Practitioner'>[];
}
/**
 * The item that is delivered or supplied
 *
 * The item that is being delivered or has been supplied.
 *
 * - Cardinality 0..1
 * - FHIR path `SupplyDelivery.suppliedItem`
 * - Type BackboneElement
 */
export interface SupplyDeliverySuppliedItem {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.suppliedItem.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see SupplyDelivery.suppliedItem.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `SupplyDelivery.suppliedItem.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `SupplyDelivery.suppliedItem.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Amount dispensed
     *
     * The amount of supply that has been dispensed. Includes unit of measure.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.suppliedItem.quantity`
     * - Type Quantity
     */
    quantity?: SimpleQuantity;
    /**
     * Medication, Substance, or Device supplied
     *
     * Identifies the medication, substance or device being dispensed. This is either a link to a resource representing the details of the item or a code that identifies the item from a known list.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.suppliedItem.item[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/supply-item (codes not enumerable here: example binding: not checked)
     */
    itemCodeableConcept?: CodeableConcept;
    /**
     * Medication, Substance, or Device supplied
     *
     * Identifies the medication, substance or device being dispensed. This is either a link to a resource representing the details of the item or a code that identifies the item from a known list.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyDelivery.suppliedItem.item[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/supply-item (codes not enumerable here: example binding: not checked)
     */
    itemReference?: Reference<'Device' | 'Medication' | 'Substance'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkSupplyDelivery(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSupplyDeliverySuppliedItem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against SupplyDelivery (http://hl7.org/fhir/StructureDefinition/SupplyDelivery).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateSupplyDelivery(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateSupplyDelivery} with the same options reports no error or fatal issue: SupplyDelivery (http://hl7.org/fhir/StructureDefinition/SupplyDelivery). */
export declare function isSupplyDelivery(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is SupplyDelivery;
/** Input of {@link buildSupplyDelivery}: a {@link SupplyDelivery} without what the builder fills in. */
export type SupplyDeliveryInput = BuilderInput<SupplyDelivery, 'resourceType'>;
/**
 * Builds a {@link SupplyDelivery} (SupplyDelivery, http://hl7.org/fhir/StructureDefinition/SupplyDelivery).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "SupplyDelivery"
 * - the `system` of codings in `type`: http://hl7.org/fhir/supply-item-type (the only system of its required binding)
 *
 * The result is checked with {@link validateSupplyDelivery}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildSupplyDelivery(input: SupplyDeliveryInput): SupplyDelivery;
