import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type ContactDetail } from './ContactDetail.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type UsageContext } from './UsageContext.js';
/**
 * CapabilityStatement
 *
 * Base StructureDefinition for CapabilityStatement Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/CapabilityStatement
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface CapabilityStatement {
    /** The FHIR resource type. */
    resourceType: 'CapabilityStatement';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CapabilityStatement.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see CapabilityStatement.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see CapabilityStatement.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this capability statement (globally unique)
     *
     * An absolute URI that is used to identify this capability statement when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this capability statement is (or will be) published. The URL SHOULD include the major version of the capability statement. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see CapabilityStatement.url). */
    _url?: Element;
    /**
     * Business version of the capability statement
     *
     * The identifier that is used to identify this version of the capability statement when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the capability statement author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see CapabilityStatement.version). */
    _version?: Element;
    /**
     * Name for this capability statement (computer friendly)
     *
     * A natural language name identifying the capability statement. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see CapabilityStatement.name). */
    _name?: Element;
    /**
     * Name for this capability statement (human friendly)
     *
     * A short, descriptive, user-friendly title for the capability statement.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see CapabilityStatement.title). */
    _title?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this capability statement. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see CapabilityStatement.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this capability statement is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see CapabilityStatement.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the capability statement was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the capability statement changes.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.date`
     * - Type dateTime
     */
    date: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see CapabilityStatement.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the capability statement.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see CapabilityStatement.publisher). */
    _publisher?: Element;
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Natural language description of the capability statement
     *
     * A free text natural language description of the capability statement from a consumer's perspective. Typically, this is used when the capability statement describes a desired rather than an actual solution, for example as a formal expression of requirements as part of an RFP.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see CapabilityStatement.description). */
    _description?: Element;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate capability statement instances.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for capability statement (if applicable)
     *
     * A legal or geographic region in which the capability statement is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * Why this capability statement is defined
     *
     * Explaination of why this capability statement is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see CapabilityStatement.purpose). */
    _purpose?: Element;
    /**
     * Use and/or publishing restrictions
     *
     * A copyright statement relating to the capability statement and/or its contents. Copyright statements are generally legal restrictions on the use and publishing of the capability statement.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.copyright`
     * - Type markdown
     */
    copyright?: string;
    /** Extensions and id for `copyright` (FHIR JSON primitive extension, see CapabilityStatement.copyright). */
    _copyright?: Element;
    /**
     * instance | capability | requirements
     *
     * The way that this statement is intended to be used, to describe an actual running instance of software, a particular product (kind not instance of software) or a class of implementation (e.g. a desired purchase).
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.kind`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/capability-statement-kind (3 codes: instance, capability, requirements)
     */
    kind: 'capability' | 'instance' | 'requirements';
    /** Extensions and id for `kind` (FHIR JSON primitive extension, see CapabilityStatement.kind). */
    _kind?: Element;
    /**
     * Canonical URL of another capability statement this implements
     *
     * Reference to a canonical URL of another CapabilityStatement that this software implements or uses. This capability statement is a published API description that corresponds to a business service. The rest of the capability statement does not need to repeat the details of the referenced resource, but can do so.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.instantiates`
     * - Type uri
     */
    instantiates?: string[];
    /** Extensions and id for `instantiates` (FHIR JSON primitive extension, see CapabilityStatement.instantiates). */
    _instantiates?: (Element | null)[];
    /**
     * Software that is covered by this capability statement
     *
     * Software that is covered by this capability statement.  It is used when the capability statement describes the capabilities of a particular software version, independent of an installation.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.software`
     * - Type BackboneElement
     */
    software?: CapabilityStatementSoftware;
    /**
     * If this describes a specific instance
     *
     * Identifies a specific implementation instance that is described by the capability statement - i.e. a particular installation, rather than the capabilities of a software program.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.implementation`
     * - Type BackboneElement
     */
    implementation?: CapabilityStatementImplementation;
    /**
     * FHIR Version the system uses
     *
     * The version of the FHIR specification on which this capability statement is based.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.fhirVersion`
     * - Type id
     */
    fhirVersion: string;
    /** Extensions and id for `fhirVersion` (FHIR JSON primitive extension, see CapabilityStatement.fhirVersion). */
    _fhirVersion?: Element;
    /**
     * no | extensions | elements | both
     *
     * A code that indicates whether the application accepts unknown elements or extensions when reading resources.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.acceptUnknown`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/unknown-content-code (4 codes: no, extensions, elements, both)
     */
    acceptUnknown: 'both' | 'elements' | 'extensions' | 'no';
    /** Extensions and id for `acceptUnknown` (FHIR JSON primitive extension, see CapabilityStatement.acceptUnknown). */
    _acceptUnknown?: Element;
    /**
     * formats supported (xml | json | ttl | mime type)
     *
     * A list of the formats supported by this implementation using their content types.
     *
     * - Cardinality 1..*
     * - FHIR path `CapabilityStatement.format`
     * - Type code
     * - Binding required to http://www.rfc-editor.org/bcp/bcp13.txt (codes not enumerable here: http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet)
     */
    format: [string, ...string[]];
    /** Extensions and id for `format` (FHIR JSON primitive extension, see CapabilityStatement.format). */
    _format?: (Element | null)[];
    /**
     * Patch formats supported
     *
     * A list of the patch formats supported by this implementation using their content types.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.patchFormat`
     * - Type code
     * - Binding required to http://www.rfc-editor.org/bcp/bcp13.txt (codes not enumerable here: http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet)
     */
    patchFormat?: string[];
    /** Extensions and id for `patchFormat` (FHIR JSON primitive extension, see CapabilityStatement.patchFormat). */
    _patchFormat?: (Element | null)[];
    /**
     * Implementation guides supported
     *
     * A list of implementation guides that the server does (or should) support in their entirety.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.implementationGuide`
     * - Type uri
     */
    implementationGuide?: string[];
    /** Extensions and id for `implementationGuide` (FHIR JSON primitive extension, see CapabilityStatement.implementationGuide). */
    _implementationGuide?: (Element | null)[];
    /**
     * Profiles for use cases supported
     *
     * A list of profiles that represent different use cases supported by the system. For a server, "supported by the system" means the system hosts/produces a set of resources that are conformant to a particular profile, and allows clients that use its services to search using this profile and to find appropriate data. For a client, it means the system will search by this profile and process data according to the guidance implicit in the profile. See further discussion in [Using Profiles](profiling.html#profile-uses).
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.profile`
     * - Type Reference
     */
    profile?: Reference<'StructureDefinition'>[];
    /**
     * If the endpoint is a RESTful one
     *
     * A definition of the restful capabilities of the solution, if any.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest`
     * - Type BackboneElement
     */
    rest?: CapabilityStatementRest[];
    /**
     * If messaging is supported
     *
     * A description of the messaging capabilities of the solution.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.messaging`
     * - Type BackboneElement
     */
    messaging?: CapabilityStatementMessaging[];
    /**
     * Document definition
     *
     * A document definition.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.document`
     * - Type BackboneElement
     */
    document?: CapabilityStatementDocument[];
}
/**
 * Software that is covered by this capability statement
 *
 * Software that is covered by this capability statement.  It is used when the capability statement describes the capabilities of a particular software version, independent of an installation.
 *
 * - Cardinality 0..1
 * - FHIR path `CapabilityStatement.software`
 * - Type BackboneElement
 */
