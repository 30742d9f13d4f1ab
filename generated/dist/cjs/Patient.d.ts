import { type Address } from './Address.js';
import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactPoint } from './ContactPoint.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type HumanName } from './HumanName.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Patient
 *
 * Base StructureDefinition for Patient Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Patient
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Patient {
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
    extension?: Extension[];
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
    identifier?: Identifier[];
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
     * - Cardinality 0..*
     * - FHIR path `Patient.name`
     * - Type HumanName
     */
    name?: HumanName[];
    /**
     * A contact detail for the individual
     *
     * A contact detail (e.g. a telephone number or an email address) by which the individual may be contacted.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.telecom`
     * - Type ContactPoint
     */
    telecom?: ContactPoint[];
    /**
     * male | female | other | unknown
     *
     * Administrative Gender - the gender that the patient is considered to have for administration and record keeping purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.gender`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/administrative-gender (4 codes: male, female, other, unknown)
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
    _birthDate?: Element;
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
    address?: Address[];
    /**
     * Marital (civil) status of a patient
     *
     * This field contains a patient's most recent marital (civil) status.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.maritalStatus`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/marital-status (11 codes: A, D, I, L, M, P, S, T, U, W, UNK)
     */
    maritalStatus?: CodeableConcept;
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
     * Image of the patient
     *
     * Image of the patient.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.photo`
     * - Type Attachment
     */
    photo?: Attachment[];
    /**
     * A contact party (e.g. guardian, partner, friend) for the patient
     *
     * A contact party (e.g. guardian, partner, friend) for the patient.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.contact`
     * - Type BackboneElement
     */
    contact?: PatientContact[];
    /**
     * This patient is known to be an animal (non-human)
     *
     * This patient is known to be an animal.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.animal`
     * - Type BackboneElement
     */
    animal?: PatientAnimal;
    /**
     * A list of Languages which may be used to communicate with the patient about his or her health
     *
     * Languages which may be used to communicate with the patient about his or her health.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.communication`
     * - Type BackboneElement
     */
    communication?: PatientCommunication[];
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
    link?: PatientLink[];
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
export interface PatientContact {
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
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.name`
     * - Type HumanName
     */
    name?: HumanName;
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
    address?: Address;
    /**
     * male | female | other | unknown
     *
     * Administrative Gender - the gender that the contact person is considered to have for administration and record keeping purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.contact.gender`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/administrative-gender (4 codes: male, female, other, unknown)
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
 * This patient is known to be an animal (non-human)
 *
 * This patient is known to be an animal.
 *
 * - Cardinality 0..1
 * - FHIR path `Patient.animal`
 * - Type BackboneElement
 */
export interface PatientAnimal {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.animal.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Patient.animal.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.animal.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.animal.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * E.g. Dog, Cow
     *
     * Identifies the high level taxonomic categorization of the kind of animal.
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.animal.species`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/animal-species (codes not enumerable here: example binding: not checked)
     */
    species: CodeableConcept;
    /**
     * E.g. Poodle, Angus
     *
     * Identifies the detailed categorization of the kind of animal.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.animal.breed`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/animal-breeds (codes not enumerable here: example binding: not checked)
     */
    breed?: CodeableConcept;
    /**
     * E.g. Neutered, Intact
     *
     * Indicates the current state of the animal's reproductive organs.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.animal.genderStatus`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/animal-genderstatus (codes not enumerable here: example binding: not checked)
     */
    genderStatus?: CodeableConcept;
}
/**
 * A list of Languages which may be used to communicate with the patient about his or her health
 *
 * Languages which may be used to communicate with the patient about his or her health.
 *
 * - Cardinality 0..*
 * - FHIR path `Patient.communication`
 * - Type BackboneElement
 */
export interface PatientCommunication {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.communication.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Patient.communication.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.communication.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Patient.communication.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The language which can be used to communicate with the patient about his or her health
     *
     * The ISO-639-1 alpha 2 code in lower case for the language, optionally followed by a hyphen and the ISO-3166-1 alpha 2 code for the region in upper case; e.g. "en" for English, or "en-US" for American English versus "en-EN" for England English.
     *
     * - Cardinality 1..1
     * - FHIR path `Patient.communication.language`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language: CodeableConcept;
    /**
     * Language preference indicator
     *
     * Indicates whether or not the patient prefers this language (over other languages he masters up a certain level).
     *
     * - Cardinality 0..1
     * - FHIR path `Patient.communication.preferred`
     * - Type boolean
     */
    preferred?: boolean;
    /** Extensions and id for `preferred` (FHIR JSON primitive extension, see Patient.communication.preferred). */
    _preferred?: Element;
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
export interface PatientLink {
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
export declare function checkPatient(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPatientContact(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPatientAnimal(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPatientCommunication(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPatientLink(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Patient (http://hl7.org/fhir/StructureDefinition/Patient).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validatePatient(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validatePatient} with the same options reports no error or fatal issue: Patient (http://hl7.org/fhir/StructureDefinition/Patient). */
export declare function isPatient(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Patient;
/** Input of {@link buildPatient}: a {@link Patient} without what the builder fills in. */
export type PatientInput = BuilderInput<Patient, 'resourceType'>;
/**
 * Builds a {@link Patient} (Patient, http://hl7.org/fhir/StructureDefinition/Patient).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Patient"
 *
 * The result is checked with {@link validatePatient}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildPatient(input: PatientInput): Patient;
