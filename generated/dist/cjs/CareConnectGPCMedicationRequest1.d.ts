import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type Duration } from './Duration.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type ExtensionCareConnectGPCMedicationQuantityText1 } from './ExtensionCareConnectGPCMedicationQuantityText1.js';
import { type ExtensionCareConnectGPCMedicationStatusReason1 } from './ExtensionCareConnectGPCMedicationStatusReason1.js';
import { type ExtensionCareConnectGPCPrescriptionType1 } from './ExtensionCareConnectGPCPrescriptionType1.js';
import { type ExtensionCodingSctdescid2 } from './ExtensionCodingSctdescid2.js';
import type { MedicationRequestSubstitution } from './MedicationRequest.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Range } from './Range.js';
import { type Ratio } from './Ratio.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
import { type SimpleQuantity } from './SimpleQuantity.js';
import type { Timing } from './Timing.js';
/**
 * CareConnect-GPC-MedicationRequest-1
 *
 * This MedicationRequest Resource represents an order for both supply of the medication and the instructions for administration of the medication to a patient.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationRequest-1 (version 1.6.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of MedicationRequest
 */
export interface CareConnectGPCMedicationRequest1 {
    /** The FHIR resource type. */
    resourceType: 'MedicationRequest';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.meta`
     * - Type Meta
     */
    meta?: CareConnectGPCMedicationRequest1Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see MedicationRequest.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see MedicationRequest.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.extension`
     * - Type Extension
     */
    extension?: (CareConnectGPCMedicationRequest1RepeatInformation | ExtensionCareConnectGPCMedicationStatusReason1 | ExtensionCareConnectGPCPrescriptionType1 | Extension)[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External ids for this request
     *
     * This records identifiers associated with this medication request that are defined by business processes and/or used to refer to it when a direct URL reference to the resource itself is not appropriate. For example a re-imbursement system might issue its own id for each prescription that is created.  This is particularly important where FHIR only provides part of an entire workflow process where records must be tracked through an entire system.
     *
     * - Cardinality 1..*
     * - FHIR path `MedicationRequest.identifier`
     * - Type Identifier
     */
    identifier: [CareConnectGPCMedicationRequest1Identifier, ...CareConnectGPCMedicationRequest1Identifier[]];
    /**
     * Protocol or definition
     *
     * Protocol or definition followed by this request.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.definition`
     * - Type Reference
     */
    definition?: Reference<'ActivityDefinition' | 'PlanDefinition'>[];
    /**
     * What request fulfills
     *
     * A plan or request that is fulfilled in whole or in part by this medication request.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.basedOn`
     * - Type Reference
     * - Must support
     */
    basedOn?: Reference<'CarePlan' | 'MedicationRequest' | 'ProcedureRequest' | 'ReferralRequest'>[];
    /**
     * Composite request this is part of
     *
     * A shared identifier common to all requests that were authorized more or less simultaneously by a single author, representing the identifier of the requisition or prescription.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.groupIdentifier`
     * - Type Identifier
     * - Must support
     */
    groupIdentifier?: CareConnectGPCMedicationRequest1GroupIdentifier;
    /**
     * active | on-hold | cancelled | completed | entered-in-error | stopped | draft | unknown
     *
     * A code specifying the current state of the order.  Generally this will be active or completed state.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/medication-request-status (8 codes: active, on-hold, cancelled, completed, entered-in-error, stopped, draft, unknown)
     */
    status: 'active' | 'cancelled' | 'completed' | 'draft' | 'entered-in-error' | 'on-hold' | 'stopped' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see MedicationRequest.status). */
    _status?: Element;
    /**
     * proposal | plan | order | instance-order
     *
     * Whether the request is a proposal, plan, or an original order.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.intent`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/medication-request-intent (4 codes: proposal, plan, order, instance-order)
     */
    intent: 'instance-order' | 'order' | 'plan' | 'proposal';
    /** Extensions and id for `intent` (FHIR JSON primitive extension, see MedicationRequest.intent). */
    _intent?: Element;
    /**
     * Type of medication usage
     *
     * Indicates the type of medication order and where the medication is expected to be consumed or administered.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.category`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/medication-request-category (3 codes: inpatient, outpatient, community)
     */
    category?: CodeableConcept;
    /**
     * routine | urgent | stat | asap
     *
     * Indicates how quickly the Medication Request should be addressed with respect to other requests.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.priority`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/medication-request-priority (4 codes: routine, urgent, stat, asap)
     */
    priority?: 'asap' | 'routine' | 'stat' | 'urgent';
    /** Extensions and id for `priority` (FHIR JSON primitive extension, see MedicationRequest.priority). */
    _priority?: Element;
    /**
     * Medication to be taken
     *
     * Identifies the medication being requested. This is a link to a resource that represents the medication which may be the details of the medication or simply an attribute carrying a code that identifies the medication from a known list of medications.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.medicationReference:medicationReference`
     * - Type Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-codes (codes not enumerable here: example binding: not checked)
     */
    medicationReference: Reference<'Medication'>;
    /**
     * Who or group medication request is for
     *
     * A link to a resource representing the person or set of individuals to whom the medication will be given.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.subject`
     * - Type Reference
     */
    subject: Reference<'Group' | 'Patient'>;
    /**
     * Created during encounter/admission/stay
     *
     * A link to an encounter, or episode of care, that identifies the particular occurrence or set occurrences of contact between patient and health care provider.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.context`
     * - Type Reference
     * - Must support
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * Information to support ordering of the medication
     *
     * Include additional information (for example, patient height and weight) that supports the ordering of the medication.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.supportingInformation`
     * - Type Reference
     */
    supportingInformation?: Reference[];
    /**
     * When request was initially authored
     *
     * The date (and perhaps time) when the prescription was initially written or authored on.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.authoredOn`
     * - Type dateTime
     */
    authoredOn: string;
    /** Extensions and id for `authoredOn` (FHIR JSON primitive extension, see MedicationRequest.authoredOn). */
    _authoredOn?: Element;
    /**
     * Who/What requested the Request
     *
     * The individual, organization or device that initiated the request and has responsibility for its activation.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.requester`
     * - Type BackboneElement
     * - Must support
     */
    requester?: CareConnectGPCMedicationRequest1Requester;
    /**
     * Person who entered the request
     *
     * The person who entered the order on behalf of another individual for example in the case of a verbal or a telephone order.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.recorder`
     * - Type Reference
     */
    recorder: Reference<'Practitioner'>;
    /**
     * Reason or indication for writing the prescription
     *
     * The reason or the indication for ordering the medication.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.reasonCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/condition-code (codes not enumerable here: example binding: not checked)
     */
    reasonCode?: CodeableConcept[];
    /**
     * Condition or Observation that supports why the prescription is being written
     *
     * Condition or observation that supports why the medication was ordered.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.reasonReference`
     * - Type Reference
     */
    reasonReference?: Reference<'Condition' | 'Observation'>[];
    /**
     * Information about the prescription
     *
     * Extra information about the prescription that could not be conveyed by the other attributes.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.note`
     * - Type Annotation
     * - Must support
     */
    note?: CareConnectGPCMedicationRequest1Note[];
    /**
     * How the medication should be taken
     *
     * Indicates how the medication is to be used by the patient.
     *
     * - Cardinality 1..*
     * - FHIR path `MedicationRequest.dosageInstruction`
     * - Type Dosage
     */
    dosageInstruction: [
        CareConnectGPCMedicationRequest1DosageInstruction,
        ...CareConnectGPCMedicationRequest1DosageInstruction[]
    ];
    /**
     * Medication supply authorization
     *
     * Indicates the specific details for the dispense or medication supply part of a medication request (also known as a Medication Prescription or Medication Order).  Note that this information is not always sent with the order.  There may be in some settings (e.g. hospitals) institutional or system support for completing the dispense details in the pharmacy department.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.dispenseRequest`
     * - Type BackboneElement
     */
    dispenseRequest: CareConnectGPCMedicationRequest1DispenseRequest;
    /**
     * Any restrictions on medication substitution
     *
     * Indicates whether or not substitution can or should be part of the dispense. In some cases substitution must happen, in other cases substitution must not happen. This block explains the prescriber's intent. If nothing is specified substitution may be done.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.substitution`
     * - Type BackboneElement
     */
    substitution?: MedicationRequestSubstitution;
    /**
     * An order/prescription that is being replaced
     *
     * A link to a resource representing an earlier order related order or prescription.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.priorPrescription`
     * - Type Reference
     */
    priorPrescription?: Reference<'MedicationRequest'>;
    /**
     * Clinical Issue with action
     *
     * Indicates an actual or potential clinical issue with or between one or more active or proposed clinical actions for a patient; e.g. Drug-drug interaction, duplicate therapy, dosage alert etc.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.detectedIssue`
     * - Type Reference
     * - Must support
     */
    detectedIssue?: Reference<'DetectedIssue'>[];
    /**
     * A list of events of interest in the lifecycle
     *
     * Links to Provenance records for past versions of this resource or fulfilling request or event resources that identify key state transitions or updates that are likely to be relevant to a user looking at the current version of the resource.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.eventHistory`
     * - Type Reference
     */
    eventHistory?: Reference<'Provenance'>[];
}
/**
 * Metadata about the resource
 *
 * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationRequest.meta`
 * - Type Meta
 */
