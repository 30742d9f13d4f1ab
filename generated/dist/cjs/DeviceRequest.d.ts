import { type Annotation } from './Annotation.js';
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
import { type Timing } from './Timing.js';
/**
 * DeviceRequest
 *
 * Base StructureDefinition for DeviceRequest Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/DeviceRequest
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface DeviceRequest {
    /** The FHIR resource type. */
    resourceType: 'DeviceRequest';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DeviceRequest.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see DeviceRequest.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see DeviceRequest.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceRequest.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceRequest.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceRequest.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External Request identifier
     *
     * Identifiers assigned to this order by the orderer or by the receiver.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceRequest.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Protocol or definition
     *
     * Protocol or definition followed by this request. For example: The proposed act must be performed if the indicated conditions occur, e.g.., shortness of breath, SpO2 less than x%.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceRequest.definition`
     * - Type Reference
     */
    definition?: Reference<'ActivityDefinition' | 'PlanDefinition'>[];
    /**
     * What request fulfills
     *
     * Plan/proposal/order fulfilled by this request.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceRequest.basedOn`
     * - Type Reference
     */
    basedOn?: Reference[];
    /**
     * What request replaces
     *
     * The request takes the place of the referenced completed or terminated request(s).
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceRequest.priorRequest`
     * - Type Reference
     */
    priorRequest?: Reference[];
    /**
     * Identifier of composite request
     *
     * Composite request this is part of.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.groupIdentifier`
     * - Type Identifier
     */
    groupIdentifier?: Identifier;
    /**
     * draft | active | suspended | completed | entered-in-error | cancelled
     *
     * The status of the request.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/request-status (7 codes: draft, active, suspended, cancelled, completed, entered-in-error, unknown)
     */
    status?: 'active' | 'cancelled' | 'completed' | 'draft' | 'entered-in-error' | 'suspended' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see DeviceRequest.status). */
    _status?: Element;
    /**
     * proposal | plan | original-order | encoded | reflex-order
     *
     * Whether the request is a proposal, plan, an original order or a reflex order.
     *
     * - Cardinality 1..1
     * - FHIR path `DeviceRequest.intent`
     * - Type CodeableConcept
     * - Binding required to http://build.fhir.org/valueset-request-intent.html (codes not enumerable here: http://build.fhir.org/valueset-request-intent.html is not a FHIR ValueSet)
     */
    intent: CodeableConcept;
    /**
     * Indicates how quickly the {{title}} should be addressed with respect to other requests
     *
     * Indicates how quickly the {{title}} should be addressed with respect to other requests.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.priority`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/request-priority (4 codes: routine, urgent, asap, stat)
     */
    priority?: 'asap' | 'routine' | 'stat' | 'urgent';
    /** Extensions and id for `priority` (FHIR JSON primitive extension, see DeviceRequest.priority). */
    _priority?: Element;
    /**
     * Device requested
     *
     * The details of the device to be used.
     *
     * - Cardinality 1..1
     * - FHIR path `DeviceRequest.code[x]`
     * - Type Reference | CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/device-kind (codes not enumerable here: example binding: not checked)
     */
    codeReference?: Reference<'Device'>;
    /**
     * Device requested
     *
     * The details of the device to be used.
     *
     * - Cardinality 1..1
     * - FHIR path `DeviceRequest.code[x]`
     * - Type Reference | CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/device-kind (codes not enumerable here: example binding: not checked)
     */
    codeCodeableConcept?: CodeableConcept;
    /**
     * Focus of request
     *
     * The patient who will use the device.
     *
     * - Cardinality 1..1
     * - FHIR path `DeviceRequest.subject`
     * - Type Reference
     */
    subject: Reference<'Device' | 'Group' | 'Location' | 'Patient'>;
    /**
     * Encounter or Episode motivating request
     *
     * An encounter that provides additional context in which this request is made.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * Desired time or schedule for use
     *
     * The timing schedule for the use of the device. The Schedule data type allows many different expressions, for example. "Every 8 hours"; "Three times a day"; "1/2 an hour before breakfast for 10 days from 23-Dec 2011:"; "15 Oct 2013, 17 Oct 2013 and 1 Nov 2013".
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.occurrence[x]`
     * - Type dateTime | Period | Timing
     */
    occurrenceDateTime?: string;
    /** Extensions and id for `occurrenceDateTime` (FHIR JSON primitive extension, see DeviceRequest.occurrence[x]). */
    _occurrenceDateTime?: Element;
    /**
     * Desired time or schedule for use
     *
     * The timing schedule for the use of the device. The Schedule data type allows many different expressions, for example. "Every 8 hours"; "Three times a day"; "1/2 an hour before breakfast for 10 days from 23-Dec 2011:"; "15 Oct 2013, 17 Oct 2013 and 1 Nov 2013".
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.occurrence[x]`
     * - Type dateTime | Period | Timing
     */
    occurrencePeriod?: Period;
    /**
     * Desired time or schedule for use
     *
     * The timing schedule for the use of the device. The Schedule data type allows many different expressions, for example. "Every 8 hours"; "Three times a day"; "1/2 an hour before breakfast for 10 days from 23-Dec 2011:"; "15 Oct 2013, 17 Oct 2013 and 1 Nov 2013".
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.occurrence[x]`
     * - Type dateTime | Period | Timing
     */
    occurrenceTiming?: Timing;
    /**
     * When recorded
     *
     * When the request transitioned to being actionable.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.authoredOn`
     * - Type dateTime
     */
    authoredOn?: string;
    /** Extensions and id for `authoredOn` (FHIR JSON primitive extension, see DeviceRequest.authoredOn). */
    _authoredOn?: Element;
    /**
     * Who/what is requesting diagnostics
     *
     * The individual who initiated the request and has responsibility for its activation.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.requester`
     * - Type BackboneElement
     */
    requester?: DeviceRequestRequester;
    /**
     * Fille role
     *
     * Desired type of performer for doing the diagnostic testing.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.performerType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/participant-role (codes not enumerable here: example binding: not checked)
     */
    performerType?: CodeableConcept;
    /**
     * Requested Filler
     *
     * The desired perfomer for doing the diagnostic testing.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.performer`
     * - Type Reference
     */
    performer?: Reference<'Device' | 'HealthcareService' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Coded Reason for request
     *
     * Reason or justification for the use of this device.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceRequest.reasonCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/condition-code (codes not enumerable here: example binding: not checked)
     */
    reasonCode?: CodeableConcept[];
    /**
     * Linked Reason for request
     *
     * Reason or justification for the use of this device.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceRequest.reasonReference`
     * - Type Reference
     */
    reasonReference?: Reference[];
    /**
     * Additional clinical information
     *
     * Additional clinical information about the patient that may influence the request fulfilment.  For example, this may includes body where on the subject's the device will be used ( i.e. the target site).
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceRequest.supportingInfo`
     * - Type Reference
     */
    supportingInfo?: Reference[];
    /**
     * Notes or comments
     *
     * Details about this request that were not represented at all or sufficiently in one of the attributes provided in a class. These may include for example a comment, an instruction, or a note associated with the statement.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceRequest.note`
     * - Type Annotation
     */
    note?: Annotation[];
    /**
     * Request provenance
     *
     * Key events in the history of the request.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceRequest.relevantHistory`
     * - Type Reference
     */
    relevantHistory?: Reference<'Provenance'>[];
}
/**
 * Who/what is requesting diagnostics
 *
 * The individual who initiated the request and has responsibility for its activation.
 *
 * - Cardinality 0..1
 * - FHIR path `DeviceRequest.requester`
 * - Type BackboneElement
 */
