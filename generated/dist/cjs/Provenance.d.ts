import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type Signature } from './Signature.js';
/**
 * Provenance
 *
 * Base StructureDefinition for Provenance Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Provenance
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Provenance {
    /** The FHIR resource type. */
    resourceType: 'Provenance';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Provenance.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Provenance.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Provenance.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Provenance.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Provenance.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Provenance.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Provenance.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Provenance.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Provenance.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Provenance.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Provenance.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Target Reference(s) (usually version specific)
     *
     * The Reference(s) that were generated or updated by  the activity described in this resource. A provenance can point to more than one target if multiple resources were created/updated by the same activity.
     *
     * - Cardinality 1..*
     * - FHIR path `Provenance.target`
     * - Type Reference
     */
    target: [Reference, ...Reference[]];
    /**
     * When the activity occurred
     *
     * The period during which the activity occurred.
     *
     * - Cardinality 0..1
     * - FHIR path `Provenance.period`
     * - Type Period
     */
    period?: Period;
    /**
     * When the activity was recorded / updated
     *
     * The instant of time at which the activity was recorded.
     *
     * - Cardinality 1..1
     * - FHIR path `Provenance.recorded`
     * - Type instant
     */
    recorded: string;
    /** Extensions and id for `recorded` (FHIR JSON primitive extension, see Provenance.recorded). */
    _recorded?: Element;
    /**
     * Policy or plan the activity was defined by
     *
     * Policy or plan the activity was defined by. Typically, a single activity may have multiple applicable policy documents, such as patient consent, guarantor funding, etc.
     *
     * - Cardinality 0..*
     * - FHIR path `Provenance.policy`
     * - Type uri
     */
    policy?: string[];
    /** Extensions and id for `policy` (FHIR JSON primitive extension, see Provenance.policy). */
    _policy?: (Element | null)[];
    /**
     * Where the activity occurred, if relevant
     *
     * Where the activity occurred, if relevant.
     *
     * - Cardinality 0..1
     * - FHIR path `Provenance.location`
     * - Type Reference
     */
    location?: Reference<'Location'>;
    /**
     * Reason the activity is occurring
     *
     * The reason that the activity was taking place.
     *
     * - Cardinality 0..*
     * - FHIR path `Provenance.reason`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/v3-PurposeOfUse (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActReason needs a terminology server)
     */
    reason?: Coding[];
    /**
     * Activity that occurred
     *
     * An activity is something that occurs over a period of time and acts upon or with entities; it may include consuming, processing, transforming, modifying, relocating, using, or generating entities.
     *
     * - Cardinality 0..1
     * - FHIR path `Provenance.activity`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/provenance-activity-type (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    activity?: Coding;
    /**
     * Actor involved
     *
     * An actor taking a role in an activity  for which it can be assigned some degree of responsibility for the activity taking place.
     *
     * - Cardinality 1..*
     * - FHIR path `Provenance.agent`
     * - Type BackboneElement
     */
    agent: [ProvenanceAgent, ...ProvenanceAgent[]];
    /**
     * An entity used in this activity
     *
     * An entity used in this activity.
     *
     * - Cardinality 0..*
     * - FHIR path `Provenance.entity`
     * - Type BackboneElement
     */
    entity?: ProvenanceEntity[];
    /**
     * Signature on target
     *
     * A digital signature on the target Reference(s). The signer should match a Provenance.agent. The purpose of the signature is indicated.
     *
     * - Cardinality 0..*
     * - FHIR path `Provenance.signature`
     * - Type Signature
     */
    signature?: Signature[];
}
/**
 * Actor involved
 *
 * An actor taking a role in an activity  for which it can be assigned some degree of responsibility for the activity taking place.
 *
 * - Cardinality 1..*
 * - FHIR path `Provenance.agent`
 * - Type BackboneElement
 */
