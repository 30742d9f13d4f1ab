/**
 * Mutations of text: hostile strings in place of string values, regex-backtracking bait in values
 * of each STU3 primitive format, and `__proto__` / `constructor` / `prototype` keys made own
 * properties the way `JSON.parse` makes them.
 */
import { PRIMITIVE_CHECKS } from '../../../generator/runtime/validate/primitives.js';
import { FORMAT_SAMPLES, formatBait, HOSTILE_STRINGS, STRING_FORMATS } from '../support/hostile-text.js';
import { isObject, replace, sites } from '../support/sites.js';
import { cycle, mutant, type MutationClass } from './types.js';

const hostileString: MutationClass = {
  name: 'hostile-string',
  description: 'replaces a string value (else any value) by hostile text: 1 MB and 1 MB + 1, U+2028/2029, lone surrogates, NUL, </script>, ${, __proto__, empty, whitespace, aaaa…!',
  apply(doc, { r, variant }) {
    const all = sites(doc);
    const strings = all.filter((s) => typeof s.value === 'string');
    const site = r.pick(strings.length > 0 ? strings : all);
    const [name, value] = cycle(HOSTILE_STRINGS, variant);
    return mutant(replace(doc, site, value), `${site.path} = ${name}`);
  },
};

/**
 * The format cycles with the variant, so every format gets its share; the place is a value that
 * already has that format (a date where a date was), so the bait meets that format's regex.
 */
const formatBaitClass: MutationClass = {
  name: 'format-bait',
  description: 'puts regex-backtracking bait shaped after a primitive format (date, dateTime, instant, time, code, id, oid, uuid, uri, base64Binary, string, markdown) where a value of that format was: long runs of one character, the value repeated, words ending in a double space, aaaa…!, short (exponential) and 100,000 characters (quadratic)',
  apply(doc, { r, variant }) {
    const format = cycle(STRING_FORMATS, variant);
    const check = PRIMITIVE_CHECKS[format];
    const strings = sites(doc).filter((s) => typeof s.value === 'string');
    const matching = strings.filter((s) => check(s.value) && (format !== 'id' || s.key === 'id'));
    const site = matching.length > 0 ? r.pick(matching) : strings.length > 0 ? r.pick(strings) : undefined;
    if (!site) return undefined;
    const sample = matching.length > 0 ? (site.value as string) : FORMAT_SAMPLES[format];
    const bait = formatBait(sample, r);
    const where = matching.length > 0 ? `a ${format}` : `no ${format} in the document, a string`;
    return mutant(replace(doc, site, bait.value), `${site.path} (${where}) = ${format} bait: ${bait.name}`);
  },
};

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
const PROTO_VALUES: readonly string[] = ['{"polluted":true}', '[]', '"x"', 'null', '{"resourceType":"Patient"}', '{"toString":1,"valueOf":"x"}', '{"__proto__":{"polluted":true}}'];

const protoKeys: MutationClass = {
  name: 'proto-keys',
  description: 'adds a `__proto__`, `constructor` or `prototype` key to an object (own properties, as JSON.parse makes them), holding objects that would pollute a prototype if assigned',
  apply(doc, { r, variant }) {
    const objects = sites(doc).filter((s) => isObject(s.value));
    if (objects.length === 0) return undefined;
    const site = r.pick(objects);
    const key = cycle(PROTO_KEYS, variant);
    const value = cycle(PROTO_VALUES, Math.floor(variant / PROTO_KEYS.length));
    // An own data property, as JSON.parse makes it; nested `__proto__` keys come from JSON.parse itself.
    Object.defineProperty(site.value, key, { value: JSON.parse(value) as unknown, enumerable: true, writable: true, configurable: true });
    return mutant(doc, `${site.path}.${key} = ${value}`);
  },
};

export const TEXT_MUTATIONS: readonly MutationClass[] = [hostileString, formatBaitClass, protoKeys];
