import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
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
 * TestScript
 *
 * Base StructureDefinition for TestScript Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/TestScript
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface TestScript {
    /** The FHIR resource type. */
    resourceType: 'TestScript';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see TestScript.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see TestScript.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this test script (globally unique)
     *
     * An absolute URI that is used to identify this test script when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this test script is (or will be) published. The URL SHOULD include the major version of the test script. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.url`
     * - Type uri
     */
    url: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see TestScript.url). */
    _url?: Element;
    /**
     * Additional identifier for the test script
     *
     * A formal identifier that is used to identify this test script when it is represented in other formats, or referenced in a specification, model, design or an instance.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Business version of the test script
     *
     * The identifier that is used to identify this version of the test script when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the test script author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see TestScript.version). */
    _version?: Element;
    /**
     * Name for this test script (computer friendly)
     *
     * A natural language name identifying the test script. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see TestScript.name). */
    _name?: Element;
    /**
     * Name for this test script (human friendly)
     *
     * A short, descriptive, user-friendly title for the test script.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see TestScript.title). */
    _title?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this test script. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see TestScript.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this test script is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see TestScript.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the test script was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the test script changes.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see TestScript.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the test script.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see TestScript.publisher). */
    _publisher?: Element;
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Natural language description of the test script
     *
     * A free text natural language description of the test script from a consumer's perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see TestScript.description). */
    _description?: Element;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate test script instances.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for test script (if applicable)
     *
     * A legal or geographic region in which the test script is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * Why this test script is defined
     *
     * Explaination of why this test script is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see TestScript.purpose). */
    _purpose?: Element;
    /**
     * Use and/or publishing restrictions
     *
     * A copyright statement relating to the test script and/or its contents. Copyright statements are generally legal restrictions on the use and publishing of the test script.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.copyright`
     * - Type markdown
     */
    copyright?: string;
    /** Extensions and id for `copyright` (FHIR JSON primitive extension, see TestScript.copyright). */
    _copyright?: Element;
    /**
     * An abstract server representing a client or sender in a message exchange
     *
     * An abstract server used in operations within this test script in the origin element.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.origin`
     * - Type BackboneElement
     */
    origin?: TestScriptOrigin[];
    /**
     * An abstract server representing a destination or receiver in a message exchange
     *
     * An abstract server used in operations within this test script in the destination element.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.destination`
     * - Type BackboneElement
     */
    destination?: TestScriptDestination[];
    /**
     * Required capability that is assumed to function correctly on the FHIR server being tested
     *
     * The required capability must exist and are assumed to function correctly on the FHIR server being tested.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.metadata`
     * - Type BackboneElement
     */
    metadata?: TestScriptMetadata;
    /**
     * Fixture in the test script - by reference (uri)
     *
     * Fixture in the test script - by reference (uri). All fixtures are required for the test script to execute.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.fixture`
     * - Type BackboneElement
     */
    fixture?: TestScriptFixture[];
    /**
     * Reference of the validation profile
     *
     * Reference to the profile to be used for validation.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.profile`
     * - Type Reference
     */
    profile?: Reference[];
    /**
     * Placeholder for evaluated elements
     *
     * Variable is set based either on element value in response body or on header field value in the response headers.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.variable`
     * - Type BackboneElement
     */
    variable?: TestScriptVariable[];
    /**
     * Assert rule used within the test script
     *
     * Assert rule to be used in one or more asserts within the test script.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.rule`
     * - Type BackboneElement
     */
    rule?: TestScriptRule[];
    /**
     * Assert ruleset used within the test script
     *
     * Contains one or more rules.  Offers a way to group rules so assertions could reference the group of rules and have them all applied.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.ruleset`
     * - Type BackboneElement
     */
    ruleset?: TestScriptRuleset[];
    /**
     * A series of required setup operations before tests are executed
     *
     * A series of required setup operations before tests are executed.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup`
     * - Type BackboneElement
     */
    setup?: TestScriptSetup;
    /**
     * A test in this script
     *
     * A test in this script.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.test`
     * - Type BackboneElement
     */
    test?: TestScriptTest[];
    /**
     * A series of required clean up steps
     *
     * A series of operations required to clean up after the all the tests are executed (successfully or otherwise).
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.teardown`
     * - Type BackboneElement
     */
    teardown?: TestScriptTeardown;
}
/**
 * An abstract server representing a client or sender in a message exchange
 *
 * An abstract server used in operations within this test script in the origin element.
 *
 * - Cardinality 0..*
 * - FHIR path `TestScript.origin`
 * - Type BackboneElement
 */
export interface TestScriptOrigin {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.origin.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.origin.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.origin.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.origin.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The index of the abstract origin server starting at 1
     *
     * Abstract name given to an origin server in this test script.  The name is provided as a number starting at 1.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.origin.index`
     * - Type integer
     */
    index: number;
    /** Extensions and id for `index` (FHIR JSON primitive extension, see TestScript.origin.index). */
    _index?: Element;
    /**
     * FHIR-Client | FHIR-SDC-FormFiller
     *
     * The type of origin profile the test system supports.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.origin.profile`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/testscript-profile-origin-types (2 codes: FHIR-Client, FHIR-SDC-FormFiller)
     */
    profile: Coding;
}
/**
 * An abstract server representing a destination or receiver in a message exchange
 *
 * An abstract server used in operations within this test script in the destination element.
 *
 * - Cardinality 0..*
 * - FHIR path `TestScript.destination`
 * - Type BackboneElement
 */
export interface TestScriptDestination {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.destination.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.destination.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.destination.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.destination.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The index of the abstract destination server starting at 1
     *
     * Abstract name given to a destination server in this test script.  The name is provided as a number starting at 1.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.destination.index`
     * - Type integer
     */
    index: number;
    /** Extensions and id for `index` (FHIR JSON primitive extension, see TestScript.destination.index). */
    _index?: Element;
    /**
     * FHIR-Server | FHIR-SDC-FormManager | FHIR-SDC-FormReceiver | FHIR-SDC-FormProcessor
     *
     * The type of destination profile the test system supports.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.destination.profile`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/testscript-profile-destination-types (4 codes: FHIR-Server, FHIR-SDC-FormManager, FHIR-SDC-FormProcessor, FHIR-SDC-FormReceiver)
     */
    profile: Coding;
}
/**
 * Required capability that is assumed to function correctly on the FHIR server being tested
 *
 * The required capability must exist and are assumed to function correctly on the FHIR server being tested.
 *
 * - Cardinality 0..1
 * - FHIR path `TestScript.metadata`
 * - Type BackboneElement
 */
