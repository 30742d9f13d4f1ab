import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type Timing } from './Timing.js';
/**
 * DeviceMetric
 *
 * Base StructureDefinition for DeviceMetric Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/DeviceMetric
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface DeviceMetric {
    /** The FHIR resource type. */
    resourceType: 'DeviceMetric';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceMetric.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DeviceMetric.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceMetric.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceMetric.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see DeviceMetric.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceMetric.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see DeviceMetric.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceMetric.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceMetric.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceMetric.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceMetric.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Unique identifier of this DeviceMetric
     *
     * Describes the unique identification of this metric that has been assigned by the device or gateway software. For example: handle ID.  It should be noted that in order to make the identifier unique, the system element of the identifier should be set to the unique identifier of the device.
     *
     * - Cardinality 1..1
     * - FHIR path `DeviceMetric.identifier`
     * - Type Identifier
     */
    identifier: Identifier;
    /**
     * Identity of metric, for example Heart Rate or PEEP Setting
     *
     * Describes the type of the metric. For example: Heart Rate, PEEP Setting, etc.
     *
     * - Cardinality 1..1
     * - FHIR path `DeviceMetric.type`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/devicemetric-type (codes not enumerable here: code system urn:iso:std:iso:11073:10101 is not in the loaded packages)
     */
    type: CodeableConcept;
    /**
     * Unit of Measure for the Metric
     *
     * Describes the unit that an observed value determined for this metric will have. For example: Percent, Seconds, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceMetric.unit`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/devicemetric-type (codes not enumerable here: code system urn:iso:std:iso:11073:10101 is not in the loaded packages)
     */
    unit?: CodeableConcept;
    /**
     * Describes the link to the source Device
     *
     * Describes the link to the  Device that this DeviceMetric belongs to and that contains administrative device information such as manufacturer, serial number, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceMetric.source`
     * - Type Reference
     */
    source?: Reference<'Device'>;
    /**
     * Describes the link to the parent DeviceComponent
     *
     * Describes the link to the  DeviceComponent that this DeviceMetric belongs to and that provide information about the location of this DeviceMetric in the containment structure of the parent Device. An example would be a DeviceComponent that represents a Channel. This reference can be used by a client application to distinguish DeviceMetrics that have the same type, but should be interpreted based on their containment location.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceMetric.parent`
     * - Type Reference
     */
    parent?: Reference<'DeviceComponent'>;
    /**
     * on | off | standby | entered-in-error
     *
     * Indicates current operational state of the device. For example: On, Off, Standby, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceMetric.operationalStatus`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/metric-operational-status (4 codes: on, off, standby, entered-in-error)
     */
    operationalStatus?: 'entered-in-error' | 'off' | 'on' | 'standby';
    /** Extensions and id for `operationalStatus` (FHIR JSON primitive extension, see DeviceMetric.operationalStatus). */
    _operationalStatus?: Element;
    /**
     * black | red | green | yellow | blue | magenta | cyan | white
     *
     * Describes the color representation for the metric. This is often used to aid clinicians to track and identify parameter types by color. In practice, consider a Patient Monitor that has ECG/HR and Pleth for example; the parameters are displayed in different characteristic colors, such as HR-blue, BP-green, and PR and SpO2- magenta.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceMetric.color`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/metric-color (8 codes: black, red, green, yellow, blue, magenta, cyan, white)
     */
    color?: 'black' | 'blue' | 'cyan' | 'green' | 'magenta' | 'red' | 'white' | 'yellow';
    /** Extensions and id for `color` (FHIR JSON primitive extension, see DeviceMetric.color). */
    _color?: Element;
    /**
     * measurement | setting | calculation | unspecified
     *
     * Indicates the category of the observation generation process. A DeviceMetric can be for example a setting, measurement, or calculation.
     *
     * - Cardinality 1..1
     * - FHIR path `DeviceMetric.category`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/metric-category (4 codes: measurement, setting, calculation, unspecified)
     */
    category: 'calculation' | 'measurement' | 'setting' | 'unspecified';
    /** Extensions and id for `category` (FHIR JSON primitive extension, see DeviceMetric.category). */
    _category?: Element;
    /**
     * Describes the measurement repetition time
     *
     * Describes the measurement repetition time. This is not necessarily the same as the update period. The measurement repetition time can range from milliseconds up to hours. An example for a measurement repetition time in the range of milliseconds is the sampling rate of an ECG. An example for a measurement repetition time in the range of hours is a NIBP that is triggered automatically every hour. The update period may be different than the measurement repetition time, if the device does not update the published observed value with the same frequency as it was measured.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceMetric.measurementPeriod`
     * - Type Timing
     */
    measurementPeriod?: Timing;
    /**
     * Describes the calibrations that have been performed or that are required to be performed
     *
     * Describes the calibrations that have been performed or that are required to be performed.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceMetric.calibration`
     * - Type BackboneElement
     */
    calibration?: DeviceMetricCalibration[];
}
/**
 * Describes the calibrations that have been performed or that are required to be performed
 *
 * Describes the calibrations that have been performed or that are required to be performed.
 *
 * - Cardinality 0..*
 * - FHIR path `DeviceMetric.calibration`
 * - Type BackboneElement
 */
export interface DeviceMetricCalibration {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceMetric.calibration.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DeviceMetric.calibration.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceMetric.calibration.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceMetric.calibration.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * unspecified | offset | gain | two-point
     *
     * Describes the type of the calibration method.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceMetric.calibration.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/metric-calibration-type (4 codes: unspecified, offset, gain, two-point)
     */
    type?: 'gain' | 'offset' | 'two-point' | 'unspecified';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see DeviceMetric.calibration.type). */
    _type?: Element;
    /**
     * not-calibrated | calibration-required | calibrated | unspecified
     *
     * Describes the state of the calibration.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceMetric.calibration.state`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/metric-calibration-state (4 codes: not-calibrated, calibration-required, calibrated, unspecified)
     */
    state?: 'calibrated' | 'calibration-required' | 'not-calibrated' | 'unspecified';
    /** Extensions and id for `state` (FHIR JSON primitive extension, see DeviceMetric.calibration.state). */
    _state?: Element;
    /**
     * Describes the time last calibration has been performed
     *
     * Describes the time last calibration has been performed.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceMetric.calibration.time`
     * - Type instant
     */
    time?: string;
    /** Extensions and id for `time` (FHIR JSON primitive extension, see DeviceMetric.calibration.time). */
    _time?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDeviceMetric(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDeviceMetricCalibration(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against DeviceMetric (http://hl7.org/fhir/StructureDefinition/DeviceMetric).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDeviceMetric(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDeviceMetric} with the same options reports no error or fatal issue: DeviceMetric (http://hl7.org/fhir/StructureDefinition/DeviceMetric). */
export declare function isDeviceMetric(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is DeviceMetric;
/** Input of {@link buildDeviceMetric}: a {@link DeviceMetric} without what the builder fills in. */
export type DeviceMetricInput = BuilderInput<DeviceMetric, 'resourceType'>;
/**
 * Builds a {@link DeviceMetric} (DeviceMetric, http://hl7.org/fhir/StructureDefinition/DeviceMetric).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "DeviceMetric"
 *
 * The result is checked with {@link validateDeviceMetric}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildDeviceMetric(input: DeviceMetricInput): DeviceMetric;
