import { type BirthPlace } from './BirthPlace.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactPoint } from './ContactPoint.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type ExtensionCareConnectDeathNotificationStatus1 } from './ExtensionCareConnectDeathNotificationStatus1.js';
import { type ExtensionCareConnectEthnicCategory1 } from './ExtensionCareConnectEthnicCategory1.js';
import { type ExtensionCareConnectNHSCommunication1 } from './ExtensionCareConnectNHSCommunication1.js';
import { type ExtensionCareConnectNHSNumberVerificationStatus1, type ExtensionCareConnectNHSNumberVerificationStatus1Input } from './ExtensionCareConnectNHSNumberVerificationStatus1.js';
import { type ExtensionCareConnectNominatedPharmacy1 } from './ExtensionCareConnectNominatedPharmacy1.js';
import { type ExtensionCareConnectReligiousAffiliation1 } from './ExtensionCareConnectReligiousAffiliation1.js';
import { type ExtensionCareConnectResidentialStatus1 } from './ExtensionCareConnectResidentialStatus1.js';
import { type ExtensionCareConnectTreatmentCategory1 } from './ExtensionCareConnectTreatmentCategory1.js';
import { type HumanName } from './HumanName.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type PatientBirthTime } from './PatientBirthTime.js';
import { type PatientCadavericDonor } from './PatientCadavericDonor.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * CareConnect-Patient-1
 *
 * The Patient resource represents the patient involved in the provision of healthcare related services.
 *
 * - Canonical URL: https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Patient-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir.careconnect-base#1.5.0
 * - Profile of Patient
 */
