/**
 * Hostile text for string values: sizes at and over the STU3 1 MB limit, characters that break
 * JavaScript or HTML when echoed (U+2028/2029, `</script>`, `${`), invalid UTF-16, NUL, names of
 * Object.prototype members, and regex-backtracking bait shaped after each STU3 primitive format.
 */
import type { Rng } from './rng.js';

/** STU3 `string` limit (1,048,576 UTF-16 code units, as the runtime counts it). */
const MEGABYTE = 1_048_576;

export const HOSTILE_STRINGS: ReadonlyArray<readonly [name: string, value: string]> = [
  ['1 MB exactly', 'x'.repeat(MEGABYTE)],
  ['1 MB + 1', 'x'.repeat(MEGABYTE + 1)],
  ['U+2028/U+2029', 'a\u2028b\u2029c'],
  ['lone high surrogate', '\ud800'],
  ['lone low surrogate inside', 'x\udc00y'],
  ['reversed surrogate pair', '\udc00\ud800'],
  ['NUL inside', 'a\u0000b'],
  ['NUL only', '\u0000'],
  ['script end tag', '</script><script>globalThis.__pwned = true</script>'],
  ['template literal', '${globalThis.__pwned = true}`'],
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
  ['prototype', 'prototype'],
  ['toString', 'toString'],
  ['hasOwnProperty', 'hasOwnProperty'],
  ['empty', ''],
  ['XML whitespace only', ' \t\r\n '],
  ['Unicode whitespace', '\u00a0\u2003\u3000'],
  ['byte order mark', '\ufeff'],
  ['right-to-left override', '\u202eevil'],
  ['emoji ZWJ sequence', '\u{1f469}\u200d\u2695\ufe0f'],
  ['backtracking bait', `${'a'.repeat(100_000)}!`],
  ['FHIRPath injection', "') or true or ('"],
  ['FHIRPath variable', '%rootResource'],
  ['JSON text', '{"resourceType":"Patient","__proto__":{"x":1}}'],
  ['javascript: URL', 'javascript:globalThis.__pwned=true'],
];

/** The string-valued STU3 primitive formats the runtime checks with regexes or loops. */
export const STRING_FORMATS = ['date', 'dateTime', 'instant', 'time', 'code', 'id', 'oid', 'uuid', 'uri', 'base64Binary', 'string', 'markdown'] as const;
export type StringFormat = (typeof STRING_FORMATS)[number];

/** A valid value of each format, for documents that have none. */
export const FORMAT_SAMPLES: Readonly<Record<StringFormat, string>> = {
  date: '2017-01-31',
  dateTime: '2017-01-31T10:00:00.123+01:00',
  instant: '2017-01-31T10:00:00.123Z',
  time: '10:00:00.5',
  code: 'ab cd',
  id: 'a-b.c',
  oid: 'urn:oid:1.2.3',
  uuid: 'urn:uuid:c757873d-ec9a-4326-a141-556f43239520',
  uri: 'http://example.org/a',
  base64Binary: 'QUJD RA==',
  string: 'abc',
  markdown: '*abc*',
};

/** Long enough for quadratic backtracking to take minutes, short enough to build quickly. */
const LONG = 100_000;
/** Long enough for exponential backtracking to take minutes. */
const SHORT = 32;

/**
 * Bait for a regex that accepts `sample`: a long run of one of its characters in the place that
 * character stands, ended by a character no format accepts; the whole sample repeated; words
 * separated by single whitespace ending in a double space (the STU3 `code` regex's weak point);
 * and the classic `aaaa…!`. Each comes short (exponential blow-up) or long (quadratic blow-up).
 */
export function formatBait(sample: string, r: Rng): { name: string; value: string } {
  const n = r.next() < 0.5 ? SHORT : LONG;
  const size = n === SHORT ? 'short' : 'long';
  const chars = [...new Set(sample)];
  const c = r.pick(chars);
  const at = sample.indexOf(c) + 1;
  const baits: Array<[string, string]> = [
    [`run of ${JSON.stringify(c)}`, `${sample.slice(0, at)}${c.repeat(n)}${sample.slice(at)}!`],
    ['sample repeated', `${sample.repeat(Math.ceil(n / sample.length))}!`],
    ['words then double space', `${sample}${` ${sample}`.repeat(Math.ceil(n / (sample.length + 1)))}  `],
    ['aaaa…!', `${'a'.repeat(n)}!`],
    ['digits then junk', `${sample}${'9'.repeat(n)}\u0000`],
  ];
  const [name, value] = r.pick(baits);
  return { name: `${size} ${name}`, value };
}
