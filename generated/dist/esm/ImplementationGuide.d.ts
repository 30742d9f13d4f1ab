import { type CodeableConcept } from './CodeableConcept.js';
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
 * ImplementationGuide
 *
 * Base StructureDefinition for ImplementationGuide Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ImplementationGuide
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ImplementationGuide {
    /** The FHIR resource type. */
    resourceType: 'ImplementationGuide';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImplementationGuide.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ImplementationGuide.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ImplementationGuide.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this implementation guide (globally unique)
     *
     * An absolute URI that is used to identify this implementation guide when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this implementation guide is (or will be) published. The URL SHOULD include the major version of the implementation guide. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 1..1
     * - FHIR path `ImplementationGuide.url`
     * - Type uri
     */
    url: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see ImplementationGuide.url). */
    _url?: Element;
    /**
     * Business version of the implementation guide
     *
     * The identifier that is used to identify this version of the implementation guide when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the implementation guide author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see ImplementationGuide.version). */
    _version?: Element;
    /**
     * Name for this implementation guide (computer friendly)
     *
     * A natural language name identifying the implementation guide. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 1..1
     * - FHIR path `ImplementationGuide.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see ImplementationGuide.name). */
    _name?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this implementation guide. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `ImplementationGuide.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see ImplementationGuide.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this implementation guide is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see ImplementationGuide.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the implementation guide was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the implementation guide changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see ImplementationGuide.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the implementation guide.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see ImplementationGuide.publisher). */
    _publisher?: Element;
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Natural language description of the implementation guide
     *
     * A free text natural language description of the implementation guide from a consumer's perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ImplementationGuide.description). */
    _description?: Element;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate implementation guide instances.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for implementation guide (if applicable)
     *
     * A legal or geographic region in which the implementation guide is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * Use and/or publishing restrictions
     *
     * A copyright statement relating to the implementation guide and/or its contents. Copyright statements are generally legal restrictions on the use and publishing of the implementation guide.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.copyright`
     * - Type markdown
     */
    copyright?: string;
    /** Extensions and id for `copyright` (FHIR JSON primitive extension, see ImplementationGuide.copyright). */
    _copyright?: Element;
    /**
     * FHIR Version this Implementation Guide targets
     *
     * The version of the FHIR specification on which this ImplementationGuide is based - this is the formal version of the specification, without the revision number, e.g. [publication].[major].[minor], which is 3.0.1 for this version.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.fhirVersion`
     * - Type id
     */
    fhirVersion?: string;
    /** Extensions and id for `fhirVersion` (FHIR JSON primitive extension, see ImplementationGuide.fhirVersion). */
    _fhirVersion?: Element;
    /**
     * Another Implementation guide this depends on
     *
     * Another implementation guide that this implementation depends on. Typically, an implementation guide uses value sets, profiles etc.defined in other implementation guides.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.dependency`
     * - Type BackboneElement
     */
    dependency?: ImplementationGuideDependency[];
    /**
     * Group of resources as used in .page.package
     *
     * A logical group of resources. Logical groups can be used when building pages.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.package`
     * - Type BackboneElement
     */
    package?: ImplementationGuidePackage[];
    /**
     * Profiles that apply globally
     *
     * A set of profiles that all resources covered by this implementation guide must conform to.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.global`
     * - Type BackboneElement
     */
    global?: ImplementationGuideGlobal[];
    /**
     * Image, css, script, etc.
     *
     * A binary file that is included in the  implementation guide when it is published.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.binary`
     * - Type uri
     */
    binary?: string[];
    /** Extensions and id for `binary` (FHIR JSON primitive extension, see ImplementationGuide.binary). */
    _binary?: (Element | null)[];
    /**
     * Page/Section in the Guide
     *
     * A page / section in the implementation guide. The root page is the implementation guide home page.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.page`
     * - Type BackboneElement
     */
    page?: ImplementationGuidePage;
}
/**
 * Another Implementation guide this depends on
 *
 * Another implementation guide that this implementation depends on. Typically, an implementation guide uses value sets, profiles etc.defined in other implementation guides.
 *
 * - Cardinality 0..*
 * - FHIR path `ImplementationGuide.dependency`
 * - Type BackboneElement
 */
