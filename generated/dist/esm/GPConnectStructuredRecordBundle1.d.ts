import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import { type AssembleOptions, type BundleItem } from './runtime/build/bundle.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * GPConnect-StructuredRecord-Bundle-1
 *
 * The Bundle resource is constrained to represent a container to collect a combination of the GP Connect response resources for the patient structured coded record.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-StructuredRecord-Bundle-1 (version 1.3.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Bundle
 */
export interface GPConnectStructuredRecordBundle1 {
    /** The FHIR resource type. */
    resourceType: 'Bundle';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Bundle.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.meta`
     * - Type Meta
     */
    meta?: GPConnectStructuredRecordBundle1Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Bundle.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Bundle.language). */
    _language?: Element;
    /**
     * Persistent identifier for the bundle
     *
     * A persistent identifier for the batch that won't change as a batch is copied from server to server.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.identifier`
     * - Type Identifier
     */
    identifier?: GPConnectStructuredRecordBundle1Identifier;
    /**
     * document | message | transaction | transaction-response | batch | batch-response | history | searchset | collection
     *
     * Indicates the purpose of this bundle - how it was intended to be used.
     *
     * - Cardinality 1..1
     * - FHIR path `Bundle.type`
     * - Type code
     * - Fixed "collection"
     * - Binding required to http://hl7.org/fhir/ValueSet/bundle-type (9 codes: document, message, transaction, transaction-response, batch, batch-response, history, searchset, collection)
     */
    type: 'collection';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Bundle.type). */
    _type?: Element;
    /**
     * Entry in the bundle - will have a resource, or information
     *
     * An entry in a bundle resource - will either contain a resource, or information about a resource (transactions and history only).
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.entry`
     * - Type BackboneElement
     */
    entry?: GPConnectStructuredRecordBundle1Entry[];
}
/**
 * Metadata about the resource
 *
 * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
 *
 * - Cardinality 0..1
 * - FHIR path `Bundle.meta`
 * - Type Meta
 */
export interface GPConnectStructuredRecordBundle1Meta {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.meta.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Bundle.meta.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.meta.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Version specific identifier
     *
     * The version specific identifier, as it appears in the version portion of the URL. This values changes when the resource is created, updated, or deleted.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.meta.versionId`
     * - Type id
     */
    versionId?: string;
    /** Extensions and id for `versionId` (FHIR JSON primitive extension, see Bundle.meta.versionId). */
    _versionId?: Element;
    /**
     * When the resource version last changed
     *
     * When the resource last changed - e.g. when the version changed.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.meta.lastUpdated`
     * - Type instant
     */
    lastUpdated?: string;
    /** Extensions and id for `lastUpdated` (FHIR JSON primitive extension, see Bundle.meta.lastUpdated). */
    _lastUpdated?: Element;
    /**
     * Profiles this resource claims to conform to
     *
     * A list of profiles (references to [StructureDefinition](structuredefinition.html#) resources) that this resource claims to conform to. The URL is a reference to [StructureDefinition.url]().
     *
     * - Cardinality 1..*
     * - FHIR path `Bundle.meta.profile`
     * - Type uri
     */
    profile: [string, ...string[]];
    /** Extensions and id for `profile` (FHIR JSON primitive extension, see Bundle.meta.profile). */
    _profile?: (Element | null)[];
    /**
     * Security Labels applied to this resource
     *
     * Security labels applied to this resource. These tags connect specific resources to the overall security policy and infrastructure.
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.meta.security`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/security-labels (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    security?: Coding[];
    /**
     * Tags applied to this resource
     *
     * Tags applied to this resource. Tags are intended to be used to identify and relate resources to process and workflow, and applications are not required to consider the tags when interpreting the meaning of a resource.
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.meta.tag`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/common-tags (codes not enumerable here: example binding: not checked)
     */
    tag?: Coding[];
}
/**
 * Persistent identifier for the bundle
 *
 * A persistent identifier for the batch that won't change as a batch is copied from server to server.
 *
 * - Cardinality 0..1
 * - FHIR path `Bundle.identifier`
 * - Type Identifier
 */
