import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * substanceExposureRisk
 *
 * A complex extension allowing structured capture of the exposure risk of the patient for an adverse reaction (allergy or intolerance) to the specified substance/product.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface SubstanceExposureRisk {
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
        SubstanceExposureRiskSubstance | SubstanceExposureRiskExposureRisk | Extension,
        ...(SubstanceExposureRiskSubstance | SubstanceExposureRiskExposureRisk | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Substance (or pharmaceutical product)
 *
 * Code for a substance or pharmaceutical product that is considered to be responsible for the adverse reaction risk or is known not to have an associated risk of an adverse reaction upon exposure.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:substance`
 * - Type Extension
 */
export interface SubstanceExposureRiskSubstance {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:substance.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:substance.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:substance.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:substance.url`
     * - Type uri
     * - Fixed "substance"
     */
    url: 'substance';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:substance.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:substance.valueCodeableConcept`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/substance-code (codes not enumerable here: example binding: not checked)
     */
    valueCodeableConcept?: CodeableConcept;
}
/**
 * known-reaction-risk | no-known-reaction-risk
 *
 * The presence or absence of a known exposure risk of the patient for an adverse reaction (allergy or intolerance) to the specified substance/product.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:exposurerisk`
 * - Type Extension
 */
export interface SubstanceExposureRiskExposureRisk {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:exposurerisk.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:exposurerisk.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:exposurerisk.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:exposurerisk.url`
     * - Type uri
     * - Fixed "exposureRisk"
     */
    url: 'exposureRisk';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:exposurerisk.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:exposurerisk.valueCodeableConcept`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/allerg-intol-substance-exp-risk (2 codes: known-reaction-risk, no-known-reaction-risk)
     */
    valueCodeableConcept?: CodeableConcept<'known-reaction-risk' | 'no-known-reaction-risk'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkSubstanceExposureRisk(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSubstanceExposureRiskSubstance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSubstanceExposureRiskExposureRisk(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against substanceExposureRisk (http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateSubstanceExposureRisk(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateSubstanceExposureRisk} with the same options reports no error or fatal issue: substanceExposureRisk (http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk). */
export declare function isSubstanceExposureRisk(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is SubstanceExposureRisk;
/** Input of {@link buildSubstanceExposureRisk}: a {@link SubstanceExposureRisk} without what the builder fills in. */
export type SubstanceExposureRiskInput = BuilderInput<SubstanceExposureRisk, 'url', {
    extension: [
        SubstanceExposureRiskSubstanceInput,
        SubstanceExposureRiskExposureRiskInput,
        ...(SubstanceExposureRiskSubstance | SubstanceExposureRiskExposureRisk | Extension)[]
    ];
}>;
/** Input of {@link SubstanceExposureRiskExposureRisk} (`Extension.extension:exposurerisk`): what the builder fills may be left out. */
export type SubstanceExposureRiskExposureRiskInput = BuilderInput<SubstanceExposureRiskExposureRisk, 'url'>;
/** Input of {@link SubstanceExposureRiskSubstance} (`Extension.extension:substance`): what the builder fills may be left out. */
export type SubstanceExposureRiskSubstanceInput = BuilderInput<SubstanceExposureRiskSubstance, 'url'>;
/**
 * Builds a {@link SubstanceExposureRisk} (substanceExposureRisk, http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/allergyintolerance-substanceExposureRisk"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:substance`, `Extension.extension:exposurerisk`
 *
 * The result is checked with {@link validateSubstanceExposureRisk}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildSubstanceExposureRisk(input: SubstanceExposureRiskInput): SubstanceExposureRisk;
/**
 * Makes a `Extension.extension:substance` item (slice `substance`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "substance"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildSubstanceExposureRiskSubstance(input: SubstanceExposureRiskSubstanceInput): SubstanceExposureRiskSubstance;
/**
 * Makes a `Extension.extension:exposurerisk` item (slice `exposureRisk`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "exposureRisk"
 * - the `system` of codings in `valueCodeableConcept`: http://hl7.org/fhir/allerg-intol-substance-exp-risk (the only system of its required binding)
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildSubstanceExposureRiskExposureRisk(input: SubstanceExposureRiskExposureRiskInput): SubstanceExposureRiskExposureRisk;