export interface TestScriptMetadata {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.metadata.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.metadata.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.metadata.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.metadata.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Links to the FHIR specification
     *
     * A link to the FHIR specification that this test is covering.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.metadata.link`
     * - Type BackboneElement
     */
    link?: TestScriptMetadataLink[];
    /**
     * Capabilities  that are assumed to function correctly on the FHIR server being tested
     *
     * Capabilities that must exist and are assumed to function correctly on the FHIR server being tested.
     *
     * - Cardinality 1..*
     * - FHIR path `TestScript.metadata.capability`
     * - Type BackboneElement
     */
    capability: [TestScriptMetadataCapability, ...TestScriptMetadataCapability[]];
}
/**
 * Links to the FHIR specification
 *
 * A link to the FHIR specification that this test is covering.
 *
 * - Cardinality 0..*
 * - FHIR path `TestScript.metadata.link`
 * - Type BackboneElement
 */
export interface TestScriptMetadataLink {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.metadata.link.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.metadata.link.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.metadata.link.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.metadata.link.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * URL to the specification
     *
     * URL to a particular requirement or feature within the FHIR specification.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.metadata.link.url`
     * - Type uri
     */
    url: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see TestScript.metadata.link.url). */
    _url?: Element;
    /**
     * Short description
     *
     * Short description of the link.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.metadata.link.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see TestScript.metadata.link.description). */
    _description?: Element;
}
/**
 * Capabilities  that are assumed to function correctly on the FHIR server being tested
 *
 * Capabilities that must exist and are assumed to function correctly on the FHIR server being tested.
 *
 * - Cardinality 1..*
 * - FHIR path `TestScript.metadata.capability`
 * - Type BackboneElement
 */
export interface TestScriptMetadataCapability {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.metadata.capability.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.metadata.capability.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.metadata.capability.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.metadata.capability.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Are the capabilities required?
     *
     * Whether or not the test execution will require the given capabilities of the server in order for this test script to execute.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.metadata.capability.required`
     * - Type boolean
     */
    required?: boolean;
    /** Extensions and id for `required` (FHIR JSON primitive extension, see TestScript.metadata.capability.required). */
    _required?: Element;
    /**
     * Are the capabilities validated?
     *
     * Whether or not the test execution will validate the given capabilities of the server in order for this test script to execute.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.metadata.capability.validated`
     * - Type boolean
     */
    validated?: boolean;
    /** Extensions and id for `validated` (FHIR JSON primitive extension, see TestScript.metadata.capability.validated). */
    _validated?: Element;
    /**
     * The expected capabilities of the server
     *
     * Description of the capabilities that this test script is requiring the server to support.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.metadata.capability.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see TestScript.metadata.capability.description). */
    _description?: Element;
    /**
     * Which origin server these requirements apply to
     *
     * Which origin server these requirements apply to.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.metadata.capability.origin`
     * - Type integer
     */
    origin?: number[];
    /** Extensions and id for `origin` (FHIR JSON primitive extension, see TestScript.metadata.capability.origin). */
    _origin?: (Element | null)[];
    /**
     * Which server these requirements apply to
     *
     * Which server these requirements apply to.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.metadata.capability.destination`
     * - Type integer
     */
    destination?: number;
    /** Extensions and id for `destination` (FHIR JSON primitive extension, see TestScript.metadata.capability.destination). */
    _destination?: Element;
    /**
     * Links to the FHIR specification
     *
     * Links to the FHIR specification that describes this interaction and the resources involved in more detail.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.metadata.capability.link`
     * - Type uri
     */
    link?: string[];
    /** Extensions and id for `link` (FHIR JSON primitive extension, see TestScript.metadata.capability.link). */
    _link?: (Element | null)[];
    /**
     * Required Capability Statement
     *
     * Minimum capabilities required of server for test script to execute successfully.   If server does not meet at a minimum the referenced capability statement, then all tests in this script are skipped.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.metadata.capability.capabilities`
     * - Type Reference
     */
    capabilities: Reference<'CapabilityStatement'>;
}
/**
 * Fixture in the test script - by reference (uri)
 *
 * Fixture in the test script - by reference (uri). All fixtures are required for the test script to execute.
 *
 * - Cardinality 0..*
 * - FHIR path `TestScript.fixture`
 * - Type BackboneElement
 */
export interface TestScriptFixture {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.fixture.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.fixture.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.fixture.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.fixture.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Whether or not to implicitly create the fixture during setup
     *
     * Whether or not to implicitly create the fixture during setup. If true, the fixture is automatically created on each server being tested during setup, therefore no create operation is required for this fixture in the TestScript.setup section.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.fixture.autocreate`
     * - Type boolean
     */
    autocreate?: boolean;
    /** Extensions and id for `autocreate` (FHIR JSON primitive extension, see TestScript.fixture.autocreate). */
    _autocreate?: Element;
    /**
     * Whether or not to implicitly delete the fixture during teardown
     *
     * Whether or not to implicitly delete the fixture during teardown. If true, the fixture is automatically deleted on each server being tested during teardown, therefore no delete operation is required for this fixture in the TestScript.teardown section.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.fixture.autodelete`
     * - Type boolean
     */
    autodelete?: boolean;
    /** Extensions and id for `autodelete` (FHIR JSON primitive extension, see TestScript.fixture.autodelete). */
    _autodelete?: Element;
    /**
     * Reference of the resource
     *
     * Reference to the resource (containing the contents of the resource needed for operations).
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.fixture.resource`
     * - Type Reference
     */
    resource?: Reference;
}
/**
 * Placeholder for evaluated elements
 *
 * Variable is set based either on element value in response body or on header field value in the response headers.
 *
 * - Cardinality 0..*
 * - FHIR path `TestScript.variable`
 * - Type BackboneElement
 */
