import { type Annotation } from './Annotation.js';
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
import { type SimpleQuantity } from './SimpleQuantity.js';
/**
 * Specimen
 *
 * Base StructureDefinition for Specimen Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Specimen
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Specimen {
    /** The FHIR resource type. */
    resourceType: 'Specimen';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Specimen.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Specimen.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Specimen.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External Identifier
     *
     * Id for specimen.
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Identifier assigned by the lab
     *
     * The identifier assigned by the lab when accessioning specimen(s). This is not necessarily the same as the specimen identifier, depending on local lab procedures.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.accessionIdentifier`
     * - Type Identifier
     */
    accessionIdentifier?: Identifier;
    /**
     * available | unavailable | unsatisfactory | entered-in-error
     *
     * The availability of the specimen.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/specimen-status (4 codes: available, unavailable, unsatisfactory, entered-in-error)
     */
    status?: 'available' | 'entered-in-error' | 'unavailable' | 'unsatisfactory';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Specimen.status). */
    _status?: Element;
    /**
     * Kind of material that forms the specimen
     *
     * The kind of material that forms the specimen.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v2-0487 (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept;
    /**
     * Where the specimen came from. This may be from the patient(s) or from the environment or a device
     *
     * Where the specimen came from. This may be from the patient(s) or from the environment or a device.
     *
     * - Cardinality 1..1
     * - FHIR path `Specimen.subject`
     * - Type Reference
     */
    subject: Reference<'Device' | 'Group' | 'Patient' | 'Substance'>;
    /**
     * The time when specimen was received for processing
     *
     * Time when specimen was received for processing or testing.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.receivedTime`
     * - Type dateTime
     */
    receivedTime?: string;
    /** Extensions and id for `receivedTime` (FHIR JSON primitive extension, see Specimen.receivedTime). */
    _receivedTime?: Element;
    /**
     * Specimen from which this specimen originated
     *
     * Reference to the parent (source) specimen which is used when the specimen was either derived from or a component of another specimen.
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.parent`
     * - Type Reference
     */
    parent?: Reference<'Specimen'>[];
    /**
     * Why the specimen was collected
     *
     * Details concerning a test or procedure request that required a specimen to be collected.
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.request`
     * - Type Reference
     */
    request?: Reference<'ProcedureRequest'>[];
    /**
     * Collection details
     *
     * Details concerning the specimen collection.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.collection`
     * - Type BackboneElement
     */
    collection?: SpecimenCollection;
    /**
     * Processing and processing step details
     *
     * Details concerning processing and processing steps for the specimen.
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.processing`
     * - Type BackboneElement
     */
    processing?: SpecimenProcessing[];
    /**
     * Direct container of specimen (tube/slide, etc.)
     *
     * The container holding the specimen.  The recursive nature of containers; i.e. blood in tube in tray in rack is not addressed here.
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.container`
     * - Type BackboneElement
     */
    container?: SpecimenContainer[];
    /**
     * Comments
     *
     * To communicate any details or issues about the specimen or during the specimen collection. (for example: broken vial, sent with patient, frozen).
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.note`
     * - Type Annotation
     */
    note?: Annotation[];
}
/**
 * Collection details
 *
 * Details concerning the specimen collection.
 *
 * - Cardinality 0..1
 * - FHIR path `Specimen.collection`
 * - Type BackboneElement
 */
export interface SpecimenCollection {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.collection.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Specimen.collection.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.collection.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.collection.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Who collected the specimen
     *
     * Person who collected the specimen.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.collection.collector`
     * - Type Reference
     */
    collector?: Reference<'Practitioner'>;
    /**
     * Collection time
     *
     * Time when specimen was collected from subject - the physiologically relevant time.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.collection.collected[x]`
     * - Type dateTime | Period
     */
    collectedDateTime?: string;
    /** Extensions and id for `collectedDateTime` (FHIR JSON primitive extension, see Specimen.collection.collected[x]). */
    _collectedDateTime?: Element;
    /**
     * Collection time
     *
     * Time when specimen was collected from subject - the physiologically relevant time.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.collection.collected[x]`
     * - Type dateTime | Period
     */
    collectedPeriod?: Period;
    /**
     * The quantity of specimen collected
     *
     * The quantity of specimen collected; for instance the volume of a blood sample, or the physical measurement of an anatomic pathology sample.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.collection.quantity`
     * - Type Quantity
     */
    quantity?: SimpleQuantity;
    /**
     * Technique used to perform collection
     *
     * A coded value specifying the technique that is used to perform the procedure.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.collection.method`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/specimen-collection-method (codes not enumerable here: example binding: not checked)
     */
    method?: CodeableConcept;
    /**
     * Anatomical collection site
     *
     * Anatomical location from which the specimen was collected (if subject is a patient). This is the target site.  This element is not used for environmental specimens.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.collection.bodySite`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/body-site (codes not enumerable here: example binding: not checked)
     */
    bodySite?: CodeableConcept;
}
/**
 * Processing and processing step details
 *
 * Details concerning processing and processing steps for the specimen.
 *
 * - Cardinality 0..*
 * - FHIR path `Specimen.processing`
 * - Type BackboneElement
 */
