import { type Address } from './Address.js';
import { type Age } from './Age.js';
import { type Annotation } from './Annotation.js';
import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type ContactPoint } from './ContactPoint.js';
import { type Count } from './Count.js';
import { type Distance } from './Distance.js';
import { type Duration } from './Duration.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type ExtensionCareConnectGPCMedicationChangeSummary1 } from './ExtensionCareConnectGPCMedicationChangeSummary1.js';
import { type ExtensionCareConnectGPCMedicationStatementLastIssueDate1 } from './ExtensionCareConnectGPCMedicationStatementLastIssueDate1.js';
import { type ExtensionCareConnectGPCPrescribingAgency1, type ExtensionCareConnectGPCPrescribingAgency1Input } from './ExtensionCareConnectGPCPrescribingAgency1.js';
import { type ExtensionCodingSctdescid2 } from './ExtensionCodingSctdescid2.js';
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
import { type SimpleQuantity } from './SimpleQuantity.js';
import { type Timing } from './Timing.js';
/**
 * CareConnect-GPC-MedicationStatement-1
 *
 * This MedicationStatement Resource is a record of a medication that is being consumed by a patient.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationStatement-1 (version 1.7.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of MedicationStatement
 */
export interface CareConnectGPCMedicationStatement1 {
    /** The FHIR resource type. */
    resourceType: 'MedicationStatement';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationStatement.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.meta`
     * - Type Meta
     */
    meta?: CareConnectGPCMedicationStatement1Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see MedicationStatement.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see MedicationStatement.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.extension`
     * - Type Extension
     */
    extension: [
        (ExtensionCareConnectGPCMedicationStatementLastIssueDate1 | ExtensionCareConnectGPCMedicationChangeSummary1 | ExtensionCareConnectGPCPrescribingAgency1 | CareConnectGPCMedicationStatement1DosageLastChanged | Extension),
        ...(ExtensionCareConnectGPCMedicationStatementLastIssueDate1 | ExtensionCareConnectGPCMedicationChangeSummary1 | ExtensionCareConnectGPCPrescribingAgency1 | CareConnectGPCMedicationStatement1DosageLastChanged | Extension)[]
    ];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External identifier
     *
     * External identifier - FHIR will generate its own internal identifiers (probably URLs) which do not need to be explicitly managed by the resource.  The identifier here is one that would be used by another non-FHIR system - for example an automated medication pump would provide a record each time it operated; an administration while the patient was off the ward might be made with a different system and entered after the event.  Particularly important if these records have to be updated.
     *
     * - Cardinality 1..*
     * - FHIR path `MedicationStatement.identifier`
     * - Type Identifier
     */
    identifier: [CareConnectGPCMedicationStatement1Identifier, ...CareConnectGPCMedicationStatement1Identifier[]];
    /**
     * Fulfils plan, proposal or order
     *
     * A plan, proposal or order that is fulfilled in whole or in part by this event.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.basedOn`
     * - Type Reference
     */
    basedOn: [Reference<'CarePlan' | 'MedicationRequest' | 'ProcedureRequest' | 'ReferralRequest'>];
    /**
     * Part of referenced event
     *
     * A larger event of which this particular event is a component or step.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.partOf`
     * - Type Reference
     */
    partOf?: Reference<'MedicationAdministration' | 'MedicationDispense' | 'MedicationStatement' | 'Observation' | 'Procedure'>[];
    /**
     * Encounter / Episode associated with MedicationStatement
     *
     * The encounter or episode of care that establishes the context for this MedicationStatement.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.context`
     * - Type Reference
     * - Must support
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * active | completed | entered-in-error | intended | stopped | on-hold
     *
     * A code representing the patient or other source's judgment about the state of the medication used that this statement is about.  Generally this will be active or completed.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/medication-statement-status (6 codes: active, completed, entered-in-error, intended, stopped, on-hold)
     */
    status: 'active' | 'completed' | 'entered-in-error' | 'intended' | 'on-hold' | 'stopped';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see MedicationStatement.status). */
    _status?: Element;
    /**
     * Type of medication usage
     *
     * Indicates where type of medication statement and where the medication is expected to be consumed or administered.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.category`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/medication-statement-category (4 codes: inpatient, outpatient, community, patientspecified)
     */
    category?: CodeableConcept;
    /**
     * What medication was taken
     *
     * Identifies the medication being administered. This is either a link to a resource representing the details of the medication or a simple attribute carrying a code that identifies the medication from a known list of medications.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.medicationReference:medicationReference`
     * - Type Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-codes (codes not enumerable here: example binding: not checked)
     */
    medicationReference: Reference<'Medication'>;
    /**
     * The date/time or interval when the medication was taken
     *
     * The interval of time during which it is being asserted that the patient was taking the medication (or was not taking, when the wasNotGiven element is true).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.effective[x]`
     * - Type dateTime | Period
     * - Must support
     */
    effectiveDateTime?: string;
    /** Extensions and id for `effectiveDateTime` (FHIR JSON primitive extension, see MedicationStatement.effective[x]). */
    _effectiveDateTime?: Element;
    /**
     * The date/time or interval when the medication was taken
     *
     * The interval of time during which it is being asserted that the patient was taking the medication (or was not taking, when the wasNotGiven element is true).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.effective[x]`
     * - Type dateTime | Period
     * - Must support
     */
    effectivePeriod?: Period;
    /**
     * When the statement was asserted?
     *
     * The date when the medication statement was asserted by the information source.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.dateAsserted`
     * - Type dateTime
     */
    dateAsserted: string;
    /** Extensions and id for `dateAsserted` (FHIR JSON primitive extension, see MedicationStatement.dateAsserted). */
    _dateAsserted?: Element;
    /**
     * Person or organization that provided the information about the taking of this medication
     *
     * The person or organization that provided the information about the taking of this medication. Note: Use derivedFrom when a MedicationStatement is derived from other resources, e.g Claim or MedicationRequest.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.informationSource`
     * - Type Reference
     */
    informationSource?: Reference<'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Who is/was taking  the medication
     *
     * The person, animal or group who is/was taking the medication.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.subject`
     * - Type Reference
     */
    subject: Reference<'Group' | 'Patient'>;
    /**
     * Additional supporting information
     *
     * Allows linking the MedicationStatement to the underlying MedicationRequest, or to other information that supports or is used to derive the MedicationStatement.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.derivedFrom`
     * - Type Reference
     */
    derivedFrom?: Reference[];
    /**
     * y | n | unk | na
     *
     * Indicator of the certainty of whether the medication was taken by the patient.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.taken`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/medication-statement-taken (4 codes: y, n, unk, na)
     */
    taken: 'n' | 'na' | 'unk' | 'y';
    /** Extensions and id for `taken` (FHIR JSON primitive extension, see MedicationStatement.taken). */
    _taken?: Element;
    /**
     * True if asserting medication was not given
     *
     * A code indicating why the medication was not taken.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.reasonNotTaken`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/reason-medication-not-taken-codes (codes not enumerable here: example binding: not checked)
     */
    reasonNotTaken?: CodeableConcept[];
    /**
     * Reason for why the medication is being/was taken
     *
     * A reason for why the medication is being/was taken.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.reasonCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/condition-code (codes not enumerable here: example binding: not checked)
     */
    reasonCode?: CodeableConcept[];
    /**
     * Condition or observation that supports why the medication is being/was taken
     *
     * Condition or observation that supports why the medication is being/was taken.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.reasonReference`
     * - Type Reference
     */
    reasonReference?: Reference<'Condition' | 'Observation'>[];
    /**
     * Further information about the statement
     *
     * Provides extra information about the medication statement that is not conveyed by the other attributes.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.note`
     * - Type Annotation
     * - Must support
     */
    note?: CareConnectGPCMedicationStatement1Note[];
    /**
     * Details of how medication is/was taken or should be taken
     *
     * Indicates how the medication is/was or should be taken by the patient.
     *
     * - Cardinality 1..*
     * - FHIR path `MedicationStatement.dosage`
     * - Type Dosage
     */
    dosage: [CareConnectGPCMedicationStatement1Dosage, ...CareConnectGPCMedicationStatement1Dosage[]];
}
/**
 * Metadata about the resource
 *
 * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationStatement.meta`
 * - Type Meta
 */