export interface CareConnectGPCMedicationRequest1Meta {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.meta.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.meta.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.meta.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Version specific identifier
     *
     * The version specific identifier, as it appears in the version portion of the URL. This values changes when the resource is created, updated, or deleted.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.meta.versionId`
     * - Type id
     */
    versionId?: string;
    /** Extensions and id for `versionId` (FHIR JSON primitive extension, see MedicationRequest.meta.versionId). */
    _versionId?: Element;
    /**
     * When the resource version last changed
     *
     * When the resource last changed - e.g. when the version changed.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.meta.lastUpdated`
     * - Type instant
     */
    lastUpdated?: string;
    /** Extensions and id for `lastUpdated` (FHIR JSON primitive extension, see MedicationRequest.meta.lastUpdated). */
    _lastUpdated?: Element;
    /**
     * Profiles this resource claims to conform to
     *
     * A list of profiles (references to [StructureDefinition](structuredefinition.html#) resources) that this resource claims to conform to. The URL is a reference to [StructureDefinition.url]().
     *
     * - Cardinality 1..*
     * - FHIR path `MedicationRequest.meta.profile`
     * - Type uri
     */
    profile: [string, ...string[]];
    /** Extensions and id for `profile` (FHIR JSON primitive extension, see MedicationRequest.meta.profile). */
    _profile?: (Element | null)[];
    /**
     * Security Labels applied to this resource
     *
     * Security labels applied to this resource. These tags connect specific resources to the overall security policy and infrastructure.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.meta.security`
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
     * - FHIR path `MedicationRequest.meta.tag`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/common-tags (codes not enumerable here: example binding: not checked)
     */
    tag?: Coding[];
}
/**
 * Medication repeat information
 *
 * Medication repeat information.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationRequest.extension:repeatInformation`
 * - Type Extension
 */
