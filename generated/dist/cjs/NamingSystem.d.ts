import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactDetail } from './ContactDetail.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type UsageContext } from './UsageContext.js';
/**
 * NamingSystem
 *
 * Base StructureDefinition for NamingSystem Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/NamingSystem
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface NamingSystem {
    /** The FHIR resource type. */
    resourceType: 'NamingSystem';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `NamingSystem.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see NamingSystem.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `NamingSystem.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `NamingSystem.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see NamingSystem.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `NamingSystem.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see NamingSystem.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `NamingSystem.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `NamingSystem.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `NamingSystem.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `NamingSystem.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Name for this naming system (computer friendly)
     *
     * A natural language name identifying the naming system. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 1..1
     * - FHIR path `NamingSystem.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see NamingSystem.name). */
    _name?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this naming system. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `NamingSystem.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see NamingSystem.status). */
    _status?: Element;
    /**
     * codesystem | identifier | root
     *
     * Indicates the purpose for the naming system - what kinds of things does it make unique?
     *
     * - Cardinality 1..1
     * - FHIR path `NamingSystem.kind`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/namingsystem-type (3 codes: codesystem, identifier, root)
     */
    kind: 'codesystem' | 'identifier' | 'root';
    /** Extensions and id for `kind` (FHIR JSON primitive extension, see NamingSystem.kind). */
    _kind?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the naming system was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the naming system changes.
     *
     * - Cardinality 1..1
     * - FHIR path `NamingSystem.date`
     * - Type dateTime
     */
    date: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see NamingSystem.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the naming system.
     *
     * - Cardinality 0..1
     * - FHIR path `NamingSystem.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see NamingSystem.publisher). */
    _publisher?: Element;
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `NamingSystem.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Who maintains system namespace?
     *
     * The name of the organization that is responsible for issuing identifiers or codes for this namespace and ensuring their non-collision.
     *
     * - Cardinality 0..1
     * - FHIR path `NamingSystem.responsible`
     * - Type string
     */
    responsible?: string;
    /** Extensions and id for `responsible` (FHIR JSON primitive extension, see NamingSystem.responsible). */
    _responsible?: Element;
    /**
     * e.g. driver,  provider,  patient, bank etc.
     *
     * Categorizes a naming system for easier search by grouping related naming systems.
     *
     * - Cardinality 0..1
     * - FHIR path `NamingSystem.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/identifier-type (17 codes: DL, PPN, BRN, MR, MCN, EN, TAX, NIIP, PRN, MD, DR, ACSN, ...)
     */
    type?: CodeableConcept;
    /**
     * Natural language description of the naming system
     *
     * A free text natural language description of the naming system from a consumer's perspective. Details about what the namespace identifies including scope, granularity, version labeling, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `NamingSystem.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see NamingSystem.description). */
    _description?: Element;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate naming system instances.
     *
     * - Cardinality 0..*
     * - FHIR path `NamingSystem.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for naming system (if applicable)
     *
     * A legal or geographic region in which the naming system is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `NamingSystem.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * How/where is it used
     *
     * Provides guidance on the use of the namespace, including the handling of formatting characters, use of upper vs. lower case, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `NamingSystem.usage`
     * - Type string
     */
    usage?: string;
    /** Extensions and id for `usage` (FHIR JSON primitive extension, see NamingSystem.usage). */
    _usage?: Element;
    /**
     * Unique identifiers used for system
     *
     * Indicates how the system may be identified when referenced in electronic exchange.
     *
     * - Cardinality 1..*
     * - FHIR path `NamingSystem.uniqueId`
     * - Type BackboneElement
     */
    uniqueId: [NamingSystemUniqueId, ...NamingSystemUniqueId[]];
    /**
     * Use this instead
     *
     * For naming systems that are retired, indicates the naming system that should be used in their place (if any).
     *
     * - Cardinality 0..1
     * - FHIR path `NamingSystem.replacedBy`
     * - Type Reference
     */
    replacedBy?: Reference<'NamingSystem'>;
}
/**
 * Unique identifiers used for system
 *
 * Indicates how the system may be identified when referenced in electronic exchange.
 *
 * - Cardinality 1..*
 * - FHIR path `NamingSystem.uniqueId`
 * - Type BackboneElement
 */
export interface NamingSystemUniqueId {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `NamingSystem.uniqueId.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see NamingSystem.uniqueId.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `NamingSystem.uniqueId.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `NamingSystem.uniqueId.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * oid | uuid | uri | other
     *
     * Identifies the unique identifier scheme used for this particular identifier.
     *
     * - Cardinality 1..1
     * - FHIR path `NamingSystem.uniqueId.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/namingsystem-identifier-type (4 codes: oid, uuid, uri, other)
     */
    type: 'oid' | 'other' | 'uri' | 'uuid';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see NamingSystem.uniqueId.type). */
    _type?: Element;
    /**
     * The unique identifier
     *
     * The string that should be sent over the wire to identify the code system or identifier system.
     *
     * - Cardinality 1..1
     * - FHIR path `NamingSystem.uniqueId.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see NamingSystem.uniqueId.value). */
    _value?: Element;
    /**
     * Is this the id that should be used for this type
     *
     * Indicates whether this identifier is the "preferred" identifier of this type.
     *
     * - Cardinality 0..1
     * - FHIR path `NamingSystem.uniqueId.preferred`
     * - Type boolean
     */
    preferred?: boolean;
    /** Extensions and id for `preferred` (FHIR JSON primitive extension, see NamingSystem.uniqueId.preferred). */
    _preferred?: Element;
    /**
     * Notes about identifier usage
     *
     * Notes about the past or intended usage of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `NamingSystem.uniqueId.comment`
     * - Type string
     */
    comment?: string;
    /** Extensions and id for `comment` (FHIR JSON primitive extension, see NamingSystem.uniqueId.comment). */
    _comment?: Element;
    /**
     * When is identifier valid?
     *
     * Identifies the period of time over which this identifier is considered appropriate to refer to the naming system.  Outside of this window, the identifier might be non-deterministic.
     *
     * - Cardinality 0..1
     * - FHIR path `NamingSystem.uniqueId.period`
     * - Type Period
     */
    period?: Period;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkNamingSystem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkNamingSystemUniqueId(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against NamingSystem (http://hl7.org/fhir/StructureDefinition/NamingSystem).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateNamingSystem(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateNamingSystem} with the same options reports no error or fatal issue: NamingSystem (http://hl7.org/fhir/StructureDefinition/NamingSystem). */
export declare function isNamingSystem(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is NamingSystem;
/** Input of {@link buildNamingSystem}: a {@link NamingSystem} without what the builder fills in. */
export type NamingSystemInput = BuilderInput<NamingSystem, 'resourceType'>;
/**
 * Builds a {@link NamingSystem} (NamingSystem, http://hl7.org/fhir/StructureDefinition/NamingSystem).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "NamingSystem"
 *
 * The result is checked with {@link validateNamingSystem}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildNamingSystem(input: NamingSystemInput): NamingSystem;
