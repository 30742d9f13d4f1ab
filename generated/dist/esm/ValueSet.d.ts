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
 * ValueSet
 *
 * Base StructureDefinition for ValueSet Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ValueSet
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ValueSet {
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
     * - Cardinality 0..1
     * - FHIR path `ValueSet.url`
     * - Type uri
     */
    url?: string;
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
     * - Cardinality 0..1
     * - FHIR path `ValueSet.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see ValueSet.version). */
    _version?: Element;
    /**
     * Name for this value set (computer friendly)
     *
     * A natural language name identifying the value set. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.name`
     * - Type string
     */
    name?: string;
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
     * - Cardinality 0..1
     * - FHIR path `ValueSet.experimental`
     * - Type boolean
     */
    experimental?: boolean;
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
     * - Cardinality 0..1
     * - FHIR path `ValueSet.publisher`
     * - Type string
     */
    publisher?: string;
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
     * - Cardinality 0..1
     * - FHIR path `ValueSet.description`
     * - Type markdown
     */
    description?: string;
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
/**
 * Definition of the content of the value set (CLD)
 *
 * A set of criteria that define the content logical definition of the value set by including or excluding codes from outside this value set. This I also known as the "Content Logical Definition" (CLD).
 *
 * - Cardinality 0..1
 * - FHIR path `ValueSet.compose`
 * - Type BackboneElement
 */
export interface ValueSetCompose {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.compose.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ValueSet.compose.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.compose.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.compose.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Fixed date for version-less references (transitive)
     *
     * If a locked date is defined, then the Content Logical Definition must be evaluated using the current version as of the locked date for referenced code system(s) and value set instances where ValueSet.compose.include.version is not defined.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.compose.lockedDate`
     * - Type date
     */
    lockedDate?: string;
    /** Extensions and id for `lockedDate` (FHIR JSON primitive extension, see ValueSet.compose.lockedDate). */
    _lockedDate?: Element;
    /**
     * Whether inactive codes are in the value set
     *
     * Whether inactive codes - codes that are not approved for current use - are in the value set. If inactive = true, inactive codes are to be included in the expansion, if inactive = false, the inactive codes will not be included in the expansion. If absent, the behavior is determined by the implementation, or by the applicable ExpansionProfile (but generally, inactive codes would be expected to be included).
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.compose.inactive`
     * - Type boolean
     */
    inactive?: boolean;
    /** Extensions and id for `inactive` (FHIR JSON primitive extension, see ValueSet.compose.inactive). */
    _inactive?: Element;
    /**
     * Include one or more codes from a code system or other value set(s)
     *
     * Include one or more codes from a code system or other value set(s).
     *
     * - Cardinality 1..*
     * - FHIR path `ValueSet.compose.include`
     * - Type BackboneElement
     */
    include: [ValueSetComposeInclude, ...ValueSetComposeInclude[]];
    /**
     * Explicitly exclude codes from a code system or other value sets
     *
     * Exclude one or more codes from the value set based on code system filters and/or other value sets.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.compose.exclude`
     */
    exclude?: ValueSetComposeInclude[];
}
/**
 * Include one or more codes from a code system or other value set(s)
 *
 * Include one or more codes from a code system or other value set(s).
 *
 * - Cardinality 1..*
 * - FHIR path `ValueSet.compose.include`
 * - Type BackboneElement
 */
export interface ValueSetComposeInclude {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.compose.include.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ValueSet.compose.include.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.compose.include.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.compose.include.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The system the codes come from
     *
     * An absolute URI which is the code system from which the selected codes come from.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.compose.include.system`
     * - Type uri
     */
    system?: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see ValueSet.compose.include.system). */
    _system?: Element;
    /**
     * Specific version of the code system referred to
     *
     * The version of the code system that the codes are selected from.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.compose.include.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see ValueSet.compose.include.version). */
    _version?: Element;
    /**
     * A concept defined in the system
     *
     * Specifies a concept to be included or excluded.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.compose.include.concept`
     * - Type BackboneElement
     */
    concept?: ValueSetComposeIncludeConcept[];
    /**
     * Select codes/concepts by their properties (including relationships)
     *
     * Select concepts by specify a matching criteria based on the properties (including relationships) defined by the system. If multiple filters are specified, they SHALL all be true.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.compose.include.filter`
     * - Type BackboneElement
     */
    filter?: ValueSetComposeIncludeFilter[];
    /**
     * Select only contents included in this value set
     *
     * Selects concepts found in this value set. This is an absolute URI that is a reference to ValueSet.url.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.compose.include.valueSet`
     * - Type uri
     */
    valueSet?: string[];
    /** Extensions and id for `valueSet` (FHIR JSON primitive extension, see ValueSet.compose.include.valueSet). */
    _valueSet?: (Element | null)[];
}
/**
 * A concept defined in the system
 *
 * Specifies a concept to be included or excluded.
 *
 * - Cardinality 0..*
 * - FHIR path `ValueSet.compose.include.concept`
 * - Type BackboneElement
 */
export interface ValueSetComposeIncludeConcept {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.compose.include.concept.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ValueSet.compose.include.concept.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.compose.include.concept.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.compose.include.concept.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Code or expression from system
     *
     * Specifies a code for the concept to be included or excluded.
     *
     * - Cardinality 1..1
     * - FHIR path `ValueSet.compose.include.concept.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see ValueSet.compose.include.concept.code). */
    _code?: Element;
    /**
     * Text to display for this code for this value set in this valueset
     *
     * The text to display to the user for this concept in the context of this valueset. If no display is provided, then applications using the value set use the display specified for the code by the system.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.compose.include.concept.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see ValueSet.compose.include.concept.display). */
    _display?: Element;
    /**
     * Additional representations for this concept
     *
     * Additional representations for this concept when used in this value set - other languages, aliases, specialized purposes, used for particular purposes, etc.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.compose.include.concept.designation`
     * - Type BackboneElement
     */
    designation?: ValueSetComposeIncludeConceptDesignation[];
}
/**
 * Additional representations for this concept
 *
 * Additional representations for this concept when used in this value set - other languages, aliases, specialized purposes, used for particular purposes, etc.
 *
 * - Cardinality 0..*
 * - FHIR path `ValueSet.compose.include.concept.designation`
 * - Type BackboneElement
 */
export interface ValueSetComposeIncludeConceptDesignation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.compose.include.concept.designation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ValueSet.compose.include.concept.designation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.compose.include.concept.designation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.compose.include.concept.designation.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Human language of the designation
     *
     * The language this designation is defined for.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.compose.include.concept.designation.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ValueSet.compose.include.concept.designation.language). */
    _language?: Element;
    /**
     * Details how this designation would be used
     *
     * A code that details how this designation would be used.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.compose.include.concept.designation.use`
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
     * - FHIR path `ValueSet.compose.include.concept.designation.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see ValueSet.compose.include.concept.designation.value). */
    _value?: Element;
}
/**
 * Select codes/concepts by their properties (including relationships)
 *
 * Select concepts by specify a matching criteria based on the properties (including relationships) defined by the system. If multiple filters are specified, they SHALL all be true.
 *
 * - Cardinality 0..*
 * - FHIR path `ValueSet.compose.include.filter`
 * - Type BackboneElement
 */