export interface CareConnectPatient1 {
    /** The FHIR resource type. */
    resourceType: 'Patient';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Patient.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Patient.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Patient.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.extension`
     * - Type Extension
     */
    extension?: (ExtensionCareConnectEthnicCategory1 | ExtensionCareConnectReligiousAffiliation1 | PatientCadavericDonor | ExtensionCareConnectResidentialStatus1 | ExtensionCareConnectTreatmentCategory1 | ExtensionCareConnectNHSCommunication1 | BirthPlace | ExtensionCareConnectNominatedPharmacy1 | ExtensionCareConnectDeathNotificationStatus1 | Extension)[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * An identifier for this patient
     *
     * An identifier for this patient.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.identifier`
     * - Type Identifier
     */
    identifier?: (CareConnectPatient1IdentifierNhsNumber | CareConnectPatient1IdentifierLocalIdentifier | Identifier)[];
    /**
     * Whether this patient's record is in active use
     *
     * Whether this patient record is in active use.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.active`
     * - Type boolean
     */
    active?: boolean;
    /** Extensions and id for `active` (FHIR JSON primitive extension, see Patient.active). */
    _active?: Element;
    /**
     * A name associated with the patient
     *
     * A name associated with the individual.
     *
     * - Cardinality 1..*
     * - FHIR path `Patient.name`
     * - Type HumanName
     */
    name: [
        CareConnectPatient1NameOfficial | CareConnectPatient1NameOther | HumanName,
        ...(CareConnectPatient1NameOfficial | CareConnectPatient1NameOther | HumanName)[]
    ];
    /**
     * A contact detail for the individual
     *
     * A contact detail (e.g. a telephone number or an email address) by which the individual may be contacted.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.telecom`
     * - Type ContactPoint
     */
    telecom?: CareConnectPatient1Telecom[];
    /**
     * male | female | other | unknown
     *
     * Administrative Gender - the gender that the patient is considered to have for administration and record keeping purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.gender`
     * - Type code
     * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-AdministrativeGender-1 (4 codes: male, female, other, unknown)
     */
    gender?: 'female' | 'male' | 'other' | 'unknown';
    /** Extensions and id for `gender` (FHIR JSON primitive extension, see Patient.gender). */
    _gender?: Element;
    /**
     * The date of birth for the individual
     *
     * The date of birth for the individual.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.birthDate`
     * - Type date
     */
    birthDate?: string;
    /** Extensions and id for `birthDate` (FHIR JSON primitive extension, see Patient.birthDate). */
    _birthDate?: CareConnectPatient1BirthDate;
    /**
     * Indicates if the individual is deceased or not
     *
     * Indicates if the individual is deceased or not.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.deceased[x]`
     * - Type boolean | dateTime
     */
    deceasedBoolean?: boolean;
    /** Extensions and id for `deceasedBoolean` (FHIR JSON primitive extension, see Patient.deceased[x]). */
    _deceasedBoolean?: Element;
    /**
     * Indicates if the individual is deceased or not
     *
     * Indicates if the individual is deceased or not.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.deceased[x]`
     * - Type boolean | dateTime
     */
    deceasedDateTime?: string;
    /** Extensions and id for `deceasedDateTime` (FHIR JSON primitive extension, see Patient.deceased[x]). */
    _deceasedDateTime?: Element;
    /**
     * Addresses for the individual
     *
     * Addresses for the individual.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.address`
     * - Type Address
     */
    address?: CareConnectPatient1Address[];
    /**
     * Marital (civil) status of a patient
     *
     * This field contains a patient's most recent marital (civil) status.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.maritalStatus`
     * - Type CodeableConcept
     * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-MaritalStatus-1 (11 codes: A, D, I, L, M, P, S, T, U, W, UNK)
     */
    maritalStatus?: CareConnectPatient1MaritalStatus;
    /**
     * Whether patient is part of a multiple birth
     *
     * Indicates whether the patient is part of a multiple (bool) or indicates the actual birth order (integer).
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.multipleBirth[x]`
     * - Type boolean | integer
     */
    multipleBirthBoolean?: boolean;
    /** Extensions and id for `multipleBirthBoolean` (FHIR JSON primitive extension, see Patient.multipleBirth[x]). */
    _multipleBirthBoolean?: Element;
    /**
     * Whether patient is part of a multiple birth
     *
     * Indicates whether the patient is part of a multiple (bool) or indicates the actual birth order (integer).
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.multipleBirth[x]`
     * - Type boolean | integer
     */
    multipleBirthInteger?: number;
    /** Extensions and id for `multipleBirthInteger` (FHIR JSON primitive extension, see Patient.multipleBirth[x]). */
    _multipleBirthInteger?: Element;
    /**
     * A contact party (e.g. guardian, partner, friend) for the patient
     *
     * A contact party (e.g. guardian, partner, friend) for the patient.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.contact`
     * - Type BackboneElement
     */
    contact?: CareConnectPatient1Contact[];
    /**
     * Patient's nominated primary care provider
     *
     * Patient's nominated care provider.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.generalPractitioner`
     * - Type Reference
     */
    generalPractitioner?: Reference<'Organization' | 'Practitioner'>[];
    /**
     * Organization that is the custodian of the patient record
     *
     * Organization that is the custodian of the patient record.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.managingOrganization`
     * - Type Reference
     */
    managingOrganization?: Reference<'Organization'>;
    /**
     * Link to another patient resource that concerns the same actual person
     *
     * Link to another patient resource that concerns the same actual patient.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.link`
     * - Type BackboneElement
     */
    link?: CareConnectPatient1Link[];
}
/**
 * The patient's NHS number
 *
 * An identifier for this patient.
 *
 * - Cardinality 0..1
 * - FHIR path `Patient.identifier:nhsNumber`
 * - Type Identifier
 */
