import { type Address } from './Address.js';
import { type Age } from './Age.js';
import { type Annotation } from './Annotation.js';
import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type ContactPoint } from './ContactPoint.js';
import { type Count } from './Count.js';
import type { DiagnosticReportImage } from './DiagnosticReport.js';
import { type Distance } from './Distance.js';
import { type Duration } from './Duration.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
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
 * CareConnect-GPC-DiagnosticReport-1
 *
 * A test report for National Pathology that contains data on the pathology tests performed on patients specimens populated by the performing orgnaisation.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DiagnosticReport-1 (version 1.3.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of DiagnosticReport
 */
export interface CareConnectGPCDiagnosticReport1 {
    /** The FHIR resource type. */
    resourceType: 'DiagnosticReport';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DiagnosticReport.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.meta`
     * - Type Meta
     */
    meta?: CareConnectGPCDiagnosticReport1Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see DiagnosticReport.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see DiagnosticReport.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business identifier for report
     *
     * Identifiers assigned to this report by the performer or other systems.
     *
     * - Cardinality 1..*
     * - FHIR path `DiagnosticReport.identifier`
     * - Type Identifier
     */
    identifier: [CareConnectGPCDiagnosticReport1Identifier, ...CareConnectGPCDiagnosticReport1Identifier[]];
    /**
     * What was requested
     *
     * Details concerning a test or procedure requested.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.basedOn`
     * - Type Reference
     * - Must support
     */
    basedOn?: Reference<'ProcedureRequest'>[];
    /**
     * registered | partial | preliminary | final +
     *
     * The status of the diagnostic report as a whole.
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/diagnostic-report-status (10 codes: registered, partial, preliminary, final, amended, corrected, appended, cancelled, entered-in-error, unknown)
     */
    status: 'amended' | 'appended' | 'cancelled' | 'corrected' | 'entered-in-error' | 'final' | 'partial' | 'preliminary' | 'registered' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see DiagnosticReport.status). */
    _status?: Element;
    /**
     * Service category
     *
     * A code that classifies the clinical discipline, department or diagnostic service that created the report (e.g. cardiology, biochemistry, hematology, MRI). This is used for searching, sorting and display purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category`
     * - Type CodeableConcept
     * - Must support
     * - Binding preferred to http://hl7.org/fhir/ValueSet/diagnostic-service-sections (45 codes: AU, BG, BLB, CG, CH, CP, CT, CTH, CUS, EC, EN, GE, ...)
     */
    category?: CareConnectGPCDiagnosticReport1Category;
    /**
     * Name/Code for this diagnostic report
     *
     * A code or name that describes this diagnostic report.
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.code`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/report-codes (codes not enumerable here: code system http://loinc.org is not in the loaded packages)
     */
    code: CareConnectGPCDiagnosticReport1Code;
    /**
     * The subject of the report - usually, but not always, the patient
     *
     * The subject of the report. Usually, but not always, this is a patient. However diagnostic services also perform analyses on specimens collected from a variety of other sources.
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.subject`
     * - Type Reference
     */
    subject: Reference<'Device' | 'Group' | 'Location' | 'Patient'>;
    /**
     * Health care event when test ordered
     *
     * The healthcare event  (e.g. a patient and healthcare provider interaction) which this DiagnosticReport per is about.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.context`
     * - Type Reference
     */
    context?: Reference<'Encounter'>;
    /**
     * Clinically relevant time/time-period for report
     *
     * The time or time-period the observed values are related to. When the subject of the report is a patient, this is usually either the time of the procedure or of specimen collection(s), but very often the source of the date/time is not known, only the date/time itself.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.effective[x]`
     * - Type dateTime | Period
     */
    effectiveDateTime?: string;
    /** Extensions and id for `effectiveDateTime` (FHIR JSON primitive extension, see DiagnosticReport.effective[x]). */
    _effectiveDateTime?: Element;
    /**
     * Clinically relevant time/time-period for report
     *
     * The time or time-period the observed values are related to. When the subject of the report is a patient, this is usually either the time of the procedure or of specimen collection(s), but very often the source of the date/time is not known, only the date/time itself.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.effective[x]`
     * - Type dateTime | Period
     */
    effectivePeriod?: Period;
    /**
     * DateTime this version was released
     *
     * The date and time that this version of the report was released from the source diagnostic service.
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.issued`
     * - Type instant
     */
    issued: string;
    /** Extensions and id for `issued` (FHIR JSON primitive extension, see DiagnosticReport.issued). */
    _issued?: Element;
    /**
     * Participants in producing the report
     *
     * Indicates who or what participated in producing the report.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.performer`
     * - Type BackboneElement
     * - Must support
     */
    performer?: CareConnectGPCDiagnosticReport1Performer[];
    /**
     * Specimens this report is based on
     *
     * Details about the specimens on which this diagnostic report is based.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.specimen`
     * - Type Reference
     * - Must support
     */
    specimen?: Reference<'Specimen'>[];
    /**
     * Observations - simple, or complex nested groups
     *
     * Observations that are part of this diagnostic report. Observations can be simple name/value pairs (e.g. "atomic" results), or they can be grouping observations that include references to other members of the group (e.g. "panels").
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.result`
     * - Type Reference
     * - Must support
     */
    result?: Reference<'Observation'>[];
    /**
     * Reference to full details of imaging associated with the diagnostic report
     *
     * One or more links to full details of any imaging performed during the diagnostic investigation. Typically, this is imaging performed by DICOM enabled modalities, but this is not required. A fully enabled PACS viewer can use this information to provide views of the source images.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.imagingStudy`
     * - Type Reference
     */
    imagingStudy?: Reference<'ImagingManifest' | 'ImagingStudy'>[];
    /**
     * Key images associated with this report
     *
     * A list of key images associated with this report. The images are generally created during the diagnostic process, and may be directly of the patient, or of treated specimens (i.e. slides of interest).
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.image`
     * - Type BackboneElement
     */
    image?: DiagnosticReportImage[];
    /**
     * Clinical Interpretation of test results
     *
     * Concise and clinically contextualized impression / summary of the diagnostic report.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.conclusion`
     * - Type string
     * - Must support
     */
    conclusion?: string;
    /** Extensions and id for `conclusion` (FHIR JSON primitive extension, see DiagnosticReport.conclusion). */
    _conclusion?: Element;
    /**
     * Codes for the conclusion
     *
     * Codes for the conclusion.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.codedDiagnosis`
     * - Type CodeableConcept
     * - Must support
     * - Binding preferred to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-FindingCode-1 (codes not enumerable here: ValueSet https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-FindingCode-1 is not in the loaded packages)
     */
    codedDiagnosis?: CareConnectGPCDiagnosticReport1CodedDiagnosis[];
    /**
     * Entire report as issued
     *
     * Rich text representation of the entire result as issued by the diagnostic service. Multiple formats are allowed but they SHALL be semantically equivalent.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.presentedForm`
     * - Type Attachment
     */
    presentedForm?: Attachment[];
}
/**
 * Metadata about the resource
 *
 * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
 *
 * - Cardinality 0..1
 * - FHIR path `DiagnosticReport.meta`
 * - Type Meta
 */
