import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * ImagingStudy
 *
 * Base StructureDefinition for ImagingStudy Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ImagingStudy
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ImagingStudy {
    /** The FHIR resource type. */
    resourceType: 'ImagingStudy';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImagingStudy.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ImagingStudy.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ImagingStudy.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Formal DICOM identifier for the study
     *
     * Formal identifier for the study.
     *
     * - Cardinality 1..1
     * - FHIR path `ImagingStudy.uid`
     * - Type oid
     */
    uid: string;
    /** Extensions and id for `uid` (FHIR JSON primitive extension, see ImagingStudy.uid). */
    _uid?: Element;
    /**
     * Related workflow identifier ("Accession Number")
     *
     * Accession Number is an identifier related to some aspect of imaging workflow and data management. Usage may vary across different institutions.  See for instance [IHE Radiology Technical Framework Volume 1 Appendix A](http://www.ihe.net/uploadedFiles/Documents/Radiology/IHE_RAD_TF_Rev13.0_Vol1_FT_2014-07-30.pdf).
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.accession`
     * - Type Identifier
     */
    accession?: Identifier;
    /**
     * Other identifiers for the study
     *
     * Other identifiers for the study.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * ONLINE | OFFLINE | NEARLINE | UNAVAILABLE
     *
     * Availability of study (online, offline, or nearline).
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.availability`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/instance-availability (4 codes: ONLINE, OFFLINE, NEARLINE, UNAVAILABLE)
     */
    availability?: 'NEARLINE' | 'OFFLINE' | 'ONLINE' | 'UNAVAILABLE';
    /** Extensions and id for `availability` (FHIR JSON primitive extension, see ImagingStudy.availability). */
    _availability?: Element;
    /**
     * All series modality if actual acquisition modalities
     *
     * A list of all the Series.ImageModality values that are actual acquisition modalities, i.e. those in the DICOM Context Group 29 (value set OID 1.2.840.10008.6.1.19).
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.modalityList`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/dicom-cid29 (37 codes: AR, BMD, BDUS, EPS, CR, CT, DX, ECG, ES, XC, GM, HD, ...)
     */
    modalityList?: Coding[];
    /**
     * Who the images are of
     *
     * The patient imaged in the study.
     *
     * - Cardinality 1..1
     * - FHIR path `ImagingStudy.patient`
     * - Type Reference
     */
    patient: Reference<'Patient'>;
    /**
     * Originating context
     *
     * The encounter or episode at which the request is initiated.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * When the study was started
     *
     * Date and time the study started.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.started`
     * - Type dateTime
     */
    started?: string;
    /** Extensions and id for `started` (FHIR JSON primitive extension, see ImagingStudy.started). */
    _started?: Element;
    /**
     * Request fulfilled
     *
     * A list of the diagnostic requests that resulted in this imaging study being performed.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.basedOn`
     * - Type Reference
     */
    basedOn?: Reference<'CarePlan' | 'ProcedureRequest' | 'ReferralRequest'>[];
    /**
     * Referring physician
     *
     * The requesting/referring physician.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.referrer`
     * - Type Reference
     */
    referrer?: Reference<'Practitioner'>;
    /**
     * Who interpreted images
     *
     * Who read the study and interpreted the images or other content.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.interpreter`
     * - Type Reference
     */
    interpreter?: Reference<'Practitioner'>[];
    /**
     * Study access endpoint
     *
     * The network service providing access (e.g., query, view, or retrieval) for the study. See implementation notes for information about using DICOM endpoints. A study-level endpoint applies to each series in the study, unless overridden by a series-level endpoint with the same Endpoint.type.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.endpoint`
     * - Type Reference
     */
    endpoint?: Reference<'Endpoint'>[];
    /**
     * Number of Study Related Series
     *
     * Number of Series in the Study. This value given may be larger than the number of series elements this Resource contains due to resource availability, security, or other factors. This element should be present if any series elements are present.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.numberOfSeries`
     * - Type unsignedInt
     */
    numberOfSeries?: number;
    /** Extensions and id for `numberOfSeries` (FHIR JSON primitive extension, see ImagingStudy.numberOfSeries). */
    _numberOfSeries?: Element;
    /**
     * Number of Study Related Instances
     *
     * Number of SOP Instances in Study. This value given may be larger than the number of instance elements this resource contains due to resource availability, security, or other factors. This element should be present if any instance elements are present.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.numberOfInstances`
     * - Type unsignedInt
     */
    numberOfInstances?: number;
    /** Extensions and id for `numberOfInstances` (FHIR JSON primitive extension, see ImagingStudy.numberOfInstances). */
    _numberOfInstances?: Element;
    /**
     * The performed Procedure reference
     *
     * A reference to the performed Procedure.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.procedureReference`
     * - Type Reference
     */
    procedureReference?: Reference<'Procedure'>[];
    /**
     * The performed procedure code
     *
     * The code for the performed procedure type.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.procedureCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/procedure-code (codes not enumerable here: example binding: not checked)
     */
    procedureCode?: CodeableConcept[];
    /**
     * Why the study was requested
     *
     * Description of clinical condition indicating why the ImagingStudy was requested.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.reason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/procedure-reason (codes not enumerable here: example binding: not checked)
     */
    reason?: CodeableConcept;
    /**
     * Institution-generated description
     *
     * Institution-generated description or classification of the Study performed.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ImagingStudy.description). */
    _description?: Element;
    /**
     * Each study has one or more series of instances
     *
     * Each study has one or more series of images or other content.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.series`
     * - Type BackboneElement
     */
    series?: ImagingStudySeries[];
}
/**
 * Each study has one or more series of instances
 *
 * Each study has one or more series of images or other content.
 *
 * - Cardinality 0..*
 * - FHIR path `ImagingStudy.series`
 * - Type BackboneElement
 */
