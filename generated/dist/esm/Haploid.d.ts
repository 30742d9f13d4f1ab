import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * haploid
 *
 * haploid.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface Haploid {
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
    extension?: (HaploidLocus | HaploidType | HaploidMethod | Extension)[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * haploid-locus
 *
 * gene region.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:locus`
 * - Type Extension
 */
export interface HaploidLocus {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:locus.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:locus.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:locus.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:locus.url`
     * - Type uri
     * - Fixed "locus"
     */
    url: 'locus';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:locus.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:locus.valueCodeableConcept`
     * - Type CodeableConcept
     */
    valueCodeableConcept?: CodeableConcept;
}
/**
 * haploid-type
 *
 * haploid type.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:type`
 * - Type Extension
 */
export interface HaploidType {
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
 * haploid-method
 *
 * haploid method.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:method`
 * - Type Extension
 */
export interface HaploidMethod {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:method.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:method.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:method.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:method.url`
     * - Type uri
     * - Fixed "method"
     */
    url: 'method';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:method.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:method.valueCodeableConcept`
     * - Type CodeableConcept
     */
    valueCodeableConcept?: CodeableConcept;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkHaploid(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkHaploidLocus(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkHaploidType(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkHaploidMethod(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against haploid (http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateHaploid(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateHaploid} with the same options reports no error or fatal issue: haploid (http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid). */
export declare function isHaploid(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Haploid;
/** Input of {@link buildHaploid}: a {@link Haploid} without what the builder fills in. */
export type HaploidInput = BuilderInput<Haploid, 'url'>;
/** Input of {@link HaploidLocus} (`Extension.extension:locus`): what the builder fills may be left out. */
export type HaploidLocusInput = BuilderInput<HaploidLocus, 'url'>;
/** Input of {@link HaploidMethod} (`Extension.extension:method`): what the builder fills may be left out. */
export type HaploidMethodInput = BuilderInput<HaploidMethod, 'url'>;
/** Input of {@link HaploidType} (`Extension.extension:type`): what the builder fills may be left out. */
export type HaploidTypeInput = BuilderInput<HaploidType, 'url'>;
/**
 * Builds a {@link Haploid} (haploid, http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid"
 *
 * The result is checked with {@link validateHaploid}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildHaploid(input: HaploidInput): Haploid;
/**
 * Makes a `Extension.extension:locus` item (slice `locus`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "locus"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildHaploidLocus(input: HaploidLocusInput): HaploidLocus;
/**
 * Makes a `Extension.extension:type` item (slice `type`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "type"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildHaploidType(input: HaploidTypeInput): HaploidType;
/**
 * Makes a `Extension.extension:method` item (slice `method`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "method"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildHaploidMethod(input: HaploidMethodInput): HaploidMethod;