export interface ProvenanceAgent {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Provenance.agent.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Provenance.agent.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Provenance.agent.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Provenance.agent.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * What the agents role was
     *
     * The function of the agent with respect to the activity. The security role enabling the agent with respect to the activity.
     *
     * - Cardinality 0..*
     * - FHIR path `Provenance.agent.role`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/security-role-type (codes not enumerable here: a filter on http://hl7.org/fhir/v3/RoleCode needs a terminology server)
     */
    role?: CodeableConcept[];
    /**
     * Who participated
     *
     * The individual, device or organization that participated in the event.
     *
     * - Cardinality 1..1
     * - FHIR path `Provenance.agent.who[x]`
     * - Type uri | Reference
     */
    whoUri?: string;
    /** Extensions and id for `whoUri` (FHIR JSON primitive extension, see Provenance.agent.who[x]). */
    _whoUri?: Element;
    /**
     * Who participated
     *
     * The individual, device or organization that participated in the event.
     *
     * - Cardinality 1..1
     * - FHIR path `Provenance.agent.who[x]`
     * - Type uri | Reference
     */
    whoReference?: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Who the agent is representing
     *
     * The individual, device, or organization for whom the change was made.
     *
     * - Cardinality 0..1
     * - FHIR path `Provenance.agent.onBehalfOf[x]`
     * - Type uri | Reference
     */
    onBehalfOfUri?: string;
    /** Extensions and id for `onBehalfOfUri` (FHIR JSON primitive extension, see Provenance.agent.onBehalfOf[x]). */
    _onBehalfOfUri?: Element;
    /**
     * Who the agent is representing
     *
     * The individual, device, or organization for whom the change was made.
     *
     * - Cardinality 0..1
     * - FHIR path `Provenance.agent.onBehalfOf[x]`
     * - Type uri | Reference
     */
    onBehalfOfReference?: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Type of relationship between agents
     *
     * The type of relationship between agents.
     *
     * - Cardinality 0..1
     * - FHIR path `Provenance.agent.relatedAgentType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v3-RoleLinkType (codes not enumerable here: example binding: not checked)
     */
    relatedAgentType?: CodeableConcept;
}
/**
 * An entity used in this activity
 *
 * An entity used in this activity.
 *
 * - Cardinality 0..*
 * - FHIR path `Provenance.entity`
 * - Type BackboneElement
 */
export interface ProvenanceEntity {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Provenance.entity.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Provenance.entity.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Provenance.entity.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Provenance.entity.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * derivation | revision | quotation | source | removal
     *
     * How the entity was used during the activity.
     *
     * - Cardinality 1..1
     * - FHIR path `Provenance.entity.role`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/provenance-entity-role (5 codes: derivation, revision, quotation, source, removal)
     */
    role: 'derivation' | 'quotation' | 'removal' | 'revision' | 'source';
    /** Extensions and id for `role` (FHIR JSON primitive extension, see Provenance.entity.role). */
    _role?: Element;
    /**
     * Identity of entity
     *
     * Identity of the  Entity used. May be a logical or physical uri and maybe absolute or relative.
     *
     * - Cardinality 1..1
     * - FHIR path `Provenance.entity.what[x]`
     * - Type uri | Reference | Identifier
     */
    whatUri?: string;
    /** Extensions and id for `whatUri` (FHIR JSON primitive extension, see Provenance.entity.what[x]). */
    _whatUri?: Element;
    /**
     * Identity of entity
     *
     * Identity of the  Entity used. May be a logical or physical uri and maybe absolute or relative.
     *
     * - Cardinality 1..1
     * - FHIR path `Provenance.entity.what[x]`
     * - Type uri | Reference | Identifier
     */
    whatReference?: Reference;
    /**
     * Identity of entity
     *
     * Identity of the  Entity used. May be a logical or physical uri and maybe absolute or relative.
     *
     * - Cardinality 1..1
     * - FHIR path `Provenance.entity.what[x]`
     * - Type uri | Reference | Identifier
     */
    whatIdentifier?: Identifier;
    /**
     * Entity is attributed to this agent
     *
     * The entity is attributed to an agent to express the agent's responsibility for that entity, possibly along with other agents. This description can be understood as shorthand for saying that the agent was responsible for the activity which generated the entity.
     *
     * - Cardinality 0..*
     * - FHIR path `Provenance.entity.agent`
     */
    agent?: ProvenanceAgent[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkProvenance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkProvenanceAgent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkProvenanceEntity(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Provenance (http://hl7.org/fhir/StructureDefinition/Provenance).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateProvenance(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateProvenance} with the same options reports no error or fatal issue: Provenance (http://hl7.org/fhir/StructureDefinition/Provenance). */
export declare function isProvenance(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Provenance;
/** Input of {@link buildProvenance}: a {@link Provenance} without what the builder fills in. */
export type ProvenanceInput = BuilderInput<Provenance, 'resourceType'>;
/**
 * Builds a {@link Provenance} (Provenance, http://hl7.org/fhir/StructureDefinition/Provenance).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Provenance"
 *
 * The result is checked with {@link validateProvenance}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildProvenance(input: ProvenanceInput): Provenance;
