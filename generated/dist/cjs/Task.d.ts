import { type Address } from './Address.js';
import { type Age } from './Age.js';
import { type Annotation } from './Annotation.js';
import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type ContactPoint } from './ContactPoint.js';
import { type Count } from './Count.js';
import { type Distance } from './Distance.js';
import { type Duration } from './Duration.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type HumanName } from './HumanName.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Money } from './Money.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Quantity } from './Quantity.js';
import { type Range } from './Range.js';
import { type Ratio } from './Ratio.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type SampledData } from './SampledData.js';
import { type Signature } from './Signature.js';
import { type Timing } from './Timing.js';
/**
 * Task
 *
 * Base StructureDefinition for Task Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Task
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Task {
    /** The FHIR resource type. */
    resourceType: 'Task';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Task.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Task.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Task.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Task Instance Identifier
     *
     * The business identifier for this task.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Formal definition of task
     *
     * A reference to a formal or informal definition of the task.  For example, a protocol, a step within a defined workflow definition, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.definition[x]`
     * - Type uri | Reference
     */
    definitionUri?: string;
    /** Extensions and id for `definitionUri` (FHIR JSON primitive extension, see Task.definition[x]). */
    _definitionUri?: Element;
    /**
     * Formal definition of task
     *
     * A reference to a formal or informal definition of the task.  For example, a protocol, a step within a defined workflow definition, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.definition[x]`
     * - Type uri | Reference
     */
    definitionReference?: Reference<'ActivityDefinition'>;
    /**
     * Request fulfilled by this task
     *
     * BasedOn refers to a higher-level authorization that triggered the creation of the task.  It references a "request" resource such as a ProcedureRequest, MedicationRequest, ProcedureRequest, CarePlan, etc. which is distinct from the "request" resource the task is seeking to fulfil.  This latter resource is referenced by FocusOn.  For example, based on a ProcedureRequest (= BasedOn), a task is created to fulfil a procedureRequest ( = FocusOn ) to collect a specimen from a patient.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.basedOn`
     * - Type Reference
     */
    basedOn?: Reference[];
    /**
     * Requisition or grouper id
     *
     * An identifier that links together multiple tasks and other requests that were created in the same context.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.groupIdentifier`
     * - Type Identifier
     */
    groupIdentifier?: Identifier;
    /**
     * Composite task
     *
     * Task that this particular task is part of.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.partOf`
     * - Type Reference
     */
    partOf?: Reference<'Task'>[];
    /**
     * draft | requested | received | accepted | +
     *
     * The current status of the task.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/task-status (12 codes: draft, requested, received, accepted, rejected, ready, cancelled, in-progress, on-hold, failed, completed, entered-in-error)
     */
    status: 'accepted' | 'cancelled' | 'completed' | 'draft' | 'entered-in-error' | 'failed' | 'in-progress' | 'on-hold' | 'ready' | 'received' | 'rejected' | 'requested';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Task.status). */
    _status?: Element;
    /**
     * Reason for current status
     *
     * An explanation as to why this task is held, failed, was refused, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.statusReason`
     * - Type CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    statusReason?: CodeableConcept;
    /**
     * E.g. "Specimen collected", "IV prepped"
     *
     * Contains business-specific nuances of the business state.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.businessStatus`
     * - Type CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    businessStatus?: CodeableConcept;
    /**
     * proposal | plan | order +
     *
     * Indicates the "level" of actionability associated with the Task.  I.e. Is this a proposed task, a planned task, an actionable task, etc.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.intent`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/request-intent (8 codes: proposal, plan, order, original-order, reflex-order, filler-order, instance-order, option)
     */
    intent: 'filler-order' | 'instance-order' | 'option' | 'order' | 'original-order' | 'plan' | 'proposal' | 'reflex-order';
    /** Extensions and id for `intent` (FHIR JSON primitive extension, see Task.intent). */
    _intent?: Element;
    /**
     * normal | urgent | asap | stat
     *
     * Indicates how quickly the Task should be addressed with respect to other requests.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.priority`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/request-priority (4 codes: routine, urgent, asap, stat)
     */
    priority?: 'asap' | 'routine' | 'stat' | 'urgent';
    /** Extensions and id for `priority` (FHIR JSON primitive extension, see Task.priority). */
    _priority?: Element;
    /**
     * Task Type
     *
     * A name or code (or both) briefly describing what the task involves.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.code`
     * - Type CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    code?: CodeableConcept;
    /**
     * Human-readable explanation of task
     *
     * A free-text description of what is to be performed.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see Task.description). */
    _description?: Element;
    /**
     * What task is acting on
     *
     * The request being actioned or the resource being manipulated by this task.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.focus`
     * - Type Reference
     */
    focus?: Reference;
    /**
     * Beneficiary of the Task
     *
     * The entity who benefits from the performance of the service specified in the task (e.g., the patient).
     *
     * - Cardinality 0..1
     * - FHIR path `Task.for`
     * - Type Reference
     */
    for?: Reference;
    /**
     * Healthcare event during which this task originated
     *
     * The healthcare event  (e.g. a patient and healthcare provider interaction) during which this task was created.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * Start and end time of execution
     *
     * Identifies the time action was first taken against the task (start) and/or the time final action was taken against the task prior to marking it as completed (end).
     *
     * - Cardinality 0..1
     * - FHIR path `Task.executionPeriod`
     * - Type Period
     */
    executionPeriod?: Period;
    /**
     * Task Creation Date
     *
     * The date and time this task was created.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.authoredOn`
     * - Type dateTime
     */
    authoredOn?: string;
    /** Extensions and id for `authoredOn` (FHIR JSON primitive extension, see Task.authoredOn). */
    _authoredOn?: Element;
    /**
     * Task Last Modified Date
     *
     * The date and time of last modification to this task.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.lastModified`
     * - Type dateTime
     */
    lastModified?: string;
    /** Extensions and id for `lastModified` (FHIR JSON primitive extension, see Task.lastModified). */
    _lastModified?: Element;
    /**
     * Who is asking for task to be done
     *
     * The creator of the task.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.requester`
     * - Type BackboneElement
     */
    requester?: TaskRequester;
    /**
     * requester | dispatcher | scheduler | performer | monitor | manager | acquirer | reviewer
     *
     * The type of participant that can execute the task.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.performerType`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/task-performer-type (8 codes: requester, dispatcher, scheduler, performer, monitor, manager, acquirer, reviewer)
     */
    performerType?: CodeableConcept[];
    /**
     * Responsible individual
     *
     * Individual organization or Device currently responsible for task execution.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.owner`
     * - Type Reference
     */
    owner?: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Why task is needed
     *
     * A description or code indicating why this task needs to be performed.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.reason`
     * - Type CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    reason?: CodeableConcept;
    /**
     * Comments made about the task
     *
     * Free-text information captured about the task as it progresses.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.note`
     * - Type Annotation
     */
    note?: Annotation[];
    /**
     * Key events in history of the Task
     *
     * Links to Provenance records for past versions of this Task that identify key state transitions or updates that are likely to be relevant to a user looking at the current version of the task.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.relevantHistory`
     * - Type Reference
     */
    relevantHistory?: Reference<'Provenance'>[];
    /**
     * Constraints on fulfillment tasks
     *
     * If the Task.focus is a request resource and the task is seeking fulfillment (i.e is asking for the request to be actioned), this element identifies any limitations on what parts of the referenced request should be actioned.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.restriction`
     * - Type BackboneElement
     */
    restriction?: TaskRestriction;
    /**
     * Information used to perform task
     *
     * Additional information that may be needed in the execution of the task.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.input`
     * - Type BackboneElement
     */
    input?: TaskInput[];
    /**
     * Information produced as part of task
     *
     * Outputs produced by the Task.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.output`
     * - Type BackboneElement
     */
    output?: TaskOutput[];
}
/**
 * Who is asking for task to be done
 *
 * The creator of the task.
 *
 * - Cardinality 0..1
 * - FHIR path `Task.requester`
 * - Type BackboneElement
 */
