import { type Age } from './Age.js';
import { type Annotation } from './Annotation.js';
import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Range } from './Range.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Condition
 *
 * Base StructureDefinition for Condition Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Condition
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Condition {
    /** The FHIR resource type. */
    resourceType: 'Condition';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Condition.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Condition.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External Ids for this condition
     *
     * This records identifiers associated with this condition that are defined by business processes and/or used to refer to it when a direct URL reference to the resource itself is not appropriate (e.g. in CDA documents, or in written / printed documentation).
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | recurrence | inactive | remission | resolved
     *
     * The clinical status of the condition.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.clinicalStatus`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/condition-clinical (5 codes: active, recurrence, inactive, remission, resolved)
     */
    clinicalStatus?: 'active' | 'inactive' | 'recurrence' | 'remission' | 'resolved';
    /** Extensions and id for `clinicalStatus` (FHIR JSON primitive extension, see Condition.clinicalStatus). */
    _clinicalStatus?: Element;
    /**
     * provisional | differential | confirmed | refuted | entered-in-error | unknown
     *
     * The verification status to support the clinical status of the condition.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.verificationStatus`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/condition-ver-status (6 codes: provisional, differential, confirmed, refuted, entered-in-error, unknown)
     */
    verificationStatus?: 'confirmed' | 'differential' | 'entered-in-error' | 'provisional' | 'refuted' | 'unknown';
    /** Extensions and id for `verificationStatus` (FHIR JSON primitive extension, see Condition.verificationStatus). */
    _verificationStatus?: Element;
    /**
     * problem-list-item | encounter-diagnosis
     *
     * A category assigned to the condition.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/condition-category (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept[];
    /**
     * Subjective severity of condition
     *
     * A subjective assessment of the severity of the condition as evaluated by the clinician.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.severity`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/condition-severity (3 codes: 24484000, 6736007, 255604002)
     */
    severity?: CodeableConcept;
    /**
     * Identification of the condition, problem or diagnosis
     *
     * Identification of the condition, problem or diagnosis.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/condition-code (codes not enumerable here: example binding: not checked)
     */
    code?: CodeableConcept;
    /**
     * Anatomical location, if relevant
     *
     * The anatomical location where this condition manifests itself.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.bodySite`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/body-site (codes not enumerable here: example binding: not checked)
     */
    bodySite?: CodeableConcept[];
    /**
     * Who has the condition?
     *
     * Indicates the patient or group who the condition record is associated with.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.subject`
     * - Type Reference
     */
    subject: Reference<'Group' | 'Patient'>;
    /**
     * Encounter or episode when condition first asserted
     *
     * Encounter during which the condition was first asserted.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * Estimated or actual date,  date-time, or age
     *
     * Estimated or actual date or date-time  the condition began, in the opinion of the clinician.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.onset[x]`
     * - Type dateTime | Age | Period | Range | string
     */
    onsetDateTime?: string;
    /** Extensions and id for `onsetDateTime` (FHIR JSON primitive extension, see Condition.onset[x]). */
    _onsetDateTime?: Element;
    /**
     * Estimated or actual date,  date-time, or age
     *
     * Estimated or actual date or date-time  the condition began, in the opinion of the clinician.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.onset[x]`
     * - Type dateTime | Age | Period | Range | string
     */
    onsetAge?: Age;
    /**
     * Estimated or actual date,  date-time, or age
     *
     * Estimated or actual date or date-time  the condition began, in the opinion of the clinician.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.onset[x]`
     * - Type dateTime | Age | Period | Range | string
     */
    onsetPeriod?: Period;
    /**
     * Estimated or actual date,  date-time, or age
     *
     * Estimated or actual date or date-time  the condition began, in the opinion of the clinician.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.onset[x]`
     * - Type dateTime | Age | Period | Range | string
     */
    onsetRange?: Range;
    /**
     * Estimated or actual date,  date-time, or age
     *
     * Estimated or actual date or date-time  the condition began, in the opinion of the clinician.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.onset[x]`
     * - Type dateTime | Age | Period | Range | string
     */
    onsetString?: string;
    /** Extensions and id for `onsetString` (FHIR JSON primitive extension, see Condition.onset[x]). */
    _onsetString?: Element;
    /**
     * If/when in resolution/remission
     *
     * The date or estimated date that the condition resolved or went into remission. This is called "abatement" because of the many overloaded connotations associated with "remission" or "resolution" - Conditions are never really resolved, but they can abate.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.abatement[x]`
     * - Type dateTime | Age | boolean | Period | Range | string
     */
    abatementDateTime?: string;
    /** Extensions and id for `abatementDateTime` (FHIR JSON primitive extension, see Condition.abatement[x]). */
    _abatementDateTime?: Element;
    /**
     * If/when in resolution/remission
     *
     * The date or estimated date that the condition resolved or went into remission. This is called "abatement" because of the many overloaded connotations associated with "remission" or "resolution" - Conditions are never really resolved, but they can abate.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.abatement[x]`
     * - Type dateTime | Age | boolean | Period | Range | string
     */
    abatementAge?: Age;
    /**
     * If/when in resolution/remission
     *
     * The date or estimated date that the condition resolved or went into remission. This is called "abatement" because of the many overloaded connotations associated with "remission" or "resolution" - Conditions are never really resolved, but they can abate.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.abatement[x]`
     * - Type dateTime | Age | boolean | Period | Range | string
     */
    abatementBoolean?: boolean;
    /** Extensions and id for `abatementBoolean` (FHIR JSON primitive extension, see Condition.abatement[x]). */
    _abatementBoolean?: Element;
    /**
     * If/when in resolution/remission
     *
     * The date or estimated date that the condition resolved or went into remission. This is called "abatement" because of the many overloaded connotations associated with "remission" or "resolution" - Conditions are never really resolved, but they can abate.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.abatement[x]`
     * - Type dateTime | Age | boolean | Period | Range | string
     */
    abatementPeriod?: Period;
    /**
     * If/when in resolution/remission
     *
     * The date or estimated date that the condition resolved or went into remission. This is called "abatement" because of the many overloaded connotations associated with "remission" or "resolution" - Conditions are never really resolved, but they can abate.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.abatement[x]`
     * - Type dateTime | Age | boolean | Period | Range | string
     */
    abatementRange?: Range;
    /**
     * If/when in resolution/remission
     *
     * The date or estimated date that the condition resolved or went into remission. This is called "abatement" because of the many overloaded connotations associated with "remission" or "resolution" - Conditions are never really resolved, but they can abate.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.abatement[x]`
     * - Type dateTime | Age | boolean | Period | Range | string
     */
    abatementString?: string;
    /** Extensions and id for `abatementString` (FHIR JSON primitive extension, see Condition.abatement[x]). */
    _abatementString?: Element;
    /**
     * Date record was believed accurate
     *
     * The date on which the existance of the Condition was first asserted or acknowledged.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.assertedDate`
     * - Type dateTime
     */
    assertedDate?: string;
    /** Extensions and id for `assertedDate` (FHIR JSON primitive extension, see Condition.assertedDate). */
    _assertedDate?: Element;
    /**
     * Person who asserts this condition
     *
     * Individual who is making the condition statement.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.asserter`
     * - Type Reference
     */
    asserter?: Reference<'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Stage/grade, usually assessed formally
     *
     * Clinical stage or grade of a condition. May include formal severity assessments.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.stage`
     * - Type BackboneElement
     */
    stage?: ConditionStage;
    /**
     * Supporting evidence
     *
     * Supporting Evidence / manifestations that are the basis on which this condition is suspected or confirmed.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.evidence`
     * - Type BackboneElement
     */
    evidence?: ConditionEvidence[];
    /**
     * Additional information about the Condition
     *
     * Additional information about the Condition. This is a general notes/comments entry  for description of the Condition, its diagnosis and prognosis.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.note`
     * - Type Annotation
     */
    note?: Annotation[];
}
/**
 * Stage/grade, usually assessed formally
 *
 * Clinical stage or grade of a condition. May include formal severity assessments.
 *
 * - Cardinality 0..1
 * - FHIR path `Condition.stage`
 * - Type BackboneElement
 */