export interface CapabilityStatementSoftware {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.software.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CapabilityStatement.software.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.software.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.software.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * A name the software is known by
     *
     * Name software is known by.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.software.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see CapabilityStatement.software.name). */
    _name?: Element;
    /**
     * Version covered by this statement
     *
     * The version identifier for the software covered by this statement.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.software.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see CapabilityStatement.software.version). */
    _version?: Element;
    /**
     * Date this version released
     *
     * Date this version of the software was released.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.software.releaseDate`
     * - Type dateTime
     */
    releaseDate?: string;
    /** Extensions and id for `releaseDate` (FHIR JSON primitive extension, see CapabilityStatement.software.releaseDate). */
    _releaseDate?: Element;
}
/**
 * If this describes a specific instance
 *
 * Identifies a specific implementation instance that is described by the capability statement - i.e. a particular installation, rather than the capabilities of a software program.
 *
 * - Cardinality 0..1
 * - FHIR path `CapabilityStatement.implementation`
 * - Type BackboneElement
 */
export interface CapabilityStatementImplementation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.implementation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CapabilityStatement.implementation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.implementation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.implementation.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Describes this specific instance
     *
     * Information about the specific installation that this capability statement relates to.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.implementation.description`
     * - Type string
     */
    description: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see CapabilityStatement.implementation.description). */
    _description?: Element;
    /**
     * Base URL for the installation
     *
     * An absolute base URL for the implementation.  This forms the base for REST interfaces as well as the mailbox and document interfaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.implementation.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see CapabilityStatement.implementation.url). */
    _url?: Element;
}
/**
 * If the endpoint is a RESTful one
 *
 * A definition of the restful capabilities of the solution, if any.
 *
 * - Cardinality 0..*
 * - FHIR path `CapabilityStatement.rest`
 * - Type BackboneElement
 */
export interface CapabilityStatementRest {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CapabilityStatement.rest.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * client | server
     *
     * Identifies whether this portion of the statement is describing the ability to initiate or receive restful operations.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.rest.mode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/restful-capability-mode (2 codes: client, server)
     */
    mode: 'client' | 'server';
    /** Extensions and id for `mode` (FHIR JSON primitive extension, see CapabilityStatement.rest.mode). */
    _mode?: Element;
    /**
     * General description of implementation
     *
     * Information about the system's restful capabilities that apply across all applications, such as security.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.documentation`
     * - Type string
     */
    documentation?: string;
    /** Extensions and id for `documentation` (FHIR JSON primitive extension, see CapabilityStatement.rest.documentation). */
    _documentation?: Element;
    /**
     * Information about security of implementation
     *
     * Information about security implementation from an interface perspective - what a client needs to know.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.security`
     * - Type BackboneElement
     */
    security?: CapabilityStatementRestSecurity;
    /**
     * Resource served on the REST interface
     *
     * A specification of the restful capabilities of the solution for a specific resource type.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.resource`
     * - Type BackboneElement
     */
    resource?: CapabilityStatementRestResource[];
    /**
     * What operations are supported?
     *
     * A specification of restful operations supported by the system.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.interaction`
     * - Type BackboneElement
     */
    interaction?: CapabilityStatementRestInteraction[];
    /**
     * Search parameters for searching all resources
     *
     * Search parameters that are supported for searching all resources for implementations to support and/or make use of - either references to ones defined in the specification, or additional ones defined for/by the implementation.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.searchParam`
     */
    searchParam?: CapabilityStatementRestResourceSearchParam[];
    /**
     * Definition of an operation or a custom query
     *
     * Definition of an operation or a named query together with its parameters and their meaning and type.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.operation`
     * - Type BackboneElement
     */
    operation?: CapabilityStatementRestOperation[];
    /**
     * Compartments served/used by system
     *
     * An absolute URI which is a reference to the definition of a compartment that the system supports. The reference is to a CompartmentDefinition resource by its canonical URL .
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.compartment`
     * - Type uri
     */
    compartment?: string[];
    /** Extensions and id for `compartment` (FHIR JSON primitive extension, see CapabilityStatement.rest.compartment). */
    _compartment?: (Element | null)[];
}
/**
 * Information about security of implementation
 *
 * Information about security implementation from an interface perspective - what a client needs to know.
 *
 * - Cardinality 0..1
 * - FHIR path `CapabilityStatement.rest.security`
 * - Type BackboneElement
 */
