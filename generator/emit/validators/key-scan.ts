/**
 * The key scan at the top of every generated object check: one `for...in` over the object's keys
 * with a `switch`, which reports unknown keys (and native `ele-1`), and records which elements are
 * present as bits in a few local integers (`m0`, `m1`...) and their values in locals (`e0`, `e1`...).
 * The blocks below then test a bit instead of reading the property, and read the local.
 *
 * Why: most elements of a definition are absent from any one instance (an Observation has 40
 * element names, an Extension 38 `value[x]` variants), and reading an absent property of objects
 * whose hidden classes vary (JSON from many senders) is a polymorphic load each time. Measured on
 * the example Observations in a micro-benchmark: 50 presence reads plus the separate `Object.keys`
 * walk for unknown keys took 340 ns an object, the scan 54 ns. The scan visits each key once, in the same order as
 * `Object.keys`, so unknown keys are reported in the same order as `checkKeys` (which the
 * interpreter still uses) reports them.
 *
 * A bit means "the key is there", not "its value is not undefined": a JavaScript caller's
 * `{ meta: undefined }` then enters the element's block, where every check treats `undefined` as
 * absent, as before.
 */
import type { ObjectRule, VariantRule } from '../../validate/model.js';
import { emitRead, hasSibling, readsOwn } from '../../validate/kinds/shape.js';
import type { EmitScope } from '../../validate/emit-scope.js';
import { _, join, name, type Code } from './code.js';

const BITS_PER_WORD = 31;

/** Where the presence of one JSON name (and its `_` sibling) is recorded. */
interface Bit {
  readonly word: number;
  readonly mask: number;
}

export interface KeyScan {
  /** The statements of the scan (declarations, loop, ele-1). */
  readonly code: Code;
  /**
   * The value of `variant`'s JSON name, as an expression: the local the scan stored it in (see
   * {@link keyScan}), or a read of the object for a name that must be read as an own property.
   */
  value(variant: VariantRule): Code;
  /** `true` when `variant` (or its `_` sibling) is present, as a condition. */
  present(variant: VariantRule): Code;
  /** `true` when any of `variants` (or their `_` siblings) is present, as a condition. */
  anyPresent(variants: readonly VariantRule[]): Code;
  /** `true` when the `_` sibling of `variant` (a guarded primitive) is absent, as a condition. */
  siblingAbsent(variant: VariantRule): Code;
  /** The bits of several variants and their `_` siblings, for a choice: one `[word, mask]` pair per word used. */
  masks(variants: readonly VariantRule[]): ReadonlyArray<readonly [Code, number]>;
}

function word(index: number): Code {
  return name(`m${index}`);
}

/**
 * The order of the case labels. A string `switch` tests its labels one after another, so the
 * labels go in the order keys are most likely met: `resourceType`, then the elements in definition
 * order (the order FHIR serialisers write them, with the common `id`, `meta`, `extension` first),
 * then the `_` siblings, which few instances have. Measured in a micro-benchmark on Observation's
 * 52 labels: 5.9 ns a key in alphabetical order (where every `_` label comes first), 2.7 ns in this
 * order.
 */
function caseOrder(rule: ObjectRule): string[] {
  const known = new Set(rule.known);
  const ordered: string[] = [];
  const take = (key: string): void => {
    if (known.delete(key)) ordered.push(key);
  };
  take('resourceType');
  for (const prop of rule.props) for (const variant of prop.variants) take(variant.jsonName);
  const rest = [...known].sort();
  for (const key of rest) if (!key.startsWith('_')) take(key);
  for (const prop of rule.props) for (const variant of prop.variants) take(`_${variant.jsonName}`);
  for (const key of rest) take(key);
  return ordered;
}

/**
 * Allocates a presence bit to every JSON name of `rule`'s elements (a value and its `_` sibling in
 * one word, the variants of a choice in one word when they fit) and emits the scan.
 */