export interface CareConnectGPCMedicationRequest1RepeatInformation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.extension:repeatInformation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.extension:repeatInformation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.extension:repeatInformation.extension`
     * - Type Extension
     */
    extension: [
        (CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowed | CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssued | CareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDate | Extension),
        ...(CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowed | CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssued | CareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDate | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.extension:repeatInformation.url`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1"
     */
    url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see MedicationRequest.extension:repeatInformation.url). */
    _url?: Element;
}
/**
 * Number of repeat prescriptions authorised
 *
 * Number of repeat prescriptions authorised.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsAllowed`
 * - Type Extension
 * - Must support
 */
export interface CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowed {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsAllowed.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsAllowed.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsAllowed.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsAllowed.url`
     * - Type uri
     * - Fixed "numberOfRepeatPrescriptionsAllowed"
     */
    url: 'numberOfRepeatPrescriptionsAllowed';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsAllowed.url). */
    _url?: Element;
    /**
     * Number of issues authorised
     *
     * Number of issues authorised.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsAllowed.value[x]:valueUnsignedInt`
     * - Type unsignedInt
     */
    valueUnsignedInt: number;
    /** Extensions and id for `valueUnsignedInt` (FHIR JSON primitive extension, see MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsAllowed.value[x]:valueUnsignedInt). */
    _valueUnsignedInt?: Element;
}
/**
 * Number of repeat prescriptions issued
 *
 * Number of repeat prescriptions issued.
 *
 * - Cardinality 1..1
 * - FHIR path `MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsIssued`
 * - Type Extension
 */
export interface CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssued {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsIssued.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsIssued.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsIssued.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsIssued.url`
     * - Type uri
     * - Fixed "numberOfRepeatPrescriptionsIssued"
     */
    url: 'numberOfRepeatPrescriptionsIssued';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsIssued.url). */
    _url?: Element;
    /**
     * Number of issues issued
     *
     * Number of issues issued.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsIssued.value[x]:valueUnsignedInt`
     * - Type unsignedInt
     */
    valueUnsignedInt?: number;
    /** Extensions and id for `valueUnsignedInt` (FHIR JSON primitive extension, see MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsIssued.value[x]:valueUnsignedInt). */
    _valueUnsignedInt?: Element;
}
/**
 * Repeat prescription review date
 *
 * Repeat prescription review date.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationRequest.extension:repeatInformation.extension:authorisationExpiryDate`
 * - Type Extension
 * - Must support
 */
export interface CareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDate {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.extension:repeatInformation.extension:authorisationExpiryDate.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.extension:repeatInformation.extension:authorisationExpiryDate.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.extension:repeatInformation.extension:authorisationExpiryDate.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.extension:repeatInformation.extension:authorisationExpiryDate.url`
     * - Type uri
     * - Fixed "authorisationExpiryDate"
     */
    url: 'authorisationExpiryDate';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see MedicationRequest.extension:repeatInformation.extension:authorisationExpiryDate.url). */
    _url?: Element;
    /**
     * Repeat review date
     *
     * Repeat review date.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.extension:repeatInformation.extension:authorisationExpiryDate.value[x]:valueDateTime`
     * - Type dateTime
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see MedicationRequest.extension:repeatInformation.extension:authorisationExpiryDate.value[x]:valueDateTime). */
    _valueDateTime?: Element;
}
/**
 * External ids for this request
 *
 * This records identifiers associated with this medication request that are defined by business processes and/or used to refer to it when a direct URL reference to the resource itself is not appropriate. For example a re-imbursement system might issue its own id for each prescription that is created.  This is particularly important where FHIR only provides part of an entire workflow process where records must be tracked through an entire system.
 *
 * - Cardinality 1..*
 * - FHIR path `MedicationRequest.identifier`
 * - Type Identifier
 */
export interface CareConnectGPCMedicationRequest1Identifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.identifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see MedicationRequest.identifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.identifier.type`
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
     * - FHIR path `MedicationRequest.identifier.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see MedicationRequest.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.identifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see MedicationRequest.identifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.identifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.identifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * Composite request this is part of
 *
 * A shared identifier common to all requests that were authorized more or less simultaneously by a single author, representing the identifier of the requisition or prescription.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationRequest.groupIdentifier`
 * - Type Identifier
 * - Must support
 */
export interface CareConnectGPCMedicationRequest1GroupIdentifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.groupIdentifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.groupIdentifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.groupIdentifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.groupIdentifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see MedicationRequest.groupIdentifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.groupIdentifier.type`
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
     * - FHIR path `MedicationRequest.groupIdentifier.system`
     * - Type uri
     */
    system?: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see MedicationRequest.groupIdentifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.groupIdentifier.value`
     * - Type string
     */
    value?: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see MedicationRequest.groupIdentifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.groupIdentifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.groupIdentifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * Who/What requested the Request
 *
 * The individual, organization or device that initiated the request and has responsibility for its activation.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationRequest.requester`
 * - Type BackboneElement
 * - Must support
 */
export interface CareConnectGPCMedicationRequest1Requester {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.requester.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.requester.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.requester.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.requester.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Who ordered the initial medication(s)
     *
     * The healthcare professional responsible for authorizing the initial prescription.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.requester.agent`
     * - Type Reference
     */
    agent: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Organization agent is acting for
     *
     * The organization the device or practitioner was acting on behalf of.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.requester.onBehalfOf`
     * - Type Reference
     */
    onBehalfOf?: Reference<'Organization'>;
}
/**
 * Information about the prescription
 *
 * Extra information about the prescription that could not be conveyed by the other attributes.
 *
 * - Cardinality 0..*
 * - FHIR path `MedicationRequest.note`
 * - Type Annotation
 * - Must support
 */