export interface CapabilityStatementRestSecurity {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.security.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CapabilityStatement.rest.security.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.security.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.security.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Adds CORS Headers (http://enable-cors.org/)
     *
     * Server adds CORS headers when responding to requests - this enables javascript applications to use the server.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.security.cors`
     * - Type boolean
     */
    cors?: boolean;
    /** Extensions and id for `cors` (FHIR JSON primitive extension, see CapabilityStatement.rest.security.cors). */
    _cors?: Element;
    /**
     * OAuth | SMART-on-FHIR | NTLM | Basic | Kerberos | Certificates
     *
     * Types of security services that are supported/required by the system.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.security.service`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/restful-security-service (6 codes: OAuth, SMART-on-FHIR, NTLM, Basic, Kerberos, Certificates)
     */
    service?: CodeableConcept[];
    /**
     * General description of how security works
     *
     * General description of how security works.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.security.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see CapabilityStatement.rest.security.description). */
    _description?: Element;
    /**
     * Certificates associated with security profiles
     *
     * Certificates associated with security profiles.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.security.certificate`
     * - Type BackboneElement
     */
    certificate?: CapabilityStatementRestSecurityCertificate[];
}
/**
 * Certificates associated with security profiles
 *
 * Certificates associated with security profiles.
 *
 * - Cardinality 0..*
 * - FHIR path `CapabilityStatement.rest.security.certificate`
 * - Type BackboneElement
 */
export interface CapabilityStatementRestSecurityCertificate {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.security.certificate.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CapabilityStatement.rest.security.certificate.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.security.certificate.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.security.certificate.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Mime type for certificates
     *
     * Mime type for a certificate.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.security.certificate.type`
     * - Type code
     * - Binding required to http://www.rfc-editor.org/bcp/bcp13.txt (codes not enumerable here: http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet)
     */
    type?: string;
    /** Extensions and id for `type` (FHIR JSON primitive extension, see CapabilityStatement.rest.security.certificate.type). */
    _type?: Element;
    /**
     * Actual certificate
     *
     * Actual certificate.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.security.certificate.blob`
     * - Type base64Binary
     */
    blob?: string;
    /** Extensions and id for `blob` (FHIR JSON primitive extension, see CapabilityStatement.rest.security.certificate.blob). */
    _blob?: Element;
}
/**
 * Resource served on the REST interface
 *
 * A specification of the restful capabilities of the solution for a specific resource type.
 *
 * - Cardinality 0..*
 * - FHIR path `CapabilityStatement.rest.resource`
 * - Type BackboneElement
 */
export interface CapabilityStatementRestResource {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.resource.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.resource.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.resource.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * A resource type that is supported
     *
     * A type of resource exposed via the restful interface.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.rest.resource.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/resource-types (119 codes: Account, ActivityDefinition, AdverseEvent, AllergyIntolerance, Appointment, AppointmentResponse, AuditEvent, Basic, Binary, BodySite, Bundle, CapabilityStatement, ...)
     */
    type: 'Account' | 'ActivityDefinition' | 'AdverseEvent' | 'AllergyIntolerance' | 'Appointment' | 'AppointmentResponse' | 'AuditEvent' | 'Basic' | 'Binary' | 'BodySite' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'CodeSystem' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'Contract' | 'Coverage' | 'DataElement' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'Library' | 'Linkage' | 'List' | 'Location' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'NamingSystem' | 'NutritionOrder' | 'Observation' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Person' | 'PlanDefinition' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Questionnaire' | 'QuestionnaireResponse' | 'ReferralRequest' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Slot' | 'Specimen' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'ValueSet' | 'VisionPrescription';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.type). */
    _type?: Element;
    /**
     * Base System profile for all uses of resource
     *
     * A specification of the profile that describes the solution's overall support for the resource, including any constraints on cardinality, bindings, lengths or other limitations. See further discussion in [Using Profiles](profiling.html#profile-uses).
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.resource.profile`
     * - Type Reference
     */
    profile?: Reference<'StructureDefinition'>;
    /**
     * Additional information about the use of the resource type
     *
     * Additional information about the resource type used by the system.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.resource.documentation`
     * - Type markdown
     */
    documentation?: string;
    /** Extensions and id for `documentation` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.documentation). */
    _documentation?: Element;
    /**
     * What operations are supported?
     *
     * Identifies a restful operation supported by the solution.
     *
     * - Cardinality 1..*
     * - FHIR path `CapabilityStatement.rest.resource.interaction`
     * - Type BackboneElement
     */
    interaction: [CapabilityStatementRestResourceInteraction, ...CapabilityStatementRestResourceInteraction[]];
    /**
     * no-version | versioned | versioned-update
     *
     * This field is set to no-version to specify that the system does not support (server) or use (client) versioning for this resource type. If this has some other value, the server must at least correctly track and populate the versionId meta-property on resources. If the value is 'versioned-update', then the server supports all the versioning features, including using e-tags for version integrity in the API.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.resource.versioning`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/versioning-policy (3 codes: no-version, versioned, versioned-update)
     */
    versioning?: 'no-version' | 'versioned' | 'versioned-update';
    /** Extensions and id for `versioning` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.versioning). */
    _versioning?: Element;
    /**
     * Whether vRead can return past versions
     *
     * A flag for whether the server is able to return past versions as part of the vRead operation.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.resource.readHistory`
     * - Type boolean
     */
    readHistory?: boolean;
    /** Extensions and id for `readHistory` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.readHistory). */
    _readHistory?: Element;
    /**
     * If update can commit to a new identity
     *
     * A flag to indicate that the server allows or needs to allow the client to create new identities on the server (e.g. that is, the client PUTs to a location where there is no existing resource). Allowing this operation means that the server allows the client to create new identities on the server.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.resource.updateCreate`
     * - Type boolean
     */
    updateCreate?: boolean;
    /** Extensions and id for `updateCreate` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.updateCreate). */
    _updateCreate?: Element;
    /**
     * If allows/uses conditional create
     *
     * A flag that indicates that the server supports conditional create.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.resource.conditionalCreate`
     * - Type boolean
     */
    conditionalCreate?: boolean;
    /** Extensions and id for `conditionalCreate` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.conditionalCreate). */
    _conditionalCreate?: Element;
    /**
     * not-supported | modified-since | not-match | full-support
     *
     * A code that indicates how the server supports conditional read.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.resource.conditionalRead`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/conditional-read-status (4 codes: not-supported, modified-since, not-match, full-support)
     */
    conditionalRead?: 'full-support' | 'modified-since' | 'not-match' | 'not-supported';
    /** Extensions and id for `conditionalRead` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.conditionalRead). */
    _conditionalRead?: Element;
    /**
     * If allows/uses conditional update
     *
     * A flag that indicates that the server supports conditional update.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.resource.conditionalUpdate`
     * - Type boolean
     */
    conditionalUpdate?: boolean;
    /** Extensions and id for `conditionalUpdate` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.conditionalUpdate). */
    _conditionalUpdate?: Element;
    /**
     * not-supported | single | multiple - how conditional delete is supported
     *
     * A code that indicates how the server supports conditional delete.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.resource.conditionalDelete`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/conditional-delete-status (3 codes: not-supported, single, multiple)
     */
    conditionalDelete?: 'multiple' | 'not-supported' | 'single';
    /** Extensions and id for `conditionalDelete` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.conditionalDelete). */
    _conditionalDelete?: Element;
    /**
     * literal | logical | resolves | enforced | local
     *
     * A set of flags that defines how references are supported.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.resource.referencePolicy`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/reference-handling-policy (5 codes: literal, logical, resolves, enforced, local)
     */
    referencePolicy?: ('enforced' | 'literal' | 'local' | 'logical' | 'resolves')[];
    /** Extensions and id for `referencePolicy` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.referencePolicy). */
    _referencePolicy?: (Element | null)[];
    /**
     * _include values supported by the server
     *
     * A list of _include values supported by the server.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.resource.searchInclude`
     * - Type string
     */
    searchInclude?: string[];
    /** Extensions and id for `searchInclude` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.searchInclude). */
    _searchInclude?: (Element | null)[];
    /**
     * _revinclude values supported by the server
     *
     * A list of _revinclude (reverse include) values supported by the server.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.resource.searchRevInclude`
     * - Type string
     */
    searchRevInclude?: string[];
    /** Extensions and id for `searchRevInclude` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.searchRevInclude). */
    _searchRevInclude?: (Element | null)[];
    /**
     * Search parameters supported by implementation
     *
     * Search parameters for implementations to support and/or make use of - either references to ones defined in the specification, or additional ones defined for/by the implementation.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.resource.searchParam`
     * - Type BackboneElement
     */
    searchParam?: CapabilityStatementRestResourceSearchParam[];
}
/**
 * What operations are supported?
 *
 * Identifies a restful operation supported by the solution.
 *
 * - Cardinality 1..*
 * - FHIR path `CapabilityStatement.rest.resource.interaction`
 * - Type BackboneElement
 */
export interface CapabilityStatementRestResourceInteraction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.resource.interaction.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.interaction.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.resource.interaction.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.resource.interaction.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * read | vread | update | patch | delete | history-instance | history-type | create | search-type
     *
     * Coded identifier of the operation, supported by the system resource.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.rest.resource.interaction.code`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/type-restful-interaction (9 codes: read, vread, update, patch, delete, history-instance, history-type, create, search-type)
     */
    code: 'create' | 'delete' | 'history-instance' | 'history-type' | 'patch' | 'read' | 'search-type' | 'update' | 'vread';
    /** Extensions and id for `code` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.interaction.code). */
    _code?: Element;
    /**
     * Anything special about operation behavior
     *
     * Guidance specific to the implementation of this operation, such as 'delete is a logical delete' or 'updates are only allowed with version id' or 'creates permitted from pre-authorized certificates only'.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.resource.interaction.documentation`
     * - Type string
     */
    documentation?: string;
    /** Extensions and id for `documentation` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.interaction.documentation). */
    _documentation?: Element;
}
/**
 * Search parameters supported by implementation
 *
 * Search parameters for implementations to support and/or make use of - either references to ones defined in the specification, or additional ones defined for/by the implementation.
 *
 * - Cardinality 0..*
 * - FHIR path `CapabilityStatement.rest.resource.searchParam`
 * - Type BackboneElement
 */