export interface SpecimenProcessing {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.processing.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Specimen.processing.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.processing.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.processing.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Textual description of procedure
     *
     * Textual description of procedure.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.processing.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see Specimen.processing.description). */
    _description?: Element;
    /**
     * Indicates the treatment step  applied to the specimen
     *
     * A coded value specifying the procedure used to process the specimen.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.processing.procedure`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/specimen-processing-procedure (codes not enumerable here: example binding: not checked)
     */
    procedure?: CodeableConcept;
    /**
     * Material used in the processing step
     *
     * Material used in the processing step.
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.processing.additive`
     * - Type Reference
     */
    additive?: Reference<'Substance'>[];
    /**
     * Date and time of specimen processing
     *
     * A record of the time or period when the specimen processing occurred.  For example the time of sample fixation or the period of time the sample was in formalin.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.processing.time[x]`
     * - Type dateTime | Period
     */
    timeDateTime?: string;
    /** Extensions and id for `timeDateTime` (FHIR JSON primitive extension, see Specimen.processing.time[x]). */
    _timeDateTime?: Element;
    /**
     * Date and time of specimen processing
     *
     * A record of the time or period when the specimen processing occurred.  For example the time of sample fixation or the period of time the sample was in formalin.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.processing.time[x]`
     * - Type dateTime | Period
     */
    timePeriod?: Period;
}
/**
 * Direct container of specimen (tube/slide, etc.)
 *
 * The container holding the specimen.  The recursive nature of containers; i.e. blood in tube in tray in rack is not addressed here.
 *
 * - Cardinality 0..*
 * - FHIR path `Specimen.container`
 * - Type BackboneElement
 */
export interface SpecimenContainer {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.container.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Specimen.container.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.container.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.container.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Id for the container
     *
     * Id for container. There may be multiple; a manufacturer's bar code, lab assigned identifier, etc. The container ID may differ from the specimen id in some circumstances.
     *
     * - Cardinality 0..*
     * - FHIR path `Specimen.container.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Textual description of the container
     *
     * Textual description of the container.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.container.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see Specimen.container.description). */
    _description?: Element;
    /**
     * Kind of container directly associated with specimen
     *
     * The type of container associated with the specimen (e.g. slide, aliquot, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.container.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/specimen-container-type (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept;
    /**
     * Container volume or size
     *
     * The capacity (volume or other measure) the container may contain.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.container.capacity`
     * - Type Quantity
     */
    capacity?: SimpleQuantity;
    /**
     * Quantity of specimen within container
     *
     * The quantity of specimen in the container; may be volume, dimensions, or other appropriate measurements, depending on the specimen type.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.container.specimenQuantity`
     * - Type Quantity
     */
    specimenQuantity?: SimpleQuantity;
    /**
     * Additive associated with container
     *
     * Introduced substance to preserve, maintain or enhance the specimen. Examples: Formalin, Citrate, EDTA.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.container.additive[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/v2-0371 (codes not enumerable here: example binding: not checked)
     */
    additiveCodeableConcept?: CodeableConcept;
    /**
     * Additive associated with container
     *
     * Introduced substance to preserve, maintain or enhance the specimen. Examples: Formalin, Citrate, EDTA.
     *
     * - Cardinality 0..1
     * - FHIR path `Specimen.container.additive[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/v2-0371 (codes not enumerable here: example binding: not checked)
     */
    additiveReference?: Reference<'Substance'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkSpecimen(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSpecimenCollection(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSpecimenProcessing(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSpecimenContainer(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Specimen (http://hl7.org/fhir/StructureDefinition/Specimen).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateSpecimen(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateSpecimen} with the same options reports no error or fatal issue: Specimen (http://hl7.org/fhir/StructureDefinition/Specimen). */
export declare function isSpecimen(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Specimen;
/** Input of {@link buildSpecimen}: a {@link Specimen} without what the builder fills in. */
export type SpecimenInput = BuilderInput<Specimen, 'resourceType'>;
/**
 * Builds a {@link Specimen} (Specimen, http://hl7.org/fhir/StructureDefinition/Specimen).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Specimen"
 *
 * The result is checked with {@link validateSpecimen}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildSpecimen(input: SpecimenInput): Specimen;
