import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactPoint } from './ContactPoint.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type ExtensionCareConnectGPCMainLocation1 } from './ExtensionCareConnectGPCMainLocation1.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type OrganizationPeriod } from './OrganizationPeriod.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * CareConnect-GPC-Organization-1
 *
 * The Organization resource represents the organisation that employs the healthcare professional.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1 (version 1.4.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Organization
 */
export interface CareConnectGPCOrganization1 {
    /** The FHIR resource type. */
    resourceType: 'Organization';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Organization.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Organization.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Organization.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.extension`
     * - Type Extension
     */
    extension?: (ExtensionCareConnectGPCMainLocation1 | OrganizationPeriod | Extension)[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifies this organization  across multiple systems
     *
     * Identifier for the organization that is used to identify the organization across multiple disparate systems.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.identifier`
     * - Type Identifier
     */
    identifier?: (CareConnectGPCOrganization1IdentifierOdsOrganisationCode | Identifier)[];
    /**
     * Whether the organization's record is still in active use
     *
     * Whether the organization's record is still in active use.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.active`
     * - Type boolean
     */
    active?: boolean;
    /** Extensions and id for `active` (FHIR JSON primitive extension, see Organization.active). */
    _active?: Element;
    /**
     * Kind of organization
     *
     * The kind(s) of organization that this is.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.type`
     * - Type CodeableConcept
     * - Binding extensible to https://fhir.nhs.uk/STU3/ValueSet/GPConnect-OrganisationType-1 (2 codes: gp-practice, urgent-care)
     */
    type?: [CodeableConcept];
    /**
     * Name used for the organization
     *
     * A name associated with the organization.
     *
     * - Cardinality 1..1
     * - FHIR path `Organization.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see Organization.name). */
    _name?: Element;
    /**
     * A list of alternate names that the organization is known as, or was known as in the past
     *
     * A list of alternate names that the organization is known as, or was known as in the past.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.alias`
     * - Type string
     */
    alias?: string[];
    /** Extensions and id for `alias` (FHIR JSON primitive extension, see Organization.alias). */
    _alias?: (Element | null)[];
    /**
     * A contact detail for the organization
     *
     * A contact detail for the organization.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.telecom`
     * - Type ContactPoint
     * - Must support
     */
    telecom?: ContactPoint[];
    /**
     * An address for the organization
     *
     * An address for the organization.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.address`
     * - Type Address
     * - Must support
     */
    address?: CareConnectGPCOrganization1Address[];
    /**
     * The organization of which this organization forms a part
     *
     * The organization of which this organization forms a part.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.partOf`
     * - Type Reference
     */
    partOf?: Reference<'Organization'>;
    /**
     * Contact for the organization for a certain purpose
     *
     * Contact for the organization for a certain purpose.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.contact`
     * - Type BackboneElement
     */
    contact?: CareConnectGPCOrganization1Contact[];
    /**
     * Technical endpoints providing access to services operated for the organization
     *
     * Technical endpoints providing access to services operated for the organization.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.endpoint`
     * - Type Reference
     */
    endpoint?: Reference<'Endpoint'>[];
}
/**
 * Organisation Data Service code
 *
 * Identifier code supplier by the Organisation Data Service
 *
 * - Cardinality 0..1
 * - FHIR path `Organization.identifier:odsOrganisationCode`
 * - Type Identifier
 * - Must support
 */
export interface CareConnectGPCOrganization1IdentifierOdsOrganisationCode {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.identifier:odsOrganisationCode.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Organization.identifier:odsOrganisationCode.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.identifier:odsOrganisationCode.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 1..1
     * - FHIR path `Organization.identifier:odsOrganisationCode.system`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/Id/ods-organization-code"
     */
    system: 'https://fhir.nhs.uk/Id/ods-organization-code';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Organization.identifier:odsOrganisationCode.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Organization.identifier:odsOrganisationCode.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Organization.identifier:odsOrganisationCode.value). */
    _value?: Element;
}
/**
 * An address for the organization
 *
 * An address for the organization.
 *
 * - Cardinality 0..*
 * - FHIR path `Organization.address`
 * - Type Address
 * - Must support
 */
