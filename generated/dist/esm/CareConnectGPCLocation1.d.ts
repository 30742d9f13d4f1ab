import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type ContactPoint } from './ContactPoint.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import type { LocationPosition } from './Location.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * CareConnect-GPC-Location-1
 *
 * The Location resource provides information and details on the physical location and the services provided.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Location-1 (version 1.1.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Location
 */
export interface CareConnectGPCLocation1 {
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
    identifier?: (CareConnectGPCLocation1IdentifierOdsSiteCode | Identifier)[];
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
     * - Must support
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
     * - Must support
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
     * - Must support
     */
    address?: CareConnectGPCLocation1Address;
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
    physicalType?: CareConnectGPCLocation1PhysicalType;
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
     * - Must support
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
 * ODS Site code to identify the organisation at site level
 *
 * ODS Site code to identify the organisation at site level.
 *
 * - Cardinality 0..1
 * - FHIR path `Location.identifier:odsSiteCode`
 * - Type Identifier
 */
export interface CareConnectGPCLocation1IdentifierOdsSiteCode {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.identifier:odsSiteCode.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Location.identifier:odsSiteCode.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.identifier:odsSiteCode.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * ODS Code
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 1..1
     * - FHIR path `Location.identifier:odsSiteCode.system`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/Id/ods-site-code"
     */
    system: 'https://fhir.nhs.uk/Id/ods-site-code';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Location.identifier:odsSiteCode.system). */
    _system?: Element;
    /**
     * The ODS Site code name, to reflect the code used
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Location.identifier:odsSiteCode.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Location.identifier:odsSiteCode.value). */
    _value?: Element;
}
/**
 * Physical location
 *
 * Physical location.
 *
 * - Cardinality 0..1
 * - FHIR path `Location.address`
 * - Type Address
 * - Must support
 */
export interface CareConnectGPCLocation1Address {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.address.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Location.address.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.address.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * home | work | temp | old - purpose of this address
     *
     * The purpose of this address.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.address.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/address-use (4 codes: home, work, temp, old)
     */
    use?: 'home' | 'old' | 'temp' | 'work';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Location.address.use). */
    _use?: Element;
    /**
     * postal | physical | both
     *
     * Distinguishes between physical addresses (those you can visit) and mailing addresses (e.g. PO Boxes and care-of addresses). Most addresses are both.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.address.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/address-type (3 codes: postal, physical, both)
     */
    type?: 'both' | 'physical' | 'postal';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Location.address.type). */
    _type?: Element;
    /**
     * Text representation of the address
     *
     * A full text representation of the address.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.address.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Location.address.text). */
    _text?: Element;
    /**
     * Street name, number, direction & P.O. Box etc.
     *
     * This component contains the house number, apartment number, street name, street direction,  P.O. Box number, delivery hints, and similar address information.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.address.line`
     * - Type string
     */
    line?: string[];
    /** Extensions and id for `line` (FHIR JSON primitive extension, see Location.address.line). */
    _line?: (Element | null)[];
    /**
     * Name of city, town etc.
     *
     * The name of the city, town, village or other community or delivery center.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.address.city`
     * - Type string
     */
    city?: string;
    /** Extensions and id for `city` (FHIR JSON primitive extension, see Location.address.city). */
    _city?: Element;
    /**
     * District name (aka county)
     *
     * The name of the administrative area (county).
     *
     * - Cardinality 0..1
     * - FHIR path `Location.address.district`
     * - Type string
     */
    district?: string;
    /** Extensions and id for `district` (FHIR JSON primitive extension, see Location.address.district). */
    _district?: Element;
    /**
     * Postal code for area
     *
     * A postal code designating a region defined by the postal service.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.address.postalCode`
     * - Type string
     */
    postalCode?: string;
    /** Extensions and id for `postalCode` (FHIR JSON primitive extension, see Location.address.postalCode). */
    _postalCode?: Element;
    /**
     * Country (e.g. can be ISO 3166 2 or 3 letter code)
     *
     * Country - a nation as commonly understood or generally accepted.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.address.country`
     * - Type string
     */
    country?: string;
    /** Extensions and id for `country` (FHIR JSON primitive extension, see Location.address.country). */
    _country?: Element;
    /**
     * Time period when address was/is in use
     *
     * Time period when address was/is in use.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.address.period`
     * - Type Period
     */
    period?: Period;
}
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
export interface CareConnectGPCLocation1PhysicalType {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.physicalType.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Location.physicalType.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.physicalType.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.physicalType.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCLocation1PhysicalTypeCodingSnomedCT | CareConnectGPCLocation1PhysicalTypeCodingReadV2 | CareConnectGPCLocation1PhysicalTypeCodingReadCTV3)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.physicalType.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Location.physicalType.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..*
 * - FHIR path `Location.physicalType.coding:snomedCT`
 * - Type Coding
 */
export interface CareConnectGPCLocation1PhysicalTypeCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.physicalType.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Location.physicalType.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.physicalType.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Location.physicalType.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Location.physicalType.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Location.physicalType.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Location.physicalType.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Location.physicalType.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Location.physicalType.coding:snomedCT.display). */
    _display?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..*
 * - FHIR path `Location.physicalType.coding:readV2`
 * - Type Coding
 */
