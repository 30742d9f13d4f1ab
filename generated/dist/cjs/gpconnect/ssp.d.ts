/**
 * Spine Secure Proxy (SSP) request headers and URL (GP Connect 1.2.8, "Spine Secure Proxy" page;
 * the Authorization header from the "Cross-organisation audit and provenance" page). Pure functions:
 * no transport.
 */
import type { GpConnectInteractionId } from './interactions.js';
export declare const SSP_HEADER_NAMES: {
    readonly traceId: "Ssp-TraceID";
    readonly from: "Ssp-From";
    readonly to: "Ssp-To";
    readonly interactionId: "Ssp-InteractionID";
    readonly authorization: "Authorization";
};
export interface SspHeaders {
    /** Consumer trace ID: a GUID/UUID generated per request. */
    readonly 'Ssp-TraceID': string;
    /** Consumer ASID (of the organisation the request originates from, not of a hosting organisation). */
    readonly 'Ssp-From': string;
    /** Provider ASID, from SDS. */
    readonly 'Ssp-To': string;
    readonly 'Ssp-InteractionID': GpConnectInteractionId;
    readonly Authorization: `Bearer ${string}`;
}
export interface SspHeadersInput {
    /** A GUID/UUID for this request; generated when left out. */
    readonly traceId?: string;
    /** Consumer ASID. */
    readonly from: string;
    /** Provider ASID. */
    readonly to: string;
    readonly interactionId: GpConnectInteractionId;
    /** The encoded JWT (see `encodeUnsignedJwt`), sent as `Authorization: Bearer <jwt>`. */
    readonly jwt: string;
}
export interface BuildSspHeadersOptions {
    /** UUID source for a missing `traceId`; default `crypto.randomUUID`, or a v4 UUID from `crypto.getRandomValues`. */
    readonly randomUUID?: () => string;
}
export declare function isUuid(value: unknown): value is string;
export declare function isAsid(value: unknown): value is string;
/**
 * The SSP headers plus `Authorization`, as a plain object (usable as `fetch` headers). Throws
 * `GpConnectInputError` listing every bad field: a trace ID that is not a UUID, an ASID that is not
 * digits, an unknown interaction ID, a JWT that is not a compact three-part token.
 */
export declare function buildSspHeaders(input: SspHeadersInput, options?: BuildSspHeadersOptions): SspHeaders;
/** A random (version 4) UUID from the Web Crypto API, in browsers and in Node alike. */
export declare function generateTraceId(): string;
export interface SspUrlInput {
    /** The SSP's base URL, `https://[ssp_fqdn]`, e.g. https://testspineproxy.nhs.uk (a trailing "/" is allowed). */
    readonly sspBaseUrl: string;
    /** The provider's service root URL from SDS (`nhsMhsEndPoint`), e.g. https://pcs.thirdparty.nhs.uk/T99999/STU3/1. */
    readonly providerServiceRootUrl: string;
    /** The FHIR request relative to the service root, with any query, e.g. `/Patient/$gpc.getstructuredrecord`. */
    readonly fhirRequest: string;
}
/**
 * `https://[ssp_fqdn]/[provider_service_root_url]/[fhir_request]`: the provider URL is appended,
 * unchanged and unencoded, to the proxy's. Joins with single slashes; throws `GpConnectInputError`
 * for a proxy base that is not an https origin, a service root that is not an https URL, or a
 * FHIR request that is absolute, blank or has a fragment.
 */
export declare function buildSspUrl(input: SspUrlInput): string;
