import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * AuditEvent
 *
 * Base StructureDefinition for AuditEvent Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/AuditEvent
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface AuditEvent {
    /** The FHIR resource type. */
    resourceType: 'AuditEvent';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AuditEvent.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see AuditEvent.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see AuditEvent.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type/identifier of event
     *
     * Identifier for a family of the event.  For example, a menu item, program, rule, policy, function code, application name or URL. It identifies the performed function.
     *
     * - Cardinality 1..1
     * - FHIR path `AuditEvent.type`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/audit-event-type (16 codes: 110100, 110101, 110102, 110103, 110104, 110105, 110106, 110107, 110108, 110109, 110110, 110111, ...)
     */
    type: Coding;
    /**
     * More specific type/id for the event
     *
     * Identifier for the category of event.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.subtype`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/audit-event-sub-type (40 codes: 110120, 110121, 110122, 110123, 110124, 110125, 110126, 110127, 110128, 110129, 110130, 110131, ...)
     */
    subtype?: Coding[];
    /**
     * Type of action performed during the event
     *
     * Indicator for type of action performed during the event that generated the audit.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.action`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/audit-event-action (5 codes: C, R, U, D, E)
     */
    action?: 'C' | 'D' | 'E' | 'R' | 'U';
    /** Extensions and id for `action` (FHIR JSON primitive extension, see AuditEvent.action). */
    _action?: Element;
    /**
     * Time when the event occurred on source
     *
     * The time when the event occurred on the source.
     *
     * - Cardinality 1..1
     * - FHIR path `AuditEvent.recorded`
     * - Type instant
     */
    recorded: string;
    /** Extensions and id for `recorded` (FHIR JSON primitive extension, see AuditEvent.recorded). */
    _recorded?: Element;
    /**
     * Whether the event succeeded or failed
     *
     * Indicates whether the event succeeded or failed.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.outcome`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/audit-event-outcome (4 codes: 0, 4, 8, 12)
     */
    outcome?: '0' | '12' | '4' | '8';
    /** Extensions and id for `outcome` (FHIR JSON primitive extension, see AuditEvent.outcome). */
    _outcome?: Element;
    /**
     * Description of the event outcome
     *
     * A free text description of the outcome of the event.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.outcomeDesc`
     * - Type string
     */
    outcomeDesc?: string;
    /** Extensions and id for `outcomeDesc` (FHIR JSON primitive extension, see AuditEvent.outcomeDesc). */
    _outcomeDesc?: Element;
    /**
     * The purposeOfUse of the event
     *
     * The purposeOfUse (reason) that was used during the event being recorded.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.purposeOfEvent`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/v3-PurposeOfUse (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActReason needs a terminology server)
     */
    purposeOfEvent?: CodeableConcept[];
    /**
     * Actor involved in the event
     *
     * An actor taking an active role in the event or activity that is logged.
     *
     * - Cardinality 1..*
     * - FHIR path `AuditEvent.agent`
     * - Type BackboneElement
     */
    agent: [AuditEventAgent, ...AuditEventAgent[]];
    /**
     * Audit Event Reporter
     *
     * The system that is reporting the event.
     *
     * - Cardinality 1..1
     * - FHIR path `AuditEvent.source`
     * - Type BackboneElement
     */
    source: AuditEventSource;
    /**
     * Data or objects used
     *
     * Specific instances of data or objects that have been accessed.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.entity`
     * - Type BackboneElement
     */
    entity?: AuditEventEntity[];
}
/**
 * Actor involved in the event
 *
 * An actor taking an active role in the event or activity that is logged.
 *
 * - Cardinality 1..*
 * - FHIR path `AuditEvent.agent`
 * - Type BackboneElement
 */