export interface CareConnectGPCLocation1PhysicalTypeCodingReadV2 {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.physicalType.coding:readV2.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Location.physicalType.coding:readV2.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.physicalType.coding:readV2.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Location.physicalType.coding:readV2.system`
     * - Type uri
     * - Fixed "http://read.info/readv2"
     */
    system: 'http://read.info/readv2';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Location.physicalType.coding:readV2.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Location.physicalType.coding:readV2.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Location.physicalType.coding:readV2.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Location.physicalType.coding:readV2.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Location.physicalType.coding:readV2.display). */
    _display?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..*
 * - FHIR path `Location.physicalType.coding:readCTV3`
 * - Type Coding
 */
export interface CareConnectGPCLocation1PhysicalTypeCodingReadCTV3 {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Location.physicalType.coding:readCTV3.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Location.physicalType.coding:readCTV3.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Location.physicalType.coding:readCTV3.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Location.physicalType.coding:readCTV3.system`
     * - Type uri
     * - Fixed "http://read.info/ctv3"
     */
    system: 'http://read.info/ctv3';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Location.physicalType.coding:readCTV3.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Location.physicalType.coding:readCTV3.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Location.physicalType.coding:readCTV3.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Location.physicalType.coding:readCTV3.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Location.physicalType.coding:readCTV3.display). */
    _display?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectGPCLocation1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCLocation1IdentifierOdsSiteCode(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCLocation1Address(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCLocation1PhysicalType(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCLocation1PhysicalTypeCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCLocation1PhysicalTypeCodingReadV2(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCLocation1PhysicalTypeCodingReadCTV3(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-GPC-Location-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Location-1 version 1.1.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectGPCLocation1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectGPCLocation1} with the same options reports no error or fatal issue: CareConnect-GPC-Location-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Location-1 version 1.1.0). */
export declare function isCareConnectGPCLocation1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectGPCLocation1;
/** Input of {@link buildCareConnectGPCLocation1}: a {@link CareConnectGPCLocation1} without what the builder fills in. */
export type CareConnectGPCLocation1Input = BuilderInput<CareConnectGPCLocation1, 'resourceType', {
    meta?: ProfiledMetaInput<CareConnectGPCLocation1['meta']>;
}>;
/** Input of {@link CareConnectGPCLocation1IdentifierOdsSiteCode} (`Location.identifier:odsSiteCode`): what the builder fills may be left out. */
export type CareConnectGPCLocation1IdentifierOdsSiteCodeInput = BuilderInput<CareConnectGPCLocation1IdentifierOdsSiteCode, 'system'>;
/** Input of {@link CareConnectGPCLocation1PhysicalTypeCodingReadCTV3} (`Location.physicalType.coding:readCTV3`): what the builder fills may be left out. */
export type CareConnectGPCLocation1PhysicalTypeCodingReadCTV3Input = BuilderInput<CareConnectGPCLocation1PhysicalTypeCodingReadCTV3, 'system'>;
/** Input of {@link CareConnectGPCLocation1PhysicalTypeCodingReadV2} (`Location.physicalType.coding:readV2`): what the builder fills may be left out. */
export type CareConnectGPCLocation1PhysicalTypeCodingReadV2Input = BuilderInput<CareConnectGPCLocation1PhysicalTypeCodingReadV2, 'system'>;
/** Input of {@link CareConnectGPCLocation1PhysicalTypeCodingSnomedCT} (`Location.physicalType.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCLocation1PhysicalTypeCodingSnomedCTInput = BuilderInput<CareConnectGPCLocation1PhysicalTypeCodingSnomedCT, 'system'>;
/**
 * Builds a {@link CareConnectGPCLocation1} (CareConnect-GPC-Location-1, https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Location-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Location"
 * - `meta.profile`: adds https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Location-1
 *
 * The result is checked with {@link validateCareConnectGPCLocation1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectGPCLocation1(input: CareConnectGPCLocation1Input): CareConnectGPCLocation1;
/**
 * Makes a `Location.identifier:odsSiteCode` item (slice `odsSiteCode`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "https://fhir.nhs.uk/Id/ods-site-code"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCLocation1IdentifierOdsSiteCode(input: CareConnectGPCLocation1IdentifierOdsSiteCodeInput): CareConnectGPCLocation1IdentifierOdsSiteCode;
/**
 * Makes a `Location.physicalType.coding:snomedCT` item (slice `snomedCT`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCLocation1PhysicalTypeCodingSnomedCT(input: CareConnectGPCLocation1PhysicalTypeCodingSnomedCTInput): CareConnectGPCLocation1PhysicalTypeCodingSnomedCT;
/**
 * Makes a `Location.physicalType.coding:readV2` item (slice `readV2`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://read.info/readv2"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCLocation1PhysicalTypeCodingReadV2(input: CareConnectGPCLocation1PhysicalTypeCodingReadV2Input): CareConnectGPCLocation1PhysicalTypeCodingReadV2;
/**
 * Makes a `Location.physicalType.coding:readCTV3` item (slice `readCTV3`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://read.info/ctv3"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCLocation1PhysicalTypeCodingReadCTV3(input: CareConnectGPCLocation1PhysicalTypeCodingReadCTV3Input): CareConnectGPCLocation1PhysicalTypeCodingReadCTV3;
