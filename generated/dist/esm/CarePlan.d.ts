import { type Annotation } from './Annotation.js';
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
import { type SimpleQuantity } from './SimpleQuantity.js';
import { type Timing } from './Timing.js';
/**
 * CarePlan
 *
 * Base StructureDefinition for CarePlan Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/CarePlan
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface CarePlan {
    /** The FHIR resource type. */
    resourceType: 'CarePlan';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CarePlan.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see CarePlan.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see CarePlan.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External Ids for this plan
     *
     * This records identifiers associated with this care plan that are defined by business processes and/or used to refer to it when a direct URL reference to the resource itself is not appropriate (e.g. in CDA documents, or in written / printed documentation).
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Protocol or definition
     *
     * Identifies the protocol, questionnaire, guideline or other specification the care plan should be conducted in accordance with.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.definition`
     * - Type Reference
     */
    definition?: Reference<'PlanDefinition' | 'Questionnaire'>[];
    /**
     * Fulfills care plan
     *
     * A care plan that is fulfilled in whole or in part by this care plan.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.basedOn`
     * - Type Reference
     */
    basedOn?: Reference<'CarePlan'>[];
    /**
     * CarePlan replaced by this CarePlan
     *
     * Completed or terminated care plan whose function is taken by this new care plan.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.replaces`
     * - Type Reference
     */
    replaces?: Reference<'CarePlan'>[];
    /**
     * Part of referenced CarePlan
     *
     * A larger care plan of which this particular care plan is a component or step.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.partOf`
     * - Type Reference
     */
    partOf?: Reference<'CarePlan'>[];
    /**
     * draft | active | suspended | completed | entered-in-error | cancelled | unknown
     *
     * Indicates whether the plan is currently being acted upon, represents future intentions or is now a historical record.
     *
     * - Cardinality 1..1
     * - FHIR path `CarePlan.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/care-plan-status (7 codes: draft, active, suspended, completed, entered-in-error, cancelled, unknown)
     */
    status: 'active' | 'cancelled' | 'completed' | 'draft' | 'entered-in-error' | 'suspended' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see CarePlan.status). */
    _status?: Element;
    /**
     * proposal | plan | order | option
     *
     * Indicates the level of authority/intentionality associated with the care plan and where the care plan fits into the workflow chain.
     *
     * - Cardinality 1..1
     * - FHIR path `CarePlan.intent`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/care-plan-intent (4 codes: proposal, plan, order, option)
     */
    intent: 'option' | 'order' | 'plan' | 'proposal';
    /** Extensions and id for `intent` (FHIR JSON primitive extension, see CarePlan.intent). */
    _intent?: Element;
    /**
     * Type of plan
     *
     * Identifies what "kind" of plan this is to support differentiation between multiple co-existing plans; e.g. "Home health", "psychiatric", "asthma", "disease management", "wellness plan", etc.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/care-plan-category (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept[];
    /**
     * Human-friendly name for the CarePlan
     *
     * Human-friendly name for the CarePlan.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see CarePlan.title). */
    _title?: Element;
    /**
     * Summary of nature of plan
     *
     * A description of the scope and nature of the plan.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see CarePlan.description). */
    _description?: Element;
    /**
     * Who care plan is for
     *
     * Identifies the patient or group whose intended care is described by the plan.
     *
     * - Cardinality 1..1
     * - FHIR path `CarePlan.subject`
     * - Type Reference
     */
    subject: Reference<'Group' | 'Patient'>;
    /**
     * Created in context of
     *
     * Identifies the original context in which this particular CarePlan was created.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * Time period plan covers
     *
     * Indicates when the plan did (or is intended to) come into effect and end.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Who is responsible for contents of the plan
     *
     * Identifies the individual(s) or ogranization who is responsible for the content of the care plan.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.author`
     * - Type Reference
     */
    author?: Reference<'CareTeam' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>[];
    /**
     * Who's involved in plan?
     *
     * Identifies all people and organizations who are expected to be involved in the care envisioned by this plan.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.careTeam`
     * - Type Reference
     */
    careTeam?: Reference<'CareTeam'>[];
    /**
     * Health issues this plan addresses
     *
     * Identifies the conditions/problems/concerns/diagnoses/etc. whose management and/or mitigation are handled by this plan.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.addresses`
     * - Type Reference
     */
    addresses?: Reference<'Condition'>[];
    /**
     * Information considered as part of plan
     *
     * Identifies portions of the patient's record that specifically influenced the formation of the plan.  These might include co-morbidities, recent procedures, limitations, recent assessments, etc.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.supportingInfo`
     * - Type Reference
     */
    supportingInfo?: Reference[];
    /**
     * Desired outcome of plan
     *
     * Describes the intended objective(s) of carrying out the care plan.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.goal`
     * - Type Reference
     */
    goal?: Reference<'Goal'>[];
    /**
     * Action to occur as part of plan
     *
     * Identifies a planned action to occur as part of the plan.  For example, a medication to be used, lab tests to perform, self-monitoring, education, etc.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.activity`
     * - Type BackboneElement
     */
    activity?: CarePlanActivity[];
    /**
     * Comments about the plan
     *
     * General notes about the care plan not covered elsewhere.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.note`
     * - Type Annotation
     */
    note?: Annotation[];
}
/**
 * Action to occur as part of plan
 *
 * Identifies a planned action to occur as part of the plan.  For example, a medication to be used, lab tests to perform, self-monitoring, education, etc.
 *
 * - Cardinality 0..*
 * - FHIR path `CarePlan.activity`
 * - Type BackboneElement
 */