export interface GPConnectStructuredRecordBundle1Identifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Bundle.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.identifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Bundle.identifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.identifier.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/identifier-type (17 codes: DL, PPN, BRN, MR, MCN, EN, TAX, NIIP, PRN, MD, DR, ACSN, ...)
     */
    type?: CodeableConcept;
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.identifier.system`
     * - Type uri
     */
    system?: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Bundle.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.identifier.value`
     * - Type string
     */
    value?: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Bundle.identifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.identifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.identifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * Entry in the bundle - will have a resource, or information
 *
 * An entry in a bundle resource - will either contain a resource, or information about a resource (transactions and history only).
 *
 * - Cardinality 0..*
 * - FHIR path `Bundle.entry`
 * - Type BackboneElement
 */
export interface GPConnectStructuredRecordBundle1Entry {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Bundle.entry.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.entry.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.entry.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Links related to this entry
     *
     * A series of links that provide context to this entry.
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.entry.link`
     */
    link?: unknown[];
    /**
     * Absolute URL for resource (server address, or UUID/OID)
     *
     * The Absolute URL for the resource.  The fullUrl SHALL not disagree with the id in the resource. The fullUrl is a version independent reference to the resource. The fullUrl element SHALL have a value except that:  * fullUrl can be empty on a POST (although it does not need to when specifying a temporary id for reference in the bundle) * Results from operations might involve resources that are not identified.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.fullUrl`
     * - Type uri
     */
    fullUrl?: string;
    /** Extensions and id for `fullUrl` (FHIR JSON primitive extension, see Bundle.entry.fullUrl). */
    _fullUrl?: Element;
    /**
     * A resource in the bundle
     *
     * The Resources for the entry.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.resource`
     * - Type Resource
     */
    resource?: AnyResource;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkGPConnectStructuredRecordBundle1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGPConnectStructuredRecordBundle1Meta(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGPConnectStructuredRecordBundle1Identifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGPConnectStructuredRecordBundle1Entry(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against GPConnect-StructuredRecord-Bundle-1 (https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-StructuredRecord-Bundle-1 version 1.3.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateGPConnectStructuredRecordBundle1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateGPConnectStructuredRecordBundle1} with the same options reports no error or fatal issue: GPConnect-StructuredRecord-Bundle-1 (https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-StructuredRecord-Bundle-1 version 1.3.0). */
export declare function isGPConnectStructuredRecordBundle1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is GPConnectStructuredRecordBundle1;
/** Input of {@link buildGPConnectStructuredRecordBundle1}: a {@link GPConnectStructuredRecordBundle1} without what the builder fills in. */
export type GPConnectStructuredRecordBundle1Input = BuilderInput<GPConnectStructuredRecordBundle1, 'resourceType' | 'type', {
    meta?: ProfiledMetaInput<GPConnectStructuredRecordBundle1['meta']>;
}>;
/**
 * Builds a {@link GPConnectStructuredRecordBundle1} (GPConnect-StructuredRecord-Bundle-1, https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-StructuredRecord-Bundle-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Bundle"
 * - `meta.profile`: adds https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-StructuredRecord-Bundle-1
 * - `type`: "collection"
 *
 * The result is checked with {@link validateGPConnectStructuredRecordBundle1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildGPConnectStructuredRecordBundle1(input: GPConnectStructuredRecordBundle1Input): GPConnectStructuredRecordBundle1;
/**
 * Assembles a {@link GPConnectStructuredRecordBundle1} (`collection`, https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-StructuredRecord-Bundle-1) from resources, in order.
 *
 * Each entry gets a `fullUrl`: `<baseUrl>/<resourceType>/<id>`, or a `urn:uuid:` for a resource without an id
 * (pass `{ fullUrl, resource }` to choose it). Every reference in the entries must resolve to an entry or a
 * contained resource, unless `allowExternalReferences` is set; then the Bundle is checked with
 * {@link validateGPConnectStructuredRecordBundle1}, which also checks each entry against its `meta.profile`.
 *
 * @throws BuildError carrying an OperationOutcome (`not-found` for a reference that does not resolve).
 */
export declare function assembleGPConnectStructuredRecordBundle1(resources: readonly BundleItem[], options: AssembleOptions & {
    readonly id?: string;
    readonly meta?: ProfiledMetaInput<GPConnectStructuredRecordBundle1['meta']>;
}): GPConnectStructuredRecordBundle1;
