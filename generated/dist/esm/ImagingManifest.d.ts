import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * ImagingManifest
 *
 * Base StructureDefinition for ImagingManifest Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ImagingManifest
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ImagingManifest {
    /** The FHIR resource type. */
    resourceType: 'ImagingManifest';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingManifest.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImagingManifest.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingManifest.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingManifest.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ImagingManifest.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingManifest.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ImagingManifest.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingManifest.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingManifest.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingManifest.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingManifest.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * SOP Instance UID
     *
     * Unique identifier of the DICOM Key Object Selection (KOS) that this resource represents.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingManifest.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Patient of the selected objects
     *
     * A patient resource reference which is the patient subject of all DICOM SOP Instances in this ImagingManifest.
     *
     * - Cardinality 1..1
     * - FHIR path `ImagingManifest.patient`
     * - Type Reference
     */
    patient: Reference<'Patient'>;
    /**
     * Time when the selection of instances was made
     *
     * Date and time when the selection of the referenced instances were made. It is (typically) different from the creation date of the selection resource, and from dates associated with the referenced instances (e.g. capture time of the referenced image).
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingManifest.authoringTime`
     * - Type dateTime
     */
    authoringTime?: string;
    /** Extensions and id for `authoringTime` (FHIR JSON primitive extension, see ImagingManifest.authoringTime). */
    _authoringTime?: Element;
    /**
     * Author (human or machine)
     *
     * Author of ImagingManifest. It can be a human author or a device which made the decision of the SOP instances selected. For example, a radiologist selected a set of imaging SOP instances to attach in a diagnostic report, and a CAD application may author a selection to describe SOP instances it used to generate a detection conclusion.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingManifest.author`
     * - Type Reference
     */
    author?: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Description text
     *
     * Free text narrative description of the ImagingManifest.
     * The value may be derived from the DICOM Standard Part 16, CID-7010 descriptions (e.g. Best in Set, Complete Study Content). Note that those values cover the wide range of uses of the DICOM Key Object Selection object, several of which are not supported by ImagingManifest. Specifically, there is no expected behavior associated with descriptions that suggest referenced images be removed or not used.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingManifest.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ImagingManifest.description). */
    _description?: Element;
    /**
     * Study identity of the selected instances
     *
     * Study identity and locating information of the DICOM SOP instances in the selection.
     *
     * - Cardinality 1..*
     * - FHIR path `ImagingManifest.study`
     * - Type BackboneElement
     */
    study: [ImagingManifestStudy, ...ImagingManifestStudy[]];
}
/**
 * Study identity of the selected instances
 *
 * Study identity and locating information of the DICOM SOP instances in the selection.
 *
 * - Cardinality 1..*
 * - FHIR path `ImagingManifest.study`
 * - Type BackboneElement
 */
export interface ImagingManifestStudy {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingManifest.study.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImagingManifest.study.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingManifest.study.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingManifest.study.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Study instance UID
     *
     * Study instance UID of the SOP instances in the selection.
     *
     * - Cardinality 1..1
     * - FHIR path `ImagingManifest.study.uid`
     * - Type oid
     */
    uid: string;
    /** Extensions and id for `uid` (FHIR JSON primitive extension, see ImagingManifest.study.uid). */
    _uid?: Element;
    /**
     * Reference to ImagingStudy
     *
     * Reference to the Imaging Study in FHIR form.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingManifest.study.imagingStudy`
     * - Type Reference
     */
    imagingStudy?: Reference<'ImagingStudy'>;
    /**
     * Study access service endpoint
     *
     * The network service providing access (e.g., query, view, or retrieval) for the study. See implementation notes for information about using DICOM endpoints. A study-level endpoint applies to each series in the study, unless overridden by a series-level endpoint with the same Endpoint.type.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingManifest.study.endpoint`
     * - Type Reference
     */
    endpoint?: Reference<'Endpoint'>[];
    /**
     * Series identity of the selected instances
     *
     * Series identity and locating information of the DICOM SOP instances in the selection.
     *
     * - Cardinality 1..*
     * - FHIR path `ImagingManifest.study.series`
     * - Type BackboneElement
     */
    series: [ImagingManifestStudySeries, ...ImagingManifestStudySeries[]];
}
/**
 * Series identity of the selected instances
 *
 * Series identity and locating information of the DICOM SOP instances in the selection.
 *
 * - Cardinality 1..*
 * - FHIR path `ImagingManifest.study.series`
 * - Type BackboneElement
 */