export interface CareConnectPatient1IdentifierNhsNumber {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.identifier:nhsNumber.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Patient.identifier:nhsNumber.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.identifier:nhsNumber.extension`
     * - Type Extension
     */
    extension: [
        ExtensionCareConnectNHSNumberVerificationStatus1 | Extension,
        ...(ExtensionCareConnectNHSNumberVerificationStatus1 | Extension)[]
    ];
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.identifier:nhsNumber.system`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/Id/nhs-number"
     */
    system: 'https://fhir.nhs.uk/Id/nhs-number';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Patient.identifier:nhsNumber.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.identifier:nhsNumber.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Patient.identifier:nhsNumber.value). */
    _value?: Element;
}
/**
 * The patient's other identifiers
 *
 * An identifier for this patient.
 *
 * - Cardinality 0..*
 * - FHIR path `Patient.identifier:localIdentifier`
 * - Type Identifier
 */
export interface CareConnectPatient1IdentifierLocalIdentifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.identifier:localIdentifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Patient.identifier:localIdentifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.identifier:localIdentifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.identifier:localIdentifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Patient.identifier:localIdentifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.identifier:localIdentifier.type`
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
     * - FHIR path `Patient.identifier:localIdentifier.system`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/Id/local-patient-identifier"
     */
    system: 'https://fhir.nhs.uk/Id/local-patient-identifier';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Patient.identifier:localIdentifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.identifier:localIdentifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Patient.identifier:localIdentifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.identifier:localIdentifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.identifier:localIdentifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * A name associated with the patient
 *
 * A name associated with the individual.
 *
 * - Cardinality 1..1
 * - FHIR path `Patient.name:official`
 * - Type HumanName
 */
export interface CareConnectPatient1NameOfficial {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.name:official.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Patient.name:official.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.name:official.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | nickname | anonymous | old | maiden
     *
     * Identifies the purpose for this name.
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.name:official.use`
     * - Type code
     * - Fixed "official"
     * - Binding required to http://hl7.org/fhir/ValueSet/name-use (7 codes: usual, official, temp, nickname, anonymous, old, maiden)
     */
    use: 'official';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Patient.name:official.use). */
    _use?: Element;
    /**
     * Text representation of the full name
     *
     * A full text representation of the name.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.name:official.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Patient.name:official.text). */
    _text?: Element;
    /**
     * Family name (often called 'Surname')
     *
     * The part of a name that links to the genealogy. In some cultures (e.g. Eritrea) the family name of a son is the first name of his father.
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.name:official.family`
     * - Type string
     */
    family: string;
    /** Extensions and id for `family` (FHIR JSON primitive extension, see Patient.name:official.family). */
    _family?: Element;
    /**
     * Given names (not always 'first'). Includes middle names
     *
     * Given name.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.name:official.given`
     * - Type string
     */
    given?: string[];
    /** Extensions and id for `given` (FHIR JSON primitive extension, see Patient.name:official.given). */
    _given?: (Element | null)[];
    /**
     * Parts that come before the name
     *
     * Part of the name that is acquired as a title due to academic, legal, employment or nobility status, etc. and that appears at the start of the name.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.name:official.prefix`
     * - Type string
     */
    prefix?: string[];
    /** Extensions and id for `prefix` (FHIR JSON primitive extension, see Patient.name:official.prefix). */
    _prefix?: (Element | null)[];
    /**
     * Parts that come after the name
     *
     * Part of the name that is acquired as a title due to academic, legal, employment or nobility status, etc. and that appears at the end of the name.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.name:official.suffix`
     * - Type string
     */
    suffix?: string[];
    /** Extensions and id for `suffix` (FHIR JSON primitive extension, see Patient.name:official.suffix). */
    _suffix?: (Element | null)[];
    /**
     * Time period when name was/is in use
     *
     * Indicates the period of time when this name was valid for the named person.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.name:official.period`
     * - Type Period
     */
    period?: Period;
}
/**
 * A name associated with the patient
 *
 * A name associated with the individual.
 *
 * - Cardinality 0..*
 * - FHIR path `Patient.name:other`
 * - Type HumanName
 */
