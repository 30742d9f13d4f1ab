/**
 * base64url (RFC 4648 section 5, no padding, as JWS/JWT use it) over UTF-8 text.
 *
 * Written out rather than built on btoa/atob: btoa only takes Latin-1 "binary strings" and
 * atob silently accepts whitespace, padding and the `+/` alphabet, while a JWT part must be
 * strict base64url. TextEncoder/TextDecoder do the UTF-8 step; no Node-only API is used.
 */
export declare function base64UrlEncodeBytes(bytes: Uint8Array): string;
/** base64url of the UTF-8 bytes of `text` (lone surrogates become U+FFFD, as TextEncoder does). */
export declare function base64UrlEncode(text: string): string;
export type Base64UrlDecodeResult<T> = {
    readonly ok: true;
    readonly value: T;
} | {
    readonly ok: false;
    readonly message: string;
};
/** Strict decode: base64url alphabet only, no padding, no whitespace, canonical trailing bits. Never throws. */
export declare function base64UrlDecodeBytes(text: string): Base64UrlDecodeResult<Uint8Array>;
/** Strict decode to text; the bytes must be valid UTF-8. Never throws. */
export declare function base64UrlDecodeText(text: string): Base64UrlDecodeResult<string>;
/** base64url to UTF-8 text; throws a TypeError with the reason when `text` is not strict base64url of UTF-8. */
export declare function base64UrlDecode(text: string): string;
