import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Quantity } from './Quantity.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type Timing } from './Timing.js';
/**
 * SupplyRequest
 *
 * Base StructureDefinition for SupplyRequest Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/SupplyRequest
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface SupplyRequest {
    /** The FHIR resource type. */
    resourceType: 'SupplyRequest';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see SupplyRequest.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see SupplyRequest.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see SupplyRequest.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `SupplyRequest.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `SupplyRequest.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `SupplyRequest.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Unique identifier
     *
     * Unique identifier for this supply request.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * draft | active | suspended +
     *
     * Status of the supply request.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/supplyrequest-status (7 codes: draft, active, suspended, cancelled, completed, entered-in-error, unknown)
     */
    status?: 'active' | 'cancelled' | 'completed' | 'draft' | 'entered-in-error' | 'suspended' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see SupplyRequest.status). */
    _status?: Element;
    /**
     * The kind of supply (central, non-stock, etc.)
     *
     * Category of supply, e.g.  central, non-stock, etc. This is used to support work flows associated with the supply process.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/supplyrequest-kind (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept;
    /**
     * routine | urgent | asap | stat
     *
     * Indicates how quickly this SupplyRequest should be addressed with respect to other requests.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.priority`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/request-priority (4 codes: routine, urgent, asap, stat)
     */
    priority?: 'asap' | 'routine' | 'stat' | 'urgent';
    /** Extensions and id for `priority` (FHIR JSON primitive extension, see SupplyRequest.priority). */
    _priority?: Element;
    /**
     * The item being requested
     *
     * The item being requested.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.orderedItem`
     * - Type BackboneElement
     */
    orderedItem?: SupplyRequestOrderedItem;
    /**
     * When the request should be fulfilled
     *
     * When the request should be fulfilled.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.occurrence[x]`
     * - Type dateTime | Period | Timing
     */
    occurrenceDateTime?: string;
    /** Extensions and id for `occurrenceDateTime` (FHIR JSON primitive extension, see SupplyRequest.occurrence[x]). */
    _occurrenceDateTime?: Element;
    /**
     * When the request should be fulfilled
     *
     * When the request should be fulfilled.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.occurrence[x]`
     * - Type dateTime | Period | Timing
     */
    occurrencePeriod?: Period;
    /**
     * When the request should be fulfilled
     *
     * When the request should be fulfilled.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.occurrence[x]`
     * - Type dateTime | Period | Timing
     */
    occurrenceTiming?: Timing;
    /**
     * When the request was made
     *
     * When the request was made.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.authoredOn`
     * - Type dateTime
     */
    authoredOn?: string;
    /** Extensions and id for `authoredOn` (FHIR JSON primitive extension, see SupplyRequest.authoredOn). */
    _authoredOn?: Element;
    /**
     * Who/what is requesting service
     *
     * The individual who initiated the request and has responsibility for its activation.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.requester`
     * - Type BackboneElement
     */
    requester?: SupplyRequestRequester;
    /**
     * Who is intended to fulfill the request
     *
     * Who is intended to fulfill the request.
     *
     * - Cardinality 0..*
     * - FHIR path `SupplyRequest.supplier`
     * - Type Reference
     */
    supplier?: Reference<'Organization'>[];
    /**
     * Why the supply item was requested
     *
     * Why the supply item was requested.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.reason[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/supplyrequest-reason (codes not enumerable here: example binding: not checked)
     */
    reasonCodeableConcept?: CodeableConcept;
    /**
     * Why the supply item was requested
     *
     * Why the supply item was requested.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.reason[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/supplyrequest-reason (codes not enumerable here: example binding: not checked)
     */
    reasonReference?: Reference;
    /**
     * The origin of the supply
     *
     * Where the supply is expected to come from.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.deliverFrom`
     * - Type Reference
     */
    deliverFrom?: Reference<'Location' | 'Organization'>;
    /**
     * The destination of the supply
     *
     * Where the supply is destined to go.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.deliverTo`
     * - Type Reference
     */
    deliverTo?: Reference<'Location' | 'Organization' | 'Patient'>;
}
/**
 * The item being requested
 *
 * The item being requested.
 *
 * - Cardinality 0..1
 * - FHIR path `SupplyRequest.orderedItem`
 * - Type BackboneElement
 */
export interface SupplyRequestOrderedItem {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.orderedItem.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see SupplyRequest.orderedItem.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `SupplyRequest.orderedItem.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `SupplyRequest.orderedItem.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The requested amount of the item indicated
     *
     * The amount that is being ordered of the indicated item.
     *
     * - Cardinality 1..1
     * - FHIR path `SupplyRequest.orderedItem.quantity`
     * - Type Quantity
     */
    quantity: Quantity;
    /**
     * Medication, Substance, or Device requested to be supplied
     *
     * The item that is requested to be supplied. This is either a link to a resource representing the details of the item or a code that identifies the item from a known list.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.orderedItem.item[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/supply-item (codes not enumerable here: example binding: not checked)
     */
    itemCodeableConcept?: CodeableConcept;
    /**
     * Medication, Substance, or Device requested to be supplied
     *
     * The item that is requested to be supplied. This is either a link to a resource representing the details of the item or a code that identifies the item from a known list.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.orderedItem.item[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/supply-item (codes not enumerable here: example binding: not checked)
     */
    itemReference?: Reference<'Device' | 'Medication' | 'Substance'>;
}
/**
 * Who/what is requesting service
 *
 * The individual who initiated the request and has responsibility for its activation.
 *
 * - Cardinality 0..1
 * - FHIR path `SupplyRequest.requester`
 * - Type BackboneElement
 */
export interface SupplyRequestRequester {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.requester.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see SupplyRequest.requester.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `SupplyRequest.requester.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `SupplyRequest.requester.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Individual making the request
     *
     * The device, practitioner, etc. who initiated the request.
     *
     * - Cardinality 1..1
     * - FHIR path `SupplyRequest.requester.agent`
     * - Type Reference
     */
    agent: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Organization agent is acting for
     *
     * The organization the device or practitioner was acting on behalf of.
     *
     * - Cardinality 0..1
     * - FHIR path `SupplyRequest.requester.onBehalfOf`
     * - Type Reference
     */
    onBehalfOf?: Reference<'Organization'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkSupplyRequest(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSupplyRequestOrderedItem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSupplyRequestRequester(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against SupplyRequest (http://hl7.org/fhir/StructureDefinition/SupplyRequest).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateSupplyRequest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateSupplyRequest} with the same options reports no error or fatal issue: SupplyRequest (http://hl7.org/fhir/StructureDefinition/SupplyRequest). */
export declare function isSupplyRequest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is SupplyRequest;
/** Input of {@link buildSupplyRequest}: a {@link SupplyRequest} without what the builder fills in. */
export type SupplyRequestInput = BuilderInput<SupplyRequest, 'resourceType'>;
/**
 * Builds a {@link SupplyRequest} (SupplyRequest, http://hl7.org/fhir/StructureDefinition/SupplyRequest).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "SupplyRequest"
 *
 * The result is checked with {@link validateSupplyRequest}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildSupplyRequest(input: SupplyRequestInput): SupplyRequest;
