import { type Attachment } from './Attachment.js';
import { type CareConnectQuantity1 } from './CareConnectQuantity1.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type ExtensionCareConnectGPCReasonCondition1 } from './ExtensionCareConnectGPCReasonCondition1.js';
import { type ExtensionCodingSctdescid2 } from './ExtensionCodingSctdescid2.js';
import { type Narrative } from './Narrative.js';
import type { ObservationReferenceRange } from './Observation.js';
import { type Period } from './Period.js';
import { type Range } from './Range.js';
import { type Ratio } from './Ratio.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
import { type SampledData } from './SampledData.js';
/**
 * CareConnect-GPC-Observation-1
 *
 * The Observation resource is used for tracking the current and historical observations that have been made for a patient.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Observation-1 (version 1.7)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Observation
 */
export interface CareConnectGPCObservation1 {
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
    meta?: CareConnectGPCObservation1Meta;
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
    extension?: (ExtensionCareConnectGPCReasonCondition1 | Extension)[];
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
     * - Cardinality 1..*
     * - FHIR path `Observation.identifier`
     * - Type Identifier
     */
    identifier: [CareConnectGPCObservation1Identifier, ...CareConnectGPCObservation1Identifier[]];
    /**
     * Fulfills plan, proposal or order
     *
     * A plan, proposal or order that is fulfilled in whole or in part by this event.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.basedOn`
     * - Type Reference
     */
    basedOn?: Reference[];
    /**
     * registered | preliminary | final | amended +
     *
     * The status of the result value.  In GP systems these are most likely to be ‘final’ however ‘preliminary’ reports are possible as for example, some work can be sub-contracted to other labs. If the system is not able to determine the status of a test group header then it should default to the ‘unknown’ value.
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
    category?: CareConnectGPCObservation1Category[];
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
    code: CareConnectGPCObservation1Code;
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
    subject: Reference<'Patient'>;
    /**
     * Healthcare event during which this observation is made
     *
     * The healthcare event  (e.g. a patient and healthcare provider interaction) during which this observation is made.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.context`
     * - Type Reference
     * - Must support
     */
    context?: Reference<'Encounter'>;
    /**
     * Clinically relevant time/time-period for observation
     *
     * The time or time-period the observed value is asserted as being true. For biological subjects - e.g. human patients - this is usually called the "physiologically relevant time". This is usually either the time of the procedure or of specimen collection, but very often the source of the date/time is not known, only the date/time itself.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.effective[x]`
     * - Type dateTime | Period
     * - Must support
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
     * - Must support
     */
    effectivePeriod?: Period;
    /**
     * Date/Time this was made available
     *
     * The date and time this observation was made available to providers, typically after the results have been reviewed and verified.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.issued`
     * - Type instant
     * - Must support
     */
    issued: string;
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
     * - Must support
     */
    performer?: Reference[];
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     * - Must support
     */
    valueQuantity?: CareConnectQuantity1;
    /**
     * Actual result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.value[x]`
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
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
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
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
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     * - Must support
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
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
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
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
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
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
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
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
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
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
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
     * - Type Quantity | CodeableConcept | string | boolean | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     * - Must support
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
     * - Must support
     * - Binding extensible to http://hl7.org/fhir/ValueSet/observation-valueabsentreason (10 codes: unknown, asked, temp, not-asked, masked, unsupported, astext, error, NaN, not-performed)
     */
    dataAbsentReason?: CodeableConcept;
    /**
     * High, low, normal, etc.
     *
     * A human readable clinical summary relating to a test result and/or additional notes provided by the laboratory e.g. the specimen has haemolysed or has leaked
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.interpretation`
     * - Type CodeableConcept
     * - Must support
     * - Binding extensible to https://fhir.nhs.uk/STU3/ValueSet/CareConnect-ObservationInterpretation-1 (40 codes: PA, <, >, A, AA, AC, B, D, DET, H, HH, HM, ...)
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
     * - Must support
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
    bodySite?: CareConnectGPCObservation1BodySite;
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
    method?: CareConnectGPCObservation1Method;
    /**
     * Specimen used for this observation
     *
     * The specimen that was used when this observation was made.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.specimen`
     * - Type Reference
     * - Must support
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
     * - Must support
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
     * - Must support
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
     * - Must support
     */
    related?: CareConnectGPCObservation1Related[];
    /**
     * Component results
     *
     * Some observations have multiple component observations.  These component observations are expressed as separate code value pairs that share the same attributes.  Examples include systolic and diastolic component observations for blood pressure measurement and multiple component observations for genetics observations.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.component`
     * - Type BackboneElement
     * - Must support
     */
    component?: CareConnectGPCObservation1Component[];
}
/**
 * Metadata about the resource
 *
 * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
 *
 * - Cardinality 0..1
 * - FHIR path `Observation.meta`
 * - Type Meta
 */
