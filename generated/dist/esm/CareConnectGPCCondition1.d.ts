import { type Age } from './Age.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { ConditionEvidence } from './Condition.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type ExtensionCodingSctdescid2 } from './ExtensionCodingSctdescid2.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Range } from './Range.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * CareConnect-GPC-Condition-1
 *
 * This Condition resource records detailed information about conditions or diagnoses recognised by a clinician.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Condition-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Condition
 */
export interface CareConnectGPCCondition1 {
    /** The FHIR resource type. */
    resourceType: 'Condition';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.id`
     * - Type id
     */
    id: string;
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
    meta?: CareConnectGPCCondition1Meta;
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
    extension?: Extension[];
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
     * - Cardinality 0..*
     * - FHIR path `Condition.identifier`
     * - Type Identifier
     */
    identifier?: CareConnectGPCCondition1Identifier[];
    /**
     * active | recurrence | inactive | remission | resolved
     *
     * The clinical status of the condition.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.clinicalStatus`
     * - Type code
     * - Must support
     * - Binding required to http://hl7.org/fhir/ValueSet/condition-clinical (5 codes: active, recurrence, inactive, remission, resolved)
     */
    clinicalStatus?: 'active' | 'inactive' | 'recurrence' | 'remission' | 'resolved';
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
     * - Must support
     * - Binding required to http://hl7.org/fhir/ValueSet/condition-ver-status (6 codes: provisional, differential, confirmed, refuted, entered-in-error, unknown)
     */
    verificationStatus?: 'confirmed' | 'differential' | 'entered-in-error' | 'provisional' | 'refuted' | 'unknown';
    /** Extensions and id for `verificationStatus` (FHIR JSON primitive extension, see Condition.verificationStatus). */
    _verificationStatus?: Element;
    /**
     * complaint | symptom | finding | diagnosis | problem | need
     *
     * A category assigned to the condition.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.category`
     * - Type CodeableConcept
     * - Must support
     * - Binding extensible to https://fhir.nhs.uk/STU3/ValueSet/CareConnect-ConditionCategory-1 (5 codes: problem-list-item, encounter-diagnosis, presenting-complaint, co-morbidity, issue)
     */
    category?: CareConnectGPCCondition1Category[];
    /**
     * Subjective severity of condition
     *
     * A subjective assessment of the severity of the condition as evaluated by the clinician.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.severity`
     * - Type CodeableConcept
     * - Must support
     * - Binding extensible to http://hl7.org/fhir/ValueSet/condition-severity (3 codes: 24484000, 6736007, 255604002)
     */
    severity?: CareConnectGPCCondition1Severity;
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
    code: CareConnectGPCCondition1Code;
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
    bodySite?: CareConnectGPCCondition1BodySite[];
    /**
     * Who has the condition?
     *
     * Indicates the patient or group who the condition record is associated with.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.subject`
     * - Type Reference
     */
    subject: Reference<'Group' | 'Patient'>;
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
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
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
    asserter: Reference<'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Stage/grade, usually assessed formally
     *
     * Clinical stage or grade of a condition. May include formal severity assessments.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.stage`
     * - Type BackboneElement
     */
    stage?: CareConnectGPCCondition1Stage;
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
    note?: CareConnectGPCCondition1Note[];
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
export interface CareConnectGPCCondition1Meta {
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
 * External Ids for this condition
 *
 * This records identifiers associated with this condition that are defined by business processes and/or used to refer to it when a direct URL reference to the resource itself is not appropriate (e.g. in CDA documents, or in written / printed documentation).
 *
 * - Cardinality 0..*
 * - FHIR path `Condition.identifier`
 * - Type Identifier
 */
export interface CareConnectGPCCondition1Identifier {
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
 * complaint | symptom | finding | diagnosis | problem | need
 *
 * A category assigned to the condition.
 *
 * - Cardinality 0..*
 * - FHIR path `Condition.category`
 * - Type CodeableConcept
 * - Must support
 * - Binding extensible to https://fhir.nhs.uk/STU3/ValueSet/CareConnect-ConditionCategory-1 (5 codes: problem-list-item, encounter-diagnosis, presenting-complaint, co-morbidity, issue)
 */
export interface CareConnectGPCCondition1Category {
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
    coding?: CareConnectGPCCondition1CategoryCoding[];
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
export interface CareConnectGPCCondition1CategoryCoding {
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
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Condition.category.coding.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.category.coding.code`
     * - Type code
     */
    code: string;
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
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Condition.category.coding.display). */
    _display?: Element;
}
/**
 * Subjective severity of condition
 *
 * A subjective assessment of the severity of the condition as evaluated by the clinician.
 *
 * - Cardinality 0..1
 * - FHIR path `Condition.severity`
 * - Type CodeableConcept
 * - Must support
 * - Binding extensible to http://hl7.org/fhir/ValueSet/condition-severity (3 codes: 24484000, 6736007, 255604002)
 */
