import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type ContactDetail } from './ContactDetail.js';
import { type Contributor } from './Contributor.js';
import { type DataRequirement } from './DataRequirement.js';
import { type Duration } from './Duration.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Quantity } from './Quantity.js';
import { type Range } from './Range.js';
import { type Reference } from './Reference.js';
import { type RelatedArtifact } from './RelatedArtifact.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type Timing } from './Timing.js';
import { type TriggerDefinition } from './TriggerDefinition.js';
import { type UsageContext } from './UsageContext.js';
/**
 * PlanDefinition
 *
 * Base StructureDefinition for PlanDefinition Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/PlanDefinition
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface PlanDefinition {
    /** The FHIR resource type. */
    resourceType: 'PlanDefinition';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PlanDefinition.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see PlanDefinition.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see PlanDefinition.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this plan definition (globally unique)
     *
     * An absolute URI that is used to identify this plan definition when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this plan definition is (or will be) published. The URL SHOULD include the major version of the plan definition. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see PlanDefinition.url). */
    _url?: Element;
    /**
     * Additional identifier for the plan definition
     *
     * A formal identifier that is used to identify this plan definition when it is represented in other formats, or referenced in a specification, model, design or an instance.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Business version of the plan definition
     *
     * The identifier that is used to identify this version of the plan definition when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the plan definition author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence. To provide a version consistent with the Decision Support Service specification, use the format Major.Minor.Revision (e.g. 1.0.0). For more information on versioning knowledge assets, refer to the Decision Support Service specification. Note that a version is required for non-experimental active artifacts.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see PlanDefinition.version). */
    _version?: Element;
    /**
     * Name for this plan definition (computer friendly)
     *
     * A natural language name identifying the plan definition. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see PlanDefinition.name). */
    _name?: Element;
    /**
     * Name for this plan definition (human friendly)
     *
     * A short, descriptive, user-friendly title for the plan definition.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see PlanDefinition.title). */
    _title?: Element;
    /**
     * order-set | protocol | eca-rule
     *
     * The type of asset the plan definition represents, e.g. an order set, protocol, or event-condition-action rule.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/plan-definition-type (3 codes: order-set, protocol, eca-rule)
     */
    type?: CodeableConcept;
    /**
     * draft | active | retired | unknown
     *
     * The status of this plan definition. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `PlanDefinition.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see PlanDefinition.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this plan definition is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see PlanDefinition.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the plan definition was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the plan definition changes.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see PlanDefinition.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the plan definition.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see PlanDefinition.publisher). */
    _publisher?: Element;
    /**
     * Natural language description of the plan definition
     *
     * A free text natural language description of the plan definition from a consumer's perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see PlanDefinition.description). */
    _description?: Element;
    /**
     * Why this plan definition is defined
     *
     * Explaination of why this plan definition is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see PlanDefinition.purpose). */
    _purpose?: Element;
    /**
     * Describes the clinical usage of the asset
     *
     * A detailed description of how the asset is used from a clinical perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.usage`
     * - Type string
     */
    usage?: string;
    /** Extensions and id for `usage` (FHIR JSON primitive extension, see PlanDefinition.usage). */
    _usage?: Element;
    /**
     * When the plan definition was approved by publisher
     *
     * The date on which the resource content was approved by the publisher. Approval happens once when the content is officially approved for usage.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.approvalDate`
     * - Type date
     */
    approvalDate?: string;
    /** Extensions and id for `approvalDate` (FHIR JSON primitive extension, see PlanDefinition.approvalDate). */
    _approvalDate?: Element;
    /**
     * When the plan definition was last reviewed
     *
     * The date on which the resource content was last reviewed. Review happens periodically after approval, but doesn't change the original approval date.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.lastReviewDate`
     * - Type date
     */
    lastReviewDate?: string;
    /** Extensions and id for `lastReviewDate` (FHIR JSON primitive extension, see PlanDefinition.lastReviewDate). */
    _lastReviewDate?: Element;
    /**
     * When the plan definition is expected to be used
     *
     * The period during which the plan definition content was or is planned to be in active use.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.effectivePeriod`
     * - Type Period
     */
    effectivePeriod?: Period;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate plan definition instances.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for plan definition (if applicable)
     *
     * A legal or geographic region in which the plan definition is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * E.g. Education, Treatment, Assessment, etc
     *
     * Descriptive topics related to the content of the plan definition. Topics provide a high-level categorization of the definition that can be useful for filtering and searching.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.topic`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/definition-topic (codes not enumerable here: example binding: not checked)
     */
    topic?: CodeableConcept[];
    /**
     * A content contributor
     *
     * A contributor to the content of the asset, including authors, editors, reviewers, and endorsers.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.contributor`
     * - Type Contributor
     */
    contributor?: Contributor[];
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Use and/or publishing restrictions
     *
     * A copyright statement relating to the plan definition and/or its contents. Copyright statements are generally legal restrictions on the use and publishing of the plan definition.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.copyright`
     * - Type markdown
     */
    copyright?: string;
    /** Extensions and id for `copyright` (FHIR JSON primitive extension, see PlanDefinition.copyright). */
    _copyright?: Element;
    /**
     * Related artifacts for the asset
     *
     * Related artifacts such as additional documentation, justification, or bibliographic references.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.relatedArtifact`
     * - Type RelatedArtifact
     */
    relatedArtifact?: RelatedArtifact[];
    /**
     * Logic used by the plan definition
     *
     * A reference to a Library resource containing any formal logic used by the plan definition.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.library`
     * - Type Reference
     */
    library?: Reference<'Library'>[];
    /**
     * What the plan is trying to accomplish
     *
     * Goals that describe what the activities within the plan are intended to achieve. For example, weight loss, restoring an activity of daily living, obtaining herd immunity via immunization, meeting a process improvement objective, etc.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.goal`
     * - Type BackboneElement
     */
    goal?: PlanDefinitionGoal[];
    /**
     * Action defined by the plan
     *
     * An action to be taken as part of the plan.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action`
     * - Type BackboneElement
     */
    action?: PlanDefinitionAction[];
}
/**
 * What the plan is trying to accomplish
 *
 * Goals that describe what the activities within the plan are intended to achieve. For example, weight loss, restoring an activity of daily living, obtaining herd immunity via immunization, meeting a process improvement objective, etc.
 *
 * - Cardinality 0..*
 * - FHIR path `PlanDefinition.goal`
 * - Type BackboneElement
 */
