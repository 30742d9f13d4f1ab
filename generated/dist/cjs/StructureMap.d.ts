import { type Address } from './Address.js';
import { type Age } from './Age.js';
import { type Annotation } from './Annotation.js';
import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type ContactDetail } from './ContactDetail.js';
import { type ContactPoint } from './ContactPoint.js';
import { type Count } from './Count.js';
import { type Distance } from './Distance.js';
import { type Duration } from './Duration.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type HumanName } from './HumanName.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Money } from './Money.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Quantity } from './Quantity.js';
import { type Range } from './Range.js';
import { type Ratio } from './Ratio.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type SampledData } from './SampledData.js';
import { type Signature } from './Signature.js';
import { type Timing } from './Timing.js';
import { type UsageContext } from './UsageContext.js';
/**
 * StructureMap
 *
 * Base StructureDefinition for StructureMap Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/StructureMap
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface StructureMap {
    /** The FHIR resource type. */
    resourceType: 'StructureMap';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see StructureMap.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see StructureMap.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see StructureMap.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this structure map (globally unique)
     *
     * An absolute URI that is used to identify this structure map when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this structure map is (or will be) published. The URL SHOULD include the major version of the structure map. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.url`
     * - Type uri
     */
    url: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see StructureMap.url). */
    _url?: Element;
    /**
     * Additional identifier for the structure map
     *
     * A formal identifier that is used to identify this structure map when it is represented in other formats, or referenced in a specification, model, design or an instance.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Business version of the structure map
     *
     * The identifier that is used to identify this version of the structure map when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the structure map author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see StructureMap.version). */
    _version?: Element;
    /**
     * Name for this structure map (computer friendly)
     *
     * A natural language name identifying the structure map. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see StructureMap.name). */
    _name?: Element;
    /**
     * Name for this structure map (human friendly)
     *
     * A short, descriptive, user-friendly title for the structure map.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see StructureMap.title). */
    _title?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this structure map. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see StructureMap.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this structure map is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see StructureMap.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the structure map was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the structure map changes.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see StructureMap.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the structure map.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see StructureMap.publisher). */
    _publisher?: Element;
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Natural language description of the structure map
     *
     * A free text natural language description of the structure map from a consumer's perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see StructureMap.description). */
    _description?: Element;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate structure map instances.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for structure map (if applicable)
     *
     * A legal or geographic region in which the structure map is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * Why this structure map is defined
     *
     * Explaination of why this structure map is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see StructureMap.purpose). */
    _purpose?: Element;
    /**
     * Use and/or publishing restrictions
     *
     * A copyright statement relating to the structure map and/or its contents. Copyright statements are generally legal restrictions on the use and publishing of the structure map.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.copyright`
     * - Type markdown
     */
    copyright?: string;
    /** Extensions and id for `copyright` (FHIR JSON primitive extension, see StructureMap.copyright). */
    _copyright?: Element;
    /**
     * Structure Definition used by this map
     *
     * A structure definition used by this map. The structure definition may describe instances that are converted, or the instances that are produced.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.structure`
     * - Type BackboneElement
     */
    structure?: StructureMapStructure[];
    /**
     * Other maps used by this map (canonical URLs)
     *
     * Other maps used by this map (canonical URLs).
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.import`
     * - Type uri
     */
    import?: string[];
    /** Extensions and id for `import` (FHIR JSON primitive extension, see StructureMap.import). */
    _import?: (Element | null)[];
    /**
     * Named sections for reader convenience
     *
     * Organizes the mapping into managable chunks for human review/ease of maintenance.
     *
     * - Cardinality 1..*
     * - FHIR path `StructureMap.group`
     * - Type BackboneElement
     */
    group: [StructureMapGroup, ...StructureMapGroup[]];
}
/**
 * Structure Definition used by this map
 *
 * A structure definition used by this map. The structure definition may describe instances that are converted, or the instances that are produced.
 *
 * - Cardinality 0..*
 * - FHIR path `StructureMap.structure`
 * - Type BackboneElement
 */
