import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type ObservationReferenceRange } from './Observation.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * VitalSigns
 *
 * FHIR Head Circumference Profile
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/headcircum
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Observation
 */
export interface Headcircum {
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
     * - Cardinality 1..*
     * - FHIR path `Observation.category`
     * - Type CodeableConcept
     * - Must support
     * - Binding preferred to http://hl7.org/fhir/ValueSet/observation-category (8 codes: social-history, vital-signs, imaging, laboratory, procedure, survey, exam, therapy)
     */
    category: [CodeableConcept, ...CodeableConcept[]];
    /**
     * Head Circumference
     *
     * Head Circumference.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.code`
     * - Type CodeableConcept
     * - Must support
     * - Binding extensible to http://hl7.org/fhir/ValueSet/observation-vitalsignresult (14 codes: 85353-1, 9279-1, 8867-4, 59408-5, 8310-5, 8302-2, 8306-3, 8287-5, 29463-7, 39156-5, 85354-9, 8480-6, ...)
     */
    code: HeadcircumCode;
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
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * Often just a dateTime for Vital Signs
     *
     * Often just a dateTime for Vital Signs.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.effective[x]`
     * - Type dateTime | Period
     * - Must support
     */
    effectiveDateTime?: string;
    /** Extensions and id for `effectiveDateTime` (FHIR JSON primitive extension, see Observation.effective[x]). */
    _effectiveDateTime?: Element;
    /**
     * Often just a dateTime for Vital Signs
     *
     * Often just a dateTime for Vital Signs.
     *
     * - Cardinality 1..1
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
     * Vital Sign Value recorded with UCUM
     *
     * Vital Sign Value recorded with UCUM.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.valueQuantity`
     * - Type Quantity
     * - Must support
     * - Binding required to http://hl7.org/fhir/ValueSet/ucum-vitals-common (12 codes: %, cm, [in_i], kg, g, [lb_av], Cel, [degF], mm[Hg], /min, kg/m2, m2)
     */
    valueQuantity?: HeadcircumValue;
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
     * Used when reporting vital signs panel components
     *
     * Used when reporting vital signs panel components.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.related`
     * - Type BackboneElement
     * - Must support
     */
    related?: HeadcircumRelated[];
    /**
     * Used when reporting systolic and diastolic blood pressure.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.component`
     * - Type BackboneElement
     * - Must support
     */
    component?: HeadcircumComponent[];
}
/**
 * Head Circumference
 *
 * Head Circumference.
 *
 * - Cardinality 1..1
 * - FHIR path `Observation.code`
 * - Type CodeableConcept
 * - Must support
 * - Binding extensible to http://hl7.org/fhir/ValueSet/observation-vitalsignresult (14 codes: 85353-1, 9279-1, 8867-4, 59408-5, 8310-5, 8302-2, 8306-3, 8287-5, 29463-7, 39156-5, 85354-9, 8480-6, ...)
 */
export interface HeadcircumCode {
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
    coding?: (HeadcircumCodeCodingHeadCircumCode | Coding)[];
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
 * - Cardinality 0..*
 * - FHIR path `Observation.code.coding:headcircumcode`
 * - Type Coding
 */
export interface HeadcircumCodeCodingHeadCircumCode {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.code.coding:headcircumcode.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.code.coding:headcircumcode.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.code.coding:headcircumcode.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.code.coding:headcircumcode.system`
     * - Type uri
     * - Fixed "http://loinc.org"
     */
    system?: 'http://loinc.org';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Observation.code.coding:headcircumcode.system). */
    _system?: Element;
    /**
     * Version of the system - if relevant
     *
     * The version of the code system which was used when choosing this code. Note that a well-maintained code system does not need the version reported, because the meaning of codes is consistent across versions. However this cannot consistently be assured. and when the meaning is not guaranteed to be consistent, the version SHOULD be exchanged.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.code.coding:headcircumcode.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see Observation.code.coding:headcircumcode.version). */
    _version?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.code.coding:headcircumcode.code`
     * - Type code
     * - Fixed "8287-5"
     */
    code?: '8287-5';
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Observation.code.coding:headcircumcode.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.code.coding:headcircumcode.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Observation.code.coding:headcircumcode.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.code.coding:headcircumcode.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Observation.code.coding:headcircumcode.userSelected). */
    _userSelected?: Element;
}
/**
 * Vital Sign Value recorded with UCUM
 *
 * Vital Sign Value recorded with UCUM.
 *
 * - Cardinality 0..1
 * - FHIR path `Observation.valueQuantity`
 * - Type Quantity
 * - Must support
 * - Binding required to http://hl7.org/fhir/ValueSet/ucum-vitals-common (12 codes: %, cm, [in_i], kg, g, [lb_av], Cel, [degF], mm[Hg], /min, kg/m2, m2)
 */
