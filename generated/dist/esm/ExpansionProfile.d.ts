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
 * ExpansionProfile
 *
 * Base StructureDefinition for ExpansionProfile Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ExpansionProfile
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ExpansionProfile {
    /** The FHIR resource type. */
    resourceType: 'ExpansionProfile';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExpansionProfile.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ExpansionProfile.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ExpansionProfile.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this expansion profile (globally unique)
     *
     * An absolute URI that is used to identify this expansion profile when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this expansion profile is (or will be) published. The URL SHOULD include the major version of the expansion profile. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see ExpansionProfile.url). */
    _url?: Element;
    /**
     * Additional identifier for the expansion profile
     *
     * A formal identifier that is used to identify this expansion profile when it is represented in other formats, or referenced in a specification, model, design or an instance.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Business version of the expansion profile
     *
     * The identifier that is used to identify this version of the expansion profile when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the expansion profile author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see ExpansionProfile.version). */
    _version?: Element;
    /**
     * Name for this expansion profile (computer friendly)
     *
     * A natural language name identifying the expansion profile. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see ExpansionProfile.name). */
    _name?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this expansion profile. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `ExpansionProfile.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see ExpansionProfile.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this expansion profile is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see ExpansionProfile.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the expansion profile was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the expansion profile changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see ExpansionProfile.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the expansion profile.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see ExpansionProfile.publisher). */
    _publisher?: Element;
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Natural language description of the expansion profile
     *
     * A free text natural language description of the expansion profile from a consumer's perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ExpansionProfile.description). */
    _description?: Element;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate expansion profile instances.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for expansion profile (if applicable)
     *
     * A legal or geographic region in which the expansion profile is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * Fix use of a code system to a particular version
     *
     * Fix use of a particular code system to a particular version.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.fixedVersion`
     * - Type BackboneElement
     */
    fixedVersion?: ExpansionProfileFixedVersion[];
    /**
     * Systems/Versions to be exclude
     *
     * Code system, or a particular version of a code system to be excluded from value set expansions.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.excludedSystem`
     * - Type BackboneElement
     */
    excludedSystem?: ExpansionProfileExcludedSystem;
    /**
     * Whether the expansion should include concept designations
     *
     * Controls whether concept designations are to be included or excluded in value set expansions.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.includeDesignations`
     * - Type boolean
     */
    includeDesignations?: boolean;
    /** Extensions and id for `includeDesignations` (FHIR JSON primitive extension, see ExpansionProfile.includeDesignations). */
    _includeDesignations?: Element;
    /**
     * When the expansion profile imposes designation contraints
     *
     * A set of criteria that provide the constraints imposed on the value set expansion by including or excluding designations.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.designation`
     * - Type BackboneElement
     */
    designation?: ExpansionProfileDesignation;
    /**
     * Include or exclude the value set definition in the expansion
     *
     * Controls whether the value set definition is included or excluded in value set expansions.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.includeDefinition`
     * - Type boolean
     */
    includeDefinition?: boolean;
    /** Extensions and id for `includeDefinition` (FHIR JSON primitive extension, see ExpansionProfile.includeDefinition). */
    _includeDefinition?: Element;
    /**
     * Include or exclude inactive concepts in the expansion
     *
     * Controls whether inactive concepts are included or excluded in value set expansions.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.activeOnly`
     * - Type boolean
     */
    activeOnly?: boolean;
    /** Extensions and id for `activeOnly` (FHIR JSON primitive extension, see ExpansionProfile.activeOnly). */
    _activeOnly?: Element;
    /**
     * Nested codes in the expansion or not
     *
     * Controls whether or not the value set expansion nests codes or not (i.e. ValueSet.expansion.contains.contains).
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.excludeNested`
     * - Type boolean
     */
    excludeNested?: boolean;
    /** Extensions and id for `excludeNested` (FHIR JSON primitive extension, see ExpansionProfile.excludeNested). */
    _excludeNested?: Element;
    /**
     * Include or exclude codes which cannot be rendered in user interfaces in the value set expansion
     *
     * Controls whether or not the value set expansion includes codes which cannot be displayed in user interfaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.excludeNotForUI`
     * - Type boolean
     */
    excludeNotForUI?: boolean;
    /** Extensions and id for `excludeNotForUI` (FHIR JSON primitive extension, see ExpansionProfile.excludeNotForUI). */
    _excludeNotForUI?: Element;
    /**
     * Include or exclude codes which are post coordinated expressions in the value set expansion
     *
     * Controls whether or not the value set expansion includes post coordinated codes.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.excludePostCoordinated`
     * - Type boolean
     */
    excludePostCoordinated?: boolean;
    /** Extensions and id for `excludePostCoordinated` (FHIR JSON primitive extension, see ExpansionProfile.excludePostCoordinated). */
    _excludePostCoordinated?: Element;
    /**
     * Specify the language for the display element of codes in the value set expansion
     *
     * Specifies the language to be used for description in the expansions i.e. the language to be used for ValueSet.expansion.contains.display.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.displayLanguage`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    displayLanguage?: string;
    /** Extensions and id for `displayLanguage` (FHIR JSON primitive extension, see ExpansionProfile.displayLanguage). */
    _displayLanguage?: Element;
    /**
     * Controls behaviour of the value set expand operation when value sets are too large to be completely expanded
     *
     * If the value set being expanded is incomplete (because it is too big to expand), return a limited expansion (a subset) with an indicator that expansion is incomplete, using the extension [http://hl7.org/fhir/StructureDefinition/valueset-toocostly](extension-valueset-toocostly.html).
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.limitedExpansion`
     * - Type boolean
     */
    limitedExpansion?: boolean;
    /** Extensions and id for `limitedExpansion` (FHIR JSON primitive extension, see ExpansionProfile.limitedExpansion). */
    _limitedExpansion?: Element;
}
/**
 * Fix use of a code system to a particular version
 *
 * Fix use of a particular code system to a particular version.
 *
 * - Cardinality 0..*
 * - FHIR path `ExpansionProfile.fixedVersion`
 * - Type BackboneElement
 */