export interface StructureMapStructure {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.structure.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see StructureMap.structure.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.structure.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.structure.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Canonical URL for structure definition
     *
     * The canonical URL that identifies the structure.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.structure.url`
     * - Type uri
     */
    url: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see StructureMap.structure.url). */
    _url?: Element;
    /**
     * source | queried | target | produced
     *
     * How the referenced structure is used in this mapping.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.structure.mode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/map-model-mode (4 codes: source, queried, target, produced)
     */
    mode: 'produced' | 'queried' | 'source' | 'target';
    /** Extensions and id for `mode` (FHIR JSON primitive extension, see StructureMap.structure.mode). */
    _mode?: Element;
    /**
     * Name for type in this map
     *
     * The name used for this type in the map.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.structure.alias`
     * - Type string
     */
    alias?: string;
    /** Extensions and id for `alias` (FHIR JSON primitive extension, see StructureMap.structure.alias). */
    _alias?: Element;
    /**
     * Documentation on use of structure
     *
     * Documentation that describes how the structure is used in the mapping.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.structure.documentation`
     * - Type string
     */
    documentation?: string;
    /** Extensions and id for `documentation` (FHIR JSON primitive extension, see StructureMap.structure.documentation). */
    _documentation?: Element;
}
/**
 * Named sections for reader convenience
 *
 * Organizes the mapping into managable chunks for human review/ease of maintenance.
 *
 * - Cardinality 1..*
 * - FHIR path `StructureMap.group`
 * - Type BackboneElement
 */
export interface StructureMapGroup {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see StructureMap.group.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Human-readable label
     *
     * A unique name for the group for the convenience of human readers.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.group.name`
     * - Type id
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see StructureMap.group.name). */
    _name?: Element;
    /**
     * Another group that this group adds rules to
     *
     * Another group that this group adds rules to.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.extends`
     * - Type id
     */
    extends?: string;
    /** Extensions and id for `extends` (FHIR JSON primitive extension, see StructureMap.group.extends). */
    _extends?: Element;
    /**
     * none | types | type-and-types
     *
     * If this is the default rule set to apply for thie source type, or this combination of types.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.group.typeMode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/map-group-type-mode (3 codes: none, types, type-and-types)
     */
    typeMode: 'none' | 'type-and-types' | 'types';
    /** Extensions and id for `typeMode` (FHIR JSON primitive extension, see StructureMap.group.typeMode). */
    _typeMode?: Element;
    /**
     * Additional description/explaination for group
     *
     * Additional supporting documentation that explains the purpose of the group and the types of mappings within it.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.documentation`
     * - Type string
     */
    documentation?: string;
    /** Extensions and id for `documentation` (FHIR JSON primitive extension, see StructureMap.group.documentation). */
    _documentation?: Element;
    /**
     * Named instance provided when invoking the map
     *
     * A name assigned to an instance of data. The instance must be provided when the mapping is invoked.
     *
     * - Cardinality 1..*
     * - FHIR path `StructureMap.group.input`
     * - Type BackboneElement
     */
    input: [StructureMapGroupInput, ...StructureMapGroupInput[]];
    /**
     * Transform Rule from source to target
     *
     * Transform Rule from source to target.
     *
     * - Cardinality 1..*
     * - FHIR path `StructureMap.group.rule`
     * - Type BackboneElement
     */
    rule: [StructureMapGroupRule, ...StructureMapGroupRule[]];
}
/**
 * Named instance provided when invoking the map
 *
 * A name assigned to an instance of data. The instance must be provided when the mapping is invoked.
 *
 * - Cardinality 1..*
 * - FHIR path `StructureMap.group.input`
 * - Type BackboneElement
 */
export interface StructureMapGroupInput {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.input.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see StructureMap.group.input.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.input.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.input.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Name for this instance of data
     *
     * Name for this instance of data.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.group.input.name`
     * - Type id
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see StructureMap.group.input.name). */
    _name?: Element;
    /**
     * Type for this instance of data
     *
     * Type for this instance of data.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.input.type`
     * - Type string
     */
    type?: string;
    /** Extensions and id for `type` (FHIR JSON primitive extension, see StructureMap.group.input.type). */
    _type?: Element;
    /**
     * source | target
     *
     * Mode for this instance of data.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.group.input.mode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/map-input-mode (2 codes: source, target)
     */
    mode: 'source' | 'target';
    /** Extensions and id for `mode` (FHIR JSON primitive extension, see StructureMap.group.input.mode). */
    _mode?: Element;
    /**
     * Documentation for this instance of data
     *
     * Documentation for this instance of data.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.input.documentation`
     * - Type string
     */
    documentation?: string;
    /** Extensions and id for `documentation` (FHIR JSON primitive extension, see StructureMap.group.input.documentation). */
    _documentation?: Element;
}
/**
 * Transform Rule from source to target
 *
 * Transform Rule from source to target.
 *
 * - Cardinality 1..*
 * - FHIR path `StructureMap.group.rule`
 * - Type BackboneElement
 */