export interface CapabilityStatementRestResourceSearchParam {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.resource.searchParam.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.searchParam.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.resource.searchParam.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.resource.searchParam.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Name of search parameter
     *
     * The name of the search parameter used in the interface.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.rest.resource.searchParam.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.searchParam.name). */
    _name?: Element;
    /**
     * Source of definition for parameter
     *
     * An absolute URI that is a formal reference to where this parameter was first defined, so that a client can be confident of the meaning of the search parameter (a reference to [SearchParameter.url]()).
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.resource.searchParam.definition`
     * - Type uri
     */
    definition?: string;
    /** Extensions and id for `definition` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.searchParam.definition). */
    _definition?: Element;
    /**
     * number | date | string | token | reference | composite | quantity | uri
     *
     * The type of value a search parameter refers to, and how the content is interpreted.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.rest.resource.searchParam.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/search-param-type (8 codes: number, date, string, token, reference, composite, quantity, uri)
     */
    type: 'composite' | 'date' | 'number' | 'quantity' | 'reference' | 'string' | 'token' | 'uri';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.searchParam.type). */
    _type?: Element;
    /**
     * Server-specific usage
     *
     * This allows documentation of any distinct behaviors about how the search parameter is used.  For example, text matching algorithms.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.resource.searchParam.documentation`
     * - Type string
     */
    documentation?: string;
    /** Extensions and id for `documentation` (FHIR JSON primitive extension, see CapabilityStatement.rest.resource.searchParam.documentation). */
    _documentation?: Element;
}
/**
 * What operations are supported?
 *
 * A specification of restful operations supported by the system.
 *
 * - Cardinality 0..*
 * - FHIR path `CapabilityStatement.rest.interaction`
 * - Type BackboneElement
 */