export interface ValueSetComposeIncludeFilter {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.compose.include.filter.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ValueSet.compose.include.filter.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.compose.include.filter.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.compose.include.filter.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * A property defined by the code system
     *
     * A code that identifies a property defined in the code system.
     *
     * - Cardinality 1..1
     * - FHIR path `ValueSet.compose.include.filter.property`
     * - Type code
     */
    property: string;
    /** Extensions and id for `property` (FHIR JSON primitive extension, see ValueSet.compose.include.filter.property). */
    _property?: Element;
    /**
     * = | is-a | descendent-of | is-not-a | regex | in | not-in | generalizes | exists
     *
     * The kind of operation to perform as a part of the filter criteria.
     *
     * - Cardinality 1..1
     * - FHIR path `ValueSet.compose.include.filter.op`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/filter-operator (9 codes: =, is-a, descendent-of, is-not-a, regex, in, not-in, generalizes, exists)
     */
    op: '=' | 'descendent-of' | 'exists' | 'generalizes' | 'in' | 'is-a' | 'is-not-a' | 'not-in' | 'regex';
    /** Extensions and id for `op` (FHIR JSON primitive extension, see ValueSet.compose.include.filter.op). */
    _op?: Element;
    /**
     * Code from the system, or regex criteria, or boolean value for exists
     *
     * The match value may be either a code defined by the system, or a string value, which is a regex match on the literal string of the property value when the operation is 'regex', or one of the values (true and false), when the operation is 'exists'.
     *
     * - Cardinality 1..1
     * - FHIR path `ValueSet.compose.include.filter.value`
     * - Type code
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see ValueSet.compose.include.filter.value). */
    _value?: Element;
}
/**
 * Used when the value set is "expanded"
 *
 * A value set can also be "expanded", where the value set is turned into a simple collection of enumerated codes. This element holds the expansion, if it has been performed.
 *
 * - Cardinality 0..1
 * - FHIR path `ValueSet.expansion`
 * - Type BackboneElement
 */
