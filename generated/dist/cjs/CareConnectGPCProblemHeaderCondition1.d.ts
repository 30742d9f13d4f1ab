import { type Address } from './Address.js';
import { type Age } from './Age.js';
import { type Annotation } from './Annotation.js';
import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { ConditionEvidence, ConditionStage } from './Condition.js';
import { type ContactPoint } from './ContactPoint.js';
import { type Count } from './Count.js';
import { type Distance } from './Distance.js';
import { type Duration } from './Duration.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type ExtensionCareConnectGPCActualProblem1 } from './ExtensionCareConnectGPCActualProblem1.js';
import { type HumanName } from './HumanName.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Money } from './Money.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Quantity } from './Quantity.js';
import { type Range } from './Range.js';
import { type Ratio } from './Ratio.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
import { type SampledData } from './SampledData.js';
import { type Signature } from './Signature.js';
import { type Timing } from './Timing.js';
/**
 * CareConnect-GPC-ProblemHeader-Condition-1
 *
 * This Condition resource records detailed information about conditions or diagnoses recognised by a clinician.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProblemHeader-Condition-1 (version 1.7.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Condition
 */
export interface CareConnectGPCProblemHeaderCondition1 {
    /** The FHIR resource type. */
    resourceType: 'Condition';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.meta`
     * - Type Meta
     */
    meta?: CareConnectGPCProblemHeaderCondition1Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Condition.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Condition.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.extension`
     * - Type Extension
     */
    extension: [
        (ExtensionCareConnectGPCActualProblem1 | CareConnectGPCProblemHeaderCondition1RelatedProblemHeader | CareConnectGPCProblemHeaderCondition1ProblemSignificance | CareConnectGPCProblemHeaderCondition1RelatedClinicalContent | Extension),
        ...(ExtensionCareConnectGPCActualProblem1 | CareConnectGPCProblemHeaderCondition1RelatedProblemHeader | CareConnectGPCProblemHeaderCondition1ProblemSignificance | CareConnectGPCProblemHeaderCondition1RelatedClinicalContent | Extension)[]
    ];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External Ids for this condition
     *
     * This records identifiers associated with this condition that are defined by business processes and/or used to refer to it when a direct URL reference to the resource itself is not appropriate (e.g. in CDA documents, or in written / printed documentation).
     *
     * - Cardinality 1..*
     * - FHIR path `Condition.identifier`
     * - Type Identifier
     */
    identifier: [CareConnectGPCProblemHeaderCondition1Identifier, ...CareConnectGPCProblemHeaderCondition1Identifier[]];
    /**
     * active | inactive
     *
     * The clinical status of the condition.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.clinicalStatus`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/condition-clinical (5 codes: active, recurrence, inactive, remission, resolved)
     */
    clinicalStatus: 'active' | 'inactive' | 'recurrence' | 'remission' | 'resolved';
    /** Extensions and id for `clinicalStatus` (FHIR JSON primitive extension, see Condition.clinicalStatus). */
    _clinicalStatus?: Element;
    /**
     * provisional | differential | confirmed | refuted | entered-in-error | unknown
     *
     * The verification status to support the clinical status of the condition.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.verificationStatus`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/condition-ver-status (6 codes: provisional, differential, confirmed, refuted, entered-in-error, unknown)
     */
    verificationStatus?: 'confirmed' | 'differential' | 'entered-in-error' | 'provisional' | 'refuted' | 'unknown';
    /** Extensions and id for `verificationStatus` (FHIR JSON primitive extension, see Condition.verificationStatus). */
    _verificationStatus?: Element;
    /**
     * problem-list-item | encounter-diagnosis | presenting-complaint
     *
     * A category assigned to the condition.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.category`
     * - Type CodeableConcept
     * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ConditionCategory-1 (5 codes: problem-list-item, encounter-diagnosis, presenting-complaint, co-morbidity, issue)
     */
    category: [CareConnectGPCProblemHeaderCondition1Category];
    /**
     * Subjective severity of condition
     *
     * A subjective assessment of the severity of the condition as evaluated by the clinician.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.severity`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/condition-severity (3 codes: 24484000, 6736007, 255604002)
     */
    severity?: CodeableConcept;
    /**
     * Identification of the condition, problem or diagnosis
     *
     * Identification of the condition, problem or diagnosis.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/condition-code (codes not enumerable here: example binding: not checked)
     */
    code: CareConnectGPCProblemHeaderCondition1Code;
    /**
     * Anatomical location, if relevant
     *
     * The anatomical location where this condition manifests itself.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.bodySite`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/body-site (codes not enumerable here: example binding: not checked)
     */
    bodySite?: CodeableConcept[];
    /**
     * Who has the condition?
     *
     * Indicates the patient or group who the condition record is associated with.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.subject`
     * - Type Reference
     */
    subject: Reference<'Patient'>;
    /**
     * Encounter or episode when condition first asserted
     *
     * Encounter during which the condition was first asserted.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.context`
     * - Type Reference
     * - Must support
     */
    context?: Reference<'Encounter'>;
    /**
     * Estimated or actual date,  date-time, or age
     *
     * Estimated or actual date or date-time  the condition began, in the opinion of the clinician.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.onset[x]`
     * - Type dateTime | Age | Period | Range | string
     * - Must support
     */
    onsetDateTime?: string;
    /** Extensions and id for `onsetDateTime` (FHIR JSON primitive extension, see Condition.onset[x]). */
    _onsetDateTime?: Element;
    /**
     * Estimated or actual date,  date-time, or age
     *
     * Estimated or actual date or date-time  the condition began, in the opinion of the clinician.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.onset[x]`
     * - Type dateTime | Age | Period | Range | string
     * - Must support
     */
    onsetAge?: Age;
    /**
     * Estimated or actual date,  date-time, or age
     *
     * Estimated or actual date or date-time  the condition began, in the opinion of the clinician.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.onset[x]`
     * - Type dateTime | Age | Period | Range | string
     * - Must support
     */
    onsetPeriod?: Period;
    /**
     * Estimated or actual date,  date-time, or age
     *
     * Estimated or actual date or date-time  the condition began, in the opinion of the clinician.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.onset[x]`
     * - Type dateTime | Age | Period | Range | string
     * - Must support
     */
    onsetRange?: Range;
    /**
     * Estimated or actual date,  date-time, or age
     *
     * Estimated or actual date or date-time  the condition began, in the opinion of the clinician.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.onset[x]`
     * - Type dateTime | Age | Period | Range | string
     * - Must support
     */
    onsetString?: string;
    /** Extensions and id for `onsetString` (FHIR JSON primitive extension, see Condition.onset[x]). */
    _onsetString?: Element;
    /**
     * If/when in resolution/remission
     *
     * The date or estimated date that the condition resolved or went into remission. This is called "abatement" because of the many overloaded connotations associated with "remission" or "resolution" - Conditions are never really resolved, but they can abate.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.abatement[x]`
     * - Type dateTime | Age | boolean | Period | Range | string
     * - Must support
     */
    abatementDateTime?: string;
    /** Extensions and id for `abatementDateTime` (FHIR JSON primitive extension, see Condition.abatement[x]). */
    _abatementDateTime?: Element;
    /**
     * If/when in resolution/remission
     *
     * The date or estimated date that the condition resolved or went into remission. This is called "abatement" because of the many overloaded connotations associated with "remission" or "resolution" - Conditions are never really resolved, but they can abate.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.abatement[x]`
     * - Type dateTime | Age | boolean | Period | Range | string
     * - Must support
     */
    abatementAge?: Age;
    /**
     * If/when in resolution/remission
     *
     * The date or estimated date that the condition resolved or went into remission. This is called "abatement" because of the many overloaded connotations associated with "remission" or "resolution" - Conditions are never really resolved, but they can abate.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.abatement[x]`
     * - Type dateTime | Age | boolean | Period | Range | string
     * - Must support
     */
    abatementBoolean?: boolean;
    /** Extensions and id for `abatementBoolean` (FHIR JSON primitive extension, see Condition.abatement[x]). */
    _abatementBoolean?: Element;
    /**
     * If/when in resolution/remission
     *
     * The date or estimated date that the condition resolved or went into remission. This is called "abatement" because of the many overloaded connotations associated with "remission" or "resolution" - Conditions are never really resolved, but they can abate.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.abatement[x]`
     * - Type dateTime | Age | boolean | Period | Range | string
     * - Must support
     */
    abatementPeriod?: Period;
    /**
     * If/when in resolution/remission
     *
     * The date or estimated date that the condition resolved or went into remission. This is called "abatement" because of the many overloaded connotations associated with "remission" or "resolution" - Conditions are never really resolved, but they can abate.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.abatement[x]`
     * - Type dateTime | Age | boolean | Period | Range | string
     * - Must support
     */
    abatementRange?: Range;
    /**
     * If/when in resolution/remission
     *
     * The date or estimated date that the condition resolved or went into remission. This is called "abatement" because of the many overloaded connotations associated with "remission" or "resolution" - Conditions are never really resolved, but they can abate.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.abatement[x]`
     * - Type dateTime | Age | boolean | Period | Range | string
     * - Must support
     */
    abatementString?: string;
    /** Extensions and id for `abatementString` (FHIR JSON primitive extension, see Condition.abatement[x]). */
    _abatementString?: Element;
    /**
     * Date record was believed accurate
     *
     * The date on which the existance of the Condition was first asserted or acknowledged.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.assertedDate`
     * - Type dateTime
     */
    assertedDate: string;
    /** Extensions and id for `assertedDate` (FHIR JSON primitive extension, see Condition.assertedDate). */
    _assertedDate?: Element;
    /**
     * Person who asserts this condition
     *
     * Individual who is making the condition statement.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.asserter`
     * - Type Reference
     */
    asserter: Reference<'Practitioner'>;
    /**
     * Stage/grade, usually assessed formally
     *
     * Clinical stage or grade of a condition. May include formal severity assessments.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.stage`
     * - Type BackboneElement
     */
    stage?: ConditionStage;
    /**
     * Supporting evidence
     *
     * Supporting Evidence / manifestations that are the basis on which this condition is suspected or confirmed.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.evidence`
     * - Type BackboneElement
     */
    evidence?: ConditionEvidence[];
    /**
     * Additional information about the Condition
     *
     * Additional information about the Condition. This is a general notes/comments entry  for description of the Condition, its diagnosis and prognosis.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.note`
     * - Type Annotation
     * - Must support
     */
    note?: CareConnectGPCProblemHeaderCondition1Note[];
}
/**
 * Metadata about the resource
 *
 * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
 *
 * - Cardinality 0..1
 * - FHIR path `Condition.meta`
 * - Type Meta
 */