export interface CareConnectPatient1NameOther {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.name:other.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Patient.name:other.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.name:other.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | nickname | anonymous | old | maiden
     *
     * Identifies the purpose for this name.
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.name:other.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/name-use (7 codes: usual, official, temp, nickname, anonymous, old, maiden)
     */
    use: 'anonymous' | 'maiden' | 'nickname' | 'official' | 'old' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Patient.name:other.use). */
    _use?: Element;
    /**
     * Text representation of the full name
     *
     * A full text representation of the name.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.name:other.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Patient.name:other.text). */
    _text?: Element;
    /**
     * Family name (often called 'Surname')
     *
     * The part of a name that links to the genealogy. In some cultures (e.g. Eritrea) the family name of a son is the first name of his father.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.name:other.family`
     * - Type string
     */
    family?: string;
    /** Extensions and id for `family` (FHIR JSON primitive extension, see Patient.name:other.family). */
    _family?: Element;
    /**
     * Given names (not always 'first'). Includes middle names
     *
     * Given name.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.name:other.given`
     * - Type string
     */
    given?: string[];
    /** Extensions and id for `given` (FHIR JSON primitive extension, see Patient.name:other.given). */
    _given?: (Element | null)[];
    /**
     * Parts that come before the name
     *
     * Part of the name that is acquired as a title due to academic, legal, employment or nobility status, etc. and that appears at the start of the name.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.name:other.prefix`
     * - Type string
     */
    prefix?: string[];
    /** Extensions and id for `prefix` (FHIR JSON primitive extension, see Patient.name:other.prefix). */
    _prefix?: (Element | null)[];
    /**
     * Parts that come after the name
     *
     * Part of the name that is acquired as a title due to academic, legal, employment or nobility status, etc. and that appears at the end of the name.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.name:other.suffix`
     * - Type string
     */
    suffix?: string[];
    /** Extensions and id for `suffix` (FHIR JSON primitive extension, see Patient.name:other.suffix). */
    _suffix?: (Element | null)[];
    /**
     * Time period when name was/is in use
     *
     * Indicates the period of time when this name was valid for the named person.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.name:other.period`
     * - Type Period
     */
    period?: Period;
}
/**
 * A contact detail for the individual
 *
 * A contact detail (e.g. a telephone number or an email address) by which the individual may be contacted.
 *
 * - Cardinality 0..*
 * - FHIR path `Patient.telecom`
 * - Type ContactPoint
 */
export interface CareConnectPatient1Telecom {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.telecom.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Patient.telecom.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.telecom.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * phone | fax | email | pager | url | sms | other
     *
     * Telecommunications form for contact point - what communications system is required to make use of the contact.
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.telecom.system`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/contact-point-system (7 codes: phone, fax, email, pager, url, sms, other)
     */
    system: 'email' | 'fax' | 'other' | 'pager' | 'phone' | 'sms' | 'url';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Patient.telecom.system). */
    _system?: Element;
    /**
     * The actual contact point details
     *
     * The actual contact point details, in a form that is meaningful to the designated communication system (i.e. phone number or email address).
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.telecom.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Patient.telecom.value). */
    _value?: Element;
    /**
     * home | work | temp | old | mobile - purpose of this contact point
     *
     * Identifies the purpose for the contact point.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.telecom.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/contact-point-use (5 codes: home, work, temp, old, mobile)
     */
    use?: 'home' | 'mobile' | 'old' | 'temp' | 'work';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Patient.telecom.use). */
    _use?: Element;
    /**
     * Specify preferred order of use (1 = highest)
     *
     * Specifies a preferred order in which to use a set of contacts. Contacts are ranked with lower values coming before higher values.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.telecom.rank`
     * - Type positiveInt
     */
    rank?: number;
    /** Extensions and id for `rank` (FHIR JSON primitive extension, see Patient.telecom.rank). */
    _rank?: Element;
    /**
     * Time period when the contact point was/is in use
     *
     * Time period when the contact point was/is in use.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.telecom.period`
     * - Type Period
     */
    period?: Period;
}
/**
 * The date of birth for the individual
 *
 * The date of birth for the individual.
 *
 * - Cardinality 0..1
 * - FHIR path `Patient.birthDate`
 * - Type date
 */
