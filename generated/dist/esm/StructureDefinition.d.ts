import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type ContactDetail } from './ContactDetail.js';
import type { Element } from './Element.js';
import { type ElementDefinition } from './ElementDefinition.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type UsageContext } from './UsageContext.js';
/**
 * StructureDefinition
 *
 * Base StructureDefinition for StructureDefinition Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/StructureDefinition
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface StructureDefinition {
    /** The FHIR resource type. */
    resourceType: 'StructureDefinition';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see StructureDefinition.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see StructureDefinition.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see StructureDefinition.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this structure definition (globally unique)
     *
     * An absolute URI that is used to identify this structure definition when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this structure definition is (or will be) published. The URL SHOULD include the major version of the structure definition. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 1..1
     * - FHIR path `StructureDefinition.url`
     * - Type uri
     */
    url: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see StructureDefinition.url). */
    _url?: Element;
    /**
     * Additional identifier for the structure definition
     *
     * A formal identifier that is used to identify this structure definition when it is represented in other formats, or referenced in a specification, model, design or an instance.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Business version of the structure definition
     *
     * The identifier that is used to identify this version of the structure definition when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the structure definition author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see StructureDefinition.version). */
    _version?: Element;
    /**
     * Name for this structure definition (computer friendly)
     *
     * A natural language name identifying the structure definition. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureDefinition.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see StructureDefinition.name). */
    _name?: Element;
    /**
     * Name for this structure definition (human friendly)
     *
     * A short, descriptive, user-friendly title for the structure definition.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see StructureDefinition.title). */
    _title?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this structure definition. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureDefinition.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see StructureDefinition.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this structure definition is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see StructureDefinition.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the structure definition was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the structure definition changes.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see StructureDefinition.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the structure definition.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see StructureDefinition.publisher). */
    _publisher?: Element;
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Natural language description of the structure definition
     *
     * A free text natural language description of the structure definition from a consumer's perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see StructureDefinition.description). */
    _description?: Element;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate structure definition instances.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for structure definition (if applicable)
     *
     * A legal or geographic region in which the structure definition is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * Why this structure definition is defined
     *
     * Explaination of why this structure definition is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see StructureDefinition.purpose). */
    _purpose?: Element;
    /**
     * Use and/or publishing restrictions
     *
     * A copyright statement relating to the structure definition and/or its contents. Copyright statements are generally legal restrictions on the use and publishing of the structure definition.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.copyright`
     * - Type markdown
     */
    copyright?: string;
    /** Extensions and id for `copyright` (FHIR JSON primitive extension, see StructureDefinition.copyright). */
    _copyright?: Element;
    /**
     * Assist with indexing and finding
     *
     * A set of key words or terms from external terminologies that may be used to assist with indexing and searching of templates.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.keyword`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/profile-code (codes not enumerable here: example binding: not checked)
     */
    keyword?: Coding[];
    /**
     * FHIR Version this StructureDefinition targets
     *
     * The version of the FHIR specification on which this StructureDefinition is based - this is the formal version of the specification, without the revision number, e.g. [publication].[major].[minor], which is 3.0.1 for this version.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.fhirVersion`
     * - Type id
     */
    fhirVersion?: string;
    /** Extensions and id for `fhirVersion` (FHIR JSON primitive extension, see StructureDefinition.fhirVersion). */
    _fhirVersion?: Element;
    /**
     * External specification that the content is mapped to
     *
     * An external specification that the content is mapped to.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.mapping`
     * - Type BackboneElement
     */
    mapping?: StructureDefinitionMapping[];
    /**
     * primitive-type | complex-type | resource | logical
     *
     * Defines the kind of structure that this definition is describing.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureDefinition.kind`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/structure-definition-kind (4 codes: primitive-type, complex-type, resource, logical)
     */
    kind: 'complex-type' | 'logical' | 'primitive-type' | 'resource';
    /** Extensions and id for `kind` (FHIR JSON primitive extension, see StructureDefinition.kind). */
    _kind?: Element;
    /**
     * Whether the structure is abstract
     *
     * Whether structure this definition describes is abstract or not  - that is, whether the structure is not intended to be instantiated. For Resources and Data types, abstract types will never be exchanged  between systems.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureDefinition.abstract`
     * - Type boolean
     */
    abstract: boolean;
    /** Extensions and id for `abstract` (FHIR JSON primitive extension, see StructureDefinition.abstract). */
    _abstract?: Element;
    /**
     * resource | datatype | extension
     *
     * If this is an extension, Identifies the context within FHIR resources where the extension can be used.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.contextType`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/extension-context (3 codes: resource, datatype, extension)
     */
    contextType?: 'datatype' | 'extension' | 'resource';
    /** Extensions and id for `contextType` (FHIR JSON primitive extension, see StructureDefinition.contextType). */
    _contextType?: Element;
    /**
     * Where the extension can be used in instances
     *
     * Identifies the types of resource or data type elements to which the extension can be applied.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.context`
     * - Type string
     */
    context?: string[];
    /** Extensions and id for `context` (FHIR JSON primitive extension, see StructureDefinition.context). */
    _context?: (Element | null)[];
    /**
     * FHIRPath invariants - when the extension can be used
     *
     * A set of rules as Fluent Invariants about when the extension can be used (e.g. co-occurrence variants for the extension).
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.contextInvariant`
     * - Type string
     */
    contextInvariant?: string[];
    /** Extensions and id for `contextInvariant` (FHIR JSON primitive extension, see StructureDefinition.contextInvariant). */
    _contextInvariant?: (Element | null)[];
    /**
     * Type defined or constrained by this structure
     *
     * The type this structure describes. If the derivation kind is 'specialization' then this is the master definition for a type, and there is always one of these (a data type, an extension, a resource, including abstract ones). Otherwise the structure definition is a constraint on the stated type (and in this case, the type cannot be an abstract type).
     *
     * - Cardinality 1..1
     * - FHIR path `StructureDefinition.type`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/defined-types (173 codes: Address, Age, Annotation, Attachment, BackboneElement, CodeableConcept, Coding, ContactDetail, ContactPoint, Contributor, Count, DataRequirement, ...)
     */
    type: string;
    /** Extensions and id for `type` (FHIR JSON primitive extension, see StructureDefinition.type). */
    _type?: Element;
    /**
     * Definition that this type is constrained/specialized from
     *
     * An absolute URI that is the base structure from which this type is derived, either by specialization or constraint.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.baseDefinition`
     * - Type uri
     */
    baseDefinition?: string;
    /** Extensions and id for `baseDefinition` (FHIR JSON primitive extension, see StructureDefinition.baseDefinition). */
    _baseDefinition?: Element;
    /**
     * specialization | constraint - How relates to base definition
     *
     * How the type relates to the baseDefinition.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.derivation`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/type-derivation-rule (2 codes: specialization, constraint)
     */
    derivation?: 'constraint' | 'specialization';
    /** Extensions and id for `derivation` (FHIR JSON primitive extension, see StructureDefinition.derivation). */
    _derivation?: Element;
    /**
     * Snapshot view of the structure
     *
     * A snapshot view is expressed in a stand alone form that can be used and interpreted without considering the base StructureDefinition.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.snapshot`
     * - Type BackboneElement
     */
    snapshot?: StructureDefinitionSnapshot;
    /**
     * Differential view of the structure
     *
     * A differential view is expressed relative to the base StructureDefinition - a statement of differences that it applies.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.differential`
     * - Type BackboneElement
     */
    differential?: StructureDefinitionDifferential;
}
/**
 * External specification that the content is mapped to
 *
 * An external specification that the content is mapped to.
 *
 * - Cardinality 0..*
 * - FHIR path `StructureDefinition.mapping`
 * - Type BackboneElement
 */