export interface ImplementationGuideDependency {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.dependency.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImplementationGuide.dependency.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.dependency.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.dependency.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * reference | inclusion
     *
     * How the dependency is represented when the guide is published.
     *
     * - Cardinality 1..1
     * - FHIR path `ImplementationGuide.dependency.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/guide-dependency-type (2 codes: reference, inclusion)
     */
    type: 'inclusion' | 'reference';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see ImplementationGuide.dependency.type). */
    _type?: Element;
    /**
     * Where to find dependency
     *
     * Where the dependency is located.
     *
     * - Cardinality 1..1
     * - FHIR path `ImplementationGuide.dependency.uri`
     * - Type uri
     */
    uri: string;
    /** Extensions and id for `uri` (FHIR JSON primitive extension, see ImplementationGuide.dependency.uri). */
    _uri?: Element;
}
/**
 * Group of resources as used in .page.package
 *
 * A logical group of resources. Logical groups can be used when building pages.
 *
 * - Cardinality 0..*
 * - FHIR path `ImplementationGuide.package`
 * - Type BackboneElement
 */
export interface ImplementationGuidePackage {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.package.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImplementationGuide.package.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.package.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.package.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Name used .page.package
     *
     * The name for the group, as used in page.package.
     *
     * - Cardinality 1..1
     * - FHIR path `ImplementationGuide.package.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see ImplementationGuide.package.name). */
    _name?: Element;
    /**
     * Human readable text describing the package
     *
     * Human readable text describing the package.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.package.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ImplementationGuide.package.description). */
    _description?: Element;
    /**
     * Resource in the implementation guide
     *
     * A resource that is part of the implementation guide. Conformance resources (value set, structure definition, capability statements etc.) are obvious candidates for inclusion, but any kind of resource can be included as an example resource.
     *
     * - Cardinality 1..*
     * - FHIR path `ImplementationGuide.package.resource`
     * - Type BackboneElement
     */
    resource: [ImplementationGuidePackageResource, ...ImplementationGuidePackageResource[]];
}
/**
 * Resource in the implementation guide
 *
 * A resource that is part of the implementation guide. Conformance resources (value set, structure definition, capability statements etc.) are obvious candidates for inclusion, but any kind of resource can be included as an example resource.
 *
 * - Cardinality 1..*
 * - FHIR path `ImplementationGuide.package.resource`
 * - Type BackboneElement
 */