export interface CarePlanActivity {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CarePlan.activity.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.activity.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.activity.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Results of the activity
     *
     * Identifies the outcome at the point when the status of the activity is assessed.  For example, the outcome of an education activity could be patient understands (or not).
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.activity.outcomeCodeableConcept`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/care-plan-activity-outcome (codes not enumerable here: example binding: not checked)
     */
    outcomeCodeableConcept?: CodeableConcept[];
    /**
     * Appointment, Encounter, Procedure, etc.
     *
     * Details of the outcome or action resulting from the activity.  The reference to an "event" resource, such as Procedure or Encounter or Observation, is the result/outcome of the activity itself.  The activity can be conveyed using CarePlan.activity.detail OR using the CarePlan.activity.reference (a reference to a “request” resource).
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.activity.outcomeReference`
     * - Type Reference
     */
    outcomeReference?: Reference[];
    /**
     * Comments about the activity status/progress
     *
     * Notes about the adherence/status/progress of the activity.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.activity.progress`
     * - Type Annotation
     */
    progress?: Annotation[];
    /**
     * Activity details defined in specific resource
     *
     * The details of the proposed activity represented in a specific resource.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.reference`
     * - Type Reference
     */
    reference?: Reference<'Appointment' | 'CommunicationRequest' | 'DeviceRequest' | 'MedicationRequest' | 'NutritionOrder' | 'ProcedureRequest' | 'ReferralRequest' | 'RequestGroup' | 'Task' | 'VisionPrescription'>;
    /**
     * In-line definition of activity
     *
     * A simple summary of a planned activity suitable for a general care plan system (e.g. form driven) that doesn't know about specific resources such as procedure etc.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.detail`
     * - Type BackboneElement
     */
    detail?: CarePlanActivityDetail;
}
/**
 * In-line definition of activity
 *
 * A simple summary of a planned activity suitable for a general care plan system (e.g. form driven) that doesn't know about specific resources such as procedure etc.
 *
 * - Cardinality 0..1
 * - FHIR path `CarePlan.activity.detail`
 * - Type BackboneElement
 */
