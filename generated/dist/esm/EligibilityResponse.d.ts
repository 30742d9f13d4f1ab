import { type CodeableConcept } from './CodeableConcept.js';
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
 * EligibilityResponse
 *
 * Base StructureDefinition for EligibilityResponse Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/EligibilityResponse
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface EligibilityResponse {
    /** The FHIR resource type. */
    resourceType: 'EligibilityResponse';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see EligibilityResponse.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see EligibilityResponse.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see EligibilityResponse.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityResponse.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityResponse.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityResponse.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business Identifier
     *
     * The Response business identifier.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityResponse.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | cancelled | draft | entered-in-error
     *
     * The status of the resource instance.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/fm-status (4 codes: active, cancelled, draft, entered-in-error)
     */
    status?: 'active' | 'cancelled' | 'draft' | 'entered-in-error';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see EligibilityResponse.status). */
    _status?: Element;
    /**
     * Creation date
     *
     * The date when the enclosed suite of services were performed or completed.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.created`
     * - Type dateTime
     */
    created?: string;
    /** Extensions and id for `created` (FHIR JSON primitive extension, see EligibilityResponse.created). */
    _created?: Element;
    /**
     * Responsible practitioner
     *
     * The practitioner who is responsible for the services rendered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.requestProvider`
     * - Type Reference
     */
    requestProvider?: Reference<'Practitioner'>;
    /**
     * Responsible organization
     *
     * The organization which is responsible for the services rendered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.requestOrganization`
     * - Type Reference
     */
    requestOrganization?: Reference<'Organization'>;
    /**
     * Eligibility reference
     *
     * Original request resource reference.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.request`
     * - Type Reference
     */
    request?: Reference<'EligibilityRequest'>;
    /**
     * complete | error | partial
     *
     * Transaction status: error, complete.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.outcome`
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
     * - FHIR path `EligibilityResponse.disposition`
     * - Type string
     */
    disposition?: string;
    /** Extensions and id for `disposition` (FHIR JSON primitive extension, see EligibilityResponse.disposition). */
    _disposition?: Element;
    /**
     * Insurer issuing the coverage
     *
     * The Insurer who produced this adjudicated response.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.insurer`
     * - Type Reference
     */
    insurer?: Reference<'Organization'>;
    /**
     * Coverage inforce indicator
     *
     * Flag indicating if the coverage provided is inforce currently  if no service date(s) specified or for the whole duration of the service dates.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.inforce`
     * - Type boolean
     */
    inforce?: boolean;
    /** Extensions and id for `inforce` (FHIR JSON primitive extension, see EligibilityResponse.inforce). */
    _inforce?: Element;
    /**
     * Details by insurance coverage
     *
     * The insurer may provide both the details for the requested coverage as well as details for additional coverages known to the insurer.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityResponse.insurance`
     * - Type BackboneElement
     */
    insurance?: EligibilityResponseInsurance[];
    /**
     * Printed Form Identifier
     *
     * The form to be used for printing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.form`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/forms (codes not enumerable here: example binding: not checked)
     */
    form?: CodeableConcept;
    /**
     * Processing errors
     *
     * Mutually exclusive with Services Provided (Item).
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityResponse.error`
     * - Type BackboneElement
     */
    error?: EligibilityResponseError[];
}
/**
 * Details by insurance coverage
 *
 * The insurer may provide both the details for the requested coverage as well as details for additional coverages known to the insurer.
 *
 * - Cardinality 0..*
 * - FHIR path `EligibilityResponse.insurance`
 * - Type BackboneElement
 */
export interface EligibilityResponseInsurance {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.insurance.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see EligibilityResponse.insurance.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityResponse.insurance.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityResponse.insurance.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Updated Coverage details
     *
     * A suite of updated or additional Coverages from the Insurer.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.insurance.coverage`
     * - Type Reference
     */
    coverage?: Reference<'Coverage'>;
    /**
     * Contract details
     *
     * The contract resource which may provide more detailed information.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.insurance.contract`
     * - Type Reference
     */
    contract?: Reference<'Contract'>;
    /**
     * Benefits by Category
     *
     * Benefits and optionally current balances by Category.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityResponse.insurance.benefitBalance`
     * - Type BackboneElement
     */
    benefitBalance?: EligibilityResponseInsuranceBenefitBalance[];
}
/**
 * Benefits by Category
 *
 * Benefits and optionally current balances by Category.
 *
 * - Cardinality 0..*
 * - FHIR path `EligibilityResponse.insurance.benefitBalance`
 * - Type BackboneElement
 */