export interface CapabilityStatementRestInteraction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.interaction.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CapabilityStatement.rest.interaction.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.interaction.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.interaction.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * transaction | batch | search-system | history-system
     *
     * A coded identifier of the operation, supported by the system.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.rest.interaction.code`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/system-restful-interaction (4 codes: transaction, batch, search-system, history-system)
     */
    code: 'batch' | 'history-system' | 'search-system' | 'transaction';
    /** Extensions and id for `code` (FHIR JSON primitive extension, see CapabilityStatement.rest.interaction.code). */
    _code?: Element;
    /**
     * Anything special about operation behavior
     *
     * Guidance specific to the implementation of this operation, such as limitations on the kind of transactions allowed, or information about system wide search is implemented.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.interaction.documentation`
     * - Type string
     */
    documentation?: string;
    /** Extensions and id for `documentation` (FHIR JSON primitive extension, see CapabilityStatement.rest.interaction.documentation). */
    _documentation?: Element;
}
/**
 * Definition of an operation or a custom query
 *
 * Definition of an operation or a named query together with its parameters and their meaning and type.
 *
 * - Cardinality 0..*
 * - FHIR path `CapabilityStatement.rest.operation`
 * - Type BackboneElement
 */
export interface CapabilityStatementRestOperation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.rest.operation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CapabilityStatement.rest.operation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.operation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.rest.operation.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Name by which the operation/query is invoked
     *
     * The name of the operation or query. For an operation, this is the name  prefixed with $ and used in the URL. For a query, this is the name used in the _query parameter when the query is called.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.rest.operation.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see CapabilityStatement.rest.operation.name). */
    _name?: Element;
    /**
     * The defined operation/query
     *
     * Where the formal definition can be found.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.rest.operation.definition`
     * - Type Reference
     */
    definition: Reference<'OperationDefinition'>;
}
/**
 * If messaging is supported
 *
 * A description of the messaging capabilities of the solution.
 *
 * - Cardinality 0..*
 * - FHIR path `CapabilityStatement.messaging`
 * - Type BackboneElement
 */