export interface StructureDefinitionMapping {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.mapping.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see StructureDefinition.mapping.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.mapping.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.mapping.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Internal id when this mapping is used
     *
     * An Internal id that is used to identify this mapping set when specific mappings are made.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureDefinition.mapping.identity`
     * - Type id
     */
    identity: string;
    /** Extensions and id for `identity` (FHIR JSON primitive extension, see StructureDefinition.mapping.identity). */
    _identity?: Element;
    /**
     * Identifies what this mapping refers to
     *
     * An absolute URI that identifies the specification that this mapping is expressed to.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.mapping.uri`
     * - Type uri
     */
    uri?: string;
    /** Extensions and id for `uri` (FHIR JSON primitive extension, see StructureDefinition.mapping.uri). */
    _uri?: Element;
    /**
     * Names what this mapping refers to
     *
     * A name for the specification that is being mapped to.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.mapping.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see StructureDefinition.mapping.name). */
    _name?: Element;
    /**
     * Versions, Issues, Scope limitations etc.
     *
     * Comments about this mapping, including version notes, issues, scope limitations, and other important notes for usage.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.mapping.comment`
     * - Type string
     */
    comment?: string;
    /** Extensions and id for `comment` (FHIR JSON primitive extension, see StructureDefinition.mapping.comment). */
    _comment?: Element;
}
/**
 * Snapshot view of the structure
 *
 * A snapshot view is expressed in a stand alone form that can be used and interpreted without considering the base StructureDefinition.
 *
 * - Cardinality 0..1
 * - FHIR path `StructureDefinition.snapshot`
 * - Type BackboneElement
 */
export interface StructureDefinitionSnapshot {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.snapshot.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see StructureDefinition.snapshot.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.snapshot.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.snapshot.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Definition of elements in the resource (if no StructureDefinition)
     *
     * Captures constraints on each element within the resource.
     *
     * - Cardinality 1..*
     * - FHIR path `StructureDefinition.snapshot.element`
     * - Type ElementDefinition
     */
    element: [ElementDefinition, ...ElementDefinition[]];
}
/**
 * Differential view of the structure
 *
 * A differential view is expressed relative to the base StructureDefinition - a statement of differences that it applies.
 *
 * - Cardinality 0..1
 * - FHIR path `StructureDefinition.differential`
 * - Type BackboneElement
 */
export interface StructureDefinitionDifferential {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureDefinition.differential.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see StructureDefinition.differential.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.differential.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureDefinition.differential.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Definition of elements in the resource (if no StructureDefinition)
     *
     * Captures constraints on each element within the resource.
     *
     * - Cardinality 1..*
     * - FHIR path `StructureDefinition.differential.element`
     * - Type ElementDefinition
     */
    element: [ElementDefinition, ...ElementDefinition[]];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkStructureDefinition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkStructureDefinitionMapping(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkStructureDefinitionSnapshot(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkStructureDefinitionDifferential(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against StructureDefinition (http://hl7.org/fhir/StructureDefinition/StructureDefinition).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateStructureDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateStructureDefinition} with the same options reports no error or fatal issue: StructureDefinition (http://hl7.org/fhir/StructureDefinition/StructureDefinition). */
export declare function isStructureDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is StructureDefinition;
/** Input of {@link buildStructureDefinition}: a {@link StructureDefinition} without what the builder fills in. */
export type StructureDefinitionInput = BuilderInput<StructureDefinition, 'resourceType'>;
/**
 * Builds a {@link StructureDefinition} (StructureDefinition, http://hl7.org/fhir/StructureDefinition/StructureDefinition).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "StructureDefinition"
 *
 * The result is checked with {@link validateStructureDefinition}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildStructureDefinition(input: StructureDefinitionInput): StructureDefinition;
