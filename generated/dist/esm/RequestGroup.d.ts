import { type Annotation } from './Annotation.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type Duration } from './Duration.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Range } from './Range.js';
import { type Reference } from './Reference.js';
import { type RelatedArtifact } from './RelatedArtifact.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type Timing } from './Timing.js';
/**
 * RequestGroup
 *
 * Base StructureDefinition for RequestGroup Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/RequestGroup
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface RequestGroup {
    /** The FHIR resource type. */
    resourceType: 'RequestGroup';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see RequestGroup.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see RequestGroup.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see RequestGroup.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business identifier
     *
     * Allows a service to provide a unique, business identifier for the request.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Instantiates protocol or definition
     *
     * A protocol, guideline, orderset or other definition that is adhered to in whole or in part by this request.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.definition`
     * - Type Reference
     */
    definition?: Reference[];
    /**
     * Fulfills plan, proposal, or order
     *
     * A plan, proposal or order that is fulfilled in whole or in part by this request.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.basedOn`
     * - Type Reference
     */
    basedOn?: Reference[];
    /**
     * Request(s) replaced by this request
     *
     * Completed or terminated request(s) whose function is taken by this new request.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.replaces`
     * - Type Reference
     */
    replaces?: Reference[];
    /**
     * Composite request this is part of
     *
     * A shared identifier common to all requests that were authorized more or less simultaneously by a single author, representing the identifier of the requisition, prescription or similar form.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.groupIdentifier`
     * - Type Identifier
     */
    groupIdentifier?: Identifier;
    /**
     * draft | active | suspended | cancelled | completed | entered-in-error | unknown
     *
     * The current state of the request. For request groups, the status reflects the status of all the requests in the group.
     *
     * - Cardinality 1..1
     * - FHIR path `RequestGroup.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/request-status (7 codes: draft, active, suspended, cancelled, completed, entered-in-error, unknown)
     */
    status: 'active' | 'cancelled' | 'completed' | 'draft' | 'entered-in-error' | 'suspended' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see RequestGroup.status). */
    _status?: Element;
    /**
     * proposal | plan | order
     *
     * Indicates the level of authority/intentionality associated with the request and where the request fits into the workflow chain.
     *
     * - Cardinality 1..1
     * - FHIR path `RequestGroup.intent`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/request-intent (8 codes: proposal, plan, order, original-order, reflex-order, filler-order, instance-order, option)
     */
    intent: 'filler-order' | 'instance-order' | 'option' | 'order' | 'original-order' | 'plan' | 'proposal' | 'reflex-order';
    /** Extensions and id for `intent` (FHIR JSON primitive extension, see RequestGroup.intent). */
    _intent?: Element;
    /**
     * routine | urgent | asap | stat
     *
     * Indicates how quickly the request should be addressed with respect to other requests.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.priority`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/request-priority (4 codes: routine, urgent, asap, stat)
     */
    priority?: 'asap' | 'routine' | 'stat' | 'urgent';
    /** Extensions and id for `priority` (FHIR JSON primitive extension, see RequestGroup.priority). */
    _priority?: Element;
    /**
     * Who the request group is about
     *
     * The subject for which the request group was created.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.subject`
     * - Type Reference
     */
    subject?: Reference<'Group' | 'Patient'>;
    /**
     * Encounter or Episode for the request group
     *
     * Describes the context of the request group, if any.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * When the request group was authored
     *
     * Indicates when the request group was created.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.authoredOn`
     * - Type dateTime
     */
    authoredOn?: string;
    /** Extensions and id for `authoredOn` (FHIR JSON primitive extension, see RequestGroup.authoredOn). */
    _authoredOn?: Element;
    /**
     * Device or practitioner that authored the request group
     *
     * Provides a reference to the author of the request group.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.author`
     * - Type Reference
     */
    author?: Reference<'Device' | 'Practitioner'>;
    /**
     * Reason for the request group
     *
     * Indicates the reason the request group was created. This is typically provided as a parameter to the evaluation and echoed by the service, although for some use cases, such as subscription- or event-based scenarios, it may provide an indication of the cause for the response.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.reason[x]`
     * - Type CodeableConcept | Reference
     */
    reasonCodeableConcept?: CodeableConcept;
    /**
     * Reason for the request group
     *
     * Indicates the reason the request group was created. This is typically provided as a parameter to the evaluation and echoed by the service, although for some use cases, such as subscription- or event-based scenarios, it may provide an indication of the cause for the response.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.reason[x]`
     * - Type CodeableConcept | Reference
     */
    reasonReference?: Reference;
    /**
     * Additional notes about the response
     *
     * Provides a mechanism to communicate additional information about the response.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.note`
     * - Type Annotation
     */
    note?: Annotation[];
    /**
     * Proposed actions, if any
     *
     * The actions, if any, produced by the evaluation of the artifact.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.action`
     * - Type BackboneElement
     */
    action?: RequestGroupAction[];
}
/**
 * Proposed actions, if any
 *
 * The actions, if any, produced by the evaluation of the artifact.
 *
 * - Cardinality 0..*
 * - FHIR path `RequestGroup.action`
 * - Type BackboneElement
 */