export interface TaskRequester {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.requester.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Task.requester.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.requester.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.requester.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Individual asking for task
     *
     * The device, practitioner, etc. who initiated the task.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.requester.agent`
     * - Type Reference
     */
    agent: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Organization individual is acting for
     *
     * The organization the device or practitioner was acting on behalf of when they initiated the task.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.requester.onBehalfOf`
     * - Type Reference
     */
    onBehalfOf?: Reference<'Organization'>;
}
/**
 * Constraints on fulfillment tasks
 *
 * If the Task.focus is a request resource and the task is seeking fulfillment (i.e is asking for the request to be actioned), this element identifies any limitations on what parts of the referenced request should be actioned.
 *
 * - Cardinality 0..1
 * - FHIR path `Task.restriction`
 * - Type BackboneElement
 */
export interface TaskRestriction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.restriction.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Task.restriction.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.restriction.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.restriction.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * How many times to repeat
     *
     * Indicates the number of times the requested action should occur.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.restriction.repetitions`
     * - Type positiveInt
     */
    repetitions?: number;
    /** Extensions and id for `repetitions` (FHIR JSON primitive extension, see Task.restriction.repetitions). */
    _repetitions?: Element;
    /**
     * When fulfillment sought
     *
     * Over what time-period is fulfillment sought.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.restriction.period`
     * - Type Period
     */
    period?: Period;
    /**
     * For whom is fulfillment sought?
     *
     * For requests that are targeted to more than on potential recipient/target, for whom is fulfillment sought?
     *
     * - Cardinality 0..*
     * - FHIR path `Task.restriction.recipient`
     * - Type Reference
     */
    recipient?: Reference<'Group' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>[];
}
/**
 * Information used to perform task
 *
 * Additional information that may be needed in the execution of the task.
 *
 * - Cardinality 0..*
 * - FHIR path `Task.input`
 * - Type BackboneElement
 */
