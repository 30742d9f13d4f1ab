import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type SimpleQuantity } from './SimpleQuantity.js';
/**
 * SampledData
 *
 * Base StructureDefinition for SampledData Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/SampledData
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface SampledData {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `SampledData.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see SampledData.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `SampledData.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Zero value and units
     *
     * The base quantity that a measured value of zero represents. In addition, this provides the units of the entire measurement series.
     *
     * - Cardinality 1..1
     * - FHIR path `SampledData.origin`
     * - Type Quantity
     */
    origin: SimpleQuantity;
    /**
     * Number of milliseconds between samples
     *
     * The length of time between sampling times, measured in milliseconds.
     *
     * - Cardinality 1..1
     * - FHIR path `SampledData.period`
     * - Type decimal
     */
    period: number;
    /** Extensions and id for `period` (FHIR JSON primitive extension, see SampledData.period). */
    _period?: Element;
    /**
     * Multiply data by this before adding to origin
     *
     * A correction factor that is applied to the sampled data points before they are added to the origin.
     *
     * - Cardinality 0..1
     * - FHIR path `SampledData.factor`
     * - Type decimal
     */
    factor?: number;
    /** Extensions and id for `factor` (FHIR JSON primitive extension, see SampledData.factor). */
    _factor?: Element;
    /**
     * Lower limit of detection
     *
     * The lower limit of detection of the measured points. This is needed if any of the data points have the value "L" (lower than detection limit).
     *
     * - Cardinality 0..1
     * - FHIR path `SampledData.lowerLimit`
     * - Type decimal
     */
    lowerLimit?: number;
    /** Extensions and id for `lowerLimit` (FHIR JSON primitive extension, see SampledData.lowerLimit). */
    _lowerLimit?: Element;
    /**
     * Upper limit of detection
     *
     * The upper limit of detection of the measured points. This is needed if any of the data points have the value "U" (higher than detection limit).
     *
     * - Cardinality 0..1
     * - FHIR path `SampledData.upperLimit`
     * - Type decimal
     */
    upperLimit?: number;
    /** Extensions and id for `upperLimit` (FHIR JSON primitive extension, see SampledData.upperLimit). */
    _upperLimit?: Element;
    /**
     * Number of sample points at each time point
     *
     * The number of sample points at each time point. If this value is greater than one, then the dimensions will be interlaced - all the sample points for a point in time will be recorded at once.
     *
     * - Cardinality 1..1
     * - FHIR path `SampledData.dimensions`
     * - Type positiveInt
     */
    dimensions: number;
    /** Extensions and id for `dimensions` (FHIR JSON primitive extension, see SampledData.dimensions). */
    _dimensions?: Element;
    /**
     * Decimal values with spaces, or "E" | "U" | "L"
     *
     * A series of data points which are decimal values separated by a single space (character u20). The special values "E" (error), "L" (below detection limit) and "U" (above detection limit) can also be used in place of a decimal value.
     *
     * - Cardinality 1..1
     * - FHIR path `SampledData.data`
     * - Type string
     */
    data: string;
    /** Extensions and id for `data` (FHIR JSON primitive extension, see SampledData.data). */
    _data?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkSampledData(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against SampledData (http://hl7.org/fhir/StructureDefinition/SampledData).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateSampledData(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateSampledData} with the same options reports no error or fatal issue: SampledData (http://hl7.org/fhir/StructureDefinition/SampledData). */
export declare function isSampledData(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is SampledData;