export interface StructureMapGroupRule {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see StructureMap.group.rule.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.rule.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.rule.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Name of the rule for internal references
     *
     * Name of the rule for internal references.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.group.rule.name`
     * - Type id
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see StructureMap.group.rule.name). */
    _name?: Element;
    /**
     * Source inputs to the mapping
     *
     * Source inputs to the mapping.
     *
     * - Cardinality 1..*
     * - FHIR path `StructureMap.group.rule.source`
     * - Type BackboneElement
     */
    source: [StructureMapGroupRuleSource, ...StructureMapGroupRuleSource[]];
    /**
     * Content to create because of this mapping rule
     *
     * Content to create because of this mapping rule.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.rule.target`
     * - Type BackboneElement
     */
    target?: StructureMapGroupRuleTarget[];
    /**
     * Rules contained in this rule
     *
     * Rules contained in this rule.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.rule.rule`
     */
    rule?: StructureMapGroupRule[];
    /**
     * Which other rules to apply in the context of this rule
     *
     * Which other rules to apply in the context of this rule.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.rule.dependent`
     * - Type BackboneElement
     */
    dependent?: StructureMapGroupRuleDependent[];
    /**
     * Documentation for this instance of data
     *
     * Documentation for this instance of data.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.documentation`
     * - Type string
     */
    documentation?: string;
    /** Extensions and id for `documentation` (FHIR JSON primitive extension, see StructureMap.group.rule.documentation). */
    _documentation?: Element;
}
/**
 * Source inputs to the mapping
 *
 * Source inputs to the mapping.
 *
 * - Cardinality 1..*
 * - FHIR path `StructureMap.group.rule.source`
 * - Type BackboneElement
 */
