/**
 * Spine Secure Proxy (SSP) request headers and URL (GP Connect 1.2.8, "Spine Secure Proxy" page;
 * the Authorization header from the "Cross-organisation audit and provenance" page). Pure functions:
 * no transport.
 */
import type { GpConnectInteractionId } from './interactions.js';
import { isGpConnectInteractionId } from './interactions.js';
import type { GpConnectIssue } from './issues.js';
import { describeValue, GpConnectInputError } from './issues.js';
import { decodeJwt } from './jwt-codec.js';
import { isRecord, own } from './read.js';

export const SSP_HEADER_NAMES = {
  traceId: 'Ssp-TraceID',
  from: 'Ssp-From',
  to: 'Ssp-To',
  interactionId: 'Ssp-InteractionID',
  authorization: 'Authorization',
} as const;

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * The SSP page does not state an ASID format. ASIDs are numeric (the GP Connect examples use 12 digits,
 * e.g. 200000000115); only "digits, at least one" is enforced, not a length.
 */
const ASID = /^[0-9]+$/;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function isAsid(value: unknown): value is string {
  return typeof value === 'string' && ASID.test(value);
}

/**
 * The SSP headers plus `Authorization`, as a plain object (usable as `fetch` headers). Throws
 * `GpConnectInputError` listing every bad field: a trace ID that is not a UUID, an ASID that is not
 * digits, an unknown interaction ID, a JWT that is not a compact three-part token.
 */
export function buildSspHeaders(input: SspHeadersInput, options: BuildSspHeadersOptions = {}): SspHeaders {
  const subject = 'Cannot build Spine Secure Proxy headers';
  if (!isRecord(input)) throw new GpConnectInputError(subject, [{ path: '', code: 'type', message: `the input must be an object, got ${describeValue(input)}` }]);
  const issues: GpConnectIssue[] = [];
  const given = own(input, 'traceId');
  const traceId = given === undefined ? (options.randomUUID ?? generateTraceId)() : given;
  if (!isUuid(traceId)) {
    const code = typeof traceId === 'string' ? 'value' : 'type';
    const message =
      given === undefined ? `the generated trace ID ${describeValue(traceId)} is not a UUID (check options.randomUUID)`
      : `must be a GUID/UUID such as 629ea9ba-a077-4d99-b289-7a9b19fd4e03, got ${describeValue(traceId)}`;
    issues.push({ path: 'traceId', code, message });
  }
  const from = own(input, 'from');
  const to = own(input, 'to');
  checkAsid(issues, from, 'from', 'consumer ASID');
  checkAsid(issues, to, 'to', 'provider ASID');
  const interactionId = own(input, 'interactionId');
  if (!isGpConnectInteractionId(interactionId)) {
    issues.push({
      path: 'interactionId',
      code: interactionId === undefined ? 'required' : 'value',
      message: `must be a GP Connect 1.2.8 interaction ID (see GP_CONNECT_INTERACTION_IDS), got ${describeValue(interactionId)}`,
    });
  }
  const jwt = own(input, 'jwt');
  const decoded = decodeJwt(jwt);
  if (!decoded.ok) {
    for (const issue of decoded.issues) {
      issues.push({ ...issue, path: issue.path === '' ? 'jwt' : `jwt.${issue.path}`, code: jwt === undefined ? 'required' : issue.code });
    }
  }
  if (issues.length > 0 || typeof traceId !== 'string' || typeof from !== 'string' || typeof to !== 'string' || !isGpConnectInteractionId(interactionId) || typeof jwt !== 'string') {
    throw new GpConnectInputError(subject, issues);
  }
  return {
    'Ssp-TraceID': traceId,
    'Ssp-From': from,
    'Ssp-To': to,
    'Ssp-InteractionID': interactionId,
    Authorization: `Bearer ${jwt}`,
  };
}

function checkAsid(issues: GpConnectIssue[], value: unknown, path: string, what: string): void {
  if (isAsid(value)) return;
  const code = value === undefined ? 'required' : typeof value === 'string' ? 'value' : 'type';
  issues.push({ path, code, message: `must be the ${what}, a string of digits such as 200000000115, got ${describeValue(value)}` });
}

interface WebCryptoLike {
  readonly randomUUID?: () => string;
  readonly getRandomValues?: (array: Uint8Array) => Uint8Array;
}

