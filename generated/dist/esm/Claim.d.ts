import { type Address } from './Address.js';
import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
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
import { type SimpleQuantity } from './SimpleQuantity.js';
/**
 * Claim
 *
 * Base StructureDefinition for Claim Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Claim
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Claim {
    /** The FHIR resource type. */
    resourceType: 'Claim';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Claim.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Claim.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Claim.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Claim number
     *
     * The business identifier for the instance: claim number, pre-determination or pre-authorization number.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | cancelled | draft | entered-in-error
     *
     * The status of the resource instance.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/fm-status (4 codes: active, cancelled, draft, entered-in-error)
     */
    status?: 'active' | 'cancelled' | 'draft' | 'entered-in-error';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Claim.status). */
    _status?: Element;
    /**
     * Type or discipline
     *
     * The category of claim, eg, oral, pharmacy, vision, insitutional, professional.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.type`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/claim-type (5 codes: institutional, oral, pharmacy, professional, vision)
     */
    type?: CodeableConcept<'institutional' | 'oral' | 'pharmacy' | 'professional' | 'vision'>;
    /**
     * Finer grained claim type information
     *
     * A finer grained suite of claim subtype codes which may convey Inpatient vs Outpatient and/or a specialty service. In the US the BillType.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.subType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/claim-subtype (codes not enumerable here: example binding: not checked)
     */
    subType?: CodeableConcept[];
    /**
     * complete | proposed | exploratory | other
     *
     * Complete (Bill or Claim), Proposed (Pre-Authorization), Exploratory (Pre-determination).
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/claim-use (4 codes: complete, proposed, exploratory, other)
     */
    use?: 'complete' | 'exploratory' | 'other' | 'proposed';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Claim.use). */
    _use?: Element;
    /**
     * The subject of the Products and Services
     *
     * Patient Resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.patient`
     * - Type Reference
     */
    patient?: Reference<'Patient'>;
    /**
     * Period for charge submission
     *
     * The billable period for which charges are being submitted.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.billablePeriod`
     * - Type Period
     */
    billablePeriod?: Period;
    /**
     * Creation date
     *
     * The date when the enclosed suite of services were performed or completed.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.created`
     * - Type dateTime
     */
    created?: string;
    /** Extensions and id for `created` (FHIR JSON primitive extension, see Claim.created). */
    _created?: Element;
    /**
     * Author
     *
     * Person who created the invoice/claim/pre-determination or pre-authorization.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.enterer`
     * - Type Reference
     */
    enterer?: Reference<'Practitioner'>;
    /**
     * Target
     *
     * The Insurer who is target of the request.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.insurer`
     * - Type Reference
     */
    insurer?: Reference<'Organization'>;
    /**
     * Responsible provider
     *
     * The provider which is responsible for the bill, claim pre-determination, pre-authorization.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.provider`
     * - Type Reference
     */
    provider?: Reference<'Practitioner'>;
    /**
     * Responsible organization
     *
     * The organization which is responsible for the bill, claim pre-determination, pre-authorization.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.organization`
     * - Type Reference
     */
    organization?: Reference<'Organization'>;
    /**
     * Desired processing priority
     *
     * Immediate (STAT), best effort (NORMAL), deferred (DEFER).
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.priority`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/process-priority (codes not enumerable here: example binding: not checked)
     */
    priority?: CodeableConcept;
    /**
     * Funds requested to be reserved
     *
     * In the case of a Pre-Determination/Pre-Authorization the provider may request that funds in the amount of the expected Benefit be reserved ('Patient' or 'Provider') to pay for the Benefits determined on the subsequent claim(s). 'None' explicitly indicates no funds reserving is requested.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.fundsReserve`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/fundsreserve (codes not enumerable here: example binding: not checked)
     */
    fundsReserve?: CodeableConcept;
    /**
     * Related Claims which may be revelant to processing this claimn
     *
     * Other claims which are related to this claim such as prior claim versions or for related services.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.related`
     * - Type BackboneElement
     */
    related?: ClaimRelated[];
    /**
     * Prescription authorizing services or products
     *
     * Prescription to support the dispensing of Pharmacy or Vision products.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.prescription`
     * - Type Reference
     */
    prescription?: Reference<'MedicationRequest' | 'VisionPrescription'>;
    /**
     * Original prescription if superceded by fulfiller
     *
     * Original prescription which has been superceded by this prescription to support the dispensing of pharmacy services, medications or products. For example, a physician may prescribe a medication which the pharmacy determines is contraindicated, or for which the patient has an intolerance, and therefor issues a new precription for an alternate medication which has the same theraputic intent. The prescription from the pharmacy becomes the 'prescription' and that from the physician becomes the 'original prescription'.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.originalPrescription`
     * - Type Reference
     */
    originalPrescription?: Reference<'MedicationRequest'>;
    /**
     * Party to be paid any benefits payable
     *
     * The party to be reimbursed for the services.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.payee`
     * - Type BackboneElement
     */
    payee?: ClaimPayee;
    /**
     * Treatment Referral
     *
     * The referral resource which lists the date, practitioner, reason and other supporting information.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.referral`
     * - Type Reference
     */
    referral?: Reference<'ReferralRequest'>;
    /**
     * Servicing Facility
     *
     * Facility where the services were provided.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.facility`
     * - Type Reference
     */
    facility?: Reference<'Location'>;
    /**
     * Members of the care team
     *
     * The members of the team who provided the overall service as well as their role and whether responsible and qualifications.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.careTeam`
     * - Type BackboneElement
     */
    careTeam?: ClaimCareTeam[];
    /**
     * Exceptions, special considerations, the condition, situation, prior or concurrent issues
     *
     * Additional information codes regarding exceptions, special considerations, the condition, situation, prior or concurrent issues. Often there are mutiple jurisdiction specific valuesets which are required.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.information`
     * - Type BackboneElement
     */
    information?: ClaimInformation[];
    /**
     * List of Diagnosis
     *
     * List of patient diagnosis for which care is sought.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.diagnosis`
     * - Type BackboneElement
     */
    diagnosis?: ClaimDiagnosis[];
    /**
     * Procedures performed
     *
     * Ordered list of patient procedures performed to support the adjudication.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.procedure`
     * - Type BackboneElement
     */
    procedure?: ClaimProcedure[];
    /**
     * Insurance or medical plan
     *
     * Financial instrument by which payment information for health care.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.insurance`
     * - Type BackboneElement
     */
    insurance?: ClaimInsurance[];
    /**
     * Details about an accident
     *
     * An accident which resulted in the need for healthcare services.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.accident`
     * - Type BackboneElement
     */
    accident?: ClaimAccident;
    /**
     * Period unable to work
     *
     * The start and optional end dates of when the patient was precluded from working due to the treatable condition(s).
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.employmentImpacted`
     * - Type Period
     */
    employmentImpacted?: Period;
    /**
     * Period in hospital
     *
     * The start and optional end dates of when the patient was confined to a treatment center.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.hospitalization`
     * - Type Period
     */
    hospitalization?: Period;
    /**
     * Goods and Services
     *
     * First tier of goods and services.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item`
     * - Type BackboneElement
     */
    item?: ClaimItem[];
    /**
     * Total claim cost
     *
     * The total value of the claim.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.total`
     * - Type Money
     */
    total?: Money;
}
/**
 * Related Claims which may be revelant to processing this claimn
 *
 * Other claims which are related to this claim such as prior claim versions or for related services.
 *
 * - Cardinality 0..*
 * - FHIR path `Claim.related`
 * - Type BackboneElement
 */
