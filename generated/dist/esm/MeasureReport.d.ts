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
 * MeasureReport
 *
 * Base StructureDefinition for MeasureReport Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/MeasureReport
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface MeasureReport {
    /** The FHIR resource type. */
    resourceType: 'MeasureReport';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MeasureReport.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see MeasureReport.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see MeasureReport.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Additional identifier for the Report
     *
     * A formal identifier that is used to identify this report when it is represented in other formats, or referenced in a specification, model, design or an instance.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * complete | pending | error
     *
     * The report status. No data will be available until the report status is complete.
     *
     * - Cardinality 1..1
     * - FHIR path `MeasureReport.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/measure-report-status (3 codes: complete, pending, error)
     */
    status: 'complete' | 'error' | 'pending';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see MeasureReport.status). */
    _status?: Element;
    /**
     * individual | patient-list | summary
     *
     * The type of measure report. This may be an individual report, which provides a single patient's score for the measure; a patient listing, which returns the list of patients that meet the various criteria in the measure; or a summary report, which returns a population count for each of the criteria in the measure.
     *
     * - Cardinality 1..1
     * - FHIR path `MeasureReport.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/measure-report-type (3 codes: individual, patient-list, summary)
     */
    type: 'individual' | 'patient-list' | 'summary';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see MeasureReport.type). */
    _type?: Element;
    /**
     * What measure was evaluated
     *
     * A reference to the Measure that was evaluated to produce this report.
     *
     * - Cardinality 1..1
     * - FHIR path `MeasureReport.measure`
     * - Type Reference
     */
    measure: Reference<'Measure'>;
    /**
     * What patient the report is for
     *
     * Optional Patient if the report was requested for a single patient.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.patient`
     * - Type Reference
     */
    patient?: Reference<'Patient'>;
    /**
     * When the report was generated
     *
     * The date this measure report was generated.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see MeasureReport.date). */
    _date?: Element;
    /**
     * Who is reporting the data
     *
     * Reporting Organization.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.reportingOrganization`
     * - Type Reference
     */
    reportingOrganization?: Reference<'Organization'>;
    /**
     * What period the report covers
     *
     * The reporting period for which the report was calculated.
     *
     * - Cardinality 1..1
     * - FHIR path `MeasureReport.period`
     * - Type Period
     */
    period: Period;
    /**
     * Measure results for each group
     *
     * The results of the calculation, one for each population group in the measure.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.group`
     * - Type BackboneElement
     */
    group?: MeasureReportGroup[];
    /**
     * What data was evaluated to produce the measure score
     *
     * A reference to a Bundle containing the Resources that were used in the evaluation of this report.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.evaluatedResources`
     * - Type Reference
     */
    evaluatedResources?: Reference<'Bundle'>;
}
/**
 * Measure results for each group
 *
 * The results of the calculation, one for each population group in the measure.
 *
 * - Cardinality 0..*
 * - FHIR path `MeasureReport.group`
 * - Type BackboneElement
 */
export interface MeasureReportGroup {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.group.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MeasureReport.group.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.group.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.group.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * What group of the measure
     *
     * The identifier of the population group as defined in the measure definition.
     *
     * - Cardinality 1..1
     * - FHIR path `MeasureReport.group.identifier`
     * - Type Identifier
     */
    identifier: Identifier;
    /**
     * The populations in the group
     *
     * The populations that make up the population group, one for each type of population appropriate for the measure.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.group.population`
     * - Type BackboneElement
     */
    population?: MeasureReportGroupPopulation[];
    /**
     * What score this group achieved
     *
     * The measure score for this population group, calculated as appropriate for the measure type and scoring method, and based on the contents of the populations defined in the group.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.group.measureScore`
     * - Type decimal
     */
    measureScore?: number;
    /** Extensions and id for `measureScore` (FHIR JSON primitive extension, see MeasureReport.group.measureScore). */
    _measureScore?: Element;
    /**
     * Stratification results
     *
     * When a measure includes multiple stratifiers, there will be a stratifier group for each stratifier defined by the measure.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.group.stratifier`
     * - Type BackboneElement
     */
    stratifier?: MeasureReportGroupStratifier[];
}
/**
 * The populations in the group
 *
 * The populations that make up the population group, one for each type of population appropriate for the measure.
 *
 * - Cardinality 0..*
 * - FHIR path `MeasureReport.group.population`
 * - Type BackboneElement
 */
export interface MeasureReportGroupPopulation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.group.population.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MeasureReport.group.population.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.group.population.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.group.population.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Population identifier as defined in the measure
     *
     * The identifier of the population being reported, as defined by the population element of the measure.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.group.population.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * initial-population | numerator | numerator-exclusion | denominator | denominator-exclusion | denominator-exception | measure-population | measure-population-exclusion | measure-score
     *
     * The type of the population.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.group.population.code`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/measure-population (9 codes: initial-population, numerator, numerator-exclusion, denominator, denominator-exclusion, denominator-exception, measure-population, measure-population-exclusion, measure-observation)
     */
    code?: CodeableConcept;
    /**
     * Size of the population
     *
     * The number of members of the population.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.group.population.count`
     * - Type integer
     */
    count?: number;
    /** Extensions and id for `count` (FHIR JSON primitive extension, see MeasureReport.group.population.count). */
    _count?: Element;
    /**
     * For patient-list reports, the patients in this population
     *
     * This element refers to a List of patient level MeasureReport resources, one for each patient in this population.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.group.population.patients`
     * - Type Reference
     */
    patients?: Reference<'List'>;
}
/**
 * Stratification results
 *
 * When a measure includes multiple stratifiers, there will be a stratifier group for each stratifier defined by the measure.
 *
 * - Cardinality 0..*
 * - FHIR path `MeasureReport.group.stratifier`
 * - Type BackboneElement
 */
