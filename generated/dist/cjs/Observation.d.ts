import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Quantity } from './Quantity.js';
import { type Range } from './Range.js';
import { type Ratio } from './Ratio.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type SampledData } from './SampledData.js';
import { type SimpleQuantity } from './SimpleQuantity.js';
/**
 * Observation
 *
 * Base StructureDefinition for Observation Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Observation
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Observation {
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
     * - Binding example to http://hl7.org/fhir/ValueSet/observation-codes (codes not enumerable here: example binding: not checked)
     */
    code: CodeableConcept;
    /**
     * Who and/or what this is about
     *
     * The patient, or group of patients, location, or device whose characteristics (direct or indirect) are described by the observation and into whose record the observation is placed.  Comments: Indirect characteristics may be those of a specimen, fetus, donor,  other observer (for example a relative or EMT), or any observation made about the subject.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.subject`
     * - Type Reference
     */
    subject?: Reference<'Device' | 'Group' | 'Location' | 'Patient'>;
    /**
     * Healthcare event during which this observation is made
     *
     * The healthcare event  (e.g. a patient and healthcare provider interaction) during which this observation is made.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * Clinically relevant time/time-period for observation
     *
     * The time or time-period the observed value is asserted as being true. For biological subjects - e.g. human patients - this is usually called the "physiologically relevant time". This is usually either the time of the procedure or of specimen collection, but very often the source of the date/time is not known, only the date/time itself.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.effective[x]`
     * - Type dateTime | Period
     */
    effectiveDateTime?: string;
    /** Extensions and id for `effectiveDateTime` (FHIR JSON primitive extension, see Observation.effective[x]). */
    _effectiveDateTime?: Element;
    /**
     * Clinically relevant time/time-period for observation
     *
     * The time or time-period the observed value is asserted as being true. For biological subjects - e.g. human patients - this is usually called the "physiologically relevant time". This is usually either the time of the procedure or of specimen collection, but very often the source of the date/time is not known, only the date/time itself.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.effective[x]`
     * - Type dateTime | Period
     */
    effectivePeriod?: Period;
    /**
     * Date/Time this was made available
     *
     * The date and time this observation was made available to providers, typically after the results have been reviewed and verified.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.issued`
     * - Type instant
     */
    issued?: string;
    /** Extensions and id for `issued` (FHIR JSON primitive extension, see Observation.issued). */
    _issued?: Element;
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
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueQuantity?: Quantity;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
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
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see Observation.value[x]). */
    _valueBoolean?: Element;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueRange?: Range;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueRatio?: Ratio;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueSampledData?: SampledData;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueAttachment?: Attachment;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
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
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
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
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valuePeriod?: Period;
    /**
     * Why the result is missing
     *
     * Provides a reason why the expected value in the element Observation.value[x] is missing.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.dataAbsentReason`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/observation-valueabsentreason (10 codes: unknown, asked, temp, not-asked, masked, unsupported, astext, error, NaN, not-performed)
     */
    dataAbsentReason?: CodeableConcept;
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
     * - Binding example to http://hl7.org/fhir/ValueSet/observation-methods (codes not enumerable here: example binding: not checked)
     */
    method?: CodeableConcept;
    /**
     * Specimen used for this observation
     *
     * The specimen that was used when this observation was made.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.specimen`
     * - Type Reference
     */
    specimen?: Reference<'Specimen'>;
    /**
     * (Measurement) Device
     *
     * The device used to generate the observation data.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.device`
     * - Type Reference
     */
    device?: Reference<'Device' | 'DeviceMetric'>;
    /**
     * Provides guide for interpretation
     *
     * Guidance on how to interpret the value by comparison to a normal or recommended range.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.referenceRange`
     * - Type BackboneElement
     */
    referenceRange?: ObservationReferenceRange[];
    /**
     * Resource related to this observation
     *
     * A  reference to another resource (usually another Observation) whose relationship is defined by the relationship type code.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.related`
     * - Type BackboneElement
     */
    related?: ObservationRelated[];
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
 * Provides guide for interpretation
 *
 * Guidance on how to interpret the value by comparison to a normal or recommended range.
 *
 * - Cardinality 0..*
 * - FHIR path `Observation.referenceRange`
 * - Type BackboneElement
 */
