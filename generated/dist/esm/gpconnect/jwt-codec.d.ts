import type { GpConnectIssue } from './issues.js';
import type { GpConnectJwtClaims } from './jwt-claims.js';
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | readonly JsonValue[] | JsonObject;
export type JsonObject = {
    readonly [key: string]: JsonValue;
};
/**
 * `base64url(header).base64url(payload).` with the GP Connect header and an empty signature.
 * The payload is serialised with JSON.stringify, keys in the order of the object.
 */
export declare function encodeUnsignedJwt(claims: GpConnectJwtClaims | JsonObject): string;
export interface DecodedJwt {
    readonly header: JsonObject;
    readonly payload: JsonObject;
    /** The third part as sent (base64url text); `''` for an unsecured token. */
    readonly signature: string;
}
export type DecodeJwtResult = ({
    readonly ok: true;
} & DecodedJwt) | {
    readonly ok: false;
    readonly issues: readonly GpConnectIssue[];
};
/**
 * Splits and decodes a compact JWT: three base64url parts, the first two UTF-8 JSON objects.
 * Checks structure only (see `validateGpConnectJwt` for the GP Connect rules). Never throws:
 * any input, including non-strings, gives either the decoded parts or issues at `header`,
 * `payload` or `signature`.
 */
export declare function decodeJwt(token: unknown): DecodeJwtResult;