export interface TestScriptVariable {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.variable.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.variable.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.variable.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.variable.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Descriptive name for this variable
     *
     * Descriptive name for this variable.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.variable.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see TestScript.variable.name). */
    _name?: Element;
    /**
     * Default, hard-coded, or user-defined value for this variable
     *
     * A default, hard-coded, or user-defined value for this variable.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.variable.defaultValue`
     * - Type string
     */
    defaultValue?: string;
    /** Extensions and id for `defaultValue` (FHIR JSON primitive extension, see TestScript.variable.defaultValue). */
    _defaultValue?: Element;
    /**
     * Natural language description of the variable
     *
     * A free text natural language description of the variable and its purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.variable.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see TestScript.variable.description). */
    _description?: Element;
    /**
     * The fluentpath expression against the fixture body
     *
     * The fluentpath expression to evaluate against the fixture body. When variables are defined, only one of either expression, headerField or path must be specified.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.variable.expression`
     * - Type string
     */
    expression?: string;
    /** Extensions and id for `expression` (FHIR JSON primitive extension, see TestScript.variable.expression). */
    _expression?: Element;
    /**
     * HTTP header field name for source
     *
     * Will be used to grab the HTTP header field value from the headers that sourceId is pointing to.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.variable.headerField`
     * - Type string
     */
    headerField?: string;
    /** Extensions and id for `headerField` (FHIR JSON primitive extension, see TestScript.variable.headerField). */
    _headerField?: Element;
    /**
     * Hint help text for default value to enter
     *
     * Displayable text string with hint help information to the user when entering a default value.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.variable.hint`
     * - Type string
     */
    hint?: string;
    /** Extensions and id for `hint` (FHIR JSON primitive extension, see TestScript.variable.hint). */
    _hint?: Element;
    /**
     * XPath or JSONPath against the fixture body
     *
     * XPath or JSONPath to evaluate against the fixture body.  When variables are defined, only one of either expression, headerField or path must be specified.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.variable.path`
     * - Type string
     */
    path?: string;
    /** Extensions and id for `path` (FHIR JSON primitive extension, see TestScript.variable.path). */
    _path?: Element;
    /**
     * Fixture Id of source expression or headerField within this variable
     *
     * Fixture to evaluate the XPath/JSONPath expression or the headerField  against within this variable.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.variable.sourceId`
     * - Type id
     */
    sourceId?: string;
    /** Extensions and id for `sourceId` (FHIR JSON primitive extension, see TestScript.variable.sourceId). */
    _sourceId?: Element;
}
/**
 * Assert rule used within the test script
 *
 * Assert rule to be used in one or more asserts within the test script.
 *
 * - Cardinality 0..*
 * - FHIR path `TestScript.rule`
 * - Type BackboneElement
 */
export interface TestScriptRule {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.rule.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.rule.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.rule.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.rule.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Assert rule resource reference
     *
     * Reference to the resource (containing the contents of the rule needed for assertions).
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.rule.resource`
     * - Type Reference
     */
    resource: Reference;
    /**
     * Rule parameter template
     *
     * Each rule template can take one or more parameters for rule evaluation.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.rule.param`
     * - Type BackboneElement
     */
    param?: TestScriptRuleParam[];
}
/**
 * Rule parameter template
 *
 * Each rule template can take one or more parameters for rule evaluation.
 *
 * - Cardinality 0..*
 * - FHIR path `TestScript.rule.param`
 * - Type BackboneElement
 */
export interface TestScriptRuleParam {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.rule.param.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.rule.param.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.rule.param.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.rule.param.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Parameter name matching external assert rule parameter
     *
     * Descriptive name for this parameter that matches the external assert rule parameter name.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.rule.param.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see TestScript.rule.param.name). */
    _name?: Element;
    /**
     * Parameter value defined either explicitly or dynamically
     *
     * The explicit or dynamic value for the parameter that will be passed on to the external rule template.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.rule.param.value`
     * - Type string
     */
    value?: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see TestScript.rule.param.value). */
    _value?: Element;
}
/**
 * Assert ruleset used within the test script
 *
 * Contains one or more rules.  Offers a way to group rules so assertions could reference the group of rules and have them all applied.
 *
 * - Cardinality 0..*
 * - FHIR path `TestScript.ruleset`
 * - Type BackboneElement
 */
export interface TestScriptRuleset {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.ruleset.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.ruleset.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.ruleset.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.ruleset.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Assert ruleset resource reference
     *
     * Reference to the resource (containing the contents of the ruleset needed for assertions).
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.ruleset.resource`
     * - Type Reference
     */
    resource: Reference;
    /**
     * The referenced rule within the ruleset
     *
     * The referenced rule within the external ruleset template.
     *
     * - Cardinality 1..*
     * - FHIR path `TestScript.ruleset.rule`
     * - Type BackboneElement
     */
    rule: [TestScriptRulesetRule, ...TestScriptRulesetRule[]];
}
/**
 * The referenced rule within the ruleset
 *
 * The referenced rule within the external ruleset template.
 *
 * - Cardinality 1..*
 * - FHIR path `TestScript.ruleset.rule`
 * - Type BackboneElement
 */
export interface TestScriptRulesetRule {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.ruleset.rule.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.ruleset.rule.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.ruleset.rule.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.ruleset.rule.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Id of referenced rule within the ruleset
     *
     * Id of the referenced rule within the external ruleset template.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.ruleset.rule.ruleId`
     * - Type id
     */
    ruleId: string;
    /** Extensions and id for `ruleId` (FHIR JSON primitive extension, see TestScript.ruleset.rule.ruleId). */
    _ruleId?: Element;
    /**
     * Ruleset rule parameter template
     *
     * Each rule template can take one or more parameters for rule evaluation.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.ruleset.rule.param`
     * - Type BackboneElement
     */
    param?: TestScriptRulesetRuleParam[];
}
/**
 * Ruleset rule parameter template
 *
 * Each rule template can take one or more parameters for rule evaluation.
 *
 * - Cardinality 0..*
 * - FHIR path `TestScript.ruleset.rule.param`
 * - Type BackboneElement
 */
