/**
 * Mutations of the JSON shape, blind to FHIR: keys removed, arrays duplicated, emptied, added or
 * taken away, values of another JSON type, numbers at the edges of what JavaScript and FHIR hold,
 * and `_element` siblings that do not fit their element.
 */
import type { Rng } from '../support/rng.js';
import { deepCopy } from '../support/deep.js';
import { preview } from '../support/preview.js';
import { isObject, remove, replace, sites, type Site } from '../support/sites.js';
import { cycle, mutant, type MutationClass, type Mutant } from './types.js';


function pickSite(doc: unknown, r: Rng, keep: (s: Site) => boolean): Site | undefined {
  const found = sites(doc).filter(keep);
  return found.length === 0 ? undefined : r.pick(found);
}

function set(doc: unknown, site: Site, value: unknown, what: string): Mutant {
  return mutant(replace(doc, site, value), `${site.path} ${what} ${preview(value)}`);
}

const deleteKey: MutationClass = {
  name: 'delete-key',
  description: 'removes one key of one object (required elements, resourceType, url, value[x] ...)',
  apply(doc, { r }) {
    const site = pickSite(doc, r, (s) => s.parent !== null && !Array.isArray(s.parent));
    if (!site) return undefined;
    remove(site);
    return mutant(doc, `${site.path} deleted`);
  },
};

const duplicateArray: MutationClass = {
  name: 'duplicate-array',
  description: 'repeats the items of an array (all of them once more, or one item three times): max cardinality, duplicate slices and fullUrls',
  apply(doc, { r }) {
    const site = pickSite(doc, r, (s) => Array.isArray(s.value) && s.value.length > 0);
    if (!site) return undefined;
    const items = site.value as unknown[];
    if (r.next() < 0.5) {
      items.push(...deepCopy(items));
      return mutant(doc, `${site.path} items doubled`);
    }
    const i = r.int(items.length);
    items.splice(i, 0, deepCopy(items[i]), deepCopy(items[i]));
    return mutant(doc, `${site.path}[${i}] repeated three times`);
  },
};

const emptyArray: MutationClass = {
  name: 'empty-array',
  description: 'replaces an array by [] (FHIR JSON never has empty arrays)',
  apply(doc, { r }) {
    const site = pickSite(doc, r, (s) => Array.isArray(s.value));
    return site && set(doc, site, [], '=');
  },
};

const wrapInArray: MutationClass = {
  name: 'wrap-in-array',
  description: 'puts a value inside an array: a single element made repeating, an array of arrays, the document itself in an array',
  apply(doc, { r }) {
    const site = r.pick(sites(doc));
    return mutant(replace(doc, site, [site.value]), `${site.path} wrapped in an array`);
  },
};

const unwrapArray: MutationClass = {
  name: 'unwrap-array',
  description: 'replaces an array by its first item (null when empty): a repeating element given once',
  apply(doc, { r }) {
    const site = pickSite(doc, r, (s) => Array.isArray(s.value));
    return site && set(doc, site, (site.value as unknown[])[0] ?? null, '=');
  },
};

type Kind = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array';
const KINDS: readonly Kind[] = ['string', 'number', 'boolean', 'null', 'object', 'array'];

function kindOf(v: unknown): Kind {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'boolean' ? t : 'object';
}

/** The value as another JSON type, keeping what can be kept ("12" <-> 12, "true" <-> true). */
function convert(v: unknown, to: Kind): unknown {
  switch (to) {
    case 'string':
      // preview() rather than String(): objects may hold an own `toString` that is not a function.
      return typeof v === 'string' ? v : preview(v, Number.MAX_SAFE_INTEGER);
    case 'number': {
      const n = typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number' ? Number(v) : 1;
      return Number.isFinite(n) ? n : 1;
    }
    case 'boolean':
      return v === 'true' || v === 1 || isObject(v);
    case 'null':
      return null;
    case 'object':
      return isObject(v) ? v : { value: v };
    case 'array':
      return [v];
  }
}

const swapType: MutationClass = {
  name: 'swap-type',
  description: 'gives a value another JSON type (string <-> number <-> boolean <-> null <-> object <-> array)',
  apply(doc, { r, variant }) {
    const site = r.pick(sites(doc));
    const from = kindOf(site.value);
    const others = KINDS.filter((k) => k !== from);
    const to = cycle(others, variant);
    return set(doc, site, convert(site.value, to), `${from} -> ${to}:`);
  },
};