export interface CareConnectGPCCondition1Severity {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.severity.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.severity.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.severity.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.severity.coding`
     * - Type Coding
     */
    coding?: CareConnectGPCCondition1SeverityCoding[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.severity.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Condition.severity.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..*
 * - FHIR path `Condition.severity.coding`
 * - Type Coding
 */
export interface CareConnectGPCCondition1SeverityCoding {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.severity.coding.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.severity.coding.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.severity.coding.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.severity.coding.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Condition.severity.coding.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.severity.coding.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Condition.severity.coding.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.severity.coding.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Condition.severity.coding.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.severity.coding.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Condition.severity.coding.userSelected). */
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
export interface CareConnectGPCCondition1Code {
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
    coding?: (CareConnectGPCCondition1CodeCodingSnomedCT | Coding)[];
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
 */
export interface CareConnectGPCCondition1CodeCodingSnomedCT {
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
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
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
 * Anatomical location, if relevant
 *
 * The anatomical location where this condition manifests itself.
 *
 * - Cardinality 0..*
 * - FHIR path `Condition.bodySite`
 * - Type CodeableConcept
 * - Binding example to http://hl7.org/fhir/ValueSet/body-site (codes not enumerable here: example binding: not checked)
 */
export interface CareConnectGPCCondition1BodySite {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.bodySite.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.bodySite.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.bodySite.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.bodySite.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCCondition1BodySiteCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.bodySite.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Condition.bodySite.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `Condition.bodySite.coding:snomedCT`
 * - Type Coding
 */
export interface CareConnectGPCCondition1BodySiteCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.bodySite.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.bodySite.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.bodySite.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.bodySite.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Condition.bodySite.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.bodySite.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Condition.bodySite.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.bodySite.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Condition.bodySite.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.bodySite.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Condition.bodySite.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * Stage/grade, usually assessed formally
 *
 * Clinical stage or grade of a condition. May include formal severity assessments.
 *
 * - Cardinality 0..1
 * - FHIR path `Condition.stage`
 * - Type BackboneElement
 */
export interface CareConnectGPCCondition1Stage {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.stage.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.stage.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.stage.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.stage.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Simple summary (disease specific)
     *
     * A simple summary of the stage such as "Stage 3". The determination of the stage is disease-specific.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.stage.summary`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/condition-stage (codes not enumerable here: example binding: not checked)
     */
    summary?: CareConnectGPCCondition1StageSummary;
    /**
     * Formal record of assessment
     *
     * Reference to a formal record of the evidence on which the staging assessment is based.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.stage.assessment`
     * - Type Reference
     */
    assessment?: Reference<'ClinicalImpression' | 'DiagnosticReport' | 'Observation'>[];
}
/**
 * Simple summary (disease specific)
 *
 * A simple summary of the stage such as "Stage 3". The determination of the stage is disease-specific.
 *
 * - Cardinality 0..1
 * - FHIR path `Condition.stage.summary`
 * - Type CodeableConcept
 * - Binding example to http://hl7.org/fhir/ValueSet/condition-stage (codes not enumerable here: example binding: not checked)
 */