export interface CareConnectGPCOrganization1Address {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.address.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Organization.address.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.address.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * home | work | temp | old - purpose of this address
     *
     * The purpose of this address.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.address.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/address-use (4 codes: home, work, temp, old)
     */
    use?: 'home' | 'old' | 'temp' | 'work';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Organization.address.use). */
    _use?: Element;
    /**
     * postal | physical | both
     *
     * Distinguishes between physical addresses (those you can visit) and mailing addresses (e.g. PO Boxes and care-of addresses). Most addresses are both.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.address.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/address-type (3 codes: postal, physical, both)
     */
    type?: 'both' | 'physical' | 'postal';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Organization.address.type). */
    _type?: Element;
    /**
     * Text representation of the address
     *
     * A full text representation of the address.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.address.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Organization.address.text). */
    _text?: Element;
    /**
     * Street name, number, direction & P.O. Box etc.
     *
     * This component contains the house number, apartment number, street name, street direction,  P.O. Box number, delivery hints, and similar address information.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.address.line`
     * - Type string
     */
    line?: string[];
    /** Extensions and id for `line` (FHIR JSON primitive extension, see Organization.address.line). */
    _line?: (Element | null)[];
    /**
     * Name of city, town etc.
     *
     * The name of the city, town, village or other community or delivery center.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.address.city`
     * - Type string
     */
    city?: string;
    /** Extensions and id for `city` (FHIR JSON primitive extension, see Organization.address.city). */
    _city?: Element;
    /**
     * District name (aka county)
     *
     * The name of the administrative area (county).
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.address.district`
     * - Type string
     */
    district?: string;
    /** Extensions and id for `district` (FHIR JSON primitive extension, see Organization.address.district). */
    _district?: Element;
    /**
     * Postal code for area
     *
     * A postal code designating a region defined by the postal service.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.address.postalCode`
     * - Type string
     */
    postalCode?: string;
    /** Extensions and id for `postalCode` (FHIR JSON primitive extension, see Organization.address.postalCode). */
    _postalCode?: Element;
    /**
     * Country (e.g. can be ISO 3166 2 or 3 letter code)
     *
     * Country - a nation as commonly understood or generally accepted.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.address.country`
     * - Type string
     */
    country?: string;
    /** Extensions and id for `country` (FHIR JSON primitive extension, see Organization.address.country). */
    _country?: Element;
    /**
     * Time period when address was/is in use
     *
     * Time period when address was/is in use.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.address.period`
     * - Type Period
     */
    period?: Period;
}
/**
 * Contact for the organization for a certain purpose
 *
 * Contact for the organization for a certain purpose.
 *
 * - Cardinality 0..*
 * - FHIR path `Organization.contact`
 * - Type BackboneElement
 */
export interface CareConnectGPCOrganization1Contact {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Organization.contact.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.contact.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.contact.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The type of contact
     *
     * Indicates a purpose for which the contact can be reached.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.purpose`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/contactentity-type (6 codes: BILL, ADMIN, HR, PAYOR, PATINF, PRESS)
     */
    purpose?: CodeableConcept;
    /**
     * A name associated with the contact
     *
     * A name associated with the contact.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.name`
     * - Type HumanName
     */
    name?: CareConnectGPCOrganization1ContactName;
    /**
     * Contact details (telephone, email, etc.)  for a contact
     *
     * A contact detail (e.g. a telephone number or an email address) by which the party may be contacted.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.contact.telecom`
     * - Type ContactPoint
     */
    telecom?: ContactPoint[];
    /**
     * Visiting or postal addresses for the contact
     *
     * Visiting or postal addresses for the contact.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.address`
     * - Type Address
     */
    address?: CareConnectGPCOrganization1ContactAddress;
}
/**
 * A name associated with the contact
 *
 * A name associated with the contact.
 *
 * - Cardinality 0..1
 * - FHIR path `Organization.contact.name`
 * - Type HumanName
 */
export interface CareConnectGPCOrganization1ContactName {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.name.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Organization.contact.name.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.contact.name.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | nickname | anonymous | old | maiden
     *
     * Identifies the purpose for this name.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.name.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/name-use (7 codes: usual, official, temp, nickname, anonymous, old, maiden)
     */
    use?: 'anonymous' | 'maiden' | 'nickname' | 'official' | 'old' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Organization.contact.name.use). */
    _use?: Element;
    /**
     * Text representation of the full name
     *
     * A full text representation of the name.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.name.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Organization.contact.name.text). */
    _text?: Element;
    /**
     * Family name (often called 'Surname')
     *
     * The part of a name that links to the genealogy. In some cultures (e.g. Eritrea) the family name of a son is the first name of his father.
     *
     * - Cardinality 1..1
     * - FHIR path `Organization.contact.name.family`
     * - Type string
     */
    family: string;
    /** Extensions and id for `family` (FHIR JSON primitive extension, see Organization.contact.name.family). */
    _family?: Element;
    /**
     * Given names (not always 'first'). Includes middle names
     *
     * Given name.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.contact.name.given`
     * - Type string
     */
    given?: string[];
    /** Extensions and id for `given` (FHIR JSON primitive extension, see Organization.contact.name.given). */
    _given?: (Element | null)[];
    /**
     * Parts that come before the name
     *
     * Part of the name that is acquired as a title due to academic, legal, employment or nobility status, etc. and that appears at the start of the name.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.contact.name.prefix`
     * - Type string
     */
    prefix?: string[];
    /** Extensions and id for `prefix` (FHIR JSON primitive extension, see Organization.contact.name.prefix). */
    _prefix?: (Element | null)[];
    /**
     * Parts that come after the name
     *
     * Part of the name that is acquired as a title due to academic, legal, employment or nobility status, etc. and that appears at the end of the name.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.contact.name.suffix`
     * - Type string
     */
    suffix?: string[];
    /** Extensions and id for `suffix` (FHIR JSON primitive extension, see Organization.contact.name.suffix). */
    _suffix?: (Element | null)[];
    /**
     * Time period when name was/is in use
     *
     * Indicates the period of time when this name was valid for the named person.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.name.period`
     * - Type Period
     */
    period?: Period;
}
/**
 * Visiting or postal addresses for the contact
 *
 * Visiting or postal addresses for the contact.
 *
 * - Cardinality 0..1
 * - FHIR path `Organization.contact.address`
 * - Type Address
 */
