import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type ObservationComponent, type ObservationReferenceRange } from './Observation.js';
import { type Period } from './Period.js';
import { type Quantity } from './Quantity.js';
import { type Range } from './Range.js';
import { type Ratio } from './Ratio.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
import { type SampledData } from './SampledData.js';
/**
 * Device Metric Observation Profile
 *
 * This profile describes the direct or derived, qualitative or quantitative physiological measurement, setting, or calculation data produced by a medical device or a device component.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/devicemetricobservation
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Observation
 */
export interface DeviceMetricObservationProfile {
    /** The FHIR resource type. */
    resourceType: 'Observation';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Observation.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Observation.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business Identifier for observation
     *
     * A unique identifier assigned to this observation.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.identifier`
     * - Type Identifier
     * - Must support
     */
    identifier?: Identifier[];
    /**
     * Fulfills plan, proposal or order
     *
     * A plan, proposal or order that is fulfilled in whole or in part by this event.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.basedOn`
     * - Type Reference
     */
    basedOn?: Reference<'CarePlan' | 'DeviceRequest' | 'ImmunizationRecommendation' | 'MedicationRequest' | 'NutritionOrder' | 'ProcedureRequest' | 'ReferralRequest'>[];
    /**
     * registered | preliminary | final | amended +
     *
     * The status of the result value.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.status`
     * - Type code
     * - Must support
     * - Binding required to http://hl7.org/fhir/ValueSet/observation-status (8 codes: registered, preliminary, final, amended, corrected, cancelled, entered-in-error, unknown)
     */
    status: 'amended' | 'cancelled' | 'corrected' | 'entered-in-error' | 'final' | 'preliminary' | 'registered' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Observation.status). */
    _status?: Element;
    /**
     * Classification of  type of observation
     *
     * A code that classifies the general type of observation being made.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.category`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/observation-category (8 codes: social-history, vital-signs, imaging, laboratory, procedure, survey, exam, therapy)
     */
    category?: CodeableConcept[];
    /**
     * Type of observation (code / type)
     *
     * Describes what was observed. Sometimes this is called the observation "name".
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.code`
     * - Type CodeableConcept
     * - Must support
     * - Binding example to http://hl7.org/fhir/ValueSet/observation-codes (codes not enumerable here: example binding: not checked)
     */
    code: CodeableConcept;
    /**
     * Who and/or what this is about
     *
     * The patient, or group of patients, location, or device whose characteristics (direct or indirect) are described by the observation and into whose record the observation is placed.  Comments: Indirect characteristics may be those of a specimen, fetus, donor,  other observer (for example a relative or EMT), or any observation made about the subject.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.subject`
     * - Type Reference
     * - Must support
     */
    subject: Reference<'Device' | 'Patient'>;
    /**
     * Clinically relevant time/time-period for observation
     *
     * The time or time-period the observed value is asserted as being true. For biological subjects - e.g. human patients - this is usually called the "physiologically relevant time". This is usually either the time of the procedure or of specimen collection, but very often the source of the date/time is not known, only the date/time itself.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.effectiveDateTime`
     * - Type dateTime
     * - Must support
     */
    effectiveDateTime: string;
    /** Extensions and id for `effectiveDateTime` (FHIR JSON primitive extension, see Observation.effectiveDateTime). */
    _effectiveDateTime?: Element;
    /**
     * Who is responsible for the observation
     *
     * Who was responsible for asserting the observed value as "true".
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.performer`
     * - Type Reference
     */
    performer?: Reference<'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>[];
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     * - Must support
     */
    valueQuantity?: Quantity;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     * - Must support
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     * - Must support
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Observation.value[x]). */
    _valueString?: Element;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     * - Must support
     */
    valueRange?: Range;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     * - Must support
     */
    valueRatio?: Ratio;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     * - Must support
     */
    valueSampledData?: SampledData;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     * - Must support
     */
    valueAttachment?: Attachment;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     * - Must support
     */
    valueTime?: string;
    /** Extensions and id for `valueTime` (FHIR JSON primitive extension, see Observation.value[x]). */
    _valueTime?: Element;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     * - Must support
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see Observation.value[x]). */
    _valueDateTime?: Element;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     * - Must support
     */
    valuePeriod?: Period;
    /**
     * High, low, normal, etc.
     *
     * The assessment made based on the result of the observation.  Intended as a simple compact code often placed adjacent to the result value in reports and flow sheets to signal the meaning/normalcy status of the result. Otherwise known as abnormal flag.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.interpretation`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/observation-interpretation (39 codes: <, >, A, AA, AC, B, D, DET, H, HH, HM, HU, ...)
     */
    interpretation?: CodeableConcept;
    /**
     * Comments about result
     *
     * May include statements about significant, unexpected or unreliable values, or information about the source of the value where this may be relevant to the interpretation of the result.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.comment`
     * - Type string
     */
    comment?: string;
    /** Extensions and id for `comment` (FHIR JSON primitive extension, see Observation.comment). */
    _comment?: Element;
    /**
     * Observed body part
     *
     * Indicates the site on the subject's body where the observation was made (i.e. the target site).
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.bodySite`
     * - Type CodeableConcept
     * - Must support
     * - Binding example to http://hl7.org/fhir/ValueSet/body-site (codes not enumerable here: example binding: not checked)
     */
    bodySite?: CodeableConcept;
    /**
     * How it was done
     *
     * Indicates the mechanism used to perform the observation.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.method`
     * - Type CodeableConcept
     * - Must support
     * - Binding example to http://hl7.org/fhir/ValueSet/observation-methods (codes not enumerable here: example binding: not checked)
     */
    method?: CodeableConcept;
    /**
     * (Measurement) Device
     *
     * The device used to generate the observation data.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.device`
     * - Type Reference
     * - Must support
     */
    device: Reference<'DeviceMetric'>;
    /**
     * Provides guide for interpretation
     *
     * Guidance on how to interpret the value by comparison to a normal or recommended range.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.referenceRange`
     * - Type BackboneElement
     * - Must support
     */
    referenceRange?: [ObservationReferenceRange];
    /**
     * Resource related to this observation
     *
     * A  reference to another resource (usually another Observation) whose relationship is defined by the relationship type code.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.related`
     * - Type BackboneElement
     * - Must support
     */
    related?: [DeviceMetricObservationProfileRelated];
    /**
     * Component results
     *
     * Some observations have multiple component observations.  These component observations are expressed as separate code value pairs that share the same attributes.  Examples include systolic and diastolic component observations for blood pressure measurement and multiple component observations for genetics observations.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.component`
     * - Type BackboneElement
     */
    component?: ObservationComponent[];
}
/**
 * Resource related to this observation
 *
 * A  reference to another resource (usually another Observation) whose relationship is defined by the relationship type code.
 *
 * - Cardinality 0..1
 * - FHIR path `Observation.related`
 * - Type BackboneElement
 * - Must support
 */
