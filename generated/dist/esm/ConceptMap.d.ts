import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactDetail } from './ContactDetail.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type UsageContext } from './UsageContext.js';
/**
 * ConceptMap
 *
 * Base StructureDefinition for ConceptMap Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ConceptMap
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ConceptMap {
    /** The FHIR resource type. */
    resourceType: 'ConceptMap';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ConceptMap.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ConceptMap.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ConceptMap.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this concept map (globally unique)
     *
     * An absolute URI that is used to identify this concept map when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this concept map is (or will be) published. The URL SHOULD include the major version of the concept map. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see ConceptMap.url). */
    _url?: Element;
    /**
     * Additional identifier for the concept map
     *
     * A formal identifier that is used to identify this concept map when it is represented in other formats, or referenced in a specification, model, design or an instance.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Business version of the concept map
     *
     * The identifier that is used to identify this version of the concept map when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the concept map author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see ConceptMap.version). */
    _version?: Element;
    /**
     * Name for this concept map (computer friendly)
     *
     * A natural language name identifying the concept map. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see ConceptMap.name). */
    _name?: Element;
    /**
     * Name for this concept map (human friendly)
     *
     * A short, descriptive, user-friendly title for the concept map.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see ConceptMap.title). */
    _title?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this concept map. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `ConceptMap.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see ConceptMap.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this concept map is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see ConceptMap.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the concept map was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the concept map changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see ConceptMap.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the concept map.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see ConceptMap.publisher). */
    _publisher?: Element;
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Natural language description of the concept map
     *
     * A free text natural language description of the concept map from a consumer's perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ConceptMap.description). */
    _description?: Element;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate concept map instances.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for concept map (if applicable)
     *
     * A legal or geographic region in which the concept map is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * Why this concept map is defined
     *
     * Explaination of why this concept map is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see ConceptMap.purpose). */
    _purpose?: Element;
    /**
     * Use and/or publishing restrictions
     *
     * A copyright statement relating to the concept map and/or its contents. Copyright statements are generally legal restrictions on the use and publishing of the concept map.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.copyright`
     * - Type markdown
     */
    copyright?: string;
    /** Extensions and id for `copyright` (FHIR JSON primitive extension, see ConceptMap.copyright). */
    _copyright?: Element;
    /**
     * Identifies the source of the concepts which are being mapped
     *
     * The source value set that specifies the concepts that are being mapped.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.source[x]`
     * - Type uri | Reference
     */
    sourceUri?: string;
    /** Extensions and id for `sourceUri` (FHIR JSON primitive extension, see ConceptMap.source[x]). */
    _sourceUri?: Element;
    /**
     * Identifies the source of the concepts which are being mapped
     *
     * The source value set that specifies the concepts that are being mapped.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.source[x]`
     * - Type uri | Reference
     */
    sourceReference?: Reference<'ValueSet'>;
    /**
     * Provides context to the mappings
     *
     * The target value set provides context to the mappings. Note that the mapping is made between concepts, not between value sets, but the value set provides important context about how the concept mapping choices are made.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.target[x]`
     * - Type uri | Reference
     */
    targetUri?: string;
    /** Extensions and id for `targetUri` (FHIR JSON primitive extension, see ConceptMap.target[x]). */
    _targetUri?: Element;
    /**
     * Provides context to the mappings
     *
     * The target value set provides context to the mappings. Note that the mapping is made between concepts, not between value sets, but the value set provides important context about how the concept mapping choices are made.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.target[x]`
     * - Type uri | Reference
     */
    targetReference?: Reference<'ValueSet'>;
    /**
     * Same source and target systems
     *
     * A group of mappings that all have the same source and target system.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.group`
     * - Type BackboneElement
     */
    group?: ConceptMapGroup[];
}
/**
 * Same source and target systems
 *
 * A group of mappings that all have the same source and target system.
 *
 * - Cardinality 0..*
 * - FHIR path `ConceptMap.group`
 * - Type BackboneElement
 */