export interface TestScriptRulesetRuleParam {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.ruleset.rule.param.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.ruleset.rule.param.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.ruleset.rule.param.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.ruleset.rule.param.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Parameter name matching external assert ruleset rule parameter
     *
     * Descriptive name for this parameter that matches the external assert ruleset rule parameter name.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.ruleset.rule.param.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see TestScript.ruleset.rule.param.name). */
    _name?: Element;
    /**
     * Parameter value defined either explicitly or dynamically
     *
     * The value for the parameter that will be passed on to the external ruleset rule template.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.ruleset.rule.param.value`
     * - Type string
     */
    value?: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see TestScript.ruleset.rule.param.value). */
    _value?: Element;
}
/**
 * A series of required setup operations before tests are executed
 *
 * A series of required setup operations before tests are executed.
 *
 * - Cardinality 0..1
 * - FHIR path `TestScript.setup`
 * - Type BackboneElement
 */
export interface TestScriptSetup {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.setup.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * A setup operation or assert to perform
     *
     * Action would contain either an operation or an assertion.
     *
     * - Cardinality 1..*
     * - FHIR path `TestScript.setup.action`
     * - Type BackboneElement
     */
    action: [TestScriptSetupAction, ...TestScriptSetupAction[]];
}
/**
 * A setup operation or assert to perform
 *
 * Action would contain either an operation or an assertion.
 *
 * - Cardinality 1..*
 * - FHIR path `TestScript.setup.action`
 * - Type BackboneElement
 */
export interface TestScriptSetupAction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.setup.action.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The setup operation to perform
     *
     * The operation to perform.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation`
     * - Type BackboneElement
     */
    operation?: TestScriptSetupActionOperation;
    /**
     * The assertion to perform
     *
     * Evaluates the results of previous operations to determine if the server under test behaves appropriately.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert`
     * - Type BackboneElement
     */
    assert?: TestScriptSetupActionAssert;
}
/**
 * The setup operation to perform
 *
 * The operation to perform.
 *
 * - Cardinality 0..1
 * - FHIR path `TestScript.setup.action.operation`
 * - Type BackboneElement
 */
export interface TestScriptSetupActionOperation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.setup.action.operation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.operation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.operation.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The operation code type that will be executed
     *
     * Server interaction or operation type.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.type`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/testscript-operation-codes (53 codes: read, vread, update, updateCreate, delete, deleteCondSingle, deleteCondMultiple, history, create, search, batch, transaction, ...)
     */
    type?: Coding;
    /**
     * Resource type
     *
     * The type of the resource.  See http://build.fhir.org/resourcelist.html.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.resource`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/defined-types (173 codes: Address, Age, Annotation, Attachment, BackboneElement, CodeableConcept, Coding, ContactDetail, ContactPoint, Contributor, Count, DataRequirement, ...)
     */
    resource?: 'Account' | 'ActivityDefinition' | 'Address' | 'AdverseEvent' | 'Age' | 'AllergyIntolerance' | 'Annotation' | 'Appointment' | 'AppointmentResponse' | 'Attachment' | 'AuditEvent' | 'BackboneElement' | 'base64Binary' | 'Basic' | 'Binary' | 'BodySite' | 'boolean' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'code' | 'CodeableConcept' | 'CodeSystem' | 'Coding' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'ContactDetail' | 'ContactPoint' | 'Contract' | 'Contributor' | 'Count' | 'Coverage' | 'DataElement' | 'DataRequirement' | 'date' | 'dateTime' | 'decimal' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'Distance' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'Dosage' | 'Duration' | 'Element' | 'ElementDefinition' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'Extension' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'HumanName' | 'id' | 'Identifier' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'instant' | 'integer' | 'Library' | 'Linkage' | 'List' | 'Location' | 'markdown' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'Meta' | 'Money' | 'NamingSystem' | 'Narrative' | 'NutritionOrder' | 'Observation' | 'oid' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'ParameterDefinition' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Period' | 'Person' | 'PlanDefinition' | 'positiveInt' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Quantity' | 'Questionnaire' | 'QuestionnaireResponse' | 'Range' | 'Ratio' | 'Reference' | 'ReferralRequest' | 'RelatedArtifact' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'SampledData' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Signature' | 'SimpleQuantity' | 'Slot' | 'Specimen' | 'string' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'time' | 'Timing' | 'TriggerDefinition' | 'unsignedInt' | 'uri' | 'UsageContext' | 'uuid' | 'ValueSet' | 'VisionPrescription' | 'xhtml';
    /** Extensions and id for `resource` (FHIR JSON primitive extension, see TestScript.setup.action.operation.resource). */
    _resource?: Element;
    /**
     * Tracking/logging operation label
     *
     * The label would be used for tracking/logging purposes by test engines.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.label`
     * - Type string
     */
    label?: string;
    /** Extensions and id for `label` (FHIR JSON primitive extension, see TestScript.setup.action.operation.label). */
    _label?: Element;
    /**
     * Tracking/reporting operation description
     *
     * The description would be used by test engines for tracking and reporting purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see TestScript.setup.action.operation.description). */
    _description?: Element;
    /**
     * xml | json | ttl | none
     *
     * The content-type or mime-type to use for RESTful operation in the 'Accept' header.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.accept`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/content-type (4 codes: xml, json, ttl, none)
     */
    accept?: 'json' | 'none' | 'ttl' | 'xml';
    /** Extensions and id for `accept` (FHIR JSON primitive extension, see TestScript.setup.action.operation.accept). */
    _accept?: Element;
    /**
     * xml | json | ttl | none
     *
     * The content-type or mime-type to use for RESTful operation in the 'Content-Type' header.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.contentType`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/content-type (4 codes: xml, json, ttl, none)
     */
    contentType?: 'json' | 'none' | 'ttl' | 'xml';
    /** Extensions and id for `contentType` (FHIR JSON primitive extension, see TestScript.setup.action.operation.contentType). */
    _contentType?: Element;
    /**
     * Server responding to the request
     *
     * The server where the request message is destined for.  Must be one of the server numbers listed in TestScript.destination section.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.destination`
     * - Type integer
     */
    destination?: number;
    /** Extensions and id for `destination` (FHIR JSON primitive extension, see TestScript.setup.action.operation.destination). */
    _destination?: Element;
    /**
     * Whether or not to send the request url in encoded format
     *
     * Whether or not to implicitly send the request url in encoded format. The default is true to match the standard RESTful client behavior. Set to false when communicating with a server that does not support encoded url paths.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.encodeRequestUrl`
     * - Type boolean
     */
    encodeRequestUrl?: boolean;
    /** Extensions and id for `encodeRequestUrl` (FHIR JSON primitive extension, see TestScript.setup.action.operation.encodeRequestUrl). */
    _encodeRequestUrl?: Element;
    /**
     * Server initiating the request
     *
     * The server where the request message originates from.  Must be one of the server numbers listed in TestScript.origin section.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.origin`
     * - Type integer
     */
    origin?: number;
    /** Extensions and id for `origin` (FHIR JSON primitive extension, see TestScript.setup.action.operation.origin). */
    _origin?: Element;
    /**
     * Explicitly defined path parameters
     *
     * Path plus parameters after [type].  Used to set parts of the request URL explicitly.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.params`
     * - Type string
     */
    params?: string;
    /** Extensions and id for `params` (FHIR JSON primitive extension, see TestScript.setup.action.operation.params). */
    _params?: Element;
    /**
     * Each operation can have one or more header elements
     *
     * Header elements would be used to set HTTP headers.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.operation.requestHeader`
     * - Type BackboneElement
     */
    requestHeader?: TestScriptSetupActionOperationRequestHeader[];
    /**
     * Fixture Id of mapped request
     *
     * The fixture id (maybe new) to map to the request.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.requestId`
     * - Type id
     */
    requestId?: string;
    /** Extensions and id for `requestId` (FHIR JSON primitive extension, see TestScript.setup.action.operation.requestId). */
    _requestId?: Element;
    /**
     * Fixture Id of mapped response
     *
     * The fixture id (maybe new) to map to the response.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.responseId`
     * - Type id
     */
    responseId?: string;
    /** Extensions and id for `responseId` (FHIR JSON primitive extension, see TestScript.setup.action.operation.responseId). */
    _responseId?: Element;
    /**
     * Fixture Id of body for PUT and POST requests
     *
     * The id of the fixture used as the body of a PUT or POST request.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.sourceId`
     * - Type id
     */
    sourceId?: string;
    /** Extensions and id for `sourceId` (FHIR JSON primitive extension, see TestScript.setup.action.operation.sourceId). */
    _sourceId?: Element;
    /**
     * Id of fixture used for extracting the [id],  [type], and [vid] for GET requests
     *
     * Id of fixture used for extracting the [id],  [type], and [vid] for GET requests.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.targetId`
     * - Type id
     */
    targetId?: string;
    /** Extensions and id for `targetId` (FHIR JSON primitive extension, see TestScript.setup.action.operation.targetId). */
    _targetId?: Element;
    /**
     * Request URL
     *
     * Complete request URL.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.url`
     * - Type string
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see TestScript.setup.action.operation.url). */
    _url?: Element;
}
/**
 * Each operation can have one or more header elements
 *
 * Header elements would be used to set HTTP headers.
 *
 * - Cardinality 0..*
 * - FHIR path `TestScript.setup.action.operation.requestHeader`
 * - Type BackboneElement
 */