export interface ClaimRelated {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.related.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Claim.related.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.related.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.related.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Reference to the related claim
     *
     * Other claims which are related to this claim such as prior claim versions or for related services.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.related.claim`
     * - Type Reference
     */
    claim?: Reference<'Claim'>;
    /**
     * How the reference claim is related
     *
     * For example prior or umbrella.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.related.relationship`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/related-claim-relationship (codes not enumerable here: example binding: not checked)
     */
    relationship?: CodeableConcept;
    /**
     * Related file or case reference
     *
     * An alternate organizational reference to the case or file to which this particular claim pertains - eg Property/Casualy insurer claim # or Workers Compensation case # .
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.related.reference`
     * - Type Identifier
     */
    reference?: Identifier;
}
/**
 * Party to be paid any benefits payable
 *
 * The party to be reimbursed for the services.
 *
 * - Cardinality 0..1
 * - FHIR path `Claim.payee`
 * - Type BackboneElement
 */
export interface ClaimPayee {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.payee.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Claim.payee.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.payee.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.payee.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type of party: Subscriber, Provider, other
     *
     * Type of Party to be reimbursed: Subscriber, provider, other.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.payee.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/payeetype (codes not enumerable here: example binding: not checked)
     */
    type: CodeableConcept;
    /**
     * organization | patient | practitioner | relatedperson
     *
     * organization | patient | practitioner | relatedperson.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.payee.resourceType`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/ex-payee-resource-type (codes not enumerable here: example binding: not checked)
     */
    resourceType?: Coding;
    /**
     * Party to receive the payable
     *
     * Party to be reimbursed: Subscriber, provider, other.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.payee.party`
     * - Type Reference
     */
    party?: Reference<'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
}
/**
 * Members of the care team
 *
 * The members of the team who provided the overall service as well as their role and whether responsible and qualifications.
 *
 * - Cardinality 0..*
 * - FHIR path `Claim.careTeam`
 * - Type BackboneElement
 */