export interface CareConnectPatient1BirthDate {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.birthDate.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Patient.birthDate.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.birthDate.extension`
     * - Type Extension
     */
    extension?: (PatientBirthTime | Extension)[];
}
/**
 * Addresses for the individual
 *
 * Addresses for the individual.
 *
 * - Cardinality 0..*
 * - FHIR path `Patient.address`
 * - Type Address
 */
export interface CareConnectPatient1Address {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.address.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Patient.address.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.address.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * home | work | temp | old - purpose of this address
     *
     * The purpose of this address.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.address.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/address-use (4 codes: home, work, temp, old)
     */
    use?: 'home' | 'old' | 'temp' | 'work';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Patient.address.use). */
    _use?: Element;
    /**
     * postal | physical | both
     *
     * Distinguishes between physical addresses (those you can visit) and mailing addresses (e.g. PO Boxes and care-of addresses). Most addresses are both.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.address.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/address-type (3 codes: postal, physical, both)
     */
    type?: 'both' | 'physical' | 'postal';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Patient.address.type). */
    _type?: Element;
    /**
     * Text representation of the address
     *
     * A full text representation of the address.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.address.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Patient.address.text). */
    _text?: Element;
    /**
     * Street name, number, direction & P.O. Box etc.
     *
     * This component contains the house number, apartment number, street name, street direction,  P.O. Box number, delivery hints, and similar address information.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.address.line`
     * - Type string
     */
    line?: string[];
    /** Extensions and id for `line` (FHIR JSON primitive extension, see Patient.address.line). */
    _line?: (Element | null)[];
    /**
     * Name of city, town etc.
     *
     * The name of the city, town, village or other community or delivery center.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.address.city`
     * - Type string
     */
    city?: string;
    /** Extensions and id for `city` (FHIR JSON primitive extension, see Patient.address.city). */
    _city?: Element;
    /**
     * District name (aka county)
     *
     * The name of the administrative area (county).
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.address.district`
     * - Type string
     */
    district?: string;
    /** Extensions and id for `district` (FHIR JSON primitive extension, see Patient.address.district). */
    _district?: Element;
    /**
     * Postal code for area
     *
     * A postal code designating a region defined by the postal service.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.address.postalCode`
     * - Type string
     */
    postalCode?: string;
    /** Extensions and id for `postalCode` (FHIR JSON primitive extension, see Patient.address.postalCode). */
    _postalCode?: Element;
    /**
     * Country (e.g. can be ISO 3166 2 or 3 letter code)
     *
     * Country - a nation as commonly understood or generally accepted.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.address.country`
     * - Type string
     */
    country?: string;
    /** Extensions and id for `country` (FHIR JSON primitive extension, see Patient.address.country). */
    _country?: Element;
    /**
     * Time period when address was/is in use
     *
     * Time period when address was/is in use.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.address.period`
     * - Type Period
     */
    period?: Period;
}
/**
 * Marital (civil) status of a patient
 *
 * This field contains a patient's most recent marital (civil) status.
 *
 * - Cardinality 0..1
 * - FHIR path `Patient.maritalStatus`
 * - Type CodeableConcept
 * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-MaritalStatus-1 (11 codes: A, D, I, L, M, P, S, T, U, W, UNK)
 */
