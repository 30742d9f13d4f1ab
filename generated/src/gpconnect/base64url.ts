/**
 * base64url (RFC 4648 section 5, no padding, as JWS/JWT use it) over UTF-8 text.
 *
 * Written out rather than built on btoa/atob: btoa only takes Latin-1 "binary strings" and
 * atob silently accepts whitespace, padding and the `+/` alphabet, while a JWT part must be
 * strict base64url. TextEncoder/TextDecoder do the UTF-8 step; no Node-only API is used.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** char code -> 6-bit value, -1 for characters outside the base64url alphabet. */
const DECODE_TABLE: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

export function base64UrlEncodeBytes(bytes: Uint8Array): string {
  let out = '';
  const whole = bytes.length - (bytes.length % 3);
  for (let i = 0; i < whole; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET.charAt(n >>> 18) + ALPHABET.charAt((n >>> 12) & 63) + ALPHABET.charAt((n >>> 6) & 63) + ALPHABET.charAt(n & 63);
  }
  const rest = bytes.length - whole;
  if (rest === 1) {
    const n = (bytes[whole] ?? 0) << 16;
    out += ALPHABET.charAt(n >>> 18) + ALPHABET.charAt((n >>> 12) & 63);
  } else if (rest === 2) {
    const n = ((bytes[whole] ?? 0) << 16) | ((bytes[whole + 1] ?? 0) << 8);
    out += ALPHABET.charAt(n >>> 18) + ALPHABET.charAt((n >>> 12) & 63) + ALPHABET.charAt((n >>> 6) & 63);
  }
  return out;
}

/** base64url of the UTF-8 bytes of `text` (lone surrogates become U+FFFD, as TextEncoder does). */
export function base64UrlEncode(text: string): string {
  return base64UrlEncodeBytes(utf8Encoder.encode(text));
}

export type Base64UrlDecodeResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Strict decode: base64url alphabet only, no padding, no whitespace, canonical trailing bits. Never throws. */
export function base64UrlDecodeBytes(text: string): Base64UrlDecodeResult<Uint8Array> {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const sextet = code < 128 ? (DECODE_TABLE[code] ?? -1) : -1;
    if (sextet < 0) {
      const shown = JSON.stringify(text.charAt(i));
      const hint = text.charAt(i) === '=' ? ' (padding is not used in JWT base64url)' : text.charAt(i) === '+' || text.charAt(i) === '/' ? ' (that is base64, not base64url)' : '';
      return { ok: false, message: `is not base64url: character ${shown} at position ${i} is outside the alphabet A-Z a-z 0-9 - _${hint}` };
    }
    buffer = ((buffer << 6) | sextet) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[written++] = (buffer >>> bits) & 0xff;
    }
  }
  if (text.length % 4 === 1) {
    return { ok: false, message: `is not base64url: a length of ${text.length} characters (4n+1) cannot encode whole bytes` };
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) {
    return { ok: false, message: 'is not canonical base64url: the unused bits of the last character are not zero' };
  }
  return { ok: true, value: out };
}

/** Strict decode to text; the bytes must be valid UTF-8. Never throws. */
export function base64UrlDecodeText(text: string): Base64UrlDecodeResult<string> {
  const bytes = base64UrlDecodeBytes(text);
  if (!bytes.ok) return bytes;
  try {
    return { ok: true, value: utf8Decoder.decode(bytes.value) };
  } catch {
    return { ok: false, message: 'does not decode to valid UTF-8 text' };
  }
}

/** base64url to UTF-8 text; throws a TypeError with the reason when `text` is not strict base64url of UTF-8. */
export function base64UrlDecode(text: string): string {
  const result = base64UrlDecodeText(text);
  if (!result.ok) throw new TypeError(`The input ${result.message}`);
  return result.value;
}