export interface CareConnectGPCCondition1StageSummary {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.stage.summary.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.stage.summary.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.stage.summary.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.stage.summary.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCCondition1StageSummaryCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.stage.summary.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Condition.stage.summary.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..*
 * - FHIR path `Condition.stage.summary.coding:snomedCT`
 * - Type Coding
 */
export interface CareConnectGPCCondition1StageSummaryCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.stage.summary.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Condition.stage.summary.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Condition.stage.summary.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.stage.summary.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Condition.stage.summary.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.stage.summary.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Condition.stage.summary.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Condition.stage.summary.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Condition.stage.summary.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Condition.stage.summary.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Condition.stage.summary.coding:snomedCT.userSelected). */
    _userSelected?: Element;
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
export interface CareConnectGPCCondition1Note {
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
export declare function checkCareConnectGPCCondition1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCCondition1Meta(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCCondition1Identifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCCondition1Category(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCCondition1Severity(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCCondition1Code(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCCondition1BodySite(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCCondition1Stage(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCCondition1Note(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCCondition1CategoryCoding(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCCondition1SeverityCoding(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCCondition1CodeCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCCondition1BodySiteCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCCondition1StageSummary(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCCondition1StageSummaryCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-GPC-Condition-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Condition-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectGPCCondition1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectGPCCondition1} with the same options reports no error or fatal issue: CareConnect-GPC-Condition-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Condition-1 version 1.0.0). */
export declare function isCareConnectGPCCondition1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectGPCCondition1;
/** Input of {@link buildCareConnectGPCCondition1}: a {@link CareConnectGPCCondition1} without what the builder fills in. */
export type CareConnectGPCCondition1Input = BuilderInput<CareConnectGPCCondition1, 'resourceType', {
    meta?: ProfiledMetaInput<CareConnectGPCCondition1['meta']>;
}>;
/** Input of {@link CareConnectGPCCondition1BodySiteCodingSnomedCT} (`Condition.bodySite.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCCondition1BodySiteCodingSnomedCTInput = BuilderInput<CareConnectGPCCondition1BodySiteCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectGPCCondition1CodeCodingSnomedCT} (`Condition.code.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCCondition1CodeCodingSnomedCTInput = BuilderInput<CareConnectGPCCondition1CodeCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectGPCCondition1StageSummaryCodingSnomedCT} (`Condition.stage.summary.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCCondition1StageSummaryCodingSnomedCTInput = BuilderInput<CareConnectGPCCondition1StageSummaryCodingSnomedCT, 'system'>;
/**
 * Builds a {@link CareConnectGPCCondition1} (CareConnect-GPC-Condition-1, https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Condition-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Condition"
 * - `meta.profile`: adds https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Condition-1
 *
 * The result is checked with {@link validateCareConnectGPCCondition1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectGPCCondition1(input: CareConnectGPCCondition1Input): CareConnectGPCCondition1;
/**
 * Makes a `Condition.code.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCCondition1CodeCodingSnomedCT(input: CareConnectGPCCondition1CodeCodingSnomedCTInput): CareConnectGPCCondition1CodeCodingSnomedCT;
/**
 * Makes a `Condition.bodySite.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCCondition1BodySiteCodingSnomedCT(input: CareConnectGPCCondition1BodySiteCodingSnomedCTInput): CareConnectGPCCondition1BodySiteCodingSnomedCT;
/**
 * Makes a `Condition.stage.summary.coding:snomedCT` item (slice `snomedCT`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCCondition1StageSummaryCodingSnomedCT(input: CareConnectGPCCondition1StageSummaryCodingSnomedCTInput): CareConnectGPCCondition1StageSummaryCodingSnomedCT;