/** Edges of JavaScript numbers and of FHIR integer, positiveInt, unsignedInt and decimal. */
const EXTREME_NUMBERS: readonly number[] = [
  1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, -0, 2 ** 53 + 1, -(2 ** 53 + 1), 2 ** 31, -(2 ** 31) - 1,
  2147483647, 0.1 + 0.2, 1.5, -1, 0, 1e-7, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY,
];

const extremeNumber: MutationClass = {
  name: 'extreme-number',
  description: 'sets a number (else any primitive) to 1e308, -0, 2**53+1, 2**31, 1.5, -1, 5e-324, or NaN/Infinity (JavaScript callers only)',
  apply(doc, { r, variant }) {
    const numbers = sites(doc).filter((s) => typeof s.value === 'number');
    const site = numbers.length > 0 ? r.pick(numbers) : pickSite(doc, r, (s) => s.parent !== null && kindOf(s.value) !== 'object' && kindOf(s.value) !== 'array');
    if (!site) return undefined;
    const n = cycle(EXTREME_NUMBERS, variant);
    const m = set(doc, site, n, '=');
    return { ...m, jsOnly: !Number.isFinite(n) };
  },
};

/** Values an `_element` sibling must never have: STU3 wants an object (or an array of objects/null matching the values). */
const BAD_UNDERSCORE: readonly unknown[] = [
  'text', 5, true, [], [5], [{}, {}, {}, {}], { extension: 'x' }, { id: 5 }, { extension: [{ url: 5 }] },
  { extension: [{ url: 'http://example.org/x', valueString: 'a', valueCode: 'b' }] }, { value: 1 },
];
const ORPHAN_KEYS = ['_nothing', '_', '_resourceType', '_extension', '_constructor', '__proto__', '_id', '__'];

const underscoreSibling: MutationClass = {
  name: 'underscore-sibling',
  description: 'adds a wrong `_element` sibling: of the wrong JSON type, an array of another length, or for an element that is absent or not primitive',
  apply(doc, { r, variant }) {
    const owner = pickSite(doc, r, (s) => isObject(s.value) && Object.keys(s.value).some((k) => !k.startsWith('_')));
    if (!owner) return undefined;
    const o = owner.value as Record<string, unknown>;
    const primitives = Object.keys(o).filter((k) => !k.startsWith('_') && k !== 'resourceType' && (kindOf(o[k]) !== 'object'));
    const key = primitives.length > 0 && r.next() < 0.7 ? `_${r.pick(primitives)}` : r.pick(ORPHAN_KEYS);
    const value = deepCopy(cycle(BAD_UNDERSCORE, variant));
    Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
    return mutant(doc, `${owner.path}.${key} = ${preview(value)}`);
  },
};

/** New names for a key: hostile text, prototype members, near misses, other or no choice-type suffix. */
function renamings(key: string): string[] {
  const choice = /^(value|effective|onset|deceased|multipleBirth|occurrence|timing|medication|item|answer)[A-Z]/.exec(key)?.[1];
  const near = [`${key}_`, key.toUpperCase(), `${key} `, `${key}\u2028`, `${key}\ud800`, ''];
  const hostile = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'k'.repeat(1_048_577)];
  const choices = choice ? [choice, `${choice}String`, `${choice}Foo`, `${choice}string`, `${choice}Reference`] : [];
  return [...choices, ...near, ...hostile];
}

const renameKey: MutationClass = {
  name: 'rename-key',
  description: 'renames a key: to a prototype member name, a 1 MB name, a near miss (case, trailing space or _, U+2028, lone surrogate, empty), or another or no choice-type suffix (valueQuantity -> valueString, valueFoo, value); sometimes keeps the old key too (two [x] variants at once)',
  apply(doc, { r, variant }) {
    const site = pickSite(doc, r, (s) => s.parent !== null && !Array.isArray(s.parent));
    if (!site) return undefined;
    const owner = site.parent as Record<string, unknown>;
    const key = site.key as string;
    const to = cycle(renamings(key), variant);
    const keep = r.next() < 0.25;
    if (!keep) delete owner[key];
    Object.defineProperty(owner, to, { value: site.value, enumerable: true, writable: true, configurable: true });
    return mutant(doc, `${site.path} ${keep ? 'copied' : 'renamed'} to ${preview(to)}`);
  },
};

export const SHAPE_MUTATIONS: readonly MutationClass[] = [deleteKey, renameKey, duplicateArray, emptyArray, wrapInArray, unwrapArray, swapType, extremeNumber, underscoreSibling];
