import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * DiagnosticReport
 *
 * Base StructureDefinition for DiagnosticReport Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/DiagnosticReport
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface DiagnosticReport {
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
    meta?: Meta;
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
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * What was requested
     *
     * Details concerning a test or procedure requested.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.basedOn`
     * - Type Reference
     */
    basedOn?: Reference<'CarePlan' | 'ImmunizationRecommendation' | 'MedicationRequest' | 'NutritionOrder' | 'ProcedureRequest' | 'ReferralRequest'>[];
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
     * - Binding example to http://hl7.org/fhir/ValueSet/diagnostic-service-sections (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept;
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
    code: CodeableConcept;
    /**
     * The subject of the report - usually, but not always, the patient
     *
     * The subject of the report. Usually, but not always, this is a patient. However diagnostic services also perform analyses on specimens collected from a variety of other sources.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.subject`
     * - Type Reference
     */
    subject?: Reference<'Device' | 'Group' | 'Location' | 'Patient'>;
    /**
     * Health care event when test ordered
     *
     * The healthcare event  (e.g. a patient and healthcare provider interaction) which this DiagnosticReport per is about.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
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
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.issued`
     * - Type instant
     */
    issued?: string;
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
     */
    performer?: DiagnosticReportPerformer[];
    /**
     * Specimens this report is based on
     *
     * Details about the specimens on which this diagnostic report is based.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.specimen`
     * - Type Reference
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
     * - Binding example to http://hl7.org/fhir/ValueSet/clinical-findings (codes not enumerable here: example binding: not checked)
     */
    codedDiagnosis?: CodeableConcept[];
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
 * Participants in producing the report
 *
 * Indicates who or what participated in producing the report.
 *
 * - Cardinality 0..*
 * - FHIR path `DiagnosticReport.performer`
 * - Type BackboneElement
 */
export interface DiagnosticReportPerformer {
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
 * Key images associated with this report
 *
 * A list of key images associated with this report. The images are generally created during the diagnostic process, and may be directly of the patient, or of treated specimens (i.e. slides of interest).
 *
 * - Cardinality 0..*
 * - FHIR path `DiagnosticReport.image`
 * - Type BackboneElement
 */
export interface DiagnosticReportImage {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.image.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DiagnosticReport.image.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.image.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DiagnosticReport.image.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Comment about the image (e.g. explanation)
     *
     * A comment about the image. Typically, this is used to provide an explanation for why the image is included, or to draw the viewer's attention to important features.
     *
     * - Cardinality 0..1
     * - FHIR path `DiagnosticReport.image.comment`
     * - Type string
     */
    comment?: string;
    /** Extensions and id for `comment` (FHIR JSON primitive extension, see DiagnosticReport.image.comment). */
    _comment?: Element;
    /**
     * Reference to the image source
     *
     * Reference to the image source.
     *
     * - Cardinality 1..1
     * - FHIR path `DiagnosticReport.image.link`
     * - Type Reference
     */
    link: Reference<'Media'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDiagnosticReport(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDiagnosticReportPerformer(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDiagnosticReportImage(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against DiagnosticReport (http://hl7.org/fhir/StructureDefinition/DiagnosticReport).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDiagnosticReport(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDiagnosticReport} with the same options reports no error or fatal issue: DiagnosticReport (http://hl7.org/fhir/StructureDefinition/DiagnosticReport). */
export declare function isDiagnosticReport(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is DiagnosticReport;
/** Input of {@link buildDiagnosticReport}: a {@link DiagnosticReport} without what the builder fills in. */
export type DiagnosticReportInput = BuilderInput<DiagnosticReport, 'resourceType'>;
/**
 * Builds a {@link DiagnosticReport} (DiagnosticReport, http://hl7.org/fhir/StructureDefinition/DiagnosticReport).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "DiagnosticReport"
 *
 * The result is checked with {@link validateDiagnosticReport}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildDiagnosticReport(input: DiagnosticReportInput): DiagnosticReport;