export interface CareConnectGPCMedicationRequest1Note {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.note.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.note.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.note.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.note.author[x]`
     * - Type Reference | string
     */
    authorReference?: Reference<'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.note.author[x]`
     * - Type Reference | string
     */
    authorString?: string;
    /** Extensions and id for `authorString` (FHIR JSON primitive extension, see MedicationRequest.note.author[x]). */
    _authorString?: Element;
    /**
     * When the annotation was made
     *
     * Indicates when this particular annotation was made.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.note.time`
     * - Type dateTime
     */
    time?: string;
    /** Extensions and id for `time` (FHIR JSON primitive extension, see MedicationRequest.note.time). */
    _time?: Element;
    /**
     * The annotation  - text content
     *
     * The text of the annotation.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.note.text`
     * - Type string
     */
    text: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see MedicationRequest.note.text). */
    _text?: Element;
}
/**
 * How the medication should be taken
 *
 * Indicates how the medication is to be used by the patient.
 *
 * - Cardinality 1..*
 * - FHIR path `MedicationRequest.dosageInstruction`
 * - Type Dosage
 */
export interface CareConnectGPCMedicationRequest1DosageInstruction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dosageInstruction.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * The order of the dosage instructions
     *
     * Indicates the order in which the dosage instructions should be applied or interpreted.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.sequence`
     * - Type integer
     */
    sequence?: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.sequence). */
    _sequence?: Element;
    /**
     * Free text dosage instructions e.g. SIG
     *
     * Free text dosage instructions e.g. SIG.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.dosageInstruction.text`
     * - Type string
     */
    text: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.text). */
    _text?: Element;
    /**
     * Supplemental instruction - e.g. "with meals"
     *
     * Supplemental instruction - e.g. "with meals".
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dosageInstruction.additionalInstruction`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/additional-instruction-codes (codes not enumerable here: example binding: not checked)
     */
    additionalInstruction?: CareConnectGPCMedicationRequest1DosageInstructionAdditionalInstruction[];
    /**
     * Patient or consumer oriented instructions
     *
     * Instructions in terms that are understood by the patient or consumer.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.patientInstruction`
     * - Type string
     * - Must support
     */
    patientInstruction?: string;
    /** Extensions and id for `patientInstruction` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.patientInstruction). */
    _patientInstruction?: Element;
    /**
     * When medication should be administered
     *
     * When medication should be administered.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.timing`
     * - Type Timing
     */
    timing?: Timing;
    /**
     * Take "as needed" (for x)
     *
     * Indicates whether the Medication is only taken when needed within a specific dosing schedule (Boolean option), or it indicates the precondition for taking the Medication (CodeableConcept).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.asNeeded[x]`
     * - Type boolean | CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-as-needed-reason (codes not enumerable here: example binding: not checked)
     */
    asNeededBoolean?: boolean;
    /** Extensions and id for `asNeededBoolean` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.asNeeded[x]). */
    _asNeededBoolean?: Element;
    /**
     * Take "as needed" (for x)
     *
     * Indicates whether the Medication is only taken when needed within a specific dosing schedule (Boolean option), or it indicates the precondition for taking the Medication (CodeableConcept).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.asNeeded[x]`
     * - Type boolean | CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-as-needed-reason (codes not enumerable here: example binding: not checked)
     */
    asNeededCodeableConcept?: CodeableConcept;
    /**
     * Body site to administer to
     *
     * Body site to administer to.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.site`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/approach-site-codes (codes not enumerable here: example binding: not checked)
     */
    site?: CodeableConcept;
    /**
     * How drug should enter body
     *
     * How drug should enter body.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.route`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/route-codes (codes not enumerable here: example binding: not checked)
     */
    route?: CareConnectGPCMedicationRequest1DosageInstructionRoute;
    /**
     * Technique for administering medication
     *
     * Technique for administering medication.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.method`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/administration-method-codes (codes not enumerable here: example binding: not checked)
     */
    method?: CodeableConcept;
    /**
     * Amount of medication per dose
     *
     * Amount of medication per dose.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.dose[x]`
     * - Type Range | Quantity
     */
    doseRange?: Range;
    /**
     * Amount of medication per dose
     *
     * Amount of medication per dose.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.dose[x]`
     * - Type Range | Quantity
     */
    doseQuantity?: SimpleQuantity;
    /**
     * Upper limit on medication per unit of time
     *
     * Upper limit on medication per unit of time.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.maxDosePerPeriod`
     * - Type Ratio
     */
    maxDosePerPeriod?: Ratio;
    /**
     * Upper limit on medication per administration
     *
     * Upper limit on medication per administration.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.maxDosePerAdministration`
     * - Type Quantity
     */
    maxDosePerAdministration?: SimpleQuantity;
    /**
     * Upper limit on medication per lifetime of the patient
     *
     * Upper limit on medication per lifetime of the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.maxDosePerLifetime`
     * - Type Quantity
     */
    maxDosePerLifetime?: SimpleQuantity;
    /**
     * Amount of medication per unit of time
     *
     * Amount of medication per unit of time.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.rate[x]`
     * - Type Ratio | Range | Quantity
     */
    rateRatio?: Ratio;
    /**
     * Amount of medication per unit of time
     *
     * Amount of medication per unit of time.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.rate[x]`
     * - Type Ratio | Range | Quantity
     */
    rateRange?: Range;
    /**
     * Amount of medication per unit of time
     *
     * Amount of medication per unit of time.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.rate[x]`
     * - Type Ratio | Range | Quantity
     */
    rateQuantity?: SimpleQuantity;
}
/**
 * Supplemental instruction - e.g. "with meals"
 *
 * Supplemental instruction - e.g. "with meals".
 *
 * - Cardinality 0..*
 * - FHIR path `MedicationRequest.dosageInstruction.additionalInstruction`
 * - Type CodeableConcept
 * - Binding example to http://hl7.org/fhir/ValueSet/additional-instruction-codes (codes not enumerable here: example binding: not checked)
 */
