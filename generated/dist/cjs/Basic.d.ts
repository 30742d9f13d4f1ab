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
 * Basic
 *
 * Base StructureDefinition for Basic Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Basic
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Basic {
    /** The FHIR resource type. */
    resourceType: 'Basic';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Basic.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Basic.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Basic.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Basic.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Basic.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Basic.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Basic.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Basic.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Basic.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Basic.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Basic.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business identifier
     *
     * Identifier assigned to the resource for business purposes, outside the context of FHIR.
     *
     * - Cardinality 0..*
     * - FHIR path `Basic.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Kind of Resource
     *
     * Identifies the 'type' of resource - equivalent to the resource name for other resources.
     *
     * - Cardinality 1..1
     * - FHIR path `Basic.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/basic-resource-type (codes not enumerable here: example binding: not checked)
     */
    code: CodeableConcept;
    /**
     * Identifies the focus of this resource
     *
     * Identifies the patient, practitioner, device or any other resource that is the "focus" of this resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Basic.subject`
     * - Type Reference
     */
    subject?: Reference;
    /**
     * When created
     *
     * Identifies when the resource was first created.
     *
     * - Cardinality 0..1
     * - FHIR path `Basic.created`
     * - Type date
     */
    created?: string;
    /** Extensions and id for `created` (FHIR JSON primitive extension, see Basic.created). */
    _created?: Element;
    /**
     * Who created
     *
     * Indicates who was responsible for creating the resource instance.
     *
     * - Cardinality 0..1
     * - FHIR path `Basic.author`
     * - Type Reference
     */
    author?: Reference<'Patient' | 'Practitioner' | 'RelatedPerson'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkBasic(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Basic (http://hl7.org/fhir/StructureDefinition/Basic).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateBasic(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateBasic} with the same options reports no error or fatal issue: Basic (http://hl7.org/fhir/StructureDefinition/Basic). */
export declare function isBasic(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Basic;
/** Input of {@link buildBasic}: a {@link Basic} without what the builder fills in. */
export type BasicInput = BuilderInput<Basic, 'resourceType'>;
/**
 * Builds a {@link Basic} (Basic, http://hl7.org/fhir/StructureDefinition/Basic).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Basic"
 *
 * The result is checked with {@link validateBasic}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildBasic(input: BasicInput): Basic;
