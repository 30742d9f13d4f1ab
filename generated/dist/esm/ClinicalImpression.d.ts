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
 * ClinicalImpression
 *
 * Base StructureDefinition for ClinicalImpression Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ClinicalImpression
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ClinicalImpression {
    /** The FHIR resource type. */
    resourceType: 'ClinicalImpression';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ClinicalImpression.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ClinicalImpression.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ClinicalImpression.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business identifier
     *
     * A unique identifier assigned to the clinical impression that remains consistent regardless of what server the impression is stored on.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * draft | completed | entered-in-error
     *
     * Identifies the workflow status of the assessment.
     *
     * - Cardinality 1..1
     * - FHIR path `ClinicalImpression.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/clinical-impression-status (3 codes: draft, completed, entered-in-error)
     */
    status: 'completed' | 'draft' | 'entered-in-error';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see ClinicalImpression.status). */
    _status?: Element;
    /**
     * Kind of assessment performed
     *
     * Categorizes the type of clinical assessment performed.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.code`
     * - Type CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    code?: CodeableConcept;
    /**
     * Why/how the assessment was performed
     *
     * A summary of the context and/or cause of the assessment - why / where was it performed, and what patient events/status prompted it.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ClinicalImpression.description). */
    _description?: Element;
    /**
     * Patient or group assessed
     *
     * The patient or group of individuals assessed as part of this record.
     *
     * - Cardinality 1..1
     * - FHIR path `ClinicalImpression.subject`
     * - Type Reference
     */
    subject: Reference<'Group' | 'Patient'>;
    /**
     * Encounter or Episode created from
     *
     * The encounter or episode of care this impression was created as part of.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * Time of assessment
     *
     * The point in time or period over which the subject was assessed.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.effective[x]`
     * - Type dateTime | Period
     */
    effectiveDateTime?: string;
    /** Extensions and id for `effectiveDateTime` (FHIR JSON primitive extension, see ClinicalImpression.effective[x]). */
    _effectiveDateTime?: Element;
    /**
     * Time of assessment
     *
     * The point in time or period over which the subject was assessed.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.effective[x]`
     * - Type dateTime | Period
     */
    effectivePeriod?: Period;
    /**
     * When the assessment was documented
     *
     * Indicates when the documentation of the assessment was complete.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see ClinicalImpression.date). */
    _date?: Element;
    /**
     * The clinician performing the assessment
     *
     * The clinician performing the assessment.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.assessor`
     * - Type Reference
     */
    assessor?: Reference<'Practitioner'>;
    /**
     * Reference to last assessment
     *
     * A reference to the last assesment that was conducted bon this patient. Assessments are often/usually ongoing in nature; a care provider (practitioner or team) will make new assessments on an ongoing basis as new data arises or the patient's conditions changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.previous`
     * - Type Reference
     */
    previous?: Reference<'ClinicalImpression'>;
    /**
     * Relevant impressions of patient state
     *
     * This a list of the relevant problems/conditions for a patient.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.problem`
     * - Type Reference
     */
    problem?: Reference<'AllergyIntolerance' | 'Condition'>[];
    /**
     * One or more sets of investigations (signs, symptions, etc.)
     *
     * One or more sets of investigations (signs, symptions, etc.). The actual grouping of investigations vary greatly depending on the type and context of the assessment. These investigations may include data generated during the assessment process, or data previously generated and recorded that is pertinent to the outcomes.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.investigation`
     * - Type BackboneElement
     */
    investigation?: ClinicalImpressionInvestigation[];
    /**
     * Clinical Protocol followed
     *
     * Reference to a specific published clinical protocol that was followed during this assessment, and/or that provides evidence in support of the diagnosis.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.protocol`
     * - Type uri
     */
    protocol?: string[];
    /** Extensions and id for `protocol` (FHIR JSON primitive extension, see ClinicalImpression.protocol). */
    _protocol?: (Element | null)[];
    /**
     * Summary of the assessment
     *
     * A text summary of the investigations and the diagnosis.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.summary`
     * - Type string
     */
    summary?: string;
    /** Extensions and id for `summary` (FHIR JSON primitive extension, see ClinicalImpression.summary). */
    _summary?: Element;
    /**
     * Possible or likely findings and diagnoses
     *
     * Specific findings or diagnoses that was considered likely or relevant to ongoing treatment.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.finding`
     * - Type BackboneElement
     */
    finding?: ClinicalImpressionFinding[];
    /**
     * Estimate of likely outcome
     *
     * Estimate of likely outcome.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.prognosisCodeableConcept`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/clinicalimpression-prognosis (codes not enumerable here: example binding: not checked)
     */
    prognosisCodeableConcept?: CodeableConcept[];
    /**
     * RiskAssessment expressing likely outcome
     *
     * RiskAssessment expressing likely outcome.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.prognosisReference`
     * - Type Reference
     */
    prognosisReference?: Reference<'RiskAssessment'>[];
    /**
     * Action taken as part of assessment procedure
     *
     * Action taken as part of assessment procedure.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.action`
     * - Type Reference
     */
    action?: Reference<'Appointment' | 'MedicationRequest' | 'Procedure' | 'ProcedureRequest' | 'ReferralRequest'>[];
    /**
     * Comments made about the ClinicalImpression
     *
     * Commentary about the impression, typically recorded after the impression itself was made, though supplemental notes by the original author could also appear.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.note`
     * - Type Annotation
     */
    note?: Annotation[];
}
/**
 * One or more sets of investigations (signs, symptions, etc.)
 *
 * One or more sets of investigations (signs, symptions, etc.). The actual grouping of investigations vary greatly depending on the type and context of the assessment. These investigations may include data generated during the assessment process, or data previously generated and recorded that is pertinent to the outcomes.
 *
 * - Cardinality 0..*
 * - FHIR path `ClinicalImpression.investigation`
 * - Type BackboneElement
 */
