import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Coverage
 *
 * Base StructureDefinition for Coverage Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Coverage
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Coverage {
    /** The FHIR resource type. */
    resourceType: 'Coverage';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Coverage.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Coverage.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Coverage.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Coverage.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Coverage.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Coverage.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The primary coverage ID
     *
     * The main (and possibly only) identifier for the coverage - often referred to as a Member Id, Certificate number, Personal Health Number or Case ID. May be constructed as the concatination of the Coverage.SubscriberID and the Coverage.dependant.
     *
     * - Cardinality 0..*
     * - FHIR path `Coverage.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | cancelled | draft | entered-in-error
     *
     * The status of the resource instance.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/fm-status (4 codes: active, cancelled, draft, entered-in-error)
     */
    status?: 'active' | 'cancelled' | 'draft' | 'entered-in-error';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Coverage.status). */
    _status?: Element;
    /**
     * Type of coverage such as medical or accident
     *
     * The type of coverage: social program, medical plan, accident coverage (workers compensation, auto), group health or payment by an individual or organization.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.type`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/coverage-type (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    type?: CodeableConcept;
    /**
     * Owner of the policy
     *
     * The party who 'owns' the insurance policy,  may be an individual, corporation or the subscriber's employer.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.policyHolder`
     * - Type Reference
     */
    policyHolder?: Reference<'Organization' | 'Patient' | 'RelatedPerson'>;
    /**
     * Subscriber to the policy
     *
     * The party who has signed-up for or 'owns' the contractual relationship to the policy or to whom the benefit of the policy for services rendered to them or their family is due.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.subscriber`
     * - Type Reference
     */
    subscriber?: Reference<'Patient' | 'RelatedPerson'>;
    /**
     * ID assigned to the Subscriber
     *
     * The insurer assigned ID for the Subscriber.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.subscriberId`
     * - Type string
     */
    subscriberId?: string;
    /** Extensions and id for `subscriberId` (FHIR JSON primitive extension, see Coverage.subscriberId). */
    _subscriberId?: Element;
    /**
     * Plan Beneficiary
     *
     * The party who benefits from the insurance coverage., the patient when services are provided.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.beneficiary`
     * - Type Reference
     */
    beneficiary?: Reference<'Patient'>;
    /**
     * Beneficiary relationship to the Subscriber
     *
     * The relationship of beneficiary (patient) to the subscriber.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.relationship`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/policyholder-relationship (codes not enumerable here: example binding: not checked)
     */
    relationship?: CodeableConcept;
    /**
     * Coverage start and end dates
     *
     * Time period during which the coverage is in force. A missing start date indicates the start date isn't known, a missing end date means the coverage is continuing to be in force.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Identifier for the plan or agreement issuer
     *
     * The program or plan underwriter or payor including both insurance and non-insurance agreements, such as patient-pay agreements. May provide multiple identifiers such as insurance company identifier or business identifier (BIN number).
     *
     * - Cardinality 0..*
     * - FHIR path `Coverage.payor`
     * - Type Reference
     */
    payor?: Reference<'Organization' | 'Patient' | 'RelatedPerson'>[];
    /**
     * Additional coverage classifications
     *
     * A suite of underwrite specific classifiers, for example may be used to identify a class of coverage or employer group, Policy, Plan.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.grouping`
     * - Type BackboneElement
     */
    grouping?: CoverageGrouping;
    /**
     * Dependent number
     *
     * A unique identifier for a dependent under the coverage.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.dependent`
     * - Type string
     */
    dependent?: string;
    /** Extensions and id for `dependent` (FHIR JSON primitive extension, see Coverage.dependent). */
    _dependent?: Element;
    /**
     * The plan instance or sequence counter
     *
     * An optional counter for a particular instance of the identified coverage which increments upon each renewal.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.sequence`
     * - Type string
     */
    sequence?: string;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see Coverage.sequence). */
    _sequence?: Element;
    /**
     * Relative order of the coverage
     *
     * The order of applicability of this coverage relative to other coverages which are currently inforce. Note, there may be gaps in the numbering and this does not imply primary, secondard etc. as the specific positioning of coverages depends upon the episode of care.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.order`
     * - Type positiveInt
     */
    order?: number;
    /** Extensions and id for `order` (FHIR JSON primitive extension, see Coverage.order). */
    _order?: Element;
    /**
     * Insurer network
     *
     * The insurer-specific identifier for the insurer-defined network of providers to which the beneficiary may seek treatment which will be covered at the 'in-network' rate, otherwise 'out of network' terms and conditions apply.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.network`
     * - Type string
     */
    network?: string;
    /** Extensions and id for `network` (FHIR JSON primitive extension, see Coverage.network). */
    _network?: Element;
    /**
     * Contract details
     *
     * The policy(s) which constitute this insurance coverage.
     *
     * - Cardinality 0..*
     * - FHIR path `Coverage.contract`
     * - Type Reference
     */
    contract?: Reference<'Contract'>[];
}
/**
 * Additional coverage classifications
 *
 * A suite of underwrite specific classifiers, for example may be used to identify a class of coverage or employer group, Policy, Plan.
 *
 * - Cardinality 0..1
 * - FHIR path `Coverage.grouping`
 * - Type BackboneElement
 */
