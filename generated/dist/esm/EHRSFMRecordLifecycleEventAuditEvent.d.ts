import { type AuditEventAgent, type AuditEventEntity, type AuditEventSource } from './AuditEvent.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * EHRS FM Record Lifecycle Event - Audit Event
 *
 * Defines the elements to be supported within the AuditEvent resource in order to conform with the Electronic Health Record System Functional Model Record Lifecycle Event standard
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ehrsrle-auditevent
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of AuditEvent
 */
export interface EHRSFMRecordLifecycleEventAuditEvent {
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
     * - Must support
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
     * - Must support
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
     * - Must support
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
     * - Must support
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
     * - Must support
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
     * - Must support
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
     * - Must support
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
     * - Must support
     */
    entity?: AuditEventEntity[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkEHRSFMRecordLifecycleEventAuditEvent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against EHRS FM Record Lifecycle Event - Audit Event (http://hl7.org/fhir/StructureDefinition/ehrsrle-auditevent).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateEHRSFMRecordLifecycleEventAuditEvent(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateEHRSFMRecordLifecycleEventAuditEvent} with the same options reports no error or fatal issue: EHRS FM Record Lifecycle Event - Audit Event (http://hl7.org/fhir/StructureDefinition/ehrsrle-auditevent). */
export declare function isEHRSFMRecordLifecycleEventAuditEvent(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is EHRSFMRecordLifecycleEventAuditEvent;
/** Input of {@link buildEHRSFMRecordLifecycleEventAuditEvent}: a {@link EHRSFMRecordLifecycleEventAuditEvent} without what the builder fills in. */
export type EHRSFMRecordLifecycleEventAuditEventInput = BuilderInput<EHRSFMRecordLifecycleEventAuditEvent, 'resourceType', {
    meta?: ProfiledMetaInput<EHRSFMRecordLifecycleEventAuditEvent['meta']>;
}>;
/**
 * Builds a {@link EHRSFMRecordLifecycleEventAuditEvent} (EHRS FM Record Lifecycle Event - Audit Event, http://hl7.org/fhir/StructureDefinition/ehrsrle-auditevent).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "AuditEvent"
 * - `meta.profile`: adds http://hl7.org/fhir/StructureDefinition/ehrsrle-auditevent
 *
 * The result is checked with {@link validateEHRSFMRecordLifecycleEventAuditEvent}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildEHRSFMRecordLifecycleEventAuditEvent(input: EHRSFMRecordLifecycleEventAuditEventInput): EHRSFMRecordLifecycleEventAuditEvent;