export interface CareConnectGPCProblemHeaderCondition1Meta {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.meta.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.meta.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.meta.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Version specific identifier
     *
     * The version specific identifier, as it appears in the version portion of the URL. This values changes when the resource is created, updated, or deleted.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.meta.versionId`
     * - Type id
     */
    versionId?: string;
    /** Extensions and id for `versionId` (FHIR JSON primitive extension, see Condition.meta.versionId). */
    _versionId?: Element;
    /**
     * When the resource version last changed
     *
     * When the resource last changed - e.g. when the version changed.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.meta.lastUpdated`
     * - Type instant
     */
    lastUpdated?: string;
    /** Extensions and id for `lastUpdated` (FHIR JSON primitive extension, see Condition.meta.lastUpdated). */
    _lastUpdated?: Element;
    /**
     * Profiles this resource claims to conform to
     *
     * A list of profiles (references to [StructureDefinition](structuredefinition.html#) resources) that this resource claims to conform to. The URL is a reference to [StructureDefinition.url]().
     *
     * - Cardinality 1..*
     * - FHIR path `Condition.meta.profile`
     * - Type uri
     */
    profile: [string, ...string[]];
    /** Extensions and id for `profile` (FHIR JSON primitive extension, see Condition.meta.profile). */
    _profile?: (Element | null)[];
    /**
     * Security Labels applied to this resource
     *
     * Security labels applied to this resource. These tags connect specific resources to the overall security policy and infrastructure.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.meta.security`
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
     * - FHIR path `Condition.meta.tag`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/common-tags (codes not enumerable here: example binding: not checked)
     */
    tag?: Coding[];
}
/**
 * Additional Content defined by implementations
 *
 * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..*
 * - FHIR path `Condition.extension:relatedProblemHeader`
 * - Type Extension
 * - Must support
 */