export interface ExpansionProfileFixedVersion {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.fixedVersion.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExpansionProfile.fixedVersion.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.fixedVersion.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.fixedVersion.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * System to have its version fixed
     *
     * The specific system for which to fix the version.
     *
     * - Cardinality 1..1
     * - FHIR path `ExpansionProfile.fixedVersion.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see ExpansionProfile.fixedVersion.system). */
    _system?: Element;
    /**
     * Specific version of the code system referred to
     *
     * The version of the code system from which codes in the expansion should be included.
     *
     * - Cardinality 1..1
     * - FHIR path `ExpansionProfile.fixedVersion.version`
     * - Type string
     */
    version: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see ExpansionProfile.fixedVersion.version). */
    _version?: Element;
    /**
     * default | check | override
     *
     * How to manage the intersection between a fixed version in a value set, and this fixed version of the system in the expansion profile.
     *
     * - Cardinality 1..1
     * - FHIR path `ExpansionProfile.fixedVersion.mode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/system-version-processing-mode (3 codes: default, check, override)
     */
    mode: 'check' | 'default' | 'override';
    /** Extensions and id for `mode` (FHIR JSON primitive extension, see ExpansionProfile.fixedVersion.mode). */
    _mode?: Element;
}
/**
 * Systems/Versions to be exclude
 *
 * Code system, or a particular version of a code system to be excluded from value set expansions.
 *
 * - Cardinality 0..1
 * - FHIR path `ExpansionProfile.excludedSystem`
 * - Type BackboneElement
 */
export interface ExpansionProfileExcludedSystem {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.excludedSystem.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExpansionProfile.excludedSystem.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.excludedSystem.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.excludedSystem.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The specific code system to be excluded
     *
     * An absolute URI which is the code system to be excluded.
     *
     * - Cardinality 1..1
     * - FHIR path `ExpansionProfile.excludedSystem.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see ExpansionProfile.excludedSystem.system). */
    _system?: Element;
    /**
     * Specific version of the code system referred to
     *
     * The version of the code system from which codes in the expansion should be excluded.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.excludedSystem.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see ExpansionProfile.excludedSystem.version). */
    _version?: Element;
}
/**
 * When the expansion profile imposes designation contraints
 *
 * A set of criteria that provide the constraints imposed on the value set expansion by including or excluding designations.
 *
 * - Cardinality 0..1
 * - FHIR path `ExpansionProfile.designation`
 * - Type BackboneElement
 */
export interface ExpansionProfileDesignation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.designation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExpansionProfile.designation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.designation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.designation.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Designations to be included
     *
     * Designations to be included.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.designation.include`
     * - Type BackboneElement
     */
    include?: ExpansionProfileDesignationInclude;
    /**
     * Designations to be excluded
     *
     * Designations to be excluded.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.designation.exclude`
     * - Type BackboneElement
     */
    exclude?: ExpansionProfileDesignationExclude;
}
/**
 * Designations to be included
 *
 * Designations to be included.
 *
 * - Cardinality 0..1
 * - FHIR path `ExpansionProfile.designation.include`
 * - Type BackboneElement
 */