export interface HeadcircumValue {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.valueQuantity.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.valueQuantity.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.valueQuantity.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Numerical value (with implicit precision)
     *
     * The value of the measured amount. The value includes an implicit precision in the presentation of the value.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.valueQuantity.value`
     * - Type decimal
     * - Must support
     */
    value: number;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Observation.valueQuantity.value). */
    _value?: Element;
    /**
     * < | <= | >= | > - how to understand the value
     *
     * How the value should be understood and represented - whether the actual value is greater or less than the stated value due to measurement issues; e.g. if the comparator is "<" , then the real value is < stated value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.valueQuantity.comparator`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/quantity-comparator (4 codes: <, <=, >=, >)
     */
    comparator?: '<' | '<=' | '>' | '>=';
    /** Extensions and id for `comparator` (FHIR JSON primitive extension, see Observation.valueQuantity.comparator). */
    _comparator?: Element;
    /**
     * Unit representation
     *
     * A human-readable form of the unit.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.valueQuantity.unit`
     * - Type string
     * - Must support
     */
    unit: string;
    /** Extensions and id for `unit` (FHIR JSON primitive extension, see Observation.valueQuantity.unit). */
    _unit?: Element;
    /**
     * System that defines coded unit form
     *
     * The identification of the system that provides the coded form of the unit.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.valueQuantity.system`
     * - Type uri
     * - Fixed "http://unitsofmeasure.org"
     * - Must support
     */
    system: 'http://unitsofmeasure.org';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Observation.valueQuantity.system). */
    _system?: Element;
    /**
     * Coded responses from the common UCUM units for vital signs value set.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.valueQuantity.code`
     * - Type code
     * - Must support
     * - Binding required to http://hl7.org/fhir/ValueSet/ucum-bodylength (2 codes: cm, [in_i])
     */
    code: '[in_i]' | 'cm';
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Observation.valueQuantity.code). */
    _code?: Element;
}
/**
 * Used when reporting vital signs panel components
 *
 * Used when reporting vital signs panel components.
 *
 * - Cardinality 0..*
 * - FHIR path `Observation.related`
 * - Type BackboneElement
 * - Must support
 */