export interface RequestGroupAction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see RequestGroup.action.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.action.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.action.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * User-visible label for the action (e.g. 1. or A.)
     *
     * A user-visible label for the action.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.label`
     * - Type string
     */
    label?: string;
    /** Extensions and id for `label` (FHIR JSON primitive extension, see RequestGroup.action.label). */
    _label?: Element;
    /**
     * User-visible title
     *
     * The title of the action displayed to a user.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see RequestGroup.action.title). */
    _title?: Element;
    /**
     * Short description of the action
     *
     * A short description of the action used to provide a summary to display to the user.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see RequestGroup.action.description). */
    _description?: Element;
    /**
     * Static text equivalent of the action, used if the dynamic aspects cannot be interpreted by the receiving system
     *
     * A text equivalent of the action to be performed. This provides a human-interpretable description of the action when the definition is consumed by a system that may not be capable of interpreting it dynamically.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.textEquivalent`
     * - Type string
     */
    textEquivalent?: string;
    /** Extensions and id for `textEquivalent` (FHIR JSON primitive extension, see RequestGroup.action.textEquivalent). */
    _textEquivalent?: Element;
    /**
     * Code representing the meaning of the action or sub-actions
     *
     * A code that provides meaning for the action or action group. For example, a section may have a LOINC code for a the section of a documentation template.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.action.code`
     * - Type CodeableConcept
     */
    code?: CodeableConcept[];
    /**
     * Supporting documentation for the intended performer of the action
     *
     * Didactic or other informational resources associated with the action that can be provided to the CDS recipient. Information resources can include inline text commentary and links to web resources.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.action.documentation`
     * - Type RelatedArtifact
     */
    documentation?: RelatedArtifact[];
    /**
     * Whether or not the action is applicable
     *
     * An expression that describes applicability criteria, or start/stop conditions for the action.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.action.condition`
     * - Type BackboneElement
     */
    condition?: RequestGroupActionCondition[];
    /**
     * Relationship to another action
     *
     * A relationship to another action such as "before" or "30-60 minutes after start of".
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.action.relatedAction`
     * - Type BackboneElement
     */
    relatedAction?: RequestGroupActionRelatedAction[];
    /**
     * When the action should take place
     *
     * An optional value describing when the action should be performed.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.timing[x]`
     * - Type dateTime | Period | Duration | Range | Timing
     */
    timingDateTime?: string;
    /** Extensions and id for `timingDateTime` (FHIR JSON primitive extension, see RequestGroup.action.timing[x]). */
    _timingDateTime?: Element;
    /**
     * When the action should take place
     *
     * An optional value describing when the action should be performed.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.timing[x]`
     * - Type dateTime | Period | Duration | Range | Timing
     */
    timingPeriod?: Period;
    /**
     * When the action should take place
     *
     * An optional value describing when the action should be performed.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.timing[x]`
     * - Type dateTime | Period | Duration | Range | Timing
     */
    timingDuration?: Duration;
    /**
     * When the action should take place
     *
     * An optional value describing when the action should be performed.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.timing[x]`
     * - Type dateTime | Period | Duration | Range | Timing
     */
    timingRange?: Range;
    /**
     * When the action should take place
     *
     * An optional value describing when the action should be performed.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.timing[x]`
     * - Type dateTime | Period | Duration | Range | Timing
     */
    timingTiming?: Timing;
    /**
     * Who should perform the action
     *
     * The participant that should perform or be responsible for this action.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.action.participant`
     * - Type Reference
     */
    participant?: Reference<'Patient' | 'Person' | 'Practitioner' | 'RelatedPerson'>[];
    /**
     * create | update | remove | fire-event
     *
     * The type of action to perform (create, update, remove).
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.type`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/action-type (4 codes: create, update, remove, fire-event)
     */
    type?: Coding;
    /**
     * visual-group | logical-group | sentence-group
     *
     * Defines the grouping behavior for the action and its children.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.groupingBehavior`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/action-grouping-behavior (3 codes: visual-group, logical-group, sentence-group)
     */
    groupingBehavior?: 'logical-group' | 'sentence-group' | 'visual-group';
    /** Extensions and id for `groupingBehavior` (FHIR JSON primitive extension, see RequestGroup.action.groupingBehavior). */
    _groupingBehavior?: Element;
    /**
     * any | all | all-or-none | exactly-one | at-most-one | one-or-more
     *
     * Defines the selection behavior for the action and its children.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.selectionBehavior`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/action-selection-behavior (6 codes: any, all, all-or-none, exactly-one, at-most-one, one-or-more)
     */
    selectionBehavior?: 'all' | 'all-or-none' | 'any' | 'at-most-one' | 'exactly-one' | 'one-or-more';
    /** Extensions and id for `selectionBehavior` (FHIR JSON primitive extension, see RequestGroup.action.selectionBehavior). */
    _selectionBehavior?: Element;
    /**
     * must | could | must-unless-documented
     *
     * Defines the requiredness behavior for the action.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.requiredBehavior`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/action-required-behavior (3 codes: must, could, must-unless-documented)
     */
    requiredBehavior?: 'could' | 'must' | 'must-unless-documented';
    /** Extensions and id for `requiredBehavior` (FHIR JSON primitive extension, see RequestGroup.action.requiredBehavior). */
    _requiredBehavior?: Element;
    /**
     * yes | no
     *
     * Defines whether the action should usually be preselected.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.precheckBehavior`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/action-precheck-behavior (2 codes: yes, no)
     */
    precheckBehavior?: 'no' | 'yes';
    /** Extensions and id for `precheckBehavior` (FHIR JSON primitive extension, see RequestGroup.action.precheckBehavior). */
    _precheckBehavior?: Element;
    /**
     * single | multiple
     *
     * Defines whether the action can be selected multiple times.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.cardinalityBehavior`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/action-cardinality-behavior (2 codes: single, multiple)
     */
    cardinalityBehavior?: 'multiple' | 'single';
    /** Extensions and id for `cardinalityBehavior` (FHIR JSON primitive extension, see RequestGroup.action.cardinalityBehavior). */
    _cardinalityBehavior?: Element;
    /**
     * The target of the action
     *
     * The resource that is the target of the action (e.g. CommunicationRequest).
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.resource`
     * - Type Reference
     */
    resource?: Reference;
    /**
     * Sub action
     *
     * Sub actions.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.action.action`
     */
    action?: RequestGroupAction[];
}
/**
 * Whether or not the action is applicable
 *
 * An expression that describes applicability criteria, or start/stop conditions for the action.
 *
 * - Cardinality 0..*
 * - FHIR path `RequestGroup.action.condition`
 * - Type BackboneElement
 */
