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
 * ExplanationOfBenefit
 *
 * Base StructureDefinition for ExplanationOfBenefit Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ExplanationOfBenefit
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ExplanationOfBenefit {
    /** The FHIR resource type. */
    resourceType: 'ExplanationOfBenefit';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ExplanationOfBenefit.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ExplanationOfBenefit.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business Identifier
     *
     * The EOB Business Identifier.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | cancelled | draft | entered-in-error
     *
     * The status of the resource instance.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/explanationofbenefit-status (4 codes: active, cancelled, draft, entered-in-error)
     */
    status?: 'active' | 'cancelled' | 'draft' | 'entered-in-error';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see ExplanationOfBenefit.status). */
    _status?: Element;
    /**
     * Type or discipline
     *
     * The category of claim, eg, oral, pharmacy, vision, insitutional, professional.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.type`
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
     * - FHIR path `ExplanationOfBenefit.subType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/claim-subtype (codes not enumerable here: example binding: not checked)
     */
    subType?: CodeableConcept[];
    /**
     * The subject of the Products and Services
     *
     * Patient Resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.patient`
     * - Type Reference
     */
    patient?: Reference<'Patient'>;
    /**
     * Period for charge submission
     *
     * The billable period for which charges are being submitted.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.billablePeriod`
     * - Type Period
     */
    billablePeriod?: Period;
    /**
     * Creation date
     *
     * The date when the EOB was created.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.created`
     * - Type dateTime
     */
    created?: string;
    /** Extensions and id for `created` (FHIR JSON primitive extension, see ExplanationOfBenefit.created). */
    _created?: Element;
    /**
     * Author
     *
     * The person who created the explanation of benefit.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.enterer`
     * - Type Reference
     */
    enterer?: Reference<'Practitioner'>;
    /**
     * Insurer responsible for the EOB
     *
     * The insurer which is responsible for the explanation of benefit.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.insurer`
     * - Type Reference
     */
    insurer?: Reference<'Organization'>;
    /**
     * Responsible provider for the claim
     *
     * The provider which is responsible for the claim.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.provider`
     * - Type Reference
     */
    provider?: Reference<'Practitioner'>;
    /**
     * Responsible organization for the claim
     *
     * The provider which is responsible for the claim.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.organization`
     * - Type Reference
     */
    organization?: Reference<'Organization'>;
    /**
     * Treatment Referral
     *
     * The referral resource which lists the date, practitioner, reason and other supporting information.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.referral`
     * - Type Reference
     */
    referral?: Reference<'ReferralRequest'>;
    /**
     * Servicing Facility
     *
     * Facility where the services were provided.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.facility`
     * - Type Reference
     */
    facility?: Reference<'Location'>;
    /**
     * Claim reference
     *
     * The business identifier for the instance: invoice number, claim number, pre-determination or pre-authorization number.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.claim`
     * - Type Reference
     */
    claim?: Reference<'Claim'>;
    /**
     * Claim response reference
     *
     * The business identifier for the instance: invoice number, claim number, pre-determination or pre-authorization number.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.claimResponse`
     * - Type Reference
     */
    claimResponse?: Reference<'ClaimResponse'>;
    /**
     * complete | error | partial
     *
     * Processing outcome errror, partial or complete processing.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.outcome`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/remittance-outcome (codes not enumerable here: example binding: not checked)
     */
    outcome?: CodeableConcept;
    /**
     * Disposition Message
     *
     * A description of the status of the adjudication.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.disposition`
     * - Type string
     */
    disposition?: string;
    /** Extensions and id for `disposition` (FHIR JSON primitive extension, see ExplanationOfBenefit.disposition). */
    _disposition?: Element;
    /**
     * Related Claims which may be revelant to processing this claim
     *
     * Other claims which are related to this claim such as prior claim versions or for related services.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.related`
     * - Type BackboneElement
     */
    related?: ExplanationOfBenefitRelated[];
    /**
     * Prescription authorizing services or products
     *
     * Prescription to support the dispensing of Pharmacy or Vision products.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.prescription`
     * - Type Reference
     */
    prescription?: Reference<'MedicationRequest' | 'VisionPrescription'>;
    /**
     * Original prescription if superceded by fulfiller
     *
     * Original prescription which has been superceded by this prescription to support the dispensing of pharmacy services, medications or products. For example, a physician may prescribe a medication which the pharmacy determines is contraindicated, or for which the patient has an intolerance, and therefor issues a new precription for an alternate medication which has the same theraputic intent. The prescription from the pharmacy becomes the 'prescription' and that from the physician becomes the 'original prescription'.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.originalPrescription`
     * - Type Reference
     */
    originalPrescription?: Reference<'MedicationRequest'>;
    /**
     * Party to be paid any benefits payable
     *
     * The party to be reimbursed for the services.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.payee`
     * - Type BackboneElement
     */
    payee?: ExplanationOfBenefitPayee;
    /**
     * Exceptions, special considerations, the condition, situation, prior or concurrent issues
     *
     * Additional information codes regarding exceptions, special considerations, the condition, situation, prior or concurrent issues. Often there are mutiple jurisdiction specific valuesets which are required.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.information`
     * - Type BackboneElement
     */
    information?: ExplanationOfBenefitInformation[];
    /**
     * Care Team members
     *
     * The members of the team who provided the overall service as well as their role and whether responsible and qualifications.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.careTeam`
     * - Type BackboneElement
     */
    careTeam?: ExplanationOfBenefitCareTeam[];
    /**
     * List of Diagnosis
     *
     * Ordered list of patient diagnosis for which care is sought.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.diagnosis`
     * - Type BackboneElement
     */
    diagnosis?: ExplanationOfBenefitDiagnosis[];
    /**
     * Procedures performed
     *
     * Ordered list of patient procedures performed to support the adjudication.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.procedure`
     * - Type BackboneElement
     */
    procedure?: ExplanationOfBenefitProcedure[];
    /**
     * Precedence (primary, secondary, etc.)
     *
     * Precedence (primary, secondary, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.precedence`
     * - Type positiveInt
     */
    precedence?: number;
    /** Extensions and id for `precedence` (FHIR JSON primitive extension, see ExplanationOfBenefit.precedence). */
    _precedence?: Element;
    /**
     * Insurance or medical plan
     *
     * Financial instrument by which payment information for health care.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.insurance`
     * - Type BackboneElement
     */
    insurance?: ExplanationOfBenefitInsurance;
    /**
     * Details of an accident
     *
     * An accident which resulted in the need for healthcare services.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.accident`
     * - Type BackboneElement
     */
    accident?: ExplanationOfBenefitAccident;
    /**
     * Period unable to work
     *
     * The start and optional end dates of when the patient was precluded from working due to the treatable condition(s).
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.employmentImpacted`
     * - Type Period
     */
    employmentImpacted?: Period;
    /**
     * Period in hospital
     *
     * The start and optional end dates of when the patient was confined to a treatment center.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.hospitalization`
     * - Type Period
     */
    hospitalization?: Period;
    /**
     * Goods and Services
     *
     * First tier of goods and services.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item`
     * - Type BackboneElement
     */
    item?: ExplanationOfBenefitItem[];
    /**
     * Insurer added line items
     *
     * The first tier service adjudications for payor added services.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.addItem`
     * - Type BackboneElement
     */
    addItem?: ExplanationOfBenefitAddItem[];
    /**
     * Total Cost of service from the Claim
     *
     * The total cost of the services reported.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.totalCost`
     * - Type Money
     */
    totalCost?: Money;
    /**
     * Unallocated deductable
     *
     * The amount of deductable applied which was not allocated to any particular service line.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.unallocDeductable`
     * - Type Money
     */
    unallocDeductable?: Money;
    /**
     * Total benefit payable for the Claim
     *
     * Total amount of benefit payable (Equal to sum of the Benefit amounts from all detail lines and additions less the Unallocated Deductable).
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.totalBenefit`
     * - Type Money
     */
    totalBenefit?: Money;
    /**
     * Payment (if paid)
     *
     * Payment details for the claim if the claim has been paid.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.payment`
     * - Type BackboneElement
     */
    payment?: ExplanationOfBenefitPayment;
    /**
     * Printed Form Identifier
     *
     * The form to be used for printing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.form`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/forms (codes not enumerable here: example binding: not checked)
     */
    form?: CodeableConcept;
    /**
     * Processing notes
     *
     * Note text.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.processNote`
     * - Type BackboneElement
     */
    processNote?: ExplanationOfBenefitProcessNote[];
    /**
     * Balance by Benefit Category
     *
     * Balance by Benefit Category.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.benefitBalance`
     * - Type BackboneElement
     */
    benefitBalance?: ExplanationOfBenefitBenefitBalance[];
}
/**
 * Related Claims which may be revelant to processing this claim
 *
 * Other claims which are related to this claim such as prior claim versions or for related services.
 *
 * - Cardinality 0..*
 * - FHIR path `ExplanationOfBenefit.related`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitRelated {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.related.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.related.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.related.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.related.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Reference to the related claim
     *
     * Other claims which are related to this claim such as prior claim versions or for related services.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.related.claim`
     * - Type Reference
     */
    claim?: Reference<'Claim'>;
    /**
     * How the reference claim is related
     *
     * For example prior or umbrella.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.related.relationship`
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
     * - FHIR path `ExplanationOfBenefit.related.reference`
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
 * - FHIR path `ExplanationOfBenefit.payee`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitPayee {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.payee.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.payee.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.payee.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.payee.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type of party: Subscriber, Provider, other
     *
     * Type of Party to be reimbursed: Subscriber, provider, other.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.payee.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/payeetype (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept;
    /**
     * organization | patient | practitioner | relatedperson
     *
     * organization | patient | practitioner | relatedperson.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.payee.resourceType`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/resource-type-link (4 codes: organization, patient, practitioner, relatedperson)
     */
    resourceType?: CodeableConcept<'organization' | 'patient' | 'practitioner' | 'relatedperson'>;
    /**
     * Party to receive the payable
     *
     * Party to be reimbursed: Subscriber, provider, other.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.payee.party`
     * - Type Reference
     */
    party?: Reference<'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
}
/**
 * Exceptions, special considerations, the condition, situation, prior or concurrent issues
 *
 * Additional information codes regarding exceptions, special considerations, the condition, situation, prior or concurrent issues. Often there are mutiple jurisdiction specific valuesets which are required.
 *
 * - Cardinality 0..*
 * - FHIR path `ExplanationOfBenefit.information`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitInformation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.information.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.information.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.information.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.information.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Information instance identifier
     *
     * Sequence of the information element which serves to provide a link.
     *
     * - Cardinality 1..1
     * - FHIR path `ExplanationOfBenefit.information.sequence`
     * - Type positiveInt
     */
    sequence: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see ExplanationOfBenefit.information.sequence). */
    _sequence?: Element;
    /**
     * General class of information
     *
     * The general class of the information supplied: information; exception; accident, employment; onset, etc.
     *
     * - Cardinality 1..1
     * - FHIR path `ExplanationOfBenefit.information.category`
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
     * - FHIR path `ExplanationOfBenefit.information.code`
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
     * - FHIR path `ExplanationOfBenefit.information.timing[x]`
     * - Type date | Period
     */
    timingDate?: string;
    /** Extensions and id for `timingDate` (FHIR JSON primitive extension, see ExplanationOfBenefit.information.timing[x]). */
    _timingDate?: Element;
    /**
     * When it occurred
     *
     * The date when or period to which this information refers.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.information.timing[x]`
     * - Type date | Period
     */
    timingPeriod?: Period;
    /**
     * Additional Data or supporting information
     *
     * Additional data or information such as resources, documents, images etc. including references to the data or the actual inclusion of the data.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.information.value[x]`
     * - Type string | Quantity | Attachment | Reference
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see ExplanationOfBenefit.information.value[x]). */
    _valueString?: Element;
    /**
     * Additional Data or supporting information
     *
     * Additional data or information such as resources, documents, images etc. including references to the data or the actual inclusion of the data.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.information.value[x]`
     * - Type string | Quantity | Attachment | Reference
     */
    valueQuantity?: Quantity;
    /**
     * Additional Data or supporting information
     *
     * Additional data or information such as resources, documents, images etc. including references to the data or the actual inclusion of the data.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.information.value[x]`
     * - Type string | Quantity | Attachment | Reference
     */
    valueAttachment?: Attachment;
    /**
     * Additional Data or supporting information
     *
     * Additional data or information such as resources, documents, images etc. including references to the data or the actual inclusion of the data.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.information.value[x]`
     * - Type string | Quantity | Attachment | Reference
     */
    valueReference?: Reference;
    /**
     * Reason associated with the information
     *
     * For example, provides the reason for: the additional stay, or missing tooth or any other situation where a reason code is required in addition to the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.information.reason`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/missing-tooth-reason (codes not enumerable here: example binding: not checked)
     */
    reason?: Coding;
}
/**
 * Care Team members
 *
 * The members of the team who provided the overall service as well as their role and whether responsible and qualifications.
 *
 * - Cardinality 0..*
 * - FHIR path `ExplanationOfBenefit.careTeam`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitCareTeam {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.careTeam.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.careTeam.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.careTeam.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.careTeam.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Number to covey order of careteam
     *
     * Sequence of careteam which serves to order and provide a link.
     *
     * - Cardinality 1..1
     * - FHIR path `ExplanationOfBenefit.careTeam.sequence`
     * - Type positiveInt
     */
    sequence: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see ExplanationOfBenefit.careTeam.sequence). */
    _sequence?: Element;
    /**
     * Member of the Care Team
     *
     * The members of the team who provided the overall service.
     *
     * - Cardinality 1..1
     * - FHIR path `ExplanationOfBenefit.careTeam.provider`
     * - Type Reference
     */
    provider: Reference<'Organization' | 'Practitioner'>;
    /**
     * Billing practitioner
     *
     * The practitioner who is billing and responsible for the claimed services rendered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.careTeam.responsible`
     * - Type boolean
     */
    responsible?: boolean;
    /** Extensions and id for `responsible` (FHIR JSON primitive extension, see ExplanationOfBenefit.careTeam.responsible). */
    _responsible?: Element;
    /**
     * Role on the team
     *
     * The lead, assisting or supervising practitioner and their discipline if a multidisiplinary team.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.careTeam.role`
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
     * - FHIR path `ExplanationOfBenefit.careTeam.qualification`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/provider-qualification (codes not enumerable here: example binding: not checked)
     */
    qualification?: CodeableConcept;
}
/**
 * List of Diagnosis
 *
 * Ordered list of patient diagnosis for which care is sought.
 *
 * - Cardinality 0..*
 * - FHIR path `ExplanationOfBenefit.diagnosis`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitDiagnosis {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.diagnosis.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.diagnosis.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.diagnosis.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.diagnosis.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Number to covey order of diagnosis
     *
     * Sequence of diagnosis which serves to provide a link.
     *
     * - Cardinality 1..1
     * - FHIR path `ExplanationOfBenefit.diagnosis.sequence`
     * - Type positiveInt
     */
    sequence: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see ExplanationOfBenefit.diagnosis.sequence). */
    _sequence?: Element;
    /**
     * Patient's diagnosis
     *
     * The diagnosis.
     *
     * - Cardinality 1..1
     * - FHIR path `ExplanationOfBenefit.diagnosis.diagnosis[x]`
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
     * - FHIR path `ExplanationOfBenefit.diagnosis.diagnosis[x]`
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
     * - FHIR path `ExplanationOfBenefit.diagnosis.type`
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
     * - FHIR path `ExplanationOfBenefit.diagnosis.packageCode`
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
 * - FHIR path `ExplanationOfBenefit.procedure`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitProcedure {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.procedure.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.procedure.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.procedure.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.procedure.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Procedure sequence for reference
     *
     * Sequence of procedures which serves to order and provide a link.
     *
     * - Cardinality 1..1
     * - FHIR path `ExplanationOfBenefit.procedure.sequence`
     * - Type positiveInt
     */
    sequence: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see ExplanationOfBenefit.procedure.sequence). */
    _sequence?: Element;
    /**
     * When the procedure was performed
     *
     * Date and optionally time the procedure was performed .
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.procedure.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see ExplanationOfBenefit.procedure.date). */
    _date?: Element;
    /**
     * Patient's list of procedures performed
     *
     * The procedure code.
     *
     * - Cardinality 1..1
     * - FHIR path `ExplanationOfBenefit.procedure.procedure[x]`
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
     * - FHIR path `ExplanationOfBenefit.procedure.procedure[x]`
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
 * - Cardinality 0..1
 * - FHIR path `ExplanationOfBenefit.insurance`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitInsurance {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.insurance.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.insurance.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.insurance.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.insurance.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Insurance information
     *
     * Reference to the program or plan identification, underwriter or payor.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.insurance.coverage`
     * - Type Reference
     */
    coverage?: Reference<'Coverage'>;
    /**
     * Pre-Authorization/Determination Reference
     *
     * A list of references from the Insurer to which these services pertain.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.insurance.preAuthRef`
     * - Type string
     */
    preAuthRef?: string[];
    /** Extensions and id for `preAuthRef` (FHIR JSON primitive extension, see ExplanationOfBenefit.insurance.preAuthRef). */
    _preAuthRef?: (Element | null)[];
}
/**
 * Details of an accident
 *
 * An accident which resulted in the need for healthcare services.
 *
 * - Cardinality 0..1
 * - FHIR path `ExplanationOfBenefit.accident`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitAccident {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.accident.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.accident.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.accident.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.accident.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * When the accident occurred
     *
     * Date of an accident which these services are addressing.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.accident.date`
     * - Type date
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see ExplanationOfBenefit.accident.date). */
    _date?: Element;
    /**
     * The nature of the accident
     *
     * Type of accident: work, auto, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.accident.type`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/v3-ActIncidentCode (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    type?: CodeableConcept;
    /**
     * Accident Place
     *
     * Where the accident occurred.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.accident.location[x]`
     * - Type Address | Reference
     */
    locationAddress?: Address;
    /**
     * Accident Place
     *
     * Where the accident occurred.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.accident.location[x]`
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
 * - FHIR path `ExplanationOfBenefit.item`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitItem {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Service instance
     *
     * A service line number.
     *
     * - Cardinality 1..1
     * - FHIR path `ExplanationOfBenefit.item.sequence`
     * - Type positiveInt
     */
    sequence: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.sequence). */
    _sequence?: Element;
    /**
     * Applicable careteam members
     *
     * Careteam applicable for this service or product line.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.careTeamLinkId`
     * - Type positiveInt
     */
    careTeamLinkId?: number[];
    /** Extensions and id for `careTeamLinkId` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.careTeamLinkId). */
    _careTeamLinkId?: (Element | null)[];
    /**
     * Applicable diagnoses
     *
     * Diagnosis applicable for this service or product line.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.diagnosisLinkId`
     * - Type positiveInt
     */
    diagnosisLinkId?: number[];
    /** Extensions and id for `diagnosisLinkId` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.diagnosisLinkId). */
    _diagnosisLinkId?: (Element | null)[];
    /**
     * Applicable procedures
     *
     * Procedures applicable for this service or product line.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.procedureLinkId`
     * - Type positiveInt
     */
    procedureLinkId?: number[];
    /** Extensions and id for `procedureLinkId` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.procedureLinkId). */
    _procedureLinkId?: (Element | null)[];
    /**
     * Applicable exception and supporting information
     *
     * Exceptions, special conditions and supporting information pplicable for this service or product line.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.informationLinkId`
     * - Type positiveInt
     */
    informationLinkId?: number[];
    /** Extensions and id for `informationLinkId` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.informationLinkId). */
    _informationLinkId?: (Element | null)[];
    /**
     * Revenue or cost center code
     *
     * The type of reveneu or cost center providing the product and/or service.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.revenue`
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
     * - FHIR path `ExplanationOfBenefit.item.category`
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
     * - FHIR path `ExplanationOfBenefit.item.service`
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
     * - FHIR path `ExplanationOfBenefit.item.modifier`
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
     * - FHIR path `ExplanationOfBenefit.item.programCode`
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
     * - FHIR path `ExplanationOfBenefit.item.serviced[x]`
     * - Type date | Period
     */
    servicedDate?: string;
    /** Extensions and id for `servicedDate` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.serviced[x]). */
    _servicedDate?: Element;
    /**
     * Date or dates of Service
     *
     * The date or dates when the enclosed suite of services were performed or completed.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.serviced[x]`
     * - Type date | Period
     */
    servicedPeriod?: Period;
    /**
     * Place of service
     *
     * Where the service was provided.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.location[x]`
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
     * - FHIR path `ExplanationOfBenefit.item.location[x]`
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
     * - FHIR path `ExplanationOfBenefit.item.location[x]`
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
     * - FHIR path `ExplanationOfBenefit.item.quantity`
     * - Type Quantity
     */
    quantity?: SimpleQuantity;
    /**
     * Fee, charge or cost per point
     *
     * If the item is a node then this is the fee for the product or service, otherwise this is the total of the fees for the children of the group.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.unitPrice`
     * - Type Money
     */
    unitPrice?: Money;
    /**
     * Price scaling factor
     *
     * A real number that represents a multiplier used in determining the overall value of services delivered and/or goods received. The concept of a Factor allows for a discount or surcharge multiplier to be applied to a monetary amount.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.factor`
     * - Type decimal
     */
    factor?: number;
    /** Extensions and id for `factor` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.factor). */
    _factor?: Element;
    /**
     * Total item cost
     *
     * The quantity times the unit price for an addittional service or product or charge. For example, the formula: unit Quantity * unit Price (Cost per Point) * factor Number  * points = net Amount. Quantity, factor and points are assumed to be 1 if not supplied.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.net`
     * - Type Money
     */
    net?: Money;
    /**
     * Unique Device Identifier
     *
     * List of Unique Device Identifiers associated with this line item.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.udi`
     * - Type Reference
     */
    udi?: Reference<'Device'>[];
    /**
     * Service Location
     *
     * Physical service site on the patient (limb, tooth, etc).
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.bodySite`
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
     * - FHIR path `ExplanationOfBenefit.item.subSite`
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
     * - FHIR path `ExplanationOfBenefit.item.encounter`
     * - Type Reference
     */
    encounter?: Reference<'Encounter'>[];
    /**
     * List of note numbers which apply
     *
     * A list of note references to the notes provided below.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.noteNumber`
     * - Type positiveInt
     */
    noteNumber?: number[];
    /** Extensions and id for `noteNumber` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.noteNumber). */
    _noteNumber?: (Element | null)[];
    /**
     * Adjudication details
     *
     * The adjudications results.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.adjudication`
     * - Type BackboneElement
     */
    adjudication?: ExplanationOfBenefitItemAdjudication[];
    /**
     * Additional items
     *
     * Second tier of goods and services.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.detail`
     * - Type BackboneElement
     */
    detail?: ExplanationOfBenefitItemDetail[];
}
/**
 * Adjudication details
 *
 * The adjudications results.
 *
 * - Cardinality 0..*
 * - FHIR path `ExplanationOfBenefit.item.adjudication`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitItemAdjudication {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.adjudication.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.adjudication.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.adjudication.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.adjudication.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Adjudication category such as co-pay, eligible, benefit, etc.
     *
     * Code indicating: Co-Pay, deductable, elegible, benefit, tax, etc.
     *
     * - Cardinality 1..1
     * - FHIR path `ExplanationOfBenefit.item.adjudication.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/adjudication (codes not enumerable here: example binding: not checked)
     */
    category: CodeableConcept;
    /**
     * Explanation of Adjudication outcome
     *
     * Adjudication reason such as limit reached.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.adjudication.reason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/adjudication-reason (codes not enumerable here: example binding: not checked)
     */
    reason?: CodeableConcept;
    /**
     * Monetary amount
     *
     * Monitory amount associated with the code.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.adjudication.amount`
     * - Type Money
     */
    amount?: Money;
    /**
     * Non-monitory value
     *
     * A non-monetary value for example a percentage. Mutually exclusive to the amount element above.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.adjudication.value`
     * - Type decimal
     */
    value?: number;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.adjudication.value). */
    _value?: Element;
}
/**
 * Additional items
 *
 * Second tier of goods and services.
 *
 * - Cardinality 0..*
 * - FHIR path `ExplanationOfBenefit.item.detail`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitItemDetail {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.detail.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.detail.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.detail.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.detail.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Service instance
     *
     * A service line number.
     *
     * - Cardinality 1..1
     * - FHIR path `ExplanationOfBenefit.item.detail.sequence`
     * - Type positiveInt
     */
    sequence: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.detail.sequence). */
    _sequence?: Element;
    /**
     * Group or type of product or service
     *
     * The type of product or service.
     *
     * - Cardinality 1..1
     * - FHIR path `ExplanationOfBenefit.item.detail.type`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/v3-ActInvoiceGroupCode (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    type: CodeableConcept;
    /**
     * Revenue or cost center code
     *
     * The type of reveneu or cost center providing the product and/or service.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.detail.revenue`
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
     * - FHIR path `ExplanationOfBenefit.item.detail.category`
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
     * - FHIR path `ExplanationOfBenefit.item.detail.service`
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
     * - FHIR path `ExplanationOfBenefit.item.detail.modifier`
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
     * - FHIR path `ExplanationOfBenefit.item.detail.programCode`
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
     * - FHIR path `ExplanationOfBenefit.item.detail.quantity`
     * - Type Quantity
     */
    quantity?: SimpleQuantity;
    /**
     * Fee, charge or cost per point
     *
     * If the item is a node then this is the fee for the product or service, otherwise this is the total of the fees for the children of the group.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.detail.unitPrice`
     * - Type Money
     */
    unitPrice?: Money;
    /**
     * Price scaling factor
     *
     * A real number that represents a multiplier used in determining the overall value of services delivered and/or goods received. The concept of a Factor allows for a discount or surcharge multiplier to be applied to a monetary amount.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.detail.factor`
     * - Type decimal
     */
    factor?: number;
    /** Extensions and id for `factor` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.detail.factor). */
    _factor?: Element;
    /**
     * Total additional item cost
     *
     * The quantity times the unit price for an addittional service or product or charge. For example, the formula: unit Quantity * unit Price (Cost per Point) * factor Number  * points = net Amount. Quantity, factor and points are assumed to be 1 if not supplied.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.detail.net`
     * - Type Money
     */
    net?: Money;
    /**
     * Unique Device Identifier
     *
     * List of Unique Device Identifiers associated with this line item.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.detail.udi`
     * - Type Reference
     */
    udi?: Reference<'Device'>[];
    /**
     * List of note numbers which apply
     *
     * A list of note references to the notes provided below.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.detail.noteNumber`
     * - Type positiveInt
     */
    noteNumber?: number[];
    /** Extensions and id for `noteNumber` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.detail.noteNumber). */
    _noteNumber?: (Element | null)[];
    /**
     * Detail level adjudication details
     *
     * The adjudications results.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.detail.adjudication`
     */
    adjudication?: ExplanationOfBenefitItemAdjudication[];
    /**
     * Additional items
     *
     * Third tier of goods and services.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail`
     * - Type BackboneElement
     */
    subDetail?: ExplanationOfBenefitItemDetailSubDetail[];
}
/**
 * Additional items
 *
 * Third tier of goods and services.
 *
 * - Cardinality 0..*
 * - FHIR path `ExplanationOfBenefit.item.detail.subDetail`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitItemDetailSubDetail {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.detail.subDetail.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Service instance
     *
     * A service line number.
     *
     * - Cardinality 1..1
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.sequence`
     * - Type positiveInt
     */
    sequence: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.detail.subDetail.sequence). */
    _sequence?: Element;
    /**
     * Type of product or service
     *
     * The type of product or service.
     *
     * - Cardinality 1..1
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.type`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/v3-ActInvoiceGroupCode (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    type: CodeableConcept;
    /**
     * Revenue or cost center code
     *
     * The type of reveneu or cost center providing the product and/or service.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.revenue`
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
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.category`
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
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.service`
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
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.modifier`
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
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.programCode`
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
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.quantity`
     * - Type Quantity
     */
    quantity?: SimpleQuantity;
    /**
     * Fee, charge or cost per point
     *
     * The fee for an addittional service or product or charge.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.unitPrice`
     * - Type Money
     */
    unitPrice?: Money;
    /**
     * Price scaling factor
     *
     * A real number that represents a multiplier used in determining the overall value of services delivered and/or goods received. The concept of a Factor allows for a discount or surcharge multiplier to be applied to a monetary amount.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.factor`
     * - Type decimal
     */
    factor?: number;
    /** Extensions and id for `factor` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.detail.subDetail.factor). */
    _factor?: Element;
    /**
     * Net additional item cost
     *
     * The quantity times the unit price for an addittional service or product or charge. For example, the formula: unit Quantity * unit Price (Cost per Point) * factor Number  * points = net Amount. Quantity, factor and points are assumed to be 1 if not supplied.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.net`
     * - Type Money
     */
    net?: Money;
    /**
     * Unique Device Identifier
     *
     * List of Unique Device Identifiers associated with this line item.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.udi`
     * - Type Reference
     */
    udi?: Reference<'Device'>[];
    /**
     * List of note numbers which apply
     *
     * A list of note references to the notes provided below.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.noteNumber`
     * - Type positiveInt
     */
    noteNumber?: number[];
    /** Extensions and id for `noteNumber` (FHIR JSON primitive extension, see ExplanationOfBenefit.item.detail.subDetail.noteNumber). */
    _noteNumber?: (Element | null)[];
    /**
     * Language if different from the resource
     *
     * The adjudications results.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.item.detail.subDetail.adjudication`
     */
    adjudication?: ExplanationOfBenefitItemAdjudication[];
}
/**
 * Insurer added line items
 *
 * The first tier service adjudications for payor added services.
 *
 * - Cardinality 0..*
 * - FHIR path `ExplanationOfBenefit.addItem`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitAddItem {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.addItem.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.addItem.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.addItem.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.addItem.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Service instances
     *
     * List of input service items which this service line is intended to replace.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.addItem.sequenceLinkId`
     * - Type positiveInt
     */
    sequenceLinkId?: number[];
    /** Extensions and id for `sequenceLinkId` (FHIR JSON primitive extension, see ExplanationOfBenefit.addItem.sequenceLinkId). */
    _sequenceLinkId?: (Element | null)[];
    /**
     * Revenue or cost center code
     *
     * The type of reveneu or cost center providing the product and/or service.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.addItem.revenue`
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
     * - FHIR path `ExplanationOfBenefit.addItem.category`
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
     * - FHIR path `ExplanationOfBenefit.addItem.service`
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
     * - FHIR path `ExplanationOfBenefit.addItem.modifier`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/claim-modifiers (codes not enumerable here: example binding: not checked)
     */
    modifier?: CodeableConcept[];
    /**
     * Professional fee or Product charge
     *
     * The fee charged for the professional service or product.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.addItem.fee`
     * - Type Money
     */
    fee?: Money;
    /**
     * List of note numbers which apply
     *
     * A list of note references to the notes provided below.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.addItem.noteNumber`
     * - Type positiveInt
     */
    noteNumber?: number[];
    /** Extensions and id for `noteNumber` (FHIR JSON primitive extension, see ExplanationOfBenefit.addItem.noteNumber). */
    _noteNumber?: (Element | null)[];
    /**
     * Added items adjudication
     *
     * The adjudications results.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.addItem.adjudication`
     */
    adjudication?: ExplanationOfBenefitItemAdjudication[];
    /**
     * Added items details
     *
     * The second tier service adjudications for payor added services.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.addItem.detail`
     * - Type BackboneElement
     */
    detail?: ExplanationOfBenefitAddItemDetail[];
}
/**
 * Added items details
 *
 * The second tier service adjudications for payor added services.
 *
 * - Cardinality 0..*
 * - FHIR path `ExplanationOfBenefit.addItem.detail`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitAddItemDetail {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.addItem.detail.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.addItem.detail.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.addItem.detail.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.addItem.detail.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Revenue or cost center code
     *
     * The type of reveneu or cost center providing the product and/or service.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.addItem.detail.revenue`
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
     * - FHIR path `ExplanationOfBenefit.addItem.detail.category`
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
     * - FHIR path `ExplanationOfBenefit.addItem.detail.service`
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
     * - FHIR path `ExplanationOfBenefit.addItem.detail.modifier`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/claim-modifiers (codes not enumerable here: example binding: not checked)
     */
    modifier?: CodeableConcept[];
    /**
     * Professional fee or Product charge
     *
     * The fee charged for the professional service or product.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.addItem.detail.fee`
     * - Type Money
     */
    fee?: Money;
    /**
     * List of note numbers which apply
     *
     * A list of note references to the notes provided below.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.addItem.detail.noteNumber`
     * - Type positiveInt
     */
    noteNumber?: number[];
    /** Extensions and id for `noteNumber` (FHIR JSON primitive extension, see ExplanationOfBenefit.addItem.detail.noteNumber). */
    _noteNumber?: (Element | null)[];
    /**
     * Added items detail adjudication
     *
     * The adjudications results.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.addItem.detail.adjudication`
     */
    adjudication?: ExplanationOfBenefitItemAdjudication[];
}
/**
 * Payment (if paid)
 *
 * Payment details for the claim if the claim has been paid.
 *
 * - Cardinality 0..1
 * - FHIR path `ExplanationOfBenefit.payment`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitPayment {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.payment.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.payment.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.payment.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.payment.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Partial or Complete
     *
     * Whether this represents partial or complete payment of the claim.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.payment.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/ex-paymenttype (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept;
    /**
     * Payment adjustment for non-Claim issues
     *
     * Adjustment to the payment of this transaction which is not related to adjudication of this transaction.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.payment.adjustment`
     * - Type Money
     */
    adjustment?: Money;
    /**
     * Explanation for the non-claim adjustment
     *
     * Reason for the payment adjustment.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.payment.adjustmentReason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/payment-adjustment-reason (codes not enumerable here: example binding: not checked)
     */
    adjustmentReason?: CodeableConcept;
    /**
     * Expected date of Payment
     *
     * Estimated payment date.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.payment.date`
     * - Type date
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see ExplanationOfBenefit.payment.date). */
    _date?: Element;
    /**
     * Payable amount after adjustment
     *
     * Payable less any payment adjustment.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.payment.amount`
     * - Type Money
     */
    amount?: Money;
    /**
     * Identifier of the payment instrument
     *
     * Payment identifer.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.payment.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
}
/**
 * Processing notes
 *
 * Note text.
 *
 * - Cardinality 0..*
 * - FHIR path `ExplanationOfBenefit.processNote`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitProcessNote {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.processNote.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.processNote.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.processNote.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.processNote.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Sequence number for this note
     *
     * An integer associated with each note which may be referred to from each service line item.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.processNote.number`
     * - Type positiveInt
     */
    number?: number;
    /** Extensions and id for `number` (FHIR JSON primitive extension, see ExplanationOfBenefit.processNote.number). */
    _number?: Element;
    /**
     * display | print | printoper
     *
     * The note purpose: Print/Display.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.processNote.type`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/note-type (3 codes: display, print, printoper)
     */
    type?: CodeableConcept<'display' | 'print' | 'printoper'>;
    /**
     * Note explanitory text
     *
     * The note text.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.processNote.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see ExplanationOfBenefit.processNote.text). */
    _text?: Element;
    /**
     * Language if different from the resource
     *
     * The ISO-639-1 alpha 2 code in lower case for the language, optionally followed by a hyphen and the ISO-3166-1 alpha 2 code for the region in upper case; e.g. "en" for English, or "en-US" for American English versus "en-EN" for England English.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.processNote.language`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: CodeableConcept;
}
/**
 * Balance by Benefit Category
 *
 * Balance by Benefit Category.
 *
 * - Cardinality 0..*
 * - FHIR path `ExplanationOfBenefit.benefitBalance`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitBenefitBalance {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.benefitBalance.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.benefitBalance.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.benefitBalance.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.benefitBalance.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type of services covered
     *
     * Dental, Vision, Medical, Pharmacy, Rehab etc.
     *
     * - Cardinality 1..1
     * - FHIR path `ExplanationOfBenefit.benefitBalance.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/benefit-category (codes not enumerable here: example binding: not checked)
     */
    category: CodeableConcept;
    /**
     * Detailed services covered within the type
     *
     * Dental: basic, major, ortho; Vision exam, glasses, contacts; etc.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.benefitBalance.subCategory`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/benefit-subcategory (codes not enumerable here: example binding: not checked)
     */
    subCategory?: CodeableConcept;
    /**
     * Excluded from the plan
     *
     * True if the indicated class of service is excluded from the plan, missing or False indicated the service is included in the coverage.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.benefitBalance.excluded`
     * - Type boolean
     */
    excluded?: boolean;
    /** Extensions and id for `excluded` (FHIR JSON primitive extension, see ExplanationOfBenefit.benefitBalance.excluded). */
    _excluded?: Element;
    /**
     * Short name for the benefit
     *
     * A short name or tag for the benefit, for example MED01, or DENT2.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.benefitBalance.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see ExplanationOfBenefit.benefitBalance.name). */
    _name?: Element;
    /**
     * Description of the benefit or services covered
     *
     * A richer description of the benefit, for example 'DENT2 covers 100% of basic, 50% of major but exclused Ortho, Implants and Costmetic services'.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.benefitBalance.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ExplanationOfBenefit.benefitBalance.description). */
    _description?: Element;
    /**
     * In or out of network
     *
     * Network designation.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.benefitBalance.network`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/benefit-network (codes not enumerable here: example binding: not checked)
     */
    network?: CodeableConcept;
    /**
     * Individual or family
     *
     * Unit designation: individual or family.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.benefitBalance.unit`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/benefit-unit (codes not enumerable here: example binding: not checked)
     */
    unit?: CodeableConcept;
    /**
     * Annual or lifetime
     *
     * The term or period of the values such as 'maximum lifetime benefit' or 'maximum annual vistis'.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.benefitBalance.term`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/benefit-term (codes not enumerable here: example binding: not checked)
     */
    term?: CodeableConcept;
    /**
     * Benefit Summary
     *
     * Benefits Used to date.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.benefitBalance.financial`
     * - Type BackboneElement
     */
    financial?: ExplanationOfBenefitBenefitBalanceFinancial[];
}
/**
 * Benefit Summary
 *
 * Benefits Used to date.
 *
 * - Cardinality 0..*
 * - FHIR path `ExplanationOfBenefit.benefitBalance.financial`
 * - Type BackboneElement
 */