export interface PlanDefinitionGoal {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.goal.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PlanDefinition.goal.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.goal.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.goal.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * E.g. Treatment, dietary, behavioral, etc
     *
     * Indicates a category the goal falls within.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.goal.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/goal-category (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept;
    /**
     * Code or text describing the goal
     *
     * Human-readable and/or coded description of a specific desired objective of care, such as "control blood pressure" or "negotiate an obstacle course" or "dance with child at wedding".
     *
     * - Cardinality 1..1
     * - FHIR path `PlanDefinition.goal.description`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/clinical-findings (codes not enumerable here: example binding: not checked)
     */
    description: CodeableConcept;
    /**
     * high-priority | medium-priority | low-priority
     *
     * Identifies the expected level of importance associated with reaching/sustaining the defined goal.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.goal.priority`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/goal-priority (3 codes: high-priority, medium-priority, low-priority)
     */
    priority?: CodeableConcept;
    /**
     * When goal pursuit begins
     *
     * The event after which the goal should begin being pursued.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.goal.start`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/goal-start-event (codes not enumerable here: example binding: not checked)
     */
    start?: CodeableConcept;
    /**
     * What does the goal address
     *
     * Identifies problems, conditions, issues, or concerns the goal is intended to address.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.goal.addresses`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/condition-code (codes not enumerable here: example binding: not checked)
     */
    addresses?: CodeableConcept[];
    /**
     * Supporting documentation for the goal
     *
     * Didactic or other informational resources associated with the goal that provide further supporting information about the goal. Information resources can include inline text commentary and links to web resources.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.goal.documentation`
     * - Type RelatedArtifact
     */
    documentation?: RelatedArtifact[];
    /**
     * Target outcome for the goal
     *
     * Indicates what should be done and within what timeframe.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.goal.target`
     * - Type BackboneElement
     */
    target?: PlanDefinitionGoalTarget[];
}
/**
 * Target outcome for the goal
 *
 * Indicates what should be done and within what timeframe.
 *
 * - Cardinality 0..*
 * - FHIR path `PlanDefinition.goal.target`
 * - Type BackboneElement
 */
export interface PlanDefinitionGoalTarget {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.goal.target.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PlanDefinition.goal.target.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.goal.target.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.goal.target.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The parameter whose value is to be tracked
     *
     * The parameter whose value is to be tracked, e.g. body weigth, blood pressure, or hemoglobin A1c level.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.goal.target.measure`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/observation-codes (codes not enumerable here: example binding: not checked)
     */
    measure?: CodeableConcept;
    /**
     * The target value to be achieved
     *
     * The target value of the measure to be achieved to signify fulfillment of the goal, e.g. 150 pounds or 7.0%. Either the high or low or both values of the range can be specified. Whan a low value is missing, it indicates that the goal is achieved at any value at or below the high value. Similarly, if the high value is missing, it indicates that the goal is achieved at any value at or above the low value.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.goal.target.detail[x]`
     * - Type Quantity | Range | CodeableConcept
     */
    detailQuantity?: Quantity;
    /**
     * The target value to be achieved
     *
     * The target value of the measure to be achieved to signify fulfillment of the goal, e.g. 150 pounds or 7.0%. Either the high or low or both values of the range can be specified. Whan a low value is missing, it indicates that the goal is achieved at any value at or below the high value. Similarly, if the high value is missing, it indicates that the goal is achieved at any value at or above the low value.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.goal.target.detail[x]`
     * - Type Quantity | Range | CodeableConcept
     */
    detailRange?: Range;
    /**
     * The target value to be achieved
     *
     * The target value of the measure to be achieved to signify fulfillment of the goal, e.g. 150 pounds or 7.0%. Either the high or low or both values of the range can be specified. Whan a low value is missing, it indicates that the goal is achieved at any value at or below the high value. Similarly, if the high value is missing, it indicates that the goal is achieved at any value at or above the low value.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.goal.target.detail[x]`
     * - Type Quantity | Range | CodeableConcept
     */
    detailCodeableConcept?: CodeableConcept;
    /**
     * Reach goal within
     *
     * Indicates the timeframe after the start of the goal in which the goal should be met.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.goal.target.due`
     * - Type Duration
     */
    due?: Duration;
}
/**
 * Action defined by the plan
 *
 * An action to be taken as part of the plan.
 *
 * - Cardinality 0..*
 * - FHIR path `PlanDefinition.action`
 * - Type BackboneElement
 */
export interface PlanDefinitionAction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PlanDefinition.action.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * User-visible label for the action (e.g. 1. or A.)
     *
     * A user-visible label for the action.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.label`
     * - Type string
     */
    label?: string;
    /** Extensions and id for `label` (FHIR JSON primitive extension, see PlanDefinition.action.label). */
    _label?: Element;
    /**
     * User-visible title
     *
     * The title of the action displayed to a user.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see PlanDefinition.action.title). */
    _title?: Element;
    /**
     * Short description of the action
     *
     * A short description of the action used to provide a summary to display to the user.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see PlanDefinition.action.description). */
    _description?: Element;
    /**
     * Static text equivalent of the action, used if the dynamic aspects cannot be interpreted by the receiving system
     *
     * A text equivalent of the action to be performed. This provides a human-interpretable description of the action when the definition is consumed by a system that may not be capable of interpreting it dynamically.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.textEquivalent`
     * - Type string
     */
    textEquivalent?: string;
    /** Extensions and id for `textEquivalent` (FHIR JSON primitive extension, see PlanDefinition.action.textEquivalent). */
    _textEquivalent?: Element;
    /**
     * Code representing the meaning of the action or sub-actions
     *
     * A code that provides meaning for the action or action group. For example, a section may have a LOINC code for a the section of a documentation template.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.code`
     * - Type CodeableConcept
     */
    code?: CodeableConcept[];
    /**
     * Why the action should be performed
     *
     * A description of why this action is necessary or appropriate.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.reason`
     * - Type CodeableConcept
     */
    reason?: CodeableConcept[];
    /**
     * Supporting documentation for the intended performer of the action
     *
     * Didactic or other informational resources associated with the action that can be provided to the CDS recipient. Information resources can include inline text commentary and links to web resources.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.documentation`
     * - Type RelatedArtifact
     */
    documentation?: RelatedArtifact[];
    /**
     * What goals this action supports
     *
     * Identifies goals that this action supports. The reference must be to a goal element defined within this plan definition.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.goalId`
     * - Type id
     */
    goalId?: string[];
    /** Extensions and id for `goalId` (FHIR JSON primitive extension, see PlanDefinition.action.goalId). */
    _goalId?: (Element | null)[];
    /**
     * When the action should be triggered
     *
     * A description of when the action should be triggered.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.triggerDefinition`
     * - Type TriggerDefinition
     */
    triggerDefinition?: TriggerDefinition[];
    /**
     * Whether or not the action is applicable
     *
     * An expression that describes applicability criteria, or start/stop conditions for the action.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.condition`
     * - Type BackboneElement
     */
    condition?: PlanDefinitionActionCondition[];
    /**
     * Input data requirements
     *
     * Defines input data requirements for the action.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.input`
     * - Type DataRequirement
     */
    input?: DataRequirement[];
    /**
     * Output data definition
     *
     * Defines the outputs of the action, if any.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.output`
     * - Type DataRequirement
     */
    output?: DataRequirement[];
    /**
     * Relationship to another action
     *
     * A relationship to another action such as "before" or "30-60 minutes after start of".
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.relatedAction`
     * - Type BackboneElement
     */
    relatedAction?: PlanDefinitionActionRelatedAction[];
    /**
     * When the action should take place
     *
     * An optional value describing when the action should be performed.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.timing[x]`
     * - Type dateTime | Period | Duration | Range | Timing
     */
    timingDateTime?: string;
    /** Extensions and id for `timingDateTime` (FHIR JSON primitive extension, see PlanDefinition.action.timing[x]). */
    _timingDateTime?: Element;
    /**
     * When the action should take place
     *
     * An optional value describing when the action should be performed.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.timing[x]`
     * - Type dateTime | Period | Duration | Range | Timing
     */
    timingPeriod?: Period;
    /**
     * When the action should take place
     *
     * An optional value describing when the action should be performed.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.timing[x]`
     * - Type dateTime | Period | Duration | Range | Timing
     */
    timingDuration?: Duration;
    /**
     * When the action should take place
     *
     * An optional value describing when the action should be performed.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.timing[x]`
     * - Type dateTime | Period | Duration | Range | Timing
     */
    timingRange?: Range;
    /**
     * When the action should take place
     *
     * An optional value describing when the action should be performed.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.timing[x]`
     * - Type dateTime | Period | Duration | Range | Timing
     */
    timingTiming?: Timing;
    /**
     * Who should participate in the action
     *
     * Indicates who should participate in performing the action described.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.participant`
     * - Type BackboneElement
     */
    participant?: PlanDefinitionActionParticipant[];
    /**
     * create | update | remove | fire-event
     *
     * The type of action to perform (create, update, remove).
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.type`
     * - Type Coding
     * - Binding required to http://hl7.org/fhir/ValueSet/action-type (4 codes: create, update, remove, fire-event)
     */
    type?: Coding<'create' | 'fire-event' | 'remove' | 'update'>;
    /**
     * visual-group | logical-group | sentence-group
     *
     * Defines the grouping behavior for the action and its children.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.groupingBehavior`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/action-grouping-behavior (3 codes: visual-group, logical-group, sentence-group)
     */
    groupingBehavior?: 'logical-group' | 'sentence-group' | 'visual-group';
    /** Extensions and id for `groupingBehavior` (FHIR JSON primitive extension, see PlanDefinition.action.groupingBehavior). */
    _groupingBehavior?: Element;
    /**
     * any | all | all-or-none | exactly-one | at-most-one | one-or-more
     *
     * Defines the selection behavior for the action and its children.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.selectionBehavior`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/action-selection-behavior (6 codes: any, all, all-or-none, exactly-one, at-most-one, one-or-more)
     */
    selectionBehavior?: 'all' | 'all-or-none' | 'any' | 'at-most-one' | 'exactly-one' | 'one-or-more';
    /** Extensions and id for `selectionBehavior` (FHIR JSON primitive extension, see PlanDefinition.action.selectionBehavior). */
    _selectionBehavior?: Element;
    /**
     * must | could | must-unless-documented
     *
     * Defines the requiredness behavior for the action.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.requiredBehavior`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/action-required-behavior (3 codes: must, could, must-unless-documented)
     */
    requiredBehavior?: 'could' | 'must' | 'must-unless-documented';
    /** Extensions and id for `requiredBehavior` (FHIR JSON primitive extension, see PlanDefinition.action.requiredBehavior). */
    _requiredBehavior?: Element;
    /**
     * yes | no
     *
     * Defines whether the action should usually be preselected.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.precheckBehavior`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/action-precheck-behavior (2 codes: yes, no)
     */
    precheckBehavior?: 'no' | 'yes';
    /** Extensions and id for `precheckBehavior` (FHIR JSON primitive extension, see PlanDefinition.action.precheckBehavior). */
    _precheckBehavior?: Element;
    /**
     * single | multiple
     *
     * Defines whether the action can be selected multiple times.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.cardinalityBehavior`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/action-cardinality-behavior (2 codes: single, multiple)
     */
    cardinalityBehavior?: 'multiple' | 'single';
    /** Extensions and id for `cardinalityBehavior` (FHIR JSON primitive extension, see PlanDefinition.action.cardinalityBehavior). */
    _cardinalityBehavior?: Element;
    /**
     * Description of the activity to be performed
     *
     * A reference to an ActivityDefinition that describes the action to be taken in detail, or a PlanDefinition that describes a series of actions to be taken.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.definition`
     * - Type Reference
     */
    definition?: Reference<'ActivityDefinition' | 'PlanDefinition'>;
    /**
     * Transform to apply the template
     *
     * A reference to a StructureMap resource that defines a transform that can be executed to produce the intent resource using the ActivityDefinition instance as the input.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.transform`
     * - Type Reference
     */
    transform?: Reference<'StructureMap'>;
    /**
     * Dynamic aspects of the definition
     *
     * Customizations that should be applied to the statically defined resource. For example, if the dosage of a medication must be computed based on the patient's weight, a customization would be used to specify an expression that calculated the weight, and the path on the resource that would contain the result.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.dynamicValue`
     * - Type BackboneElement
     */
    dynamicValue?: PlanDefinitionActionDynamicValue[];
    /**
     * A sub-action
     *
     * Sub actions that are contained within the action. The behavior of this action determines the functionality of the sub-actions. For example, a selection behavior of at-most-one indicates that of the sub-actions, at most one may be chosen as part of realizing the action definition.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.action`
     */
    action?: PlanDefinitionAction[];
}
/**
 * Whether or not the action is applicable
 *
 * An expression that describes applicability criteria, or start/stop conditions for the action.
 *
 * - Cardinality 0..*
 * - FHIR path `PlanDefinition.action.condition`
 * - Type BackboneElement
 */
