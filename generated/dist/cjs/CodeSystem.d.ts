import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type ContactDetail } from './ContactDetail.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type UsageContext } from './UsageContext.js';
/**
 * CodeSystem
 *
 * Base StructureDefinition for CodeSystem Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/CodeSystem
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface CodeSystem {
    /** The FHIR resource type. */
    resourceType: 'CodeSystem';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CodeSystem.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see CodeSystem.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see CodeSystem.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this code system (globally unique) (Coding.system)
     *
     * An absolute URI that is used to identify this code system when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this code system is (or will be) published. The URL SHOULD include the major version of the code system. For more information see [Technical and Business Versions](resource.html#versions). This is used in [Coding]{datatypes.html#Coding}.system.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see CodeSystem.url). */
    _url?: Element;
    /**
     * Additional identifier for the code system
     *
     * A formal identifier that is used to identify this code system when it is represented in other formats, or referenced in a specification, model, design or an instance.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Business version of the code system (Coding.version)
     *
     * The identifier that is used to identify this version of the code system when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the code system author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence. This is used in [Coding]{datatypes.html#Coding}.version.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see CodeSystem.version). */
    _version?: Element;
    /**
     * Name for this code system (computer friendly)
     *
     * A natural language name identifying the code system. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see CodeSystem.name). */
    _name?: Element;
    /**
     * Name for this code system (human friendly)
     *
     * A short, descriptive, user-friendly title for the code system.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see CodeSystem.title). */
    _title?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this code system. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `CodeSystem.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see CodeSystem.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this code system is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see CodeSystem.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the code system was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the code system changes.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see CodeSystem.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the code system.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see CodeSystem.publisher). */
    _publisher?: Element;
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Natural language description of the code system
     *
     * A free text natural language description of the code system from a consumer's perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see CodeSystem.description). */
    _description?: Element;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate code system instances.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for code system (if applicable)
     *
     * A legal or geographic region in which the code system is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * Why this code system is defined
     *
     * Explaination of why this code system is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see CodeSystem.purpose). */
    _purpose?: Element;
    /**
     * Use and/or publishing restrictions
     *
     * A copyright statement relating to the code system and/or its contents. Copyright statements are generally legal restrictions on the use and publishing of the code system.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.copyright`
     * - Type markdown
     */
    copyright?: string;
    /** Extensions and id for `copyright` (FHIR JSON primitive extension, see CodeSystem.copyright). */
    _copyright?: Element;
    /**
     * If code comparison is case sensitive
     *
     * If code comparison is case sensitive when codes within this system are compared to each other.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.caseSensitive`
     * - Type boolean
     */
    caseSensitive?: boolean;
    /** Extensions and id for `caseSensitive` (FHIR JSON primitive extension, see CodeSystem.caseSensitive). */
    _caseSensitive?: Element;
    /**
     * Canonical URL for value set with entire code system
     *
     * Canonical URL of value set that contains the entire code system.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.valueSet`
     * - Type uri
     */
    valueSet?: string;
    /** Extensions and id for `valueSet` (FHIR JSON primitive extension, see CodeSystem.valueSet). */
    _valueSet?: Element;
    /**
     * grouped-by | is-a | part-of | classified-with
     *
     * The meaning of the hierarchy of concepts.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.hierarchyMeaning`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/codesystem-hierarchy-meaning (4 codes: grouped-by, is-a, part-of, classified-with)
     */
    hierarchyMeaning?: 'classified-with' | 'grouped-by' | 'is-a' | 'part-of';
    /** Extensions and id for `hierarchyMeaning` (FHIR JSON primitive extension, see CodeSystem.hierarchyMeaning). */
    _hierarchyMeaning?: Element;
    /**
     * If code system defines a post-composition grammar
     *
     * True If code system defines a post-composition grammar.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.compositional`
     * - Type boolean
     */
    compositional?: boolean;
    /** Extensions and id for `compositional` (FHIR JSON primitive extension, see CodeSystem.compositional). */
    _compositional?: Element;
    /**
     * If definitions are not stable
     *
     * This flag is used to signify that the code system has not (or does not) maintain the definitions, and a version must be specified when referencing this code system.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.versionNeeded`
     * - Type boolean
     */
    versionNeeded?: boolean;
    /** Extensions and id for `versionNeeded` (FHIR JSON primitive extension, see CodeSystem.versionNeeded). */
    _versionNeeded?: Element;
    /**
     * not-present | example | fragment | complete
     *
     * How much of the content of the code system - the concepts and codes it defines - are represented in this resource.
     *
     * - Cardinality 1..1
     * - FHIR path `CodeSystem.content`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/codesystem-content-mode (4 codes: not-present, example, fragment, complete)
     */
    content: 'complete' | 'example' | 'fragment' | 'not-present';
    /** Extensions and id for `content` (FHIR JSON primitive extension, see CodeSystem.content). */
    _content?: Element;
    /**
     * Total concepts in the code system
     *
     * The total number of concepts defined by the code system. Where the code system has a compositional grammar, the count refers to the number of base (primitive) concepts.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.count`
     * - Type unsignedInt
     */
    count?: number;
    /** Extensions and id for `count` (FHIR JSON primitive extension, see CodeSystem.count). */
    _count?: Element;
    /**
     * Filter that can be used in a value set
     *
     * A filter that can be used in a value set compose statement when selecting concepts using a filter.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.filter`
     * - Type BackboneElement
     */
    filter?: CodeSystemFilter[];
    /**
     * Additional information supplied about each concept
     *
     * A property defines an additional slot through which additional information can be provided about a concept.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.property`
     * - Type BackboneElement
     */
    property?: CodeSystemProperty[];
    /**
     * Concepts in the code system
     *
     * Concepts that are in the code system. The concept definitions are inherently hierarchical, but the definitions must be consulted to determine what the meaning of the hierarchical relationships are.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.concept`
     * - Type BackboneElement
     */
    concept?: CodeSystemConcept[];
}
/**
 * Filter that can be used in a value set
 *
 * A filter that can be used in a value set compose statement when selecting concepts using a filter.
 *
 * - Cardinality 0..*
 * - FHIR path `CodeSystem.filter`
 * - Type BackboneElement
 */