export interface CarePlanActivityDetail {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.detail.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CarePlan.activity.detail.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.activity.detail.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.activity.detail.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * diet | drug | encounter | observation | procedure | supply | other
     *
     * High-level categorization of the type of activity in a care plan.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.detail.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/care-plan-activity-category (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept;
    /**
     * Protocol or definition
     *
     * Identifies the protocol, questionnaire, guideline or other specification the planned activity should be conducted in accordance with.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.detail.definition`
     * - Type Reference
     */
    definition?: Reference<'ActivityDefinition' | 'PlanDefinition' | 'Questionnaire'>;
    /**
     * Detail type of activity
     *
     * Detailed description of the type of planned activity; e.g. What lab test, what procedure, what kind of encounter.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.detail.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/care-plan-activity (codes not enumerable here: example binding: not checked)
     */
    code?: CodeableConcept;
    /**
     * Why activity should be done or why activity was prohibited
     *
     * Provides the rationale that drove the inclusion of this particular activity as part of the plan or the reason why the activity was prohibited.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.activity.detail.reasonCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/activity-reason (codes not enumerable here: example binding: not checked)
     */
    reasonCode?: CodeableConcept[];
    /**
     * Condition triggering need for activity
     *
     * Provides the health condition(s) that drove the inclusion of this particular activity as part of the plan.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.activity.detail.reasonReference`
     * - Type Reference
     */
    reasonReference?: Reference<'Condition'>[];
    /**
     * Goals this activity relates to
     *
     * Internal reference that identifies the goals that this activity is intended to contribute towards meeting.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.activity.detail.goal`
     * - Type Reference
     */
    goal?: Reference<'Goal'>[];
    /**
     * not-started | scheduled | in-progress | on-hold | completed | cancelled | unknown
     *
     * Identifies what progress is being made for the specific activity.
     *
     * - Cardinality 1..1
     * - FHIR path `CarePlan.activity.detail.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/care-plan-activity-status (7 codes: not-started, scheduled, in-progress, on-hold, completed, cancelled, unknown)
     */
    status: 'cancelled' | 'completed' | 'in-progress' | 'not-started' | 'on-hold' | 'scheduled' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see CarePlan.activity.detail.status). */
    _status?: Element;
    /**
     * Reason for current status
     *
     * Provides reason why the activity isn't yet started, is on hold, was cancelled, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.detail.statusReason`
     * - Type string
     */
    statusReason?: string;
    /** Extensions and id for `statusReason` (FHIR JSON primitive extension, see CarePlan.activity.detail.statusReason). */
    _statusReason?: Element;
    /**
     * Do NOT do
     *
     * If true, indicates that the described activity is one that must NOT be engaged in when following the plan.  If false, indicates that the described activity is one that should be engaged in when following the plan.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.detail.prohibited`
     * - Type boolean
     */
    prohibited?: boolean;
    /** Extensions and id for `prohibited` (FHIR JSON primitive extension, see CarePlan.activity.detail.prohibited). */
    _prohibited?: Element;
    /**
     * When activity is to occur
     *
     * The period, timing or frequency upon which the described activity is to occur.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.detail.scheduled[x]`
     * - Type Timing | Period | string
     */
    scheduledTiming?: Timing;
    /**
     * When activity is to occur
     *
     * The period, timing or frequency upon which the described activity is to occur.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.detail.scheduled[x]`
     * - Type Timing | Period | string
     */
    scheduledPeriod?: Period;
    /**
     * When activity is to occur
     *
     * The period, timing or frequency upon which the described activity is to occur.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.detail.scheduled[x]`
     * - Type Timing | Period | string
     */
    scheduledString?: string;
    /** Extensions and id for `scheduledString` (FHIR JSON primitive extension, see CarePlan.activity.detail.scheduled[x]). */
    _scheduledString?: Element;
    /**
     * Where it should happen
     *
     * Identifies the facility where the activity will occur; e.g. home, hospital, specific clinic, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.detail.location`
     * - Type Reference
     */
    location?: Reference<'Location'>;
    /**
     * Who will be responsible?
     *
     * Identifies who's expected to be involved in the activity.
     *
     * - Cardinality 0..*
     * - FHIR path `CarePlan.activity.detail.performer`
     * - Type Reference
     */
    performer?: Reference<'CareTeam' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>[];
    /**
     * What is to be administered/supplied
     *
     * Identifies the food, drug or other product to be consumed or supplied in the activity.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.detail.product[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-codes (codes not enumerable here: example binding: not checked)
     */
    productCodeableConcept?: CodeableConcept;
    /**
     * What is to be administered/supplied
     *
     * Identifies the food, drug or other product to be consumed or supplied in the activity.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.detail.product[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-codes (codes not enumerable here: example binding: not checked)
     */
    productReference?: Reference<'Medication' | 'Substance'>;
    /**
     * How to consume/day?
     *
     * Identifies the quantity expected to be consumed in a given day.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.detail.dailyAmount`
     * - Type Quantity
     */
    dailyAmount?: SimpleQuantity;
    /**
     * How much to administer/supply/consume
     *
     * Identifies the quantity expected to be supplied, administered or consumed by the subject.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.detail.quantity`
     * - Type Quantity
     */
    quantity?: SimpleQuantity;
    /**
     * Extra info describing activity to perform
     *
     * This provides a textual description of constraints on the intended activity occurrence, including relation to other activities.  It may also include objectives, pre-conditions and end-conditions.  Finally, it may convey specifics about the activity such as body site, method, route, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `CarePlan.activity.detail.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see CarePlan.activity.detail.description). */
    _description?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCarePlan(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCarePlanActivity(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCarePlanActivityDetail(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CarePlan (http://hl7.org/fhir/StructureDefinition/CarePlan).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCarePlan(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCarePlan} with the same options reports no error or fatal issue: CarePlan (http://hl7.org/fhir/StructureDefinition/CarePlan). */
export declare function isCarePlan(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CarePlan;
/** Input of {@link buildCarePlan}: a {@link CarePlan} without what the builder fills in. */
export type CarePlanInput = BuilderInput<CarePlan, 'resourceType'>;
/**
 * Builds a {@link CarePlan} (CarePlan, http://hl7.org/fhir/StructureDefinition/CarePlan).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "CarePlan"
 *
 * The result is checked with {@link validateCarePlan}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCarePlan(input: CarePlanInput): CarePlan;