export interface ConceptMapGroup {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ConceptMap.group.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.group.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.group.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Code System (if value set crosses code systems)
     *
     * An absolute URI that identifies the Code System (if the source is a value set that crosses more than one code system).
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.source`
     * - Type uri
     */
    source?: string;
    /** Extensions and id for `source` (FHIR JSON primitive extension, see ConceptMap.group.source). */
    _source?: Element;
    /**
     * Specific version of the  code system
     *
     * The specific version of the code system, as determined by the code system authority.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.sourceVersion`
     * - Type string
     */
    sourceVersion?: string;
    /** Extensions and id for `sourceVersion` (FHIR JSON primitive extension, see ConceptMap.group.sourceVersion). */
    _sourceVersion?: Element;
    /**
     * System of the target (if necessary)
     *
     * An absolute URI that identifies the code system of the target code (if the target is a value set that cross code systems).
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.target`
     * - Type uri
     */
    target?: string;
    /** Extensions and id for `target` (FHIR JSON primitive extension, see ConceptMap.group.target). */
    _target?: Element;
    /**
     * Specific version of the  code system
     *
     * The specific version of the code system, as determined by the code system authority.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.targetVersion`
     * - Type string
     */
    targetVersion?: string;
    /** Extensions and id for `targetVersion` (FHIR JSON primitive extension, see ConceptMap.group.targetVersion). */
    _targetVersion?: Element;
    /**
     * Mappings for a concept from the source set
     *
     * Mappings for an individual concept in the source to one or more concepts in the target.
     *
     * - Cardinality 1..*
     * - FHIR path `ConceptMap.group.element`
     * - Type BackboneElement
     */
    element: [ConceptMapGroupElement, ...ConceptMapGroupElement[]];
    /**
     * When no match in the mappings
     *
     * What to do when there is no match in the mappings in the group.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.unmapped`
     * - Type BackboneElement
     */
    unmapped?: ConceptMapGroupUnmapped;
}
/**
 * Mappings for a concept from the source set
 *
 * Mappings for an individual concept in the source to one or more concepts in the target.
 *
 * - Cardinality 1..*
 * - FHIR path `ConceptMap.group.element`
 * - Type BackboneElement
 */
export interface ConceptMapGroupElement {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.element.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ConceptMap.group.element.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.group.element.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.group.element.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifies element being mapped
     *
     * Identity (code or path) or the element/item being mapped.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.element.code`
     * - Type code
     */
    code?: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see ConceptMap.group.element.code). */
    _code?: Element;
    /**
     * Display for the code
     *
     * The display for the code. The display is only provided to help editors when editing the concept map.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.element.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see ConceptMap.group.element.display). */
    _display?: Element;
    /**
     * Concept in target system for element
     *
     * A concept from the target value set that this concept maps to.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.group.element.target`
     * - Type BackboneElement
     */
    target?: ConceptMapGroupElementTarget[];
}
/**
 * Concept in target system for element
 *
 * A concept from the target value set that this concept maps to.
 *
 * - Cardinality 0..*
 * - FHIR path `ConceptMap.group.element.target`
 * - Type BackboneElement
 */
export interface ConceptMapGroupElementTarget {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.element.target.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ConceptMap.group.element.target.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.group.element.target.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.group.element.target.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Code that identifies the target element
     *
     * Identity (code or path) or the element/item that the map refers to.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.element.target.code`
     * - Type code
     */
    code?: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see ConceptMap.group.element.target.code). */
    _code?: Element;
    /**
     * Display for the code
     *
     * The display for the code. The display is only provided to help editors when editing the concept map.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.element.target.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see ConceptMap.group.element.target.display). */
    _display?: Element;
    /**
     * relatedto | equivalent | equal | wider | subsumes | narrower | specializes | inexact | unmatched | disjoint
     *
     * The equivalence between the source and target concepts (counting for the dependencies and products). The equivalence is read from target to source (e.g. the target is 'wider' than the source).
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.element.target.equivalence`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/concept-map-equivalence (10 codes: relatedto, equivalent, equal, wider, subsumes, narrower, specializes, inexact, unmatched, disjoint)
     */
    equivalence?: 'disjoint' | 'equal' | 'equivalent' | 'inexact' | 'narrower' | 'relatedto' | 'specializes' | 'subsumes' | 'unmatched' | 'wider';
    /** Extensions and id for `equivalence` (FHIR JSON primitive extension, see ConceptMap.group.element.target.equivalence). */
    _equivalence?: Element;
    /**
     * Description of status/issues in mapping
     *
     * A description of status/issues in mapping that conveys additional information not represented in  the structured data.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.element.target.comment`
     * - Type string
     */
    comment?: string;
    /** Extensions and id for `comment` (FHIR JSON primitive extension, see ConceptMap.group.element.target.comment). */
    _comment?: Element;
    /**
     * Other elements required for this mapping (from context)
     *
     * A set of additional dependencies for this mapping to hold. This mapping is only applicable if the specified element can be resolved, and it has the specified value.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.group.element.target.dependsOn`
     * - Type BackboneElement
     */
    dependsOn?: ConceptMapGroupElementTargetDependsOn[];
    /**
     * Other concepts that this mapping also produces
     *
     * A set of additional outcomes from this mapping to other elements. To properly execute this mapping, the specified element must be mapped to some data element or source that is in context. The mapping may still be useful without a place for the additional data elements, but the equivalence cannot be relied on.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.group.element.target.product`
     */
    product?: ConceptMapGroupElementTargetDependsOn[];
}
/**
 * Other elements required for this mapping (from context)
 *
 * A set of additional dependencies for this mapping to hold. This mapping is only applicable if the specified element can be resolved, and it has the specified value.
 *
 * - Cardinality 0..*
 * - FHIR path `ConceptMap.group.element.target.dependsOn`
 * - Type BackboneElement
 */