export interface CodeSystemFilter {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.filter.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CodeSystem.filter.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.filter.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.filter.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Code that identifies the filter
     *
     * The code that identifies this filter when it is used in the instance.
     *
     * - Cardinality 1..1
     * - FHIR path `CodeSystem.filter.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see CodeSystem.filter.code). */
    _code?: Element;
    /**
     * How or why the filter is used
     *
     * A description of how or why the filter is used.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.filter.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see CodeSystem.filter.description). */
    _description?: Element;
    /**
     * Operators that can be used with filter
     *
     * A list of operators that can be used with the filter.
     *
     * - Cardinality 1..*
     * - FHIR path `CodeSystem.filter.operator`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/filter-operator (9 codes: =, is-a, descendent-of, is-not-a, regex, in, not-in, generalizes, exists)
     */
    operator: [
        '=' | 'descendent-of' | 'exists' | 'generalizes' | 'in' | 'is-a' | 'is-not-a' | 'not-in' | 'regex',
        ...('=' | 'descendent-of' | 'exists' | 'generalizes' | 'in' | 'is-a' | 'is-not-a' | 'not-in' | 'regex')[]
    ];
    /** Extensions and id for `operator` (FHIR JSON primitive extension, see CodeSystem.filter.operator). */
    _operator?: (Element | null)[];
    /**
     * What to use for the value
     *
     * A description of what the value for the filter should be.
     *
     * - Cardinality 1..1
     * - FHIR path `CodeSystem.filter.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see CodeSystem.filter.value). */
    _value?: Element;
}
/**
 * Additional information supplied about each concept
 *
 * A property defines an additional slot through which additional information can be provided about a concept.
 *
 * - Cardinality 0..*
 * - FHIR path `CodeSystem.property`
 * - Type BackboneElement
 */