export interface CareConnectGPCObservation1Meta {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.meta.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.meta.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.meta.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Version specific identifier
     *
     * The version specific identifier, as it appears in the version portion of the URL. This values changes when the resource is created, updated, or deleted.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.meta.versionId`
     * - Type id
     */
    versionId?: string;
    /** Extensions and id for `versionId` (FHIR JSON primitive extension, see Observation.meta.versionId). */
    _versionId?: Element;
    /**
     * When the resource version last changed
     *
     * When the resource last changed - e.g. when the version changed.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.meta.lastUpdated`
     * - Type instant
     */
    lastUpdated?: string;
    /** Extensions and id for `lastUpdated` (FHIR JSON primitive extension, see Observation.meta.lastUpdated). */
    _lastUpdated?: Element;
    /**
     * Profiles this resource claims to conform to
     *
     * A list of profiles (references to [StructureDefinition](structuredefinition.html#) resources) that this resource claims to conform to. The URL is a reference to [StructureDefinition.url]().
     *
     * - Cardinality 1..*
     * - FHIR path `Observation.meta.profile`
     * - Type uri
     */
    profile: [string, ...string[]];
    /** Extensions and id for `profile` (FHIR JSON primitive extension, see Observation.meta.profile). */
    _profile?: (Element | null)[];
    /**
     * Security Labels applied to this resource
     *
     * Security labels applied to this resource. These tags connect specific resources to the overall security policy and infrastructure.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.meta.security`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/security-labels (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    security?: Coding[];
    /**
     * Tags applied to this resource
     *
     * Tags applied to this resource. Tags are intended to be used to identify and relate resources to process and workflow, and applications are not required to consider the tags when interpreting the meaning of a resource.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.meta.tag`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/common-tags (codes not enumerable here: example binding: not checked)
     */
    tag?: Coding[];
}
/**
 * Business Identifier for observation
 *
 * A unique identifier assigned to this observation.
 *
 * - Cardinality 1..*
 * - FHIR path `Observation.identifier`
 * - Type Identifier
 */
