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
 * Practitioner
 *
 * Base StructureDefinition for Practitioner Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Practitioner
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Practitioner {
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
    extension?: Extension[];
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
    identifier?: Identifier[];
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
    address?: Address[];
    /**
     * male | female | other | unknown
     *
     * Administrative Gender - the gender that the person is considered to have for administration and record keeping purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `Practitioner.gender`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/administrative-gender (4 codes: male, female, other, unknown)
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
    qualification?: PractitionerQualification[];
    /**
     * A language the practitioner is able to use in patient communication
     *
     * A language the practitioner is able to use in patient communication.
     *
     * - Cardinality 0..*
     * - FHIR path `Practitioner.communication`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    communication?: CodeableConcept[];
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
export interface PractitionerQualification {
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
    identifier?: Identifier[];
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
import * as vrt from './runtime/validate/index.js';
export declare function checkPractitioner(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPractitionerQualification(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Practitioner (http://hl7.org/fhir/StructureDefinition/Practitioner).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validatePractitioner(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validatePractitioner} with the same options reports no error or fatal issue: Practitioner (http://hl7.org/fhir/StructureDefinition/Practitioner). */
export declare function isPractitioner(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Practitioner;
/** Input of {@link buildPractitioner}: a {@link Practitioner} without what the builder fills in. */
export type PractitionerInput = BuilderInput<Practitioner, 'resourceType'>;
/**
 * Builds a {@link Practitioner} (Practitioner, http://hl7.org/fhir/StructureDefinition/Practitioner).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Practitioner"
 *
 * The result is checked with {@link validatePractitioner}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildPractitioner(input: PractitionerInput): Practitioner;
