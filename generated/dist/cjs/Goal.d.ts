import { type Annotation } from './Annotation.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Duration } from './Duration.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Quantity } from './Quantity.js';
import { type Range } from './Range.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Goal
 *
 * Base StructureDefinition for Goal Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Goal
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Goal {
    /** The FHIR resource type. */
    resourceType: 'Goal';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Goal.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Goal.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Goal.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Goal.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Goal.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Goal.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External Ids for this goal
     *
     * This records identifiers associated with this care plan that are defined by business processes and/or used to refer to it when a direct URL reference to the resource itself is not appropriate (e.g. in CDA documents, or in written / printed documentation).
     *
     * - Cardinality 0..*
     * - FHIR path `Goal.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * proposed | accepted | planned | in-progress | on-target | ahead-of-target | behind-target | sustaining | achieved | on-hold | cancelled | entered-in-error | rejected
     *
     * Indicates whether the goal has been reached and is still considered relevant.
     *
     * - Cardinality 1..1
     * - FHIR path `Goal.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/goal-status (13 codes: proposed, accepted, planned, in-progress, on-target, ahead-of-target, behind-target, sustaining, achieved, on-hold, cancelled, entered-in-error, ...)
     */
    status: 'accepted' | 'achieved' | 'ahead-of-target' | 'behind-target' | 'cancelled' | 'entered-in-error' | 'in-progress' | 'on-hold' | 'on-target' | 'planned' | 'proposed' | 'rejected' | 'sustaining';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Goal.status). */
    _status?: Element;
    /**
     * E.g. Treatment, dietary, behavioral, etc.
     *
     * Indicates a category the goal falls within.
     *
     * - Cardinality 0..*
     * - FHIR path `Goal.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/goal-category (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept[];
    /**
     * high-priority | medium-priority | low-priority
     *
     * Identifies the mutually agreed level of importance associated with reaching/sustaining the goal.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.priority`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/goal-priority (3 codes: high-priority, medium-priority, low-priority)
     */
    priority?: CodeableConcept;
    /**
     * Code or text describing goal
     *
     * Human-readable and/or coded description of a specific desired objective of care, such as "control blood pressure" or "negotiate an obstacle course" or "dance with child at wedding".
     *
     * - Cardinality 1..1
     * - FHIR path `Goal.description`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/clinical-findings (codes not enumerable here: example binding: not checked)
     */
    description: CodeableConcept;
    /**
     * Who this goal is intended for
     *
     * Identifies the patient, group or organization for whom the goal is being established.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.subject`
     * - Type Reference
     */
    subject?: Reference<'Group' | 'Organization' | 'Patient'>;
    /**
     * When goal pursuit begins
     *
     * The date or event after which the goal should begin being pursued.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.start[x]`
     * - Type date | CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/goal-start-event (codes not enumerable here: example binding: not checked)
     */
    startDate?: string;
    /** Extensions and id for `startDate` (FHIR JSON primitive extension, see Goal.start[x]). */
    _startDate?: Element;
    /**
     * When goal pursuit begins
     *
     * The date or event after which the goal should begin being pursued.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.start[x]`
     * - Type date | CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/goal-start-event (codes not enumerable here: example binding: not checked)
     */
    startCodeableConcept?: CodeableConcept;
    /**
     * Target outcome for the goal
     *
     * Indicates what should be done by when.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.target`
     * - Type BackboneElement
     */
    target?: GoalTarget;
    /**
     * When goal status took effect
     *
     * Identifies when the current status.  I.e. When initially created, when achieved, when cancelled, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.statusDate`
     * - Type date
     */
    statusDate?: string;
    /** Extensions and id for `statusDate` (FHIR JSON primitive extension, see Goal.statusDate). */
    _statusDate?: Element;
    /**
     * Reason for current status
     *
     * Captures the reason for the current status.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.statusReason`
     * - Type string
     */
    statusReason?: string;
    /** Extensions and id for `statusReason` (FHIR JSON primitive extension, see Goal.statusReason). */
    _statusReason?: Element;
    /**
     * Who's responsible for creating Goal?
     *
     * Indicates whose goal this is - patient goal, practitioner goal, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.expressedBy`
     * - Type Reference
     */
    expressedBy?: Reference<'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Issues addressed by this goal
     *
     * The identified conditions and other health record elements that are intended to be addressed by the goal.
     *
     * - Cardinality 0..*
     * - FHIR path `Goal.addresses`
     * - Type Reference
     */
    addresses?: Reference<'Condition' | 'MedicationStatement' | 'NutritionOrder' | 'Observation' | 'ProcedureRequest' | 'RiskAssessment'>[];
    /**
     * Comments about the goal
     *
     * Any comments related to the goal.
     *
     * - Cardinality 0..*
     * - FHIR path `Goal.note`
     * - Type Annotation
     */
    note?: Annotation[];
    /**
     * What result was achieved regarding the goal?
     *
     * Identifies the change (or lack of change) at the point when the status of the goal is assessed.
     *
     * - Cardinality 0..*
     * - FHIR path `Goal.outcomeCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/clinical-findings (codes not enumerable here: example binding: not checked)
     */
    outcomeCode?: CodeableConcept[];
    /**
     * Observation that resulted from goal
     *
     * Details of what's changed (or not changed).
     *
     * - Cardinality 0..*
     * - FHIR path `Goal.outcomeReference`
     * - Type Reference
     */
    outcomeReference?: Reference<'Observation'>[];
}
/**
 * Target outcome for the goal
 *
 * Indicates what should be done by when.
 *
 * - Cardinality 0..1
 * - FHIR path `Goal.target`
 * - Type BackboneElement
 */