export interface HeadcircumRelated {
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
     * - Cardinality 1..1
     * - FHIR path `Observation.related.type`
     * - Type code
     * - Fixed "has-member"
     * - Must support
     * - Binding required to http://hl7.org/fhir/ValueSet/observation-relationshiptypes (6 codes: has-member, derived-from, sequel-to, replaces, qualified-by, interfered-by)
     */
    type: 'has-member';
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
/**
 * Used when reporting systolic and diastolic blood pressure.
 *
 * - Cardinality 0..*
 * - FHIR path `Observation.component`
 * - Type BackboneElement
 * - Must support
 */
export interface HeadcircumComponent {
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
     * - Must support
     * - Binding extensible to http://hl7.org/fhir/ValueSet/observation-vitalsignresult (14 codes: 85353-1, 9279-1, 8867-4, 59408-5, 8310-5, 8302-2, 8306-3, 8287-5, 29463-7, 39156-5, 85354-9, 8480-6, ...)
     */
    code: CodeableConcept;
    /**
     * Vital Sign Value recorded with UCUM
     *
     * Vital Sign Value recorded with UCUM.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.valueQuantity`
     * - Type Quantity
     * - Must support
     * - Binding required to http://hl7.org/fhir/ValueSet/ucum-vitals-common (12 codes: %, cm, [in_i], kg, g, [lb_av], Cel, [degF], mm[Hg], /min, kg/m2, m2)
     */
    valueQuantity?: HeadcircumComponentValue;
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
 * Vital Sign Value recorded with UCUM
 *
 * Vital Sign Value recorded with UCUM.
 *
 * - Cardinality 0..1
 * - FHIR path `Observation.component.valueQuantity`
 * - Type Quantity
 * - Must support
 * - Binding required to http://hl7.org/fhir/ValueSet/ucum-vitals-common (12 codes: %, cm, [in_i], kg, g, [lb_av], Cel, [degF], mm[Hg], /min, kg/m2, m2)
 */
export interface HeadcircumComponentValue {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.valueQuantity.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Observation.component.valueQuantity.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Observation.component.valueQuantity.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Numerical value (with implicit precision)
     *
     * The value of the measured amount. The value includes an implicit precision in the presentation of the value.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.component.valueQuantity.value`
     * - Type decimal
     * - Must support
     */
    value: number;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Observation.component.valueQuantity.value). */
    _value?: Element;
    /**
     * < | <= | >= | > - how to understand the value
     *
     * How the value should be understood and represented - whether the actual value is greater or less than the stated value due to measurement issues; e.g. if the comparator is "<" , then the real value is < stated value.
     *
     * - Cardinality 0..1
     * - FHIR path `Observation.component.valueQuantity.comparator`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/quantity-comparator (4 codes: <, <=, >=, >)
     */
    comparator?: '<' | '<=' | '>' | '>=';
    /** Extensions and id for `comparator` (FHIR JSON primitive extension, see Observation.component.valueQuantity.comparator). */
    _comparator?: Element;
    /**
     * Unit representation
     *
     * A human-readable form of the unit.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.component.valueQuantity.unit`
     * - Type string
     * - Must support
     */
    unit: string;
    /** Extensions and id for `unit` (FHIR JSON primitive extension, see Observation.component.valueQuantity.unit). */
    _unit?: Element;
    /**
     * System that defines coded unit form
     *
     * The identification of the system that provides the coded form of the unit.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.component.valueQuantity.system`
     * - Type uri
     * - Fixed "http://unitsofmeasure.org"
     * - Must support
     */
    system: 'http://unitsofmeasure.org';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Observation.component.valueQuantity.system). */
    _system?: Element;
    /**
     * Coded responses from the common UCUM units for vital signs value set.
     *
     * - Cardinality 1..1
     * - FHIR path `Observation.component.valueQuantity.code`
     * - Type code
     * - Must support
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Observation.component.valueQuantity.code). */
    _code?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkHeadcircum(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkHeadcircumCode(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkHeadcircumValue(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkHeadcircumRelated(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkHeadcircumComponent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkHeadcircumCodeCodingHeadCircumCode(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkHeadcircumComponentValue(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against VitalSigns (http://hl7.org/fhir/StructureDefinition/headcircum).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateHeadcircum(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateHeadcircum} with the same options reports no error or fatal issue: VitalSigns (http://hl7.org/fhir/StructureDefinition/headcircum). */
export declare function isHeadcircum(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Headcircum;
/** Input of {@link buildHeadcircum}: a {@link Headcircum} without what the builder fills in. */
export type HeadcircumInput = BuilderInput<Headcircum, 'resourceType', {
    meta?: ProfiledMetaInput<Headcircum['meta']>;
    valueQuantity?: HeadcircumValueInput;
    related?: HeadcircumRelatedInput[];
    component?: HeadcircumComponentInput[];
}>;
/** Input of {@link HeadcircumCodeCodingHeadCircumCode} (`Observation.code.coding:headcircumcode`): what the builder fills may be left out. */
export type HeadcircumCodeCodingHeadCircumCodeInput = BuilderInput<HeadcircumCodeCodingHeadCircumCode, 'system' | 'code'>;
/** Input of {@link HeadcircumComponent} (`Observation.component`): what the builder fills may be left out. */
export type HeadcircumComponentInput = BuilderInput<HeadcircumComponent, never, {
    valueQuantity?: HeadcircumComponentValueInput;
}>;
/** Input of {@link HeadcircumRelated} (`Observation.related`): what the builder fills may be left out. */
export type HeadcircumRelatedInput = BuilderInput<HeadcircumRelated, 'type'>;
/** Input of {@link HeadcircumValue} (`Observation.valueQuantity`): what the builder fills may be left out. */
export type HeadcircumValueInput = BuilderInput<HeadcircumValue, 'system'>;
/** Input of {@link HeadcircumComponentValue} (`Observation.component.valueQuantity`): what the builder fills may be left out. */
export type HeadcircumComponentValueInput = BuilderInput<HeadcircumComponentValue, 'system'>;
/**
 * Builds a {@link Headcircum} (VitalSigns, http://hl7.org/fhir/StructureDefinition/headcircum).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Observation"
 * - `meta.profile`: adds http://hl7.org/fhir/StructureDefinition/headcircum
 * - fixed parts inside `valueQuantity` (see its input type)
 * - fixed parts inside `related` (see its input type)
 * - fixed parts inside `component` (see its input type)
 *
 * The result is checked with {@link validateHeadcircum}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildHeadcircum(input: HeadcircumInput): Headcircum;
/**
 * Makes a `Observation.code.coding:headcircumcode` item (slice `HeadCircumCode`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://loinc.org"
 * - `code`: "8287-5"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildHeadcircumCodeCodingHeadCircumCode(input: HeadcircumCodeCodingHeadCircumCodeInput): HeadcircumCodeCodingHeadCircumCode;