export interface CoverageGrouping {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.grouping.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Coverage.grouping.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Coverage.grouping.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Coverage.grouping.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * An identifier for the group
     *
     * Identifies a style or collective of coverage issued by the underwriter, for example may be used to identify an employer group. May also be referred to as a Policy or Group ID.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.grouping.group`
     * - Type string
     */
    group?: string;
    /** Extensions and id for `group` (FHIR JSON primitive extension, see Coverage.grouping.group). */
    _group?: Element;
    /**
     * Display text for an identifier for the group
     *
     * A short description for the group.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.grouping.groupDisplay`
     * - Type string
     */
    groupDisplay?: string;
    /** Extensions and id for `groupDisplay` (FHIR JSON primitive extension, see Coverage.grouping.groupDisplay). */
    _groupDisplay?: Element;
    /**
     * An identifier for the subsection of the group
     *
     * Identifies a style or collective of coverage issued by the underwriter, for example may be used to identify a subset of an employer group.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.grouping.subGroup`
     * - Type string
     */
    subGroup?: string;
    /** Extensions and id for `subGroup` (FHIR JSON primitive extension, see Coverage.grouping.subGroup). */
    _subGroup?: Element;
    /**
     * Display text for the subsection of the group
     *
     * A short description for the subgroup.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.grouping.subGroupDisplay`
     * - Type string
     */
    subGroupDisplay?: string;
    /** Extensions and id for `subGroupDisplay` (FHIR JSON primitive extension, see Coverage.grouping.subGroupDisplay). */
    _subGroupDisplay?: Element;
    /**
     * An identifier for the plan
     *
     * Identifies a style or collective of coverage issued by the underwriter, for example may be used to identify a collection of benefits provided to employees. May be referred to as a Section or Division ID.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.grouping.plan`
     * - Type string
     */
    plan?: string;
    /** Extensions and id for `plan` (FHIR JSON primitive extension, see Coverage.grouping.plan). */
    _plan?: Element;
    /**
     * Display text for the plan
     *
     * A short description for the plan.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.grouping.planDisplay`
     * - Type string
     */
    planDisplay?: string;
    /** Extensions and id for `planDisplay` (FHIR JSON primitive extension, see Coverage.grouping.planDisplay). */
    _planDisplay?: Element;
    /**
     * An identifier for the subsection of the plan
     *
     * Identifies a sub-style or sub-collective of coverage issued by the underwriter, for example may be used to identify a subset of a collection of benefits provided to employees.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.grouping.subPlan`
     * - Type string
     */
    subPlan?: string;
    /** Extensions and id for `subPlan` (FHIR JSON primitive extension, see Coverage.grouping.subPlan). */
    _subPlan?: Element;
    /**
     * Display text for the subsection of the plan
     *
     * A short description for the subplan.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.grouping.subPlanDisplay`
     * - Type string
     */
    subPlanDisplay?: string;
    /** Extensions and id for `subPlanDisplay` (FHIR JSON primitive extension, see Coverage.grouping.subPlanDisplay). */
    _subPlanDisplay?: Element;
    /**
     * An identifier for the class
     *
     * Identifies a style or collective of coverage issues by the underwriter, for example may be used to identify a class of coverage such as a level of deductables or co-payment.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.grouping.class`
     * - Type string
     */
    class?: string;
    /** Extensions and id for `class` (FHIR JSON primitive extension, see Coverage.grouping.class). */
    _class?: Element;
    /**
     * Display text for the class
     *
     * A short description for the class.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.grouping.classDisplay`
     * - Type string
     */
    classDisplay?: string;
    /** Extensions and id for `classDisplay` (FHIR JSON primitive extension, see Coverage.grouping.classDisplay). */
    _classDisplay?: Element;
    /**
     * An identifier for the subsection of the class
     *
     * Identifies a sub-style or sub-collective of coverage issues by the underwriter, for example may be used to identify a subclass of coverage such as a sub-level of deductables or co-payment.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.grouping.subClass`
     * - Type string
     */
    subClass?: string;
    /** Extensions and id for `subClass` (FHIR JSON primitive extension, see Coverage.grouping.subClass). */
    _subClass?: Element;
    /**
     * Display text for the subsection of the subclass
     *
     * A short description for the subclass.
     *
     * - Cardinality 0..1
     * - FHIR path `Coverage.grouping.subClassDisplay`
     * - Type string
     */
    subClassDisplay?: string;
    /** Extensions and id for `subClassDisplay` (FHIR JSON primitive extension, see Coverage.grouping.subClassDisplay). */
    _subClassDisplay?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCoverage(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCoverageGrouping(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Coverage (http://hl7.org/fhir/StructureDefinition/Coverage).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCoverage(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCoverage} with the same options reports no error or fatal issue: Coverage (http://hl7.org/fhir/StructureDefinition/Coverage). */
export declare function isCoverage(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Coverage;
/** Input of {@link buildCoverage}: a {@link Coverage} without what the builder fills in. */
export type CoverageInput = BuilderInput<Coverage, 'resourceType'>;
/**
 * Builds a {@link Coverage} (Coverage, http://hl7.org/fhir/StructureDefinition/Coverage).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Coverage"
 *
 * The result is checked with {@link validateCoverage}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCoverage(input: CoverageInput): Coverage;