export interface ValueSetExpansion {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ValueSet.expansion.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.expansion.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.expansion.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Uniquely identifies this expansion
     *
     * An identifier that uniquely identifies this expansion of the valueset. Systems may re-use the same identifier as long as the expansion and the definition remain the same, but are not required to do so.
     *
     * - Cardinality 1..1
     * - FHIR path `ValueSet.expansion.identifier`
     * - Type uri
     */
    identifier: string;
    /** Extensions and id for `identifier` (FHIR JSON primitive extension, see ValueSet.expansion.identifier). */
    _identifier?: Element;
    /**
     * Time ValueSet expansion happened
     *
     * The time at which the expansion was produced by the expanding system.
     *
     * - Cardinality 1..1
     * - FHIR path `ValueSet.expansion.timestamp`
     * - Type dateTime
     */
    timestamp: string;
    /** Extensions and id for `timestamp` (FHIR JSON primitive extension, see ValueSet.expansion.timestamp). */
    _timestamp?: Element;
    /**
     * Total number of codes in the expansion
     *
     * The total number of concepts in the expansion. If the number of concept nodes in this resource is less than the stated number, then the server can return more using the offset parameter.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.total`
     * - Type integer
     */
    total?: number;
    /** Extensions and id for `total` (FHIR JSON primitive extension, see ValueSet.expansion.total). */
    _total?: Element;
    /**
     * Offset at which this resource starts
     *
     * If paging is being used, the offset at which this resource starts.  I.e. this resource is a partial view into the expansion. If paging is not being used, this element SHALL not be present.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.offset`
     * - Type integer
     */
    offset?: number;
    /** Extensions and id for `offset` (FHIR JSON primitive extension, see ValueSet.expansion.offset). */
    _offset?: Element;
    /**
     * Parameter that controlled the expansion process
     *
     * A parameter that controlled the expansion process. These parameters may be used by users of expanded value sets to check whether the expansion is suitable for a particular purpose, or to pick the correct expansion.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.expansion.parameter`
     * - Type BackboneElement
     */
    parameter?: ValueSetExpansionParameter[];
    /**
     * Codes in the value set
     *
     * The codes that are contained in the value set expansion.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.expansion.contains`
     * - Type BackboneElement
     */
    contains?: ValueSetExpansionContains[];
}
/**
 * Parameter that controlled the expansion process
 *
 * A parameter that controlled the expansion process. These parameters may be used by users of expanded value sets to check whether the expansion is suitable for a particular purpose, or to pick the correct expansion.
 *
 * - Cardinality 0..*
 * - FHIR path `ValueSet.expansion.parameter`
 * - Type BackboneElement
 */
export interface ValueSetExpansionParameter {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.parameter.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ValueSet.expansion.parameter.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.expansion.parameter.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.expansion.parameter.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Name as assigned by the server
     *
     * The name of the parameter.
     *
     * - Cardinality 1..1
     * - FHIR path `ValueSet.expansion.parameter.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see ValueSet.expansion.parameter.name). */
    _name?: Element;
    /**
     * Value of the named parameter
     *
     * The value of the parameter.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.parameter.value[x]`
     * - Type string | boolean | integer | decimal | uri | code
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see ValueSet.expansion.parameter.value[x]). */
    _valueString?: Element;
    /**
     * Value of the named parameter
     *
     * The value of the parameter.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.parameter.value[x]`
     * - Type string | boolean | integer | decimal | uri | code
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see ValueSet.expansion.parameter.value[x]). */
    _valueBoolean?: Element;
    /**
     * Value of the named parameter
     *
     * The value of the parameter.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.parameter.value[x]`
     * - Type string | boolean | integer | decimal | uri | code
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see ValueSet.expansion.parameter.value[x]). */
    _valueInteger?: Element;
    /**
     * Value of the named parameter
     *
     * The value of the parameter.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.parameter.value[x]`
     * - Type string | boolean | integer | decimal | uri | code
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see ValueSet.expansion.parameter.value[x]). */
    _valueDecimal?: Element;
    /**
     * Value of the named parameter
     *
     * The value of the parameter.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.parameter.value[x]`
     * - Type string | boolean | integer | decimal | uri | code
     */
    valueUri?: string;
    /** Extensions and id for `valueUri` (FHIR JSON primitive extension, see ValueSet.expansion.parameter.value[x]). */
    _valueUri?: Element;
    /**
     * Value of the named parameter
     *
     * The value of the parameter.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.parameter.value[x]`
     * - Type string | boolean | integer | decimal | uri | code
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see ValueSet.expansion.parameter.value[x]). */
    _valueCode?: Element;
}
/**
 * Codes in the value set
 *
 * The codes that are contained in the value set expansion.
 *
 * - Cardinality 0..*
 * - FHIR path `ValueSet.expansion.contains`
 * - Type BackboneElement
 */
