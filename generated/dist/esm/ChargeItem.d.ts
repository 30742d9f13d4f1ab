import { type Annotation } from './Annotation.js';
import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Money } from './Money.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Quantity } from './Quantity.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type Timing } from './Timing.js';
/**
 * ChargeItem
 *
 * Base StructureDefinition for ChargeItem Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ChargeItem
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ChargeItem {
    /** The FHIR resource type. */
    resourceType: 'ChargeItem';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ChargeItem.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ChargeItem.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ChargeItem.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ChargeItem.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ChargeItem.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ChargeItem.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business Identifier for item
     *
     * Identifiers assigned to this event performer or other systems.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Defining information about the code of this charge item
     *
     * References the source of pricing information, rules of application for the code this ChargeItem uses.
     *
     * - Cardinality 0..*
     * - FHIR path `ChargeItem.definition`
     * - Type uri
     */
    definition?: string[];
    /** Extensions and id for `definition` (FHIR JSON primitive extension, see ChargeItem.definition). */
    _definition?: (Element | null)[];
    /**
     * planned | billable | not-billable | aborted | billed | entered-in-error | unknown
     *
     * The current state of the ChargeItem.
     *
     * - Cardinality 1..1
     * - FHIR path `ChargeItem.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/chargeitem-status (7 codes: planned, billable, not-billable, aborted, billed, entered-in-error, unknown)
     */
    status: 'aborted' | 'billable' | 'billed' | 'entered-in-error' | 'not-billable' | 'planned' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see ChargeItem.status). */
    _status?: Element;
    /**
     * Part of referenced ChargeItem
     *
     * ChargeItems can be grouped to larger ChargeItems covering the whole set.
     *
     * - Cardinality 0..*
     * - FHIR path `ChargeItem.partOf`
     * - Type Reference
     */
    partOf?: Reference<'ChargeItem'>[];
    /**
     * A code that identifies the charge, like a billing code
     *
     * A code that identifies the charge, like a billing code.
     *
     * - Cardinality 1..1
     * - FHIR path `ChargeItem.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/chargeitem-billingcodes (codes not enumerable here: example binding: not checked)
     */
    code: CodeableConcept;
    /**
     * Individual service was done for/to
     *
     * The individual or set of individuals the action is being or was performed on.
     *
     * - Cardinality 1..1
     * - FHIR path `ChargeItem.subject`
     * - Type Reference
     */
    subject: Reference<'Group' | 'Patient'>;
    /**
     * Encounter / Episode associated with event
     *
     * The encounter or episode of care that establishes the context for this event.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * When the charged service was applied
     *
     * Date/time(s) or duration when the charged service was applied.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.occurrence[x]`
     * - Type dateTime | Period | Timing
     */
    occurrenceDateTime?: string;
    /** Extensions and id for `occurrenceDateTime` (FHIR JSON primitive extension, see ChargeItem.occurrence[x]). */
    _occurrenceDateTime?: Element;
    /**
     * When the charged service was applied
     *
     * Date/time(s) or duration when the charged service was applied.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.occurrence[x]`
     * - Type dateTime | Period | Timing
     */
    occurrencePeriod?: Period;
    /**
     * When the charged service was applied
     *
     * Date/time(s) or duration when the charged service was applied.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.occurrence[x]`
     * - Type dateTime | Period | Timing
     */
    occurrenceTiming?: Timing;
    /**
     * Who performed charged service
     *
     * Indicates who or what performed or participated in the charged service.
     *
     * - Cardinality 0..*
     * - FHIR path `ChargeItem.participant`
     * - Type BackboneElement
     */
    participant?: ChargeItemParticipant[];
    /**
     * Organization providing the charged sevice
     *
     * The organization requesting the service.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.performingOrganization`
     * - Type Reference
     */
    performingOrganization?: Reference<'Organization'>;
    /**
     * Organization requesting the charged service
     *
     * The organization performing the service.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.requestingOrganization`
     * - Type Reference
     */
    requestingOrganization?: Reference<'Organization'>;
    /**
     * Quantity of which the charge item has been serviced
     *
     * Quantity of which the charge item has been serviced.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.quantity`
     * - Type Quantity
     */
    quantity?: Quantity;
    /**
     * Anatomical location, if relevant
     *
     * The anatomical location where the related service has been applied.
     *
     * - Cardinality 0..*
     * - FHIR path `ChargeItem.bodysite`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/body-site (codes not enumerable here: example binding: not checked)
     */
    bodysite?: CodeableConcept[];
    /**
     * Factor overriding the associated rules
     *
     * Factor overriding the factor determined by the rules associated with the code.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.factorOverride`
     * - Type decimal
     */
    factorOverride?: number;
    /** Extensions and id for `factorOverride` (FHIR JSON primitive extension, see ChargeItem.factorOverride). */
    _factorOverride?: Element;
    /**
     * Price overriding the associated rules
     *
     * Total price of the charge overriding the list price associated with the code.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.priceOverride`
     * - Type Money
     */
    priceOverride?: Money;
    /**
     * Reason for overriding the list price/factor
     *
     * If the list price or the rule based factor associated with the code is overridden, this attribute can capture a text to indicate the  reason for this action.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.overrideReason`
     * - Type string
     */
    overrideReason?: string;
    /** Extensions and id for `overrideReason` (FHIR JSON primitive extension, see ChargeItem.overrideReason). */
    _overrideReason?: Element;
    /**
     * Individual who was entering
     *
     * The device, practitioner, etc. who entered the charge item.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.enterer`
     * - Type Reference
     */
    enterer?: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Date the charge item was entered
     *
     * Date the charge item was entered.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.enteredDate`
     * - Type dateTime
     */
    enteredDate?: string;
    /** Extensions and id for `enteredDate` (FHIR JSON primitive extension, see ChargeItem.enteredDate). */
    _enteredDate?: Element;
    /**
     * Why was the charged  service rendered?
     *
     * Describes why the event occurred in coded or textual form.
     *
     * - Cardinality 0..*
     * - FHIR path `ChargeItem.reason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/icd-10 (codes not enumerable here: example binding: not checked)
     */
    reason?: CodeableConcept[];
    /**
     * Which rendered service is being charged?
     *
     * Indicated the rendered service that caused this charge.
     *
     * - Cardinality 0..*
     * - FHIR path `ChargeItem.service`
     * - Type Reference
     */
    service?: Reference<'DiagnosticReport' | 'ImagingStudy' | 'Immunization' | 'MedicationAdministration' | 'MedicationDispense' | 'Observation' | 'Procedure' | 'SupplyDelivery'>[];
    /**
     * Account to place this charge
     *
     * Account into which this ChargeItems belongs.
     *
     * - Cardinality 0..*
     * - FHIR path `ChargeItem.account`
     * - Type Reference
     */
    account?: Reference<'Account'>[];
    /**
     * Comments made about the ChargeItem
     *
     * Comments made about the event by the performer, subject or other participants.
     *
     * - Cardinality 0..*
     * - FHIR path `ChargeItem.note`
     * - Type Annotation
     */
    note?: Annotation[];
    /**
     * Further information supporting the this charge
     *
     * Further information supporting the this charge.
     *
     * - Cardinality 0..*
     * - FHIR path `ChargeItem.supportingInformation`
     * - Type Reference
     */
    supportingInformation?: Reference[];
}
/**
 * Who performed charged service
 *
 * Indicates who or what performed or participated in the charged service.
 *
 * - Cardinality 0..*
 * - FHIR path `ChargeItem.participant`
 * - Type BackboneElement
 */