export interface CareConnectGPCMedicationStatement1Meta {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.meta.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationStatement.meta.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.meta.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Version specific identifier
     *
     * The version specific identifier, as it appears in the version portion of the URL. This values changes when the resource is created, updated, or deleted.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.meta.versionId`
     * - Type id
     */
    versionId?: string;
    /** Extensions and id for `versionId` (FHIR JSON primitive extension, see MedicationStatement.meta.versionId). */
    _versionId?: Element;
    /**
     * When the resource version last changed
     *
     * When the resource last changed - e.g. when the version changed.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.meta.lastUpdated`
     * - Type instant
     */
    lastUpdated?: string;
    /** Extensions and id for `lastUpdated` (FHIR JSON primitive extension, see MedicationStatement.meta.lastUpdated). */
    _lastUpdated?: Element;
    /**
     * Profiles this resource claims to conform to
     *
     * A list of profiles (references to [StructureDefinition](structuredefinition.html#) resources) that this resource claims to conform to. The URL is a reference to [StructureDefinition.url]().
     *
     * - Cardinality 1..*
     * - FHIR path `MedicationStatement.meta.profile`
     * - Type uri
     */
    profile: [string, ...string[]];
    /** Extensions and id for `profile` (FHIR JSON primitive extension, see MedicationStatement.meta.profile). */
    _profile?: (Element | null)[];
    /**
     * Security Labels applied to this resource
     *
     * Security labels applied to this resource. These tags connect specific resources to the overall security policy and infrastructure.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.meta.security`
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
     * - FHIR path `MedicationStatement.meta.tag`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/common-tags (codes not enumerable here: example binding: not checked)
     */
    tag?: Coding[];
}
/**
 * The date when the dosage instructions were last changed
 *
 * Only populate where the dosage instructions have been changed during the lifetime of the Medication/Medical Device plan.
 * Set to the date when the dosage instructions were last changed.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationStatement.extension:dosageLastChanged`
 * - Type Extension
 */
