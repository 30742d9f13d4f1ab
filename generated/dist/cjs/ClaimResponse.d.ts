import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Money } from './Money.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * ClaimResponse
 *
 * Base StructureDefinition for ClaimResponse Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ClaimResponse
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ClaimResponse {
    /** The FHIR resource type. */
    resourceType: 'ClaimResponse';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ClaimResponse.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ClaimResponse.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ClaimResponse.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Response  number
     *
     * The Response business identifier.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | cancelled | draft | entered-in-error
     *
     * The status of the resource instance.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/fm-status (4 codes: active, cancelled, draft, entered-in-error)
     */
    status?: 'active' | 'cancelled' | 'draft' | 'entered-in-error';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see ClaimResponse.status). */
    _status?: Element;
    /**
     * The subject of the Products and Services
     *
     * Patient Resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.patient`
     * - Type Reference
     */
    patient?: Reference<'Patient'>;
    /**
     * Creation date
     *
     * The date when the enclosed suite of services were performed or completed.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.created`
     * - Type dateTime
     */
    created?: string;
    /** Extensions and id for `created` (FHIR JSON primitive extension, see ClaimResponse.created). */
    _created?: Element;
    /**
     * Insurance issuing organization
     *
     * The Insurer who produced this adjudicated response.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.insurer`
     * - Type Reference
     */
    insurer?: Reference<'Organization'>;
    /**
     * Responsible practitioner
     *
     * The practitioner who is responsible for the services rendered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.requestProvider`
     * - Type Reference
     */
    requestProvider?: Reference<'Practitioner'>;
    /**
     * Responsible organization
     *
     * The organization which is responsible for the services rendered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.requestOrganization`
     * - Type Reference
     */
    requestOrganization?: Reference<'Organization'>;
    /**
     * Id of resource triggering adjudication
     *
     * Original request resource referrence.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.request`
     * - Type Reference
     */
    request?: Reference<'Claim'>;
    /**
     * complete | error | partial
     *
     * Processing outcome errror, partial or complete processing.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.outcome`
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
     * - FHIR path `ClaimResponse.disposition`
     * - Type string
     */
    disposition?: string;
    /** Extensions and id for `disposition` (FHIR JSON primitive extension, see ClaimResponse.disposition). */
    _disposition?: Element;
    /**
     * Party to be paid any benefits payable
     *
     * Party to be reimbursed: Subscriber, provider, other.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.payeeType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/payeetype (codes not enumerable here: example binding: not checked)
     */
    payeeType?: CodeableConcept;
    /**
     * Line items
     *
     * The first tier service adjudications for submitted services.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item`
     * - Type BackboneElement
     */
    item?: ClaimResponseItem[];
    /**
     * Insurer added line items
     *
     * The first tier service adjudications for payor added services.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.addItem`
     * - Type BackboneElement
     */
    addItem?: ClaimResponseAddItem[];
    /**
     * Processing errors
     *
     * Mutually exclusive with Services Provided (Item).
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.error`
     * - Type BackboneElement
     */
    error?: ClaimResponseError[];
    /**
     * Total Cost of service from the Claim
     *
     * The total cost of the services reported.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.totalCost`
     * - Type Money
     */
    totalCost?: Money;
    /**
     * Unallocated deductible
     *
     * The amount of deductible applied which was not allocated to any particular service line.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.unallocDeductable`
     * - Type Money
     */
    unallocDeductable?: Money;
    /**
     * Total benefit payable for the Claim
     *
     * Total amount of benefit payable (Equal to sum of the Benefit amounts from all detail lines and additions less the Unallocated Deductible).
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.totalBenefit`
     * - Type Money
     */
    totalBenefit?: Money;
    /**
     * Payment details, if paid
     *
     * Payment details for the claim if the claim has been paid.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.payment`
     * - Type BackboneElement
     */
    payment?: ClaimResponsePayment;
    /**
     * Funds reserved status
     *
     * Status of funds reservation (For provider, for Patient, None).
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.reserved`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/fundsreserve (codes not enumerable here: example binding: not checked)
     */
    reserved?: Coding;
    /**
     * Printed Form Identifier
     *
     * The form to be used for printing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.form`
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
     * - FHIR path `ClaimResponse.processNote`
     * - Type BackboneElement
     */
    processNote?: ClaimResponseProcessNote[];
    /**
     * Request for additional information
     *
     * Request for additional supporting or authorizing information, such as: documents, images or resources.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.communicationRequest`
     * - Type Reference
     */
    communicationRequest?: Reference<'CommunicationRequest'>[];
    /**
     * Insurance or medical plan
     *
     * Financial instrument by which payment information for health care.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.insurance`
     * - Type BackboneElement
     */
    insurance?: ClaimResponseInsurance[];
}
/**
 * Line items
 *
 * The first tier service adjudications for submitted services.
 *
 * - Cardinality 0..*
 * - FHIR path `ClaimResponse.item`
 * - Type BackboneElement
 */