export interface DeviceRequestRequester {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.requester.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DeviceRequest.requester.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceRequest.requester.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceRequest.requester.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Individual making the request
     *
     * The device, practitioner, etc. who initiated the request.
     *
     * - Cardinality 1..1
     * - FHIR path `DeviceRequest.requester.agent`
     * - Type Reference
     */
    agent: Reference<'Device' | 'Organization' | 'Practitioner'>;
    /**
     * Organization agent is acting for
     *
     * The organization the device or practitioner was acting on behalf of.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceRequest.requester.onBehalfOf`
     * - Type Reference
     */
    onBehalfOf?: Reference<'Organization'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDeviceRequest(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDeviceRequestRequester(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against DeviceRequest (http://hl7.org/fhir/StructureDefinition/DeviceRequest).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDeviceRequest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDeviceRequest} with the same options reports no error or fatal issue: DeviceRequest (http://hl7.org/fhir/StructureDefinition/DeviceRequest). */
export declare function isDeviceRequest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is DeviceRequest;
/** Input of {@link buildDeviceRequest}: a {@link DeviceRequest} without what the builder fills in. */
export type DeviceRequestInput = BuilderInput<DeviceRequest, 'resourceType'>;
/**
 * Builds a {@link DeviceRequest} (DeviceRequest, http://hl7.org/fhir/StructureDefinition/DeviceRequest).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "DeviceRequest"
 *
 * The result is checked with {@link validateDeviceRequest}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildDeviceRequest(input: DeviceRequestInput): DeviceRequest;