export interface ClaimCareTeam {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.careTeam.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Claim.careTeam.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.careTeam.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.careTeam.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Number to covey order of careTeam
     *
     * Sequence of the careTeam which serves to order and provide a link.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.careTeam.sequence`
     * - Type positiveInt
     */
    sequence: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see Claim.careTeam.sequence). */
    _sequence?: Element;
    /**
     * Provider individual or organization
     *
     * Member of the team who provided the overall service.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.careTeam.provider`
     * - Type Reference
     */
    provider: Reference<'Organization' | 'Practitioner'>;
    /**
     * Billing provider
     *
     * The party who is billing and responsible for the claimed good or service rendered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.careTeam.responsible`
     * - Type boolean
     */
    responsible?: boolean;
    /** Extensions and id for `responsible` (FHIR JSON primitive extension, see Claim.careTeam.responsible). */
    _responsible?: Element;
    /**
     * Role on the team
     *
     * The lead, assisting or supervising practitioner and their discipline if a multidisiplinary team.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.careTeam.role`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/claim-careteamrole (codes not enumerable here: example binding: not checked)
     */
    role?: CodeableConcept;
    /**
     * Type, classification or Specialization
     *
     * The qualification which is applicable for this service.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.careTeam.qualification`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/provider-qualification (codes not enumerable here: example binding: not checked)
     */
    qualification?: CodeableConcept;
}
/**
 * Exceptions, special considerations, the condition, situation, prior or concurrent issues
 *
 * Additional information codes regarding exceptions, special considerations, the condition, situation, prior or concurrent issues. Often there are mutiple jurisdiction specific valuesets which are required.
 *
 * - Cardinality 0..*
 * - FHIR path `Claim.information`
 * - Type BackboneElement
 */
export interface ClaimInformation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.information.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Claim.information.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.information.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.information.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Information instance identifier
     *
     * Sequence of the information element which serves to provide a link.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.information.sequence`
     * - Type positiveInt
     */
    sequence: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see Claim.information.sequence). */
    _sequence?: Element;
    /**
     * General class of information
     *
     * The general class of the information supplied: information; exception; accident, employment; onset, etc.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.information.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/claim-informationcategory (codes not enumerable here: example binding: not checked)
     */
    category: CodeableConcept;
    /**
     * Type of information
     *
     * System and code pertaining to the specific information regarding special conditions relating to the setting, treatment or patient  for which care is sought which may influence the adjudication.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.information.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/claim-exception (codes not enumerable here: example binding: not checked)
     */
    code?: CodeableConcept;
    /**
     * When it occurred
     *
     * The date when or period to which this information refers.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.information.timing[x]`
     * - Type date | Period
     */
    timingDate?: string;
    /** Extensions and id for `timingDate` (FHIR JSON primitive extension, see Claim.information.timing[x]). */
    _timingDate?: Element;
    /**
     * When it occurred
     *
     * The date when or period to which this information refers.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.information.timing[x]`
     * - Type date | Period
     */
    timingPeriod?: Period;
    /**
     * Additional Data or supporting information
     *
     * Additional data or information such as resources, documents, images etc. including references to the data or the actual inclusion of the data.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.information.value[x]`
     * - Type string | Quantity | Attachment | Reference
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Claim.information.value[x]). */
    _valueString?: Element;
    /**
     * Additional Data or supporting information
     *
     * Additional data or information such as resources, documents, images etc. including references to the data or the actual inclusion of the data.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.information.value[x]`
     * - Type string | Quantity | Attachment | Reference
     */
    valueQuantity?: Quantity;
    /**
     * Additional Data or supporting information
     *
     * Additional data or information such as resources, documents, images etc. including references to the data or the actual inclusion of the data.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.information.value[x]`
     * - Type string | Quantity | Attachment | Reference
     */
    valueAttachment?: Attachment;
    /**
     * Additional Data or supporting information
     *
     * Additional data or information such as resources, documents, images etc. including references to the data or the actual inclusion of the data.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.information.value[x]`
     * - Type string | Quantity | Attachment | Reference
     */
    valueReference?: Reference;
    /**
     * Reason associated with the information
     *
     * For example, provides the reason for: the additional stay, or missing tooth or any other situation where a reason code is required in addition to the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.information.reason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/missing-tooth-reason (codes not enumerable here: example binding: not checked)
     */
    reason?: CodeableConcept;
}
/**
 * List of Diagnosis
 *
 * List of patient diagnosis for which care is sought.
 *
 * - Cardinality 0..*
 * - FHIR path `Claim.diagnosis`
 * - Type BackboneElement
 */