export interface CareConnectGPCProblemHeaderCondition1RelatedProblemHeader {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.extension:relatedProblemHeader.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.extension:relatedProblemHeader.url`
     * - Type uri
     * - Fixed "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1"
     */
    url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBase64Binary?: string;
    /** Extensions and id for `valueBase64Binary` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.value[x]). */
    _valueBase64Binary?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.value[x]). */
    _valueBoolean?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.value[x]). */
    _valueCode?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDate?: string;
    /** Extensions and id for `valueDate` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.value[x]). */
    _valueDate?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.value[x]). */
    _valueDateTime?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.value[x]). */
    _valueDecimal?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueId?: string;
    /** Extensions and id for `valueId` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.value[x]). */
    _valueId?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInstant?: string;
    /** Extensions and id for `valueInstant` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.value[x]). */
    _valueInstant?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.value[x]). */
    _valueInteger?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMarkdown?: string;
    /** Extensions and id for `valueMarkdown` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.value[x]). */
    _valueMarkdown?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueOid?: string;
    /** Extensions and id for `valueOid` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.value[x]). */
    _valueOid?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePositiveInt?: number;
    /** Extensions and id for `valuePositiveInt` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.value[x]). */
    _valuePositiveInt?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.value[x]). */
    _valueString?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTime?: string;
    /** Extensions and id for `valueTime` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.value[x]). */
    _valueTime?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUnsignedInt?: number;
    /** Extensions and id for `valueUnsignedInt` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.value[x]). */
    _valueUnsignedInt?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUri?: string;
    /** Extensions and id for `valueUri` (FHIR JSON primitive extension, see Condition.extension:relatedProblemHeader.value[x]). */
    _valueUri?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAddress?: Address;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAge?: Age;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAnnotation?: Annotation;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAttachment?: Attachment;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCoding?: Coding;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueContactPoint?: ContactPoint;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCount?: Count;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDistance?: Distance;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDuration?: Duration;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueHumanName?: HumanName;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueIdentifier?: Identifier;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMoney?: Money;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePeriod?: Period;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueQuantity?: Quantity;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRange?: Range;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRatio?: Ratio;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueReference?: Reference<'AllergyIntolerance' | 'Encounter' | 'Immunization' | 'List' | 'Observation' | 'Organization' | 'ProcedureRequest' | 'Specimen'>;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSampledData?: SampledData;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSignature?: Signature;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTiming?: Timing;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedProblemHeader.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMeta?: Meta;
}
/**
 * Additional Content defined by implementations
 *
 * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 1..1
 * - FHIR path `Condition.extension:problemSignificance`
 * - Type Extension
 * - Must support
 */
export interface CareConnectGPCProblemHeaderCondition1ProblemSignificance {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.extension:problemSignificance.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.extension:problemSignificance.url`
     * - Type uri
     * - Fixed "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ProblemSignificance-1"
     */
    url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ProblemSignificance-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBase64Binary?: string;
    /** Extensions and id for `valueBase64Binary` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.value[x]). */
    _valueBase64Binary?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.value[x]). */
    _valueBoolean?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.value[x]). */
    _valueCode?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDate?: string;
    /** Extensions and id for `valueDate` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.value[x]). */
    _valueDate?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.value[x]). */
    _valueDateTime?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.value[x]). */
    _valueDecimal?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueId?: string;
    /** Extensions and id for `valueId` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.value[x]). */
    _valueId?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInstant?: string;
    /** Extensions and id for `valueInstant` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.value[x]). */
    _valueInstant?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.value[x]). */
    _valueInteger?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMarkdown?: string;
    /** Extensions and id for `valueMarkdown` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.value[x]). */
    _valueMarkdown?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueOid?: string;
    /** Extensions and id for `valueOid` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.value[x]). */
    _valueOid?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePositiveInt?: number;
    /** Extensions and id for `valuePositiveInt` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.value[x]). */
    _valuePositiveInt?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.value[x]). */
    _valueString?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTime?: string;
    /** Extensions and id for `valueTime` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.value[x]). */
    _valueTime?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUnsignedInt?: number;
    /** Extensions and id for `valueUnsignedInt` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.value[x]). */
    _valueUnsignedInt?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUri?: string;
    /** Extensions and id for `valueUri` (FHIR JSON primitive extension, see Condition.extension:problemSignificance.value[x]). */
    _valueUri?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAddress?: Address;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAge?: Age;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAnnotation?: Annotation;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAttachment?: Attachment;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCoding?: Coding;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueContactPoint?: ContactPoint;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCount?: Count;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDistance?: Distance;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDuration?: Duration;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueHumanName?: HumanName;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueIdentifier?: Identifier;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMoney?: Money;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePeriod?: Period;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueQuantity?: Quantity;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRange?: Range;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRatio?: Ratio;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueReference?: Reference;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSampledData?: SampledData;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSignature?: Signature;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTiming?: Timing;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:problemSignificance.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMeta?: Meta;
}
/**
 * Additional Content defined by implementations
 *
 * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..*
 * - FHIR path `Condition.extension:relatedClinicalContent`
 * - Type Extension
 * - Must support
 */