export interface ImagingStudySeries {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.series.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImagingStudy.series.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.series.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.series.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Formal DICOM identifier for this series
     *
     * Formal identifier for this series.
     *
     * - Cardinality 1..1
     * - FHIR path `ImagingStudy.series.uid`
     * - Type oid
     */
    uid: string;
    /** Extensions and id for `uid` (FHIR JSON primitive extension, see ImagingStudy.series.uid). */
    _uid?: Element;
    /**
     * Numeric identifier of this series
     *
     * The numeric identifier of this series in the study.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.series.number`
     * - Type unsignedInt
     */
    number?: number;
    /** Extensions and id for `number` (FHIR JSON primitive extension, see ImagingStudy.series.number). */
    _number?: Element;
    /**
     * The modality of the instances in the series
     *
     * The modality of this series sequence.
     *
     * - Cardinality 1..1
     * - FHIR path `ImagingStudy.series.modality`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/dicom-cid29 (37 codes: AR, BMD, BDUS, EPS, CR, CT, DX, ECG, ES, XC, GM, HD, ...)
     */
    modality: Coding;
    /**
     * A short human readable summary of the series
     *
     * A description of the series.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.series.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ImagingStudy.series.description). */
    _description?: Element;
    /**
     * Number of Series Related Instances
     *
     * Number of SOP Instances in the Study. The value given may be larger than the number of instance elements this resource contains due to resource availability, security, or other factors. This element should be present if any instance elements are present.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.series.numberOfInstances`
     * - Type unsignedInt
     */
    numberOfInstances?: number;
    /** Extensions and id for `numberOfInstances` (FHIR JSON primitive extension, see ImagingStudy.series.numberOfInstances). */
    _numberOfInstances?: Element;
    /**
     * ONLINE | OFFLINE | NEARLINE | UNAVAILABLE
     *
     * Availability of series (online, offline or nearline).
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.series.availability`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/instance-availability (4 codes: ONLINE, OFFLINE, NEARLINE, UNAVAILABLE)
     */
    availability?: 'NEARLINE' | 'OFFLINE' | 'ONLINE' | 'UNAVAILABLE';
    /** Extensions and id for `availability` (FHIR JSON primitive extension, see ImagingStudy.series.availability). */
    _availability?: Element;
    /**
     * Series access endpoint
     *
     * The network service providing access (e.g., query, view, or retrieval) for this series. See implementation notes for information about using DICOM endpoints. A series-level endpoint, if present, has precedence over a study-level endpoint with the same Endpoint.type.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.series.endpoint`
     * - Type Reference
     */
    endpoint?: Reference<'Endpoint'>[];
    /**
     * Body part examined
     *
     * The anatomic structures examined. See DICOM Part 16 Annex L (http://dicom.nema.org/medical/dicom/current/output/chtml/part16/chapter_L.html) for DICOM to SNOMED-CT mappings. The bodySite may indicate the laterality of body part imaged; if so, it shall be consistent with any content of ImagingStudy.series.laterality.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.series.bodySite`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/body-site (codes not enumerable here: example binding: not checked)
     */
    bodySite?: Coding;
    /**
     * Body part laterality
     *
     * The laterality of the (possibly paired) anatomic structures examined. E.g., the left knee, both lungs, or unpaired abdomen. If present, shall be consistent with any laterality information indicated in ImagingStudy.series.bodySite.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.series.laterality`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/bodysite-laterality (codes not enumerable here: example binding: not checked)
     */
    laterality?: Coding;
    /**
     * When the series started
     *
     * The date and time the series was started.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.series.started`
     * - Type dateTime
     */
    started?: string;
    /** Extensions and id for `started` (FHIR JSON primitive extension, see ImagingStudy.series.started). */
    _started?: Element;
    /**
     * Who performed the series
     *
     * The physician or operator (often the radiology technician)  who performed the series. The performer is recorded at the series level, since each series in a study may be performed by a different practitioner, at different times, and using different devices. A series may be performed by multiple practitioners.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.series.performer`
     * - Type Reference
     */
    performer?: Reference<'Practitioner'>[];
    /**
     * A single SOP instance from the series
     *
     * A single SOP instance within the series, e.g. an image, or presentation state.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.series.instance`
     * - Type BackboneElement
     */
    instance?: ImagingStudySeriesInstance[];
}
/**
 * A single SOP instance from the series
 *
 * A single SOP instance within the series, e.g. an image, or presentation state.
 *
 * - Cardinality 0..*
 * - FHIR path `ImagingStudy.series.instance`
 * - Type BackboneElement
 */