export interface ObservationReferenceRange {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.referenceRange.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.referenceRange.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.referenceRange.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.referenceRange.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Low Range, if relevant
     *
     * The value of the low bound of the reference range.  The low bound of the reference range endpoint is inclusive of the value (e.g.  reference range is >=5 - <=9).   If the low bound is omitted,  it is assumed to be meaningless (e.g. reference range is <=2.3).
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.referenceRange.low`
     * - Type Quantity
     */
    low?: SimpleQuantity;
    /**
     * High Range, if relevant
     *
     * The value of the high bound of the reference range.  The high bound of the reference range endpoint is inclusive of the value (e.g.  reference range is >=5 - <=9).   If the high bound is omitted,  it is assumed to be meaningless (e.g. reference range is >= 2.3).
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.referenceRange.high`
     * - Type Quantity
     */
    high?: SimpleQuantity;
    /**
     * Reference range qualifier
     *
     * Codes to indicate the what part of the targeted reference population it applies to. For example, the normal or therapeutic range.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.referenceRange.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/referencerange-meaning (13 codes: type, normal, recommended, treatment, therapeutic, pre, post, endocrine, pre-puberty, follicular, midcycle, luteal, ...)
     */
    type?: CodeableConcept;
    /**
     * Reference range population
     *
     * Codes to indicate the target population this reference range applies to.  For example, a reference range may be based on the normal population or a particular sex or race.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.referenceRange.appliesTo`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/referencerange-appliesto (codes not enumerable here: example binding: not checked)
     */
    appliesTo?: CodeableConcept[];
    /**
     * Applicable age range, if relevant
     *
     * The age at which this reference range is applicable. This is a neonatal age (e.g. number of weeks at term) if the meaning says so.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.referenceRange.age`
     * - Type Range
     */
    age?: Range;
    /**
     * Text based reference range in an observation
     *
     * Text based reference range in an observation which may be used when a quantitative range is not appropriate for an observation.  An example would be a reference value of "Negative" or a list or table of 'normals'.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.referenceRange.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Observation.referenceRange.text). */
    _text?: Element;
}
/**
 * Resource related to this observation
 *
 * A  reference to another resource (usually another Observation) whose relationship is defined by the relationship type code.
 *
 * - Cardinality 0..*
 * - FHIR path `Observation.related`
 * - Type BackboneElement
 */
export interface ObservationRelated {
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
     */
    target: Reference<'Observation' | 'QuestionnaireResponse' | 'Sequence'>;
}
/**
 * Component results
 *
 * Some observations have multiple component observations.  These component observations are expressed as separate code value pairs that share the same attributes.  Examples include systolic and diastolic component observations for blood pressure measurement and multiple component observations for genetics observations.
 *
 * - Cardinality 0..*
 * - FHIR path `Observation.component`
 * - Type BackboneElement
 */
export interface ObservationComponent {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.component.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.component.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.component.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type of component observation (code / type)
     *
     * Describes what was observed. Sometimes this is called the observation "code".
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.component.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/observation-codes (codes not enumerable here: example binding: not checked)
     */
    code: CodeableConcept;
    /**
     * Actual component result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueQuantity?: Quantity;
    /**
     * Actual component result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Actual component result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Observation.component.value[x]). */
    _valueString?: Element;
    /**
     * Actual component result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueRange?: Range;
    /**
     * Actual component result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueRatio?: Ratio;
    /**
     * Actual component result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueSampledData?: SampledData;
    /**
     * Actual component result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueAttachment?: Attachment;
    /**
     * Actual component result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueTime?: string;
    /** Extensions and id for `valueTime` (FHIR JSON primitive extension, see Observation.component.value[x]). */
    _valueTime?: Element;
    /**
     * Actual component result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see Observation.component.value[x]). */
    _valueDateTime?: Element;
    /**
     * Actual component result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valuePeriod?: Period;
    /**
     * Why the component result is missing
     *
     * Provides a reason why the expected value in the element Observation.value[x] is missing.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.dataAbsentReason`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/observation-valueabsentreason (10 codes: unknown, asked, temp, not-asked, masked, unsupported, astext, error, NaN, not-performed)
     */
    dataAbsentReason?: CodeableConcept;
    /**
     * High, low, normal, etc.
     *
     * The assessment made based on the result of the observation.  Intended as a simple compact code often placed adjacent to the result value in reports and flow sheets to signal the meaning/normalcy status of the result. Otherwise known as abnormal flag.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.interpretation`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/observation-interpretation (39 codes: <, >, A, AA, AC, B, D, DET, H, HH, HM, HU, ...)
     */
    interpretation?: CodeableConcept;
    /**
     * Provides guide for interpretation of component result
     *
     * Guidance on how to interpret the value by comparison to a normal or recommended range.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.component.referenceRange`
     */
    referenceRange?: ObservationReferenceRange[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkObservation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkObservationReferenceRange(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkObservationRelated(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkObservationComponent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Observation (http://hl7.org/fhir/StructureDefinition/Observation).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateObservation(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateObservation} with the same options reports no error or fatal issue: Observation (http://hl7.org/fhir/StructureDefinition/Observation). */
export declare function isObservation(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Observation;
/** Input of {@link buildObservation}: a {@link Observation} without what the builder fills in. */
export type ObservationInput = BuilderInput<Observation, 'resourceType'>;
/**
 * Builds a {@link Observation} (Observation, http://hl7.org/fhir/StructureDefinition/Observation).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Observation"
 *
 * The result is checked with {@link validateObservation}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildObservation(input: ObservationInput): Observation;