export function keyScan(rule: ObjectRule, scope: EmitScope): KeyScan {
  const bits = new Map<string, Bit>();
  let w = 0;
  let next = 0;
  const allocate = (key: string): void => {
    if (next === BITS_PER_WORD) {
      w++;
      next = 0;
    }
    bits.set(key, { word: w, mask: 1 << next });
    next++;
  };
  // Every element gets bits, also those whose block runs unguarded (required, sliced): a required
  // primitive's `_` sibling is still told absent by its bit.
  for (const prop of rule.props) {
    // A value and its `_` sibling get a bit each, in the same word; so do a choice's variants when
    // they fit in one.
    const needed = prop.variants.reduce((n, v) => n + (hasSibling(v) ? 2 : 1), 0);
    if (needed <= BITS_PER_WORD && next + needed > BITS_PER_WORD) {
      w++;
      next = 0;
    }
    for (const variant of prop.variants) {
      allocate(variant.jsonName);
      if (hasSibling(variant)) allocate(`_${variant.jsonName}`);
    }
  }
  const words = bits.size === 0 ? 0 : w + 1;

  // Each element's value is stored in a local as the scan meets its key (`e3 = o[k]`), and the
  // blocks below read the local. Inside `for...in`, V8 loads `o[k]` by the field index its enum
  // cache gives, with no inline cache; a later `o.status` is a property load whose inline cache
  // sees every hidden class of every sender's JSON, goes megamorphic, and misses its stub cache
  // when the classes are many. Measured in a micro-benchmark on 2,000 objects with 20 elements
  // and as many hidden classes: 1,400 ns an object with the loads after the scan, 190 ns stored
  // during it. Names that must be read as own properties (see `readsOwn`) keep their read.
  const locals = new Map<string, Code>();
  for (const prop of rule.props) {
    for (const variant of prop.variants) {
      if (!readsOwn(variant.jsonName) && bits.has(variant.jsonName)) locals.set(variant.jsonName, name(`e${locals.size}`));
    }
  }

  // Case labels grouped by what a key does: set a bit or not, count as content (every known key
  // but `id`, as in checkKeys) or not.
  const groups = new Map<string, { readonly bit: Bit | undefined; readonly content: boolean; readonly keys: string[] }>();
  for (const key of caseOrder(rule)) {
    const bit = bits.get(key);
    const content = key !== 'id';
    const group = `${bit ? `${bit.word}:${bit.mask}` : '-'}:${content}`;
    const found = groups.get(group);
    if (found) found.keys.push(key);
    else groups.set(group, { bit, content, keys: [key] });
  }
  const cases: Code[] = [];
  for (const { bit, content, keys } of groups.values()) {
    const labels = join(keys.map((key) => _`case ${key}:`), '\n');
    const count = content && rule.ele1 ? _`n++;\n` : _``;
    const set = bit ? _`${word(bit.word)} |= ${bit.mask};\n` : _``;
    // A key with a bit has its own group, so a group stores at most one local.
    const local = keys.length === 1 && keys[0] !== undefined ? locals.get(keys[0]) : undefined;
    const store = local ? _`${local} = o[k];\n` : _``;
    cases.push(_`${labels}\n${count}${set}${store}break;`);
  }
  cases.push(_`default:\nif (!${scope.runtime('unknownKey')}(o, k, x, p) && x.c === null) return false;`);

  const lines: Code[] = [];
  for (let i = 0; i < words; i++) lines.push(_`let ${word(i)} = 0;`);
  if (rule.ele1) lines.push(_`let n = 0;`);
  if (locals.size > 0) lines.push(_`let ${join([...locals.values()].map((local) => _`${local}: unknown`), ', ')};`);
  lines.push(_`for (const k in o) {\nswitch (k) {\n${join(cases)}\n}\n}`);
  if (rule.ele1) lines.push(_`if (n === 0 && !${scope.runtime('emptyElement')}(x, p) && x.c === null) return false;`);

  const bitOf = (key: string): Bit => {
    const bit = bits.get(key);
    if (!bit) throw new Error(`no presence bit for ${key}`);
    return bit;
  };
  const keysOf = (variant: VariantRule): string[] => (hasSibling(variant) ? [variant.jsonName, `_${variant.jsonName}`] : [variant.jsonName]);
  const masks = (keys: readonly string[]): ReadonlyArray<readonly [Code, number]> => {
    const byWord = new Map<number, number>();
    for (const key of keys) {
      const bit = bitOf(key);
      byWord.set(bit.word, (byWord.get(bit.word) ?? 0) | bit.mask);
    }
    return [...byWord].map(([i, mask]) => [word(i), mask] as const);
  };
  const test = (keys: readonly string[]): Code => join(masks(keys).map(([m, mask]) => _`(${m} & ${mask}) !== 0`), ' || ');
  return {
    code: join(lines),
    value: (variant) => locals.get(variant.jsonName) ?? emitRead(scope, _`o`, variant.jsonName),
    present: (variant) => test(keysOf(variant)),
    anyPresent: (variants) => test(variants.flatMap(keysOf)),
    siblingAbsent: (variant) => join(masks([`_${variant.jsonName}`]).map(([m, mask]) => _`(${m} & ${mask}) === 0`), ' && '),
    masks: (variants) => masks(variants.flatMap(keysOf)),
  };
}