export interface ClaimResponseItem {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.item.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ClaimResponse.item.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Service instance
     *
     * A service line number.
     *
     * - Cardinality 1..1
     * - FHIR path `ClaimResponse.item.sequenceLinkId`
     * - Type positiveInt
     */
    sequenceLinkId: number;
    /** Extensions and id for `sequenceLinkId` (FHIR JSON primitive extension, see ClaimResponse.item.sequenceLinkId). */
    _sequenceLinkId?: Element;
    /**
     * List of note numbers which apply
     *
     * A list of note references to the notes provided below.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item.noteNumber`
     * - Type positiveInt
     */
    noteNumber?: number[];
    /** Extensions and id for `noteNumber` (FHIR JSON primitive extension, see ClaimResponse.item.noteNumber). */
    _noteNumber?: (Element | null)[];
    /**
     * Adjudication details
     *
     * The adjudication results.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item.adjudication`
     * - Type BackboneElement
     */
    adjudication?: ClaimResponseItemAdjudication[];
    /**
     * Detail line items
     *
     * The second tier service adjudications for submitted services.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item.detail`
     * - Type BackboneElement
     */
    detail?: ClaimResponseItemDetail[];
}
/**
 * Adjudication details
 *
 * The adjudication results.
 *
 * - Cardinality 0..*
 * - FHIR path `ClaimResponse.item.adjudication`
 * - Type BackboneElement
 */
export interface ClaimResponseItemAdjudication {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.item.adjudication.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ClaimResponse.item.adjudication.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item.adjudication.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item.adjudication.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Adjudication category such as co-pay, eligible, benefit, etc.
     *
     * Code indicating: Co-Pay, deductible, eligible, benefit, tax, etc.
     *
     * - Cardinality 1..1
     * - FHIR path `ClaimResponse.item.adjudication.category`
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
     * - FHIR path `ClaimResponse.item.adjudication.reason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/adjudication-reason (codes not enumerable here: example binding: not checked)
     */
    reason?: CodeableConcept;
    /**
     * Monetary amount
     *
     * Monetary amount associated with the code.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.item.adjudication.amount`
     * - Type Money
     */
    amount?: Money;
    /**
     * Non-monetary value
     *
     * A non-monetary value for example a percentage. Mutually exclusive to the amount element above.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.item.adjudication.value`
     * - Type decimal
     */
    value?: number;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see ClaimResponse.item.adjudication.value). */
    _value?: Element;
}
/**
 * Detail line items
 *
 * The second tier service adjudications for submitted services.
 *
 * - Cardinality 0..*
 * - FHIR path `ClaimResponse.item.detail`
 * - Type BackboneElement
 */
export interface ClaimResponseItemDetail {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.item.detail.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ClaimResponse.item.detail.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item.detail.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item.detail.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Service instance
     *
     * A service line number.
     *
     * - Cardinality 1..1
     * - FHIR path `ClaimResponse.item.detail.sequenceLinkId`
     * - Type positiveInt
     */
    sequenceLinkId: number;
    /** Extensions and id for `sequenceLinkId` (FHIR JSON primitive extension, see ClaimResponse.item.detail.sequenceLinkId). */
    _sequenceLinkId?: Element;
    /**
     * List of note numbers which apply
     *
     * A list of note references to the notes provided below.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item.detail.noteNumber`
     * - Type positiveInt
     */
    noteNumber?: number[];
    /** Extensions and id for `noteNumber` (FHIR JSON primitive extension, see ClaimResponse.item.detail.noteNumber). */
    _noteNumber?: (Element | null)[];
    /**
     * Detail level adjudication details
     *
     * The adjudications results.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item.detail.adjudication`
     */
    adjudication?: ClaimResponseItemAdjudication[];
    /**
     * Subdetail line items
     *
     * The third tier service adjudications for submitted services.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item.detail.subDetail`
     * - Type BackboneElement
     */
    subDetail?: ClaimResponseItemDetailSubDetail[];
}
/**
 * Subdetail line items
 *
 * The third tier service adjudications for submitted services.
 *
 * - Cardinality 0..*
 * - FHIR path `ClaimResponse.item.detail.subDetail`
 * - Type BackboneElement
 */