export interface CodeSystemProperty {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.property.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CodeSystem.property.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.property.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.property.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifies the property on the concepts, and when referred to in operations
     *
     * A code that is used to identify the property. The code is used internally (in CodeSystem.concept.property.code) and also externally, such as in property filters.
     *
     * - Cardinality 1..1
     * - FHIR path `CodeSystem.property.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see CodeSystem.property.code). */
    _code?: Element;
    /**
     * Formal identifier for the property
     *
     * Reference to the formal meaning of the property. One possible source of meaning is the [Concept Properties](codesystem-concept-properties.html) code system.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.property.uri`
     * - Type uri
     */
    uri?: string;
    /** Extensions and id for `uri` (FHIR JSON primitive extension, see CodeSystem.property.uri). */
    _uri?: Element;
    /**
     * Why the property is defined, and/or what it conveys
     *
     * A description of the property- why it is defined, and how its value might be used.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.property.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see CodeSystem.property.description). */
    _description?: Element;
    /**
     * code | Coding | string | integer | boolean | dateTime
     *
     * The type of the property value. Properties of type "code" contain a code defined by the code system (e.g. a reference to anotherr defined concept).
     *
     * - Cardinality 1..1
     * - FHIR path `CodeSystem.property.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/concept-property-type (6 codes: code, Coding, string, integer, boolean, dateTime)
     */
    type: 'boolean' | 'code' | 'Coding' | 'dateTime' | 'integer' | 'string';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see CodeSystem.property.type). */
    _type?: Element;
}
/**
 * Concepts in the code system
 *
 * Concepts that are in the code system. The concept definitions are inherently hierarchical, but the definitions must be consulted to determine what the meaning of the hierarchical relationships are.
 *
 * - Cardinality 0..*
 * - FHIR path `CodeSystem.concept`
 * - Type BackboneElement
 */
export interface CodeSystemConcept {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.concept.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CodeSystem.concept.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.concept.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.concept.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Code that identifies concept
     *
     * A code - a text symbol - that uniquely identifies the concept within the code system.
     *
     * - Cardinality 1..1
     * - FHIR path `CodeSystem.concept.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see CodeSystem.concept.code). */
    _code?: Element;
    /**
     * Text to display to the user
     *
     * A human readable string that is the recommended default way to present this concept to a user.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.concept.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see CodeSystem.concept.display). */
    _display?: Element;
    /**
     * Formal definition
     *
     * The formal definition of the concept. The code system resource does not make formal definitions required, because of the prevalence of legacy systems. However, they are highly recommended, as without them there is no formal meaning associated with the concept.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.concept.definition`
     * - Type string
     */
    definition?: string;
    /** Extensions and id for `definition` (FHIR JSON primitive extension, see CodeSystem.concept.definition). */
    _definition?: Element;
    /**
     * Additional representations for the concept
     *
     * Additional representations for the concept - other languages, aliases, specialized purposes, used for particular purposes, etc.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.concept.designation`
     * - Type BackboneElement
     */
    designation?: CodeSystemConceptDesignation[];
    /**
     * Property value for the concept
     *
     * A property value for this concept.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.concept.property`
     * - Type BackboneElement
     */
    property?: CodeSystemConceptProperty[];
    /**
     * Child Concepts (is-a/contains/categorizes)
     *
     * Defines children of a concept to produce a hierarchy of concepts. The nature of the relationships is variable (is-a/contains/categorizes) - see hierarchyMeaning.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.concept.concept`
     */
    concept?: CodeSystemConcept[];
}
/**
 * Additional representations for the concept
 *
 * Additional representations for the concept - other languages, aliases, specialized purposes, used for particular purposes, etc.
 *
 * - Cardinality 0..*
 * - FHIR path `CodeSystem.concept.designation`
 * - Type BackboneElement
 */