export interface DeviceMetricObservationProfileRelated {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.related.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.related.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.related.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.related.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * has-member | derived-from | sequel-to | replaces | qualified-by | interfered-by
     *
     * A code specifying the kind of relationship that exists with the target resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.related.type`
     * - Type code
     * - Must support
     * - Binding required to http://hl7.org/fhir/ValueSet/observation-relationshiptypes (6 codes: has-member, derived-from, sequel-to, replaces, qualified-by, interfered-by)
     */
    type?: 'derived-from' | 'has-member' | 'interfered-by' | 'qualified-by' | 'replaces' | 'sequel-to';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Observation.related.type). */
    _type?: Element;
    /**
     * Resource that is related to this one
     *
     * A reference to the observation or [QuestionnaireResponse](questionnaireresponse.html#) resource that is related to this observation.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.related.target`
     * - Type Reference
     * - Must support
     */
    target: Reference<'Observation'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDeviceMetricObservationProfile(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDeviceMetricObservationProfileRelated(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Device Metric Observation Profile (http://hl7.org/fhir/StructureDefinition/devicemetricobservation).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDeviceMetricObservationProfile(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDeviceMetricObservationProfile} with the same options reports no error or fatal issue: Device Metric Observation Profile (http://hl7.org/fhir/StructureDefinition/devicemetricobservation). */
export declare function isDeviceMetricObservationProfile(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is DeviceMetricObservationProfile;
/** Input of {@link buildDeviceMetricObservationProfile}: a {@link DeviceMetricObservationProfile} without what the builder fills in. */
export type DeviceMetricObservationProfileInput = BuilderInput<DeviceMetricObservationProfile, 'resourceType', {
    meta?: ProfiledMetaInput<DeviceMetricObservationProfile['meta']>;
}>;
/**
 * Builds a {@link DeviceMetricObservationProfile} (Device Metric Observation Profile, http://hl7.org/fhir/StructureDefinition/devicemetricobservation).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Observation"
 * - `meta.profile`: adds http://hl7.org/fhir/StructureDefinition/devicemetricobservation
 *
 * The result is checked with {@link validateDeviceMetricObservationProfile}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildDeviceMetricObservationProfile(input: DeviceMetricObservationProfileInput): DeviceMetricObservationProfile;