export interface AuditEventAgent {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.agent.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AuditEvent.agent.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.agent.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.agent.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Agent role in the event
     *
     * The security role that the user was acting under, that come from local codes defined by the access control security system (e.g. RBAC, ABAC) used in the local context.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.agent.role`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/security-role-type (codes not enumerable here: a filter on http://hl7.org/fhir/v3/RoleCode needs a terminology server)
     */
    role?: CodeableConcept[];
    /**
     * Direct reference to resource
     *
     * Direct reference to a resource that identifies the agent.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.agent.reference`
     * - Type Reference
     */
    reference?: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Unique identifier for the user
     *
     * Unique identifier for the user actively participating in the event.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.agent.userId`
     * - Type Identifier
     */
    userId?: Identifier;
    /**
     * Alternative User id e.g. authentication
     *
     * Alternative agent Identifier. For a human, this should be a user identifier text string from authentication system. This identifier would be one known to a common authentication system (e.g. single sign-on), if available.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.agent.altId`
     * - Type string
     */
    altId?: string;
    /** Extensions and id for `altId` (FHIR JSON primitive extension, see AuditEvent.agent.altId). */
    _altId?: Element;
    /**
     * Human-meaningful name for the agent
     *
     * Human-meaningful name for the agent.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.agent.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see AuditEvent.agent.name). */
    _name?: Element;
    /**
     * Whether user is initiator
     *
     * Indicator that the user is or is not the requestor, or initiator, for the event being audited.
     *
     * - Cardinality 1..1
     * - FHIR path `AuditEvent.agent.requestor`
     * - Type boolean
     */
    requestor: boolean;
    /** Extensions and id for `requestor` (FHIR JSON primitive extension, see AuditEvent.agent.requestor). */
    _requestor?: Element;
    /**
     * Where
     *
     * Where the event occurred.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.agent.location`
     * - Type Reference
     */
    location?: Reference<'Location'>;
    /**
     * Policy that authorized event
     *
     * The policy or plan that authorized the activity being recorded. Typically, a single activity may have multiple applicable policies, such as patient consent, guarantor funding, etc. The policy would also indicate the security token used.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.agent.policy`
     * - Type uri
     */
    policy?: string[];
    /** Extensions and id for `policy` (FHIR JSON primitive extension, see AuditEvent.agent.policy). */
    _policy?: (Element | null)[];
    /**
     * Type of media
     *
     * Type of media involved. Used when the event is about exporting/importing onto media.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.agent.media`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/dicm-405-mediatype (10 codes: 110030, 110031, 110032, 110033, 110034, 110035, 110036, 110037, 110010, 110038)
     */
    media?: Coding;
    /**
     * Logical network location for application activity
     *
     * Logical network location for application activity, if the activity has a network location.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.agent.network`
     * - Type BackboneElement
     */
    network?: AuditEventAgentNetwork;
    /**
     * Reason given for this user
     *
     * The reason (purpose of use), specific to this agent, that was used during the event being recorded.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.agent.purposeOfUse`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/v3-PurposeOfUse (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActReason needs a terminology server)
     */
    purposeOfUse?: CodeableConcept[];
}
/**
 * Logical network location for application activity
 *
 * Logical network location for application activity, if the activity has a network location.
 *
 * - Cardinality 0..1
 * - FHIR path `AuditEvent.agent.network`
 * - Type BackboneElement
 */
export interface AuditEventAgentNetwork {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.agent.network.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AuditEvent.agent.network.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.agent.network.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.agent.network.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifier for the network access point of the user device
     *
     * An identifier for the network access point of the user device for the audit event.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.agent.network.address`
     * - Type string
     */
    address?: string;
    /** Extensions and id for `address` (FHIR JSON primitive extension, see AuditEvent.agent.network.address). */
    _address?: Element;
    /**
     * The type of network access point
     *
     * An identifier for the type of network access point that originated the audit event.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.agent.network.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/network-type (5 codes: 1, 2, 3, 4, 5)
     */
    type?: '1' | '2' | '3' | '4' | '5';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see AuditEvent.agent.network.type). */
    _type?: Element;
}
/**
 * Audit Event Reporter
 *
 * The system that is reporting the event.
 *
 * - Cardinality 1..1
 * - FHIR path `AuditEvent.source`
 * - Type BackboneElement
 */
export interface AuditEventSource {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.source.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AuditEvent.source.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.source.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.source.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical source location within the enterprise
     *
     * Logical source location within the healthcare enterprise network.  For example, a hospital or other provider location within a multi-entity provider group.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.source.site`
     * - Type string
     */
    site?: string;
    /** Extensions and id for `site` (FHIR JSON primitive extension, see AuditEvent.source.site). */
    _site?: Element;
    /**
     * The identity of source detecting the event
     *
     * Identifier of the source where the event was detected.
     *
     * - Cardinality 1..1
     * - FHIR path `AuditEvent.source.identifier`
     * - Type Identifier
     */
    identifier: Identifier;
    /**
     * The type of source where event originated
     *
     * Code specifying the type of source where event originated.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.source.type`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/audit-source-type (9 codes: 1, 2, 3, 4, 5, 6, 7, 8, 9)
     */
    type?: Coding[];
}
/**
 * Data or objects used
 *
 * Specific instances of data or objects that have been accessed.
 *
 * - Cardinality 0..*
 * - FHIR path `AuditEvent.entity`
 * - Type BackboneElement
 */
