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
 * Account
 *
 * Base StructureDefinition for Account Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Account
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Account {
    /** The FHIR resource type. */
    resourceType: 'Account';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Account.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Account.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Account.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Account.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Account.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Account.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Account number
     *
     * Unique identifier used to reference the account.  May or may not be intended for human use (e.g. credit card number).
     *
     * - Cardinality 0..*
     * - FHIR path `Account.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | inactive | entered-in-error
     *
     * Indicates whether the account is presently used/usable or not.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/account-status (3 codes: active, inactive, entered-in-error)
     */
    status?: 'active' | 'entered-in-error' | 'inactive';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Account.status). */
    _status?: Element;
    /**
     * E.g. patient, expense, depreciation
     *
     * Categorizes the account for reporting and searching purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/account-type (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept;
    /**
     * Human-readable label
     *
     * Name used for the account when displaying it to humans in reports, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see Account.name). */
    _name?: Element;
    /**
     * What is account tied to?
     *
     * Identifies the patient, device, practitioner, location or other object the account is associated with.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.subject`
     * - Type Reference
     */
    subject?: Reference<'Device' | 'HealthcareService' | 'Location' | 'Organization' | 'Patient' | 'Practitioner'>;
    /**
     * Transaction window
     *
     * Identifies the period of time the account applies to; e.g. accounts created per fiscal year, quarter, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Time window that transactions may be posted to this account
     *
     * Indicates the period of time over which the account is allowed to have transactions posted to it.
     * This period may be different to the coveragePeriod which is the duration of time that services may occur.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.active`
     * - Type Period
     */
    active?: Period;
    /**
     * How much is in account?
     *
     * Represents the sum of all credits less all debits associated with the account.  Might be positive, zero or negative.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.balance`
     * - Type Money
     */
    balance?: Money;
    /**
     * The party(s) that are responsible for covering the payment of this account, and what order should they be applied to the account
     *
     * The party(s) that are responsible for covering the payment of this account, and what order should they be applied to the account.
     *
     * - Cardinality 0..*
     * - FHIR path `Account.coverage`
     * - Type BackboneElement
     */
    coverage?: AccountCoverage[];
    /**
     * Who is responsible?
     *
     * Indicates the organization, department, etc. with responsibility for the account.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.owner`
     * - Type Reference
     */
    owner?: Reference<'Organization'>;
    /**
     * Explanation of purpose/use
     *
     * Provides additional information about what the account tracks and how it is used.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see Account.description). */
    _description?: Element;
    /**
     * Responsible for the account
     *
     * Parties financially responsible for the account.
     *
     * - Cardinality 0..*
     * - FHIR path `Account.guarantor`
     * - Type BackboneElement
     */
    guarantor?: AccountGuarantor[];
}
/**
 * The party(s) that are responsible for covering the payment of this account, and what order should they be applied to the account
 *
 * The party(s) that are responsible for covering the payment of this account, and what order should they be applied to the account.
 *
 * - Cardinality 0..*
 * - FHIR path `Account.coverage`
 * - Type BackboneElement
 */
export interface AccountCoverage {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.coverage.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Account.coverage.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Account.coverage.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Account.coverage.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The party(s) that are responsible for covering the payment of this account
     *
     * The party(s) that are responsible for payment (or part of) of charges applied to this account (including self-pay).
     *
     * A coverage may only be resposible for specific types of charges, and the sequence of the coverages in the account could be important when processing billing.
     *
     * - Cardinality 1..1
     * - FHIR path `Account.coverage.coverage`
     * - Type Reference
     */
    coverage: Reference<'Coverage'>;
    /**
     * The priority of the coverage in the context of this account
     *
     * The priority of the coverage in the context of this account.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.coverage.priority`
     * - Type positiveInt
     */
    priority?: number;
    /** Extensions and id for `priority` (FHIR JSON primitive extension, see Account.coverage.priority). */
    _priority?: Element;
}
/**
 * Responsible for the account
 *
 * Parties financially responsible for the account.
 *
 * - Cardinality 0..*
 * - FHIR path `Account.guarantor`
 * - Type BackboneElement
 */
export interface AccountGuarantor {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.guarantor.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Account.guarantor.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Account.guarantor.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Account.guarantor.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Responsible entity
     *
     * The entity who is responsible.
     *
     * - Cardinality 1..1
     * - FHIR path `Account.guarantor.party`
     * - Type Reference
     */
    party: Reference<'Organization' | 'Patient' | 'RelatedPerson'>;
    /**
     * Credit or other hold applied
     *
     * A guarantor may be placed on credit hold or otherwise have their role temporarily suspended.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.guarantor.onHold`
     * - Type boolean
     */
    onHold?: boolean;
    /** Extensions and id for `onHold` (FHIR JSON primitive extension, see Account.guarantor.onHold). */
    _onHold?: Element;
    /**
     * Guarrantee account during
     *
     * The timeframe during which the guarantor accepts responsibility for the account.
     *
     * - Cardinality 0..1
     * - FHIR path `Account.guarantor.period`
     * - Type Period
     */
    period?: Period;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkAccount(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkAccountCoverage(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkAccountGuarantor(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Account (http://hl7.org/fhir/StructureDefinition/Account).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateAccount(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateAccount} with the same options reports no error or fatal issue: Account (http://hl7.org/fhir/StructureDefinition/Account). */
export declare function isAccount(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Account;
/** Input of {@link buildAccount}: a {@link Account} without what the builder fills in. */
export type AccountInput = BuilderInput<Account, 'resourceType'>;
/**
 * Builds a {@link Account} (Account, http://hl7.org/fhir/StructureDefinition/Account).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Account"
 *
 * The result is checked with {@link validateAccount}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildAccount(input: AccountInput): Account;