export interface ChargeItemParticipant {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.participant.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ChargeItem.participant.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ChargeItem.participant.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ChargeItem.participant.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * What type of performance was done
     *
     * Describes the type of performance or participation(e.g. primary surgeon, anaesthesiologiest, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ChargeItem.participant.role`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/performer-role (codes not enumerable here: example binding: not checked)
     */
    role?: CodeableConcept;
    /**
     * Individual who was performing
     *
     * The device, practitioner, etc. who performed or participated in the service.
     *
     * - Cardinality 1..1
     * - FHIR path `ChargeItem.participant.actor`
     * - Type Reference
     */
    actor: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkChargeItem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkChargeItemParticipant(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ChargeItem (http://hl7.org/fhir/StructureDefinition/ChargeItem).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateChargeItem(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateChargeItem} with the same options reports no error or fatal issue: ChargeItem (http://hl7.org/fhir/StructureDefinition/ChargeItem). */
export declare function isChargeItem(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ChargeItem;
/** Input of {@link buildChargeItem}: a {@link ChargeItem} without what the builder fills in. */
export type ChargeItemInput = BuilderInput<ChargeItem, 'resourceType'>;
/**
 * Builds a {@link ChargeItem} (ChargeItem, http://hl7.org/fhir/StructureDefinition/ChargeItem).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ChargeItem"
 *
 * The result is checked with {@link validateChargeItem}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildChargeItem(input: ChargeItemInput): ChargeItem;
