import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactPoint } from './ContactPoint.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type ExtensionCareConnectNHSCommunication1 } from './ExtensionCareConnectNHSCommunication1.js';
import { type HumanName } from './HumanName.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * CareConnect-Practitioner-1
 *
 * The Practitioner resource represents the healthcare professional directly or indirectly involved in the provision of healthcare related services.
 *
 * - Canonical URL: https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Practitioner-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir.careconnect-base#1.5.0
 * - Profile of Practitioner
 */
export interface CareConnectPractitioner1 {
    /** The FHIR resource type. */
    resourceType: 'Practitioner';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Practitioner.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Practitioner.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Practitioner.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.extension`
     * - Type Extension
     */
    extension?: (ExtensionCareConnectNHSCommunication1 | Extension)[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * A identifier for the person as this agent
     *
     * An identifier that applies to this person in this role.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.identifier`
     * - Type Identifier
     */
    identifier?: (CareConnectPractitioner1IdentifierSdsUserID | CareConnectPractitioner1IdentifierSdsRoleProfileID | CareConnectPractitioner1IdentifierLocalIdentifier | Identifier)[];
    /**
     * Whether this practitioner's record is in active use
     *
     * Whether this practitioner's record is in active use.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.active`
     * - Type boolean
     */
    active?: boolean;
    /** Extensions and id for `active` (FHIR JSON primitive extension, see Practitioner.active). */
    _active?: Element;
    /**
     * The name(s) associated with the practitioner
     *
     * The name(s) associated with the practitioner.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.name`
     * - Type HumanName
     */
    name?: HumanName[];
    /**
     * A contact detail for the practitioner (that apply to all roles)
     *
     * A contact detail for the practitioner, e.g. a telephone number or an email address.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.telecom`
     * - Type ContactPoint
     */
    telecom?: ContactPoint[];
    /**
     * Address(es) of the practitioner that are not role specific (typically home address)
     *
     * Address(es) of the practitioner that are not role specific (typically home address).
     * Work addresses are not typically entered in this property as they are usually role dependent.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.address`
     * - Type Address
     */
    address?: CareConnectPractitioner1Address[];
    /**
     * male | female | other | unknown
     *
     * Administrative Gender - the gender that the person is considered to have for administration and record keeping purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.gender`
     * - Type code
     * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-AdministrativeGender-1 (4 codes: male, female, other, unknown)
     */
    gender?: 'female' | 'male' | 'other' | 'unknown';
    /** Extensions and id for `gender` (FHIR JSON primitive extension, see Practitioner.gender). */
    _gender?: Element;
    /**
     * The date  on which the practitioner was born
     *
     * The date of birth for the practitioner.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.birthDate`
     * - Type date
     */
    birthDate?: string;
    /** Extensions and id for `birthDate` (FHIR JSON primitive extension, see Practitioner.birthDate). */
    _birthDate?: Element;
    /**
     * Image of the person
     *
     * Image of the person.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.photo`
     * - Type Attachment
     */
    photo?: Attachment[];
    /**
     * Qualifications obtained by training and certification
     *
     * Qualifications obtained by training and certification.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.qualification`
     * - Type BackboneElement
     */
    qualification?: CareConnectPractitioner1Qualification[];
}
/**
 * A identifier for the person as this agent
 *
 * An identifier that applies to this person in this role.
 *
 * - Cardinality 0..1
 * - FHIR path `Practitioner.identifier:sdsUserID`
 * - Type Identifier
 */
export interface CareConnectPractitioner1IdentifierSdsUserID {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.identifier:sdsUserID.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Practitioner.identifier:sdsUserID.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.identifier:sdsUserID.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 1..1
     * - FHIR path `Practitioner.identifier:sdsUserID.system`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/Id/sds-user-id"
     */
    system: 'https://fhir.nhs.uk/Id/sds-user-id';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Practitioner.identifier:sdsUserID.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Practitioner.identifier:sdsUserID.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Practitioner.identifier:sdsUserID.value). */
    _value?: Element;
}
/**
 * A identifier for the person as this agent
 *
 * An identifier that applies to this person in this role.
 *
 * - Cardinality 0..*
 * - FHIR path `Practitioner.identifier:sdsRoleProfileID`
 * - Type Identifier
 */
export interface CareConnectPractitioner1IdentifierSdsRoleProfileID {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.identifier:sdsRoleProfileID.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Practitioner.identifier:sdsRoleProfileID.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.identifier:sdsRoleProfileID.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 1..1
     * - FHIR path `Practitioner.identifier:sdsRoleProfileID.system`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/Id/sds-role-profile-id"
     */
    system: 'https://fhir.nhs.uk/Id/sds-role-profile-id';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Practitioner.identifier:sdsRoleProfileID.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Practitioner.identifier:sdsRoleProfileID.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Practitioner.identifier:sdsRoleProfileID.value). */
    _value?: Element;
}
/**
 * A identifier for the person as this agent
 *
 * An identifier that applies to this person in this role.
 *
 * - Cardinality 0..1
 * - FHIR path `Practitioner.identifier:localIdentifier`
 * - Type Identifier
 */