export interface StructureMapGroupRuleSource {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see StructureMap.group.rule.source.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.rule.source.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.rule.source.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type or variable this rule applies to
     *
     * Type or variable this rule applies to.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.group.rule.source.context`
     * - Type id
     */
    context: string;
    /** Extensions and id for `context` (FHIR JSON primitive extension, see StructureMap.group.rule.source.context). */
    _context?: Element;
    /**
     * Specified minimum cardinality
     *
     * Specified minimum cardinality for the element. This is optional; if present, it acts an implicit check on the input content.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.min`
     * - Type integer
     */
    min?: number;
    /** Extensions and id for `min` (FHIR JSON primitive extension, see StructureMap.group.rule.source.min). */
    _min?: Element;
    /**
     * Specified maximum cardinality (number or *)
     *
     * Specified maximum cardinality for the element - a number or a "*". This is optional; if present, it acts an implicit check on the input content (* just serves as documentation; it's the default value).
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.max`
     * - Type string
     */
    max?: string;
    /** Extensions and id for `max` (FHIR JSON primitive extension, see StructureMap.group.rule.source.max). */
    _max?: Element;
    /**
     * Rule only applies if source has this type
     *
     * Specified type for the element. This works as a condition on the mapping - use for polymorphic elements.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.type`
     * - Type string
     */
    type?: string;
    /** Extensions and id for `type` (FHIR JSON primitive extension, see StructureMap.group.rule.source.type). */
    _type?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueBase64Binary?: string;
    /** Extensions and id for `defaultValueBase64Binary` (FHIR JSON primitive extension, see StructureMap.group.rule.source.defaultValue[x]). */
    _defaultValueBase64Binary?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueBoolean?: boolean;
    /** Extensions and id for `defaultValueBoolean` (FHIR JSON primitive extension, see StructureMap.group.rule.source.defaultValue[x]). */
    _defaultValueBoolean?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueCode?: string;
    /** Extensions and id for `defaultValueCode` (FHIR JSON primitive extension, see StructureMap.group.rule.source.defaultValue[x]). */
    _defaultValueCode?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueDate?: string;
    /** Extensions and id for `defaultValueDate` (FHIR JSON primitive extension, see StructureMap.group.rule.source.defaultValue[x]). */
    _defaultValueDate?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueDateTime?: string;
    /** Extensions and id for `defaultValueDateTime` (FHIR JSON primitive extension, see StructureMap.group.rule.source.defaultValue[x]). */
    _defaultValueDateTime?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueDecimal?: number;
    /** Extensions and id for `defaultValueDecimal` (FHIR JSON primitive extension, see StructureMap.group.rule.source.defaultValue[x]). */
    _defaultValueDecimal?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueId?: string;
    /** Extensions and id for `defaultValueId` (FHIR JSON primitive extension, see StructureMap.group.rule.source.defaultValue[x]). */
    _defaultValueId?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueInstant?: string;
    /** Extensions and id for `defaultValueInstant` (FHIR JSON primitive extension, see StructureMap.group.rule.source.defaultValue[x]). */
    _defaultValueInstant?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueInteger?: number;
    /** Extensions and id for `defaultValueInteger` (FHIR JSON primitive extension, see StructureMap.group.rule.source.defaultValue[x]). */
    _defaultValueInteger?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueMarkdown?: string;
    /** Extensions and id for `defaultValueMarkdown` (FHIR JSON primitive extension, see StructureMap.group.rule.source.defaultValue[x]). */
    _defaultValueMarkdown?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueOid?: string;
    /** Extensions and id for `defaultValueOid` (FHIR JSON primitive extension, see StructureMap.group.rule.source.defaultValue[x]). */
    _defaultValueOid?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValuePositiveInt?: number;
    /** Extensions and id for `defaultValuePositiveInt` (FHIR JSON primitive extension, see StructureMap.group.rule.source.defaultValue[x]). */
    _defaultValuePositiveInt?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueString?: string;
    /** Extensions and id for `defaultValueString` (FHIR JSON primitive extension, see StructureMap.group.rule.source.defaultValue[x]). */
    _defaultValueString?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueTime?: string;
    /** Extensions and id for `defaultValueTime` (FHIR JSON primitive extension, see StructureMap.group.rule.source.defaultValue[x]). */
    _defaultValueTime?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueUnsignedInt?: number;
    /** Extensions and id for `defaultValueUnsignedInt` (FHIR JSON primitive extension, see StructureMap.group.rule.source.defaultValue[x]). */
    _defaultValueUnsignedInt?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueUri?: string;
    /** Extensions and id for `defaultValueUri` (FHIR JSON primitive extension, see StructureMap.group.rule.source.defaultValue[x]). */
    _defaultValueUri?: Element;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueAddress?: Address;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueAge?: Age;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueAnnotation?: Annotation;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueAttachment?: Attachment;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueCodeableConcept?: CodeableConcept;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueCoding?: Coding;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueContactPoint?: ContactPoint;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueCount?: Count;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueDistance?: Distance;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueDuration?: Duration;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueHumanName?: HumanName;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueIdentifier?: Identifier;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueMoney?: Money;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValuePeriod?: Period;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueQuantity?: Quantity;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueRange?: Range;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueRatio?: Ratio;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueReference?: Reference;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueSampledData?: SampledData;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueSignature?: Signature;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueTiming?: Timing;
    /**
     * Default value if no value exists
     *
     * A value to use if there is no existing value in the source object.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueMeta?: Meta;
    /**
     * Optional field for this source
     *
     * Optional field for this source.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.element`
     * - Type string
     */
    element?: string;
    /** Extensions and id for `element` (FHIR JSON primitive extension, see StructureMap.group.rule.source.element). */
    _element?: Element;
    /**
     * first | not_first | last | not_last | only_one
     *
     * How to handle the list mode for this element.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.listMode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/map-source-list-mode (5 codes: first, not_first, last, not_last, only_one)
     */
    listMode?: 'first' | 'last' | 'not_first' | 'not_last' | 'only_one';
    /** Extensions and id for `listMode` (FHIR JSON primitive extension, see StructureMap.group.rule.source.listMode). */
    _listMode?: Element;
    /**
     * Named context for field, if a field is specified
     *
     * Named context for field, if a field is specified.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.variable`
     * - Type id
     */
    variable?: string;
    /** Extensions and id for `variable` (FHIR JSON primitive extension, see StructureMap.group.rule.source.variable). */
    _variable?: Element;
    /**
     * FHIRPath expression  - must be true or the rule does not apply
     *
     * FHIRPath expression  - must be true or the rule does not apply.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.condition`
     * - Type string
     */
    condition?: string;
    /** Extensions and id for `condition` (FHIR JSON primitive extension, see StructureMap.group.rule.source.condition). */
    _condition?: Element;
    /**
     * FHIRPath expression  - must be true or the mapping engine throws an error instead of completing
     *
     * FHIRPath expression  - must be true or the mapping engine throws an error instead of completing.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.source.check`
     * - Type string
     */
    check?: string;
    /** Extensions and id for `check` (FHIR JSON primitive extension, see StructureMap.group.rule.source.check). */
    _check?: Element;
}
/**
 * Content to create because of this mapping rule
 *
 * Content to create because of this mapping rule.
 *
 * - Cardinality 0..*
 * - FHIR path `StructureMap.group.rule.target`
 * - Type BackboneElement
 */