export interface PlanDefinitionActionCondition {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.condition.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PlanDefinition.action.condition.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.condition.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.condition.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * applicability | start | stop
     *
     * The kind of condition.
     *
     * - Cardinality 1..1
     * - FHIR path `PlanDefinition.action.condition.kind`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/action-condition-kind (3 codes: applicability, start, stop)
     */
    kind: 'applicability' | 'start' | 'stop';
    /** Extensions and id for `kind` (FHIR JSON primitive extension, see PlanDefinition.action.condition.kind). */
    _kind?: Element;
    /**
     * Natural language description of the condition
     *
     * A brief, natural language description of the condition that effectively communicates the intended semantics.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.condition.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see PlanDefinition.action.condition.description). */
    _description?: Element;
    /**
     * Language of the expression
     *
     * The media type of the language for the expression.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.condition.language`
     * - Type string
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see PlanDefinition.action.condition.language). */
    _language?: Element;
    /**
     * Boolean-valued expression
     *
     * An expression that returns true or false, indicating whether or not the condition is satisfied.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.condition.expression`
     * - Type string
     */
    expression?: string;
    /** Extensions and id for `expression` (FHIR JSON primitive extension, see PlanDefinition.action.condition.expression). */
    _expression?: Element;
}
/**
 * Relationship to another action
 *
 * A relationship to another action such as "before" or "30-60 minutes after start of".
 *
 * - Cardinality 0..*
 * - FHIR path `PlanDefinition.action.relatedAction`
 * - Type BackboneElement
 */