export interface CapabilityStatementMessaging {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.messaging.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CapabilityStatement.messaging.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.messaging.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.messaging.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Where messages should be sent
     *
     * An endpoint (network accessible address) to which messages and/or replies are to be sent.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.messaging.endpoint`
     * - Type BackboneElement
     */
    endpoint?: CapabilityStatementMessagingEndpoint[];
    /**
     * Reliable Message Cache Length (min)
     *
     * Length if the receiver's reliable messaging cache in minutes (if a receiver) or how long the cache length on the receiver should be (if a sender).
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.messaging.reliableCache`
     * - Type unsignedInt
     */
    reliableCache?: number;
    /** Extensions and id for `reliableCache` (FHIR JSON primitive extension, see CapabilityStatement.messaging.reliableCache). */
    _reliableCache?: Element;
    /**
     * Messaging interface behavior details
     *
     * Documentation about the system's messaging capabilities for this endpoint not otherwise documented by the capability statement.  For example, the process for becoming an authorized messaging exchange partner.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.messaging.documentation`
     * - Type string
     */
    documentation?: string;
    /** Extensions and id for `documentation` (FHIR JSON primitive extension, see CapabilityStatement.messaging.documentation). */
    _documentation?: Element;
    /**
     * Messages supported by this system
     *
     * References to message definitions for messages this system can send or receive.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.messaging.supportedMessage`
     * - Type BackboneElement
     */
    supportedMessage?: CapabilityStatementMessagingSupportedMessage[];
    /**
     * Declare support for this event
     *
     * A description of the solution's support for an event at this end-point.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.messaging.event`
     * - Type BackboneElement
     */
    event?: CapabilityStatementMessagingEvent[];
}
/**
 * Where messages should be sent
 *
 * An endpoint (network accessible address) to which messages and/or replies are to be sent.
 *
 * - Cardinality 0..*
 * - FHIR path `CapabilityStatement.messaging.endpoint`
 * - Type BackboneElement
 */