export interface TestScriptSetupActionOperationRequestHeader {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.operation.requestHeader.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.setup.action.operation.requestHeader.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.operation.requestHeader.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.operation.requestHeader.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * HTTP header field name
     *
     * The HTTP header field e.g. "Accept".
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.setup.action.operation.requestHeader.field`
     * - Type string
     */
    field: string;
    /** Extensions and id for `field` (FHIR JSON primitive extension, see TestScript.setup.action.operation.requestHeader.field). */
    _field?: Element;
    /**
     * HTTP headerfield value
     *
     * The value of the header e.g. "application/fhir+xml".
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.setup.action.operation.requestHeader.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see TestScript.setup.action.operation.requestHeader.value). */
    _value?: Element;
}
/**
 * The assertion to perform
 *
 * Evaluates the results of previous operations to determine if the server under test behaves appropriately.
 *
 * - Cardinality 0..1
 * - FHIR path `TestScript.setup.action.assert`
 * - Type BackboneElement
 */
export interface TestScriptSetupActionAssert {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.setup.action.assert.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.assert.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.assert.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Tracking/logging assertion label
     *
     * The label would be used for tracking/logging purposes by test engines.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.label`
     * - Type string
     */
    label?: string;
    /** Extensions and id for `label` (FHIR JSON primitive extension, see TestScript.setup.action.assert.label). */
    _label?: Element;
    /**
     * Tracking/reporting assertion description
     *
     * The description would be used by test engines for tracking and reporting purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see TestScript.setup.action.assert.description). */
    _description?: Element;
    /**
     * response | request
     *
     * The direction to use for the assertion.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.direction`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/assert-direction-codes (2 codes: response, request)
     */
    direction?: 'request' | 'response';
    /** Extensions and id for `direction` (FHIR JSON primitive extension, see TestScript.setup.action.assert.direction). */
    _direction?: Element;
    /**
     * Id of the source fixture to be evaluated
     *
     * Id of the source fixture used as the contents to be evaluated by either the "source/expression" or "sourceId/path" definition.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.compareToSourceId`
     * - Type string
     */
    compareToSourceId?: string;
    /** Extensions and id for `compareToSourceId` (FHIR JSON primitive extension, see TestScript.setup.action.assert.compareToSourceId). */
    _compareToSourceId?: Element;
    /**
     * The fluentpath expression to evaluate against the source fixture
     *
     * The fluentpath expression to evaluate against the source fixture. When compareToSourceId is defined, either compareToSourceExpression or compareToSourcePath must be defined, but not both.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.compareToSourceExpression`
     * - Type string
     */
    compareToSourceExpression?: string;
    /** Extensions and id for `compareToSourceExpression` (FHIR JSON primitive extension, see TestScript.setup.action.assert.compareToSourceExpression). */
    _compareToSourceExpression?: Element;
    /**
     * XPath or JSONPath expression to evaluate against the source fixture
     *
     * XPath or JSONPath expression to evaluate against the source fixture. When compareToSourceId is defined, either compareToSourceExpression or compareToSourcePath must be defined, but not both.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.compareToSourcePath`
     * - Type string
     */
    compareToSourcePath?: string;
    /** Extensions and id for `compareToSourcePath` (FHIR JSON primitive extension, see TestScript.setup.action.assert.compareToSourcePath). */
    _compareToSourcePath?: Element;
    /**
     * xml | json | ttl | none
     *
     * The content-type or mime-type to use for RESTful operation in the 'Content-Type' header.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.contentType`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/content-type (4 codes: xml, json, ttl, none)
     */
    contentType?: 'json' | 'none' | 'ttl' | 'xml';
    /** Extensions and id for `contentType` (FHIR JSON primitive extension, see TestScript.setup.action.assert.contentType). */
    _contentType?: Element;
    /**
     * The fluentpath expression to be evaluated
     *
     * The fluentpath expression to be evaluated against the request or response message contents - HTTP headers and payload.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.expression`
     * - Type string
     */
    expression?: string;
    /** Extensions and id for `expression` (FHIR JSON primitive extension, see TestScript.setup.action.assert.expression). */
    _expression?: Element;
    /**
     * HTTP header field name
     *
     * The HTTP header field name e.g. 'Location'.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.headerField`
     * - Type string
     */
    headerField?: string;
    /** Extensions and id for `headerField` (FHIR JSON primitive extension, see TestScript.setup.action.assert.headerField). */
    _headerField?: Element;
    /**
     * Fixture Id of minimum content resource
     *
     * The ID of a fixture.  Asserts that the response contains at a minimum the fixture specified by minimumId.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.minimumId`
     * - Type string
     */
    minimumId?: string;
    /** Extensions and id for `minimumId` (FHIR JSON primitive extension, see TestScript.setup.action.assert.minimumId). */
    _minimumId?: Element;
    /**
     * Perform validation on navigation links?
     *
     * Whether or not the test execution performs validation on the bundle navigation links.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.navigationLinks`
     * - Type boolean
     */
    navigationLinks?: boolean;
    /** Extensions and id for `navigationLinks` (FHIR JSON primitive extension, see TestScript.setup.action.assert.navigationLinks). */
    _navigationLinks?: Element;
    /**
     * equals | notEquals | in | notIn | greaterThan | lessThan | empty | notEmpty | contains | notContains | eval
     *
     * The operator type defines the conditional behavior of the assert. If not defined, the default is equals.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.operator`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/assert-operator-codes (11 codes: equals, notEquals, in, notIn, greaterThan, lessThan, empty, notEmpty, contains, notContains, eval)
     */
    operator?: 'contains' | 'empty' | 'equals' | 'eval' | 'greaterThan' | 'in' | 'lessThan' | 'notContains' | 'notEmpty' | 'notEquals' | 'notIn';
    /** Extensions and id for `operator` (FHIR JSON primitive extension, see TestScript.setup.action.assert.operator). */
    _operator?: Element;
    /**
     * XPath or JSONPath expression
     *
     * The XPath or JSONPath expression to be evaluated against the fixture representing the response received from server.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.path`
     * - Type string
     */
    path?: string;
    /** Extensions and id for `path` (FHIR JSON primitive extension, see TestScript.setup.action.assert.path). */
    _path?: Element;
    /**
     * delete | get | options | patch | post | put
     *
     * The request method or HTTP operation code to compare against that used by the client system under test.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.requestMethod`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/http-operations (6 codes: delete, get, options, patch, post, put)
     */
    requestMethod?: 'delete' | 'get' | 'options' | 'patch' | 'post' | 'put';
    /** Extensions and id for `requestMethod` (FHIR JSON primitive extension, see TestScript.setup.action.assert.requestMethod). */
    _requestMethod?: Element;
    /**
     * Request URL comparison value
     *
     * The value to use in a comparison against the request URL path string.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.requestURL`
     * - Type string
     */
    requestURL?: string;
    /** Extensions and id for `requestURL` (FHIR JSON primitive extension, see TestScript.setup.action.assert.requestURL). */
    _requestURL?: Element;
    /**
     * Resource type
     *
     * The type of the resource.  See http://build.fhir.org/resourcelist.html.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.resource`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/defined-types (173 codes: Address, Age, Annotation, Attachment, BackboneElement, CodeableConcept, Coding, ContactDetail, ContactPoint, Contributor, Count, DataRequirement, ...)
     */
    resource?: 'Account' | 'ActivityDefinition' | 'Address' | 'AdverseEvent' | 'Age' | 'AllergyIntolerance' | 'Annotation' | 'Appointment' | 'AppointmentResponse' | 'Attachment' | 'AuditEvent' | 'BackboneElement' | 'base64Binary' | 'Basic' | 'Binary' | 'BodySite' | 'boolean' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'code' | 'CodeableConcept' | 'CodeSystem' | 'Coding' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'ContactDetail' | 'ContactPoint' | 'Contract' | 'Contributor' | 'Count' | 'Coverage' | 'DataElement' | 'DataRequirement' | 'date' | 'dateTime' | 'decimal' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'Distance' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'Dosage' | 'Duration' | 'Element' | 'ElementDefinition' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'Extension' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'HumanName' | 'id' | 'Identifier' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'instant' | 'integer' | 'Library' | 'Linkage' | 'List' | 'Location' | 'markdown' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'Meta' | 'Money' | 'NamingSystem' | 'Narrative' | 'NutritionOrder' | 'Observation' | 'oid' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'ParameterDefinition' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Period' | 'Person' | 'PlanDefinition' | 'positiveInt' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Quantity' | 'Questionnaire' | 'QuestionnaireResponse' | 'Range' | 'Ratio' | 'Reference' | 'ReferralRequest' | 'RelatedArtifact' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'SampledData' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Signature' | 'SimpleQuantity' | 'Slot' | 'Specimen' | 'string' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'time' | 'Timing' | 'TriggerDefinition' | 'unsignedInt' | 'uri' | 'UsageContext' | 'uuid' | 'ValueSet' | 'VisionPrescription' | 'xhtml';
    /** Extensions and id for `resource` (FHIR JSON primitive extension, see TestScript.setup.action.assert.resource). */
    _resource?: Element;
    /**
     * okay | created | noContent | notModified | bad | forbidden | notFound | methodNotAllowed | conflict | gone | preconditionFailed | unprocessable
     *
     * okay | created | noContent | notModified | bad | forbidden | notFound | methodNotAllowed | conflict | gone | preconditionFailed | unprocessable.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.response`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/assert-response-code-types (12 codes: okay, created, noContent, notModified, bad, forbidden, notFound, methodNotAllowed, conflict, gone, preconditionFailed, unprocessable)
     */
    response?: 'bad' | 'conflict' | 'created' | 'forbidden' | 'gone' | 'methodNotAllowed' | 'noContent' | 'notFound' | 'notModified' | 'okay' | 'preconditionFailed' | 'unprocessable';
    /** Extensions and id for `response` (FHIR JSON primitive extension, see TestScript.setup.action.assert.response). */
    _response?: Element;
    /**
     * HTTP response code to test
     *
     * The value of the HTTP response code to be tested.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.responseCode`
     * - Type string
     */
    responseCode?: string;
    /** Extensions and id for `responseCode` (FHIR JSON primitive extension, see TestScript.setup.action.assert.responseCode). */
    _responseCode?: Element;
    /**
     * The reference to a TestScript.rule
     *
     * The TestScript.rule this assert will evaluate.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.rule`
     * - Type BackboneElement
     */
    rule?: TestScriptSetupActionAssertRule;
    /**
     * The reference to a TestScript.ruleset
     *
     * The TestScript.ruleset this assert will evaluate.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.ruleset`
     * - Type BackboneElement
     */
    ruleset?: TestScriptSetupActionAssertRuleset;
    /**
     * Fixture Id of source expression or headerField
     *
     * Fixture to evaluate the XPath/JSONPath expression or the headerField  against.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.sourceId`
     * - Type id
     */
    sourceId?: string;
    /** Extensions and id for `sourceId` (FHIR JSON primitive extension, see TestScript.setup.action.assert.sourceId). */
    _sourceId?: Element;
    /**
     * Profile Id of validation profile reference
     *
     * The ID of the Profile to validate against.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.validateProfileId`
     * - Type id
     */
    validateProfileId?: string;
    /** Extensions and id for `validateProfileId` (FHIR JSON primitive extension, see TestScript.setup.action.assert.validateProfileId). */
    _validateProfileId?: Element;
    /**
     * The value to compare to
     *
     * The value to compare to.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.value`
     * - Type string
     */
    value?: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see TestScript.setup.action.assert.value). */
    _value?: Element;
    /**
     * Will this assert produce a warning only on error?
     *
     * Whether or not the test execution will produce a warning only on error for this assert.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.warningOnly`
     * - Type boolean
     */
    warningOnly?: boolean;
    /** Extensions and id for `warningOnly` (FHIR JSON primitive extension, see TestScript.setup.action.assert.warningOnly). */
    _warningOnly?: Element;
}
/**
 * The reference to a TestScript.rule
 *
 * The TestScript.rule this assert will evaluate.
 *
 * - Cardinality 0..1
 * - FHIR path `TestScript.setup.action.assert.rule`
 * - Type BackboneElement
 */