export interface MeasureReportGroupStratifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.group.stratifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MeasureReport.group.stratifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.group.stratifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.group.stratifier.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * What stratifier of the group
     *
     * The identifier of this stratifier, as defined in the measure definition.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.group.stratifier.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Stratum results, one for each unique value in the stratifier
     *
     * This element contains the results for a single stratum within the stratifier. For example, when stratifying on administrative gender, there will be four strata, one for each possible gender value.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.group.stratifier.stratum`
     * - Type BackboneElement
     */
    stratum?: MeasureReportGroupStratifierStratum[];
}
/**
 * Stratum results, one for each unique value in the stratifier
 *
 * This element contains the results for a single stratum within the stratifier. For example, when stratifying on administrative gender, there will be four strata, one for each possible gender value.
 *
 * - Cardinality 0..*
 * - FHIR path `MeasureReport.group.stratifier.stratum`
 * - Type BackboneElement
 */
export interface MeasureReportGroupStratifierStratum {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.group.stratifier.stratum.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MeasureReport.group.stratifier.stratum.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.group.stratifier.stratum.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.group.stratifier.stratum.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The stratum value, e.g. male
     *
     * The value for this stratum, expressed as a string. When defining stratifiers on complex values, the value must be rendered such that the value for each stratum within the stratifier is unique.
     *
     * - Cardinality 1..1
     * - FHIR path `MeasureReport.group.stratifier.stratum.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see MeasureReport.group.stratifier.stratum.value). */
    _value?: Element;
    /**
     * Population results in this stratum
     *
     * The populations that make up the stratum, one for each type of population appropriate to the measure.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.group.stratifier.stratum.population`
     * - Type BackboneElement
     */
    population?: MeasureReportGroupStratifierStratumPopulation[];
    /**
     * What score this stratum achieved
     *
     * The measure score for this stratum, calculated as appropriate for the measure type and scoring method, and based on only the members of this stratum.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.group.stratifier.stratum.measureScore`
     * - Type decimal
     */
    measureScore?: number;
    /** Extensions and id for `measureScore` (FHIR JSON primitive extension, see MeasureReport.group.stratifier.stratum.measureScore). */
    _measureScore?: Element;
}
/**
 * Population results in this stratum
 *
 * The populations that make up the stratum, one for each type of population appropriate to the measure.
 *
 * - Cardinality 0..*
 * - FHIR path `MeasureReport.group.stratifier.stratum.population`
 * - Type BackboneElement
 */
export interface MeasureReportGroupStratifierStratumPopulation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.group.stratifier.stratum.population.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MeasureReport.group.stratifier.stratum.population.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.group.stratifier.stratum.population.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MeasureReport.group.stratifier.stratum.population.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Population identifier as defined in the measure
     *
     * The identifier of the population being reported, as defined by the population element of the measure.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.group.stratifier.stratum.population.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * initial-population | numerator | numerator-exclusion | denominator | denominator-exclusion | denominator-exception | measure-population | measure-population-exclusion | measure-score
     *
     * The type of the population.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.group.stratifier.stratum.population.code`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/measure-population (9 codes: initial-population, numerator, numerator-exclusion, denominator, denominator-exclusion, denominator-exception, measure-population, measure-population-exclusion, measure-observation)
     */
    code?: CodeableConcept;
    /**
     * Size of the population
     *
     * The number of members of the population in this stratum.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.group.stratifier.stratum.population.count`
     * - Type integer
     */
    count?: number;
    /** Extensions and id for `count` (FHIR JSON primitive extension, see MeasureReport.group.stratifier.stratum.population.count). */
    _count?: Element;
    /**
     * For patient-list reports, the patients in this population
     *
     * This element refers to a List of patient level MeasureReport resources, one for each patient in this population in this stratum.
     *
     * - Cardinality 0..1
     * - FHIR path `MeasureReport.group.stratifier.stratum.population.patients`
     * - Type Reference
     */
    patients?: Reference<'List'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkMeasureReport(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMeasureReportGroup(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMeasureReportGroupPopulation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMeasureReportGroupStratifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMeasureReportGroupStratifierStratum(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMeasureReportGroupStratifierStratumPopulation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against MeasureReport (http://hl7.org/fhir/StructureDefinition/MeasureReport).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateMeasureReport(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateMeasureReport} with the same options reports no error or fatal issue: MeasureReport (http://hl7.org/fhir/StructureDefinition/MeasureReport). */
export declare function isMeasureReport(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is MeasureReport;
/** Input of {@link buildMeasureReport}: a {@link MeasureReport} without what the builder fills in. */
export type MeasureReportInput = BuilderInput<MeasureReport, 'resourceType'>;
/**
 * Builds a {@link MeasureReport} (MeasureReport, http://hl7.org/fhir/StructureDefinition/MeasureReport).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "MeasureReport"
 *
 * The result is checked with {@link validateMeasureReport}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildMeasureReport(input: MeasureReportInput): MeasureReport;
