import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactDetail } from './ContactDetail.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
import { type UsageContext } from './UsageContext.js';
import { type ValueSetCompose, type ValueSetExpansion } from './ValueSet.js';
/**
 * Shareable ValueSet
 *
 * Enforces the minimum information set for the value set metadata required by HL7 and other organisations that share and publish value sets
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/shareablevalueset
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of ValueSet
 */
export interface ShareableValueSet {
    /** The FHIR resource type. */
    resourceType: 'ValueSet';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ValueSet.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ValueSet.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ValueSet.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this value set (globally unique)
     *
     * An absolute URI that is used to identify this value set when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this value set is (or will be) published. The URL SHOULD include the major version of the value set. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 1..1
     * - FHIR path `ValueSet.url`
     * - Type uri
     */
    url: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see ValueSet.url). */
    _url?: Element;
    /**
     * Additional identifier for the value set
     *
     * A formal identifier that is used to identify this value set when it is represented in other formats, or referenced in a specification, model, design or an instance.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Business version of the value set
     *
     * The identifier that is used to identify this version of the value set when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the value set author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence.
     *
     * - Cardinality 1..1
     * - FHIR path `ValueSet.version`
     * - Type string
     */
    version: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see ValueSet.version). */
    _version?: Element;
    /**
     * Name for this value set (computer friendly)
     *
     * A natural language name identifying the value set. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 1..1
     * - FHIR path `ValueSet.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see ValueSet.name). */
    _name?: Element;
    /**
     * Name for this value set (human friendly)
     *
     * A short, descriptive, user-friendly title for the value set.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see ValueSet.title). */
    _title?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this value set. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `ValueSet.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see ValueSet.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this value set is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 1..1
     * - FHIR path `ValueSet.experimental`
     * - Type boolean
     */
    experimental: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see ValueSet.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the value set was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the value set changes. (e.g. the 'content logical definition').
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see ValueSet.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the value set.
     *
     * - Cardinality 1..1
     * - FHIR path `ValueSet.publisher`
     * - Type string
     */
    publisher: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see ValueSet.publisher). */
    _publisher?: Element;
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Natural language description of the value set
     *
     * A free text natural language description of the value set from a consumer's perspective.
     *
     * - Cardinality 1..1
     * - FHIR path `ValueSet.description`
     * - Type markdown
     */
    description: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ValueSet.description). */
    _description?: Element;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate value set instances.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for value set (if applicable)
     *
     * A legal or geographic region in which the value set is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * Indicates whether or not any change to the content logical definition may occur
     *
     * If this is set to 'true', then no new versions of the content logical definition can be created.  Note: Other metadata might still change.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.immutable`
     * - Type boolean
     */
    immutable?: boolean;
    /** Extensions and id for `immutable` (FHIR JSON primitive extension, see ValueSet.immutable). */
    _immutable?: Element;
    /**
     * Why this value set is defined
     *
     * Explaination of why this value set is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see ValueSet.purpose). */
    _purpose?: Element;
    /**
     * Use and/or publishing restrictions
     *
     * A copyright statement relating to the value set and/or its contents. Copyright statements are generally legal restrictions on the use and publishing of the value set.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.copyright`
     * - Type markdown
     */
    copyright?: string;
    /** Extensions and id for `copyright` (FHIR JSON primitive extension, see ValueSet.copyright). */
    _copyright?: Element;
    /**
     * Whether this is intended to be used with an extensible binding
     *
     * Whether this is intended to be used with an extensible binding or not.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.extensible`
     * - Type boolean
     */
    extensible?: boolean;
    /** Extensions and id for `extensible` (FHIR JSON primitive extension, see ValueSet.extensible). */
    _extensible?: Element;
    /**
     * Definition of the content of the value set (CLD)
     *
     * A set of criteria that define the content logical definition of the value set by including or excluding codes from outside this value set. This I also known as the "Content Logical Definition" (CLD).
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.compose`
     * - Type BackboneElement
     */
    compose?: ValueSetCompose;
    /**
     * Used when the value set is "expanded"
     *
     * A value set can also be "expanded", where the value set is turned into a simple collection of enumerated codes. This element holds the expansion, if it has been performed.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion`
     * - Type BackboneElement
     */
    expansion?: ValueSetExpansion;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkShareableValueSet(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Shareable ValueSet (http://hl7.org/fhir/StructureDefinition/shareablevalueset).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateShareableValueSet(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateShareableValueSet} with the same options reports no error or fatal issue: Shareable ValueSet (http://hl7.org/fhir/StructureDefinition/shareablevalueset). */
export declare function isShareableValueSet(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ShareableValueSet;
/** Input of {@link buildShareableValueSet}: a {@link ShareableValueSet} without what the builder fills in. */
export type ShareableValueSetInput = BuilderInput<ShareableValueSet, 'resourceType', {
    meta?: ProfiledMetaInput<ShareableValueSet['meta']>;
}>;
/**
 * Builds a {@link ShareableValueSet} (Shareable ValueSet, http://hl7.org/fhir/StructureDefinition/shareablevalueset).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ValueSet"
 * - `meta.profile`: adds http://hl7.org/fhir/StructureDefinition/shareablevalueset
 *
 * The result is checked with {@link validateShareableValueSet}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildShareableValueSet(input: ShareableValueSetInput): ShareableValueSet;