export interface CareConnectPatient1MaritalStatus {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.maritalStatus.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Patient.maritalStatus.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.maritalStatus.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.maritalStatus.coding`
     * - Type Coding
     */
    coding: [CareConnectPatient1MaritalStatusCoding];
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 1..1
 * - FHIR path `Patient.maritalStatus.coding`
 * - Type Coding
 */
export interface CareConnectPatient1MaritalStatusCoding {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.maritalStatus.coding.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Patient.maritalStatus.coding.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.maritalStatus.coding.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.maritalStatus.coding.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Patient.maritalStatus.coding.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.maritalStatus.coding.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Patient.maritalStatus.coding.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.maritalStatus.coding.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Patient.maritalStatus.coding.display). */
    _display?: Element;
}
/**
 * A contact party (e.g. guardian, partner, friend) for the patient
 *
 * A contact party (e.g. guardian, partner, friend) for the patient.
 *
 * - Cardinality 0..*
 * - FHIR path `Patient.contact`
 * - Type BackboneElement
 */
export interface CareConnectPatient1Contact {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Patient.contact.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.contact.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.contact.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The kind of relationship
     *
     * The nature of the relationship between the patient and the contact person.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.contact.relationship`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/v2-0131 (12 codes: BP, C, CP, E, EP, F, I, N, O, PR, S, U)
     */
    relationship?: CodeableConcept[];
    /**
     * A name associated with the contact person
     *
     * A name associated with the contact person.
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.contact.name`
     * - Type HumanName
     */
    name: CareConnectPatient1ContactName;
    /**
     * A contact detail for the person
     *
     * A contact detail for the person, e.g. a telephone number or an email address.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.contact.telecom`
     * - Type ContactPoint
     */
    telecom?: ContactPoint[];
    /**
     * Address for the contact person
     *
     * Address for the contact person.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.address`
     * - Type Address
     */
    address?: CareConnectPatient1ContactAddress;
    /**
     * male | female | other | unknown
     *
     * Administrative Gender - the gender that the contact person is considered to have for administration and record keeping purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.gender`
     * - Type code
     * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-AdministrativeGender-1 (4 codes: male, female, other, unknown)
     */
    gender?: 'female' | 'male' | 'other' | 'unknown';
    /** Extensions and id for `gender` (FHIR JSON primitive extension, see Patient.contact.gender). */
    _gender?: Element;
    /**
     * Organization that is associated with the contact
     *
     * Organization on behalf of which the contact is acting or for which the contact is working.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.organization`
     * - Type Reference
     */
    organization?: Reference<'Organization'>;
    /**
     * The period during which this contact person or organization is valid to be contacted relating to this patient
     *
     * The period during which this contact person or organization is valid to be contacted relating to this patient.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.period`
     * - Type Period
     */
    period?: Period;
}
/**
 * A name associated with the contact person
 *
 * A name associated with the contact person.
 *
 * - Cardinality 1..1
 * - FHIR path `Patient.contact.name`
 * - Type HumanName
 */
export interface CareConnectPatient1ContactName {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.name.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Patient.contact.name.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.contact.name.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | nickname | anonymous | old | maiden
     *
     * Identifies the purpose for this name.
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.contact.name.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/name-use (7 codes: usual, official, temp, nickname, anonymous, old, maiden)
     */
    use: 'anonymous' | 'maiden' | 'nickname' | 'official' | 'old' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Patient.contact.name.use). */
    _use?: Element;
    /**
     * Text representation of the full name
     *
     * A full text representation of the name.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.name.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Patient.contact.name.text). */
    _text?: Element;
    /**
     * Family name (often called 'Surname')
     *
     * The part of a name that links to the genealogy. In some cultures (e.g. Eritrea) the family name of a son is the first name of his father.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.name.family`
     * - Type string
     */
    family?: string;
    /** Extensions and id for `family` (FHIR JSON primitive extension, see Patient.contact.name.family). */
    _family?: Element;
    /**
     * Given names (not always 'first'). Includes middle names
     *
     * Given name.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.contact.name.given`
     * - Type string
     */
    given?: string[];
    /** Extensions and id for `given` (FHIR JSON primitive extension, see Patient.contact.name.given). */
    _given?: (Element | null)[];
    /**
     * Parts that come before the name
     *
     * Part of the name that is acquired as a title due to academic, legal, employment or nobility status, etc. and that appears at the start of the name.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.contact.name.prefix`
     * - Type string
     */
    prefix?: string[];
    /** Extensions and id for `prefix` (FHIR JSON primitive extension, see Patient.contact.name.prefix). */
    _prefix?: (Element | null)[];
    /**
     * Parts that come after the name
     *
     * Part of the name that is acquired as a title due to academic, legal, employment or nobility status, etc. and that appears at the end of the name.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.contact.name.suffix`
     * - Type string
     */
    suffix?: string[];
    /** Extensions and id for `suffix` (FHIR JSON primitive extension, see Patient.contact.name.suffix). */
    _suffix?: (Element | null)[];
    /**
     * Time period when name was/is in use
     *
     * Indicates the period of time when this name was valid for the named person.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.name.period`
     * - Type Period
     */
    period?: Period;
}
/**
 * Address for the contact person
 *
 * Address for the contact person.
 *
 * - Cardinality 0..1
 * - FHIR path `Patient.contact.address`
 * - Type Address
 */