export interface ImagingStudySeriesInstance {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.series.instance.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImagingStudy.series.instance.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.series.instance.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingStudy.series.instance.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Formal DICOM identifier for this instance
     *
     * Formal identifier for this image or other content.
     *
     * - Cardinality 1..1
     * - FHIR path `ImagingStudy.series.instance.uid`
     * - Type oid
     */
    uid: string;
    /** Extensions and id for `uid` (FHIR JSON primitive extension, see ImagingStudy.series.instance.uid). */
    _uid?: Element;
    /**
     * The number of this instance in the series
     *
     * The number of instance in the series.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.series.instance.number`
     * - Type unsignedInt
     */
    number?: number;
    /** Extensions and id for `number` (FHIR JSON primitive extension, see ImagingStudy.series.instance.number). */
    _number?: Element;
    /**
     * DICOM class type
     *
     * DICOM instance  type.
     *
     * - Cardinality 1..1
     * - FHIR path `ImagingStudy.series.instance.sopClass`
     * - Type oid
     */
    sopClass: string;
    /** Extensions and id for `sopClass` (FHIR JSON primitive extension, see ImagingStudy.series.instance.sopClass). */
    _sopClass?: Element;
    /**
     * Description of instance
     *
     * The description of the instance.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingStudy.series.instance.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see ImagingStudy.series.instance.title). */
    _title?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkImagingStudy(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImagingStudySeries(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImagingStudySeriesInstance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ImagingStudy (http://hl7.org/fhir/StructureDefinition/ImagingStudy).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateImagingStudy(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateImagingStudy} with the same options reports no error or fatal issue: ImagingStudy (http://hl7.org/fhir/StructureDefinition/ImagingStudy). */
export declare function isImagingStudy(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ImagingStudy;
/** Input of {@link buildImagingStudy}: a {@link ImagingStudy} without what the builder fills in. */
export type ImagingStudyInput = BuilderInput<ImagingStudy, 'resourceType'>;
/**
 * Builds a {@link ImagingStudy} (ImagingStudy, http://hl7.org/fhir/StructureDefinition/ImagingStudy).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ImagingStudy"
 *
 * The result is checked with {@link validateImagingStudy}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildImagingStudy(input: ImagingStudyInput): ImagingStudy;