export interface CareConnectGPCMedicationRequest1DosageInstructionAdditionalInstruction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.additionalInstruction.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.additionalInstruction.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dosageInstruction.additionalInstruction.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dosageInstruction.additionalInstruction.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCMedicationRequest1DosageInstructionAdditionalInstructionCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.additionalInstruction.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.additionalInstruction.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationRequest.dosageInstruction.additionalInstruction.coding:snomedCT`
 * - Type Coding
 */
export interface CareConnectGPCMedicationRequest1DosageInstructionAdditionalInstructionCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.additionalInstruction.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.additionalInstruction.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dosageInstruction.additionalInstruction.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.dosageInstruction.additionalInstruction.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.additionalInstruction.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.dosageInstruction.additionalInstruction.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.additionalInstruction.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.dosageInstruction.additionalInstruction.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.additionalInstruction.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.additionalInstruction.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.additionalInstruction.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * When the event is to occur
 *
 * A set of rules that describe when the event is scheduled.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat`
 * - Type Element
 */
export interface CareConnectGPCMedicationRequest1DosageInstructionTimingRepeat {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.timing.repeat.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Length/Range of lengths, or (Start and/or end) limits
     *
     * Either a duration for the length of the timing schedule, a range of possible length, or outer bounds for start and/or end limits of the timing schedule.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.bounds[x]`
     * - Type Duration | Range | Period
     */
    boundsDuration?: Duration;
    /**
     * Length/Range of lengths, or (Start and/or end) limits
     *
     * Either a duration for the length of the timing schedule, a range of possible length, or outer bounds for start and/or end limits of the timing schedule.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.bounds[x]`
     * - Type Duration | Range | Period
     */
    boundsRange?: Range;
    /**
     * Length/Range of lengths, or (Start and/or end) limits
     *
     * Either a duration for the length of the timing schedule, a range of possible length, or outer bounds for start and/or end limits of the timing schedule.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.bounds[x]`
     * - Type Duration | Range | Period
     */
    boundsPeriod?: Period;
    /**
     * Number of times to repeat
     *
     * A total count of the desired number of repetitions.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.count`
     * - Type integer
     */
    count?: number;
    /** Extensions and id for `count` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.timing.repeat.count). */
    _count?: Element;
    /**
     * Maximum number of times to repeat
     *
     * A maximum value for the count of the desired repetitions (e.g. do something 6-8 times).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.countMax`
     * - Type integer
     */
    countMax?: number;
    /** Extensions and id for `countMax` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.timing.repeat.countMax). */
    _countMax?: Element;
    /**
     * How long when it happens
     *
     * How long this thing happens for when it happens.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.duration`
     * - Type decimal
     */
    duration?: number;
    /** Extensions and id for `duration` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.timing.repeat.duration). */
    _duration?: Element;
    /**
     * How long when it happens (Max)
     *
     * The upper limit of how long this thing happens for when it happens.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.durationMax`
     * - Type decimal
     */
    durationMax?: number;
    /** Extensions and id for `durationMax` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.timing.repeat.durationMax). */
    _durationMax?: Element;
    /**
     * s | min | h | d | wk | mo | a - unit of time (UCUM)
     *
     * The units of time for the duration, in UCUM units.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.durationUnit`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/units-of-time (7 codes: s, min, h, d, wk, mo, a)
     */
    durationUnit?: 'a' | 'd' | 'h' | 'min' | 'mo' | 's' | 'wk';
    /** Extensions and id for `durationUnit` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.timing.repeat.durationUnit). */
    _durationUnit?: Element;
    /**
     * Event occurs frequency times per period
     *
     * The number of times to repeat the action within the specified period / period range (i.e. both period and periodMax provided).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.frequency`
     * - Type integer
     */
    frequency?: number;
    /** Extensions and id for `frequency` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.timing.repeat.frequency). */
    _frequency?: Element;
    /**
     * Event occurs up to frequencyMax times per period
     *
     * If present, indicates that the frequency is a range - so to repeat between [frequency] and [frequencyMax] times within the period or period range.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.frequencyMax`
     * - Type integer
     */
    frequencyMax?: number;
    /** Extensions and id for `frequencyMax` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.timing.repeat.frequencyMax). */
    _frequencyMax?: Element;
    /**
     * Event occurs frequency times per period
     *
     * Indicates the duration of time over which repetitions are to occur; e.g. to express "3 times per day", 3 would be the frequency and "1 day" would be the period.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.period`
     * - Type decimal
     */
    period?: number;
    /** Extensions and id for `period` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.timing.repeat.period). */
    _period?: Element;
    /**
     * Upper limit of period (3-4 hours)
     *
     * If present, indicates that the period is a range from [period] to [periodMax], allowing expressing concepts such as "do this once every 3-5 days.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.periodMax`
     * - Type decimal
     */
    periodMax?: number;
    /** Extensions and id for `periodMax` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.timing.repeat.periodMax). */
    _periodMax?: Element;
    /**
     * s | min | h | d | wk | mo | a - unit of time (UCUM)
     *
     * The units of time for the period in UCUM units.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.periodUnit`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/units-of-time (7 codes: s, min, h, d, wk, mo, a)
     */
    periodUnit?: 'a' | 'd' | 'h' | 'min' | 'mo' | 's' | 'wk';
    /** Extensions and id for `periodUnit` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.timing.repeat.periodUnit). */
    _periodUnit?: Element;
    /**
     * mon | tue | wed | thu | fri | sat | sun
     *
     * If one or more days of week is provided, then the action happens only on the specified day(s).
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.dayOfWeek`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/days-of-week (7 codes: mon, tue, wed, thu, fri, sat, sun)
     */
    dayOfWeek?: ('fri' | 'mon' | 'sat' | 'sun' | 'thu' | 'tue' | 'wed')[];
    /** Extensions and id for `dayOfWeek` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.timing.repeat.dayOfWeek). */
    _dayOfWeek?: (Element | null)[];
    /**
     * Time of day for action
     *
     * Specified time of day for action to take place.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.timeOfDay`
     * - Type time
     */
    timeOfDay?: string[];
    /** Extensions and id for `timeOfDay` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.timing.repeat.timeOfDay). */
    _timeOfDay?: (Element | null)[];
    /**
     * Regular life events the event is tied to
     *
     * Real world events that the occurrence of the event should be tied to.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.when`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/event-timing (19 codes: MORN, AFT, EVE, NIGHT, PHS, HS, WAKE, C, CM, CD, CV, AC, ...)
     */
    when?: ('AC' | 'ACD' | 'ACM' | 'ACV' | 'AFT' | 'C' | 'CD' | 'CM' | 'CV' | 'EVE' | 'HS' | 'MORN' | 'NIGHT' | 'PC' | 'PCD' | 'PCM' | 'PCV' | 'PHS' | 'WAKE')[];
    /** Extensions and id for `when` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.timing.repeat.when). */
    _when?: (Element | null)[];
    /**
     * Minutes from event (before or after)
     *
     * The number of minutes from the event. If the event code does not indicate whether the minutes is before or after the event, then the offset is assumed to be after the event.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.timing.repeat.offset`
     * - Type unsignedInt
     */
    offset?: number;
    /** Extensions and id for `offset` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.timing.repeat.offset). */
    _offset?: Element;
}
/**
 * How drug should enter body
 *
 * How drug should enter body.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationRequest.dosageInstruction.route`
 * - Type CodeableConcept
 * - Binding example to http://hl7.org/fhir/ValueSet/route-codes (codes not enumerable here: example binding: not checked)
 */
