import { type CodeableConcept } from './CodeableConcept.js';
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
 * DataElement
 *
 * Base StructureDefinition for DataElement Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/DataElement
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface DataElement {
    /** The FHIR resource type. */
    resourceType: 'DataElement';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DataElement.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see DataElement.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see DataElement.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `DataElement.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DataElement.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DataElement.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this data element (globally unique)
     *
     * An absolute URI that is used to identify this data element when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this data element is (or will be) published. The URL SHOULD include the major version of the data element. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see DataElement.url). */
    _url?: Element;
    /**
     * Additional identifier for the data element
     *
     * A formal identifier that is used to identify this data element when it is represented in other formats, or referenced in a specification, model, design or an instance.
     *
     * - Cardinality 0..*
     * - FHIR path `DataElement.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Business version of the data element
     *
     * The identifier that is used to identify this version of the data element when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the data element author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see DataElement.version). */
    _version?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this data element. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `DataElement.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see DataElement.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this data element is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see DataElement.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the data element was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the data element changes.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see DataElement.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the data element.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see DataElement.publisher). */
    _publisher?: Element;
    /**
     * Name for this data element (computer friendly)
     *
     * A natural language name identifying the data element. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see DataElement.name). */
    _name?: Element;
    /**
     * Name for this data element (human friendly)
     *
     * A short, descriptive, user-friendly title for the data element.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see DataElement.title). */
    _title?: Element;
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `DataElement.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate data element instances.
     *
     * - Cardinality 0..*
     * - FHIR path `DataElement.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for data element (if applicable)
     *
     * A legal or geographic region in which the data element is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `DataElement.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * Use and/or publishing restrictions
     *
     * A copyright statement relating to the data element and/or its contents. Copyright statements are generally legal restrictions on the use and publishing of the data element.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.copyright`
     * - Type markdown
     */
    copyright?: string;
    /** Extensions and id for `copyright` (FHIR JSON primitive extension, see DataElement.copyright). */
    _copyright?: Element;
    /**
     * comparable | fully-specified | equivalent | convertable | scaleable | flexible
     *
     * Identifies how precise the data element is in its definition.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.stringency`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/dataelement-stringency (6 codes: comparable, fully-specified, equivalent, convertable, scaleable, flexible)
     */
    stringency?: 'comparable' | 'convertable' | 'equivalent' | 'flexible' | 'fully-specified' | 'scaleable';
    /** Extensions and id for `stringency` (FHIR JSON primitive extension, see DataElement.stringency). */
    _stringency?: Element;
    /**
     * External specification mapped to
     *
     * Identifies a specification (other than a terminology) that the elements which make up the DataElement have some correspondence with.
     *
     * - Cardinality 0..*
     * - FHIR path `DataElement.mapping`
     * - Type BackboneElement
     */
    mapping?: DataElementMapping[];
    /**
     * Definition of element
     *
     * Defines the structure, type, allowed values and other constraining characteristics of the data element.
     *
     * - Cardinality 1..*
     * - FHIR path `DataElement.element`
     * - Type ElementDefinition
     */
    element: [ElementDefinition, ...ElementDefinition[]];
}
/**
 * External specification mapped to
 *
 * Identifies a specification (other than a terminology) that the elements which make up the DataElement have some correspondence with.
 *
 * - Cardinality 0..*
 * - FHIR path `DataElement.mapping`
 * - Type BackboneElement
 */
export interface DataElementMapping {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.mapping.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DataElement.mapping.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DataElement.mapping.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DataElement.mapping.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Internal id when this mapping is used
     *
     * An internal id that is used to identify this mapping set when specific mappings are made on a per-element basis.
     *
     * - Cardinality 1..1
     * - FHIR path `DataElement.mapping.identity`
     * - Type id
     */
    identity: string;
    /** Extensions and id for `identity` (FHIR JSON primitive extension, see DataElement.mapping.identity). */
    _identity?: Element;
    /**
     * Identifies what this mapping refers to
     *
     * An absolute URI that identifies the specification that this mapping is expressed to.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.mapping.uri`
     * - Type uri
     */
    uri?: string;
    /** Extensions and id for `uri` (FHIR JSON primitive extension, see DataElement.mapping.uri). */
    _uri?: Element;
    /**
     * Names what this mapping refers to
     *
     * A name for the specification that is being mapped to.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.mapping.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see DataElement.mapping.name). */
    _name?: Element;
    /**
     * Versions, issues, scope limitations, etc.
     *
     * Comments about this mapping, including version notes, issues, scope limitations, and other important notes for usage.
     *
     * - Cardinality 0..1
     * - FHIR path `DataElement.mapping.comment`
     * - Type string
     */
    comment?: string;
    /** Extensions and id for `comment` (FHIR JSON primitive extension, see DataElement.mapping.comment). */
    _comment?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDataElement(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDataElementMapping(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against DataElement (http://hl7.org/fhir/StructureDefinition/DataElement).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDataElement(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDataElement} with the same options reports no error or fatal issue: DataElement (http://hl7.org/fhir/StructureDefinition/DataElement). */
export declare function isDataElement(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is DataElement;
/** Input of {@link buildDataElement}: a {@link DataElement} without what the builder fills in. */
export type DataElementInput = BuilderInput<DataElement, 'resourceType'>;
/**
 * Builds a {@link DataElement} (DataElement, http://hl7.org/fhir/StructureDefinition/DataElement).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "DataElement"
 *
 * The result is checked with {@link validateDataElement}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildDataElement(input: DataElementInput): DataElement;
