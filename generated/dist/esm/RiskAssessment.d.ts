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
 * RiskAssessment
 *
 * Base StructureDefinition for RiskAssessment Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/RiskAssessment
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface RiskAssessment {
    /** The FHIR resource type. */
    resourceType: 'RiskAssessment';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see RiskAssessment.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see RiskAssessment.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see RiskAssessment.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `RiskAssessment.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `RiskAssessment.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `RiskAssessment.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Unique identifier for the assessment
     *
     * Business identifier assigned to the risk assessment.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Request fulfilled by this assessment
     *
     * A reference to the request that is fulfilled by this risk assessment.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.basedOn`
     * - Type Reference
     */
    basedOn?: Reference;
    /**
     * Part of this occurrence
     *
     * A reference to a resource that this risk assessment is part of, such as a Procedure.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.parent`
     * - Type Reference
     */
    parent?: Reference;
    /**
     * registered | preliminary | final | amended +
     *
     * The status of the RiskAssessment, using the same statuses as an Observation.
     *
     * - Cardinality 1..1
     * - FHIR path `RiskAssessment.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/observation-status (8 codes: registered, preliminary, final, amended, corrected, cancelled, entered-in-error, unknown)
     */
    status: 'amended' | 'cancelled' | 'corrected' | 'entered-in-error' | 'final' | 'preliminary' | 'registered' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see RiskAssessment.status). */
    _status?: Element;
    /**
     * Evaluation mechanism
     *
     * The algorithm, process or mechanism used to evaluate the risk.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.method`
     * - Type CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    method?: CodeableConcept;
    /**
     * Type of assessment
     *
     * The type of the risk assessment performed.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.code`
     * - Type CodeableConcept
     */
    code?: CodeableConcept;
    /**
     * Who/what does assessment apply to?
     *
     * The patient or group the risk assessment applies to.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.subject`
     * - Type Reference
     */
    subject?: Reference<'Group' | 'Patient'>;
    /**
     * Where was assessment performed?
     *
     * The encounter where the assessment was performed.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * When was assessment made?
     *
     * The date (and possibly time) the risk assessment was performed.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.occurrence[x]`
     * - Type dateTime | Period
     */
    occurrenceDateTime?: string;
    /** Extensions and id for `occurrenceDateTime` (FHIR JSON primitive extension, see RiskAssessment.occurrence[x]). */
    _occurrenceDateTime?: Element;
    /**
     * When was assessment made?
     *
     * The date (and possibly time) the risk assessment was performed.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.occurrence[x]`
     * - Type dateTime | Period
     */
    occurrencePeriod?: Period;
    /**
     * Condition assessed
     *
     * For assessments or prognosis specific to a particular condition, indicates the condition being assessed.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.condition`
     * - Type Reference
     */
    condition?: Reference<'Condition'>;
    /**
     * Who did assessment?
     *
     * The provider or software application that performed the assessment.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.performer`
     * - Type Reference
     */
    performer?: Reference<'Device' | 'Practitioner'>;
    /**
     * Why the assessment was necessary?
     *
     * The reason the risk assessment was performed.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.reason[x]`
     * - Type CodeableConcept | Reference
     */
    reasonCodeableConcept?: CodeableConcept;
    /**
     * Why the assessment was necessary?
     *
     * The reason the risk assessment was performed.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.reason[x]`
     * - Type CodeableConcept | Reference
     */
    reasonReference?: Reference;
    /**
     * Information used in assessment
     *
     * Indicates the source data considered as part of the assessment (FamilyHistory, Observations, Procedures, Conditions, etc.).
     *
     * - Cardinality 0..*
     * - FHIR path `RiskAssessment.basis`
     * - Type Reference
     */
    basis?: Reference[];
    /**
     * Outcome predicted
     *
     * Describes the expected outcome for the subject.
     *
     * - Cardinality 0..*
     * - FHIR path `RiskAssessment.prediction`
     * - Type BackboneElement
     */
    prediction?: RiskAssessmentPrediction[];
    /**
     * How to reduce risk
     *
     * A description of the steps that might be taken to reduce the identified risk(s).
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.mitigation`
     * - Type string
     */
    mitigation?: string;
    /** Extensions and id for `mitigation` (FHIR JSON primitive extension, see RiskAssessment.mitigation). */
    _mitigation?: Element;
    /**
     * Comments on the risk assessment
     *
     * Additional comments about the risk assessment.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.comment`
     * - Type string
     */
    comment?: string;
    /** Extensions and id for `comment` (FHIR JSON primitive extension, see RiskAssessment.comment). */
    _comment?: Element;
}
/**
 * Outcome predicted
 *
 * Describes the expected outcome for the subject.
 *
 * - Cardinality 0..*
 * - FHIR path `RiskAssessment.prediction`
 * - Type BackboneElement
 */