export interface RequestGroupActionCondition {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.condition.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see RequestGroup.action.condition.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.action.condition.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.action.condition.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * applicability | start | stop
     *
     * The kind of condition.
     *
     * - Cardinality 1..1
     * - FHIR path `RequestGroup.action.condition.kind`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/action-condition-kind (3 codes: applicability, start, stop)
     */
    kind: 'applicability' | 'start' | 'stop';
    /** Extensions and id for `kind` (FHIR JSON primitive extension, see RequestGroup.action.condition.kind). */
    _kind?: Element;
    /**
     * Natural language description of the condition
     *
     * A brief, natural language description of the condition that effectively communicates the intended semantics.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.condition.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see RequestGroup.action.condition.description). */
    _description?: Element;
    /**
     * Language of the expression
     *
     * The media type of the language for the expression.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.condition.language`
     * - Type string
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see RequestGroup.action.condition.language). */
    _language?: Element;
    /**
     * Boolean-valued expression
     *
     * An expression that returns true or false, indicating whether or not the condition is satisfied.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.condition.expression`
     * - Type string
     */
    expression?: string;
    /** Extensions and id for `expression` (FHIR JSON primitive extension, see RequestGroup.action.condition.expression). */
    _expression?: Element;
}
/**
 * Relationship to another action
 *
 * A relationship to another action such as "before" or "30-60 minutes after start of".
 *
 * - Cardinality 0..*
 * - FHIR path `RequestGroup.action.relatedAction`
 * - Type BackboneElement
 */
