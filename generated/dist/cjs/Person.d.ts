import { type Address } from './Address.js';
import { type Attachment } from './Attachment.js';
import { type ContactPoint } from './ContactPoint.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type HumanName } from './HumanName.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Person
 *
 * Base StructureDefinition for Person Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Person
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Person {
    /** The FHIR resource type. */
    resourceType: 'Person';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Person.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Person.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Person.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Person.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Person.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Person.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Person.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Person.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Person.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Person.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Person.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * A human identifier for this person
     *
     * Identifier for a person within a particular scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Person.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * A name associated with the person
     *
     * A name associated with the person.
     *
     * - Cardinality 0..*
     * - FHIR path `Person.name`
     * - Type HumanName
     */
    name?: HumanName[];
    /**
     * A contact detail for the person
     *
     * A contact detail for the person, e.g. a telephone number or an email address.
     *
     * - Cardinality 0..*
     * - FHIR path `Person.telecom`
     * - Type ContactPoint
     */
    telecom?: ContactPoint[];
    /**
     * male | female | other | unknown
     *
     * Administrative Gender.
     *
     * - Cardinality 0..1
     * - FHIR path `Person.gender`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/administrative-gender (4 codes: male, female, other, unknown)
     */
    gender?: 'female' | 'male' | 'other' | 'unknown';
    /** Extensions and id for `gender` (FHIR JSON primitive extension, see Person.gender). */
    _gender?: Element;
    /**
     * The date on which the person was born
     *
     * The birth date for the person.
     *
     * - Cardinality 0..1
     * - FHIR path `Person.birthDate`
     * - Type date
     */
    birthDate?: string;
    /** Extensions and id for `birthDate` (FHIR JSON primitive extension, see Person.birthDate). */
    _birthDate?: Element;
    /**
     * One or more addresses for the person
     *
     * One or more addresses for the person.
     *
     * - Cardinality 0..*
     * - FHIR path `Person.address`
     * - Type Address
     */
    address?: Address[];
    /**
     * Image of the person
     *
     * An image that can be displayed as a thumbnail of the person to enhance the identification of the individual.
     *
     * - Cardinality 0..1
     * - FHIR path `Person.photo`
     * - Type Attachment
     */
    photo?: Attachment;
    /**
     * The organization that is the custodian of the person record
     *
     * The organization that is the custodian of the person record.
     *
     * - Cardinality 0..1
     * - FHIR path `Person.managingOrganization`
     * - Type Reference
     */
    managingOrganization?: Reference<'Organization'>;
    /**
     * This person's record is in active use
     *
     * Whether this person's record is in active use.
     *
     * - Cardinality 0..1
     * - FHIR path `Person.active`
     * - Type boolean
     */
    active?: boolean;
    /** Extensions and id for `active` (FHIR JSON primitive extension, see Person.active). */
    _active?: Element;
    /**
     * Link to a resource that concerns the same actual person
     *
     * Link to a resource that concerns the same actual person.
     *
     * - Cardinality 0..*
     * - FHIR path `Person.link`
     * - Type BackboneElement
     */
    link?: PersonLink[];
}
/**
 * Link to a resource that concerns the same actual person
 *
 * Link to a resource that concerns the same actual person.
 *
 * - Cardinality 0..*
 * - FHIR path `Person.link`
 * - Type BackboneElement
 */
export interface PersonLink {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Person.link.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Person.link.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Person.link.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Person.link.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The resource to which this actual person is associated
     *
     * The resource to which this actual person is associated.
     *
     * - Cardinality 1..1
     * - FHIR path `Person.link.target`
     * - Type Reference
     */
    target: Reference<'Patient' | 'Person' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * level1 | level2 | level3 | level4
     *
     * Level of assurance that this link is actually associated with the target resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Person.link.assurance`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identity-assuranceLevel (4 codes: level1, level2, level3, level4)
     */
    assurance?: 'level1' | 'level2' | 'level3' | 'level4';
    /** Extensions and id for `assurance` (FHIR JSON primitive extension, see Person.link.assurance). */
    _assurance?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkPerson(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPersonLink(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Person (http://hl7.org/fhir/StructureDefinition/Person).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validatePerson(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validatePerson} with the same options reports no error or fatal issue: Person (http://hl7.org/fhir/StructureDefinition/Person). */
export declare function isPerson(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Person;
/** Input of {@link buildPerson}: a {@link Person} without what the builder fills in. */
export type PersonInput = BuilderInput<Person, 'resourceType'>;
/**
 * Builds a {@link Person} (Person, http://hl7.org/fhir/StructureDefinition/Person).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Person"
 *
 * The result is checked with {@link validatePerson}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildPerson(input: PersonInput): Person;