export interface PlanDefinitionActionRelatedAction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.relatedAction.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PlanDefinition.action.relatedAction.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.relatedAction.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.relatedAction.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * What action is this related to
     *
     * The element id of the related action.
     *
     * - Cardinality 1..1
     * - FHIR path `PlanDefinition.action.relatedAction.actionId`
     * - Type id
     */
    actionId: string;
    /** Extensions and id for `actionId` (FHIR JSON primitive extension, see PlanDefinition.action.relatedAction.actionId). */
    _actionId?: Element;
    /**
     * before-start | before | before-end | concurrent-with-start | concurrent | concurrent-with-end | after-start | after | after-end
     *
     * The relationship of this action to the related action.
     *
     * - Cardinality 1..1
     * - FHIR path `PlanDefinition.action.relatedAction.relationship`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/action-relationship-type (9 codes: before-start, before, before-end, concurrent-with-start, concurrent, concurrent-with-end, after-start, after, after-end)
     */
    relationship: 'after' | 'after-end' | 'after-start' | 'before' | 'before-end' | 'before-start' | 'concurrent' | 'concurrent-with-end' | 'concurrent-with-start';
    /** Extensions and id for `relationship` (FHIR JSON primitive extension, see PlanDefinition.action.relatedAction.relationship). */
    _relationship?: Element;
    /**
     * Time offset for the relationship
     *
     * A duration or range of durations to apply to the relationship. For example, 30-60 minutes before.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.relatedAction.offset[x]`
     * - Type Duration | Range
     */
    offsetDuration?: Duration;
    /**
     * Time offset for the relationship
     *
     * A duration or range of durations to apply to the relationship. For example, 30-60 minutes before.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.relatedAction.offset[x]`
     * - Type Duration | Range
     */
    offsetRange?: Range;
}
/**
 * Who should participate in the action
 *
 * Indicates who should participate in performing the action described.
 *
 * - Cardinality 0..*
 * - FHIR path `PlanDefinition.action.participant`
 * - Type BackboneElement
 */
