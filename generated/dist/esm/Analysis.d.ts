import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Analysis
 *
 * Knowledge-based comments on the effect of the sequence on patient's condition/medication reaction.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface Analysis {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension`
     * - Type Extension
     */
    extension: [
        AnalysisType | AnalysisInterpretation | Extension,
        ...(AnalysisType | AnalysisInterpretation | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Analysis type
 *
 * Type of the analysis. E.g. for a drug, what is being analyzed - efficacy, reaction, the drug's effect on the user's metabolism, etc.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:type`
 * - Type Extension
 */
export interface AnalysisType {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:type.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:type.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:type.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:type.url`
     * - Type uri
     * - Fixed "type"
     */
    url: 'type';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:type.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:type.valueCodeableConcept`
     * - Type CodeableConcept
     */
    valueCodeableConcept?: CodeableConcept;
}
/**
 * Analysis interpretation
 *
 * Interpretation of the sequence's effect on the patient's condition or reaction to a medication.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:interpretation`
 * - Type Extension
 */
export interface AnalysisInterpretation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:interpretation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:interpretation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:interpretation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:interpretation.url`
     * - Type uri
     * - Fixed "interpretation"
     */
    url: 'interpretation';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:interpretation.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:interpretation.valueCodeableConcept`
     * - Type CodeableConcept
     */
    valueCodeableConcept?: CodeableConcept;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkAnalysis(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkAnalysisType(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkAnalysisInterpretation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Analysis (http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateAnalysis(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateAnalysis} with the same options reports no error or fatal issue: Analysis (http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis). */
export declare function isAnalysis(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Analysis;
/** Input of {@link buildAnalysis}: a {@link Analysis} without what the builder fills in. */
export type AnalysisInput = BuilderInput<Analysis, 'url', {
    extension: [AnalysisTypeInput, ...(AnalysisType | AnalysisInterpretation | Extension)[]];
}>;
/** Input of {@link AnalysisInterpretation} (`Extension.extension:interpretation`): what the builder fills may be left out. */
export type AnalysisInterpretationInput = BuilderInput<AnalysisInterpretation, 'url'>;
/** Input of {@link AnalysisType} (`Extension.extension:type`): what the builder fills may be left out. */
export type AnalysisTypeInput = BuilderInput<AnalysisType, 'url'>;
/**
 * Builds a {@link Analysis} (Analysis, http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsAnalysis"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:type`
 *
 * The result is checked with {@link validateAnalysis}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildAnalysis(input: AnalysisInput): Analysis;
/**
 * Makes a `Extension.extension:type` item (slice `type`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "type"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildAnalysisType(input: AnalysisTypeInput): AnalysisType;
/**
 * Makes a `Extension.extension:interpretation` item (slice `interpretation`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "interpretation"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildAnalysisInterpretation(input: AnalysisInterpretationInput): AnalysisInterpretation;