export interface TestScriptSetupActionAssertRule {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.rule.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.setup.action.assert.rule.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.assert.rule.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.assert.rule.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Id of the TestScript.rule
     *
     * The TestScript.rule id value this assert will evaluate.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.setup.action.assert.rule.ruleId`
     * - Type id
     */
    ruleId: string;
    /** Extensions and id for `ruleId` (FHIR JSON primitive extension, see TestScript.setup.action.assert.rule.ruleId). */
    _ruleId?: Element;
    /**
     * Rule parameter template
     *
     * Each rule template can take one or more parameters for rule evaluation.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.assert.rule.param`
     * - Type BackboneElement
     */
    param?: TestScriptSetupActionAssertRuleParam[];
}
/**
 * Rule parameter template
 *
 * Each rule template can take one or more parameters for rule evaluation.
 *
 * - Cardinality 0..*
 * - FHIR path `TestScript.setup.action.assert.rule.param`
 * - Type BackboneElement
 */
export interface TestScriptSetupActionAssertRuleParam {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.rule.param.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.setup.action.assert.rule.param.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.assert.rule.param.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.assert.rule.param.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Parameter name matching external assert rule parameter
     *
     * Descriptive name for this parameter that matches the external assert rule parameter name.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.setup.action.assert.rule.param.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see TestScript.setup.action.assert.rule.param.name). */
    _name?: Element;
    /**
     * Parameter value defined either explicitly or dynamically
     *
     * The value for the parameter that will be passed on to the external rule template.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.setup.action.assert.rule.param.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see TestScript.setup.action.assert.rule.param.value). */
    _value?: Element;
}
/**
 * The reference to a TestScript.ruleset
 *
 * The TestScript.ruleset this assert will evaluate.
 *
 * - Cardinality 0..1
 * - FHIR path `TestScript.setup.action.assert.ruleset`
 * - Type BackboneElement
 */