export interface ClaimDiagnosis {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.diagnosis.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Claim.diagnosis.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.diagnosis.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.diagnosis.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Number to covey order of diagnosis
     *
     * Sequence of diagnosis which serves to provide a link.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.diagnosis.sequence`
     * - Type positiveInt
     */
    sequence: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see Claim.diagnosis.sequence). */
    _sequence?: Element;
    /**
     * Patient's diagnosis
     *
     * The diagnosis.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.diagnosis.diagnosis[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/icd-10 (codes not enumerable here: example binding: not checked)
     */
    diagnosisCodeableConcept?: CodeableConcept;
    /**
     * Patient's diagnosis
     *
     * The diagnosis.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.diagnosis.diagnosis[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/icd-10 (codes not enumerable here: example binding: not checked)
     */
    diagnosisReference?: Reference<'Condition'>;
    /**
     * Timing or nature of the diagnosis
     *
     * The type of the Diagnosis, for example: admitting, primary, secondary, discharge.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.diagnosis.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/ex-diagnosistype (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept[];
    /**
     * Package billing code
     *
     * The package billing code, for example DRG, based on the assigned grouping code system.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.diagnosis.packageCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/ex-diagnosisrelatedgroup (codes not enumerable here: example binding: not checked)
     */
    packageCode?: CodeableConcept;
}
/**
 * Procedures performed
 *
 * Ordered list of patient procedures performed to support the adjudication.
 *
 * - Cardinality 0..*
 * - FHIR path `Claim.procedure`
 * - Type BackboneElement
 */
export interface ClaimProcedure {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.procedure.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Claim.procedure.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.procedure.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.procedure.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Procedure sequence for reference
     *
     * Sequence of procedures which serves to order and provide a link.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.procedure.sequence`
     * - Type positiveInt
     */
    sequence: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see Claim.procedure.sequence). */
    _sequence?: Element;
    /**
     * When the procedure was performed
     *
     * Date and optionally time the procedure was performed .
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.procedure.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see Claim.procedure.date). */
    _date?: Element;
    /**
     * Patient's list of procedures performed
     *
     * The procedure code.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.procedure.procedure[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/icd-10-procedures (codes not enumerable here: example binding: not checked)
     */
    procedureCodeableConcept?: CodeableConcept;
    /**
     * Patient's list of procedures performed
     *
     * The procedure code.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.procedure.procedure[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/icd-10-procedures (codes not enumerable here: example binding: not checked)
     */
    procedureReference?: Reference<'Procedure'>;
}
/**
 * Insurance or medical plan
 *
 * Financial instrument by which payment information for health care.
 *
 * - Cardinality 0..*
 * - FHIR path `Claim.insurance`
 * - Type BackboneElement
 */