export interface CareConnectGPCObservation1Identifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.identifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Observation.identifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.identifier.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/identifier-type (17 codes: DL, PPN, BRN, MR, MCN, EN, TAX, NIIP, PRN, MD, DR, ACSN, ...)
     */
    type?: CodeableConcept;
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.identifier.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Observation.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.identifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Observation.identifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.identifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.identifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
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
export interface CareConnectGPCObservation1Category {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.category.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.category.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.category.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.category.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCObservation1CategoryCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.category.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Observation.category.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `Observation.category.coding:snomedCT`
 * - Type Coding
 */
export interface CareConnectGPCObservation1CategoryCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.category.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.category.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.category.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.category.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Observation.category.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.category.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Observation.category.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.category.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Observation.category.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.category.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Observation.category.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
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
export interface CareConnectGPCObservation1Code {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.code.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.code.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.code.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.code.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCObservation1CodeCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.code.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Observation.code.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `Observation.code.coding:snomedCT`
 * - Type Coding
 */
export interface CareConnectGPCObservation1CodeCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.code.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.code.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.code.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.code.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Observation.code.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.code.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Observation.code.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.code.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Observation.code.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.code.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Observation.code.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
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
export interface CareConnectGPCObservation1BodySite {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.bodySite.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.bodySite.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.bodySite.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.bodySite.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCObservation1BodySiteCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.bodySite.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Observation.bodySite.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `Observation.bodySite.coding:snomedCT`
 * - Type Coding
 * - Binding preferred to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-BodySite-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
 */
export interface CareConnectGPCObservation1BodySiteCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.bodySite.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.bodySite.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.bodySite.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.bodySite.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Observation.bodySite.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.bodySite.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Observation.bodySite.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.bodySite.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Observation.bodySite.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.bodySite.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Observation.bodySite.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
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
export interface CareConnectGPCObservation1Method {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.method.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.method.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.method.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.method.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCObservation1MethodCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.method.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Observation.method.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `Observation.method.coding:snomedCT`
 * - Type Coding
 */
export interface CareConnectGPCObservation1MethodCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.method.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.method.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.method.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.method.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Observation.method.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.method.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Observation.method.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.method.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Observation.method.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.method.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Observation.method.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * Resource related to this observation
 *
 * A  reference to another resource (usually another Observation) whose relationship is defined by the relationship type code.
 *
 * - Cardinality 0..*
 * - FHIR path `Observation.related`
 * - Type BackboneElement
 * - Must support
 */
export interface CareConnectGPCObservation1Related {
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
 * - Must support
 */
export interface CareConnectGPCObservation1Component {
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
    code: CareConnectGPCObservation1ComponentCode;
    /**
     * Actual component result
     *
     * The information determined as a result of making the observation, if the information has a simple value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.value[x]`
     * - Type Quantity | CodeableConcept | string | Range | Ratio | SampledData | Attachment | time | dateTime | Period
     */
    valueQuantity?: CareConnectQuantity1;
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
     * - Must support
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
export interface CareConnectGPCObservation1ComponentCode {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.code.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.component.code.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.component.code.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.component.code.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCObservation1ComponentCodeCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.code.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Observation.component.code.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `Observation.component.code.coding:snomedCT`
 * - Type Coding
 */
export interface CareConnectGPCObservation1ComponentCodeCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.code.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.component.code.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.component.code.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.component.code.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Observation.component.code.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.component.code.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Observation.component.code.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.component.code.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Observation.component.code.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.code.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Observation.component.code.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectGPCObservation1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCObservation1Meta(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCObservation1Identifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCObservation1Category(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCObservation1Code(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCObservation1BodySite(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCObservation1Method(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCObservation1Related(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCObservation1Component(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCObservation1CategoryCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCObservation1CodeCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCObservation1BodySiteCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCObservation1MethodCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCObservation1ComponentCode(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCObservation1ComponentCodeCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-GPC-Observation-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Observation-1 version 1.7).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectGPCObservation1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectGPCObservation1} with the same options reports no error or fatal issue: CareConnect-GPC-Observation-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Observation-1 version 1.7). */
export declare function isCareConnectGPCObservation1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectGPCObservation1;
/** Input of {@link buildCareConnectGPCObservation1}: a {@link CareConnectGPCObservation1} without what the builder fills in. */
export type CareConnectGPCObservation1Input = BuilderInput<CareConnectGPCObservation1, 'resourceType', {
    meta?: ProfiledMetaInput<CareConnectGPCObservation1['meta']>;
}>;
/** Input of {@link CareConnectGPCObservation1BodySiteCodingSnomedCT} (`Observation.bodySite.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCObservation1BodySiteCodingSnomedCTInput = BuilderInput<CareConnectGPCObservation1BodySiteCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectGPCObservation1CategoryCodingSnomedCT} (`Observation.category.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCObservation1CategoryCodingSnomedCTInput = BuilderInput<CareConnectGPCObservation1CategoryCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectGPCObservation1CodeCodingSnomedCT} (`Observation.code.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCObservation1CodeCodingSnomedCTInput = BuilderInput<CareConnectGPCObservation1CodeCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectGPCObservation1ComponentCodeCodingSnomedCT} (`Observation.component.code.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCObservation1ComponentCodeCodingSnomedCTInput = BuilderInput<CareConnectGPCObservation1ComponentCodeCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectGPCObservation1MethodCodingSnomedCT} (`Observation.method.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCObservation1MethodCodingSnomedCTInput = BuilderInput<CareConnectGPCObservation1MethodCodingSnomedCT, 'system'>;
/**
 * Builds a {@link CareConnectGPCObservation1} (CareConnect-GPC-Observation-1, https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Observation-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Observation"
 * - `meta.profile`: adds https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Observation-1
 *
 * The result is checked with {@link validateCareConnectGPCObservation1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectGPCObservation1(input: CareConnectGPCObservation1Input): CareConnectGPCObservation1;
/**
 * Makes a `Observation.category.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCObservation1CategoryCodingSnomedCT(input: CareConnectGPCObservation1CategoryCodingSnomedCTInput): CareConnectGPCObservation1CategoryCodingSnomedCT;
/**
 * Makes a `Observation.code.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCObservation1CodeCodingSnomedCT(input: CareConnectGPCObservation1CodeCodingSnomedCTInput): CareConnectGPCObservation1CodeCodingSnomedCT;
/**
 * Makes a `Observation.bodySite.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCObservation1BodySiteCodingSnomedCT(input: CareConnectGPCObservation1BodySiteCodingSnomedCTInput): CareConnectGPCObservation1BodySiteCodingSnomedCT;
/**
 * Makes a `Observation.method.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCObservation1MethodCodingSnomedCT(input: CareConnectGPCObservation1MethodCodingSnomedCTInput): CareConnectGPCObservation1MethodCodingSnomedCT;
/**
 * Makes a `Observation.component.code.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCObservation1ComponentCodeCodingSnomedCT(input: CareConnectGPCObservation1ComponentCodeCodingSnomedCTInput): CareConnectGPCObservation1ComponentCodeCodingSnomedCT;