export interface GoalTarget {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.target.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Goal.target.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Goal.target.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Goal.target.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The parameter whose value is being tracked
     *
     * The parameter whose value is being tracked, e.g. body weight, blood pressure, or hemoglobin A1c level.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.target.measure`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/observation-codes (codes not enumerable here: example binding: not checked)
     */
    measure?: CodeableConcept;
    /**
     * The target value to be achieved
     *
     * The target value of the focus to be achieved to signify the fulfillment of the goal, e.g. 150 pounds, 7.0%. Either the high or low or both values of the range can be specified. When a low value is missing, it indicates that the goal is achieved at any focus value at or below the high value. Similarly, if the high value is missing, it indicates that the goal is achieved at any focus value at or above the low value.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.target.detail[x]`
     * - Type Quantity | Range | CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    detailQuantity?: Quantity;
    /**
     * The target value to be achieved
     *
     * The target value of the focus to be achieved to signify the fulfillment of the goal, e.g. 150 pounds, 7.0%. Either the high or low or both values of the range can be specified. When a low value is missing, it indicates that the goal is achieved at any focus value at or below the high value. Similarly, if the high value is missing, it indicates that the goal is achieved at any focus value at or above the low value.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.target.detail[x]`
     * - Type Quantity | Range | CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    detailRange?: Range;
    /**
     * The target value to be achieved
     *
     * The target value of the focus to be achieved to signify the fulfillment of the goal, e.g. 150 pounds, 7.0%. Either the high or low or both values of the range can be specified. When a low value is missing, it indicates that the goal is achieved at any focus value at or below the high value. Similarly, if the high value is missing, it indicates that the goal is achieved at any focus value at or above the low value.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.target.detail[x]`
     * - Type Quantity | Range | CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    detailCodeableConcept?: CodeableConcept;
    /**
     * Reach goal on or before
     *
     * Indicates either the date or the duration after start by which the goal should be met.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.target.due[x]`
     * - Type date | Duration
     */
    dueDate?: string;
    /** Extensions and id for `dueDate` (FHIR JSON primitive extension, see Goal.target.due[x]). */
    _dueDate?: Element;
    /**
     * Reach goal on or before
     *
     * Indicates either the date or the duration after start by which the goal should be met.
     *
     * - Cardinality 0..1
     * - FHIR path `Goal.target.due[x]`
     * - Type date | Duration
     */
    dueDuration?: Duration;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkGoal(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGoalTarget(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Goal (http://hl7.org/fhir/StructureDefinition/Goal).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateGoal(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateGoal} with the same options reports no error or fatal issue: Goal (http://hl7.org/fhir/StructureDefinition/Goal). */
export declare function isGoal(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Goal;
/** Input of {@link buildGoal}: a {@link Goal} without what the builder fills in. */
export type GoalInput = BuilderInput<Goal, 'resourceType'>;
/**
 * Builds a {@link Goal} (Goal, http://hl7.org/fhir/StructureDefinition/Goal).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Goal"
 *
 * The result is checked with {@link validateGoal}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildGoal(input: GoalInput): Goal;