export interface CareConnectPatient1ContactAddress {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.address.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Patient.contact.address.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.contact.address.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * home | work | temp | old - purpose of this address
     *
     * The purpose of this address.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.address.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/address-use (4 codes: home, work, temp, old)
     */
    use?: 'home' | 'old' | 'temp' | 'work';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Patient.contact.address.use). */
    _use?: Element;
    /**
     * postal | physical | both
     *
     * Distinguishes between physical addresses (those you can visit) and mailing addresses (e.g. PO Boxes and care-of addresses). Most addresses are both.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.address.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/address-type (3 codes: postal, physical, both)
     */
    type?: 'both' | 'physical' | 'postal';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Patient.contact.address.type). */
    _type?: Element;
    /**
     * Text representation of the address
     *
     * A full text representation of the address.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.address.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Patient.contact.address.text). */
    _text?: Element;
    /**
     * Street name, number, direction & P.O. Box etc.
     *
     * This component contains the house number, apartment number, street name, street direction,  P.O. Box number, delivery hints, and similar address information.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.contact.address.line`
     * - Type string
     */
    line?: string[];
    /** Extensions and id for `line` (FHIR JSON primitive extension, see Patient.contact.address.line). */
    _line?: (Element | null)[];
    /**
     * Name of city, town etc.
     *
     * The name of the city, town, village or other community or delivery center.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.address.city`
     * - Type string
     */
    city?: string;
    /** Extensions and id for `city` (FHIR JSON primitive extension, see Patient.contact.address.city). */
    _city?: Element;
    /**
     * District name (aka county)
     *
     * The name of the administrative area (county).
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.address.district`
     * - Type string
     */
    district?: string;
    /** Extensions and id for `district` (FHIR JSON primitive extension, see Patient.contact.address.district). */
    _district?: Element;
    /**
     * Postal code for area
     *
     * A postal code designating a region defined by the postal service.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.address.postalCode`
     * - Type string
     */
    postalCode?: string;
    /** Extensions and id for `postalCode` (FHIR JSON primitive extension, see Patient.contact.address.postalCode). */
    _postalCode?: Element;
    /**
     * Country (e.g. can be ISO 3166 2 or 3 letter code)
     *
     * Country - a nation as commonly understood or generally accepted.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.address.country`
     * - Type string
     */
    country?: string;
    /** Extensions and id for `country` (FHIR JSON primitive extension, see Patient.contact.address.country). */
    _country?: Element;
    /**
     * Time period when address was/is in use
     *
     * Time period when address was/is in use.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.address.period`
     * - Type Period
     */
    period?: Period;
}
/**
 * Link to another patient resource that concerns the same actual person
 *
 * Link to another patient resource that concerns the same actual patient.
 *
 * - Cardinality 0..*
 * - FHIR path `Patient.link`
 * - Type BackboneElement
 */
