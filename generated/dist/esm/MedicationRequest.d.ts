import { type Annotation } from './Annotation.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Dosage } from './Dosage.js';
import { type Duration } from './Duration.js';
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
/**
 * MedicationRequest
 *
 * Base StructureDefinition for MedicationRequest Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/MedicationRequest
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface MedicationRequest {
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
    meta?: Meta;
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
    extension?: Extension[];
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
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
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
     */
    groupIdentifier?: Identifier;
    /**
     * active | on-hold | cancelled | completed | entered-in-error | stopped | draft | unknown
     *
     * A code specifying the current state of the order.  Generally this will be active or completed state.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/medication-request-status (8 codes: active, on-hold, cancelled, completed, entered-in-error, stopped, draft, unknown)
     */
    status?: 'active' | 'cancelled' | 'completed' | 'draft' | 'entered-in-error' | 'on-hold' | 'stopped' | 'unknown';
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
     * - FHIR path `MedicationRequest.medication[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-codes (codes not enumerable here: example binding: not checked)
     */
    medicationCodeableConcept?: CodeableConcept;
    /**
     * Medication to be taken
     *
     * Identifies the medication being requested. This is a link to a resource that represents the medication which may be the details of the medication or simply an attribute carrying a code that identifies the medication from a known list of medications.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.medication[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-codes (codes not enumerable here: example binding: not checked)
     */
    medicationReference?: Reference<'Medication'>;
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
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.authoredOn`
     * - Type dateTime
     */
    authoredOn?: string;
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
     */
    requester?: MedicationRequestRequester;
    /**
     * Person who entered the request
     *
     * The person who entered the order on behalf of another individual for example in the case of a verbal or a telephone order.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.recorder`
     * - Type Reference
     */
    recorder?: Reference<'Practitioner'>;
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
     */
    note?: Annotation[];
    /**
     * How the medication should be taken
     *
     * Indicates how the medication is to be used by the patient.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.dosageInstruction`
     * - Type Dosage
     */
    dosageInstruction?: Dosage[];
    /**
     * Medication supply authorization
     *
     * Indicates the specific details for the dispense or medication supply part of a medication request (also known as a Medication Prescription or Medication Order).  Note that this information is not always sent with the order.  There may be in some settings (e.g. hospitals) institutional or system support for completing the dispense details in the pharmacy department.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest`
     * - Type BackboneElement
     */
    dispenseRequest?: MedicationRequestDispenseRequest;
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
 * Who/What requested the Request
 *
 * The individual, organization or device that initiated the request and has responsibility for its activation.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationRequest.requester`
 * - Type BackboneElement
 */
export interface MedicationRequestRequester {
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
 * Medication supply authorization
 *
 * Indicates the specific details for the dispense or medication supply part of a medication request (also known as a Medication Prescription or Medication Order).  Note that this information is not always sent with the order.  There may be in some settings (e.g. hospitals) institutional or system support for completing the dispense details in the pharmacy department.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationRequest.dispenseRequest`
 * - Type BackboneElement
 */
export interface MedicationRequestDispenseRequest {
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
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.validityPeriod`
     * - Type Period
     */
    validityPeriod?: Period;
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
     */
    quantity?: SimpleQuantity;
    /**
     * Number of days supply per dispense
     *
     * Identifies the period time over which the supplied product is expected to be used, or the length of time the dispense is expected to last.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.expectedSupplyDuration`
     * - Type Duration
     */
    expectedSupplyDuration?: Duration;
    /**
     * Intended dispenser
     *
     * Indicates the intended dispensing Organization specified by the prescriber.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.dispenseRequest.performer`
     * - Type Reference
     */
    performer?: Reference<'Organization'>;
}
/**
 * Any restrictions on medication substitution
 *
 * Indicates whether or not substitution can or should be part of the dispense. In some cases substitution must happen, in other cases substitution must not happen. This block explains the prescriber's intent. If nothing is specified substitution may be done.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationRequest.substitution`
 * - Type BackboneElement
 */
export interface MedicationRequestSubstitution {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.substitution.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationRequest.substitution.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.substitution.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationRequest.substitution.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Whether substitution is allowed or not
     *
     * True if the prescriber allows a different drug to be dispensed from what was prescribed.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationRequest.substitution.allowed`
     * - Type boolean
     */
    allowed: boolean;
    /** Extensions and id for `allowed` (FHIR JSON primitive extension, see MedicationRequest.substitution.allowed). */
    _allowed?: Element;
    /**
     * Why should (not) substitution be made
     *
     * Indicates the reason for the substitution, or why substitution must or must not be performed.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationRequest.substitution.reason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v3-SubstanceAdminSubstitutionReason (codes not enumerable here: example binding: not checked)
     */
    reason?: CodeableConcept;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkMedicationRequest(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMedicationRequestRequester(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMedicationRequestDispenseRequest(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMedicationRequestSubstitution(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against MedicationRequest (http://hl7.org/fhir/StructureDefinition/MedicationRequest).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateMedicationRequest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateMedicationRequest} with the same options reports no error or fatal issue: MedicationRequest (http://hl7.org/fhir/StructureDefinition/MedicationRequest). */
export declare function isMedicationRequest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is MedicationRequest;
/** Input of {@link buildMedicationRequest}: a {@link MedicationRequest} without what the builder fills in. */
export type MedicationRequestInput = BuilderInput<MedicationRequest, 'resourceType'>;
/**
 * Builds a {@link MedicationRequest} (MedicationRequest, http://hl7.org/fhir/StructureDefinition/MedicationRequest).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "MedicationRequest"
 *
 * The result is checked with {@link validateMedicationRequest}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildMedicationRequest(input: MedicationRequestInput): MedicationRequest;
