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
 * RelatedPerson
 *
 * Base StructureDefinition for RelatedPerson Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/RelatedPerson
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface RelatedPerson {
    /** The FHIR resource type. */
    resourceType: 'RelatedPerson';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `RelatedPerson.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see RelatedPerson.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `RelatedPerson.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `RelatedPerson.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see RelatedPerson.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `RelatedPerson.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see RelatedPerson.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `RelatedPerson.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `RelatedPerson.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `RelatedPerson.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `RelatedPerson.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * A human identifier for this person
     *
     * Identifier for a person within a particular scope.
     *
     * - Cardinality 0..*
     * - FHIR path `RelatedPerson.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Whether this related person's record is in active use
     *
     * Whether this related person record is in active use.
     *
     * - Cardinality 0..1
     * - FHIR path `RelatedPerson.active`
     * - Type boolean
     */
    active?: boolean;
    /** Extensions and id for `active` (FHIR JSON primitive extension, see RelatedPerson.active). */
    _active?: Element;
    /**
     * The patient this person is related to
     *
     * The patient this person is related to.
     *
     * - Cardinality 1..1
     * - FHIR path `RelatedPerson.patient`
     * - Type Reference
     */
    patient: Reference<'Patient'>;
    /**
     * The nature of the relationship
     *
     * The nature of the relationship between a patient and the related person.
     *
     * - Cardinality 0..1
     * - FHIR path `RelatedPerson.relationship`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/relatedperson-relationshiptype (codes not enumerable here: a filter on http://hl7.org/fhir/v3/RoleCode needs a terminology server)
     */
    relationship?: CodeableConcept;
    /**
     * A name associated with the person
     *
     * A name associated with the person.
     *
     * - Cardinality 0..*
     * - FHIR path `RelatedPerson.name`
     * - Type HumanName
     */
    name?: HumanName[];
    /**
     * A contact detail for the person
     *
     * A contact detail for the person, e.g. a telephone number or an email address.
     *
     * - Cardinality 0..*
     * - FHIR path `RelatedPerson.telecom`
     * - Type ContactPoint
     */
    telecom?: ContactPoint[];
    /**
     * male | female | other | unknown
     *
     * Administrative Gender - the gender that the person is considered to have for administration and record keeping purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `RelatedPerson.gender`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/administrative-gender (4 codes: male, female, other, unknown)
     */
    gender?: 'female' | 'male' | 'other' | 'unknown';
    /** Extensions and id for `gender` (FHIR JSON primitive extension, see RelatedPerson.gender). */
    _gender?: Element;
    /**
     * The date on which the related person was born
     *
     * The date on which the related person was born.
     *
     * - Cardinality 0..1
     * - FHIR path `RelatedPerson.birthDate`
     * - Type date
     */
    birthDate?: string;
    /** Extensions and id for `birthDate` (FHIR JSON primitive extension, see RelatedPerson.birthDate). */
    _birthDate?: Element;
    /**
     * Address where the related person can be contacted or visited
     *
     * Address where the related person can be contacted or visited.
     *
     * - Cardinality 0..*
     * - FHIR path `RelatedPerson.address`
     * - Type Address
     */
    address?: Address[];
    /**
     * Image of the person
     *
     * Image of the person.
     *
     * - Cardinality 0..*
     * - FHIR path `RelatedPerson.photo`
     * - Type Attachment
     */
    photo?: Attachment[];
    /**
     * Period of time that this relationship is considered valid
     *
     * The period of time that this relationship is considered to be valid. If there are no dates defined, then the interval is unknown.
     *
     * - Cardinality 0..1
     * - FHIR path `RelatedPerson.period`
     * - Type Period
     */
    period?: Period;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkRelatedPerson(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against RelatedPerson (http://hl7.org/fhir/StructureDefinition/RelatedPerson).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateRelatedPerson(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateRelatedPerson} with the same options reports no error or fatal issue: RelatedPerson (http://hl7.org/fhir/StructureDefinition/RelatedPerson). */
export declare function isRelatedPerson(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is RelatedPerson;
/** Input of {@link buildRelatedPerson}: a {@link RelatedPerson} without what the builder fills in. */
export type RelatedPersonInput = BuilderInput<RelatedPerson, 'resourceType'>;
/**
 * Builds a {@link RelatedPerson} (RelatedPerson, http://hl7.org/fhir/StructureDefinition/RelatedPerson).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "RelatedPerson"
 *
 * The result is checked with {@link validateRelatedPerson}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildRelatedPerson(input: RelatedPersonInput): RelatedPerson;