export interface ImplementationGuidePackageResource {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.package.resource.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImplementationGuide.package.resource.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.package.resource.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.package.resource.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * If not an example, has its normal meaning
     *
     * Whether a resource is included in the guide as part of the rules defined by the guide, or just as an example of a resource that conforms to the rules and/or help implementers understand the intent of the guide.
     *
     * - Cardinality 1..1
     * - FHIR path `ImplementationGuide.package.resource.example`
     * - Type boolean
     */
    example: boolean;
    /** Extensions and id for `example` (FHIR JSON primitive extension, see ImplementationGuide.package.resource.example). */
    _example?: Element;
    /**
     * Human Name for the resource
     *
     * A human assigned name for the resource. All resources SHOULD have a name, but the name may be extracted from the resource (e.g. ValueSet.name).
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.package.resource.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see ImplementationGuide.package.resource.name). */
    _name?: Element;
    /**
     * Reason why included in guide
     *
     * A description of the reason that a resource has been included in the implementation guide.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.package.resource.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ImplementationGuide.package.resource.description). */
    _description?: Element;
    /**
     * Short code to identify the resource
     *
     * A short code that may be used to identify the resource throughout the implementation guide.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.package.resource.acronym`
     * - Type string
     */
    acronym?: string;
    /** Extensions and id for `acronym` (FHIR JSON primitive extension, see ImplementationGuide.package.resource.acronym). */
    _acronym?: Element;
    /**
     * Location of the resource
     *
     * Where this resource is found.
     *
     * - Cardinality 1..1
     * - FHIR path `ImplementationGuide.package.resource.source[x]`
     * - Type uri | Reference
     */
    sourceUri?: string;
    /** Extensions and id for `sourceUri` (FHIR JSON primitive extension, see ImplementationGuide.package.resource.source[x]). */
    _sourceUri?: Element;
    /**
     * Location of the resource
     *
     * Where this resource is found.
     *
     * - Cardinality 1..1
     * - FHIR path `ImplementationGuide.package.resource.source[x]`
     * - Type uri | Reference
     */
    sourceReference?: Reference;
    /**
     * Resource this is an example of (if applicable)
     *
     * Another resource that this resource is an example for. This is mostly used for resources that are included as examples of StructureDefinitions.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.package.resource.exampleFor`
     * - Type Reference
     */
    exampleFor?: Reference<'StructureDefinition'>;
}
/**
 * Profiles that apply globally
 *
 * A set of profiles that all resources covered by this implementation guide must conform to.
 *
 * - Cardinality 0..*
 * - FHIR path `ImplementationGuide.global`
 * - Type BackboneElement
 */