export interface AuditEventEntity {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.entity.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AuditEvent.entity.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.entity.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.entity.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Specific instance of object
     *
     * Identifies a specific instance of the entity. The reference should always be version specific.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.entity.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Specific instance of resource
     *
     * Identifies a specific instance of the entity. The reference should be version specific.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.entity.reference`
     * - Type Reference
     */
    reference?: Reference;
    /**
     * Type of entity involved
     *
     * The type of the object that was involved in this audit event.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.entity.type`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/audit-entity-type (123 codes: 1, 2, 3, 4, Account, ActivityDefinition, AdverseEvent, AllergyIntolerance, Appointment, AppointmentResponse, AuditEvent, Basic, ...)
     */
    type?: Coding;
    /**
     * What role the entity played
     *
     * Code representing the role the entity played in the event being audited.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.entity.role`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/object-role (24 codes: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, ...)
     */
    role?: Coding;
    /**
     * Life-cycle stage for the entity
     *
     * Identifier for the data life-cycle stage for the entity.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.entity.lifecycle`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/object-lifecycle-events (40 codes: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, ...)
     */
    lifecycle?: Coding;
    /**
     * Security labels on the entity
     *
     * Security labels for the identified entity.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.entity.securityLabel`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/security-labels (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    securityLabel?: Coding[];
    /**
     * Descriptor for entity
     *
     * A name of the entity in the audit event.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.entity.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see AuditEvent.entity.name). */
    _name?: Element;
    /**
     * Descriptive text
     *
     * Text that describes the entity in more detail.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.entity.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see AuditEvent.entity.description). */
    _description?: Element;
    /**
     * Query parameters
     *
     * The query parameters for a query-type entities.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.entity.query`
     * - Type base64Binary
     */
    query?: string;
    /** Extensions and id for `query` (FHIR JSON primitive extension, see AuditEvent.entity.query). */
    _query?: Element;
    /**
     * Additional Information about the entity
     *
     * Tagged value pairs for conveying additional information about the entity.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.entity.detail`
     * - Type BackboneElement
     */
    detail?: AuditEventEntityDetail[];
}
/**
 * Additional Information about the entity
 *
 * Tagged value pairs for conveying additional information about the entity.
 *
 * - Cardinality 0..*
 * - FHIR path `AuditEvent.entity.detail`
 * - Type BackboneElement
 */
export interface AuditEventEntityDetail {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AuditEvent.entity.detail.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AuditEvent.entity.detail.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.entity.detail.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `AuditEvent.entity.detail.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Name of the property
     *
     * The type of extra detail provided in the value.
     *
     * - Cardinality 1..1
     * - FHIR path `AuditEvent.entity.detail.type`
     * - Type string
     */
    type: string;
    /** Extensions and id for `type` (FHIR JSON primitive extension, see AuditEvent.entity.detail.type). */
    _type?: Element;
    /**
     * Property value
     *
     * The details, base64 encoded. Used to carry bulk information.
     *
     * - Cardinality 1..1
     * - FHIR path `AuditEvent.entity.detail.value`
     * - Type base64Binary
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see AuditEvent.entity.detail.value). */
    _value?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkAuditEvent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkAuditEventAgent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkAuditEventSource(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkAuditEventEntity(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkAuditEventAgentNetwork(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkAuditEventEntityDetail(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against AuditEvent (http://hl7.org/fhir/StructureDefinition/AuditEvent).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateAuditEvent(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateAuditEvent} with the same options reports no error or fatal issue: AuditEvent (http://hl7.org/fhir/StructureDefinition/AuditEvent). */
export declare function isAuditEvent(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is AuditEvent;
/** Input of {@link buildAuditEvent}: a {@link AuditEvent} without what the builder fills in. */
export type AuditEventInput = BuilderInput<AuditEvent, 'resourceType'>;
/**
 * Builds a {@link AuditEvent} (AuditEvent, http://hl7.org/fhir/StructureDefinition/AuditEvent).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "AuditEvent"
 *
 * The result is checked with {@link validateAuditEvent}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildAuditEvent(input: AuditEventInput): AuditEvent;