export interface StructureMapGroupRuleTarget {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.target.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see StructureMap.group.rule.target.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.rule.target.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.rule.target.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type or variable this rule applies to
     *
     * Type or variable this rule applies to.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.target.context`
     * - Type id
     */
    context?: string;
    /** Extensions and id for `context` (FHIR JSON primitive extension, see StructureMap.group.rule.target.context). */
    _context?: Element;
    /**
     * type | variable
     *
     * How to interpret the context.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.target.contextType`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/map-context-type (2 codes: type, variable)
     */
    contextType?: 'type' | 'variable';
    /** Extensions and id for `contextType` (FHIR JSON primitive extension, see StructureMap.group.rule.target.contextType). */
    _contextType?: Element;
    /**
     * Field to create in the context
     *
     * Field to create in the context.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.target.element`
     * - Type string
     */
    element?: string;
    /** Extensions and id for `element` (FHIR JSON primitive extension, see StructureMap.group.rule.target.element). */
    _element?: Element;
    /**
     * Named context for field, if desired, and a field is specified
     *
     * Named context for field, if desired, and a field is specified.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.target.variable`
     * - Type id
     */
    variable?: string;
    /** Extensions and id for `variable` (FHIR JSON primitive extension, see StructureMap.group.rule.target.variable). */
    _variable?: Element;
    /**
     * first | share | last | collate
     *
     * If field is a list, how to manage the list.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.rule.target.listMode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/map-target-list-mode (4 codes: first, share, last, collate)
     */
    listMode?: ('collate' | 'first' | 'last' | 'share')[];
    /** Extensions and id for `listMode` (FHIR JSON primitive extension, see StructureMap.group.rule.target.listMode). */
    _listMode?: (Element | null)[];
    /**
     * Internal rule reference for shared list items
     *
     * Internal rule reference for shared list items.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.target.listRuleId`
     * - Type id
     */
    listRuleId?: string;
    /** Extensions and id for `listRuleId` (FHIR JSON primitive extension, see StructureMap.group.rule.target.listRuleId). */
    _listRuleId?: Element;
    /**
     * create | copy +
     *
     * How the data is copied / created.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.target.transform`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/map-transform (17 codes: create, copy, truncate, escape, cast, append, translate, reference, dateOp, uuid, pointer, evaluate, ...)
     */
    transform?: 'append' | 'c' | 'cast' | 'cc' | 'copy' | 'cp' | 'create' | 'dateOp' | 'escape' | 'evaluate' | 'id' | 'pointer' | 'qty' | 'reference' | 'translate' | 'truncate' | 'uuid';
    /** Extensions and id for `transform` (FHIR JSON primitive extension, see StructureMap.group.rule.target.transform). */
    _transform?: Element;
    /**
     * Parameters to the transform
     *
     * Parameters to the transform.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.rule.target.parameter`
     * - Type BackboneElement
     */
    parameter?: StructureMapGroupRuleTargetParameter[];
}
/**
 * Parameters to the transform
 *
 * Parameters to the transform.
 *
 * - Cardinality 0..*
 * - FHIR path `StructureMap.group.rule.target.parameter`
 * - Type BackboneElement
 */