export interface CapabilityStatementMessagingEndpoint {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.messaging.endpoint.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CapabilityStatement.messaging.endpoint.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.messaging.endpoint.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.messaging.endpoint.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * http | ftp | mllp +
     *
     * A list of the messaging transport protocol(s) identifiers, supported by this endpoint.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.messaging.endpoint.protocol`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/message-transport (3 codes: http, ftp, mllp)
     */
    protocol: Coding;
    /**
     * Network address or identifier of the end-point
     *
     * The network address of the end-point. For solutions that do not use network addresses for routing, it can be just an identifier.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.messaging.endpoint.address`
     * - Type uri
     */
    address: string;
    /** Extensions and id for `address` (FHIR JSON primitive extension, see CapabilityStatement.messaging.endpoint.address). */
    _address?: Element;
}
/**
 * Messages supported by this system
 *
 * References to message definitions for messages this system can send or receive.
 *
 * - Cardinality 0..*
 * - FHIR path `CapabilityStatement.messaging.supportedMessage`
 * - Type BackboneElement
 */
export interface CapabilityStatementMessagingSupportedMessage {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.messaging.supportedMessage.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CapabilityStatement.messaging.supportedMessage.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.messaging.supportedMessage.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.messaging.supportedMessage.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * sender | receiver
     *
     * The mode of this event declaration - whether application is sender or receiver.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.messaging.supportedMessage.mode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/event-capability-mode (2 codes: sender, receiver)
     */
    mode: 'receiver' | 'sender';
    /** Extensions and id for `mode` (FHIR JSON primitive extension, see CapabilityStatement.messaging.supportedMessage.mode). */
    _mode?: Element;
    /**
     * Message supported by this system
     *
     * Points to a message definition that identifies the messaging event, message structure, allowed responses, etc.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.messaging.supportedMessage.definition`
     * - Type Reference
     */
    definition: Reference<'MessageDefinition'>;
}
/**
 * Declare support for this event
 *
 * A description of the solution's support for an event at this end-point.
 *
 * - Cardinality 0..*
 * - FHIR path `CapabilityStatement.messaging.event`
 * - Type BackboneElement
 */