export interface ClaimResponseItemDetailSubDetail {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.item.detail.subDetail.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ClaimResponse.item.detail.subDetail.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item.detail.subDetail.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item.detail.subDetail.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Service instance
     *
     * A service line number.
     *
     * - Cardinality 1..1
     * - FHIR path `ClaimResponse.item.detail.subDetail.sequenceLinkId`
     * - Type positiveInt
     */
    sequenceLinkId: number;
    /** Extensions and id for `sequenceLinkId` (FHIR JSON primitive extension, see ClaimResponse.item.detail.subDetail.sequenceLinkId). */
    _sequenceLinkId?: Element;
    /**
     * List of note numbers which apply
     *
     * A list of note references to the notes provided below.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item.detail.subDetail.noteNumber`
     * - Type positiveInt
     */
    noteNumber?: number[];
    /** Extensions and id for `noteNumber` (FHIR JSON primitive extension, see ClaimResponse.item.detail.subDetail.noteNumber). */
    _noteNumber?: (Element | null)[];
    /**
     * Subdetail level adjudication details
     *
     * The adjudications results.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.item.detail.subDetail.adjudication`
     */
    adjudication?: ClaimResponseItemAdjudication[];
}
/**
 * Insurer added line items
 *
 * The first tier service adjudications for payor added services.
 *
 * - Cardinality 0..*
 * - FHIR path `ClaimResponse.addItem`
 * - Type BackboneElement
 */
export interface ClaimResponseAddItem {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.addItem.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ClaimResponse.addItem.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.addItem.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.addItem.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Service instances
     *
     * List of input service items which this service line is intended to replace.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.addItem.sequenceLinkId`
     * - Type positiveInt
     */
    sequenceLinkId?: number[];
    /** Extensions and id for `sequenceLinkId` (FHIR JSON primitive extension, see ClaimResponse.addItem.sequenceLinkId). */
    _sequenceLinkId?: (Element | null)[];
    /**
     * Revenue or cost center code
     *
     * The type of reveneu or cost center providing the product and/or service.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.addItem.revenue`
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
     * - FHIR path `ClaimResponse.addItem.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/benefit-subcategory (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept;
    /**
     * Group, Service or Product
     *
     * A code to indicate the Professional Service or Product supplied.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.addItem.service`
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
     * - FHIR path `ClaimResponse.addItem.modifier`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/claim-modifiers (codes not enumerable here: example binding: not checked)
     */
    modifier?: CodeableConcept[];
    /**
     * Professional fee or Product charge
     *
     * The fee charged for the professional service or product..
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.addItem.fee`
     * - Type Money
     */
    fee?: Money;
    /**
     * List of note numbers which apply
     *
     * A list of note references to the notes provided below.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.addItem.noteNumber`
     * - Type positiveInt
     */
    noteNumber?: number[];
    /** Extensions and id for `noteNumber` (FHIR JSON primitive extension, see ClaimResponse.addItem.noteNumber). */
    _noteNumber?: (Element | null)[];
    /**
     * Added items adjudication
     *
     * The adjudications results.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.addItem.adjudication`
     */
    adjudication?: ClaimResponseItemAdjudication[];
    /**
     * Added items details
     *
     * The second tier service adjudications for payor added services.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.addItem.detail`
     * - Type BackboneElement
     */
    detail?: ClaimResponseAddItemDetail[];
}
/**
 * Added items details
 *
 * The second tier service adjudications for payor added services.
 *
 * - Cardinality 0..*
 * - FHIR path `ClaimResponse.addItem.detail`
 * - Type BackboneElement
 */
