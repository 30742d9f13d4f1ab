import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type Signature } from './Signature.js';
/**
 * Bundle
 *
 * Base StructureDefinition for Bundle Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Bundle
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Bundle {
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
    meta?: Meta;
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
    identifier?: Identifier;
    /**
     * document | message | transaction | transaction-response | batch | batch-response | history | searchset | collection
     *
     * Indicates the purpose of this bundle - how it was intended to be used.
     *
     * - Cardinality 1..1
     * - FHIR path `Bundle.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/bundle-type (9 codes: document, message, transaction, transaction-response, batch, batch-response, history, searchset, collection)
     */
    type: 'batch' | 'batch-response' | 'collection' | 'document' | 'history' | 'message' | 'searchset' | 'transaction' | 'transaction-response';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Bundle.type). */
    _type?: Element;
    /**
     * If search, the total number of matches
     *
     * If a set of search matches, this is the total number of matches for the search (as opposed to the number of results in this bundle).
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.total`
     * - Type unsignedInt
     */
    total?: number;
    /** Extensions and id for `total` (FHIR JSON primitive extension, see Bundle.total). */
    _total?: Element;
    /**
     * Links related to this Bundle
     *
     * A series of links that provide context to this bundle.
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.link`
     * - Type BackboneElement
     */
    link?: BundleLink[];
    /**
     * Entry in the bundle - will have a resource, or information
     *
     * An entry in a bundle resource - will either contain a resource, or information about a resource (transactions and history only).
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.entry`
     * - Type BackboneElement
     */
    entry?: BundleEntry[];
    /**
     * Digital Signature
     *
     * Digital Signature - base64 encoded. XML-DSIg or a JWT.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.signature`
     * - Type Signature
     */
    signature?: Signature;
}
/**
 * Links related to this Bundle
 *
 * A series of links that provide context to this bundle.
 *
 * - Cardinality 0..*
 * - FHIR path `Bundle.link`
 * - Type BackboneElement
 */
export interface BundleLink {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.link.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Bundle.link.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.link.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.link.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * See http://www.iana.org/assignments/link-relations/link-relations.xhtml#link-relations-1
     *
     * A name which details the functional use for this link - see [http://www.iana.org/assignments/link-relations/link-relations.xhtml#link-relations-1](http://www.iana.org/assignments/link-relations/link-relations.xhtml#link-relations-1).
     *
     * - Cardinality 1..1
     * - FHIR path `Bundle.link.relation`
     * - Type string
     */
    relation: string;
    /** Extensions and id for `relation` (FHIR JSON primitive extension, see Bundle.link.relation). */
    _relation?: Element;
    /**
     * Reference details for the link
     *
     * The reference details for the link.
     *
     * - Cardinality 1..1
     * - FHIR path `Bundle.link.url`
     * - Type uri
     */
    url: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Bundle.link.url). */
    _url?: Element;
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
export interface BundleEntry {
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
    link?: BundleLink[];
    /**
     * Absolute URL for resource (server address, or UUID/OID)
     *
     * The Absolute URL for the resource.  The fullUrl SHALL not disagree with the id in the resource. The fullUrl is a version independent reference to the resource. The fullUrl element SHALL have a value except that:
     * * fullUrl can be empty on a POST (although it does not need to when specifying a temporary id for reference in the bundle)
     * * Results from operations might involve resources that are not identified.
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
    /**
     * Search related information
     *
     * Information about the search process that lead to the creation of this entry.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.search`
     * - Type BackboneElement
     */
    search?: BundleEntrySearch;
    /**
     * Transaction Related Information
     *
     * Additional information about how this entry should be processed as part of a transaction.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.request`
     * - Type BackboneElement
     */
    request?: BundleEntryRequest;
    /**
     * Transaction Related Information
     *
     * Additional information about how this entry should be processed as part of a transaction.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.response`
     * - Type BackboneElement
     */
    response?: BundleEntryResponse;
}
/**
 * Search related information
 *
 * Information about the search process that lead to the creation of this entry.
 *
 * - Cardinality 0..1
 * - FHIR path `Bundle.entry.search`
 * - Type BackboneElement
 */
export interface BundleEntrySearch {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.search.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Bundle.entry.search.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.entry.search.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.entry.search.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * match | include | outcome - why this is in the result set
     *
     * Why this entry is in the result set - whether it's included as a match or because of an _include requirement.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.search.mode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/search-entry-mode (3 codes: match, include, outcome)
     */
    mode?: 'include' | 'match' | 'outcome';
    /** Extensions and id for `mode` (FHIR JSON primitive extension, see Bundle.entry.search.mode). */
    _mode?: Element;
    /**
     * Search ranking (between 0 and 1)
     *
     * When searching, the server's search ranking score for the entry.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.search.score`
     * - Type decimal
     */
    score?: number;
    /** Extensions and id for `score` (FHIR JSON primitive extension, see Bundle.entry.search.score). */
    _score?: Element;
}
/**
 * Transaction Related Information
 *
 * Additional information about how this entry should be processed as part of a transaction.
 *
 * - Cardinality 0..1
 * - FHIR path `Bundle.entry.request`
 * - Type BackboneElement
 */
export interface BundleEntryRequest {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.request.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Bundle.entry.request.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.entry.request.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.entry.request.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * GET | POST | PUT | DELETE
     *
     * The HTTP verb for this entry in either a change history, or a transaction/ transaction response.
     *
     * - Cardinality 1..1
     * - FHIR path `Bundle.entry.request.method`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/http-verb (4 codes: GET, POST, PUT, DELETE)
     */
    method: 'DELETE' | 'GET' | 'POST' | 'PUT';
    /** Extensions and id for `method` (FHIR JSON primitive extension, see Bundle.entry.request.method). */
    _method?: Element;
    /**
     * URL for HTTP equivalent of this entry
     *
     * The URL for this entry, relative to the root (the address to which the request is posted).
     *
     * - Cardinality 1..1
     * - FHIR path `Bundle.entry.request.url`
     * - Type uri
     */
    url: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Bundle.entry.request.url). */
    _url?: Element;
    /**
     * For managing cache currency
     *
     * If the ETag values match, return a 304 Not Modified status. See the API documentation for ["Conditional Read"](http.html#cread).
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.request.ifNoneMatch`
     * - Type string
     */
    ifNoneMatch?: string;
    /** Extensions and id for `ifNoneMatch` (FHIR JSON primitive extension, see Bundle.entry.request.ifNoneMatch). */
    _ifNoneMatch?: Element;
    /**
     * For managing update contention
     *
     * Only perform the operation if the last updated date matches. See the API documentation for ["Conditional Read"](http.html#cread).
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.request.ifModifiedSince`
     * - Type instant
     */
    ifModifiedSince?: string;
    /** Extensions and id for `ifModifiedSince` (FHIR JSON primitive extension, see Bundle.entry.request.ifModifiedSince). */
    _ifModifiedSince?: Element;
    /**
     * For managing update contention
     *
     * Only perform the operation if the Etag value matches. For more information, see the API section ["Managing Resource Contention"](http.html#concurrency).
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.request.ifMatch`
     * - Type string
     */
    ifMatch?: string;
    /** Extensions and id for `ifMatch` (FHIR JSON primitive extension, see Bundle.entry.request.ifMatch). */
    _ifMatch?: Element;
    /**
     * For conditional creates
     *
     * Instruct the server not to perform the create if a specified resource already exists. For further information, see the API documentation for ["Conditional Create"](http.html#ccreate). This is just the query portion of the URL - what follows the "?" (not including the "?").
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.request.ifNoneExist`
     * - Type string
     */
    ifNoneExist?: string;
    /** Extensions and id for `ifNoneExist` (FHIR JSON primitive extension, see Bundle.entry.request.ifNoneExist). */
    _ifNoneExist?: Element;
}
/**
 * Transaction Related Information
 *
 * Additional information about how this entry should be processed as part of a transaction.
 *
 * - Cardinality 0..1
 * - FHIR path `Bundle.entry.response`
 * - Type BackboneElement
 */