export interface CareConnectGPCDiagnosticReport1Meta {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.meta.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DiagnosticReport.meta.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.meta.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Version specific identifier
     *
     * The version specific identifier, as it appears in the version portion of the URL. This values changes when the resource is created, updated, or deleted.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.meta.versionId`
     * - Type id
     */
    versionId?: string;
    /** Extensions and id for `versionId` (FHIR JSON primitive extension, see DiagnosticReport.meta.versionId). */
    _versionId?: Element;
    /**
     * When the resource version last changed
     *
     * When the resource last changed - e.g. when the version changed.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.meta.lastUpdated`
     * - Type instant
     */
    lastUpdated?: string;
    /** Extensions and id for `lastUpdated` (FHIR JSON primitive extension, see DiagnosticReport.meta.lastUpdated). */
    _lastUpdated?: Element;
    /**
     * Profiles this resource claims to conform to
     *
     * A list of profiles (references to [StructureDefinition](structuredefinition.html#) resources) that this resource claims to conform to. The URL is a reference to [StructureDefinition.url]().
     *
     * - Cardinality 1..*
     * - FHIR path `DiagnosticReport.meta.profile`
     * - Type uri
     */
    profile: [string, ...string[]];
    /** Extensions and id for `profile` (FHIR JSON primitive extension, see DiagnosticReport.meta.profile). */
    _profile?: (Element | null)[];
    /**
     * Security Labels applied to this resource
     *
     * Security labels applied to this resource. These tags connect specific resources to the overall security policy and infrastructure.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.meta.security`
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
     * - FHIR path `DiagnosticReport.meta.tag`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/common-tags (codes not enumerable here: example binding: not checked)
     */
    tag?: Coding[];
}
/**
 * Business identifier for report
 *
 * Identifiers assigned to this report by the performer or other systems.
 *
 * - Cardinality 1..*
 * - FHIR path `DiagnosticReport.identifier`
 * - Type Identifier
 */
