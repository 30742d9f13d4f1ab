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
/**
 * ReferralRequest
 *
 * Base StructureDefinition for ReferralRequest Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ReferralRequest
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ReferralRequest {
    /** The FHIR resource type. */
    resourceType: 'ReferralRequest';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ReferralRequest.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ReferralRequest.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ReferralRequest.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business identifier
     *
     * Business identifier that uniquely identifies the referral/care transfer request instance.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Instantiates protocol or definition
     *
     * A protocol, guideline, orderset or other definition that is adhered to in whole or in part by this request.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.definition`
     * - Type Reference
     */
    definition?: Reference<'ActivityDefinition' | 'PlanDefinition'>[];
    /**
     * Request fulfilled by this request
     *
     * Indicates any plans, proposals or orders that this request is intended to satisfy - in whole or in part.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.basedOn`
     * - Type Reference
     */
    basedOn?: Reference<'CarePlan' | 'ProcedureRequest' | 'ReferralRequest'>[];
    /**
     * Request(s) replaced by this request
     *
     * Completed or terminated request(s) whose function is taken by this new request.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.replaces`
     * - Type Reference
     */
    replaces?: Reference<'ReferralRequest'>[];
    /**
     * Composite request this is part of
     *
     * The business identifier of the logical "grouping" request/order that this referral is a part of.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.groupIdentifier`
     * - Type Identifier
     */
    groupIdentifier?: Identifier;
    /**
     * draft | active | suspended | cancelled | completed | entered-in-error | unknown
     *
     * The status of the authorization/intention reflected by the referral request record.
     *
     * - Cardinality 1..1
     * - FHIR path `ReferralRequest.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/request-status (7 codes: draft, active, suspended, cancelled, completed, entered-in-error, unknown)
     */
    status: 'active' | 'cancelled' | 'completed' | 'draft' | 'entered-in-error' | 'suspended' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see ReferralRequest.status). */
    _status?: Element;
    /**
     * proposal | plan | order
     *
     * Distinguishes the "level" of authorization/demand implicit in this request.
     *
     * - Cardinality 1..1
     * - FHIR path `ReferralRequest.intent`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/request-intent (8 codes: proposal, plan, order, original-order, reflex-order, filler-order, instance-order, option)
     */
    intent: 'filler-order' | 'instance-order' | 'option' | 'order' | 'original-order' | 'plan' | 'proposal' | 'reflex-order';
    /** Extensions and id for `intent` (FHIR JSON primitive extension, see ReferralRequest.intent). */
    _intent?: Element;
    /**
     * Referral/Transition of care request type
     *
     * An indication of the type of referral (or where applicable the type of transfer of care) request.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/referral-type (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept;
    /**
     * Urgency of referral / transfer of care request
     *
     * An indication of the urgency of referral (or where applicable the type of transfer of care) request.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.priority`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/request-priority (4 codes: routine, urgent, asap, stat)
     */
    priority?: 'asap' | 'routine' | 'stat' | 'urgent';
    /** Extensions and id for `priority` (FHIR JSON primitive extension, see ReferralRequest.priority). */
    _priority?: Element;
    /**
     * Actions requested as part of the referral
     *
     * The service(s) that is/are requested to be provided to the patient.  For example: cardiac pacemaker insertion.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.serviceRequested`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/c80-practice-codes (codes not enumerable here: example binding: not checked)
     */
    serviceRequested?: CodeableConcept[];
    /**
     * Patient referred to care or transfer
     *
     * The patient who is the subject of a referral or transfer of care request.
     *
     * - Cardinality 1..1
     * - FHIR path `ReferralRequest.subject`
     * - Type Reference
     */
    subject: Reference<'Group' | 'Patient'>;
    /**
     * Originating encounter
     *
     * The encounter at which the request for referral or transfer of care is initiated.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * When the service(s) requested in the referral should occur
     *
     * The period of time within which the services identified in the referral/transfer of care is specified or required to occur.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.occurrence[x]`
     * - Type dateTime | Period
     */
    occurrenceDateTime?: string;
    /** Extensions and id for `occurrenceDateTime` (FHIR JSON primitive extension, see ReferralRequest.occurrence[x]). */
    _occurrenceDateTime?: Element;
    /**
     * When the service(s) requested in the referral should occur
     *
     * The period of time within which the services identified in the referral/transfer of care is specified or required to occur.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.occurrence[x]`
     * - Type dateTime | Period
     */
    occurrencePeriod?: Period;
    /**
     * Date of creation/activation
     *
     * Date/DateTime of creation for draft requests and date of activation for active requests.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.authoredOn`
     * - Type dateTime
     */
    authoredOn?: string;
    /** Extensions and id for `authoredOn` (FHIR JSON primitive extension, see ReferralRequest.authoredOn). */
    _authoredOn?: Element;
    /**
     * Who/what is requesting service
     *
     * The individual who initiated the request and has responsibility for its activation.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.requester`
     * - Type BackboneElement
     */
    requester?: ReferralRequestRequester;
    /**
     * The clinical specialty (discipline) that the referral is requested for
     *
     * Indication of the clinical domain or discipline to which the referral or transfer of care request is sent.  For example: Cardiology Gastroenterology Diabetology.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.specialty`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/practitioner-specialty (codes not enumerable here: example binding: not checked)
     */
    specialty?: CodeableConcept;
    /**
     * Receiver of referral / transfer of care request
     *
     * The healthcare provider(s) or provider organization(s) who/which is to receive the referral/transfer of care request.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.recipient`
     * - Type Reference
     */
    recipient?: Reference<'HealthcareService' | 'Organization' | 'Practitioner'>[];
    /**
     * Reason for referral / transfer of care request
     *
     * Description of clinical condition indicating why referral/transfer of care is requested.  For example:  Pathological Anomalies, Disabled (physical or mental),  Behavioral Management.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.reasonCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/clinical-findings (codes not enumerable here: example binding: not checked)
     */
    reasonCode?: CodeableConcept[];
    /**
     * Why is service needed?
     *
     * Indicates another resource whose existence justifies this request.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.reasonReference`
     * - Type Reference
     */
    reasonReference?: Reference<'Condition' | 'Observation'>[];
    /**
     * A textual description of the referral
     *
     * The reason element gives a short description of why the referral is being made, the description expands on this to support a more complete clinical summary.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ReferralRequest.description). */
    _description?: Element;
    /**
     * Additonal information to support referral or transfer of care request
     *
     * Any additional (administrative, financial or clinical) information required to support request for referral or transfer of care.  For example: Presenting problems/chief complaints Medical History Family History Alerts Allergy/Intolerance and Adverse Reactions Medications Observations/Assessments (may include cognitive and fundtional assessments) Diagnostic Reports Care Plan.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.supportingInfo`
     * - Type Reference
     */
    supportingInfo?: Reference[];
    /**
     * Comments made about referral request
     *
     * Comments made about the referral request by any of the participants.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.note`
     * - Type Annotation
     */
    note?: Annotation[];
    /**
     * Key events in history of request
     *
     * Links to Provenance records for past versions of this resource or fulfilling request or event resources that identify key state transitions or updates that are likely to be relevant to a user looking at the current version of the resource.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.relevantHistory`
     * - Type Reference
     */
    relevantHistory?: Reference<'Provenance'>[];
}
/**
 * Who/what is requesting service
 *
 * The individual who initiated the request and has responsibility for its activation.
 *
 * - Cardinality 0..1
 * - FHIR path `ReferralRequest.requester`
 * - Type BackboneElement
 */
