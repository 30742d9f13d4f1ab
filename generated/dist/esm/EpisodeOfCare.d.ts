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
 * EpisodeOfCare
 *
 * Base StructureDefinition for EpisodeOfCare Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/EpisodeOfCare
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface EpisodeOfCare {
    /** The FHIR resource type. */
    resourceType: 'EpisodeOfCare';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `EpisodeOfCare.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see EpisodeOfCare.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `EpisodeOfCare.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `EpisodeOfCare.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see EpisodeOfCare.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `EpisodeOfCare.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see EpisodeOfCare.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `EpisodeOfCare.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `EpisodeOfCare.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `EpisodeOfCare.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `EpisodeOfCare.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business Identifier(s) relevant for this EpisodeOfCare
     *
     * The EpisodeOfCare may be known by different identifiers for different contexts of use, such as when an external agency is tracking the Episode for funding purposes.
     *
     * - Cardinality 0..*
     * - FHIR path `EpisodeOfCare.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * planned | waitlist | active | onhold | finished | cancelled | entered-in-error
     *
     * planned | waitlist | active | onhold | finished | cancelled.
     *
     * - Cardinality 1..1
     * - FHIR path `EpisodeOfCare.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/episode-of-care-status (7 codes: planned, waitlist, active, onhold, finished, cancelled, entered-in-error)
     */
    status: 'active' | 'cancelled' | 'entered-in-error' | 'finished' | 'onhold' | 'planned' | 'waitlist';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see EpisodeOfCare.status). */
    _status?: Element;
    /**
     * Past list of status codes (the current status may be included to cover the start date of the status)
     *
     * The history of statuses that the EpisodeOfCare has been through (without requiring processing the history of the resource).
     *
     * - Cardinality 0..*
     * - FHIR path `EpisodeOfCare.statusHistory`
     * - Type BackboneElement
     */
    statusHistory?: EpisodeOfCareStatusHistory[];
    /**
     * Type/class  - e.g. specialist referral, disease management
     *
     * A classification of the type of episode of care; e.g. specialist referral, disease management, type of funded care.
     *
     * - Cardinality 0..*
     * - FHIR path `EpisodeOfCare.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/episodeofcare-type (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept[];
    /**
     * The list of diagnosis relevant to this episode of care
     *
     * The list of diagnosis relevant to this episode of care.
     *
     * - Cardinality 0..*
     * - FHIR path `EpisodeOfCare.diagnosis`
     * - Type BackboneElement
     */
    diagnosis?: EpisodeOfCareDiagnosis[];
    /**
     * The patient who is the focus of this episode of care
     *
     * The patient who is the focus of this episode of care.
     *
     * - Cardinality 1..1
     * - FHIR path `EpisodeOfCare.patient`
     * - Type Reference
     */
    patient: Reference<'Patient'>;
    /**
     * Organization that assumes care
     *
     * The organization that has assumed the specific responsibilities for the specified duration.
     *
     * - Cardinality 0..1
     * - FHIR path `EpisodeOfCare.managingOrganization`
     * - Type Reference
     */
    managingOrganization?: Reference<'Organization'>;
    /**
     * Interval during responsibility is assumed
     *
     * The interval during which the managing organization assumes the defined responsibility.
     *
     * - Cardinality 0..1
     * - FHIR path `EpisodeOfCare.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Originating Referral Request(s)
     *
     * Referral Request(s) that are fulfilled by this EpisodeOfCare, incoming referrals.
     *
     * - Cardinality 0..*
     * - FHIR path `EpisodeOfCare.referralRequest`
     * - Type Reference
     */
    referralRequest?: Reference<'ReferralRequest'>[];
    /**
     * Care manager/care co-ordinator for the patient
     *
     * The practitioner that is the care manager/care co-ordinator for this patient.
     *
     * - Cardinality 0..1
     * - FHIR path `EpisodeOfCare.careManager`
     * - Type Reference
     */
    careManager?: Reference<'Practitioner'>;
    /**
     * Other practitioners facilitating this episode of care
     *
     * The list of practitioners that may be facilitating this episode of care for specific purposes.
     *
     * - Cardinality 0..*
     * - FHIR path `EpisodeOfCare.team`
     * - Type Reference
     */
    team?: Reference<'CareTeam'>[];
    /**
     * The set of accounts that may be used for billing for this EpisodeOfCare
     *
     * The set of accounts that may be used for billing for this EpisodeOfCare.
     *
     * - Cardinality 0..*
     * - FHIR path `EpisodeOfCare.account`
     * - Type Reference
     */
    account?: Reference<'Account'>[];
}
/**
 * Past list of status codes (the current status may be included to cover the start date of the status)
 *
 * The history of statuses that the EpisodeOfCare has been through (without requiring processing the history of the resource).
 *
 * - Cardinality 0..*
 * - FHIR path `EpisodeOfCare.statusHistory`
 * - Type BackboneElement
 */