export interface CareConnectPractitioner1IdentifierLocalIdentifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.identifier:localIdentifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Practitioner.identifier:localIdentifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.identifier:localIdentifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.identifier:localIdentifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Practitioner.identifier:localIdentifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.identifier:localIdentifier.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/identifier-type (17 codes: DL, PPN, BRN, MR, MCN, EN, TAX, NIIP, PRN, MD, DR, ACSN, ...)
     */
    type?: CodeableConcept;
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 1..1
     * - FHIR path `Practitioner.identifier:localIdentifier.system`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/Id/local-practitioner-identifier"
     */
    system: 'https://fhir.nhs.uk/Id/local-practitioner-identifier';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Practitioner.identifier:localIdentifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Practitioner.identifier:localIdentifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Practitioner.identifier:localIdentifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.identifier:localIdentifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.identifier:localIdentifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * Address(es) of the practitioner that are not role specific (typically home address)
 *
 * Address(es) of the practitioner that are not role specific (typically home address).
 * Work addresses are not typically entered in this property as they are usually role dependent.
 *
 * - Cardinality 0..*
 * - FHIR path `Practitioner.address`
 * - Type Address
 */
export interface CareConnectPractitioner1Address {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.address.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Practitioner.address.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.address.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * home | work | temp | old - purpose of this address
     *
     * The purpose of this address.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.address.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/address-use (4 codes: home, work, temp, old)
     */
    use?: 'home' | 'old' | 'temp' | 'work';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Practitioner.address.use). */
    _use?: Element;
    /**
     * postal | physical | both
     *
     * Distinguishes between physical addresses (those you can visit) and mailing addresses (e.g. PO Boxes and care-of addresses). Most addresses are both.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.address.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/address-type (3 codes: postal, physical, both)
     */
    type?: 'both' | 'physical' | 'postal';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Practitioner.address.type). */
    _type?: Element;
    /**
     * Text representation of the address
     *
     * A full text representation of the address.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.address.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Practitioner.address.text). */
    _text?: Element;
    /**
     * Street name, number, direction & P.O. Box etc.
     *
     * This component contains the house number, apartment number, street name, street direction,  P.O. Box number, delivery hints, and similar address information.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.address.line`
     * - Type string
     */
    line?: string[];
    /** Extensions and id for `line` (FHIR JSON primitive extension, see Practitioner.address.line). */
    _line?: (Element | null)[];
    /**
     * Name of city, town etc.
     *
     * The name of the city, town, village or other community or delivery center.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.address.city`
     * - Type string
     */
    city?: string;
    /** Extensions and id for `city` (FHIR JSON primitive extension, see Practitioner.address.city). */
    _city?: Element;
    /**
     * District name (aka county)
     *
     * The name of the administrative area (county).
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.address.district`
     * - Type string
     */
    district?: string;
    /** Extensions and id for `district` (FHIR JSON primitive extension, see Practitioner.address.district). */
    _district?: Element;
    /**
     * Postal code for area
     *
     * A postal code designating a region defined by the postal service.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.address.postalCode`
     * - Type string
     */
    postalCode?: string;
    /** Extensions and id for `postalCode` (FHIR JSON primitive extension, see Practitioner.address.postalCode). */
    _postalCode?: Element;
    /**
     * Country (e.g. can be ISO 3166 2 or 3 letter code)
     *
     * Country - a nation as commonly understood or generally accepted.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.address.country`
     * - Type string
     */
    country?: string;
    /** Extensions and id for `country` (FHIR JSON primitive extension, see Practitioner.address.country). */
    _country?: Element;
    /**
     * Time period when address was/is in use
     *
     * Time period when address was/is in use.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.address.period`
     * - Type Period
     */
    period?: Period;
}
/**
 * Qualifications obtained by training and certification
 *
 * Qualifications obtained by training and certification.
 *
 * - Cardinality 0..*
 * - FHIR path `Practitioner.qualification`
 * - Type BackboneElement
 */