/** A random (version 4) UUID from the Web Crypto API, in browsers and in Node alike. */
export function generateTraceId(): string {
  const webCrypto = (globalThis as { readonly crypto?: WebCryptoLike }).crypto;
  if (typeof webCrypto?.randomUUID === 'function') return webCrypto.randomUUID();
  if (typeof webCrypto?.getRandomValues === 'function') {
    const bytes = webCrypto.getRandomValues(new Uint8Array(16));
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  throw new Error('Cannot generate an Ssp-TraceID: no Web Crypto API (crypto.randomUUID or crypto.getRandomValues) here; pass traceId');
}

export interface SspUrlInput {
  /** The SSP's base URL, `https://[ssp_fqdn]`, e.g. https://testspineproxy.nhs.uk (a trailing "/" is allowed). */
  readonly sspBaseUrl: string;
  /** The provider's service root URL from SDS (`nhsMhsEndPoint`), e.g. https://pcs.thirdparty.nhs.uk/T99999/STU3/1. */
  readonly providerServiceRootUrl: string;
  /** The FHIR request relative to the service root, with any query, e.g. `/Patient/$gpc.getstructuredrecord`. */
  readonly fhirRequest: string;
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const WHITESPACE = /\s/;

/**
 * `https://[ssp_fqdn]/[provider_service_root_url]/[fhir_request]`: the provider URL is appended,
 * unchanged and unencoded, to the proxy's. Joins with single slashes; throws `GpConnectInputError`
 * for a proxy base that is not an https origin, a service root that is not an https URL, or a
 * FHIR request that is absolute, blank or has a fragment.
 */
export function buildSspUrl(input: SspUrlInput): string {
  const subject = 'Cannot build the Spine Secure Proxy URL';
  if (!isRecord(input)) throw new GpConnectInputError(subject, [{ path: '', code: 'type', message: `the input must be an object, got ${describeValue(input)}` }]);
  const issues: GpConnectIssue[] = [];
  const base = httpsUrl(issues, own(input, 'sspBaseUrl'), 'sspBaseUrl', true);
  const root = httpsUrl(issues, own(input, 'providerServiceRootUrl'), 'providerServiceRootUrl', false);
  const request = fhirRequest(issues, own(input, 'fhirRequest'));
  if (issues.length > 0 || base === undefined || root === undefined || request === undefined) throw new GpConnectInputError(subject, issues);
  return `${base}/${root}/${request}`;
}

/** The URL without trailing slashes, or undefined after adding an issue. */
function httpsUrl(issues: GpConnectIssue[], value: unknown, path: string, originOnly: boolean): string | undefined {
  const expected = originOnly ? 'an https origin such as https://testspineproxy.nhs.uk' : 'an https URL such as https://pcs.thirdparty.nhs.uk/T99999/STU3/1';
  if (typeof value !== 'string' || value.trim() === '') {
    issues.push({ path, code: value === undefined ? 'required' : typeof value === 'string' ? 'value' : 'type', message: `must be ${expected}, got ${describeValue(value)}` });
    return undefined;
  }
  const trimmed = withoutTrailingSlashes(value);
  let url: URL | undefined;
  try {
    url = WHITESPACE.test(value) ? undefined : new URL(trimmed);
  } catch {
    url = undefined;
  }
  const problem =
    url === undefined ? 'is not a URL'
    : url.protocol !== 'https:' ? 'must use https (both legs through the SSP are TLS mutually authenticated)'
    : url.username !== '' || url.password !== '' ? 'must not contain user credentials'
    : url.search !== '' || url.hash !== '' || value.includes('?') || value.includes('#') ? 'must not have a query or a fragment'
    : originOnly && url.pathname !== '/' ? 'must be the proxy origin only (https://[ssp_fqdn]), without a path'
    : undefined;
  if (problem !== undefined) {
    issues.push({ path, code: 'value', message: `${problem}: expected ${expected}, got ${describeValue(value)}` });
    return undefined;
  }
  return trimmed;
}

/** A loop, not /\/+$/: that regex is quadratic on long runs of slashes. */
function withoutTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 47) end--;
  return text.slice(0, end);
}

function fhirRequest(issues: GpConnectIssue[], value: unknown): string | undefined {
  const path = 'fhirRequest';
  if (typeof value !== 'string') {
    issues.push({ path, code: value === undefined ? 'required' : 'type', message: `must be a string such as /Patient/$gpc.getstructuredrecord, got ${describeValue(value)}` });
    return undefined;
  }
  const trimmed = value.replace(/^\/+/, '');
  const problem =
    trimmed === '' ? 'must not be empty'
    : WHITESPACE.test(value) ? 'must not contain whitespace (encode it)'
    : SCHEME.test(trimmed) ? 'must be relative to the service root, not an absolute URL'
    : value.includes('#') ? 'must not have a fragment'
    : undefined;
  if (problem !== undefined) {
    issues.push({ path, code: 'value', message: `${problem}, got ${describeValue(value)}` });
    return undefined;
  }
  return trimmed;
}