export interface CareConnectGPCMedicationStatement1DosageLastChanged {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.url`
     * - Type uri
     * - Fixed "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MedicationDosageLastChanged-1"
     */
    url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MedicationDosageLastChanged-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBase64Binary?: string;
    /** Extensions and id for `valueBase64Binary` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.value[x]). */
    _valueBase64Binary?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.value[x]). */
    _valueBoolean?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.value[x]). */
    _valueCode?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDate?: string;
    /** Extensions and id for `valueDate` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.value[x]). */
    _valueDate?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.value[x]). */
    _valueDateTime?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.value[x]). */
    _valueDecimal?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueId?: string;
    /** Extensions and id for `valueId` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.value[x]). */
    _valueId?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInstant?: string;
    /** Extensions and id for `valueInstant` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.value[x]). */
    _valueInstant?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.value[x]). */
    _valueInteger?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMarkdown?: string;
    /** Extensions and id for `valueMarkdown` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.value[x]). */
    _valueMarkdown?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueOid?: string;
    /** Extensions and id for `valueOid` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.value[x]). */
    _valueOid?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePositiveInt?: number;
    /** Extensions and id for `valuePositiveInt` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.value[x]). */
    _valuePositiveInt?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.value[x]). */
    _valueString?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTime?: string;
    /** Extensions and id for `valueTime` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.value[x]). */
    _valueTime?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUnsignedInt?: number;
    /** Extensions and id for `valueUnsignedInt` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.value[x]). */
    _valueUnsignedInt?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUri?: string;
    /** Extensions and id for `valueUri` (FHIR JSON primitive extension, see MedicationStatement.extension:dosageLastChanged.value[x]). */
    _valueUri?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAddress?: Address;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAge?: Age;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAnnotation?: Annotation;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAttachment?: Attachment;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCoding?: Coding;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueContactPoint?: ContactPoint;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCount?: Count;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDistance?: Distance;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDuration?: Duration;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueHumanName?: HumanName;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueIdentifier?: Identifier;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMoney?: Money;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePeriod?: Period;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueQuantity?: Quantity;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRange?: Range;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRatio?: Ratio;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueReference?: Reference;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSampledData?: SampledData;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSignature?: Signature;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTiming?: Timing;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.extension:dosageLastChanged.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMeta?: Meta;
}
/**
 * External identifier
 *
 * External identifier - FHIR will generate its own internal identifiers (probably URLs) which do not need to be explicitly managed by the resource.  The identifier here is one that would be used by another non-FHIR system - for example an automated medication pump would provide a record each time it operated; an administration while the patient was off the ward might be made with a different system and entered after the event.  Particularly important if these records have to be updated.
 *
 * - Cardinality 1..*
 * - FHIR path `MedicationStatement.identifier`
 * - Type Identifier
 */
export interface CareConnectGPCMedicationStatement1Identifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationStatement.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.identifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see MedicationStatement.identifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.identifier.type`
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
     * - FHIR path `MedicationStatement.identifier.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see MedicationStatement.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.identifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see MedicationStatement.identifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.identifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.identifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * Further information about the statement
 *
 * Provides extra information about the medication statement that is not conveyed by the other attributes.
 *
 * - Cardinality 0..*
 * - FHIR path `MedicationStatement.note`
 * - Type Annotation
 * - Must support
 */
export interface CareConnectGPCMedicationStatement1Note {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.note.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationStatement.note.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.note.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.note.author[x]`
     * - Type Reference | string
     */
    authorReference?: Reference<'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.note.author[x]`
     * - Type Reference | string
     */
    authorString?: string;
    /** Extensions and id for `authorString` (FHIR JSON primitive extension, see MedicationStatement.note.author[x]). */
    _authorString?: Element;
    /**
     * When the annotation was made
     *
     * Indicates when this particular annotation was made.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.note.time`
     * - Type dateTime
     */
    time?: string;
    /** Extensions and id for `time` (FHIR JSON primitive extension, see MedicationStatement.note.time). */
    _time?: Element;
    /**
     * The annotation  - text content
     *
     * The text of the annotation.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.note.text`
     * - Type string
     */
    text: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see MedicationStatement.note.text). */
    _text?: Element;
}
/**
 * Details of how medication is/was taken or should be taken
 *
 * Indicates how the medication is/was or should be taken by the patient.
 *
 * - Cardinality 1..*
 * - FHIR path `MedicationStatement.dosage`
 * - Type Dosage
 */
