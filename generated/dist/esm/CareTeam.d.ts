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
/**
 * CareTeam
 *
 * Base StructureDefinition for CareTeam Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/CareTeam
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface CareTeam {
    /** The FHIR resource type. */
    resourceType: 'CareTeam';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `CareTeam.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CareTeam.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `CareTeam.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `CareTeam.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see CareTeam.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `CareTeam.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see CareTeam.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `CareTeam.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `CareTeam.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CareTeam.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CareTeam.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External Ids for this team
     *
     * This records identifiers associated with this care team that are defined by business processes and/or used to refer to it when a direct URL reference to the resource itself is not appropriate.
     *
     * - Cardinality 0..*
     * - FHIR path `CareTeam.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * proposed | active | suspended | inactive | entered-in-error
     *
     * Indicates the current state of the care team.
     *
     * - Cardinality 0..1
     * - FHIR path `CareTeam.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/care-team-status (5 codes: proposed, active, suspended, inactive, entered-in-error)
     */
    status?: 'active' | 'entered-in-error' | 'inactive' | 'proposed' | 'suspended';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see CareTeam.status). */
    _status?: Element;
    /**
     * Type of team
     *
     * Identifies what kind of team.  This is to support differentiation between multiple co-existing teams, such as care plan team, episode of care team, longitudinal care team.
     *
     * - Cardinality 0..*
     * - FHIR path `CareTeam.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/care-team-category (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept[];
    /**
     * Name of the team, such as crisis assessment team
     *
     * A label for human use intended to distinguish like teams.  E.g. the "red" vs. "green" trauma teams.
     *
     * - Cardinality 0..1
     * - FHIR path `CareTeam.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see CareTeam.name). */
    _name?: Element;
    /**
     * Who care team is for
     *
     * Identifies the patient or group whose intended care is handled by the team.
     *
     * - Cardinality 0..1
     * - FHIR path `CareTeam.subject`
     * - Type Reference
     */
    subject?: Reference<'Group' | 'Patient'>;
    /**
     * Encounter or episode associated with CareTeam
     *
     * The encounter or episode of care that establishes the context for this care team.
     *
     * - Cardinality 0..1
     * - FHIR path `CareTeam.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * Time period team covers
     *
     * Indicates when the team did (or is intended to) come into effect and end.
     *
     * - Cardinality 0..1
     * - FHIR path `CareTeam.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Members of the team
     *
     * Identifies all people and organizations who are expected to be involved in the care team.
     *
     * - Cardinality 0..*
     * - FHIR path `CareTeam.participant`
     * - Type BackboneElement
     */
    participant?: CareTeamParticipant[];
    /**
     * Why the care team exists
     *
     * Describes why the care team exists.
     *
     * - Cardinality 0..*
     * - FHIR path `CareTeam.reasonCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/clinical-findings (codes not enumerable here: example binding: not checked)
     */
    reasonCode?: CodeableConcept[];
    /**
     * Why the care team exists
     *
     * Condition(s) that this care team addresses.
     *
     * - Cardinality 0..*
     * - FHIR path `CareTeam.reasonReference`
     * - Type Reference
     */
    reasonReference?: Reference<'Condition'>[];
    /**
     * Organization responsible for the care team
     *
     * The organization responsible for the care team.
     *
     * - Cardinality 0..*
     * - FHIR path `CareTeam.managingOrganization`
     * - Type Reference
     */
    managingOrganization?: Reference<'Organization'>[];
    /**
     * Comments made about the CareTeam
     *
     * Comments made about the CareTeam.
     *
     * - Cardinality 0..*
     * - FHIR path `CareTeam.note`
     * - Type Annotation
     */
    note?: Annotation[];
}
/**
 * Members of the team
 *
 * Identifies all people and organizations who are expected to be involved in the care team.
 *
 * - Cardinality 0..*
 * - FHIR path `CareTeam.participant`
 * - Type BackboneElement
 */
export interface CareTeamParticipant {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CareTeam.participant.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CareTeam.participant.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CareTeam.participant.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CareTeam.participant.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type of involvement
     *
     * Indicates specific responsibility of an individual within the care team, such as "Primary care physician", "Trained social worker counselor", "Caregiver", etc.
     *
     * - Cardinality 0..1
     * - FHIR path `CareTeam.participant.role`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/participant-role (codes not enumerable here: example binding: not checked)
     */
    role?: CodeableConcept;
    /**
     * Who is involved
     *
     * The specific person or organization who is participating/expected to participate in the care team.
     *
     * - Cardinality 0..1
     * - FHIR path `CareTeam.participant.member`
     * - Type Reference
     */
    member?: Reference<'CareTeam' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Organization of the practitioner
     *
     * The organization of the practitioner.
     *
     * - Cardinality 0..1
     * - FHIR path `CareTeam.participant.onBehalfOf`
     * - Type Reference
     */
    onBehalfOf?: Reference<'Organization'>;
    /**
     * Time period of participant
     *
     * Indicates when the specific member or organization did (or is intended to) come into effect and end.
     *
     * - Cardinality 0..1
     * - FHIR path `CareTeam.participant.period`
     * - Type Period
     */
    period?: Period;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareTeam(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareTeamParticipant(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareTeam (http://hl7.org/fhir/StructureDefinition/CareTeam).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareTeam(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareTeam} with the same options reports no error or fatal issue: CareTeam (http://hl7.org/fhir/StructureDefinition/CareTeam). */
export declare function isCareTeam(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareTeam;
/** Input of {@link buildCareTeam}: a {@link CareTeam} without what the builder fills in. */
export type CareTeamInput = BuilderInput<CareTeam, 'resourceType'>;
/**
 * Builds a {@link CareTeam} (CareTeam, http://hl7.org/fhir/StructureDefinition/CareTeam).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "CareTeam"
 *
 * The result is checked with {@link validateCareTeam}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareTeam(input: CareTeamInput): CareTeam;
