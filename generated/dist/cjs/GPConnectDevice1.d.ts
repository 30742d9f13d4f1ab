import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * GPConnect-Device-1
 *
 * The Device resource represents a manufactured item that is used in the provision of healthcare related services.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Device-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Device
 */
export interface GPConnectDevice1 {
    /** The FHIR resource type. */
    resourceType: 'Device';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Device.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Device.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Device.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Device.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Device.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Device.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Instance identifier
     *
     * Unique instance identifiers assigned to a device by manufacturers other organizations or owners.
     *
     * - Cardinality 0..*
     * - FHIR path `Device.identifier`
     * - Type Identifier
     */
    identifier?: GPConnectDevice1Identifier[];
    /**
     * What kind of device this is
     *
     * Code or identifier to identify a kind of device.
     *
     * - Cardinality 1..1
     * - FHIR path `Device.type`
     * - Type CodeableConcept
     * - Binding preferred to https://fhir.nhs.uk/STU3/ValueSet/DeviceType-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
     */
    type: GPConnectDevice1Type;
    /**
     * Name of device manufacturer
     *
     * A name of the manufacturer.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.manufacturer`
     * - Type string
     */
    manufacturer?: string;
    /** Extensions and id for `manufacturer` (FHIR JSON primitive extension, see Device.manufacturer). */
    _manufacturer?: Element;
    /**
     * Model id assigned by the manufacturer
     *
     * The "model" is an identifier assigned by the manufacturer to identify the product by its type. This number is shared by the all devices sold as the same type.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.model`
     * - Type string
     */
    model?: string;
    /** Extensions and id for `model` (FHIR JSON primitive extension, see Device.model). */
    _model?: Element;
    /**
     * Version number (i.e. software)
     *
     * The version of the device, if the device has multiple releases under the same model, or if the device is software or carries firmware.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see Device.version). */
    _version?: Element;
    /**
     * Organization responsible for device
     *
     * An organization that is responsible for the provision and ongoing maintenance of the device.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.owner`
     * - Type Reference
     */
    owner?: Reference<'Organization'>;
    /**
     * Where the resource is found
     *
     * The place where the device can be found.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.location`
     * - Type Reference
     */
    location?: Reference<'Location'>;
    /**
     * Device notes and comments
     *
     * Descriptive information, usage information or implantation information that is not captured in an existing element.
     *
     * - Cardinality 0..*
     * - FHIR path `Device.note`
     * - Type Annotation
     */
    note?: GPConnectDevice1Note[];
    /**
     * Safety Characteristics of Device
     *
     * Provides additional safety characteristics about a medical device.  For example devices containing latex.
     *
     * - Cardinality 0..*
     * - FHIR path `Device.safety`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/device-safety (codes not enumerable here: example binding: not checked)
     */
    safety?: CodeableConcept[];
}
/**
 * Instance identifier
 *
 * Unique instance identifiers assigned to a device by manufacturers other organizations or owners.
 *
 * - Cardinality 0..*
 * - FHIR path `Device.identifier`
 * - Type Identifier
 */
export interface GPConnectDevice1Identifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Device.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Device.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 1..1
     * - FHIR path `Device.identifier.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Device.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Device.identifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Device.identifier.value). */
    _value?: Element;
}
/**
 * What kind of device this is
 *
 * Code or identifier to identify a kind of device.
 *
 * - Cardinality 1..1
 * - FHIR path `Device.type`
 * - Type CodeableConcept
 * - Binding preferred to https://fhir.nhs.uk/STU3/ValueSet/DeviceType-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
 */
export interface GPConnectDevice1Type {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.type.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Device.type.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Device.type.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 1..1
     * - FHIR path `Device.type.coding`
     * - Type Coding
     */
    coding: [GPConnectDevice1TypeCoding];
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 1..1
 * - FHIR path `Device.type.coding`
 * - Type Coding
 */
export interface GPConnectDevice1TypeCoding {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.type.coding.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Device.type.coding.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Device.type.coding.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Device.type.coding.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Device.type.coding.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Device.type.coding.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Device.type.coding.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Device.type.coding.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Device.type.coding.display). */
    _display?: Element;
}
/**
 * Device notes and comments
 *
 * Descriptive information, usage information or implantation information that is not captured in an existing element.
 *
 * - Cardinality 0..*
 * - FHIR path `Device.note`
 * - Type Annotation
 */
export interface GPConnectDevice1Note {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.note.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Device.note.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Device.note.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.note.author[x]`
     * - Type Reference | string
     */
    authorReference?: Reference<'RelatedPerson'>;
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.note.author[x]`
     * - Type Reference | string
     */
    authorString?: string;
    /** Extensions and id for `authorString` (FHIR JSON primitive extension, see Device.note.author[x]). */
    _authorString?: Element;
    /**
     * When the annotation was made
     *
     * Indicates when this particular annotation was made.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.note.time`
     * - Type dateTime
     */
    time?: string;
    /** Extensions and id for `time` (FHIR JSON primitive extension, see Device.note.time). */
    _time?: Element;
    /**
     * The annotation  - text content
     *
     * The text of the annotation.
     *
     * - Cardinality 1..1
     * - FHIR path `Device.note.text`
     * - Type string
     */
    text: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Device.note.text). */
    _text?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkGPConnectDevice1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGPConnectDevice1Identifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGPConnectDevice1Type(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGPConnectDevice1Note(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGPConnectDevice1TypeCoding(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against GPConnect-Device-1 (https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Device-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateGPConnectDevice1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateGPConnectDevice1} with the same options reports no error or fatal issue: GPConnect-Device-1 (https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Device-1 version 1.0.0). */
export declare function isGPConnectDevice1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is GPConnectDevice1;
/** Input of {@link buildGPConnectDevice1}: a {@link GPConnectDevice1} without what the builder fills in. */
export type GPConnectDevice1Input = BuilderInput<GPConnectDevice1, 'resourceType', {
    meta?: ProfiledMetaInput<GPConnectDevice1['meta']>;
}>;
/**
 * Builds a {@link GPConnectDevice1} (GPConnect-Device-1, https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Device-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Device"
 * - `meta.profile`: adds https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Device-1
 *
 * The result is checked with {@link validateGPConnectDevice1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildGPConnectDevice1(input: GPConnectDevice1Input): GPConnectDevice1;