export interface CareConnectGPCMedicationStatement1Dosage {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationStatement.dosage.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.dosage.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * The order of the dosage instructions
     *
     * Indicates the order in which the dosage instructions should be applied or interpreted.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.sequence`
     * - Type integer
     */
    sequence?: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see MedicationStatement.dosage.sequence). */
    _sequence?: Element;
    /**
     * Free text dosage instructions e.g. SIG
     *
     * Free text dosage instructions e.g. SIG.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.dosage.text`
     * - Type string
     */
    text: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see MedicationStatement.dosage.text). */
    _text?: Element;
    /**
     * Supplemental instruction - e.g. "with meals"
     *
     * Supplemental instruction - e.g. "with meals".
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.dosage.additionalInstruction`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/additional-instruction-codes (codes not enumerable here: example binding: not checked)
     */
    additionalInstruction?: CodeableConcept[];
    /**
     * Patient or consumer oriented instructions
     *
     * Instructions in terms that are understood by the patient or consumer.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.patientInstruction`
     * - Type string
     * - Must support
     */
    patientInstruction?: string;
    /** Extensions and id for `patientInstruction` (FHIR JSON primitive extension, see MedicationStatement.dosage.patientInstruction). */
    _patientInstruction?: Element;
    /**
     * When medication should be administered
     *
     * When medication should be administered.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.timing`
     * - Type Timing
     */
    timing?: Timing;
    /**
     * Take "as needed" (for x)
     *
     * Indicates whether the Medication is only taken when needed within a specific dosing schedule (Boolean option), or it indicates the precondition for taking the Medication (CodeableConcept).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.asNeeded[x]`
     * - Type boolean | CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-as-needed-reason (codes not enumerable here: example binding: not checked)
     */
    asNeededBoolean?: boolean;
    /** Extensions and id for `asNeededBoolean` (FHIR JSON primitive extension, see MedicationStatement.dosage.asNeeded[x]). */
    _asNeededBoolean?: Element;
    /**
     * Take "as needed" (for x)
     *
     * Indicates whether the Medication is only taken when needed within a specific dosing schedule (Boolean option), or it indicates the precondition for taking the Medication (CodeableConcept).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.asNeeded[x]`
     * - Type boolean | CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-as-needed-reason (codes not enumerable here: example binding: not checked)
     */
    asNeededCodeableConcept?: CodeableConcept;
    /**
     * Body site to administer to
     *
     * Body site to administer to.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.site`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/approach-site-codes (codes not enumerable here: example binding: not checked)
     */
    site?: CodeableConcept;
    /**
     * How drug should enter body
     *
     * How drug should enter body.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.route`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/route-codes (codes not enumerable here: example binding: not checked)
     */
    route?: CareConnectGPCMedicationStatement1DosageRoute;
    /**
     * Technique for administering medication
     *
     * Technique for administering medication.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.method`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/administration-method-codes (codes not enumerable here: example binding: not checked)
     */
    method?: CodeableConcept;
    /**
     * Amount of medication per dose
     *
     * Amount of medication per dose.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.dose[x]`
     * - Type Range | Quantity
     */
    doseRange?: Range;
    /**
     * Amount of medication per dose
     *
     * Amount of medication per dose.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.dose[x]`
     * - Type Range | Quantity
     */
    doseQuantity?: SimpleQuantity;
    /**
     * Upper limit on medication per unit of time
     *
     * Upper limit on medication per unit of time.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.maxDosePerPeriod`
     * - Type Ratio
     */
    maxDosePerPeriod?: Ratio;
    /**
     * Upper limit on medication per administration
     *
     * Upper limit on medication per administration.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.maxDosePerAdministration`
     * - Type Quantity
     */
    maxDosePerAdministration?: SimpleQuantity;
    /**
     * Upper limit on medication per lifetime of the patient
     *
     * Upper limit on medication per lifetime of the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.maxDosePerLifetime`
     * - Type Quantity
     */
    maxDosePerLifetime?: SimpleQuantity;
    /**
     * Amount of medication per unit of time
     *
     * Amount of medication per unit of time.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.rate[x]`
     * - Type Ratio | Range | Quantity
     */
    rateRatio?: Ratio;
    /**
     * Amount of medication per unit of time
     *
     * Amount of medication per unit of time.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.rate[x]`
     * - Type Ratio | Range | Quantity
     */
    rateRange?: Range;
    /**
     * Amount of medication per unit of time
     *
     * Amount of medication per unit of time.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.rate[x]`
     * - Type Ratio | Range | Quantity
     */
    rateQuantity?: SimpleQuantity;
}
/**
 * How drug should enter body
 *
 * How drug should enter body.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationStatement.dosage.route`
 * - Type CodeableConcept
 * - Binding example to http://hl7.org/fhir/ValueSet/route-codes (codes not enumerable here: example binding: not checked)
 */
