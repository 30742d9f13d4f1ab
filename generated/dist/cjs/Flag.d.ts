import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Flag
 *
 * Base StructureDefinition for Flag Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Flag
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Flag {
    /** The FHIR resource type. */
    resourceType: 'Flag';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Flag.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Flag.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Flag.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Flag.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Flag.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Flag.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Flag.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Flag.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Flag.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Flag.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Flag.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business identifier
     *
     * Identifier assigned to the flag for external use (outside the FHIR environment).
     *
     * - Cardinality 0..*
     * - FHIR path `Flag.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | inactive | entered-in-error
     *
     * Supports basic workflow.
     *
     * - Cardinality 1..1
     * - FHIR path `Flag.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/flag-status (3 codes: active, inactive, entered-in-error)
     */
    status: 'active' | 'entered-in-error' | 'inactive';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Flag.status). */
    _status?: Element;
    /**
     * Clinical, administrative, etc.
     *
     * Allows an flag to be divided into different categories like clinical, administrative etc. Intended to be used as a means of filtering which flags are displayed to particular user or in a given context.
     *
     * - Cardinality 0..1
     * - FHIR path `Flag.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/flag-category (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept;
    /**
     * Coded or textual message to display to user
     *
     * The coded value or textual component of the flag to display to the user.
     *
     * - Cardinality 1..1
     * - FHIR path `Flag.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/flag-code (codes not enumerable here: example binding: not checked)
     */
    code: CodeableConcept;
    /**
     * Who/What is flag about?
     *
     * The patient, location, group , organization , or practitioner, etc. this is about record this flag is associated with.
     *
     * - Cardinality 1..1
     * - FHIR path `Flag.subject`
     * - Type Reference
     */
    subject: Reference<'Group' | 'Location' | 'Medication' | 'Organization' | 'Patient' | 'PlanDefinition' | 'Practitioner' | 'Procedure'>;
    /**
     * Time period when flag is active
     *
     * The period of time from the activation of the flag to inactivation of the flag. If the flag is active, the end of the period should be unspecified.
     *
     * - Cardinality 0..1
     * - FHIR path `Flag.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Alert relevant during encounter
     *
     * This alert is only relevant during the encounter.
     *
     * - Cardinality 0..1
     * - FHIR path `Flag.encounter`
     * - Type Reference
     */
    encounter?: Reference<'Encounter'>;
    /**
     * Flag creator
     *
     * The person, organization or device that created the flag.
     *
     * - Cardinality 0..1
     * - FHIR path `Flag.author`
     * - Type Reference
     */
    author?: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkFlag(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Flag (http://hl7.org/fhir/StructureDefinition/Flag).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateFlag(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateFlag} with the same options reports no error or fatal issue: Flag (http://hl7.org/fhir/StructureDefinition/Flag). */
export declare function isFlag(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Flag;
/** Input of {@link buildFlag}: a {@link Flag} without what the builder fills in. */
export type FlagInput = BuilderInput<Flag, 'resourceType'>;
/**
 * Builds a {@link Flag} (Flag, http://hl7.org/fhir/StructureDefinition/Flag).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Flag"
 *
 * The result is checked with {@link validateFlag}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildFlag(input: FlagInput): Flag;
