import { type Annotation } from './Annotation.js';
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
 * Media
 *
 * Base StructureDefinition for Media Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Media
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Media {
    /** The FHIR resource type. */
    resourceType: 'Media';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Media.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Media.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Media.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Media.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Media.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Media.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Media.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Media.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Media.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Media.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Media.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifier(s) for the image
     *
     * Identifiers associated with the image - these may include identifiers for the image itself, identifiers for the context of its collection (e.g. series ids) and context ids such as accession numbers or other workflow identifiers.
     *
     * - Cardinality 0..*
     * - FHIR path `Media.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Procedure that caused this media to be created
     *
     * A procedure that is fulfilled in whole or in part by the creation of this media.
     *
     * - Cardinality 0..*
     * - FHIR path `Media.basedOn`
     * - Type Reference
     */
    basedOn?: Reference<'ProcedureRequest'>[];
    /**
     * photo | video | audio
     *
     * Whether the media is a photo (still image), an audio recording, or a video recording.
     *
     * - Cardinality 1..1
     * - FHIR path `Media.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/digital-media-type (3 codes: photo, video, audio)
     */
    type: 'audio' | 'photo' | 'video';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Media.type). */
    _type?: Element;
    /**
     * The type of acquisition equipment/process
     *
     * Details of the type of the media - usually, how it was acquired (what type of device). If images sourced from a DICOM system, are wrapped in a Media resource, then this is the modality.
     *
     * - Cardinality 0..1
     * - FHIR path `Media.subtype`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/digital-media-subtype (codes not enumerable here: example binding: not checked)
     */
    subtype?: CodeableConcept;
    /**
     * Imaging view, e.g. Lateral or Antero-posterior
     *
     * The name of the imaging view e.g. Lateral or Antero-posterior (AP).
     *
     * - Cardinality 0..1
     * - FHIR path `Media.view`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/media-view (codes not enumerable here: example binding: not checked)
     */
    view?: CodeableConcept;
    /**
     * Who/What this Media is a record of
     *
     * Who/What this Media is a record of.
     *
     * - Cardinality 0..1
     * - FHIR path `Media.subject`
     * - Type Reference
     */
    subject?: Reference<'Device' | 'Group' | 'Patient' | 'Practitioner' | 'Specimen'>;
    /**
     * Encounter / Episode associated with media
     *
     * The encounter or episode of care that establishes the context for this media.
     *
     * - Cardinality 0..1
     * - FHIR path `Media.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * When Media was collected
     *
     * The date and time(s) at which the media was collected.
     *
     * - Cardinality 0..1
     * - FHIR path `Media.occurrence[x]`
     * - Type dateTime | Period
     */
    occurrenceDateTime?: string;
    /** Extensions and id for `occurrenceDateTime` (FHIR JSON primitive extension, see Media.occurrence[x]). */
    _occurrenceDateTime?: Element;
    /**
     * When Media was collected
     *
     * The date and time(s) at which the media was collected.
     *
     * - Cardinality 0..1
     * - FHIR path `Media.occurrence[x]`
     * - Type dateTime | Period
     */
    occurrencePeriod?: Period;
    /**
     * The person who generated the image
     *
     * The person who administered the collection of the image.
     *
     * - Cardinality 0..1
     * - FHIR path `Media.operator`
     * - Type Reference
     */
    operator?: Reference<'Practitioner'>;
    /**
     * Why was event performed?
     *
     * Describes why the event occurred in coded or textual form.
     *
     * - Cardinality 0..*
     * - FHIR path `Media.reasonCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/procedure-reason (codes not enumerable here: example binding: not checked)
     */
    reasonCode?: CodeableConcept[];
    /**
     * Body part in media
     *
     * Indicates the site on the subject's body where the media was collected (i.e. the target site).
     *
     * - Cardinality 0..1
     * - FHIR path `Media.bodySite`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/body-site (codes not enumerable here: example binding: not checked)
     */
    bodySite?: CodeableConcept;
    /**
     * Observing Device
     *
     * The device used to collect the media.
     *
     * - Cardinality 0..1
     * - FHIR path `Media.device`
     * - Type Reference
     */
    device?: Reference<'Device' | 'DeviceMetric'>;
    /**
     * Height of the image in pixels (photo/video)
     *
     * Height of the image in pixels (photo/video).
     *
     * - Cardinality 0..1
     * - FHIR path `Media.height`
     * - Type positiveInt
     */
    height?: number;
    /** Extensions and id for `height` (FHIR JSON primitive extension, see Media.height). */
    _height?: Element;
    /**
     * Width of the image in pixels (photo/video)
     *
     * Width of the image in pixels (photo/video).
     *
     * - Cardinality 0..1
     * - FHIR path `Media.width`
     * - Type positiveInt
     */
    width?: number;
    /** Extensions and id for `width` (FHIR JSON primitive extension, see Media.width). */
    _width?: Element;
    /**
     * Number of frames if > 1 (photo)
     *
     * The number of frames in a photo. This is used with a multi-page fax, or an imaging acquisition context that takes multiple slices in a single image, or an animated gif. If there is more than one frame, this SHALL have a value in order to alert interface software that a multi-frame capable rendering widget is required.
     *
     * - Cardinality 0..1
     * - FHIR path `Media.frames`
     * - Type positiveInt
     */
    frames?: number;
    /** Extensions and id for `frames` (FHIR JSON primitive extension, see Media.frames). */
    _frames?: Element;
    /**
     * Length in seconds (audio / video)
     *
     * The duration of the recording in seconds - for audio and video.
     *
     * - Cardinality 0..1
     * - FHIR path `Media.duration`
     * - Type unsignedInt
     */
    duration?: number;
    /** Extensions and id for `duration` (FHIR JSON primitive extension, see Media.duration). */
    _duration?: Element;
    /**
     * Actual Media - reference or data
     *
     * The actual content of the media - inline or by direct reference to the media source file.
     *
     * - Cardinality 1..1
     * - FHIR path `Media.content`
     * - Type Attachment
     */
    content: Attachment;
    /**
     * Comments made about the media
     *
     * Comments made about the media by the performer, subject or other participants.
     *
     * - Cardinality 0..*
     * - FHIR path `Media.note`
     * - Type Annotation
     */
    note?: Annotation[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkMedia(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Media (http://hl7.org/fhir/StructureDefinition/Media).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateMedia(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateMedia} with the same options reports no error or fatal issue: Media (http://hl7.org/fhir/StructureDefinition/Media). */
export declare function isMedia(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Media;
/** Input of {@link buildMedia}: a {@link Media} without what the builder fills in. */
export type MediaInput = BuilderInput<Media, 'resourceType'>;
/**
 * Builds a {@link Media} (Media, http://hl7.org/fhir/StructureDefinition/Media).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Media"
 *
 * The result is checked with {@link validateMedia}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildMedia(input: MediaInput): Media;