export interface CareConnectGPCMedicationRequest1DosageInstructionRoute {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.route.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.route.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dosageInstruction.route.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dosageInstruction.route.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCMedicationRequest1DosageInstructionRouteCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.route.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.route.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationRequest.dosageInstruction.route.coding:snomedCT`
 * - Type Coding
 * - Binding preferred to https://fhir.nhs.uk/STU3/ValueSet/CareConnect-MedicationDosageRoute-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
 */
export interface CareConnectGPCMedicationRequest1DosageInstructionRouteCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.route.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.route.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dosageInstruction.route.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.dosageInstruction.route.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.route.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.dosageInstruction.route.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.route.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.dosageInstruction.route.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.route.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dosageInstruction.route.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see MedicationRequest.dosageInstruction.route.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * Medication supply authorization
 *
 * Indicates the specific details for the dispense or medication supply part of a medication request (also known as a Medication Prescription or Medication Order).  Note that this information is not always sent with the order.  There may be in some settings (e.g. hospitals) institutional or system support for completing the dispense details in the pharmacy department.
 *
 * - Cardinality 1..1
 * - FHIR path `MedicationRequest.dispenseRequest`
 * - Type BackboneElement
 */
export interface CareConnectGPCMedicationRequest1DispenseRequest {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.dispenseRequest.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dispenseRequest.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dispenseRequest.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Time period supply is authorized for
     *
     * This indicates the validity period of a prescription (stale dating the Prescription).
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.dispenseRequest.validityPeriod`
     * - Type Period
     */
    validityPeriod: CareConnectGPCMedicationRequest1DispenseRequestValidityPeriod;
    /**
     * Number of refills authorized
     *
     * An integer indicating the number of times, in addition to the original dispense, (aka refills or repeats) that the patient can receive the prescribed medication. Usage Notes: This integer does not include the original order dispense. This means that if an order indicates dispense 30 tablets plus "3 repeats", then the order can be dispensed a total of 4 times and the patient can receive a total of 120 tablets.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.numberOfRepeatsAllowed`
     * - Type positiveInt
     */
    numberOfRepeatsAllowed?: number;
    /** Extensions and id for `numberOfRepeatsAllowed` (FHIR JSON primitive extension, see MedicationRequest.dispenseRequest.numberOfRepeatsAllowed). */
    _numberOfRepeatsAllowed?: Element;
    /**
     * Amount of medication to supply per dispense
     *
     * The amount that is to be dispensed for one fill.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.quantity`
     * - Type Quantity
     * - Must support
     */
    quantity?: CareConnectGPCMedicationRequest1DispenseRequestQuantity;
    /**
     * Number of days supply per dispense
     *
     * Identifies the period time over which the supplied product is expected to be used, or the length of time the dispense is expected to last.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.expectedSupplyDuration`
     * - Type Duration
     * - Must support
     */
    expectedSupplyDuration?: CareConnectGPCMedicationRequest1DispenseRequestExpectedSupplyDuration;
    /**
     * Intended dispenser
     *
     * Indicates the intended dispensing Organization specified by the prescriber.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.performer`
     * - Type Reference
     * - Must support
     */
    performer?: Reference<'Organization'>;
}
/**
 * Time period supply is authorized for
 *
 * This indicates the validity period of a prescription (stale dating the Prescription).
 *
 * - Cardinality 1..1
 * - FHIR path `MedicationRequest.dispenseRequest.validityPeriod`
 * - Type Period
 */
