const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const DECODE_TABLE = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();
const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: true });
function base64UrlEncodeBytes(bytes) {
  let out = "";
  const whole = bytes.length - bytes.length % 3;
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i] ?? 0) << 16 | (bytes[i + 1] ?? 0) << 8 | (bytes[i + 2] ?? 0);
    out += ALPHABET.charAt(n >>> 18) + ALPHABET.charAt(n >>> 12 & 63) + ALPHABET.charAt(n >>> 6 & 63) + ALPHABET.charAt(n & 63);
  }
  const rest = bytes.length - whole;
  if (rest === 1) {
    const n = (bytes[whole] ?? 0) << 16;
    out += ALPHABET.charAt(n >>> 18) + ALPHABET.charAt(n >>> 12 & 63);
  } else if (rest === 2) {
    const n = (bytes[whole] ?? 0) << 16 | (bytes[whole + 1] ?? 0) << 8;
    out += ALPHABET.charAt(n >>> 18) + ALPHABET.charAt(n >>> 12 & 63) + ALPHABET.charAt(n >>> 6 & 63);
  }
  return out;
}
function base64UrlEncode(text) {
  return base64UrlEncodeBytes(utf8Encoder.encode(text));
}
function base64UrlDecodeBytes(text) {
  const out = new Uint8Array(Math.floor(text.length * 3 / 4));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const sextet = code < 128 ? DECODE_TABLE[code] ?? -1 : -1;
    if (sextet < 0) {
      const shown = JSON.stringify(text.charAt(i));
      const hint = text.charAt(i) === "=" ? " (padding is not used in JWT base64url)" : text.charAt(i) === "+" || text.charAt(i) === "/" ? " (that is base64, not base64url)" : "";
      return { ok: false, message: `is not base64url: character ${shown} at position ${i} is outside the alphabet A-Z a-z 0-9 - _${hint}` };
    }
    buffer = (buffer << 6 | sextet) & 16777215;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[written++] = buffer >>> bits & 255;
    }
  }
  if (text.length % 4 === 1) {
    return { ok: false, message: `is not base64url: a length of ${text.length} characters (4n+1) cannot encode whole bytes` };
  }
  if ((buffer & (1 << bits) - 1) !== 0) {
    return { ok: false, message: "is not canonical base64url: the unused bits of the last character are not zero" };
  }
  return { ok: true, value: out };
}
function base64UrlDecodeText(text) {
  const bytes = base64UrlDecodeBytes(text);
  if (!bytes.ok) return bytes;
  try {
    return { ok: true, value: utf8Decoder.decode(bytes.value) };
  } catch {
    return { ok: false, message: "does not decode to valid UTF-8 text" };
  }
}
function base64UrlDecode(text) {
  const result = base64UrlDecodeText(text);
  if (!result.ok) throw new TypeError(`The input ${result.message}`);
  return result.value;
}
export {
  base64UrlDecode,
  base64UrlDecodeBytes,
  base64UrlDecodeText,
  base64UrlEncode,
  base64UrlEncodeBytes
};