export interface ReferralRequestRequester {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.requester.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ReferralRequest.requester.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.requester.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.requester.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Individual making the request
     *
     * The device, practitioner, etc. who initiated the request.
     *
     * - Cardinality 1..1
     * - FHIR path `ReferralRequest.requester.agent`
     * - Type Reference
     */
    agent: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Organization agent is acting for
     *
     * The organization the device or practitioner was acting on behalf of.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.requester.onBehalfOf`
     * - Type Reference
     */
    onBehalfOf?: Reference<'Organization'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkReferralRequest(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkReferralRequestRequester(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ReferralRequest (http://hl7.org/fhir/StructureDefinition/ReferralRequest).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateReferralRequest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateReferralRequest} with the same options reports no error or fatal issue: ReferralRequest (http://hl7.org/fhir/StructureDefinition/ReferralRequest). */
export declare function isReferralRequest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ReferralRequest;
/** Input of {@link buildReferralRequest}: a {@link ReferralRequest} without what the builder fills in. */
export type ReferralRequestInput = BuilderInput<ReferralRequest, 'resourceType'>;
/**
 * Builds a {@link ReferralRequest} (ReferralRequest, http://hl7.org/fhir/StructureDefinition/ReferralRequest).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ReferralRequest"
 *
 * The result is checked with {@link validateReferralRequest}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildReferralRequest(input: ReferralRequestInput): ReferralRequest;