export interface CareConnectGPCMedicationRequest1DispenseRequestValidityPeriod {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.validityPeriod.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.dispenseRequest.validityPeriod.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dispenseRequest.validityPeriod.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Starting time with inclusive boundary
     *
     * The start of the period. The boundary is inclusive.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.dispenseRequest.validityPeriod.start`
     * - Type dateTime
     */
    start: string;
    /** Extensions and id for `start` (FHIR JSON primitive extension, see MedicationRequest.dispenseRequest.validityPeriod.start). */
    _start?: Element;
    /**
     * End time with inclusive boundary, if not ongoing
     *
     * The end of the period. If the end of the period is missing, it means that the period is ongoing. The start may be in the past, and the end date in the future, which means that period is expected/planned to end at that time.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.validityPeriod.end`
     * - Type dateTime
     */
    end?: string;
    /** Extensions and id for `end` (FHIR JSON primitive extension, see MedicationRequest.dispenseRequest.validityPeriod.end). */
    _end?: Element;
}
/**
 * Amount of medication to supply per dispense
 *
 * The amount that is to be dispensed for one fill.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationRequest.dispenseRequest.quantity`
 * - Type Quantity
 * - Must support
 */
export interface CareConnectGPCMedicationRequest1DispenseRequestQuantity {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.quantity.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.dispenseRequest.quantity.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dispenseRequest.quantity.extension`
     * - Type Extension
     */
    extension?: (ExtensionCareConnectGPCMedicationQuantityText1 | Extension)[];
    /**
     * Numerical value (with implicit precision)
     *
     * The value of the measured amount. The value includes an implicit precision in the presentation of the value.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.quantity.value`
     * - Type decimal
     */
    value?: number;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see MedicationRequest.dispenseRequest.quantity.value). */
    _value?: Element;
    /**
     * Unit representation
     *
     * A human-readable form of the unit.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.quantity.unit`
     * - Type string
     */
    unit?: string;
    /** Extensions and id for `unit` (FHIR JSON primitive extension, see MedicationRequest.dispenseRequest.quantity.unit). */
    _unit?: Element;
    /**
     * System that defines coded unit form
     *
     * The identification of the system that provides the coded form of the unit.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.quantity.system`
     * - Type uri
     */
    system?: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see MedicationRequest.dispenseRequest.quantity.system). */
    _system?: Element;
    /**
     * Coded form of the unit
     *
     * A computer processable form of the unit in some unit representation system.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.quantity.code`
     * - Type code
     */
    code?: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see MedicationRequest.dispenseRequest.quantity.code). */
    _code?: Element;
}
/**
 * Number of days supply per dispense
 *
 * Identifies the period time over which the supplied product is expected to be used, or the length of time the dispense is expected to last.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationRequest.dispenseRequest.expectedSupplyDuration`
 * - Type Duration
 * - Must support
 */