export interface ValueSetExpansionContains {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.contains.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ValueSet.expansion.contains.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.expansion.contains.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.expansion.contains.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * System value for the code
     *
     * An absolute URI which is the code system in which the code for this item in the expansion is defined.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.contains.system`
     * - Type uri
     */
    system?: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see ValueSet.expansion.contains.system). */
    _system?: Element;
    /**
     * If user cannot select this entry
     *
     * If true, this entry is included in the expansion for navigational purposes, and the user cannot select the code directly as a proper value.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.contains.abstract`
     * - Type boolean
     */
    abstract?: boolean;
    /** Extensions and id for `abstract` (FHIR JSON primitive extension, see ValueSet.expansion.contains.abstract). */
    _abstract?: Element;
    /**
     * If concept is inactive in the code system
     *
     * If the concept is inactive in the code system that defines it. Inactive codes are those that are no longer to be used, but are maintained by the code system for understanding legacy data.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.contains.inactive`
     * - Type boolean
     */
    inactive?: boolean;
    /** Extensions and id for `inactive` (FHIR JSON primitive extension, see ValueSet.expansion.contains.inactive). */
    _inactive?: Element;
    /**
     * Version in which this code/display is defined
     *
     * The version of this code system that defined this code and/or display. This should only be used with code systems that do not enforce concept permanence.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.contains.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see ValueSet.expansion.contains.version). */
    _version?: Element;
    /**
     * Code - if blank, this is not a selectable code
     *
     * The code for this item in the expansion hierarchy. If this code is missing the entry in the hierarchy is a place holder (abstract) and does not represent a valid code in the value set.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.contains.code`
     * - Type code
     */
    code?: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see ValueSet.expansion.contains.code). */
    _code?: Element;
    /**
     * User display for the concept
     *
     * The recommended display for this item in the expansion.
     *
     * - Cardinality 0..1
     * - FHIR path `ValueSet.expansion.contains.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see ValueSet.expansion.contains.display). */
    _display?: Element;
    /**
     * Additional representations for this item
     *
     * Additional representations for this item - other languages, aliases, specialized purposes, used for particular purposes, etc. These are relevant when the conditions of the expansion do not fix to a single correct representation.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.expansion.contains.designation`
     */
    designation?: ValueSetComposeIncludeConceptDesignation[];
    /**
     * Codes contained under this entry
     *
     * Other codes and entries contained under this entry in the hierarchy.
     *
     * - Cardinality 0..*
     * - FHIR path `ValueSet.expansion.contains.contains`
     */
    contains?: ValueSetExpansionContains[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkValueSet(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValueSetCompose(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValueSetExpansion(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValueSetComposeInclude(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValueSetExpansionParameter(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValueSetExpansionContains(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValueSetComposeIncludeConcept(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValueSetComposeIncludeFilter(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValueSetComposeIncludeConceptDesignation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ValueSet (http://hl7.org/fhir/StructureDefinition/ValueSet).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateValueSet(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateValueSet} with the same options reports no error or fatal issue: ValueSet (http://hl7.org/fhir/StructureDefinition/ValueSet). */
export declare function isValueSet(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ValueSet;
/** Input of {@link buildValueSet}: a {@link ValueSet} without what the builder fills in. */
export type ValueSetInput = BuilderInput<ValueSet, 'resourceType'>;
/**
 * Builds a {@link ValueSet} (ValueSet, http://hl7.org/fhir/StructureDefinition/ValueSet).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ValueSet"
 *
 * The result is checked with {@link validateValueSet}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildValueSet(input: ValueSetInput): ValueSet;