export interface ClaimResponseAddItemDetail {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.addItem.detail.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ClaimResponse.addItem.detail.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.addItem.detail.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.addItem.detail.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Revenue or cost center code
     *
     * The type of reveneu or cost center providing the product and/or service.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.addItem.detail.revenue`
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
     * - FHIR path `ClaimResponse.addItem.detail.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/benefit-subcategory (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept;
    /**
     * Service or Product
     *
     * A code to indicate the Professional Service or Product supplied.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.addItem.detail.service`
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
     * - FHIR path `ClaimResponse.addItem.detail.modifier`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/claim-modifiers (codes not enumerable here: example binding: not checked)
     */
    modifier?: CodeableConcept[];
    /**
     * Professional fee or Product charge
     *
     * The fee charged for the professional service or product..
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.addItem.detail.fee`
     * - Type Money
     */
    fee?: Money;
    /**
     * List of note numbers which apply
     *
     * A list of note references to the notes provided below.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.addItem.detail.noteNumber`
     * - Type positiveInt
     */
    noteNumber?: number[];
    /** Extensions and id for `noteNumber` (FHIR JSON primitive extension, see ClaimResponse.addItem.detail.noteNumber). */
    _noteNumber?: (Element | null)[];
    /**
     * Added items detail adjudication
     *
     * The adjudications results.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.addItem.detail.adjudication`
     */
    adjudication?: ClaimResponseItemAdjudication[];
}
/**
 * Processing errors
 *
 * Mutually exclusive with Services Provided (Item).
 *
 * - Cardinality 0..*
 * - FHIR path `ClaimResponse.error`
 * - Type BackboneElement
 */
export interface ClaimResponseError {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.error.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ClaimResponse.error.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.error.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.error.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Item sequence number
     *
     * The sequence number of the line item submitted which contains the error. This value is omitted when the error is elsewhere.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.error.sequenceLinkId`
     * - Type positiveInt
     */
    sequenceLinkId?: number;
    /** Extensions and id for `sequenceLinkId` (FHIR JSON primitive extension, see ClaimResponse.error.sequenceLinkId). */
    _sequenceLinkId?: Element;
    /**
     * Detail sequence number
     *
     * The sequence number of the addition within the line item submitted which contains the error. This value is omitted when the error is not related to an Addition.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.error.detailSequenceLinkId`
     * - Type positiveInt
     */
    detailSequenceLinkId?: number;
    /** Extensions and id for `detailSequenceLinkId` (FHIR JSON primitive extension, see ClaimResponse.error.detailSequenceLinkId). */
    _detailSequenceLinkId?: Element;
    /**
     * Subdetail sequence number
     *
     * The sequence number of the addition within the line item submitted which contains the error. This value is omitted when the error is not related to an Addition.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.error.subdetailSequenceLinkId`
     * - Type positiveInt
     */
    subdetailSequenceLinkId?: number;
    /** Extensions and id for `subdetailSequenceLinkId` (FHIR JSON primitive extension, see ClaimResponse.error.subdetailSequenceLinkId). */
    _subdetailSequenceLinkId?: Element;
    /**
     * Error code detailing processing issues
     *
     * An error code,from a specified code system, which details why the claim could not be adjudicated.
     *
     * - Cardinality 1..1
     * - FHIR path `ClaimResponse.error.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/adjudication-error (codes not enumerable here: example binding: not checked)
     */
    code: CodeableConcept;
}
/**
 * Payment details, if paid
 *
 * Payment details for the claim if the claim has been paid.
 *
 * - Cardinality 0..1
 * - FHIR path `ClaimResponse.payment`
 * - Type BackboneElement
 */
export interface ClaimResponsePayment {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.payment.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ClaimResponse.payment.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.payment.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.payment.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Partial or Complete
     *
     * Whether this represents partial or complete payment of the claim.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.payment.type`
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
     * - FHIR path `ClaimResponse.payment.adjustment`
     * - Type Money
     */
    adjustment?: Money;
    /**
     * Explanation for the non-claim adjustment
     *
     * Reason for the payment adjustment.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.payment.adjustmentReason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/payment-adjustment-reason (codes not enumerable here: example binding: not checked)
     */
    adjustmentReason?: CodeableConcept;
    /**
     * Expected data of Payment
     *
     * Estimated payment data.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.payment.date`
     * - Type date
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see ClaimResponse.payment.date). */
    _date?: Element;
    /**
     * Payable amount after adjustment
     *
     * Payable less any payment adjustment.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.payment.amount`
     * - Type Money
     */
    amount?: Money;
    /**
     * Identifier of the payment instrument
     *
     * Payment identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.payment.identifier`
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
 * - FHIR path `ClaimResponse.processNote`
 * - Type BackboneElement
 */
export interface ClaimResponseProcessNote {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.processNote.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ClaimResponse.processNote.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.processNote.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.processNote.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Sequence Number for this note
     *
     * An integer associated with each note which may be referred to from each service line item.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.processNote.number`
     * - Type positiveInt
     */
    number?: number;
    /** Extensions and id for `number` (FHIR JSON primitive extension, see ClaimResponse.processNote.number). */
    _number?: Element;
    /**
     * display | print | printoper
     *
     * The note purpose: Print/Display.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.processNote.type`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/note-type (3 codes: display, print, printoper)
     */
    type?: CodeableConcept<'display' | 'print' | 'printoper'>;
    /**
     * Note explanatory text
     *
     * The note text.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.processNote.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see ClaimResponse.processNote.text). */
    _text?: Element;
    /**
     * Language if different from the resource
     *
     * The ISO-639-1 alpha 2 code in lower case for the language, optionally followed by a hyphen and the ISO-3166-1 alpha 2 code for the region in upper case; e.g. "en" for English, or "en-US" for American English versus "en-EN" for England English.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.processNote.language`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: CodeableConcept;
}
/**
 * Insurance or medical plan
 *
 * Financial instrument by which payment information for health care.
 *
 * - Cardinality 0..*
 * - FHIR path `ClaimResponse.insurance`
 * - Type BackboneElement
 */
export interface ClaimResponseInsurance {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.insurance.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ClaimResponse.insurance.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.insurance.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.insurance.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Service instance identifier
     *
     * A service line item.
     *
     * - Cardinality 1..1
     * - FHIR path `ClaimResponse.insurance.sequence`
     * - Type positiveInt
     */
    sequence: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see ClaimResponse.insurance.sequence). */
    _sequence?: Element;
    /**
     * Is the focal Coverage
     *
     * The instance number of the Coverage which is the focus for adjudication. The Coverage against which the claim is to be adjudicated.
     *
     * - Cardinality 1..1
     * - FHIR path `ClaimResponse.insurance.focal`
     * - Type boolean
     */
    focal: boolean;
    /** Extensions and id for `focal` (FHIR JSON primitive extension, see ClaimResponse.insurance.focal). */
    _focal?: Element;
    /**
     * Insurance information
     *
     * Reference to the program or plan identification, underwriter or payor.
     *
     * - Cardinality 1..1
     * - FHIR path `ClaimResponse.insurance.coverage`
     * - Type Reference
     */
    coverage: Reference<'Coverage'>;
    /**
     * Business agreement
     *
     * The contract number of a business agreement which describes the terms and conditions.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.insurance.businessArrangement`
     * - Type string
     */
    businessArrangement?: string;
    /** Extensions and id for `businessArrangement` (FHIR JSON primitive extension, see ClaimResponse.insurance.businessArrangement). */
    _businessArrangement?: Element;
    /**
     * Pre-Authorization/Determination Reference
     *
     * A list of references from the Insurer to which these services pertain.
     *
     * - Cardinality 0..*
     * - FHIR path `ClaimResponse.insurance.preAuthRef`
     * - Type string
     */
    preAuthRef?: string[];
    /** Extensions and id for `preAuthRef` (FHIR JSON primitive extension, see ClaimResponse.insurance.preAuthRef). */
    _preAuthRef?: (Element | null)[];
    /**
     * Adjudication results
     *
     * The Coverages adjudication details.
     *
     * - Cardinality 0..1
     * - FHIR path `ClaimResponse.insurance.claimResponse`
     * - Type Reference
     */
    claimResponse?: Reference<'ClaimResponse'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkClaimResponse(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimResponseItem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimResponseAddItem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimResponseError(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimResponsePayment(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimResponseProcessNote(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimResponseInsurance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimResponseItemAdjudication(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimResponseItemDetail(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimResponseAddItemDetail(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClaimResponseItemDetailSubDetail(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ClaimResponse (http://hl7.org/fhir/StructureDefinition/ClaimResponse).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateClaimResponse(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateClaimResponse} with the same options reports no error or fatal issue: ClaimResponse (http://hl7.org/fhir/StructureDefinition/ClaimResponse). */
export declare function isClaimResponse(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ClaimResponse;
/** Input of {@link buildClaimResponse}: a {@link ClaimResponse} without what the builder fills in. */
export type ClaimResponseInput = BuilderInput<ClaimResponse, 'resourceType', {
    processNote?: ClaimResponseProcessNoteInput[];
}>;
/** Input of {@link ClaimResponseProcessNote} (`ClaimResponse.processNote`): what the builder fills may be left out. */
export type ClaimResponseProcessNoteInput = ClaimResponseProcessNote;
/**
 * Builds a {@link ClaimResponse} (ClaimResponse, http://hl7.org/fhir/StructureDefinition/ClaimResponse).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ClaimResponse"
 * - fixed parts inside `processNote` (see its input type)
 *
 * The result is checked with {@link validateClaimResponse}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildClaimResponse(input: ClaimResponseInput): ClaimResponse;