export interface CareConnectGPCMedicationRequest1DispenseRequestExpectedSupplyDuration {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.expectedSupplyDuration.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.dispenseRequest.expectedSupplyDuration.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dispenseRequest.expectedSupplyDuration.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Numerical value (with implicit precision)
     *
     * The value of the measured amount. The value includes an implicit precision in the presentation of the value.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.dispenseRequest.expectedSupplyDuration.value`
     * - Type decimal
     */
    value: number;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see MedicationRequest.dispenseRequest.expectedSupplyDuration.value). */
    _value?: Element;
    /**
     * Unit representation
     *
     * A human-readable form of the unit.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.expectedSupplyDuration.unit`
     * - Type string
     */
    unit?: string;
    /** Extensions and id for `unit` (FHIR JSON primitive extension, see MedicationRequest.dispenseRequest.expectedSupplyDuration.unit). */
    _unit?: Element;
    /**
     * System that defines coded unit form
     *
     * The identification of the system that provides the coded form of the unit.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.dispenseRequest.expectedSupplyDuration.system`
     * - Type uri
     * - Fixed "http://unitsofmeasure.org"
     */
    system: 'http://unitsofmeasure.org';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see MedicationRequest.dispenseRequest.expectedSupplyDuration.system). */
    _system?: Element;
    /**
     * Coded form of the unit
     *
     * A computer processable form of the unit in some unit representation system.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.dispenseRequest.expectedSupplyDuration.code`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/units-of-time (7 codes: s, min, h, d, wk, mo, a)
     */
    code: 'a' | 'd' | 'h' | 'min' | 'mo' | 's' | 'wk';
    /** Extensions and id for `code` (FHIR JSON primitive extension, see MedicationRequest.dispenseRequest.expectedSupplyDuration.code). */
    _code?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectGPCMedicationRequest1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1Meta(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1RepeatInformation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1Identifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1GroupIdentifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1Requester(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1Note(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1DosageInstruction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1DispenseRequest(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowed(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssued(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDate(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1DosageInstructionAdditionalInstruction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1DosageInstructionRoute(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1DispenseRequestValidityPeriod(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1DispenseRequestQuantity(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1DispenseRequestExpectedSupplyDuration(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1DosageInstructionAdditionalInstructionCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1DosageInstructionTimingRepeat(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationRequest1DosageInstructionRouteCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-GPC-MedicationRequest-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationRequest-1 version 1.6.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectGPCMedicationRequest1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectGPCMedicationRequest1} with the same options reports no error or fatal issue: CareConnect-GPC-MedicationRequest-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationRequest-1 version 1.6.0). */
export declare function isCareConnectGPCMedicationRequest1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectGPCMedicationRequest1;
/** Input of {@link buildCareConnectGPCMedicationRequest1}: a {@link CareConnectGPCMedicationRequest1} without what the builder fills in. */
export type CareConnectGPCMedicationRequest1Input = BuilderInput<CareConnectGPCMedicationRequest1, 'resourceType', {
    meta?: ProfiledMetaInput<CareConnectGPCMedicationRequest1['meta']>;
    dispenseRequest: CareConnectGPCMedicationRequest1DispenseRequestInput;
}>;
/** Input of {@link CareConnectGPCMedicationRequest1DispenseRequest} (`MedicationRequest.dispenseRequest`): what the builder fills may be left out. */
export type CareConnectGPCMedicationRequest1DispenseRequestInput = BuilderInput<CareConnectGPCMedicationRequest1DispenseRequest, never, {
    expectedSupplyDuration?: CareConnectGPCMedicationRequest1DispenseRequestExpectedSupplyDurationInput;
}>;
/** Input of {@link CareConnectGPCMedicationRequest1DosageInstructionAdditionalInstructionCodingSnomedCT} (`MedicationRequest.dosageInstruction.additionalInstruction.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCMedicationRequest1DosageInstructionAdditionalInstructionCodingSnomedCTInput = BuilderInput<CareConnectGPCMedicationRequest1DosageInstructionAdditionalInstructionCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectGPCMedicationRequest1DosageInstructionRouteCodingSnomedCT} (`MedicationRequest.dosageInstruction.route.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCMedicationRequest1DosageInstructionRouteCodingSnomedCTInput = BuilderInput<CareConnectGPCMedicationRequest1DosageInstructionRouteCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectGPCMedicationRequest1RepeatInformation} (`MedicationRequest.extension:repeatInformation`): what the builder fills may be left out. */
export type CareConnectGPCMedicationRequest1RepeatInformationInput = BuilderInput<CareConnectGPCMedicationRequest1RepeatInformation, 'url', {
    extension: [
        CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssuedInput,
        ...(CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowed | CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssued | CareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDate | Extension)[]
    ];
}>;
/** Input of {@link CareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDate} (`MedicationRequest.extension:repeatInformation.extension:authorisationExpiryDate`): what the builder fills may be left out. */
export type CareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDateInput = BuilderInput<CareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDate, 'url'>;
/** Input of {@link CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowed} (`MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsAllowed`): what the builder fills may be left out. */
export type CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowedInput = BuilderInput<CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowed, 'url'>;
/** Input of {@link CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssued} (`MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsIssued`): what the builder fills may be left out. */
export type CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssuedInput = BuilderInput<CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssued, 'url'>;
/** Input of {@link CareConnectGPCMedicationRequest1DispenseRequestExpectedSupplyDuration} (`MedicationRequest.dispenseRequest.expectedSupplyDuration`): what the builder fills may be left out. */
export type CareConnectGPCMedicationRequest1DispenseRequestExpectedSupplyDurationInput = BuilderInput<CareConnectGPCMedicationRequest1DispenseRequestExpectedSupplyDuration, 'system'>;
/**
 * Builds a {@link CareConnectGPCMedicationRequest1} (CareConnect-GPC-MedicationRequest-1, https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationRequest-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "MedicationRequest"
 * - `meta.profile`: adds https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationRequest-1
 * - fixed parts inside `dispenseRequest` (see its input type)
 *
 * The result is checked with {@link validateCareConnectGPCMedicationRequest1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectGPCMedicationRequest1(input: CareConnectGPCMedicationRequest1Input): CareConnectGPCMedicationRequest1;
/**
 * Makes a `MedicationRequest.extension:repeatInformation` item (slice `repeatInformation`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationRepeatInformation-...
 * - the leading items of `extension`, which must be the required slices in this order: `MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsIssued`
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCMedicationRequest1RepeatInformation(input: CareConnectGPCMedicationRequest1RepeatInformationInput): CareConnectGPCMedicationRequest1RepeatInformation;
/**
 * Makes a `MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsAllowed` item (slice `numberOfRepeatPrescriptionsAllowed`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "numberOfRepeatPrescriptionsAllowed"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowed(input: CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowedInput): CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsAllowed;
/**
 * Makes a `MedicationRequest.extension:repeatInformation.extension:numberOfRepeatPrescriptionsIssued` item (slice `numberOfRepeatPrescriptionsIssued`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "numberOfRepeatPrescriptionsIssued"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssued(input: CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssuedInput): CareConnectGPCMedicationRequest1RepeatInformationNumberOfRepeatPrescriptionsIssued;
/**
 * Makes a `MedicationRequest.extension:repeatInformation.extension:authorisationExpiryDate` item (slice `authorisationExpiryDate`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "authorisationExpiryDate"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDate(input: CareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDateInput): CareConnectGPCMedicationRequest1RepeatInformationAuthorisationExpiryDate;
/**
 * Makes a `MedicationRequest.dosageInstruction.additionalInstruction.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCMedicationRequest1DosageInstructionAdditionalInstructionCodingSnomedCT(input: CareConnectGPCMedicationRequest1DosageInstructionAdditionalInstructionCodingSnomedCTInput): CareConnectGPCMedicationRequest1DosageInstructionAdditionalInstructionCodingSnomedCT;
/**
 * Makes a `MedicationRequest.dosageInstruction.route.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCMedicationRequest1DosageInstructionRouteCodingSnomedCT(input: CareConnectGPCMedicationRequest1DosageInstructionRouteCodingSnomedCTInput): CareConnectGPCMedicationRequest1DosageInstructionRouteCodingSnomedCT;
