import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * PaymentNotice
 *
 * Base StructureDefinition for PaymentNotice Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/PaymentNotice
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface PaymentNotice {
    /** The FHIR resource type. */
    resourceType: 'PaymentNotice';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentNotice.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PaymentNotice.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentNotice.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentNotice.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see PaymentNotice.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentNotice.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see PaymentNotice.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentNotice.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `PaymentNotice.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PaymentNotice.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `PaymentNotice.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business Identifier
     *
     * The notice business identifier.
     *
     * - Cardinality 0..*
     * - FHIR path `PaymentNotice.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | cancelled | draft | entered-in-error
     *
     * The status of the resource instance.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentNotice.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/fm-status (4 codes: active, cancelled, draft, entered-in-error)
     */
    status?: 'active' | 'cancelled' | 'draft' | 'entered-in-error';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see PaymentNotice.status). */
    _status?: Element;
    /**
     * Request reference
     *
     * Reference of resource for which payment is being made.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentNotice.request`
     * - Type Reference
     */
    request?: Reference;
    /**
     * Response reference
     *
     * Reference of response to resource for which payment is being made.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentNotice.response`
     * - Type Reference
     */
    response?: Reference;
    /**
     * Payment or clearing date
     *
     * The date when the above payment action occurrred.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentNotice.statusDate`
     * - Type date
     */
    statusDate?: string;
    /** Extensions and id for `statusDate` (FHIR JSON primitive extension, see PaymentNotice.statusDate). */
    _statusDate?: Element;
    /**
     * Creation date
     *
     * The date when this resource was created.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentNotice.created`
     * - Type dateTime
     */
    created?: string;
    /** Extensions and id for `created` (FHIR JSON primitive extension, see PaymentNotice.created). */
    _created?: Element;
    /**
     * Insurer or Regulatory body
     *
     * The Insurer who is target  of the request.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentNotice.target`
     * - Type Reference
     */
    target?: Reference<'Organization'>;
    /**
     * Responsible practitioner
     *
     * The practitioner who is responsible for the services rendered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentNotice.provider`
     * - Type Reference
     */
    provider?: Reference<'Practitioner'>;
    /**
     * Responsible organization
     *
     * The organization which is responsible for the services rendered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentNotice.organization`
     * - Type Reference
     */
    organization?: Reference<'Organization'>;
    /**
     * Whether payment has been sent or cleared
     *
     * The payment status, typically paid: payment sent, cleared: payment received.
     *
     * - Cardinality 0..1
     * - FHIR path `PaymentNotice.paymentStatus`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/payment-status (codes not enumerable here: example binding: not checked)
     */
    paymentStatus?: CodeableConcept;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkPaymentNotice(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against PaymentNotice (http://hl7.org/fhir/StructureDefinition/PaymentNotice).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validatePaymentNotice(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validatePaymentNotice} with the same options reports no error or fatal issue: PaymentNotice (http://hl7.org/fhir/StructureDefinition/PaymentNotice). */
export declare function isPaymentNotice(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is PaymentNotice;
/** Input of {@link buildPaymentNotice}: a {@link PaymentNotice} without what the builder fills in. */
export type PaymentNoticeInput = BuilderInput<PaymentNotice, 'resourceType'>;
/**
 * Builds a {@link PaymentNotice} (PaymentNotice, http://hl7.org/fhir/StructureDefinition/PaymentNotice).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "PaymentNotice"
 *
 * The result is checked with {@link validatePaymentNotice}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildPaymentNotice(input: PaymentNoticeInput): PaymentNotice;