export interface PlanDefinitionActionParticipant {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.participant.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PlanDefinition.action.participant.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.participant.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.participant.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * patient | practitioner | related-person
     *
     * The type of participant in the action.
     *
     * - Cardinality 1..1
     * - FHIR path `PlanDefinition.action.participant.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/action-participant-type (3 codes: patient, practitioner, related-person)
     */
    type: 'patient' | 'practitioner' | 'related-person';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see PlanDefinition.action.participant.type). */
    _type?: Element;
    /**
     * E.g. Nurse, Surgeon, Parent, etc
     *
     * The role the participant should play in performing the described action.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.participant.role`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/action-participant-role (codes not enumerable here: example binding: not checked)
     */
    role?: CodeableConcept;
}
/**
 * Dynamic aspects of the definition
 *
 * Customizations that should be applied to the statically defined resource. For example, if the dosage of a medication must be computed based on the patient's weight, a customization would be used to specify an expression that calculated the weight, and the path on the resource that would contain the result.
 *
 * - Cardinality 0..*
 * - FHIR path `PlanDefinition.action.dynamicValue`
 * - Type BackboneElement
 */
export interface PlanDefinitionActionDynamicValue {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.dynamicValue.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PlanDefinition.action.dynamicValue.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.dynamicValue.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `PlanDefinition.action.dynamicValue.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Natural language description of the dynamic value
     *
     * A brief, natural language description of the intended semantics of the dynamic value.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.dynamicValue.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see PlanDefinition.action.dynamicValue.description). */
    _description?: Element;
    /**
     * The path to the element to be set dynamically
     *
     * The path to the element to be customized. This is the path on the resource that will hold the result of the calculation defined by the expression.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.dynamicValue.path`
     * - Type string
     */
    path?: string;
    /** Extensions and id for `path` (FHIR JSON primitive extension, see PlanDefinition.action.dynamicValue.path). */
    _path?: Element;
    /**
     * Language of the expression
     *
     * The media type of the language for the expression.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.dynamicValue.language`
     * - Type string
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see PlanDefinition.action.dynamicValue.language). */
    _language?: Element;
    /**
     * An expression that provides the dynamic value for the customization
     *
     * An expression specifying the value of the customized element.
     *
     * - Cardinality 0..1
     * - FHIR path `PlanDefinition.action.dynamicValue.expression`
     * - Type string
     */
    expression?: string;
    /** Extensions and id for `expression` (FHIR JSON primitive extension, see PlanDefinition.action.dynamicValue.expression). */
    _expression?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkPlanDefinition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPlanDefinitionGoal(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPlanDefinitionAction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPlanDefinitionGoalTarget(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPlanDefinitionActionCondition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPlanDefinitionActionRelatedAction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPlanDefinitionActionParticipant(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPlanDefinitionActionDynamicValue(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against PlanDefinition (http://hl7.org/fhir/StructureDefinition/PlanDefinition).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validatePlanDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validatePlanDefinition} with the same options reports no error or fatal issue: PlanDefinition (http://hl7.org/fhir/StructureDefinition/PlanDefinition). */
export declare function isPlanDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is PlanDefinition;
/** Input of {@link buildPlanDefinition}: a {@link PlanDefinition} without what the builder fills in. */
export type PlanDefinitionInput = BuilderInput<PlanDefinition, 'resourceType', {
    action?: PlanDefinitionActionInput[];
}>;
/** Input of {@link PlanDefinitionAction} (`PlanDefinition.action`): what the builder fills may be left out. */
export type PlanDefinitionActionInput = PlanDefinitionAction;
/**
 * Builds a {@link PlanDefinition} (PlanDefinition, http://hl7.org/fhir/StructureDefinition/PlanDefinition).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "PlanDefinition"
 * - fixed parts inside `action` (see its input type)
 *
 * The result is checked with {@link validatePlanDefinition}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildPlanDefinition(input: PlanDefinitionInput): PlanDefinition;