export interface CareConnectGPCMedicationStatement1DosageRoute {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.route.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationStatement.dosage.route.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.dosage.route.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.dosage.route.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCMedicationStatement1DosageRouteCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.route.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see MedicationStatement.dosage.route.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationStatement.dosage.route.coding:snomedCT`
 * - Type Coding
 * - Binding example to https://fhir.nhs.uk/STU3/ValueSet/CareConnect-MedicationDosageRoute-1 (codes not enumerable here: example binding: not checked)
 */
export interface CareConnectGPCMedicationStatement1DosageRouteCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.route.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationStatement.dosage.route.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.dosage.route.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.dosage.route.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see MedicationStatement.dosage.route.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.dosage.route.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see MedicationStatement.dosage.route.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.dosage.route.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see MedicationStatement.dosage.route.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dosage.route.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see MedicationStatement.dosage.route.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectGPCMedicationStatement1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationStatement1Meta(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationStatement1DosageLastChanged(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationStatement1Identifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationStatement1Note(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationStatement1Dosage(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationStatement1DosageRoute(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCMedicationStatement1DosageRouteCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-GPC-MedicationStatement-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationStatement-1 version 1.7.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectGPCMedicationStatement1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectGPCMedicationStatement1} with the same options reports no error or fatal issue: CareConnect-GPC-MedicationStatement-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationStatement-1 version 1.7.0). */
export declare function isCareConnectGPCMedicationStatement1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectGPCMedicationStatement1;
/** Input of {@link buildCareConnectGPCMedicationStatement1}: a {@link CareConnectGPCMedicationStatement1} without what the builder fills in. */
export type CareConnectGPCMedicationStatement1Input = BuilderInput<CareConnectGPCMedicationStatement1, 'resourceType', {
    meta?: ProfiledMetaInput<CareConnectGPCMedicationStatement1['meta']>;
    extension: [
        ExtensionCareConnectGPCPrescribingAgency1Input,
        ...(ExtensionCareConnectGPCMedicationStatementLastIssueDate1 | ExtensionCareConnectGPCMedicationChangeSummary1 | ExtensionCareConnectGPCPrescribingAgency1 | CareConnectGPCMedicationStatement1DosageLastChanged | Extension)[]
    ];
}>;
/** Input of {@link CareConnectGPCMedicationStatement1DosageLastChanged} (`MedicationStatement.extension:dosageLastChanged`): what the builder fills may be left out. */
export type CareConnectGPCMedicationStatement1DosageLastChangedInput = BuilderInput<CareConnectGPCMedicationStatement1DosageLastChanged, 'url'>;
/** Input of {@link CareConnectGPCMedicationStatement1DosageRouteCodingSnomedCT} (`MedicationStatement.dosage.route.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCMedicationStatement1DosageRouteCodingSnomedCTInput = BuilderInput<CareConnectGPCMedicationStatement1DosageRouteCodingSnomedCT, 'system'>;
/**
 * Builds a {@link CareConnectGPCMedicationStatement1} (CareConnect-GPC-MedicationStatement-1, https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationStatement-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "MedicationStatement"
 * - `meta.profile`: adds https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-MedicationStatement-1
 * - the leading items of `extension`, which must be the required slices in this order: `MedicationStatement.extension:prescribingAgency`
 *
 * The result is checked with {@link validateCareConnectGPCMedicationStatement1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectGPCMedicationStatement1(input: CareConnectGPCMedicationStatement1Input): CareConnectGPCMedicationStatement1;
/**
 * Makes a `MedicationStatement.extension:dosageLastChanged` item (slice `dosageLastChanged`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MedicationDosageLastChanged-...
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCMedicationStatement1DosageLastChanged(input: CareConnectGPCMedicationStatement1DosageLastChangedInput): CareConnectGPCMedicationStatement1DosageLastChanged;
/**
 * Makes a `MedicationStatement.dosage.route.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCMedicationStatement1DosageRouteCodingSnomedCT(input: CareConnectGPCMedicationStatement1DosageRouteCodingSnomedCTInput): CareConnectGPCMedicationStatement1DosageRouteCodingSnomedCT;
