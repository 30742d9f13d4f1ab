import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * CareConnect-GPC-ReferralRequest-1
 *
 * Used to record and send details about a request for referral service or transfer of a patient to the care of another provider or provider organization.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ReferralRequest-1 (version 1.2.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of ReferralRequest
 */
export interface CareConnectGPCReferralRequest1 {
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
    meta?: CareConnectGPCReferralRequest1Meta;
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
     * - Cardinality 1..*
     * - FHIR path `ReferralRequest.identifier`
     * - Type Identifier
     */
    identifier: [CareConnectGPCReferralRequest1Identifier, ...CareConnectGPCReferralRequest1Identifier[]];
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
     * Indicates any plans or prior referrals that this referral is intended to fulfill
     *
     * Indicates any plans, proposals or orders that this request is intended to satisfy - in whole or in part.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.basedOn`
     * - Type Reference
     */
    basedOn?: Reference[];
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
    groupIdentifier?: CareConnectGPCReferralRequest1GroupIdentifier;
    /**
     * draft | active | suspended | cancelled | completed | entered-in-error | unknown
     *
     * The status of the authorization/intention reflected by the referral request record.
     *
     * - Cardinality 1..1
     * - FHIR path `ReferralRequest.status`
     * - Type code
     * - Fixed "unknown"
     * - Binding required to http://hl7.org/fhir/ValueSet/request-status (7 codes: draft, active, suspended, cancelled, completed, entered-in-error, unknown)
     */
    status: 'unknown';
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
     * - Fixed "order"
     * - Binding required to http://hl7.org/fhir/ValueSet/request-intent (8 codes: proposal, plan, order, original-order, reflex-order, filler-order, instance-order, option)
     */
    intent: 'order';
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
     * - Binding required to https://fhir.nhs.uk/STU3/ValueSet/GPConnect-RequestPriority-1 (3 codes: routine, urgent, asap)
     */
    priority?: 'asap' | 'routine' | 'urgent';
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
     * A reference to the patient who is the subject of the referral
     *
     * The patient who is the subject of a referral or transfer of care request.
     *
     * - Cardinality 1..1
     * - FHIR path `ReferralRequest.subject`
     * - Type Reference
     */
    subject: Reference<'Patient'>;
    /**
     * The consultation within which the referral was recorded
     *
     * The encounter at which the request for referral or transfer of care is initiated.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.context`
     * - Type Reference
     * - Must support
     */
    context?: Reference;
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
     * The user entered date for the referral
     *
     * Date/DateTime of creation for draft requests and date of activation for active requests.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.authoredOn`
     * - Type dateTime
     * - Must support
     */
    authoredOn?: string;
    /** Extensions and id for `authoredOn` (FHIR JSON primitive extension, see ReferralRequest.authoredOn). */
    _authoredOn?: Element;
    /**
     * Who has administered the referral request
     *
     * The individual who initiated the request and has responsibility for its activation.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.requester`
     * - Type BackboneElement
     * - Must support
     */
    requester?: CareConnectGPCReferralRequest1Requester;
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
     * - Must support
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
     * - Must support
     * - Binding required to https://fhir.nhs.uk/STU3/ValueSet/ReasonForReferralSnCT-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
     */
    reasonCode?: CodeableConcept[];
    /**
     * The problem(s) linked to the referral
     *
     * Indicates another resource whose existence justifies this request.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.reasonReference`
     * - Type Reference
     */
    reasonReference?: Reference<'Condition' | 'Observation'>[];
    /**
     * The free text description for the referral
     *
     * The reason element gives a short description of why the referral is being made, the description expands on this to support a more complete clinical summary.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.description`
     * - Type string
     * - Must support
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ReferralRequest.description). */
    _description?: Element;
    /**
     * The referral letter(s) and any other supporting documents or linked detail with relates to another resource which is not specifically defined to another referralRequest element
     *
     * Any additional (administrative, financial or clinical) information required to support request for referral or transfer of care.  For example: Presenting problems/chief complaints Medical History Family History Alerts Allergy/Intolerance and Adverse Reactions Medications Observations/Assessments (may include cognitive and fundtional assessments) Diagnostic Reports Care Plan.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.supportingInfo`
     * - Type Reference
     * - Must support
     */
    supportingInfo?: Reference[];
    /**
     * Any additional information recorded against the referral
     *
     * This could include additional categorisation of the referral or notes recorded post referral such as details of progress or outcomes.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.note`
     * - Type Annotation
     * - Must support
     */
    note?: CareConnectGPCReferralRequest1Note[];
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
 * Metadata about the resource
 *
 * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
 *
 * - Cardinality 0..1
 * - FHIR path `ReferralRequest.meta`
 * - Type Meta
 */
export interface CareConnectGPCReferralRequest1Meta {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.meta.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ReferralRequest.meta.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.meta.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Version specific identifier
     *
     * The version specific identifier, as it appears in the version portion of the URL. This values changes when the resource is created, updated, or deleted.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.meta.versionId`
     * - Type id
     */
    versionId?: string;
    /** Extensions and id for `versionId` (FHIR JSON primitive extension, see ReferralRequest.meta.versionId). */
    _versionId?: Element;
    /**
     * When the resource version last changed
     *
     * When the resource last changed - e.g. when the version changed.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.meta.lastUpdated`
     * - Type instant
     */
    lastUpdated?: string;
    /** Extensions and id for `lastUpdated` (FHIR JSON primitive extension, see ReferralRequest.meta.lastUpdated). */
    _lastUpdated?: Element;
    /**
     * Profiles this resource claims to conform to
     *
     * A list of profiles (references to [StructureDefinition](structuredefinition.html#) resources) that this resource claims to conform to. The URL is a reference to [StructureDefinition.url]().
     *
     * - Cardinality 1..*
     * - FHIR path `ReferralRequest.meta.profile`
     * - Type uri
     */
    profile: [string, ...string[]];
    /** Extensions and id for `profile` (FHIR JSON primitive extension, see ReferralRequest.meta.profile). */
    _profile?: (Element | null)[];
    /**
     * Security Labels applied to this resource
     *
     * Security labels applied to this resource. These tags connect specific resources to the overall security policy and infrastructure.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.meta.security`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/security-labels (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    security?: Coding[];
    /**
     * Tags applied to this resource
     *
     * Tags applied to this resource. Tags are intended to be used to identify and relate resources to process and workflow, and applications are not required to consider the tags when interpreting the meaning of a resource.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.meta.tag`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/common-tags (codes not enumerable here: example binding: not checked)
     */
    tag?: Coding[];
}
/**
 * Business identifier
 *
 * Business identifier that uniquely identifies the referral/care transfer request instance.
 *
 * - Cardinality 1..*
 * - FHIR path `ReferralRequest.identifier`
 * - Type Identifier
 */
export interface CareConnectGPCReferralRequest1Identifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ReferralRequest.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.identifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see ReferralRequest.identifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.identifier.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/identifier-type (17 codes: DL, PPN, BRN, MR, MCN, EN, TAX, NIIP, PRN, MD, DR, ACSN, ...)
     */
    type?: CodeableConcept;
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 1..1
     * - FHIR path `ReferralRequest.identifier.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see ReferralRequest.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `ReferralRequest.identifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see ReferralRequest.identifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.identifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.identifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * Composite request this is part of
 *
 * The business identifier of the logical "grouping" request/order that this referral is a part of.
 *
 * - Cardinality 0..1
 * - FHIR path `ReferralRequest.groupIdentifier`
 * - Type Identifier
 */
export interface CareConnectGPCReferralRequest1GroupIdentifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.groupIdentifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ReferralRequest.groupIdentifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.groupIdentifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.groupIdentifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see ReferralRequest.groupIdentifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.groupIdentifier.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/identifier-type (17 codes: DL, PPN, BRN, MR, MCN, EN, TAX, NIIP, PRN, MD, DR, ACSN, ...)
     */
    type?: CodeableConcept;
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.groupIdentifier.system`
     * - Type uri
     */
    system?: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see ReferralRequest.groupIdentifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.groupIdentifier.value`
     * - Type string
     */
    value?: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see ReferralRequest.groupIdentifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.groupIdentifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.groupIdentifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * Who has administered the referral request
 *
 * The individual who initiated the request and has responsibility for its activation.
 *
 * - Cardinality 0..1
 * - FHIR path `ReferralRequest.requester`
 * - Type BackboneElement
 * - Must support
 */
export interface CareConnectGPCReferralRequest1Requester {
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
    agent: Reference;
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
/**
 * Any additional information recorded against the referral
 *
 * This could include additional categorisation of the referral or notes recorded post referral such as details of progress or outcomes.
 *
 * - Cardinality 0..*
 * - FHIR path `ReferralRequest.note`
 * - Type Annotation
 * - Must support
 */
export interface CareConnectGPCReferralRequest1Note {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.note.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ReferralRequest.note.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ReferralRequest.note.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.note.author[x]`
     * - Type string | Reference
     */
    authorString?: string;
    /** Extensions and id for `authorString` (FHIR JSON primitive extension, see ReferralRequest.note.author[x]). */
    _authorString?: Element;
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.note.author[x]`
     * - Type string | Reference
     */
    authorReference?: Reference;
    /**
     * When the annotation was made
     *
     * Indicates when this particular annotation was made.
     *
     * - Cardinality 0..1
     * - FHIR path `ReferralRequest.note.time`
     * - Type dateTime
     */
    time?: string;
    /** Extensions and id for `time` (FHIR JSON primitive extension, see ReferralRequest.note.time). */
    _time?: Element;
    /**
     * The annotation  - text content
     *
     * The text of the annotation.
     *
     * - Cardinality 1..1
     * - FHIR path `ReferralRequest.note.text`
     * - Type string
     */
    text: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see ReferralRequest.note.text). */
    _text?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectGPCReferralRequest1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCReferralRequest1Meta(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCReferralRequest1Identifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCReferralRequest1GroupIdentifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCReferralRequest1Requester(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCReferralRequest1Note(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-GPC-ReferralRequest-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ReferralRequest-1 version 1.2.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectGPCReferralRequest1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectGPCReferralRequest1} with the same options reports no error or fatal issue: CareConnect-GPC-ReferralRequest-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ReferralRequest-1 version 1.2.0). */
export declare function isCareConnectGPCReferralRequest1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectGPCReferralRequest1;
/** Input of {@link buildCareConnectGPCReferralRequest1}: a {@link CareConnectGPCReferralRequest1} without what the builder fills in. */
export type CareConnectGPCReferralRequest1Input = BuilderInput<CareConnectGPCReferralRequest1, 'resourceType' | 'status' | 'intent', {
    meta?: ProfiledMetaInput<CareConnectGPCReferralRequest1['meta']>;
}>;
/**
 * Builds a {@link CareConnectGPCReferralRequest1} (CareConnect-GPC-ReferralRequest-1, https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ReferralRequest-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ReferralRequest"
 * - `meta.profile`: adds https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ReferralRequest-1
 * - `status`: "unknown"
 * - `intent`: "order"
 *
 * The result is checked with {@link validateCareConnectGPCReferralRequest1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectGPCReferralRequest1(input: CareConnectGPCReferralRequest1Input): CareConnectGPCReferralRequest1;