export interface RequestGroupActionRelatedAction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.relatedAction.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see RequestGroup.action.relatedAction.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.action.relatedAction.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `RequestGroup.action.relatedAction.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * What action this is related to
     *
     * The element id of the action this is related to.
     *
     * - Cardinality 1..1
     * - FHIR path `RequestGroup.action.relatedAction.actionId`
     * - Type id
     */
    actionId: string;
    /** Extensions and id for `actionId` (FHIR JSON primitive extension, see RequestGroup.action.relatedAction.actionId). */
    _actionId?: Element;
    /**
     * before-start | before | before-end | concurrent-with-start | concurrent | concurrent-with-end | after-start | after | after-end
     *
     * The relationship of this action to the related action.
     *
     * - Cardinality 1..1
     * - FHIR path `RequestGroup.action.relatedAction.relationship`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/action-relationship-type (9 codes: before-start, before, before-end, concurrent-with-start, concurrent, concurrent-with-end, after-start, after, after-end)
     */
    relationship: 'after' | 'after-end' | 'after-start' | 'before' | 'before-end' | 'before-start' | 'concurrent' | 'concurrent-with-end' | 'concurrent-with-start';
    /** Extensions and id for `relationship` (FHIR JSON primitive extension, see RequestGroup.action.relatedAction.relationship). */
    _relationship?: Element;
    /**
     * Time offset for the relationship
     *
     * A duration or range of durations to apply to the relationship. For example, 30-60 minutes before.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.relatedAction.offset[x]`
     * - Type Duration | Range
     */
    offsetDuration?: Duration;
    /**
     * Time offset for the relationship
     *
     * A duration or range of durations to apply to the relationship. For example, 30-60 minutes before.
     *
     * - Cardinality 0..1
     * - FHIR path `RequestGroup.action.relatedAction.offset[x]`
     * - Type Duration | Range
     */
    offsetRange?: Range;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkRequestGroup(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkRequestGroupAction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkRequestGroupActionCondition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkRequestGroupActionRelatedAction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against RequestGroup (http://hl7.org/fhir/StructureDefinition/RequestGroup).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateRequestGroup(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateRequestGroup} with the same options reports no error or fatal issue: RequestGroup (http://hl7.org/fhir/StructureDefinition/RequestGroup). */
export declare function isRequestGroup(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is RequestGroup;
/** Input of {@link buildRequestGroup}: a {@link RequestGroup} without what the builder fills in. */
export type RequestGroupInput = BuilderInput<RequestGroup, 'resourceType'>;
/**
 * Builds a {@link RequestGroup} (RequestGroup, http://hl7.org/fhir/StructureDefinition/RequestGroup).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "RequestGroup"
 *
 * The result is checked with {@link validateRequestGroup}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildRequestGroup(input: RequestGroupInput): RequestGroup;