export interface EligibilityResponseInsuranceBenefitBalance {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see EligibilityResponse.insurance.benefitBalance.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type of services covered
     *
     * Dental, Vision, Medical, Pharmacy, Rehab etc.
     *
     * - Cardinality 1..1
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.category`
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
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.subCategory`
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
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.excluded`
     * - Type boolean
     */
    excluded?: boolean;
    /** Extensions and id for `excluded` (FHIR JSON primitive extension, see EligibilityResponse.insurance.benefitBalance.excluded). */
    _excluded?: Element;
    /**
     * Short name for the benefit
     *
     * A short name or tag for the benefit, for example MED01, or DENT2.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see EligibilityResponse.insurance.benefitBalance.name). */
    _name?: Element;
    /**
     * Description of the benefit or services covered
     *
     * A richer description of the benefit, for example 'DENT2 covers 100% of basic, 50% of major but exclused Ortho, Implants and Costmetic services'.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see EligibilityResponse.insurance.benefitBalance.description). */
    _description?: Element;
    /**
     * In or out of network
     *
     * Network designation.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.network`
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
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.unit`
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
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.term`
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
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.financial`
     * - Type BackboneElement
     */
    financial?: EligibilityResponseInsuranceBenefitBalanceFinancial[];
}
/**
 * Benefit Summary
 *
 * Benefits Used to date.
 *
 * - Cardinality 0..*
 * - FHIR path `EligibilityResponse.insurance.benefitBalance.financial`
 * - Type BackboneElement
 */
export interface EligibilityResponseInsuranceBenefitBalanceFinancial {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.financial.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see EligibilityResponse.insurance.benefitBalance.financial.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.financial.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.financial.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Deductable, visits, benefit amount
     *
     * Deductable, visits, benefit amount.
     *
     * - Cardinality 1..1
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.financial.type`
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
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.financial.allowed[x]`
     * - Type unsignedInt | string | Money
     */
    allowedUnsignedInt?: number;
    /** Extensions and id for `allowedUnsignedInt` (FHIR JSON primitive extension, see EligibilityResponse.insurance.benefitBalance.financial.allowed[x]). */
    _allowedUnsignedInt?: Element;
    /**
     * Benefits allowed
     *
     * Benefits allowed.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.financial.allowed[x]`
     * - Type unsignedInt | string | Money
     */
    allowedString?: string;
    /** Extensions and id for `allowedString` (FHIR JSON primitive extension, see EligibilityResponse.insurance.benefitBalance.financial.allowed[x]). */
    _allowedString?: Element;
    /**
     * Benefits allowed
     *
     * Benefits allowed.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.financial.allowed[x]`
     * - Type unsignedInt | string | Money
     */
    allowedMoney?: Money;
    /**
     * Benefits used
     *
     * Benefits used.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.financial.used[x]`
     * - Type unsignedInt | Money
     */
    usedUnsignedInt?: number;
    /** Extensions and id for `usedUnsignedInt` (FHIR JSON primitive extension, see EligibilityResponse.insurance.benefitBalance.financial.used[x]). */
    _usedUnsignedInt?: Element;
    /**
     * Benefits used
     *
     * Benefits used.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.insurance.benefitBalance.financial.used[x]`
     * - Type unsignedInt | Money
     */
    usedMoney?: Money;
}
/**
 * Processing errors
 *
 * Mutually exclusive with Services Provided (Item).
 *
 * - Cardinality 0..*
 * - FHIR path `EligibilityResponse.error`
 * - Type BackboneElement
 */
export interface EligibilityResponseError {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityResponse.error.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see EligibilityResponse.error.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityResponse.error.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityResponse.error.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Error code detailing processing issues
     *
     * An error code,from a specified code system, which details why the eligibility check could not be performed.
     *
     * - Cardinality 1..1
     * - FHIR path `EligibilityResponse.error.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/adjudication-error (codes not enumerable here: example binding: not checked)
     */
    code: CodeableConcept;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkEligibilityResponse(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkEligibilityResponseInsurance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkEligibilityResponseError(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkEligibilityResponseInsuranceBenefitBalance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkEligibilityResponseInsuranceBenefitBalanceFinancial(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against EligibilityResponse (http://hl7.org/fhir/StructureDefinition/EligibilityResponse).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateEligibilityResponse(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateEligibilityResponse} with the same options reports no error or fatal issue: EligibilityResponse (http://hl7.org/fhir/StructureDefinition/EligibilityResponse). */
export declare function isEligibilityResponse(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is EligibilityResponse;
/** Input of {@link buildEligibilityResponse}: a {@link EligibilityResponse} without what the builder fills in. */
export type EligibilityResponseInput = BuilderInput<EligibilityResponse, 'resourceType'>;
/**
 * Builds a {@link EligibilityResponse} (EligibilityResponse, http://hl7.org/fhir/StructureDefinition/EligibilityResponse).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "EligibilityResponse"
 * - the `system` of codings in `outcome`: http://hl7.org/fhir/remittance-outcome (the only system of its required binding)
 *
 * The result is checked with {@link validateEligibilityResponse}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildEligibilityResponse(input: EligibilityResponseInput): EligibilityResponse;