export interface CapabilityStatementMessagingEvent {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.messaging.event.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CapabilityStatement.messaging.event.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.messaging.event.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.messaging.event.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Event type
     *
     * A coded identifier of a supported messaging event.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.messaging.event.code`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/message-events (codes not enumerable here: example binding: not checked)
     */
    code: Coding;
    /**
     * Consequence | Currency | Notification
     *
     * The impact of the content of the message.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.messaging.event.category`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/message-significance-category (3 codes: Consequence, Currency, Notification)
     */
    category?: 'Consequence' | 'Currency' | 'Notification';
    /** Extensions and id for `category` (FHIR JSON primitive extension, see CapabilityStatement.messaging.event.category). */
    _category?: Element;
    /**
     * sender | receiver
     *
     * The mode of this event declaration - whether an application is a sender or receiver.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.messaging.event.mode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/event-capability-mode (2 codes: sender, receiver)
     */
    mode: 'receiver' | 'sender';
    /** Extensions and id for `mode` (FHIR JSON primitive extension, see CapabilityStatement.messaging.event.mode). */
    _mode?: Element;
    /**
     * Resource that's focus of message
     *
     * A resource associated with the event.  This is the resource that defines the event.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.messaging.event.focus`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/resource-types (119 codes: Account, ActivityDefinition, AdverseEvent, AllergyIntolerance, Appointment, AppointmentResponse, AuditEvent, Basic, Binary, BodySite, Bundle, CapabilityStatement, ...)
     */
    focus: 'Account' | 'ActivityDefinition' | 'AdverseEvent' | 'AllergyIntolerance' | 'Appointment' | 'AppointmentResponse' | 'AuditEvent' | 'Basic' | 'Binary' | 'BodySite' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'CodeSystem' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'Contract' | 'Coverage' | 'DataElement' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'Library' | 'Linkage' | 'List' | 'Location' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'NamingSystem' | 'NutritionOrder' | 'Observation' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Person' | 'PlanDefinition' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Questionnaire' | 'QuestionnaireResponse' | 'ReferralRequest' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Slot' | 'Specimen' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'ValueSet' | 'VisionPrescription';
    /** Extensions and id for `focus` (FHIR JSON primitive extension, see CapabilityStatement.messaging.event.focus). */
    _focus?: Element;
    /**
     * Profile that describes the request
     *
     * Information about the request for this event.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.messaging.event.request`
     * - Type Reference
     */
    request: Reference<'StructureDefinition'>;
    /**
     * Profile that describes the response
     *
     * Information about the response for this event.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.messaging.event.response`
     * - Type Reference
     */
    response: Reference<'StructureDefinition'>;
    /**
     * Endpoint-specific event documentation
     *
     * Guidance on how this event is handled, such as internal system trigger points, business rules, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.messaging.event.documentation`
     * - Type string
     */
    documentation?: string;
    /** Extensions and id for `documentation` (FHIR JSON primitive extension, see CapabilityStatement.messaging.event.documentation). */
    _documentation?: Element;
}
/**
 * Document definition
 *
 * A document definition.
 *
 * - Cardinality 0..*
 * - FHIR path `CapabilityStatement.document`
 * - Type BackboneElement
 */
export interface CapabilityStatementDocument {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.document.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CapabilityStatement.document.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.document.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CapabilityStatement.document.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * producer | consumer
     *
     * Mode of this document declaration - whether an application is a producer or consumer.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.document.mode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/document-mode (2 codes: producer, consumer)
     */
    mode: 'consumer' | 'producer';
    /** Extensions and id for `mode` (FHIR JSON primitive extension, see CapabilityStatement.document.mode). */
    _mode?: Element;
    /**
     * Description of document support
     *
     * A description of how the application supports or uses the specified document profile.  For example, when documents are created, what action is taken with consumed documents, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `CapabilityStatement.document.documentation`
     * - Type string
     */
    documentation?: string;
    /** Extensions and id for `documentation` (FHIR JSON primitive extension, see CapabilityStatement.document.documentation). */
    _documentation?: Element;
    /**
     * Constraint on a resource used in the document
     *
     * A constraint on a resource used in the document.
     *
     * - Cardinality 1..1
     * - FHIR path `CapabilityStatement.document.profile`
     * - Type Reference
     */
    profile: Reference<'StructureDefinition'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCapabilityStatement(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCapabilityStatementSoftware(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCapabilityStatementImplementation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCapabilityStatementRest(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCapabilityStatementMessaging(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCapabilityStatementDocument(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCapabilityStatementRestSecurity(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCapabilityStatementRestResource(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCapabilityStatementRestInteraction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCapabilityStatementRestResourceSearchParam(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCapabilityStatementRestOperation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCapabilityStatementMessagingEndpoint(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCapabilityStatementMessagingSupportedMessage(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCapabilityStatementMessagingEvent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCapabilityStatementRestSecurityCertificate(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCapabilityStatementRestResourceInteraction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CapabilityStatement (http://hl7.org/fhir/StructureDefinition/CapabilityStatement).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCapabilityStatement(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCapabilityStatement} with the same options reports no error or fatal issue: CapabilityStatement (http://hl7.org/fhir/StructureDefinition/CapabilityStatement). */
export declare function isCapabilityStatement(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CapabilityStatement;
/** Input of {@link buildCapabilityStatement}: a {@link CapabilityStatement} without what the builder fills in. */
export type CapabilityStatementInput = BuilderInput<CapabilityStatement, 'resourceType'>;
/**
 * Builds a {@link CapabilityStatement} (CapabilityStatement, http://hl7.org/fhir/StructureDefinition/CapabilityStatement).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "CapabilityStatement"
 *
 * The result is checked with {@link validateCapabilityStatement}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCapabilityStatement(input: CapabilityStatementInput): CapabilityStatement;