export interface EpisodeOfCareStatusHistory {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `EpisodeOfCare.statusHistory.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see EpisodeOfCare.statusHistory.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `EpisodeOfCare.statusHistory.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `EpisodeOfCare.statusHistory.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * planned | waitlist | active | onhold | finished | cancelled | entered-in-error
     *
     * planned | waitlist | active | onhold | finished | cancelled.
     *
     * - Cardinality 1..1
     * - FHIR path `EpisodeOfCare.statusHistory.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/episode-of-care-status (7 codes: planned, waitlist, active, onhold, finished, cancelled, entered-in-error)
     */
    status: 'active' | 'cancelled' | 'entered-in-error' | 'finished' | 'onhold' | 'planned' | 'waitlist';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see EpisodeOfCare.statusHistory.status). */
    _status?: Element;
    /**
     * Duration the EpisodeOfCare was in the specified status
     *
     * The period during this EpisodeOfCare that the specific status applied.
     *
     * - Cardinality 1..1
     * - FHIR path `EpisodeOfCare.statusHistory.period`
     * - Type Period
     */
    period: Period;
}
/**
 * The list of diagnosis relevant to this episode of care
 *
 * The list of diagnosis relevant to this episode of care.
 *
 * - Cardinality 0..*
 * - FHIR path `EpisodeOfCare.diagnosis`
 * - Type BackboneElement
 */
export interface EpisodeOfCareDiagnosis {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `EpisodeOfCare.diagnosis.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see EpisodeOfCare.diagnosis.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `EpisodeOfCare.diagnosis.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `EpisodeOfCare.diagnosis.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Conditions/problems/diagnoses this episode of care is for
     *
     * A list of conditions/problems/diagnoses that this episode of care is intended to be providing care for.
     *
     * - Cardinality 1..1
     * - FHIR path `EpisodeOfCare.diagnosis.condition`
     * - Type Reference
     */
    condition: Reference<'Condition'>;
    /**
     * Role that this diagnosis has within the episode of care (e.g. admission, billing, discharge …)
     *
     * Role that this diagnosis has within the episode of care (e.g. admission, billing, discharge …).
     *
     * - Cardinality 0..1
     * - FHIR path `EpisodeOfCare.diagnosis.role`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/diagnosis-role (7 codes: AD, DD, CC, CM, pre-op, post-op, billing)
     */
    role?: CodeableConcept;
    /**
     * Ranking of the diagnosis (for each role type)
     *
     * Ranking of the diagnosis (for each role type).
     *
     * - Cardinality 0..1
     * - FHIR path `EpisodeOfCare.diagnosis.rank`
     * - Type positiveInt
     */
    rank?: number;
    /** Extensions and id for `rank` (FHIR JSON primitive extension, see EpisodeOfCare.diagnosis.rank). */
    _rank?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkEpisodeOfCare(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkEpisodeOfCareStatusHistory(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkEpisodeOfCareDiagnosis(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against EpisodeOfCare (http://hl7.org/fhir/StructureDefinition/EpisodeOfCare).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateEpisodeOfCare(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateEpisodeOfCare} with the same options reports no error or fatal issue: EpisodeOfCare (http://hl7.org/fhir/StructureDefinition/EpisodeOfCare). */
export declare function isEpisodeOfCare(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is EpisodeOfCare;
/** Input of {@link buildEpisodeOfCare}: a {@link EpisodeOfCare} without what the builder fills in. */
export type EpisodeOfCareInput = BuilderInput<EpisodeOfCare, 'resourceType'>;
/**
 * Builds a {@link EpisodeOfCare} (EpisodeOfCare, http://hl7.org/fhir/StructureDefinition/EpisodeOfCare).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "EpisodeOfCare"
 *
 * The result is checked with {@link validateEpisodeOfCare}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildEpisodeOfCare(input: EpisodeOfCareInput): EpisodeOfCare;