export interface StructureMapGroupRuleTargetParameter {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.target.parameter.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see StructureMap.group.rule.target.parameter.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.rule.target.parameter.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.rule.target.parameter.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Parameter value - variable or literal
     *
     * Parameter value - variable or literal.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.group.rule.target.parameter.value[x]`
     * - Type id | string | boolean | integer | decimal
     */
    valueId?: string;
    /** Extensions and id for `valueId` (FHIR JSON primitive extension, see StructureMap.group.rule.target.parameter.value[x]). */
    _valueId?: Element;
    /**
     * Parameter value - variable or literal
     *
     * Parameter value - variable or literal.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.group.rule.target.parameter.value[x]`
     * - Type id | string | boolean | integer | decimal
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see StructureMap.group.rule.target.parameter.value[x]). */
    _valueString?: Element;
    /**
     * Parameter value - variable or literal
     *
     * Parameter value - variable or literal.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.group.rule.target.parameter.value[x]`
     * - Type id | string | boolean | integer | decimal
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see StructureMap.group.rule.target.parameter.value[x]). */
    _valueBoolean?: Element;
    /**
     * Parameter value - variable or literal
     *
     * Parameter value - variable or literal.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.group.rule.target.parameter.value[x]`
     * - Type id | string | boolean | integer | decimal
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see StructureMap.group.rule.target.parameter.value[x]). */
    _valueInteger?: Element;
    /**
     * Parameter value - variable or literal
     *
     * Parameter value - variable or literal.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.group.rule.target.parameter.value[x]`
     * - Type id | string | boolean | integer | decimal
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see StructureMap.group.rule.target.parameter.value[x]). */
    _valueDecimal?: Element;
}
/**
 * Which other rules to apply in the context of this rule
 *
 * Which other rules to apply in the context of this rule.
 *
 * - Cardinality 0..*
 * - FHIR path `StructureMap.group.rule.dependent`
 * - Type BackboneElement
 */
export interface StructureMapGroupRuleDependent {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `StructureMap.group.rule.dependent.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see StructureMap.group.rule.dependent.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.rule.dependent.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `StructureMap.group.rule.dependent.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Name of a rule or group to apply
     *
     * Name of a rule or group to apply.
     *
     * - Cardinality 1..1
     * - FHIR path `StructureMap.group.rule.dependent.name`
     * - Type id
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see StructureMap.group.rule.dependent.name). */
    _name?: Element;
    /**
     * Variable to pass to the rule or group
     *
     * Variable to pass to the rule or group.
     *
     * - Cardinality 1..*
     * - FHIR path `StructureMap.group.rule.dependent.variable`
     * - Type string
     */
    variable: [string, ...string[]];
    /** Extensions and id for `variable` (FHIR JSON primitive extension, see StructureMap.group.rule.dependent.variable). */
    _variable?: (Element | null)[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkStructureMap(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkStructureMapStructure(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkStructureMapGroup(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkStructureMapGroupInput(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkStructureMapGroupRule(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkStructureMapGroupRuleSource(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkStructureMapGroupRuleTarget(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkStructureMapGroupRuleDependent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkStructureMapGroupRuleTargetParameter(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against StructureMap (http://hl7.org/fhir/StructureDefinition/StructureMap).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateStructureMap(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateStructureMap} with the same options reports no error or fatal issue: StructureMap (http://hl7.org/fhir/StructureDefinition/StructureMap). */
export declare function isStructureMap(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is StructureMap;
/** Input of {@link buildStructureMap}: a {@link StructureMap} without what the builder fills in. */
export type StructureMapInput = BuilderInput<StructureMap, 'resourceType'>;
/**
 * Builds a {@link StructureMap} (StructureMap, http://hl7.org/fhir/StructureDefinition/StructureMap).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "StructureMap"
 *
 * The result is checked with {@link validateStructureMap}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildStructureMap(input: StructureMapInput): StructureMap;