export interface ImplementationGuideGlobal {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.global.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImplementationGuide.global.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.global.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.global.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type this profiles applies to
     *
     * The type of resource that all instances must conform to.
     *
     * - Cardinality 1..1
     * - FHIR path `ImplementationGuide.global.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/resource-types (119 codes: Account, ActivityDefinition, AdverseEvent, AllergyIntolerance, Appointment, AppointmentResponse, AuditEvent, Basic, Binary, BodySite, Bundle, CapabilityStatement, ...)
     */
    type: 'Account' | 'ActivityDefinition' | 'AdverseEvent' | 'AllergyIntolerance' | 'Appointment' | 'AppointmentResponse' | 'AuditEvent' | 'Basic' | 'Binary' | 'BodySite' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'CodeSystem' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'Contract' | 'Coverage' | 'DataElement' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'Library' | 'Linkage' | 'List' | 'Location' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'NamingSystem' | 'NutritionOrder' | 'Observation' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Person' | 'PlanDefinition' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Questionnaire' | 'QuestionnaireResponse' | 'ReferralRequest' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Slot' | 'Specimen' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'ValueSet' | 'VisionPrescription';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see ImplementationGuide.global.type). */
    _type?: Element;
    /**
     * Profile that all resources must conform to
     *
     * A reference to the profile that all instances must conform to.
     *
     * - Cardinality 1..1
     * - FHIR path `ImplementationGuide.global.profile`
     * - Type Reference
     */
    profile: Reference<'StructureDefinition'>;
}
/**
 * Page/Section in the Guide
 *
 * A page / section in the implementation guide. The root page is the implementation guide home page.
 *
 * - Cardinality 0..1
 * - FHIR path `ImplementationGuide.page`
 * - Type BackboneElement
 */
export interface ImplementationGuidePage {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.page.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImplementationGuide.page.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.page.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.page.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Where to find that page
     *
     * The source address for the page.
     *
     * - Cardinality 1..1
     * - FHIR path `ImplementationGuide.page.source`
     * - Type uri
     */
    source: string;
    /** Extensions and id for `source` (FHIR JSON primitive extension, see ImplementationGuide.page.source). */
    _source?: Element;
    /**
     * Short title shown for navigational assistance
     *
     * A short title used to represent this page in navigational structures such as table of contents, bread crumbs, etc.
     *
     * - Cardinality 1..1
     * - FHIR path `ImplementationGuide.page.title`
     * - Type string
     */
    title: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see ImplementationGuide.page.title). */
    _title?: Element;
    /**
     * page | example | list | include | directory | dictionary | toc | resource
     *
     * The kind of page that this is. Some pages are autogenerated (list, example), and other kinds are of interest so that tools can navigate the user to the page of interest.
     *
     * - Cardinality 1..1
     * - FHIR path `ImplementationGuide.page.kind`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/guide-page-kind (8 codes: page, example, list, include, directory, dictionary, toc, resource)
     */
    kind: 'dictionary' | 'directory' | 'example' | 'include' | 'list' | 'page' | 'resource' | 'toc';
    /** Extensions and id for `kind` (FHIR JSON primitive extension, see ImplementationGuide.page.kind). */
    _kind?: Element;
    /**
     * Kind of resource to include in the list
     *
     * For constructed pages, what kind of resources to include in the list.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.page.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/resource-types (119 codes: Account, ActivityDefinition, AdverseEvent, AllergyIntolerance, Appointment, AppointmentResponse, AuditEvent, Basic, Binary, BodySite, Bundle, CapabilityStatement, ...)
     */
    type?: ('Account' | 'ActivityDefinition' | 'AdverseEvent' | 'AllergyIntolerance' | 'Appointment' | 'AppointmentResponse' | 'AuditEvent' | 'Basic' | 'Binary' | 'BodySite' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'CodeSystem' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'Contract' | 'Coverage' | 'DataElement' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'Library' | 'Linkage' | 'List' | 'Location' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'NamingSystem' | 'NutritionOrder' | 'Observation' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Person' | 'PlanDefinition' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Questionnaire' | 'QuestionnaireResponse' | 'ReferralRequest' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Slot' | 'Specimen' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'ValueSet' | 'VisionPrescription')[];
    /** Extensions and id for `type` (FHIR JSON primitive extension, see ImplementationGuide.page.type). */
    _type?: (Element | null)[];
    /**
     * Name of package to include
     *
     * For constructed pages, a list of packages to include in the page (or else empty for everything).
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.page.package`
     * - Type string
     */
    package?: string[];
    /** Extensions and id for `package` (FHIR JSON primitive extension, see ImplementationGuide.page.package). */
    _package?: (Element | null)[];
    /**
     * Format of the page (e.g. html, markdown, etc.)
     *
     * The format of the page.
     *
     * - Cardinality 0..1
     * - FHIR path `ImplementationGuide.page.format`
     * - Type code
     * - Binding required to http://www.rfc-editor.org/bcp/bcp13.txt (codes not enumerable here: http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet)
     */
    format?: string;
    /** Extensions and id for `format` (FHIR JSON primitive extension, see ImplementationGuide.page.format). */
    _format?: Element;
    /**
     * Nested Pages / Sections
     *
     * Nested Pages/Sections under this page.
     *
     * - Cardinality 0..*
     * - FHIR path `ImplementationGuide.page.page`
     */
    page?: ImplementationGuidePage[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkImplementationGuide(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImplementationGuideDependency(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImplementationGuidePackage(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImplementationGuideGlobal(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImplementationGuidePage(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImplementationGuidePackageResource(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ImplementationGuide (http://hl7.org/fhir/StructureDefinition/ImplementationGuide).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateImplementationGuide(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateImplementationGuide} with the same options reports no error or fatal issue: ImplementationGuide (http://hl7.org/fhir/StructureDefinition/ImplementationGuide). */
export declare function isImplementationGuide(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ImplementationGuide;
/** Input of {@link buildImplementationGuide}: a {@link ImplementationGuide} without what the builder fills in. */
export type ImplementationGuideInput = BuilderInput<ImplementationGuide, 'resourceType'>;
/**
 * Builds a {@link ImplementationGuide} (ImplementationGuide, http://hl7.org/fhir/StructureDefinition/ImplementationGuide).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ImplementationGuide"
 *
 * The result is checked with {@link validateImplementationGuide}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildImplementationGuide(input: ImplementationGuideInput): ImplementationGuide;