export interface ClaimInsurance {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.insurance.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Claim.insurance.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.insurance.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.insurance.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Service instance identifier
     *
     * Sequence of coverage which serves to provide a link and convey coordination of benefit order.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.insurance.sequence`
     * - Type positiveInt
     */
    sequence: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see Claim.insurance.sequence). */
    _sequence?: Element;
    /**
     * Is the focal Coverage
     *
     * A flag to indicate that this Coverage is the focus for adjudication. The Coverage against which the claim is to be adjudicated.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.insurance.focal`
     * - Type boolean
     */
    focal: boolean;
    /** Extensions and id for `focal` (FHIR JSON primitive extension, see Claim.insurance.focal). */
    _focal?: Element;
    /**
     * Insurance information
     *
     * Reference to the program or plan identification, underwriter or payor.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.insurance.coverage`
     * - Type Reference
     */
    coverage: Reference<'Coverage'>;
    /**
     * Business agreement
     *
     * The contract number of a business agreement which describes the terms and conditions.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.insurance.businessArrangement`
     * - Type string
     */
    businessArrangement?: string;
    /** Extensions and id for `businessArrangement` (FHIR JSON primitive extension, see Claim.insurance.businessArrangement). */
    _businessArrangement?: Element;
    /**
     * Pre-Authorization/Determination Reference
     *
     * A list of references from the Insurer to which these services pertain.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.insurance.preAuthRef`
     * - Type string
     */
    preAuthRef?: string[];
    /** Extensions and id for `preAuthRef` (FHIR JSON primitive extension, see Claim.insurance.preAuthRef). */
    _preAuthRef?: (Element | null)[];
    /**
     * Adjudication results
     *
     * The Coverages adjudication details.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.insurance.claimResponse`
     * - Type Reference
     */
    claimResponse?: Reference<'ClaimResponse'>;
}
/**
 * Details about an accident
 *
 * An accident which resulted in the need for healthcare services.
 *
 * - Cardinality 0..1
 * - FHIR path `Claim.accident`
 * - Type BackboneElement
 */
