import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactDetail } from './ContactDetail.js';
import { type Contributor } from './Contributor.js';
import { type DataRequirement } from './DataRequirement.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type ParameterDefinition } from './ParameterDefinition.js';
import { type Period } from './Period.js';
import { type RelatedArtifact } from './RelatedArtifact.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type UsageContext } from './UsageContext.js';
/**
 * Library
 *
 * Base StructureDefinition for Library Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Library
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Library {
    /** The FHIR resource type. */
    resourceType: 'Library';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Library.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Library.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Library.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Library.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Library.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Library.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this library (globally unique)
     *
     * An absolute URI that is used to identify this library when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this library is (or will be) published. The URL SHOULD include the major version of the library. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 0..1
     * - FHIR path `Library.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Library.url). */
    _url?: Element;
    /**
     * Additional identifier for the library
     *
     * A formal identifier that is used to identify this library when it is represented in other formats, or referenced in a specification, model, design or an instance. e.g. CMS or NQF identifiers for a measure artifact. Note that at least one identifier is required for non-experimental active artifacts.
     *
     * - Cardinality 0..*
     * - FHIR path `Library.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Business version of the library
     *
     * The identifier that is used to identify this version of the library when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the library author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence. To provide a version consistent with the Decision Support Service specification, use the format Major.Minor.Revision (e.g. 1.0.0). For more information on versioning knowledge assets, refer to the Decision Support Service specification. Note that a version is required for non-experimental active artifacts.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see Library.version). */
    _version?: Element;
    /**
     * Name for this library (computer friendly)
     *
     * A natural language name identifying the library. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see Library.name). */
    _name?: Element;
    /**
     * Name for this library (human friendly)
     *
     * A short, descriptive, user-friendly title for the library.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see Library.title). */
    _title?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this library. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `Library.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Library.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this library is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see Library.experimental). */
    _experimental?: Element;
    /**
     * logic-library | model-definition | asset-collection | module-definition
     *
     * Identifies the type of library such as a Logic Library, Model Definition, Asset Collection, or Module Definition.
     *
     * - Cardinality 1..1
     * - FHIR path `Library.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/library-type (4 codes: logic-library, model-definition, asset-collection, module-definition)
     */
    type: CodeableConcept;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the library was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the library changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see Library.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the library.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see Library.publisher). */
    _publisher?: Element;
    /**
     * Natural language description of the library
     *
     * A free text natural language description of the library from a consumer's perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see Library.description). */
    _description?: Element;
    /**
     * Why this library is defined
     *
     * Explaination of why this library is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see Library.purpose). */
    _purpose?: Element;
    /**
     * Describes the clinical usage of the library
     *
     * A detailed description of how the library is used from a clinical perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.usage`
     * - Type string
     */
    usage?: string;
    /** Extensions and id for `usage` (FHIR JSON primitive extension, see Library.usage). */
    _usage?: Element;
    /**
     * When the library was approved by publisher
     *
     * The date on which the resource content was approved by the publisher. Approval happens once when the content is officially approved for usage.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.approvalDate`
     * - Type date
     */
    approvalDate?: string;
    /** Extensions and id for `approvalDate` (FHIR JSON primitive extension, see Library.approvalDate). */
    _approvalDate?: Element;
    /**
     * When the library was last reviewed
     *
     * The date on which the resource content was last reviewed. Review happens periodically after approval, but doesn't change the original approval date.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.lastReviewDate`
     * - Type date
     */
    lastReviewDate?: string;
    /** Extensions and id for `lastReviewDate` (FHIR JSON primitive extension, see Library.lastReviewDate). */
    _lastReviewDate?: Element;
    /**
     * When the library is expected to be used
     *
     * The period during which the library content was or is planned to be in active use.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.effectivePeriod`
     * - Type Period
     */
    effectivePeriod?: Period;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate library instances.
     *
     * - Cardinality 0..*
     * - FHIR path `Library.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for library (if applicable)
     *
     * A legal or geographic region in which the library is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `Library.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * E.g. Education, Treatment, Assessment, etc
     *
     * Descriptive topics related to the content of the library. Topics provide a high-level categorization of the library that can be useful for filtering and searching.
     *
     * - Cardinality 0..*
     * - FHIR path `Library.topic`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/definition-topic (codes not enumerable here: example binding: not checked)
     */
    topic?: CodeableConcept[];
    /**
     * A content contributor
     *
     * A contributor to the content of the library, including authors, editors, reviewers, and endorsers.
     *
     * - Cardinality 0..*
     * - FHIR path `Library.contributor`
     * - Type Contributor
     */
    contributor?: Contributor[];
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `Library.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Use and/or publishing restrictions
     *
     * A copyright statement relating to the library and/or its contents. Copyright statements are generally legal restrictions on the use and publishing of the library.
     *
     * - Cardinality 0..1
     * - FHIR path `Library.copyright`
     * - Type markdown
     */
    copyright?: string;
    /** Extensions and id for `copyright` (FHIR JSON primitive extension, see Library.copyright). */
    _copyright?: Element;
    /**
     * Additional documentation, citations, etc.
     *
     * Related artifacts such as additional documentation, justification, or bibliographic references.
     *
     * - Cardinality 0..*
     * - FHIR path `Library.relatedArtifact`
     * - Type RelatedArtifact
     */
    relatedArtifact?: RelatedArtifact[];
    /**
     * Parameters defined by the library
     *
     * The parameter element defines parameters used by the library.
     *
     * - Cardinality 0..*
     * - FHIR path `Library.parameter`
     * - Type ParameterDefinition
     */
    parameter?: ParameterDefinition[];
    /**
     * What data is referenced by this library
     *
     * Describes a set of data that must be provided in order to be able to successfully perform the computations defined by the library.
     *
     * - Cardinality 0..*
     * - FHIR path `Library.dataRequirement`
     * - Type DataRequirement
     */
    dataRequirement?: DataRequirement[];
    /**
     * Contents of the library, either embedded or referenced
     *
     * The content of the library as an Attachment. The content may be a reference to a url, or may be directly embedded as a base-64 string. Either way, the contentType of the attachment determines how to interpret the content.
     *
     * - Cardinality 0..*
     * - FHIR path `Library.content`
     * - Type Attachment
     */
    content?: Attachment[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkLibrary(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Library (http://hl7.org/fhir/StructureDefinition/Library).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateLibrary(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateLibrary} with the same options reports no error or fatal issue: Library (http://hl7.org/fhir/StructureDefinition/Library). */
export declare function isLibrary(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Library;
/** Input of {@link buildLibrary}: a {@link Library} without what the builder fills in. */
export type LibraryInput = BuilderInput<Library, 'resourceType'>;
/**
 * Builds a {@link Library} (Library, http://hl7.org/fhir/StructureDefinition/Library).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Library"
 *
 * The result is checked with {@link validateLibrary}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildLibrary(input: LibraryInput): Library;
