import { type Address } from './Address.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
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
 * Location
 *
 * Base StructureDefinition for Location Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Location
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Location {
    /** The FHIR resource type. */
    resourceType: 'Location';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Location.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Location.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Location.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Unique code or number identifying the location to its users
     *
     * Unique code or number identifying the location to its users.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | suspended | inactive
     *
     * The status property covers the general availability of the resource, not the current value which may be covered by the operationStatus, or by a schedule/slots if they are configured for the location.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/location-status (3 codes: active, suspended, inactive)
     */
    status?: 'active' | 'inactive' | 'suspended';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Location.status). */
    _status?: Element;
    /**
     * The Operational status of the location (typically only for a bed/room)
     *
     * The Operational status covers operation values most relevant to beds (but can also apply to rooms/units/chair/etc such as an isolation unit/dialisys chair). This typically covers concepts such as contamination, housekeeping and other activities like maintenance.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.operationalStatus`
     * - Type Coding
     * - Binding preferred to http://hl7.org/fhir/ValueSet/v2-0116 (6 codes: C, H, I, K, O, U)
     */
    operationalStatus?: Coding;
    /**
     * Name of the location as used by humans
     *
     * Name of the location as used by humans. Does not need to be unique.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see Location.name). */
    _name?: Element;
    /**
     * A list of alternate names that the location is known as, or was known as in the past
     *
     * A list of alternate names that the location is known as, or was known as in the past.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.alias`
     * - Type string
     */
    alias?: string[];
    /** Extensions and id for `alias` (FHIR JSON primitive extension, see Location.alias). */
    _alias?: (Element | null)[];
    /**
     * Additional details about the location that could be displayed as further information to identify the location beyond its name
     *
     * Description of the Location, which helps in finding or referencing the place.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see Location.description). */
    _description?: Element;
    /**
     * instance | kind
     *
     * Indicates whether a resource instance represents a specific location or a class of locations.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.mode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/location-mode (2 codes: instance, kind)
     */
    mode?: 'instance' | 'kind';
    /** Extensions and id for `mode` (FHIR JSON primitive extension, see Location.mode). */
    _mode?: Element;
    /**
     * Type of function performed
     *
     * Indicates the type of function performed at the location.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/v3-ServiceDeliveryLocationRoleType (codes not enumerable here: a filter on http://hl7.org/fhir/v3/RoleCode needs a terminology server)
     */
    type?: CodeableConcept;
    /**
     * Contact details of the location
     *
     * The contact details of communication devices available at the location. This can include phone numbers, fax numbers, mobile numbers, email addresses and web sites.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.telecom`
     * - Type ContactPoint
     */
    telecom?: ContactPoint[];
    /**
     * Physical location
     *
     * Physical location.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.address`
     * - Type Address
     */
    address?: Address;
    /**
     * Physical form of the location
     *
     * Physical form of the location, e.g. building, room, vehicle, road.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.physicalType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/location-physical-type (codes not enumerable here: example binding: not checked)
     */
    physicalType?: CodeableConcept;
    /**
     * The absolute geographic location
     *
     * The absolute geographic location of the Location, expressed using the WGS84 datum (This is the same co-ordinate system used in KML).
     *
     * - Cardinality 0..1
     * - FHIR path `Location.position`
     * - Type BackboneElement
     */
    position?: LocationPosition;
    /**
     * Organization responsible for provisioning and upkeep
     *
     * The organization responsible for the provisioning and upkeep of the location.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.managingOrganization`
     * - Type Reference
     */
    managingOrganization?: Reference<'Organization'>;
    /**
     * Another Location this one is physically part of
     *
     * Another Location which this Location is physically part of.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.partOf`
     * - Type Reference
     */
    partOf?: Reference<'Location'>;
    /**
     * Technical endpoints providing access to services operated for the location
     *
     * Technical endpoints providing access to services operated for the location.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.endpoint`
     * - Type Reference
     */
    endpoint?: Reference<'Endpoint'>[];
}
/**
 * The absolute geographic location
 *
 * The absolute geographic location of the Location, expressed using the WGS84 datum (This is the same co-ordinate system used in KML).
 *
 * - Cardinality 0..1
 * - FHIR path `Location.position`
 * - Type BackboneElement
 */
export interface LocationPosition {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.position.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Location.position.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.position.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.position.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Longitude with WGS84 datum
     *
     * Longitude. The value domain and the interpretation are the same as for the text of the longitude element in KML (see notes below).
     *
     * - Cardinality 1..1
     * - FHIR path `Location.position.longitude`
     * - Type decimal
     */
    longitude: number;
    /** Extensions and id for `longitude` (FHIR JSON primitive extension, see Location.position.longitude). */
    _longitude?: Element;
    /**
     * Latitude with WGS84 datum
     *
     * Latitude. The value domain and the interpretation are the same as for the text of the latitude element in KML (see notes below).
     *
     * - Cardinality 1..1
     * - FHIR path `Location.position.latitude`
     * - Type decimal
     */
    latitude: number;
    /** Extensions and id for `latitude` (FHIR JSON primitive extension, see Location.position.latitude). */
    _latitude?: Element;
    /**
     * Altitude with WGS84 datum
     *
     * Altitude. The value domain and the interpretation are the same as for the text of the altitude element in KML (see notes below).
     *
     * - Cardinality 0..1
     * - FHIR path `Location.position.altitude`
     * - Type decimal
     */
    altitude?: number;
    /** Extensions and id for `altitude` (FHIR JSON primitive extension, see Location.position.altitude). */
    _altitude?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkLocation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkLocationPosition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Location (http://hl7.org/fhir/StructureDefinition/Location).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateLocation(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateLocation} with the same options reports no error or fatal issue: Location (http://hl7.org/fhir/StructureDefinition/Location). */
export declare function isLocation(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Location;
/** Input of {@link buildLocation}: a {@link Location} without what the builder fills in. */
export type LocationInput = BuilderInput<Location, 'resourceType'>;
/**
 * Builds a {@link Location} (Location, http://hl7.org/fhir/StructureDefinition/Location).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Location"
 *
 * The result is checked with {@link validateLocation}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildLocation(input: LocationInput): Location;