export interface RiskAssessmentPrediction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.prediction.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see RiskAssessment.prediction.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `RiskAssessment.prediction.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `RiskAssessment.prediction.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Possible outcome for the subject
     *
     * One of the potential outcomes for the patient (e.g. remission, death,  a particular condition).
     *
     * - Cardinality 1..1
     * - FHIR path `RiskAssessment.prediction.outcome`
     * - Type CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    outcome: CodeableConcept;
    /**
     * Likelihood of specified outcome
     *
     * How likely is the outcome (in the specified timeframe).
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.prediction.probability[x]`
     * - Type decimal | Range
     */
    probabilityDecimal?: number;
    /** Extensions and id for `probabilityDecimal` (FHIR JSON primitive extension, see RiskAssessment.prediction.probability[x]). */
    _probabilityDecimal?: Element;
    /**
     * Likelihood of specified outcome
     *
     * How likely is the outcome (in the specified timeframe).
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.prediction.probability[x]`
     * - Type decimal | Range
     */
    probabilityRange?: Range;
    /**
     * Likelihood of specified outcome as a qualitative value
     *
     * How likely is the outcome (in the specified timeframe), expressed as a qualitative value (e.g. low, medium, high).
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.prediction.qualitativeRisk`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/risk-probability (codes not enumerable here: example binding: not checked)
     */
    qualitativeRisk?: CodeableConcept;
    /**
     * Relative likelihood
     *
     * Indicates the risk for this particular subject (with their specific characteristics) divided by the risk of the population in general.  (Numbers greater than 1 = higher risk than the population, numbers less than 1 = lower risk.).
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.prediction.relativeRisk`
     * - Type decimal
     */
    relativeRisk?: number;
    /** Extensions and id for `relativeRisk` (FHIR JSON primitive extension, see RiskAssessment.prediction.relativeRisk). */
    _relativeRisk?: Element;
    /**
     * Timeframe or age range
     *
     * Indicates the period of time or age range of the subject to which the specified probability applies.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.prediction.when[x]`
     * - Type Period | Range
     */
    whenPeriod?: Period;
    /**
     * Timeframe or age range
     *
     * Indicates the period of time or age range of the subject to which the specified probability applies.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.prediction.when[x]`
     * - Type Period | Range
     */
    whenRange?: Range;
    /**
     * Explanation of prediction
     *
     * Additional information explaining the basis for the prediction.
     *
     * - Cardinality 0..1
     * - FHIR path `RiskAssessment.prediction.rationale`
     * - Type string
     */
    rationale?: string;
    /** Extensions and id for `rationale` (FHIR JSON primitive extension, see RiskAssessment.prediction.rationale). */
    _rationale?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkRiskAssessment(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkRiskAssessmentPrediction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against RiskAssessment (http://hl7.org/fhir/StructureDefinition/RiskAssessment).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateRiskAssessment(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateRiskAssessment} with the same options reports no error or fatal issue: RiskAssessment (http://hl7.org/fhir/StructureDefinition/RiskAssessment). */
export declare function isRiskAssessment(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is RiskAssessment;
/** Input of {@link buildRiskAssessment}: a {@link RiskAssessment} without what the builder fills in. */
export type RiskAssessmentInput = BuilderInput<RiskAssessment, 'resourceType'>;
/**
 * Builds a {@link RiskAssessment} (RiskAssessment, http://hl7.org/fhir/StructureDefinition/RiskAssessment).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "RiskAssessment"
 *
 * The result is checked with {@link validateRiskAssessment}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildRiskAssessment(input: RiskAssessmentInput): RiskAssessment;