export interface ClaimAccident {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.accident.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Claim.accident.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.accident.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.accident.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * When the accident occurred
     * see information codes
     * see information codes
     *
     * Date of an accident which these services are addressing.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.accident.date`
     * - Type date
     */
    date: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see Claim.accident.date). */
    _date?: Element;
    /**
     * The nature of the accident
     *
     * Type of accident: work, auto, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.accident.type`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/v3-ActIncidentCode (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    type?: CodeableConcept;
    /**
     * Accident Place
     *
     * Accident Place.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.accident.location[x]`
     * - Type Address | Reference
     */
    locationAddress?: Address;
    /**
     * Accident Place
     *
     * Accident Place.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.accident.location[x]`
     * - Type Address | Reference
     */
    locationReference?: Reference<'Location'>;
}
/**
 * Goods and Services
 *
 * First tier of goods and services.
 *
 * - Cardinality 0..*
 * - FHIR path `Claim.item`
 * - Type BackboneElement
 */
export interface ClaimItem {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Claim.item.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Service instance
     *
     * A service line number.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.item.sequence`
     * - Type positiveInt
     */
    sequence: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see Claim.item.sequence). */
    _sequence?: Element;
    /**
     * Applicable careTeam members
     *
     * CareTeam applicable for this service or product line.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.careTeamLinkId`
     * - Type positiveInt
     */
    careTeamLinkId?: number[];
    /** Extensions and id for `careTeamLinkId` (FHIR JSON primitive extension, see Claim.item.careTeamLinkId). */
    _careTeamLinkId?: (Element | null)[];
    /**
     * Applicable diagnoses
     *
     * Diagnosis applicable for this service or product line.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.diagnosisLinkId`
     * - Type positiveInt
     */
    diagnosisLinkId?: number[];
    /** Extensions and id for `diagnosisLinkId` (FHIR JSON primitive extension, see Claim.item.diagnosisLinkId). */
    _diagnosisLinkId?: (Element | null)[];
    /**
     * Applicable procedures
     *
     * Procedures applicable for this service or product line.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.procedureLinkId`
     * - Type positiveInt
     */
    procedureLinkId?: number[];
    /** Extensions and id for `procedureLinkId` (FHIR JSON primitive extension, see Claim.item.procedureLinkId). */
    _procedureLinkId?: (Element | null)[];
    /**
     * Applicable exception and supporting information
     *
     * Exceptions, special conditions and supporting information pplicable for this service or product line.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.informationLinkId`
     * - Type positiveInt
     */
    informationLinkId?: number[];
    /** Extensions and id for `informationLinkId` (FHIR JSON primitive extension, see Claim.item.informationLinkId). */
    _informationLinkId?: (Element | null)[];
    /**
     * Revenue or cost center code
     *
     * The type of reveneu or cost center providing the product and/or service.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.revenue`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/ex-revenue-center (codes not enumerable here: example binding: not checked)
     */
    revenue?: CodeableConcept;
    /**
     * Type of service or product
     *
     * Health Care Service Type Codes  to identify the classification of service or benefits.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/benefit-subcategory (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept;
    /**
     * Billing Code
     *
     * If this is an actual service or product line, ie. not a Group, then use code to indicate the Professional Service or Product supplied (eg. CTP, HCPCS,USCLS,ICD10, NCPDP,DIN,RXNorm,ACHI,CCI). If a grouping item then use a group code to indicate the type of thing being grouped eg. 'glasses' or 'compound'.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.service`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/service-uscls (codes not enumerable here: example binding: not checked)
     */
    service?: CodeableConcept;
    /**
     * Service/Product billing modifiers
     *
     * Item typification or modifiers codes, eg for Oral whether the treatment is cosmetic or associated with TMJ, or for medical whether the treatment was outside the clinic or out of office hours.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.modifier`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/claim-modifiers (codes not enumerable here: example binding: not checked)
     */
    modifier?: CodeableConcept[];
    /**
     * Program specific reason for item inclusion
     *
     * For programs which require reason codes for the inclusion or covering of this billed item under the program or sub-program.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.programCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/ex-program-code (codes not enumerable here: example binding: not checked)
     */
    programCode?: CodeableConcept[];
    /**
     * Date or dates of Service
     *
     * The date or dates when the enclosed suite of services were performed or completed.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.serviced[x]`
     * - Type date | Period
     */
    servicedDate?: string;
    /** Extensions and id for `servicedDate` (FHIR JSON primitive extension, see Claim.item.serviced[x]). */
    _servicedDate?: Element;
    /**
     * Date or dates of Service
     *
     * The date or dates when the enclosed suite of services were performed or completed.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.serviced[x]`
     * - Type date | Period
     */
    servicedPeriod?: Period;
    /**
     * Place of service
     *
     * Where the service was provided.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.location[x]`
     * - Type CodeableConcept | Address | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/service-place (codes not enumerable here: example binding: not checked)
     */
    locationCodeableConcept?: CodeableConcept;
    /**
     * Place of service
     *
     * Where the service was provided.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.location[x]`
     * - Type CodeableConcept | Address | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/service-place (codes not enumerable here: example binding: not checked)
     */
    locationAddress?: Address;
    /**
     * Place of service
     *
     * Where the service was provided.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.location[x]`
     * - Type CodeableConcept | Address | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/service-place (codes not enumerable here: example binding: not checked)
     */
    locationReference?: Reference<'Location'>;
    /**
     * Count of Products or Services
     *
     * The number of repetitions of a service or product.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.quantity`
     * - Type Quantity
     */
    quantity?: SimpleQuantity;
    /**
     * Fee, charge or cost per point
     *
     * If the item is a node then this is the fee for the product or service, otherwise this is the total of the fees for the children of the group.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.unitPrice`
     * - Type Money
     */
    unitPrice?: Money;
    /**
     * Price scaling factor
     *
     * A real number that represents a multiplier used in determining the overall value of services delivered and/or goods received. The concept of a Factor allows for a discount or surcharge multiplier to be applied to a monetary amount.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.factor`
     * - Type decimal
     */
    factor?: number;
    /** Extensions and id for `factor` (FHIR JSON primitive extension, see Claim.item.factor). */
    _factor?: Element;
    /**
     * Total item cost
     *
     * The quantity times the unit price for an addittional service or product or charge. For example, the formula: unit Quantity * unit Price (Cost per Point) * factor Number  * points = net Amount. Quantity, factor and points are assumed to be 1 if not supplied.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.net`
     * - Type Money
     */
    net?: Money;
    /**
     * Unique Device Identifier
     *
     * List of Unique Device Identifiers associated with this line item.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.udi`
     * - Type Reference
     */
    udi?: Reference<'Device'>[];
    /**
     * Service Location
     *
     * Physical service site on the patient (limb, tooth, etc).
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.bodySite`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/tooth (codes not enumerable here: example binding: not checked)
     */
    bodySite?: CodeableConcept;
    /**
     * Service Sub-location
     *
     * A region or surface of the site, eg. limb region or tooth surface(s).
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.subSite`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/surface (codes not enumerable here: example binding: not checked)
     */
    subSite?: CodeableConcept[];
    /**
     * Encounters related to this billed item
     *
     * A billed item may include goods or services provided in multiple encounters.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.encounter`
     * - Type Reference
     */
    encounter?: Reference<'Encounter'>[];
    /**
     * Additional items
     *
     * Second tier of goods and services.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.detail`
     * - Type BackboneElement
     */
    detail?: ClaimItemDetail[];
}
/**
 * Additional items
 *
 * Second tier of goods and services.
 *
 * - Cardinality 0..*
 * - FHIR path `Claim.item.detail`
 * - Type BackboneElement
 */
export interface ClaimItemDetail {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.detail.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Claim.item.detail.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.detail.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.detail.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Service instance
     *
     * A service line number.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.item.detail.sequence`
     * - Type positiveInt
     */
    sequence: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see Claim.item.detail.sequence). */
    _sequence?: Element;
    /**
     * Revenue or cost center code
     *
     * The type of reveneu or cost center providing the product and/or service.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.detail.revenue`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/ex-revenue-center (codes not enumerable here: example binding: not checked)
     */
    revenue?: CodeableConcept;
    /**
     * Type of service or product
     *
     * Health Care Service Type Codes  to identify the classification of service or benefits.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.detail.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/benefit-subcategory (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept;
    /**
     * Billing Code
     *
     * If this is an actual service or product line, ie. not a Group, then use code to indicate the Professional Service or Product supplied (eg. CTP, HCPCS,USCLS,ICD10, NCPDP,DIN,ACHI,CCI). If a grouping item then use a group code to indicate the type of thing being grouped eg. 'glasses' or 'compound'.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.detail.service`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/service-uscls (codes not enumerable here: example binding: not checked)
     */
    service?: CodeableConcept;
    /**
     * Service/Product billing modifiers
     *
     * Item typification or modifiers codes, eg for Oral whether the treatment is cosmetic or associated with TMJ, or for medical whether the treatment was outside the clinic or out of office hours.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.detail.modifier`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/claim-modifiers (codes not enumerable here: example binding: not checked)
     */
    modifier?: CodeableConcept[];
    /**
     * Program specific reason for item inclusion
     *
     * For programs which require reson codes for the inclusion, covering, of this billed item under the program or sub-program.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.detail.programCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/ex-program-code (codes not enumerable here: example binding: not checked)
     */
    programCode?: CodeableConcept[];
    /**
     * Count of Products or Services
     *
     * The number of repetitions of a service or product.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.detail.quantity`
     * - Type Quantity
     */
    quantity?: SimpleQuantity;
    /**
     * Fee, charge or cost per point
     *
     * If the item is a node then this is the fee for the product or service, otherwise this is the total of the fees for the children of the group.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.detail.unitPrice`
     * - Type Money
     */
    unitPrice?: Money;
    /**
     * Price scaling factor
     *
     * A real number that represents a multiplier used in determining the overall value of services delivered and/or goods received. The concept of a Factor allows for a discount or surcharge multiplier to be applied to a monetary amount.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.detail.factor`
     * - Type decimal
     */
    factor?: number;
    /** Extensions and id for `factor` (FHIR JSON primitive extension, see Claim.item.detail.factor). */
    _factor?: Element;
    /**
     * Total additional item cost
     *
     * The quantity times the unit price for an addittional service or product or charge. For example, the formula: unit Quantity * unit Price (Cost per Point) * factor Number  * points = net Amount. Quantity, factor and points are assumed to be 1 if not supplied.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.detail.net`
     * - Type Money
     */
    net?: Money;
    /**
     * Unique Device Identifier
     *
     * List of Unique Device Identifiers associated with this line item.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.detail.udi`
     * - Type Reference
     */
    udi?: Reference<'Device'>[];
    /**
     * Additional items
     *
     * Third tier of goods and services.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.detail.subDetail`
     * - Type BackboneElement
     */
    subDetail?: ClaimItemDetailSubDetail[];
}
/**
 * Additional items
 *
 * Third tier of goods and services.
 *
 * - Cardinality 0..*
 * - FHIR path `Claim.item.detail.subDetail`
 * - Type BackboneElement
 */
export interface ClaimItemDetailSubDetail {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.detail.subDetail.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Claim.item.detail.subDetail.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.detail.subDetail.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.detail.subDetail.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Service instance
     *
     * A service line number.
     *
     * - Cardinality 1..1
     * - FHIR path `Claim.item.detail.subDetail.sequence`
     * - Type positiveInt
     */
    sequence: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see Claim.item.detail.subDetail.sequence). */
    _sequence?: Element;
    /**
     * Revenue or cost center code
     *
     * The type of reveneu or cost center providing the product and/or service.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.detail.subDetail.revenue`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/ex-revenue-center (codes not enumerable here: example binding: not checked)
     */
    revenue?: CodeableConcept;
    /**
     * Type of service or product
     *
     * Health Care Service Type Codes  to identify the classification of service or benefits.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.detail.subDetail.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/benefit-subcategory (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept;
    /**
     * Billing Code
     *
     * A code to indicate the Professional Service or Product supplied (eg. CTP, HCPCS,USCLS,ICD10, NCPDP,DIN,ACHI,CCI).
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.detail.subDetail.service`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/service-uscls (codes not enumerable here: example binding: not checked)
     */
    service?: CodeableConcept;
    /**
     * Service/Product billing modifiers
     *
     * Item typification or modifiers codes, eg for Oral whether the treatment is cosmetic or associated with TMJ, or for medical whether the treatment was outside the clinic or out of office hours.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.detail.subDetail.modifier`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/claim-modifiers (codes not enumerable here: example binding: not checked)
     */
    modifier?: CodeableConcept[];
    /**
     * Program specific reason for item inclusion
     *
     * For programs which require reson codes for the inclusion, covering, of this billed item under the program or sub-program.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.detail.subDetail.programCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/ex-program-code (codes not enumerable here: example binding: not checked)
     */
    programCode?: CodeableConcept[];
    /**
     * Count of Products or Services
     *
     * The number of repetitions of a service or product.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.detail.subDetail.quantity`
     * - Type Quantity
     */
    quantity?: SimpleQuantity;
    /**
     * Fee, charge or cost per point
     *
     * The fee for an addittional service or product or charge.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.detail.subDetail.unitPrice`
     * - Type Money
     */
    unitPrice?: Money;
    /**
     * Price scaling factor
     *
     * A real number that represents a multiplier used in determining the overall value of services delivered and/or goods received. The concept of a Factor allows for a discount or surcharge multiplier to be applied to a monetary amount.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.detail.subDetail.factor`
     * - Type decimal
     */
    factor?: number;
    /** Extensions and id for `factor` (FHIR JSON primitive extension, see Claim.item.detail.subDetail.factor). */
    _factor?: Element;
    /**
     * Net additional item cost
     *
     * The quantity times the unit price for an addittional service or product or charge. For example, the formula: unit Quantity * unit Price (Cost per Point) * factor Number  * points = net Amount. Quantity, factor and points are assumed to be 1 if not supplied.
     *
     * - Cardinality 0..1
     * - FHIR path `Claim.item.detail.subDetail.net`
     * - Type Money
     */
    net?: Money;
    /**
     * Unique Device Identifier
     *
     * List of Unique Device Identifiers associated with this line item.
     *
     * - Cardinality 0..*
     * - FHIR path `Claim.item.detail.subDetail.udi`
     * - Type Reference
     */
    udi?: Reference<'Device'>[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkClaim(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimRelated(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimPayee(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimCareTeam(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimInformation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimDiagnosis(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimProcedure(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimInsurance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimAccident(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimItem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimItemDetail(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimItemDetailSubDetail(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Claim (http://hl7.org/fhir/StructureDefinition/Claim).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateClaim(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateClaim} with the same options reports no error or fatal issue: Claim (http://hl7.org/fhir/StructureDefinition/Claim). */
export declare function isClaim(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Claim;
/** Input of {@link buildClaim}: a {@link Claim} without what the builder fills in. */
export type ClaimInput = BuilderInput<Claim, 'resourceType'>;
/**
 * Builds a {@link Claim} (Claim, http://hl7.org/fhir/StructureDefinition/Claim).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Claim"
 * - the `system` of codings in `type`: http://hl7.org/fhir/ex-claimtype (the only system of its required binding)
 *
 * The result is checked with {@link validateClaim}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildClaim(input: ClaimInput): Claim;