export interface ClinicalImpressionInvestigation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.investigation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ClinicalImpression.investigation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.investigation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.investigation.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * A name/code for the set
     *
     * A name/code for the group ("set") of investigations. Typically, this will be something like "signs", "symptoms", "clinical", "diagnostic", but the list is not constrained, and others such groups such as (exposure|family|travel|nutitirional) history may be used.
     *
     * - Cardinality 1..1
     * - FHIR path `ClinicalImpression.investigation.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/investigation-sets (codes not enumerable here: example binding: not checked)
     */
    code: CodeableConcept;
    /**
     * Record of a specific investigation
     *
     * A record of a specific investigation that was undertaken.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.investigation.item`
     * - Type Reference
     */
    item?: Reference<'DiagnosticReport' | 'FamilyMemberHistory' | 'ImagingStudy' | 'Observation' | 'QuestionnaireResponse' | 'RiskAssessment'>[];
}
/**
 * Possible or likely findings and diagnoses
 *
 * Specific findings or diagnoses that was considered likely or relevant to ongoing treatment.
 *
 * - Cardinality 0..*
 * - FHIR path `ClinicalImpression.finding`
 * - Type BackboneElement
 */
export interface ClinicalImpressionFinding {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.finding.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ClinicalImpression.finding.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.finding.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ClinicalImpression.finding.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * What was found
     *
     * Specific text, code or reference for finding or diagnosis, which may include ruled-out or resolved conditions.
     *
     * - Cardinality 1..1
     * - FHIR path `ClinicalImpression.finding.item[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/condition-code (codes not enumerable here: example binding: not checked)
     */
    itemCodeableConcept?: CodeableConcept;
    /**
     * What was found
     *
     * Specific text, code or reference for finding or diagnosis, which may include ruled-out or resolved conditions.
     *
     * - Cardinality 1..1
     * - FHIR path `ClinicalImpression.finding.item[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/condition-code (codes not enumerable here: example binding: not checked)
     */
    itemReference?: Reference<'Condition' | 'Observation'>;
    /**
     * Which investigations support finding
     *
     * Which investigations support finding or diagnosis.
     *
     * - Cardinality 0..1
     * - FHIR path `ClinicalImpression.finding.basis`
     * - Type string
     */
    basis?: string;
    /** Extensions and id for `basis` (FHIR JSON primitive extension, see ClinicalImpression.finding.basis). */
    _basis?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkClinicalImpression(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClinicalImpressionInvestigation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClinicalImpressionFinding(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ClinicalImpression (http://hl7.org/fhir/StructureDefinition/ClinicalImpression).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateClinicalImpression(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateClinicalImpression} with the same options reports no error or fatal issue: ClinicalImpression (http://hl7.org/fhir/StructureDefinition/ClinicalImpression). */
export declare function isClinicalImpression(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ClinicalImpression;
/** Input of {@link buildClinicalImpression}: a {@link ClinicalImpression} without what the builder fills in. */
export type ClinicalImpressionInput = BuilderInput<ClinicalImpression, 'resourceType'>;
/**
 * Builds a {@link ClinicalImpression} (ClinicalImpression, http://hl7.org/fhir/StructureDefinition/ClinicalImpression).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ClinicalImpression"
 *
 * The result is checked with {@link validateClinicalImpression}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildClinicalImpression(input: ClinicalImpressionInput): ClinicalImpression;