export interface ExplanationOfBenefitBenefitBalanceFinancial {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.benefitBalance.financial.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExplanationOfBenefit.benefitBalance.financial.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.benefitBalance.financial.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExplanationOfBenefit.benefitBalance.financial.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Deductable, visits, benefit amount
     *
     * Deductable, visits, benefit amount.
     *
     * - Cardinality 1..1
     * - FHIR path `ExplanationOfBenefit.benefitBalance.financial.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/benefit-type (codes not enumerable here: example binding: not checked)
     */
    type: CodeableConcept;
    /**
     * Benefits allowed
     *
     * Benefits allowed.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.benefitBalance.financial.allowed[x]`
     * - Type unsignedInt | string | Money
     */
    allowedUnsignedInt?: number;
    /** Extensions and id for `allowedUnsignedInt` (FHIR JSON primitive extension, see ExplanationOfBenefit.benefitBalance.financial.allowed[x]). */
    _allowedUnsignedInt?: Element;
    /**
     * Benefits allowed
     *
     * Benefits allowed.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.benefitBalance.financial.allowed[x]`
     * - Type unsignedInt | string | Money
     */
    allowedString?: string;
    /** Extensions and id for `allowedString` (FHIR JSON primitive extension, see ExplanationOfBenefit.benefitBalance.financial.allowed[x]). */
    _allowedString?: Element;
    /**
     * Benefits allowed
     *
     * Benefits allowed.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.benefitBalance.financial.allowed[x]`
     * - Type unsignedInt | string | Money
     */
    allowedMoney?: Money;
    /**
     * Benefits used
     *
     * Benefits used.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.benefitBalance.financial.used[x]`
     * - Type unsignedInt | Money
     */
    usedUnsignedInt?: number;
    /** Extensions and id for `usedUnsignedInt` (FHIR JSON primitive extension, see ExplanationOfBenefit.benefitBalance.financial.used[x]). */
    _usedUnsignedInt?: Element;
    /**
     * Benefits used
     *
     * Benefits used.
     *
     * - Cardinality 0..1
     * - FHIR path `ExplanationOfBenefit.benefitBalance.financial.used[x]`
     * - Type unsignedInt | Money
     */
    usedMoney?: Money;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExplanationOfBenefit(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitRelated(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitPayee(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitInformation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitCareTeam(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitDiagnosis(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitProcedure(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitInsurance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitAccident(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitItem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitAddItem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitPayment(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitProcessNote(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitBenefitBalance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitItemAdjudication(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitItemDetail(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitAddItemDetail(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitBenefitBalanceFinancial(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExplanationOfBenefitItemDetailSubDetail(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ExplanationOfBenefit (http://hl7.org/fhir/StructureDefinition/ExplanationOfBenefit).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExplanationOfBenefit(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExplanationOfBenefit} with the same options reports no error or fatal issue: ExplanationOfBenefit (http://hl7.org/fhir/StructureDefinition/ExplanationOfBenefit). */
export declare function isExplanationOfBenefit(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExplanationOfBenefit;
/** Input of {@link buildExplanationOfBenefit}: a {@link ExplanationOfBenefit} without what the builder fills in. */
export type ExplanationOfBenefitInput = BuilderInput<ExplanationOfBenefit, 'resourceType', {
    payee?: ExplanationOfBenefitPayeeInput;
    processNote?: ExplanationOfBenefitProcessNoteInput[];
}>;
/** Input of {@link ExplanationOfBenefitPayee} (`ExplanationOfBenefit.payee`): what the builder fills may be left out. */
export type ExplanationOfBenefitPayeeInput = ExplanationOfBenefitPayee;
/** Input of {@link ExplanationOfBenefitProcessNote} (`ExplanationOfBenefit.processNote`): what the builder fills may be left out. */
export type ExplanationOfBenefitProcessNoteInput = ExplanationOfBenefitProcessNote;
/**
 * Builds a {@link ExplanationOfBenefit} (ExplanationOfBenefit, http://hl7.org/fhir/StructureDefinition/ExplanationOfBenefit).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ExplanationOfBenefit"
 * - fixed parts inside `payee` (see its input type)
 * - fixed parts inside `processNote` (see its input type)
 * - the `system` of codings in `type`: http://hl7.org/fhir/ex-claimtype (the only system of its required binding)
 *
 * The result is checked with {@link validateExplanationOfBenefit}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExplanationOfBenefit(input: ExplanationOfBenefitInput): ExplanationOfBenefit;
