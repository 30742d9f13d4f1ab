import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Period } from './Period.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * clinicalTrial
 *
 * The clinical trials this patient has or is participating in.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface ClinicalTrial {
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
        ClinicalTrialNCT | ClinicalTrialPeriod | ClinicalTrialReason | Extension,
        ...(ClinicalTrialNCT | ClinicalTrialPeriod | ClinicalTrialReason | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * National Clinical Trial number
 *
 * The National Clinical Trial number. The format for the US ClinicalTrials.gov registry number is "NCT" followed by an 8-digit number, e.g.: NCT00000419.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:nct`
 * - Type Extension
 */
export interface ClinicalTrialNCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:nct.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:nct.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:nct.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:nct.url`
     * - Type uri
     * - Fixed "NCT"
     */
    url: 'NCT';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:nct.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:nct.valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:nct.valueString). */
    _valueString?: Element;
}
/**
 * The period of participation in the clinical trial
 *
 * The start and end times of the participation of this patient in the clinical trial.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:period`
 * - Type Extension
 */
export interface ClinicalTrialPeriod {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:period.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:period.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:period.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:period.url`
     * - Type uri
     * - Fixed "period"
     */
    url: 'period';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:period.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:period.valuePeriod`
     * - Type Period
     */
    valuePeriod?: Period;
}
/**
 * The reason for participation in the clinical trial
 *
 * The indication or reason the patient is part of this trial.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:reason`
 * - Type Extension
 */
export interface ClinicalTrialReason {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:reason.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:reason.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:reason.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:reason.url`
     * - Type uri
     * - Fixed "reason"
     */
    url: 'reason';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:reason.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:reason.valueCodeableConcept`
     * - Type CodeableConcept
     */
    valueCodeableConcept?: CodeableConcept;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkClinicalTrial(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClinicalTrialNCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClinicalTrialPeriod(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkClinicalTrialReason(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against clinicalTrial (http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateClinicalTrial(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateClinicalTrial} with the same options reports no error or fatal issue: clinicalTrial (http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial). */
export declare function isClinicalTrial(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ClinicalTrial;
/** Input of {@link buildClinicalTrial}: a {@link ClinicalTrial} without what the builder fills in. */
export type ClinicalTrialInput = BuilderInput<ClinicalTrial, 'url', {
    extension: [ClinicalTrialNCTInput, ...(ClinicalTrialNCT | ClinicalTrialPeriod | ClinicalTrialReason | Extension)[]];
}>;
/** Input of {@link ClinicalTrialNCT} (`Extension.extension:nct`): what the builder fills may be left out. */
export type ClinicalTrialNCTInput = BuilderInput<ClinicalTrialNCT, 'url'>;
/** Input of {@link ClinicalTrialPeriod} (`Extension.extension:period`): what the builder fills may be left out. */
export type ClinicalTrialPeriodInput = BuilderInput<ClinicalTrialPeriod, 'url'>;
/** Input of {@link ClinicalTrialReason} (`Extension.extension:reason`): what the builder fills may be left out. */
export type ClinicalTrialReasonInput = BuilderInput<ClinicalTrialReason, 'url'>;
/**
 * Builds a {@link ClinicalTrial} (clinicalTrial, http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/patient-clinicalTrial"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:nct`
 *
 * The result is checked with {@link validateClinicalTrial}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildClinicalTrial(input: ClinicalTrialInput): ClinicalTrial;
/**
 * Makes a `Extension.extension:nct` item (slice `NCT`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "NCT"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildClinicalTrialNCT(input: ClinicalTrialNCTInput): ClinicalTrialNCT;
/**
 * Makes a `Extension.extension:period` item (slice `period`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "period"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildClinicalTrialPeriod(input: ClinicalTrialPeriodInput): ClinicalTrialPeriod;
/**
 * Makes a `Extension.extension:reason` item (slice `reason`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "reason"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildClinicalTrialReason(input: ClinicalTrialReasonInput): ClinicalTrialReason;