export interface CareConnectGPCProblemHeaderCondition1RelatedClinicalContent {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.extension:relatedClinicalContent.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.extension:relatedClinicalContent.url`
     * - Type uri
     * - Fixed "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedClinicalContent-1"
     */
    url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedClinicalContent-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBase64Binary?: string;
    /** Extensions and id for `valueBase64Binary` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.value[x]). */
    _valueBase64Binary?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.value[x]). */
    _valueBoolean?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.value[x]). */
    _valueCode?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDate?: string;
    /** Extensions and id for `valueDate` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.value[x]). */
    _valueDate?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.value[x]). */
    _valueDateTime?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.value[x]). */
    _valueDecimal?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueId?: string;
    /** Extensions and id for `valueId` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.value[x]). */
    _valueId?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInstant?: string;
    /** Extensions and id for `valueInstant` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.value[x]). */
    _valueInstant?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.value[x]). */
    _valueInteger?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMarkdown?: string;
    /** Extensions and id for `valueMarkdown` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.value[x]). */
    _valueMarkdown?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueOid?: string;
    /** Extensions and id for `valueOid` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.value[x]). */
    _valueOid?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePositiveInt?: number;
    /** Extensions and id for `valuePositiveInt` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.value[x]). */
    _valuePositiveInt?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.value[x]). */
    _valueString?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTime?: string;
    /** Extensions and id for `valueTime` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.value[x]). */
    _valueTime?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUnsignedInt?: number;
    /** Extensions and id for `valueUnsignedInt` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.value[x]). */
    _valueUnsignedInt?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUri?: string;
    /** Extensions and id for `valueUri` (FHIR JSON primitive extension, see Condition.extension:relatedClinicalContent.value[x]). */
    _valueUri?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAddress?: Address;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAge?: Age;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAnnotation?: Annotation;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAttachment?: Attachment;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCoding?: Coding;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueContactPoint?: ContactPoint;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCount?: Count;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDistance?: Distance;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDuration?: Duration;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueHumanName?: HumanName;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueIdentifier?: Identifier;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMoney?: Money;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePeriod?: Period;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueQuantity?: Quantity;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRange?: Range;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRatio?: Ratio;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueReference?: Reference<'AllergyIntolerance' | 'Encounter' | 'Immunization' | 'List' | 'Observation' | 'Organization' | 'ProcedureRequest' | 'Specimen'>;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSampledData?: SampledData;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSignature?: Signature;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTiming?: Timing;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.extension:relatedClinicalContent.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMeta?: Meta;
}
/**
 * External Ids for this condition
 *
 * This records identifiers associated with this condition that are defined by business processes and/or used to refer to it when a direct URL reference to the resource itself is not appropriate (e.g. in CDA documents, or in written / printed documentation).
 *
 * - Cardinality 1..*
 * - FHIR path `Condition.identifier`
 * - Type Identifier
 */
export interface CareConnectGPCProblemHeaderCondition1Identifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.identifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Condition.identifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.identifier.type`
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
     * - FHIR path `Condition.identifier.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Condition.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.identifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Condition.identifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.identifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.identifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * problem-list-item | encounter-diagnosis | presenting-complaint
 *
 * A category assigned to the condition.
 *
 * - Cardinality 1..1
 * - FHIR path `Condition.category`
 * - Type CodeableConcept
 * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ConditionCategory-1 (5 codes: problem-list-item, encounter-diagnosis, presenting-complaint, co-morbidity, issue)
 */
export interface CareConnectGPCProblemHeaderCondition1Category {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.category.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.category.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.category.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.category.coding`
     * - Type Coding
     */
    coding?: CareConnectGPCProblemHeaderCondition1CategoryCoding[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.category.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Condition.category.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..*
 * - FHIR path `Condition.category.coding`
 * - Type Coding
 */
export interface CareConnectGPCProblemHeaderCondition1CategoryCoding {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.category.coding.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.category.coding.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.category.coding.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.category.coding.system`
     * - Type uri
     * - Fixed "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1"
     */
    system: 'https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Condition.category.coding.system). */
    _system?: Element;
    /**
     * Version of the system - if relevant
     *
     * The version of the code system which was used when choosing this code. Note that a well-maintained code system does not need the version reported, because the meaning of codes is consistent across versions. However this cannot consistently be assured. and when the meaning is not guaranteed to be consistent, the version SHOULD be exchanged.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.category.coding.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see Condition.category.coding.version). */
    _version?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.category.coding.code`
     * - Type code
     * - Fixed "problem-list-item"
     */
    code: 'problem-list-item';
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Condition.category.coding.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.category.coding.display`
     * - Type string
     * - Fixed "Problem List Item"
     */
    display: 'Problem List Item';
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Condition.category.coding.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.category.coding.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Condition.category.coding.userSelected). */
    _userSelected?: Element;
}
/**
 * Identification of the condition, problem or diagnosis
 *
 * Identification of the condition, problem or diagnosis.
 *
 * - Cardinality 1..1
 * - FHIR path `Condition.code`
 * - Type CodeableConcept
 * - Binding example to http://hl7.org/fhir/ValueSet/condition-code (codes not enumerable here: example binding: not checked)
 */
export interface CareConnectGPCProblemHeaderCondition1Code {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.code.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.code.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.code.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCProblemHeaderCondition1CodeCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Condition.code.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `Condition.code.coding:snomedCT`
 * - Type Coding
 * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ConditionCode-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
 */
export interface CareConnectGPCProblemHeaderCondition1CodeCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.code.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (CareConnectGPCProblemHeaderCondition1CodeCodingSnomedCTSnomedCTDescriptionID | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.code.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.code.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.code.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * The SNOMED CT Description ID for the display
 *
 * The SNOMED CT Description ID for the display.
 *
 * - Cardinality 0..1
 * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID`
 * - Type Extension
 */
export interface CareConnectGPCProblemHeaderCondition1CodeCodingSnomedCTSnomedCTDescriptionID {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.url`
     * - Type uri
     * - Fixed "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
     */
    url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBase64Binary?: string;
    /** Extensions and id for `valueBase64Binary` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueBase64Binary?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueBoolean?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueCode?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDate?: string;
    /** Extensions and id for `valueDate` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueDate?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueDateTime?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueDecimal?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueId?: string;
    /** Extensions and id for `valueId` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueId?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInstant?: string;
    /** Extensions and id for `valueInstant` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueInstant?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueInteger?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMarkdown?: string;
    /** Extensions and id for `valueMarkdown` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueMarkdown?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueOid?: string;
    /** Extensions and id for `valueOid` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueOid?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePositiveInt?: number;
    /** Extensions and id for `valuePositiveInt` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valuePositiveInt?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueString?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTime?: string;
    /** Extensions and id for `valueTime` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueTime?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUnsignedInt?: number;
    /** Extensions and id for `valueUnsignedInt` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueUnsignedInt?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUri?: string;
    /** Extensions and id for `valueUri` (FHIR JSON primitive extension, see Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueUri?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAddress?: Address;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAge?: Age;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAnnotation?: Annotation;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAttachment?: Attachment;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCoding?: Coding;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueContactPoint?: ContactPoint;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCount?: Count;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDistance?: Distance;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDuration?: Duration;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueHumanName?: HumanName;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueIdentifier?: Identifier;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMoney?: Money;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePeriod?: Period;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueQuantity?: Quantity;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRange?: Range;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRatio?: Ratio;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueReference?: Reference;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSampledData?: SampledData;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSignature?: Signature;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTiming?: Timing;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMeta?: Meta;
}
/**
 * Additional information about the Condition
 *
 * Additional information about the Condition. This is a general notes/comments entry  for description of the Condition, its diagnosis and prognosis.
 *
 * - Cardinality 0..*
 * - FHIR path `Condition.note`
 * - Type Annotation
 * - Must support
 */
export interface CareConnectGPCProblemHeaderCondition1Note {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.note.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.note.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.note.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.note.author[x]`
     * - Type Reference | string
     */
    authorReference?: Reference<'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.note.author[x]`
     * - Type Reference | string
     */
    authorString?: string;
    /** Extensions and id for `authorString` (FHIR JSON primitive extension, see Condition.note.author[x]). */
    _authorString?: Element;
    /**
     * When the annotation was made
     *
     * Indicates when this particular annotation was made.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.note.time`
     * - Type dateTime
     */
    time?: string;
    /** Extensions and id for `time` (FHIR JSON primitive extension, see Condition.note.time). */
    _time?: Element;
    /**
     * The annotation  - text content
     *
     * The text of the annotation.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.note.text`
     * - Type string
     */
    text: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Condition.note.text). */
    _text?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectGPCProblemHeaderCondition1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCProblemHeaderCondition1Meta(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCProblemHeaderCondition1RelatedProblemHeader(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCProblemHeaderCondition1ProblemSignificance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCProblemHeaderCondition1RelatedClinicalContent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCProblemHeaderCondition1Identifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCProblemHeaderCondition1Category(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCProblemHeaderCondition1Code(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCProblemHeaderCondition1Note(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCProblemHeaderCondition1CategoryCoding(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCProblemHeaderCondition1CodeCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCProblemHeaderCondition1CodeCodingSnomedCTSnomedCTDescriptionID(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-GPC-ProblemHeader-Condition-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProblemHeader-Condition-1 version 1.7.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectGPCProblemHeaderCondition1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectGPCProblemHeaderCondition1} with the same options reports no error or fatal issue: CareConnect-GPC-ProblemHeader-Condition-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProblemHeader-Condition-1 version 1.7.0). */
export declare function isCareConnectGPCProblemHeaderCondition1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectGPCProblemHeaderCondition1;
/** Input of {@link buildCareConnectGPCProblemHeaderCondition1}: a {@link CareConnectGPCProblemHeaderCondition1} without what the builder fills in. */
export type CareConnectGPCProblemHeaderCondition1Input = BuilderInput<CareConnectGPCProblemHeaderCondition1, 'resourceType', {
    meta?: ProfiledMetaInput<CareConnectGPCProblemHeaderCondition1['meta']>;
    category: [CareConnectGPCProblemHeaderCondition1CategoryInput];
    extension: [
        CareConnectGPCProblemHeaderCondition1ProblemSignificanceInput,
        ...(ExtensionCareConnectGPCActualProblem1 | CareConnectGPCProblemHeaderCondition1RelatedProblemHeader | CareConnectGPCProblemHeaderCondition1ProblemSignificance | CareConnectGPCProblemHeaderCondition1RelatedClinicalContent | Extension)[]
    ];
}>;
/** Input of {@link CareConnectGPCProblemHeaderCondition1Category} (`Condition.category`): what the builder fills may be left out. */
export type CareConnectGPCProblemHeaderCondition1CategoryInput = BuilderInput<CareConnectGPCProblemHeaderCondition1Category, never, {
    coding?: CareConnectGPCProblemHeaderCondition1CategoryCodingInput[];
}>;
/** Input of {@link CareConnectGPCProblemHeaderCondition1CodeCodingSnomedCT} (`Condition.code.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCProblemHeaderCondition1CodeCodingSnomedCTInput = BuilderInput<CareConnectGPCProblemHeaderCondition1CodeCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectGPCProblemHeaderCondition1CodeCodingSnomedCTSnomedCTDescriptionID} (`Condition.code.coding:snomedCT.extension:snomedCTDescriptionID`): what the builder fills may be left out. */
export type CareConnectGPCProblemHeaderCondition1CodeCodingSnomedCTSnomedCTDescriptionIDInput = BuilderInput<CareConnectGPCProblemHeaderCondition1CodeCodingSnomedCTSnomedCTDescriptionID, 'url'>;
/** Input of {@link CareConnectGPCProblemHeaderCondition1ProblemSignificance} (`Condition.extension:problemSignificance`): what the builder fills may be left out. */
export type CareConnectGPCProblemHeaderCondition1ProblemSignificanceInput = BuilderInput<CareConnectGPCProblemHeaderCondition1ProblemSignificance, 'url'>;
/** Input of {@link CareConnectGPCProblemHeaderCondition1RelatedClinicalContent} (`Condition.extension:relatedClinicalContent`): what the builder fills may be left out. */
export type CareConnectGPCProblemHeaderCondition1RelatedClinicalContentInput = BuilderInput<CareConnectGPCProblemHeaderCondition1RelatedClinicalContent, 'url'>;
/** Input of {@link CareConnectGPCProblemHeaderCondition1RelatedProblemHeader} (`Condition.extension:relatedProblemHeader`): what the builder fills may be left out. */
export type CareConnectGPCProblemHeaderCondition1RelatedProblemHeaderInput = BuilderInput<CareConnectGPCProblemHeaderCondition1RelatedProblemHeader, 'url'>;
/** Input of {@link CareConnectGPCProblemHeaderCondition1CategoryCoding} (`Condition.category.coding`): what the builder fills may be left out. */
export type CareConnectGPCProblemHeaderCondition1CategoryCodingInput = BuilderInput<CareConnectGPCProblemHeaderCondition1CategoryCoding, 'system' | 'code' | 'display'>;
/**
 * Builds a {@link CareConnectGPCProblemHeaderCondition1} (CareConnect-GPC-ProblemHeader-Condition-1, https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProblemHeader-Condition-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Condition"
 * - `meta.profile`: adds https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProblemHeader-Condition-1
 * - fixed parts inside `category` (see its input type)
 * - the `system` of codings in `category`: https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1 (the only system of its required binding)
 * - the leading items of `extension`, which must be the required slices in this order: `Condition.extension:problemSignificance`
 *
 * The result is checked with {@link validateCareConnectGPCProblemHeaderCondition1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectGPCProblemHeaderCondition1(input: CareConnectGPCProblemHeaderCondition1Input): CareConnectGPCProblemHeaderCondition1;
/**
 * Makes a `Condition.extension:relatedProblemHeader` item (slice `relatedProblemHeader`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCProblemHeaderCondition1RelatedProblemHeader(input: CareConnectGPCProblemHeaderCondition1RelatedProblemHeaderInput): CareConnectGPCProblemHeaderCondition1RelatedProblemHeader;
/**
 * Makes a `Condition.extension:problemSignificance` item (slice `problemSignificance`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ProblemSignificance-1"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCProblemHeaderCondition1ProblemSignificance(input: CareConnectGPCProblemHeaderCondition1ProblemSignificanceInput): CareConnectGPCProblemHeaderCondition1ProblemSignificance;
/**
 * Makes a `Condition.extension:relatedClinicalContent` item (slice `relatedClinicalContent`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedClinicalContent-1"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCProblemHeaderCondition1RelatedClinicalContent(input: CareConnectGPCProblemHeaderCondition1RelatedClinicalContentInput): CareConnectGPCProblemHeaderCondition1RelatedClinicalContent;
/**
 * Makes a `Condition.code.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCProblemHeaderCondition1CodeCodingSnomedCT(input: CareConnectGPCProblemHeaderCondition1CodeCodingSnomedCTInput): CareConnectGPCProblemHeaderCondition1CodeCodingSnomedCT;
/**
 * Makes a `Condition.code.coding:snomedCT.extension:snomedCTDescriptionID` item (slice `snomedCTDescriptionID`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCProblemHeaderCondition1CodeCodingSnomedCTSnomedCTDescriptionID(input: CareConnectGPCProblemHeaderCondition1CodeCodingSnomedCTSnomedCTDescriptionIDInput): CareConnectGPCProblemHeaderCondition1CodeCodingSnomedCTSnomedCTDescriptionID;