export interface BundleEntryResponse {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.response.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Bundle.entry.response.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.entry.response.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Bundle.entry.response.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Status response code (text optional)
     *
     * The status code returned by processing this entry. The status SHALL start with a 3 digit HTTP code (e.g. 404) and may contain the standard HTTP description associated with the status code.
     *
     * - Cardinality 1..1
     * - FHIR path `Bundle.entry.response.status`
     * - Type string
     */
    status: string;
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Bundle.entry.response.status). */
    _status?: Element;
    /**
     * The location, if the operation returns a location
     *
     * The location header created by processing this operation.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.response.location`
     * - Type uri
     */
    location?: string;
    /** Extensions and id for `location` (FHIR JSON primitive extension, see Bundle.entry.response.location). */
    _location?: Element;
    /**
     * The etag for the resource (if relevant)
     *
     * The etag for the resource, it the operation for the entry produced a versioned resource (see [Resource Metadata and Versioning](http.html#versioning) and [Managing Resource Contention](http.html#concurrency)).
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.response.etag`
     * - Type string
     */
    etag?: string;
    /** Extensions and id for `etag` (FHIR JSON primitive extension, see Bundle.entry.response.etag). */
    _etag?: Element;
    /**
     * Server's date time modified
     *
     * The date/time that the resource was modified on the server.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.response.lastModified`
     * - Type instant
     */
    lastModified?: string;
    /** Extensions and id for `lastModified` (FHIR JSON primitive extension, see Bundle.entry.response.lastModified). */
    _lastModified?: Element;
    /**
     * OperationOutcome with hints and warnings (for batch/transaction)
     *
     * An OperationOutcome containing hints and warnings produced as part of processing this entry in a batch or transaction.
     *
     * - Cardinality 0..1
     * - FHIR path `Bundle.entry.response.outcome`
     * - Type Resource
     */
    outcome?: AnyResource;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkBundle(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkBundleLink(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkBundleEntry(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkBundleEntrySearch(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkBundleEntryRequest(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkBundleEntryResponse(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Bundle (http://hl7.org/fhir/StructureDefinition/Bundle).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateBundle(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateBundle} with the same options reports no error or fatal issue: Bundle (http://hl7.org/fhir/StructureDefinition/Bundle). */
export declare function isBundle(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Bundle;
/** Input of {@link buildBundle}: a {@link Bundle} without what the builder fills in. */
export type BundleInput = BuilderInput<Bundle, 'resourceType'>;
/**
 * Builds a {@link Bundle} (Bundle, http://hl7.org/fhir/StructureDefinition/Bundle).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Bundle"
 *
 * The result is checked with {@link validateBundle}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildBundle(input: BundleInput): Bundle;