export interface CareConnectGPCOrganization1ContactAddress {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.address.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Organization.contact.address.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.contact.address.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * home | work | temp | old - purpose of this address
     *
     * The purpose of this address.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.address.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/address-use (4 codes: home, work, temp, old)
     */
    use?: 'home' | 'old' | 'temp' | 'work';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Organization.contact.address.use). */
    _use?: Element;
    /**
     * postal | physical | both
     *
     * Distinguishes between physical addresses (those you can visit) and mailing addresses (e.g. PO Boxes and care-of addresses). Most addresses are both.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.address.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/address-type (3 codes: postal, physical, both)
     */
    type?: 'both' | 'physical' | 'postal';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Organization.contact.address.type). */
    _type?: Element;
    /**
     * Text representation of the address
     *
     * A full text representation of the address.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.address.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Organization.contact.address.text). */
    _text?: Element;
    /**
     * Street name, number, direction & P.O. Box etc.
     *
     * This component contains the house number, apartment number, street name, street direction,  P.O. Box number, delivery hints, and similar address information.
     *
     * - Cardinality 0..*
     * - FHIR path `Organization.contact.address.line`
     * - Type string
     */
    line?: string[];
    /** Extensions and id for `line` (FHIR JSON primitive extension, see Organization.contact.address.line). */
    _line?: (Element | null)[];
    /**
     * Name of city, town etc.
     *
     * The name of the city, town, village or other community or delivery center.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.address.city`
     * - Type string
     */
    city?: string;
    /** Extensions and id for `city` (FHIR JSON primitive extension, see Organization.contact.address.city). */
    _city?: Element;
    /**
     * District name (aka county)
     *
     * The name of the administrative area (county).
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.address.district`
     * - Type string
     */
    district?: string;
    /** Extensions and id for `district` (FHIR JSON primitive extension, see Organization.contact.address.district). */
    _district?: Element;
    /**
     * Postal code for area
     *
     * A postal code designating a region defined by the postal service.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.address.postalCode`
     * - Type string
     */
    postalCode?: string;
    /** Extensions and id for `postalCode` (FHIR JSON primitive extension, see Organization.contact.address.postalCode). */
    _postalCode?: Element;
    /**
     * Country (e.g. can be ISO 3166 2 or 3 letter code)
     *
     * Country - a nation as commonly understood or generally accepted.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.address.country`
     * - Type string
     */
    country?: string;
    /** Extensions and id for `country` (FHIR JSON primitive extension, see Organization.contact.address.country). */
    _country?: Element;
    /**
     * Time period when address was/is in use
     *
     * Time period when address was/is in use.
     *
     * - Cardinality 0..1
     * - FHIR path `Organization.contact.address.period`
     * - Type Period
     */
    period?: Period;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectGPCOrganization1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCOrganization1IdentifierOdsOrganisationCode(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCOrganization1Address(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCOrganization1Contact(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCOrganization1ContactName(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCOrganization1ContactAddress(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-GPC-Organization-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1 version 1.4.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectGPCOrganization1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectGPCOrganization1} with the same options reports no error or fatal issue: CareConnect-GPC-Organization-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1 version 1.4.0). */
export declare function isCareConnectGPCOrganization1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectGPCOrganization1;
/** Input of {@link buildCareConnectGPCOrganization1}: a {@link CareConnectGPCOrganization1} without what the builder fills in. */
export type CareConnectGPCOrganization1Input = BuilderInput<CareConnectGPCOrganization1, 'resourceType', {
    meta?: ProfiledMetaInput<CareConnectGPCOrganization1['meta']>;
}>;
/** Input of {@link CareConnectGPCOrganization1IdentifierOdsOrganisationCode} (`Organization.identifier:odsOrganisationCode`): what the builder fills may be left out. */
export type CareConnectGPCOrganization1IdentifierOdsOrganisationCodeInput = BuilderInput<CareConnectGPCOrganization1IdentifierOdsOrganisationCode, 'system'>;
/**
 * Builds a {@link CareConnectGPCOrganization1} (CareConnect-GPC-Organization-1, https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Organization"
 * - `meta.profile`: adds https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1
 *
 * The result is checked with {@link validateCareConnectGPCOrganization1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectGPCOrganization1(input: CareConnectGPCOrganization1Input): CareConnectGPCOrganization1;
/**
 * Makes a `Organization.identifier:odsOrganisationCode` item (slice `odsOrganisationCode`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "https://fhir.nhs.uk/Id/ods-organization-code"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCOrganization1IdentifierOdsOrganisationCode(input: CareConnectGPCOrganization1IdentifierOdsOrganisationCodeInput): CareConnectGPCOrganization1IdentifierOdsOrganisationCode;
