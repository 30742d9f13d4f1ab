/**
 * Unsecured JWT encoding and decoding (RFC 7519 section 6, as the GP Connect 1.2.8 audit page
 * prescribes: header `{"alg":"none","typ":"JWT"}`, empty signature, hence a trailing `.`).
 */
import { base64UrlDecodeBytes, base64UrlDecodeText, base64UrlEncode } from './base64url.js';
import type { GpConnectIssue } from './issues.js';
import { describeValue, IssueCollector } from './issues.js';
import type { GpConnectJwtClaims } from './jwt-claims.js';
import { GP_CONNECT_JWT_HEADER } from './jwt-claims.js';
import { isRecord } from './read.js';

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | readonly JsonValue[] | JsonObject;
export type JsonObject = { readonly [key: string]: JsonValue };

/**
 * `base64url(header).base64url(payload).` with the GP Connect header and an empty signature.
 * The payload is serialised with JSON.stringify, keys in the order of the object.
 */
export function encodeUnsignedJwt(claims: GpConnectJwtClaims | JsonObject): string {
  return `${base64UrlEncode(JSON.stringify(GP_CONNECT_JWT_HEADER))}.${base64UrlEncode(JSON.stringify(claims))}.`;
}

export interface DecodedJwt {
  readonly header: JsonObject;
  readonly payload: JsonObject;
  /** The third part as sent (base64url text); `''` for an unsecured token. */
  readonly signature: string;
}

export type DecodeJwtResult =
  | ({ readonly ok: true } & DecodedJwt)
  | { readonly ok: false; readonly issues: readonly GpConnectIssue[] };

/**
 * Splits and decodes a compact JWT: three base64url parts, the first two UTF-8 JSON objects.
 * Checks structure only (see `validateGpConnectJwt` for the GP Connect rules). Never throws:
 * any input, including non-strings, gives either the decoded parts or issues at `header`,
 * `payload` or `signature`.
 */
export function decodeJwt(token: unknown): DecodeJwtResult {
  const issues = new IssueCollector();
  if (typeof token !== 'string') {
    issues.add('', 'type', `a JWT must be a string, got ${describeValue(token)}`);
    return { ok: false, issues: issues.list() };
  }
  if (/^bearer\s/i.test(token)) {
    issues.add('', 'malformed', 'starts with "Bearer ": that is the Authorization header value; pass the token without the "Bearer " prefix');
    return { ok: false, issues: issues.list() };
  }
  const parts = token.split('.');
  if (parts.length !== 3) {
    issues.add(
      '',
      'malformed',
      `a JWT has three base64url parts separated by "." (header.payload.signature, and an unsecured GP Connect token ends with "." because its signature is empty); found ${parts.length} part(s)`,
    );
    return { ok: false, issues: issues.list() };
  }
  const [headerPart = '', payloadPart = '', signature = ''] = parts;
  const header = decodeJsonObjectPart(issues, headerPart, 'header');
  const payload = decodeJsonObjectPart(issues, payloadPart, 'payload');
  const signatureBytes = base64UrlDecodeBytes(signature);
  if (!signatureBytes.ok) issues.add('signature', 'malformed', signatureBytes.message);
  if (header === undefined || payload === undefined || issues.count > 0) return { ok: false, issues: issues.list() };
  return { ok: true, header, payload, signature };
}

function decodeJsonObjectPart(issues: IssueCollector, part: string, path: string): JsonObject | undefined {
  if (part === '') {
    issues.add(path, 'malformed', 'is empty');
    return undefined;
  }
  const text = base64UrlDecodeText(part);
  if (!text.ok) {
    issues.add(path, 'malformed', text.message);
    return undefined;
  }
  let parsed: JsonValue;
  try {
    parsed = JSON.parse(text.value) as JsonValue;
  } catch (error) {
    const reason = error instanceof SyntaxError ? `: ${error.message}` : '';
    issues.add(path, 'malformed', `is not valid JSON${reason}`);
    return undefined;
  }
  if (!isRecord(parsed)) {
    issues.add(path, 'type', `must be a JSON object, got ${describeValue(parsed)}`);
    return undefined;
  }
  return parsed as JsonObject;
}