export interface CareConnectPatient1Link {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.link.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Patient.link.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.link.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.link.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The other patient or related person resource that the link refers to
     *
     * The other patient resource that the link refers to.
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.link.other`
     * - Type Reference
     */
    other: Reference<'Patient' | 'RelatedPerson'>;
    /**
     * replaced-by | replaces | refer | seealso - type of link
     *
     * The type of link between this patient resource and another patient resource.
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.link.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/link-type (4 codes: replaced-by, replaces, refer, seealso)
     */
    type: 'refer' | 'replaced-by' | 'replaces' | 'seealso';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Patient.link.type). */
    _type?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectPatient1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPatient1IdentifierNhsNumber(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPatient1IdentifierLocalIdentifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPatient1Telecom(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPatient1Address(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPatient1MaritalStatus(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPatient1Contact(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPatient1Link(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPatient1MaritalStatusCoding(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPatient1ContactName(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPatient1ContactAddress(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-Patient-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Patient-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectPatient1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectPatient1} with the same options reports no error or fatal issue: CareConnect-Patient-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Patient-1 version 1.0.0). */
export declare function isCareConnectPatient1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectPatient1;
/** Input of {@link buildCareConnectPatient1}: a {@link CareConnectPatient1} without what the builder fills in. */
export type CareConnectPatient1Input = BuilderInput<CareConnectPatient1, 'resourceType', {
    meta?: ProfiledMetaInput<CareConnectPatient1['meta']>;
    name: [
        CareConnectPatient1NameOfficialInput,
        ...(CareConnectPatient1NameOfficial | CareConnectPatient1NameOther | HumanName)[]
    ];
}>;
/** Input of {@link CareConnectPatient1IdentifierLocalIdentifier} (`Patient.identifier:localIdentifier`): what the builder fills may be left out. */
export type CareConnectPatient1IdentifierLocalIdentifierInput = BuilderInput<CareConnectPatient1IdentifierLocalIdentifier, 'system'>;
/** Input of {@link CareConnectPatient1IdentifierNhsNumber} (`Patient.identifier:nhsNumber`): what the builder fills may be left out. */
export type CareConnectPatient1IdentifierNhsNumberInput = BuilderInput<CareConnectPatient1IdentifierNhsNumber, 'system', {
    extension: [
        ExtensionCareConnectNHSNumberVerificationStatus1Input,
        ...(ExtensionCareConnectNHSNumberVerificationStatus1 | Extension)[]
    ];
}>;
/** Input of {@link CareConnectPatient1NameOfficial} (`Patient.name:official`): what the builder fills may be left out. */
export type CareConnectPatient1NameOfficialInput = BuilderInput<CareConnectPatient1NameOfficial, 'use'>;
/**
 * Builds a {@link CareConnectPatient1} (CareConnect-Patient-1, https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Patient-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Patient"
 * - `meta.profile`: adds https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Patient-1
 * - the leading items of `name`, which must be the required slices in this order: `Patient.name:official`
 *
 * The result is checked with {@link validateCareConnectPatient1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectPatient1(input: CareConnectPatient1Input): CareConnectPatient1;
/**
 * Makes a `Patient.identifier:nhsNumber` item (slice `nhsNumber`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "https://fhir.nhs.uk/Id/nhs-number"
 * - the leading items of `extension`, which must be the required slices in this order: `Patient.identifier:nhsNumber.extension:nhsNumberVerificationStatus`
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectPatient1IdentifierNhsNumber(input: CareConnectPatient1IdentifierNhsNumberInput): CareConnectPatient1IdentifierNhsNumber;
/**
 * Makes a `Patient.identifier:localIdentifier` item (slice `localIdentifier`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "https://fhir.nhs.uk/Id/local-patient-identifier"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectPatient1IdentifierLocalIdentifier(input: CareConnectPatient1IdentifierLocalIdentifierInput): CareConnectPatient1IdentifierLocalIdentifier;
/**
 * Makes a `Patient.name:official` item (slice `official`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `use`: "official"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectPatient1NameOfficial(input: CareConnectPatient1NameOfficialInput): CareConnectPatient1NameOfficial;