export interface TestScriptSetupActionAssertRuleset {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.ruleset.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.setup.action.assert.ruleset.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.assert.ruleset.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.assert.ruleset.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Id of the TestScript.ruleset
     *
     * The TestScript.ruleset id value this assert will evaluate.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.setup.action.assert.ruleset.rulesetId`
     * - Type id
     */
    rulesetId: string;
    /** Extensions and id for `rulesetId` (FHIR JSON primitive extension, see TestScript.setup.action.assert.ruleset.rulesetId). */
    _rulesetId?: Element;
    /**
     * The referenced rule within the ruleset
     *
     * The referenced rule within the external ruleset template.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.assert.ruleset.rule`
     * - Type BackboneElement
     */
    rule?: TestScriptSetupActionAssertRulesetRule[];
}
/**
 * The referenced rule within the ruleset
 *
 * The referenced rule within the external ruleset template.
 *
 * - Cardinality 0..*
 * - FHIR path `TestScript.setup.action.assert.ruleset.rule`
 * - Type BackboneElement
 */
export interface TestScriptSetupActionAssertRulesetRule {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.ruleset.rule.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.setup.action.assert.ruleset.rule.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.assert.ruleset.rule.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.assert.ruleset.rule.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Id of referenced rule within the ruleset
     *
     * Id of the referenced rule within the external ruleset template.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.setup.action.assert.ruleset.rule.ruleId`
     * - Type id
     */
    ruleId: string;
    /** Extensions and id for `ruleId` (FHIR JSON primitive extension, see TestScript.setup.action.assert.ruleset.rule.ruleId). */
    _ruleId?: Element;
    /**
     * Rule parameter template
     *
     * Each rule template can take one or more parameters for rule evaluation.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.assert.ruleset.rule.param`
     * - Type BackboneElement
     */
    param?: TestScriptSetupActionAssertRulesetRuleParam[];
}
/**
 * Rule parameter template
 *
 * Each rule template can take one or more parameters for rule evaluation.
 *
 * - Cardinality 0..*
 * - FHIR path `TestScript.setup.action.assert.ruleset.rule.param`
 * - Type BackboneElement
 */