export interface CareConnectPractitioner1Qualification {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.qualification.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Practitioner.qualification.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.qualification.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.qualification.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * An identifier for this qualification for the practitioner
     *
     * An identifier that applies to this person's qualification in this role.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.qualification.identifier`
     * - Type Identifier
     */
    identifier?: CareConnectPractitioner1QualificationIdentifier[];
    /**
     * Coded representation of the qualification
     *
     * Coded representation of the qualification.
     *
     * - Cardinality 1..1
     * - FHIR path `Practitioner.qualification.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v2-2.7-0360 (codes not enumerable here: example binding: not checked)
     */
    code: CodeableConcept;
    /**
     * Period during which the qualification is valid
     *
     * Period during which the qualification is valid.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.qualification.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that regulates and issues the qualification
     *
     * Organization that regulates and issues the qualification.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.qualification.issuer`
     * - Type Reference
     */
    issuer?: Reference<'Organization'>;
}
/**
 * An identifier for this qualification for the practitioner
 *
 * An identifier that applies to this person's qualification in this role.
 *
 * - Cardinality 0..*
 * - FHIR path `Practitioner.qualification.identifier`
 * - Type Identifier
 */
export interface CareConnectPractitioner1QualificationIdentifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.qualification.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Practitioner.qualification.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.qualification.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.qualification.identifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Practitioner.qualification.identifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.qualification.identifier.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/identifier-type (17 codes: DL, PPN, BRN, MR, MCN, EN, TAX, NIIP, PRN, MD, DR, ACSN, ...)
     */
    type?: CodeableConcept;
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.qualification.identifier.system`
     * - Type uri
     */
    system?: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Practitioner.qualification.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.qualification.identifier.value`
     * - Type string
     */
    value?: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Practitioner.qualification.identifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.qualification.identifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.qualification.identifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectPractitioner1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPractitioner1IdentifierSdsUserID(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPractitioner1IdentifierSdsRoleProfileID(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPractitioner1IdentifierLocalIdentifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPractitioner1Address(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPractitioner1Qualification(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPractitioner1QualificationIdentifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-Practitioner-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Practitioner-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectPractitioner1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectPractitioner1} with the same options reports no error or fatal issue: CareConnect-Practitioner-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Practitioner-1 version 1.0.0). */
export declare function isCareConnectPractitioner1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectPractitioner1;
/** Input of {@link buildCareConnectPractitioner1}: a {@link CareConnectPractitioner1} without what the builder fills in. */
export type CareConnectPractitioner1Input = BuilderInput<CareConnectPractitioner1, 'resourceType', {
    meta?: ProfiledMetaInput<CareConnectPractitioner1['meta']>;
}>;
/** Input of {@link CareConnectPractitioner1IdentifierLocalIdentifier} (`Practitioner.identifier:localIdentifier`): what the builder fills may be left out. */
export type CareConnectPractitioner1IdentifierLocalIdentifierInput = BuilderInput<CareConnectPractitioner1IdentifierLocalIdentifier, 'system'>;
/** Input of {@link CareConnectPractitioner1IdentifierSdsRoleProfileID} (`Practitioner.identifier:sdsRoleProfileID`): what the builder fills may be left out. */
export type CareConnectPractitioner1IdentifierSdsRoleProfileIDInput = BuilderInput<CareConnectPractitioner1IdentifierSdsRoleProfileID, 'system'>;
/** Input of {@link CareConnectPractitioner1IdentifierSdsUserID} (`Practitioner.identifier:sdsUserID`): what the builder fills may be left out. */
export type CareConnectPractitioner1IdentifierSdsUserIDInput = BuilderInput<CareConnectPractitioner1IdentifierSdsUserID, 'system'>;
/**
 * Builds a {@link CareConnectPractitioner1} (CareConnect-Practitioner-1, https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Practitioner-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Practitioner"
 * - `meta.profile`: adds https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Practitioner-1
 *
 * The result is checked with {@link validateCareConnectPractitioner1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectPractitioner1(input: CareConnectPractitioner1Input): CareConnectPractitioner1;
/**
 * Makes a `Practitioner.identifier:sdsUserID` item (slice `sdsUserID`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "https://fhir.nhs.uk/Id/sds-user-id"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectPractitioner1IdentifierSdsUserID(input: CareConnectPractitioner1IdentifierSdsUserIDInput): CareConnectPractitioner1IdentifierSdsUserID;
/**
 * Makes a `Practitioner.identifier:sdsRoleProfileID` item (slice `sdsRoleProfileID`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "https://fhir.nhs.uk/Id/sds-role-profile-id"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectPractitioner1IdentifierSdsRoleProfileID(input: CareConnectPractitioner1IdentifierSdsRoleProfileIDInput): CareConnectPractitioner1IdentifierSdsRoleProfileID;
/**
 * Makes a `Practitioner.identifier:localIdentifier` item (slice `localIdentifier`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "https://fhir.nhs.uk/Id/local-practitioner-identifier"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectPractitioner1IdentifierLocalIdentifier(input: CareConnectPractitioner1IdentifierLocalIdentifierInput): CareConnectPractitioner1IdentifierLocalIdentifier;