export interface CodeSystemConceptDesignation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.concept.designation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CodeSystem.concept.designation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.concept.designation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.concept.designation.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Human language of the designation
     *
     * The language this designation is defined for.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.concept.designation.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see CodeSystem.concept.designation.language). */
    _language?: Element;
    /**
     * Details how this designation would be used
     *
     * A code that details how this designation would be used.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.concept.designation.use`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/designation-use (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
     */
    use?: Coding;
    /**
     * The text value for this designation
     *
     * The text value for this designation.
     *
     * - Cardinality 1..1
     * - FHIR path `CodeSystem.concept.designation.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see CodeSystem.concept.designation.value). */
    _value?: Element;
}
/**
 * Property value for the concept
 *
 * A property value for this concept.
 *
 * - Cardinality 0..*
 * - FHIR path `CodeSystem.concept.property`
 * - Type BackboneElement
 */
export interface CodeSystemConceptProperty {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CodeSystem.concept.property.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CodeSystem.concept.property.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.concept.property.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CodeSystem.concept.property.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Reference to CodeSystem.property.code
     *
     * A code that is a reference to CodeSystem.property.code.
     *
     * - Cardinality 1..1
     * - FHIR path `CodeSystem.concept.property.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see CodeSystem.concept.property.code). */
    _code?: Element;
    /**
     * Value of the property for this concept
     *
     * The value of this property.
     *
     * - Cardinality 1..1
     * - FHIR path `CodeSystem.concept.property.value[x]`
     * - Type code | Coding | string | integer | boolean | dateTime
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see CodeSystem.concept.property.value[x]). */
    _valueCode?: Element;
    /**
     * Value of the property for this concept
     *
     * The value of this property.
     *
     * - Cardinality 1..1
     * - FHIR path `CodeSystem.concept.property.value[x]`
     * - Type code | Coding | string | integer | boolean | dateTime
     */
    valueCoding?: Coding;
    /**
     * Value of the property for this concept
     *
     * The value of this property.
     *
     * - Cardinality 1..1
     * - FHIR path `CodeSystem.concept.property.value[x]`
     * - Type code | Coding | string | integer | boolean | dateTime
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see CodeSystem.concept.property.value[x]). */
    _valueString?: Element;
    /**
     * Value of the property for this concept
     *
     * The value of this property.
     *
     * - Cardinality 1..1
     * - FHIR path `CodeSystem.concept.property.value[x]`
     * - Type code | Coding | string | integer | boolean | dateTime
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see CodeSystem.concept.property.value[x]). */
    _valueInteger?: Element;
    /**
     * Value of the property for this concept
     *
     * The value of this property.
     *
     * - Cardinality 1..1
     * - FHIR path `CodeSystem.concept.property.value[x]`
     * - Type code | Coding | string | integer | boolean | dateTime
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see CodeSystem.concept.property.value[x]). */
    _valueBoolean?: Element;
    /**
     * Value of the property for this concept
     *
     * The value of this property.
     *
     * - Cardinality 1..1
     * - FHIR path `CodeSystem.concept.property.value[x]`
     * - Type code | Coding | string | integer | boolean | dateTime
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see CodeSystem.concept.property.value[x]). */
    _valueDateTime?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCodeSystem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCodeSystemFilter(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCodeSystemProperty(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCodeSystemConcept(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCodeSystemConceptDesignation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCodeSystemConceptProperty(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CodeSystem (http://hl7.org/fhir/StructureDefinition/CodeSystem).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCodeSystem(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCodeSystem} with the same options reports no error or fatal issue: CodeSystem (http://hl7.org/fhir/StructureDefinition/CodeSystem). */
export declare function isCodeSystem(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CodeSystem;
/** Input of {@link buildCodeSystem}: a {@link CodeSystem} without what the builder fills in. */
export type CodeSystemInput = BuilderInput<CodeSystem, 'resourceType'>;
/**
 * Builds a {@link CodeSystem} (CodeSystem, http://hl7.org/fhir/StructureDefinition/CodeSystem).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "CodeSystem"
 *
 * The result is checked with {@link validateCodeSystem}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCodeSystem(input: CodeSystemInput): CodeSystem;