export interface TestScriptSetupActionAssertRulesetRuleParam {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.setup.action.assert.ruleset.rule.param.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.setup.action.assert.ruleset.rule.param.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.assert.ruleset.rule.param.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.setup.action.assert.ruleset.rule.param.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Parameter name matching external assert ruleset rule parameter
     *
     * Descriptive name for this parameter that matches the external assert ruleset rule parameter name.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.setup.action.assert.ruleset.rule.param.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see TestScript.setup.action.assert.ruleset.rule.param.name). */
    _name?: Element;
    /**
     * Parameter value defined either explicitly or dynamically
     *
     * The value for the parameter that will be passed on to the external ruleset rule template.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.setup.action.assert.ruleset.rule.param.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see TestScript.setup.action.assert.ruleset.rule.param.value). */
    _value?: Element;
}
/**
 * A test in this script
 *
 * A test in this script.
 *
 * - Cardinality 0..*
 * - FHIR path `TestScript.test`
 * - Type BackboneElement
 */
export interface TestScriptTest {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.test.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.test.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.test.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.test.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Tracking/logging name of this test
     *
     * The name of this test used for tracking/logging purposes by test engines.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.test.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see TestScript.test.name). */
    _name?: Element;
    /**
     * Tracking/reporting short description of the test
     *
     * A short description of the test used by test engines for tracking and reporting purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.test.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see TestScript.test.description). */
    _description?: Element;
    /**
     * A test operation or assert to perform
     *
     * Action would contain either an operation or an assertion.
     *
     * - Cardinality 1..*
     * - FHIR path `TestScript.test.action`
     * - Type BackboneElement
     */
    action: [TestScriptTestAction, ...TestScriptTestAction[]];
}
/**
 * A test operation or assert to perform
 *
 * Action would contain either an operation or an assertion.
 *
 * - Cardinality 1..*
 * - FHIR path `TestScript.test.action`
 * - Type BackboneElement
 */
export interface TestScriptTestAction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.test.action.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.test.action.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.test.action.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.test.action.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The setup operation to perform
     *
     * An operation would involve a REST request to a server.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.test.action.operation`
     */
    operation?: TestScriptSetupActionOperation;
    /**
     * The setup assertion to perform
     *
     * Evaluates the results of previous operations to determine if the server under test behaves appropriately.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.test.action.assert`
     */
    assert?: TestScriptSetupActionAssert;
}
/**
 * A series of required clean up steps
 *
 * A series of operations required to clean up after the all the tests are executed (successfully or otherwise).
 *
 * - Cardinality 0..1
 * - FHIR path `TestScript.teardown`
 * - Type BackboneElement
 */
export interface TestScriptTeardown {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.teardown.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.teardown.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.teardown.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.teardown.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * One or more teardown operations to perform
     *
     * The teardown action will only contain an operation.
     *
     * - Cardinality 1..*
     * - FHIR path `TestScript.teardown.action`
     * - Type BackboneElement
     */
    action: [TestScriptTeardownAction, ...TestScriptTeardownAction[]];
}
/**
 * One or more teardown operations to perform
 *
 * The teardown action will only contain an operation.
 *
 * - Cardinality 1..*
 * - FHIR path `TestScript.teardown.action`
 * - Type BackboneElement
 */
export interface TestScriptTeardownAction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TestScript.teardown.action.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TestScript.teardown.action.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.teardown.action.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `TestScript.teardown.action.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The teardown operation to perform
     *
     * An operation would involve a REST request to a server.
     *
     * - Cardinality 1..1
     * - FHIR path `TestScript.teardown.action.operation`
     */
    operation: TestScriptSetupActionOperation;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkTestScript(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptOrigin(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptDestination(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptMetadata(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptFixture(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptVariable(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptRule(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptRuleset(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptSetup(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptTest(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptTeardown(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptMetadataLink(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptMetadataCapability(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptRuleParam(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptRulesetRule(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptSetupAction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptTestAction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptTeardownAction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptRulesetRuleParam(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptSetupActionOperation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptSetupActionAssert(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptSetupActionOperationRequestHeader(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptSetupActionAssertRule(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptSetupActionAssertRuleset(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptSetupActionAssertRuleParam(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptSetupActionAssertRulesetRule(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTestScriptSetupActionAssertRulesetRuleParam(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against TestScript (http://hl7.org/fhir/StructureDefinition/TestScript).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateTestScript(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateTestScript} with the same options reports no error or fatal issue: TestScript (http://hl7.org/fhir/StructureDefinition/TestScript). */
export declare function isTestScript(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is TestScript;
/** Input of {@link buildTestScript}: a {@link TestScript} without what the builder fills in. */
export type TestScriptInput = BuilderInput<TestScript, 'resourceType'>;
/**
 * Builds a {@link TestScript} (TestScript, http://hl7.org/fhir/StructureDefinition/TestScript).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "TestScript"
 *
 * The result is checked with {@link validateTestScript}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildTestScript(input: TestScriptInput): TestScript;
