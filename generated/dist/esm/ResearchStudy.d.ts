import { type Annotation } from './Annotation.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactDetail } from './ContactDetail.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import { type RelatedArtifact } from './RelatedArtifact.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * ResearchStudy
 *
 * Base StructureDefinition for ResearchStudy Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ResearchStudy
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ResearchStudy {
    /** The FHIR resource type. */
    resourceType: 'ResearchStudy';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchStudy.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ResearchStudy.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchStudy.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchStudy.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ResearchStudy.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchStudy.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ResearchStudy.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchStudy.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business Identifier for study
     *
     * Identifiers assigned to this research study by the sponsor or other systems.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Name for this study
     *
     * A short, descriptive user-friendly label for the study.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchStudy.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see ResearchStudy.title). */
    _title?: Element;
    /**
     * Steps followed in executing study
     *
     * The set of steps expected to be performed as part of the execution of the study.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.protocol`
     * - Type Reference
     */
    protocol?: Reference<'PlanDefinition'>[];
    /**
     * Part of larger study
     *
     * A larger research study of which this particular study is a component or step.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.partOf`
     * - Type Reference
     */
    partOf?: Reference<'ResearchStudy'>[];
    /**
     * draft | in-progress | suspended | stopped | completed | entered-in-error
     *
     * The current state of the study.
     *
     * - Cardinality 1..1
     * - FHIR path `ResearchStudy.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/research-study-status (6 codes: draft, in-progress, suspended, stopped, completed, entered-in-error)
     */
    status: 'completed' | 'draft' | 'entered-in-error' | 'in-progress' | 'stopped' | 'suspended';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see ResearchStudy.status). */
    _status?: Element;
    /**
     * Classifications for the study
     *
     * Codes categorizing the type of study such as investigational vs. observational, type of blinding, type of randomization, safety vs. efficacy, etc.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.category`
     * - Type CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    category?: CodeableConcept[];
    /**
     * Drugs, devices, conditions, etc. under study
     *
     * The condition(s), medication(s), food(s), therapy(ies), device(s) or other concerns or interventions that the study is seeking to gain more information about.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.focus`
     * - Type CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    focus?: CodeableConcept[];
    /**
     * Contact details for the study
     *
     * Contact details to assist a user in learning more about or engaging with the study.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * References and dependencies
     *
     * Citations, references and other related documents.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.relatedArtifact`
     * - Type RelatedArtifact
     */
    relatedArtifact?: RelatedArtifact[];
    /**
     * Used to search for the study
     *
     * Key terms to aid in searching for or filtering the study.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.keyword`
     * - Type CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    keyword?: CodeableConcept[];
    /**
     * Geographic region(s) for study
     *
     * Indicates a country, state or other region where the study is taking place.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * What this is study doing
     *
     * A full description of how the study is being conducted.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchStudy.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ResearchStudy.description). */
    _description?: Element;
    /**
     * Inclusion & exclusion criteria
     *
     * Reference to a Group that defines the criteria for and quantity of subjects participating in the study.  E.g. " 200 female Europeans between the ages of 20 and 45 with early onset diabetes".
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.enrollment`
     * - Type Reference
     */
    enrollment?: Reference<'Group'>[];
    /**
     * When the study began and ended
     *
     * Identifies the start date and the expected (or actual, depending on status) end date for the study.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchStudy.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization responsible for the study
     *
     * The organization responsible for the execution of the study.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchStudy.sponsor`
     * - Type Reference
     */
    sponsor?: Reference<'Organization'>;
    /**
     * The individual responsible for the study
     *
     * Indicates the individual who has primary oversite of the execution of the study.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchStudy.principalInvestigator`
     * - Type Reference
     */
    principalInvestigator?: Reference<'Practitioner'>;
    /**
     * Location involved in study execution
     *
     * Clinic, hospital or other healthcare location that is participating in the study.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.site`
     * - Type Reference
     */
    site?: Reference<'Location'>[];
    /**
     * Reason for terminating study early
     *
     * A description and/or code explaining the premature termination of the study.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchStudy.reasonStopped`
     * - Type CodeableConcept
     */
    reasonStopped?: CodeableConcept;
    /**
     * Comments made about the event
     *
     * Comments made about the event by the performer, subject or other participants.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.note`
     * - Type Annotation
     */
    note?: Annotation[];
    /**
     * Defined path through the study for a subject
     *
     * Describes an expected sequence of events for one of the participants of a study.  E.g. Exposure to drug A, wash-out, exposure to drug B, wash-out, follow-up.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.arm`
     * - Type BackboneElement
     */
    arm?: ResearchStudyArm[];
}
/**
 * Defined path through the study for a subject
 *
 * Describes an expected sequence of events for one of the participants of a study.  E.g. Exposure to drug A, wash-out, exposure to drug B, wash-out, follow-up.
 *
 * - Cardinality 0..*
 * - FHIR path `ResearchStudy.arm`
 * - Type BackboneElement
 */
export interface ResearchStudyArm {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchStudy.arm.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ResearchStudy.arm.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.arm.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchStudy.arm.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Label for study arm
     *
     * Unique, human-readable label for this arm of the study.
     *
     * - Cardinality 1..1
     * - FHIR path `ResearchStudy.arm.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see ResearchStudy.arm.name). */
    _name?: Element;
    /**
     * Categorization of study arm
     *
     * Categorization of study arm, e.g. experimental, active comparator, placebo comparater.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchStudy.arm.code`
     * - Type CodeableConcept
     */
    code?: CodeableConcept;
    /**
     * Short explanation of study path
     *
     * A succinct description of the path through the study that would be followed by a subject adhering to this arm.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchStudy.arm.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ResearchStudy.arm.description). */
    _description?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkResearchStudy(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkResearchStudyArm(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ResearchStudy (http://hl7.org/fhir/StructureDefinition/ResearchStudy).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateResearchStudy(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateResearchStudy} with the same options reports no error or fatal issue: ResearchStudy (http://hl7.org/fhir/StructureDefinition/ResearchStudy). */
export declare function isResearchStudy(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ResearchStudy;
/** Input of {@link buildResearchStudy}: a {@link ResearchStudy} without what the builder fills in. */
export type ResearchStudyInput = BuilderInput<ResearchStudy, 'resourceType'>;
/**
 * Builds a {@link ResearchStudy} (ResearchStudy, http://hl7.org/fhir/StructureDefinition/ResearchStudy).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ResearchStudy"
 *
 * The result is checked with {@link validateResearchStudy}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildResearchStudy(input: ResearchStudyInput): ResearchStudy;
