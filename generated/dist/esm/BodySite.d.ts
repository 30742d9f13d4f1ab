import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * BodySite
 *
 * Base StructureDefinition for BodySite Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/BodySite
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface BodySite {
    /** The FHIR resource type. */
    resourceType: 'BodySite';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `BodySite.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see BodySite.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `BodySite.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `BodySite.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see BodySite.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `BodySite.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see BodySite.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `BodySite.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `BodySite.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `BodySite.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `BodySite.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Bodysite identifier
     *
     * Identifier for this instance of the anatomical location.
     *
     * - Cardinality 0..*
     * - FHIR path `BodySite.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Whether this body site record is in active use
     *
     * Whether this body site is in active use.
     *
     * - Cardinality 0..1
     * - FHIR path `BodySite.active`
     * - Type boolean
     */
    active?: boolean;
    /** Extensions and id for `active` (FHIR JSON primitive extension, see BodySite.active). */
    _active?: Element;
    /**
     * Named anatomical location
     *
     * Named anatomical location - ideally coded where possible.
     *
     * - Cardinality 0..1
     * - FHIR path `BodySite.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/body-site (codes not enumerable here: example binding: not checked)
     */
    code?: CodeableConcept;
    /**
     * Modification to location code
     *
     * Qualifier to refine the anatomical location.  These include qualifiers for laterality, relative location, directionality, number, and plane.
     *
     * - Cardinality 0..*
     * - FHIR path `BodySite.qualifier`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/bodysite-relative-location (codes not enumerable here: example binding: not checked)
     */
    qualifier?: CodeableConcept[];
    /**
     * Anatomical location description
     *
     * A summary, charactarization or explanation of the anatomic location.
     *
     * - Cardinality 0..1
     * - FHIR path `BodySite.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see BodySite.description). */
    _description?: Element;
    /**
     * Attached images
     *
     * Image or images used to identify a location.
     *
     * - Cardinality 0..*
     * - FHIR path `BodySite.image`
     * - Type Attachment
     */
    image?: Attachment[];
    /**
     * Who this is about
     *
     * The person to which the body site belongs.
     *
     * - Cardinality 1..1
     * - FHIR path `BodySite.patient`
     * - Type Reference
     */
    patient: Reference<'Patient'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkBodySite(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against BodySite (http://hl7.org/fhir/StructureDefinition/BodySite).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateBodySite(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateBodySite} with the same options reports no error or fatal issue: BodySite (http://hl7.org/fhir/StructureDefinition/BodySite). */
export declare function isBodySite(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is BodySite;
/** Input of {@link buildBodySite}: a {@link BodySite} without what the builder fills in. */
export type BodySiteInput = BuilderInput<BodySite, 'resourceType'>;
/**
 * Builds a {@link BodySite} (BodySite, http://hl7.org/fhir/StructureDefinition/BodySite).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "BodySite"
 *
 * The result is checked with {@link validateBodySite}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildBodySite(input: BodySiteInput): BodySite;