export interface CareConnectGPCDiagnosticReport1Identifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DiagnosticReport.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.identifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see DiagnosticReport.identifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.identifier.type`
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
     * - FHIR path `DiagnosticReport.identifier.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see DiagnosticReport.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.identifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see DiagnosticReport.identifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.identifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.identifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * Service category
 *
 * A code that classifies the clinical discipline, department or diagnostic service that created the report (e.g. cardiology, biochemistry, hematology, MRI). This is used for searching, sorting and display purposes.
 *
 * - Cardinality 0..1
 * - FHIR path `DiagnosticReport.category`
 * - Type CodeableConcept
 * - Must support
 * - Binding preferred to http://hl7.org/fhir/ValueSet/diagnostic-service-sections (45 codes: AU, BG, BLB, CG, CH, CP, CT, CTH, CUS, EC, EN, GE, ...)
 */
export interface CareConnectGPCDiagnosticReport1Category {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DiagnosticReport.category.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.category.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.category.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCDiagnosticReport1CategoryCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see DiagnosticReport.category.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..*
 * - FHIR path `DiagnosticReport.category.coding:snomedCT`
 * - Type Coding
 */
export interface CareConnectGPCDiagnosticReport1CategoryCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (CareConnectGPCDiagnosticReport1CategoryCodingSnomedCTSnomedCTDescriptionID | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Version of the system - if relevant
     *
     * The version of the code system which was used when choosing this code. Note that a well-maintained code system does not need the version reported, because the meaning of codes is consistent across versions. However this cannot consistently be assured. and when the meaning is not guaranteed to be consistent, the version SHOULD be exchanged.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.version). */
    _version?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * Additional Content defined by implementations
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..*
 * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID`
 * - Type Extension
 */
export interface CareConnectGPCDiagnosticReport1CategoryCodingSnomedCTSnomedCTDescriptionID {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.url`
     * - Type uri
     * - Fixed "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
     */
    url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBase64Binary?: string;
    /** Extensions and id for `valueBase64Binary` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueBase64Binary?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueBoolean?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueCode?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDate?: string;
    /** Extensions and id for `valueDate` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueDate?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueDateTime?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueDecimal?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueId?: string;
    /** Extensions and id for `valueId` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueId?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInstant?: string;
    /** Extensions and id for `valueInstant` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueInstant?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueInteger?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMarkdown?: string;
    /** Extensions and id for `valueMarkdown` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueMarkdown?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueOid?: string;
    /** Extensions and id for `valueOid` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueOid?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePositiveInt?: number;
    /** Extensions and id for `valuePositiveInt` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valuePositiveInt?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueString?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTime?: string;
    /** Extensions and id for `valueTime` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueTime?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUnsignedInt?: number;
    /** Extensions and id for `valueUnsignedInt` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueUnsignedInt?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUri?: string;
    /** Extensions and id for `valueUri` (FHIR JSON primitive extension, see DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueUri?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAddress?: Address;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAge?: Age;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAnnotation?: Annotation;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAttachment?: Attachment;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCoding?: Coding;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueContactPoint?: ContactPoint;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCount?: Count;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDistance?: Distance;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDuration?: Duration;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueHumanName?: HumanName;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueIdentifier?: Identifier;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMoney?: Money;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePeriod?: Period;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueQuantity?: Quantity;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRange?: Range;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRatio?: Ratio;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueReference?: Reference;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSampledData?: SampledData;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSignature?: Signature;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTiming?: Timing;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMeta?: Meta;
}
/**
 * Name/Code for this diagnostic report
 *
 * A code or name that describes this diagnostic report.
 *
 * - Cardinality 1..1
 * - FHIR path `DiagnosticReport.code`
 * - Type CodeableConcept
 * - Binding preferred to http://hl7.org/fhir/ValueSet/report-codes (codes not enumerable here: code system http://loinc.org is not in the loaded packages)
 */
export interface CareConnectGPCDiagnosticReport1Code {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DiagnosticReport.code.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.code.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.code.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCDiagnosticReport1CodeCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see DiagnosticReport.code.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..*
 * - FHIR path `DiagnosticReport.code.coding:snomedCT`
 * - Type Coding
 * - Binding extensible to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ReportCodeSnCT-1 (codes not enumerable here: ValueSet https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ReportCodeSnCT-1 is not in the loaded packages)
 */
export interface CareConnectGPCDiagnosticReport1CodeCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (CareConnectGPCDiagnosticReport1CodeCodingSnomedCTSnomedCTDescriptionID | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Version of the system - if relevant
     *
     * The version of the code system which was used when choosing this code. Note that a well-maintained code system does not need the version reported, because the meaning of codes is consistent across versions. However this cannot consistently be assured. and when the meaning is not guaranteed to be consistent, the version SHOULD be exchanged.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.version). */
    _version?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * Additional Content defined by implementations
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..*
 * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID`
 * - Type Extension
 */
export interface CareConnectGPCDiagnosticReport1CodeCodingSnomedCTSnomedCTDescriptionID {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.url`
     * - Type uri
     * - Fixed "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
     */
    url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBase64Binary?: string;
    /** Extensions and id for `valueBase64Binary` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueBase64Binary?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueBoolean?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueCode?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDate?: string;
    /** Extensions and id for `valueDate` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueDate?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueDateTime?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueDecimal?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueId?: string;
    /** Extensions and id for `valueId` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueId?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInstant?: string;
    /** Extensions and id for `valueInstant` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueInstant?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueInteger?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMarkdown?: string;
    /** Extensions and id for `valueMarkdown` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueMarkdown?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueOid?: string;
    /** Extensions and id for `valueOid` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueOid?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePositiveInt?: number;
    /** Extensions and id for `valuePositiveInt` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valuePositiveInt?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueString?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTime?: string;
    /** Extensions and id for `valueTime` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueTime?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUnsignedInt?: number;
    /** Extensions and id for `valueUnsignedInt` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueUnsignedInt?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUri?: string;
    /** Extensions and id for `valueUri` (FHIR JSON primitive extension, see DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueUri?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAddress?: Address;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAge?: Age;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAnnotation?: Annotation;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAttachment?: Attachment;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCoding?: Coding;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueContactPoint?: ContactPoint;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCount?: Count;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDistance?: Distance;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDuration?: Duration;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueHumanName?: HumanName;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueIdentifier?: Identifier;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMoney?: Money;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePeriod?: Period;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueQuantity?: Quantity;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRange?: Range;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRatio?: Ratio;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueReference?: Reference;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSampledData?: SampledData;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSignature?: Signature;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTiming?: Timing;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMeta?: Meta;
}
/**
 * Participants in producing the report
 *
 * Indicates who or what participated in producing the report.
 *
 * - Cardinality 0..*
 * - FHIR path `DiagnosticReport.performer`
 * - Type BackboneElement
 * - Must support
 */
export interface CareConnectGPCDiagnosticReport1Performer {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.performer.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DiagnosticReport.performer.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.performer.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.performer.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type of performer
     *
     * Describes the type of participation (e.g.  a responsible party, author, or verifier).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.performer.role`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/performer-role (codes not enumerable here: example binding: not checked)
     */
    role?: CodeableConcept;
    /**
     * Practitioner or Organization  participant
     *
     * The reference to the  practitioner or organization involved in producing the report. For example, the diagnostic service that is responsible for issuing the report.
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.performer.actor`
     * - Type Reference
     */
    actor: Reference<'Organization' | 'Practitioner'>;
}
/**
 * Codes for the conclusion
 *
 * Codes for the conclusion.
 *
 * - Cardinality 0..*
 * - FHIR path `DiagnosticReport.codedDiagnosis`
 * - Type CodeableConcept
 * - Must support
 * - Binding preferred to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-FindingCode-1 (codes not enumerable here: ValueSet https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-FindingCode-1 is not in the loaded packages)
 */
export interface CareConnectGPCDiagnosticReport1CodedDiagnosis {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.codedDiagnosis.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..*
 * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT`
 * - Type Coding
 * - Binding extensible to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-FindingCode-1 (codes not enumerable here: ValueSet https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-FindingCode-1 is not in the loaded packages)
 */
export interface CareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (CareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCTSnomedCTDescriptionID | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Version of the system - if relevant
     *
     * The version of the code system which was used when choosing this code. Note that a well-maintained code system does not need the version reported, because the meaning of codes is consistent across versions. However this cannot consistently be assured. and when the meaning is not guaranteed to be consistent, the version SHOULD be exchanged.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.version). */
    _version?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * Additional Content defined by implementations
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..*
 * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID`
 * - Type Extension
 */
export interface CareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCTSnomedCTDescriptionID {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.url`
     * - Type uri
     * - Fixed "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
     */
    url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBase64Binary?: string;
    /** Extensions and id for `valueBase64Binary` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueBase64Binary?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueBoolean?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueCode?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDate?: string;
    /** Extensions and id for `valueDate` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueDate?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueDateTime?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueDecimal?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueId?: string;
    /** Extensions and id for `valueId` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueId?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInstant?: string;
    /** Extensions and id for `valueInstant` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueInstant?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueInteger?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMarkdown?: string;
    /** Extensions and id for `valueMarkdown` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueMarkdown?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueOid?: string;
    /** Extensions and id for `valueOid` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueOid?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePositiveInt?: number;
    /** Extensions and id for `valuePositiveInt` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valuePositiveInt?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueString?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTime?: string;
    /** Extensions and id for `valueTime` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueTime?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUnsignedInt?: number;
    /** Extensions and id for `valueUnsignedInt` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueUnsignedInt?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUri?: string;
    /** Extensions and id for `valueUri` (FHIR JSON primitive extension, see DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]). */
    _valueUri?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAddress?: Address;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAge?: Age;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAnnotation?: Annotation;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAttachment?: Attachment;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCoding?: Coding;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueContactPoint?: ContactPoint;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCount?: Count;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDistance?: Distance;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDuration?: Duration;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueHumanName?: HumanName;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueIdentifier?: Identifier;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMoney?: Money;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePeriod?: Period;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueQuantity?: Quantity;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRange?: Range;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRatio?: Ratio;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueReference?: Reference;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSampledData?: SampledData;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSignature?: Signature;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTiming?: Timing;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMeta?: Meta;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectGPCDiagnosticReport1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDiagnosticReport1Meta(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDiagnosticReport1Identifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDiagnosticReport1Category(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDiagnosticReport1Code(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDiagnosticReport1Performer(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDiagnosticReport1CodedDiagnosis(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDiagnosticReport1CategoryCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDiagnosticReport1CodeCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDiagnosticReport1CategoryCodingSnomedCTSnomedCTDescriptionID(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDiagnosticReport1CodeCodingSnomedCTSnomedCTDescriptionID(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCTSnomedCTDescriptionID(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-GPC-DiagnosticReport-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DiagnosticReport-1 version 1.3.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectGPCDiagnosticReport1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectGPCDiagnosticReport1} with the same options reports no error or fatal issue: CareConnect-GPC-DiagnosticReport-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DiagnosticReport-1 version 1.3.0). */
export declare function isCareConnectGPCDiagnosticReport1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectGPCDiagnosticReport1;
/** Input of {@link buildCareConnectGPCDiagnosticReport1}: a {@link CareConnectGPCDiagnosticReport1} without what the builder fills in. */
export type CareConnectGPCDiagnosticReport1Input = BuilderInput<CareConnectGPCDiagnosticReport1, 'resourceType', {
    meta?: ProfiledMetaInput<CareConnectGPCDiagnosticReport1['meta']>;
}>;
/** Input of {@link CareConnectGPCDiagnosticReport1CategoryCodingSnomedCT} (`DiagnosticReport.category.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCDiagnosticReport1CategoryCodingSnomedCTInput = BuilderInput<CareConnectGPCDiagnosticReport1CategoryCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectGPCDiagnosticReport1CategoryCodingSnomedCTSnomedCTDescriptionID} (`DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID`): what the builder fills may be left out. */
export type CareConnectGPCDiagnosticReport1CategoryCodingSnomedCTSnomedCTDescriptionIDInput = BuilderInput<CareConnectGPCDiagnosticReport1CategoryCodingSnomedCTSnomedCTDescriptionID, 'url'>;
/** Input of {@link CareConnectGPCDiagnosticReport1CodeCodingSnomedCT} (`DiagnosticReport.code.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCDiagnosticReport1CodeCodingSnomedCTInput = BuilderInput<CareConnectGPCDiagnosticReport1CodeCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectGPCDiagnosticReport1CodeCodingSnomedCTSnomedCTDescriptionID} (`DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID`): what the builder fills may be left out. */
export type CareConnectGPCDiagnosticReport1CodeCodingSnomedCTSnomedCTDescriptionIDInput = BuilderInput<CareConnectGPCDiagnosticReport1CodeCodingSnomedCTSnomedCTDescriptionID, 'url'>;
/** Input of {@link CareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCT} (`DiagnosticReport.codedDiagnosis.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCTInput = BuilderInput<CareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCTSnomedCTDescriptionID} (`DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID`): what the builder fills may be left out. */
export type CareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCTSnomedCTDescriptionIDInput = BuilderInput<CareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCTSnomedCTDescriptionID, 'url'>;
/**
 * Builds a {@link CareConnectGPCDiagnosticReport1} (CareConnect-GPC-DiagnosticReport-1, https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DiagnosticReport-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "DiagnosticReport"
 * - `meta.profile`: adds https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DiagnosticReport-1
 *
 * The result is checked with {@link validateCareConnectGPCDiagnosticReport1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectGPCDiagnosticReport1(input: CareConnectGPCDiagnosticReport1Input): CareConnectGPCDiagnosticReport1;
/**
 * Makes a `DiagnosticReport.category.coding:snomedCT` item (slice `snomedCT`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCDiagnosticReport1CategoryCodingSnomedCT(input: CareConnectGPCDiagnosticReport1CategoryCodingSnomedCTInput): CareConnectGPCDiagnosticReport1CategoryCodingSnomedCT;
/**
 * Makes a `DiagnosticReport.category.coding:snomedCT.extension:snomedCTDescriptionID` item (slice `snomedCTDescriptionID`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCDiagnosticReport1CategoryCodingSnomedCTSnomedCTDescriptionID(input: CareConnectGPCDiagnosticReport1CategoryCodingSnomedCTSnomedCTDescriptionIDInput): CareConnectGPCDiagnosticReport1CategoryCodingSnomedCTSnomedCTDescriptionID;
/**
 * Makes a `DiagnosticReport.code.coding:snomedCT` item (slice `snomedCT`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCDiagnosticReport1CodeCodingSnomedCT(input: CareConnectGPCDiagnosticReport1CodeCodingSnomedCTInput): CareConnectGPCDiagnosticReport1CodeCodingSnomedCT;
/**
 * Makes a `DiagnosticReport.code.coding:snomedCT.extension:snomedCTDescriptionID` item (slice `snomedCTDescriptionID`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCDiagnosticReport1CodeCodingSnomedCTSnomedCTDescriptionID(input: CareConnectGPCDiagnosticReport1CodeCodingSnomedCTSnomedCTDescriptionIDInput): CareConnectGPCDiagnosticReport1CodeCodingSnomedCTSnomedCTDescriptionID;
/**
 * Makes a `DiagnosticReport.codedDiagnosis.coding:snomedCT` item (slice `snomedCT`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCT(input: CareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCTInput): CareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCT;
/**
 * Makes a `DiagnosticReport.codedDiagnosis.coding:snomedCT.extension:snomedCTDescriptionID` item (slice `snomedCTDescriptionID`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCTSnomedCTDescriptionID(input: CareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCTSnomedCTDescriptionIDInput): CareConnectGPCDiagnosticReport1CodedDiagnosisCodingSnomedCTSnomedCTDescriptionID;
