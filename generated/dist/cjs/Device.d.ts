import { type Annotation } from './Annotation.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactPoint } from './ContactPoint.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Device
 *
 * Base StructureDefinition for Device Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Device
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Device {
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
    identifier?: Identifier[];
    /**
     * Unique Device Identifier (UDI) Barcode string
     *
     * [Unique device identifier (UDI)](device.html#5.11.3.2.2) assigned to device label or package.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.udi`
     * - Type BackboneElement
     */
    udi?: DeviceUdi;
    /**
     * active | inactive | entered-in-error | unknown
     *
     * Status of the Device availability.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/device-status (4 codes: active, inactive, entered-in-error, unknown)
     */
    status?: 'active' | 'entered-in-error' | 'inactive' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Device.status). */
    _status?: Element;
    /**
     * What kind of device this is
     *
     * Code or identifier to identify a kind of device.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/device-kind (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept;
    /**
     * Lot number of manufacture
     *
     * Lot number assigned by the manufacturer.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.lotNumber`
     * - Type string
     */
    lotNumber?: string;
    /** Extensions and id for `lotNumber` (FHIR JSON primitive extension, see Device.lotNumber). */
    _lotNumber?: Element;
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
     * Date when the device was made
     *
     * The date and time when the device was manufactured.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.manufactureDate`
     * - Type dateTime
     */
    manufactureDate?: string;
    /** Extensions and id for `manufactureDate` (FHIR JSON primitive extension, see Device.manufactureDate). */
    _manufactureDate?: Element;
    /**
     * Date and time of expiry of this device (if applicable)
     *
     * The date and time beyond which this device is no longer valid or should not be used (if applicable).
     *
     * - Cardinality 0..1
     * - FHIR path `Device.expirationDate`
     * - Type dateTime
     */
    expirationDate?: string;
    /** Extensions and id for `expirationDate` (FHIR JSON primitive extension, see Device.expirationDate). */
    _expirationDate?: Element;
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
     * Patient to whom Device is affixed
     *
     * Patient information, If the device is affixed to a person.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.patient`
     * - Type Reference
     */
    patient?: Reference<'Patient'>;
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
     * Details for human/organization for support
     *
     * Contact details for an organization or a particular human that is responsible for the device.
     *
     * - Cardinality 0..*
     * - FHIR path `Device.contact`
     * - Type ContactPoint
     */
    contact?: ContactPoint[];
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
     * Network address to contact device
     *
     * A network address on which the device may be contacted directly.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Device.url). */
    _url?: Element;
    /**
     * Device notes and comments
     *
     * Descriptive information, usage information or implantation information that is not captured in an existing element.
     *
     * - Cardinality 0..*
     * - FHIR path `Device.note`
     * - Type Annotation
     */
    note?: Annotation[];
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
 * Unique Device Identifier (UDI) Barcode string
 *
 * [Unique device identifier (UDI)](device.html#5.11.3.2.2) assigned to device label or package.
 *
 * - Cardinality 0..1
 * - FHIR path `Device.udi`
 * - Type BackboneElement
 */
export interface DeviceUdi {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.udi.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Device.udi.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Device.udi.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Device.udi.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Mandatory fixed portion of UDI
     *
     * The device identifier (DI) is a mandatory, fixed portion of a UDI that identifies the labeler and the specific version or model of a device.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.udi.deviceIdentifier`
     * - Type string
     */
    deviceIdentifier?: string;
    /** Extensions and id for `deviceIdentifier` (FHIR JSON primitive extension, see Device.udi.deviceIdentifier). */
    _deviceIdentifier?: Element;
    /**
     * Device Name as appears on UDI label
     *
     * Name of device as used in labeling or catalog.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.udi.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see Device.udi.name). */
    _name?: Element;
    /**
     * Regional UDI authority
     *
     * The identity of the authoritative source for UDI generation within a  jurisdiction.  All UDIs are globally unique within a single namespace. with the appropriate repository uri as the system.  For example,  UDIs of devices managed in the U.S. by the FDA, the value is  http://hl7.org/fhir/NamingSystem/fda-udi.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.udi.jurisdiction`
     * - Type uri
     */
    jurisdiction?: string;
    /** Extensions and id for `jurisdiction` (FHIR JSON primitive extension, see Device.udi.jurisdiction). */
    _jurisdiction?: Element;
    /**
     * UDI Human Readable Barcode String
     *
     * The full UDI carrier as the human readable form (HRF) representation of the barcode string as printed on the packaging of the device.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.udi.carrierHRF`
     * - Type string
     */
    carrierHRF?: string;
    /** Extensions and id for `carrierHRF` (FHIR JSON primitive extension, see Device.udi.carrierHRF). */
    _carrierHRF?: Element;
    /**
     * UDI Machine Readable Barcode String
     *
     * The full UDI carrier of the Automatic Identification and Data Capture (AIDC) technology representation of the barcode string as printed on the packaging of the device - E.g a barcode or RFID.   Because of limitations on character sets in XML and the need to round-trip JSON data through XML, AIDC Formats *SHALL* be base64 encoded.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.udi.carrierAIDC`
     * - Type base64Binary
     */
    carrierAIDC?: string;
    /** Extensions and id for `carrierAIDC` (FHIR JSON primitive extension, see Device.udi.carrierAIDC). */
    _carrierAIDC?: Element;
    /**
     * UDI Issuing Organization
     *
     * Organization that is charged with issuing UDIs for devices.  For example, the US FDA issuers include :
     * 1) GS1:
     * http://hl7.org/fhir/NamingSystem/gs1-di,
     * 2) HIBCC:
     * http://hl7.org/fhir/NamingSystem/hibcc-dI,
     * 3) ICCBBA for blood containers:
     * http://hl7.org/fhir/NamingSystem/iccbba-blood-di,
     * 4) ICCBA for other devices:
     * http://hl7.org/fhir/NamingSystem/iccbba-other-di.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.udi.issuer`
     * - Type uri
     */
    issuer?: string;
    /** Extensions and id for `issuer` (FHIR JSON primitive extension, see Device.udi.issuer). */
    _issuer?: Element;
    /**
     * barcode | rfid | manual +
     *
     * A coded entry to indicate how the data was entered.
     *
     * - Cardinality 0..1
     * - FHIR path `Device.udi.entryType`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/udi-entry-type (6 codes: barcode, rfid, manual, card, self-reported, unknown)
     */
    entryType?: 'barcode' | 'card' | 'manual' | 'rfid' | 'self-reported' | 'unknown';
    /** Extensions and id for `entryType` (FHIR JSON primitive extension, see Device.udi.entryType). */
    _entryType?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDevice(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDeviceUdi(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Device (http://hl7.org/fhir/StructureDefinition/Device).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDevice(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDevice} with the same options reports no error or fatal issue: Device (http://hl7.org/fhir/StructureDefinition/Device). */
export declare function isDevice(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Device;
/** Input of {@link buildDevice}: a {@link Device} without what the builder fills in. */
export type DeviceInput = BuilderInput<Device, 'resourceType'>;
/**
 * Builds a {@link Device} (Device, http://hl7.org/fhir/StructureDefinition/Device).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Device"
 *
 * The result is checked with {@link validateDevice}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildDevice(input: DeviceInput): Device;