export interface ConceptMapGroupElementTargetDependsOn {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.element.target.dependsOn.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ConceptMap.group.element.target.dependsOn.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.group.element.target.dependsOn.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.group.element.target.dependsOn.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Reference to property mapping depends on
     *
     * A reference to an element that holds a coded value that corresponds to a code system property. The idea is that the information model carries an element somwhere that is labeled to correspond with a code system property.
     *
     * - Cardinality 1..1
     * - FHIR path `ConceptMap.group.element.target.dependsOn.property`
     * - Type uri
     */
    property: string;
    /** Extensions and id for `property` (FHIR JSON primitive extension, see ConceptMap.group.element.target.dependsOn.property). */
    _property?: Element;
    /**
     * Code System (if necessary)
     *
     * An absolute URI that identifies the code system of the dependency code (if the source/dependency is a value set that crosses code systems).
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.element.target.dependsOn.system`
     * - Type uri
     */
    system?: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see ConceptMap.group.element.target.dependsOn.system). */
    _system?: Element;
    /**
     * Value of the referenced element
     *
     * Identity (code or path) or the element/item/ValueSet that the map depends on / refers to.
     *
     * - Cardinality 1..1
     * - FHIR path `ConceptMap.group.element.target.dependsOn.code`
     * - Type string
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see ConceptMap.group.element.target.dependsOn.code). */
    _code?: Element;
    /**
     * Display for the code
     *
     * The display for the code. The display is only provided to help editors when editing the concept map.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.element.target.dependsOn.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see ConceptMap.group.element.target.dependsOn.display). */
    _display?: Element;
}
/**
 * When no match in the mappings
 *
 * What to do when there is no match in the mappings in the group.
 *
 * - Cardinality 0..1
 * - FHIR path `ConceptMap.group.unmapped`
 * - Type BackboneElement
 */
export interface ConceptMapGroupUnmapped {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.unmapped.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ConceptMap.group.unmapped.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.group.unmapped.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ConceptMap.group.unmapped.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * provided | fixed | other-map
     *
     * Defines which action to take if there is no match in the group. One of 3 actions is possible: use the unmapped code (this is useful when doing a mapping between versions, and only a few codes have changed), use a fixed code (a default code), or alternatively, a reference to a different concept map can be provided (by canonical URL).
     *
     * - Cardinality 1..1
     * - FHIR path `ConceptMap.group.unmapped.mode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/conceptmap-unmapped-mode (3 codes: provided, fixed, other-map)
     */
    mode: 'fixed' | 'other-map' | 'provided';
    /** Extensions and id for `mode` (FHIR JSON primitive extension, see ConceptMap.group.unmapped.mode). */
    _mode?: Element;
    /**
     * Fixed code when mode = fixed
     *
     * The fixed code to use when the mode = 'fixed'  - all unmapped codes are mapped to a single fixed code.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.unmapped.code`
     * - Type code
     */
    code?: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see ConceptMap.group.unmapped.code). */
    _code?: Element;
    /**
     * Display for the code
     *
     * The display for the code. The display is only provided to help editors when editing the concept map.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.unmapped.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see ConceptMap.group.unmapped.display). */
    _display?: Element;
    /**
     * Canonical URL for other concept map
     *
     * The canonical URL of the map to use if this map contains no mapping.
     *
     * - Cardinality 0..1
     * - FHIR path `ConceptMap.group.unmapped.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see ConceptMap.group.unmapped.url). */
    _url?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkConceptMap(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConceptMapGroup(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConceptMapGroupElement(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConceptMapGroupUnmapped(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConceptMapGroupElementTarget(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConceptMapGroupElementTargetDependsOn(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ConceptMap (http://hl7.org/fhir/StructureDefinition/ConceptMap).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateConceptMap(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateConceptMap} with the same options reports no error or fatal issue: ConceptMap (http://hl7.org/fhir/StructureDefinition/ConceptMap). */
export declare function isConceptMap(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ConceptMap;
/** Input of {@link buildConceptMap}: a {@link ConceptMap} without what the builder fills in. */
export type ConceptMapInput = BuilderInput<ConceptMap, 'resourceType'>;
/**
 * Builds a {@link ConceptMap} (ConceptMap, http://hl7.org/fhir/StructureDefinition/ConceptMap).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ConceptMap"
 *
 * The result is checked with {@link validateConceptMap}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildConceptMap(input: ConceptMapInput): ConceptMap;