export interface ImagingManifestStudySeries {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingManifest.study.series.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImagingManifest.study.series.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingManifest.study.series.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingManifest.study.series.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Series instance UID
     *
     * Series instance UID of the SOP instances in the selection.
     *
     * - Cardinality 1..1
     * - FHIR path `ImagingManifest.study.series.uid`
     * - Type oid
     */
    uid: string;
    /** Extensions and id for `uid` (FHIR JSON primitive extension, see ImagingManifest.study.series.uid). */
    _uid?: Element;
    /**
     * Series access endpoint
     *
     * The network service providing access (e.g., query, view, or retrieval) for this series. See implementation notes for information about using DICOM endpoints. A series-level endpoint, if present, has precedence over a study-level endpoint with the same Endpoint.type.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingManifest.study.series.endpoint`
     * - Type Reference
     */
    endpoint?: Reference<'Endpoint'>[];
    /**
     * The selected instance
     *
     * Identity and locating information of the selected DICOM SOP instances.
     *
     * - Cardinality 1..*
     * - FHIR path `ImagingManifest.study.series.instance`
     * - Type BackboneElement
     */
    instance: [ImagingManifestStudySeriesInstance, ...ImagingManifestStudySeriesInstance[]];
}
/**
 * The selected instance
 *
 * Identity and locating information of the selected DICOM SOP instances.
 *
 * - Cardinality 1..*
 * - FHIR path `ImagingManifest.study.series.instance`
 * - Type BackboneElement
 */
export interface ImagingManifestStudySeriesInstance {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ImagingManifest.study.series.instance.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImagingManifest.study.series.instance.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingManifest.study.series.instance.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImagingManifest.study.series.instance.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * SOP class UID of instance
     *
     * SOP class UID of the selected instance.
     *
     * - Cardinality 1..1
     * - FHIR path `ImagingManifest.study.series.instance.sopClass`
     * - Type oid
     */
    sopClass: string;
    /** Extensions and id for `sopClass` (FHIR JSON primitive extension, see ImagingManifest.study.series.instance.sopClass). */
    _sopClass?: Element;
    /**
     * Selected instance UID
     *
     * SOP Instance UID of the selected instance.
     *
     * - Cardinality 1..1
     * - FHIR path `ImagingManifest.study.series.instance.uid`
     * - Type oid
     */
    uid: string;
    /** Extensions and id for `uid` (FHIR JSON primitive extension, see ImagingManifest.study.series.instance.uid). */
    _uid?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkImagingManifest(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImagingManifestStudy(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImagingManifestStudySeries(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImagingManifestStudySeriesInstance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ImagingManifest (http://hl7.org/fhir/StructureDefinition/ImagingManifest).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateImagingManifest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateImagingManifest} with the same options reports no error or fatal issue: ImagingManifest (http://hl7.org/fhir/StructureDefinition/ImagingManifest). */
export declare function isImagingManifest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ImagingManifest;
/** Input of {@link buildImagingManifest}: a {@link ImagingManifest} without what the builder fills in. */
export type ImagingManifestInput = BuilderInput<ImagingManifest, 'resourceType'>;
/**
 * Builds a {@link ImagingManifest} (ImagingManifest, http://hl7.org/fhir/StructureDefinition/ImagingManifest).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ImagingManifest"
 *
 * The result is checked with {@link validateImagingManifest}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildImagingManifest(input: ImagingManifestInput): ImagingManifest;
