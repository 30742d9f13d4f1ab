import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Money } from './Money.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * PaymentReconciliation
 *
 * Base StructureDefinition for PaymentReconciliation Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/PaymentReconciliation
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface PaymentReconciliation {
    /** The FHIR resource type. */
    resourceType: 'PaymentReconciliation';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PaymentReconciliation.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see PaymentReconciliation.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see PaymentReconciliation.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `PaymentReconciliation.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PaymentReconciliation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `PaymentReconciliation.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business Identifier
     *
     * The Response business identifier.
     *
     * - Cardinality 0..*
     * - FHIR path `PaymentReconciliation.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | cancelled | draft | entered-in-error
     *
     * The status of the resource instance.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/fm-status (4 codes: active, cancelled, draft, entered-in-error)
     */
    status?: 'active' | 'cancelled' | 'draft' | 'entered-in-error';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see PaymentReconciliation.status). */
    _status?: Element;
    /**
     * Period covered
     *
     * The period of time for which payments have been gathered into this bulk payment for settlement.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Creation date
     *
     * The date when the enclosed suite of services were performed or completed.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.created`
     * - Type dateTime
     */
    created?: string;
    /** Extensions and id for `created` (FHIR JSON primitive extension, see PaymentReconciliation.created). */
    _created?: Element;
    /**
     * Insurer
     *
     * The Insurer who produced this adjudicated response.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.organization`
     * - Type Reference
     */
    organization?: Reference<'Organization'>;
    /**
     * Claim reference
     *
     * Original request resource reference.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.request`
     * - Type Reference
     */
    request?: Reference<'ProcessRequest'>;
    /**
     * complete | error | partial
     *
     * Transaction status: error, complete.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.outcome`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/remittance-outcome (3 codes: complete, error, partial)
     */
    outcome?: CodeableConcept<'complete' | 'error' | 'partial'>;
    /**
     * Disposition Message
     *
     * A description of the status of the adjudication.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.disposition`
     * - Type string
     */
    disposition?: string;
    /** Extensions and id for `disposition` (FHIR JSON primitive extension, see PaymentReconciliation.disposition). */
    _disposition?: Element;
    /**
     * Responsible practitioner
     *
     * The practitioner who is responsible for the services rendered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.requestProvider`
     * - Type Reference
     */
    requestProvider?: Reference<'Practitioner'>;
    /**
     * Responsible organization
     *
     * The organization which is responsible for the services rendered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.requestOrganization`
     * - Type Reference
     */
    requestOrganization?: Reference<'Organization'>;
    /**
     * List of settlements
     *
     * List of individual settlement amounts and the corresponding transaction.
     *
     * - Cardinality 0..*
     * - FHIR path `PaymentReconciliation.detail`
     * - Type BackboneElement
     */
    detail?: PaymentReconciliationDetail[];
    /**
     * Printed Form Identifier
     *
     * The form to be used for printing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.form`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/forms (codes not enumerable here: example binding: not checked)
     */
    form?: CodeableConcept;
    /**
     * Total amount of Payment
     *
     * Total payment amount.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.total`
     * - Type Money
     */
    total?: Money;
    /**
     * Processing comments
     *
     * Suite of notes.
     *
     * - Cardinality 0..*
     * - FHIR path `PaymentReconciliation.processNote`
     * - Type BackboneElement
     */
    processNote?: PaymentReconciliationProcessNote[];
}
/**
 * List of settlements
 *
 * List of individual settlement amounts and the corresponding transaction.
 *
 * - Cardinality 0..*
 * - FHIR path `PaymentReconciliation.detail`
 * - Type BackboneElement
 */
export interface PaymentReconciliationDetail {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.detail.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PaymentReconciliation.detail.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PaymentReconciliation.detail.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `PaymentReconciliation.detail.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type code
     *
     * Code to indicate the nature of the payment, adjustment, funds advance, etc.
     *
     * - Cardinality 1..1
     * - FHIR path `PaymentReconciliation.detail.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/payment-type (codes not enumerable here: example binding: not checked)
     */
    type: CodeableConcept;
    /**
     * Claim
     *
     * The claim or financial resource.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.detail.request`
     * - Type Reference
     */
    request?: Reference;
    /**
     * Claim Response
     *
     * The claim response resource.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.detail.response`
     * - Type Reference
     */
    response?: Reference;
    /**
     * Organization which submitted the claim
     *
     * The Organization which submitted the claim or financial transaction.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.detail.submitter`
     * - Type Reference
     */
    submitter?: Reference<'Organization'>;
    /**
     * Organization which is receiving the payment
     *
     * The organization which is receiving the payment.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.detail.payee`
     * - Type Reference
     */
    payee?: Reference<'Organization'>;
    /**
     * Invoice date
     *
     * The date of the invoice or financial resource.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.detail.date`
     * - Type date
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see PaymentReconciliation.detail.date). */
    _date?: Element;
    /**
     * Amount being paid
     *
     * Amount paid for this detail.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.detail.amount`
     * - Type Money
     */
    amount?: Money;
}
/**
 * Processing comments
 *
 * Suite of notes.
 *
 * - Cardinality 0..*
 * - FHIR path `PaymentReconciliation.processNote`
 * - Type BackboneElement
 */
export interface PaymentReconciliationProcessNote {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.processNote.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PaymentReconciliation.processNote.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PaymentReconciliation.processNote.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `PaymentReconciliation.processNote.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * display | print | printoper
     *
     * The note purpose: Print/Display.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.processNote.type`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/note-type (3 codes: display, print, printoper)
     */
    type?: CodeableConcept<'display' | 'print' | 'printoper'>;
    /**
     * Comment on the processing
     *
     * The note text.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentReconciliation.processNote.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see PaymentReconciliation.processNote.text). */
    _text?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkPaymentReconciliation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPaymentReconciliationDetail(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPaymentReconciliationProcessNote(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against PaymentReconciliation (http://hl7.org/fhir/StructureDefinition/PaymentReconciliation).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validatePaymentReconciliation(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validatePaymentReconciliation} with the same options reports no error or fatal issue: PaymentReconciliation (http://hl7.org/fhir/StructureDefinition/PaymentReconciliation). */
export declare function isPaymentReconciliation(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is PaymentReconciliation;
/** Input of {@link buildPaymentReconciliation}: a {@link PaymentReconciliation} without what the builder fills in. */
export type PaymentReconciliationInput = BuilderInput<PaymentReconciliation, 'resourceType', {
    processNote?: PaymentReconciliationProcessNoteInput[];
}>;
/** Input of {@link PaymentReconciliationProcessNote} (`PaymentReconciliation.processNote`): what the builder fills may be left out. */
export type PaymentReconciliationProcessNoteInput = PaymentReconciliationProcessNote;
/**
 * Builds a {@link PaymentReconciliation} (PaymentReconciliation, http://hl7.org/fhir/StructureDefinition/PaymentReconciliation).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "PaymentReconciliation"
 * - fixed parts inside `processNote` (see its input type)
 * - the `system` of codings in `outcome`: http://hl7.org/fhir/remittance-outcome (the only system of its required binding)
 *
 * The result is checked with {@link validatePaymentReconciliation}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildPaymentReconciliation(input: PaymentReconciliationInput): PaymentReconciliation;