export interface ExpansionProfileDesignationInclude {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.designation.include.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExpansionProfile.designation.include.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.designation.include.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.designation.include.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The designation to be included
     *
     * A data group for each designation to be included.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.designation.include.designation`
     * - Type BackboneElement
     */
    designation?: ExpansionProfileDesignationIncludeDesignation[];
}
/**
 * The designation to be included
 *
 * A data group for each designation to be included.
 *
 * - Cardinality 0..*
 * - FHIR path `ExpansionProfile.designation.include.designation`
 * - Type BackboneElement
 */
export interface ExpansionProfileDesignationIncludeDesignation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.designation.include.designation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExpansionProfile.designation.include.designation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.designation.include.designation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.designation.include.designation.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Human language of the designation to be included
     *
     * The language this designation is defined for.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.designation.include.designation.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ExpansionProfile.designation.include.designation.language). */
    _language?: Element;
    /**
     * What kind of Designation to include
     *
     * Which kinds of designation to include in the expansion.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.designation.include.designation.use`
     * - Type Coding
     * - Binding required to http://hl7.org/fhir/ValueSet/designation-use (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
     */
    use?: Coding;
}
/**
 * Designations to be excluded
 *
 * Designations to be excluded.
 *
 * - Cardinality 0..1
 * - FHIR path `ExpansionProfile.designation.exclude`
 * - Type BackboneElement
 */
export interface ExpansionProfileDesignationExclude {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.designation.exclude.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExpansionProfile.designation.exclude.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.designation.exclude.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.designation.exclude.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The designation to be excluded
     *
     * A data group for each designation to be excluded.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.designation.exclude.designation`
     * - Type BackboneElement
     */
    designation?: ExpansionProfileDesignationExcludeDesignation[];
}
/**
 * The designation to be excluded
 *
 * A data group for each designation to be excluded.
 *
 * - Cardinality 0..*
 * - FHIR path `ExpansionProfile.designation.exclude.designation`
 * - Type BackboneElement
 */
export interface ExpansionProfileDesignationExcludeDesignation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.designation.exclude.designation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ExpansionProfile.designation.exclude.designation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.designation.exclude.designation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ExpansionProfile.designation.exclude.designation.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Human language of the designation to be excluded
     *
     * The language this designation is defined for.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.designation.exclude.designation.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ExpansionProfile.designation.exclude.designation.language). */
    _language?: Element;
    /**
     * What kind of Designation to exclude
     *
     * Which kinds of designation to exclude from the expansion.
     *
     * - Cardinality 0..1
     * - FHIR path `ExpansionProfile.designation.exclude.designation.use`
     * - Type Coding
     * - Binding required to http://hl7.org/fhir/ValueSet/designation-use (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
     */
    use?: Coding;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExpansionProfile(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExpansionProfileFixedVersion(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExpansionProfileExcludedSystem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExpansionProfileDesignation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExpansionProfileDesignationInclude(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExpansionProfileDesignationExclude(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExpansionProfileDesignationIncludeDesignation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExpansionProfileDesignationExcludeDesignation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ExpansionProfile (http://hl7.org/fhir/StructureDefinition/ExpansionProfile).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExpansionProfile(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExpansionProfile} with the same options reports no error or fatal issue: ExpansionProfile (http://hl7.org/fhir/StructureDefinition/ExpansionProfile). */
export declare function isExpansionProfile(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExpansionProfile;
/** Input of {@link buildExpansionProfile}: a {@link ExpansionProfile} without what the builder fills in. */
export type ExpansionProfileInput = BuilderInput<ExpansionProfile, 'resourceType'>;
/**
 * Builds a {@link ExpansionProfile} (ExpansionProfile, http://hl7.org/fhir/StructureDefinition/ExpansionProfile).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ExpansionProfile"
 *
 * The result is checked with {@link validateExpansionProfile}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExpansionProfile(input: ExpansionProfileInput): ExpansionProfile;