export interface TaskInput {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.input.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Task.input.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.input.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.input.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Label for the input
     *
     * A code or description indicating how the input is intended to be used as part of the task execution.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.type`
     * - Type CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    type: CodeableConcept;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBase64Binary?: string;
    /** Extensions and id for `valueBase64Binary` (FHIR JSON primitive extension, see Task.input.value[x]). */
    _valueBase64Binary?: Element;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see Task.input.value[x]). */
    _valueBoolean?: Element;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see Task.input.value[x]). */
    _valueCode?: Element;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDate?: string;
    /** Extensions and id for `valueDate` (FHIR JSON primitive extension, see Task.input.value[x]). */
    _valueDate?: Element;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see Task.input.value[x]). */
    _valueDateTime?: Element;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see Task.input.value[x]). */
    _valueDecimal?: Element;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueId?: string;
    /** Extensions and id for `valueId` (FHIR JSON primitive extension, see Task.input.value[x]). */
    _valueId?: Element;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInstant?: string;
    /** Extensions and id for `valueInstant` (FHIR JSON primitive extension, see Task.input.value[x]). */
    _valueInstant?: Element;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see Task.input.value[x]). */
    _valueInteger?: Element;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMarkdown?: string;
    /** Extensions and id for `valueMarkdown` (FHIR JSON primitive extension, see Task.input.value[x]). */
    _valueMarkdown?: Element;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueOid?: string;
    /** Extensions and id for `valueOid` (FHIR JSON primitive extension, see Task.input.value[x]). */
    _valueOid?: Element;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePositiveInt?: number;
    /** Extensions and id for `valuePositiveInt` (FHIR JSON primitive extension, see Task.input.value[x]). */
    _valuePositiveInt?: Element;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Task.input.value[x]). */
    _valueString?: Element;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTime?: string;
    /** Extensions and id for `valueTime` (FHIR JSON primitive extension, see Task.input.value[x]). */
    _valueTime?: Element;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUnsignedInt?: number;
    /** Extensions and id for `valueUnsignedInt` (FHIR JSON primitive extension, see Task.input.value[x]). */
    _valueUnsignedInt?: Element;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUri?: string;
    /** Extensions and id for `valueUri` (FHIR JSON primitive extension, see Task.input.value[x]). */
    _valueUri?: Element;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAddress?: Address;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAge?: Age;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAnnotation?: Annotation;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAttachment?: Attachment;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCoding?: Coding;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueContactPoint?: ContactPoint;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCount?: Count;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDistance?: Distance;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDuration?: Duration;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueHumanName?: HumanName;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueIdentifier?: Identifier;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMoney?: Money;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePeriod?: Period;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueQuantity?: Quantity;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRange?: Range;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRatio?: Ratio;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueReference?: Reference;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSampledData?: SampledData;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSignature?: Signature;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTiming?: Timing;
    /**
     * Content to use in performing the task
     *
     * The value of the input parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.input.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMeta?: Meta;
}
/**
 * Information produced as part of task
 *
 * Outputs produced by the Task.
 *
 * - Cardinality 0..*
 * - FHIR path `Task.output`
 * - Type BackboneElement
 */
export interface TaskOutput {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Task.output.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Task.output.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.output.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Task.output.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Label for output
     *
     * The name of the Output parameter.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.type`
     * - Type CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    type: CodeableConcept;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBase64Binary?: string;
    /** Extensions and id for `valueBase64Binary` (FHIR JSON primitive extension, see Task.output.value[x]). */
    _valueBase64Binary?: Element;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see Task.output.value[x]). */
    _valueBoolean?: Element;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see Task.output.value[x]). */
    _valueCode?: Element;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDate?: string;
    /** Extensions and id for `valueDate` (FHIR JSON primitive extension, see Task.output.value[x]). */
    _valueDate?: Element;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see Task.output.value[x]). */
    _valueDateTime?: Element;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see Task.output.value[x]). */
    _valueDecimal?: Element;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueId?: string;
    /** Extensions and id for `valueId` (FHIR JSON primitive extension, see Task.output.value[x]). */
    _valueId?: Element;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInstant?: string;
    /** Extensions and id for `valueInstant` (FHIR JSON primitive extension, see Task.output.value[x]). */
    _valueInstant?: Element;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see Task.output.value[x]). */
    _valueInteger?: Element;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMarkdown?: string;
    /** Extensions and id for `valueMarkdown` (FHIR JSON primitive extension, see Task.output.value[x]). */
    _valueMarkdown?: Element;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueOid?: string;
    /** Extensions and id for `valueOid` (FHIR JSON primitive extension, see Task.output.value[x]). */
    _valueOid?: Element;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePositiveInt?: number;
    /** Extensions and id for `valuePositiveInt` (FHIR JSON primitive extension, see Task.output.value[x]). */
    _valuePositiveInt?: Element;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Task.output.value[x]). */
    _valueString?: Element;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTime?: string;
    /** Extensions and id for `valueTime` (FHIR JSON primitive extension, see Task.output.value[x]). */
    _valueTime?: Element;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUnsignedInt?: number;
    /** Extensions and id for `valueUnsignedInt` (FHIR JSON primitive extension, see Task.output.value[x]). */
    _valueUnsignedInt?: Element;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUri?: string;
    /** Extensions and id for `valueUri` (FHIR JSON primitive extension, see Task.output.value[x]). */
    _valueUri?: Element;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAddress?: Address;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAge?: Age;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAnnotation?: Annotation;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAttachment?: Attachment;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCoding?: Coding;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueContactPoint?: ContactPoint;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCount?: Count;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDistance?: Distance;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDuration?: Duration;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueHumanName?: HumanName;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueIdentifier?: Identifier;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMoney?: Money;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePeriod?: Period;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueQuantity?: Quantity;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRange?: Range;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRatio?: Ratio;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueReference?: Reference;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSampledData?: SampledData;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSignature?: Signature;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTiming?: Timing;
    /**
     * Result of output
     *
     * The value of the Output parameter as a basic type.
     *
     * - Cardinality 1..1
     * - FHIR path `Task.output.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMeta?: Meta;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkTask(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTaskRequester(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTaskRestriction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTaskInput(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTaskOutput(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Task (http://hl7.org/fhir/StructureDefinition/Task).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateTask(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateTask} with the same options reports no error or fatal issue: Task (http://hl7.org/fhir/StructureDefinition/Task). */
export declare function isTask(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Task;
/** Input of {@link buildTask}: a {@link Task} without what the builder fills in. */
export type TaskBuilderInput = BuilderInput<Task, 'resourceType'>;
/**
 * Builds a {@link Task} (Task, http://hl7.org/fhir/StructureDefinition/Task).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Task"
 *
 * The result is checked with {@link validateTask}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildTask(input: TaskBuilderInput): Task;