export interface ConditionStage {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.stage.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.stage.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.stage.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.stage.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Simple summary (disease specific)
     *
     * A simple summary of the stage such as "Stage 3". The determination of the stage is disease-specific.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.stage.summary`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/condition-stage (codes not enumerable here: example binding: not checked)
     */
    summary?: CodeableConcept;
    /**
     * Formal record of assessment
     *
     * Reference to a formal record of the evidence on which the staging assessment is based.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.stage.assessment`
     * - Type Reference
     */
    assessment?: Reference<'ClinicalImpression' | 'DiagnosticReport' | 'Observation'>[];
}
/**
 * Supporting evidence
 *
 * Supporting Evidence / manifestations that are the basis on which this condition is suspected or confirmed.
 *
 * - Cardinality 0..*
 * - FHIR path `Condition.evidence`
 * - Type BackboneElement
 */
export interface ConditionEvidence {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.evidence.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.evidence.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.evidence.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.evidence.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Manifestation/symptom
     *
     * A manifestation or symptom that led to the recording of this condition.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.evidence.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/manifestation-or-symptom (codes not enumerable here: example binding: not checked)
     */
    code?: CodeableConcept[];
    /**
     * Supporting information found elsewhere
     *
     * Links to other relevant information, including pathology reports.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.evidence.detail`
     * - Type Reference
     */
    detail?: Reference[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCondition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConditionStage(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConditionEvidence(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Condition (http://hl7.org/fhir/StructureDefinition/Condition).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCondition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCondition} with the same options reports no error or fatal issue: Condition (http://hl7.org/fhir/StructureDefinition/Condition). */
export declare function isCondition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Condition;
/** Input of {@link buildCondition}: a {@link Condition} without what the builder fills in. */
export type ConditionInput = BuilderInput<Condition, 'resourceType'>;
/**
 * Builds a {@link Condition} (Condition, http://hl7.org/fhir/StructureDefinition/Condition).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Condition"
 *
 * The result is checked with {@link validateCondition}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCondition(input: ConditionInput): Condition;
