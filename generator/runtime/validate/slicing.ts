/**
 * Slicing: which slice each item of a sliced array belongs to (by the discriminators), each slice's
 * cardinality, and the slicing rules (`closed`: every item must match a slice; `openAtEnd`: items
 * that match no slice come last; `ordered`: matched items follow the order of the slices).
 *
 * An item belongs to the first slice whose discriminators all hold. The generated code writes the
 * common discriminator (a primitive `value` one step down, `url` of extensions) inline; the others
 * go through the `disc*` functions here, which evaluate a discriminator path:
 * - a path is a list of steps; a step is an element name, or `name[x]` for a choice (any JSON key
 *   `name` + type), and flattens arrays only where the element repeats;
 * - `value`/`pattern`: some value at the path equals / contains the expected value;
 * - `exists`: there is (or is not) a value at the path;
 * - `type`: the type of a value at the path (a resource's `resourceType`, a choice's type suffix);
 * - `profile`: some value at the path passes the profile's check (in fast mode).
 *
 * Issue codes: too few items in a slice `required`; too many, a closed slicing broken, the order
 * broken: `structure`.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */

import { arrayShape, checkCount, missing, type Max } from './cardinality.js';
import { fastMode, type Check, type Ctx } from './context.js';
import { jsonEquals, jsonMatches } from './fixed-pattern.js';
import { isObject } from './guard.js';
import { at, here, itemAt, toChild, toItem } from './shape.js';
import { ROOT_PATH, type Path } from './paths.js';

export interface Slice {
  readonly name: string;
  readonly min: number;
  readonly max: Max;
  /** Whether an item belongs to this slice; `x` is in fast mode, `d` the item's depth. */
  readonly match: (v: unknown, x: Ctx, d: number) => boolean;
  /** The slice's own definition of an item. */
  readonly check: Check;
}

/**
 * "Slice s: at least min required, found n" (n < min), each text made once per slice and count: the
 * slices are package constants and n is below their `min`, so the cache is bounded by the
 * profiles. The example Bundles report a missing slice of the same extension hundreds of times.
 */
const tooFewTexts = new WeakMap<Slice, string[]>();

function tooFew(slice: Slice, n: number): string {
  let texts = tooFewTexts.get(slice);
  if (texts === undefined) tooFewTexts.set(slice, (texts = []));
  return (texts[n] ??= `Slice ${JSON.stringify(slice.name)}: at least ${slice.min} required, found ${n}`);
}

export interface Slicing {
  readonly rules: 'closed' | 'open' | 'openAtEnd';
  readonly ordered: boolean;
  readonly slices: readonly Slice[];
  /** The element's definition, for items that match no slice. */
  readonly base: Check;
  /** The element id, for messages. */
  readonly element: string;
  /**
   * The index of the slice `v` belongs to, or -1, when the generator could write it as one test
   * (every slice told by one primitive value at the same step); else each slice's `match` runs.
   */
  readonly index: ((v: unknown) => number) | undefined;
}

/** One step of a discriminator path: `[name, repeats]`, name ending `[x]` for a choice. */
export type Step = readonly [string, boolean];

interface Found {
  readonly value: unknown;
  /** The type told by a choice key (`valueQuantity` → `Quantity`), if any. */
  readonly type: string | undefined;
}

function push(out: Found[], value: unknown, repeats: boolean, type: string | undefined): void {
  if (value === undefined || value === null) return;
  if (repeats && Array.isArray(value)) {
    for (const item of value as unknown[]) if (item !== undefined && item !== null) out.push({ value: item, type });
  } else out.push({ value, type });
}

/** The values at `path` below `v` (`$this` is the empty path). */
function select(v: unknown, path: readonly Step[]): Found[] {
  let current: Found[] = [{ value: v, type: undefined }];
  for (const [name, repeats] of path) {
    const next: Found[] = [];
    for (const { value } of current) {
      if (!isObject(value)) continue;
      if (name.endsWith('[x]')) {
        const stem = name.slice(0, -3);
        for (const key of Object.keys(value)) {
          const c = key.charCodeAt(stem.length);
          if (key.length > stem.length && key.startsWith(stem) && c >= 65 && c <= 90) push(next, value[key], repeats, key.slice(stem.length));
        }
      } else if (Object.prototype.hasOwnProperty.call(value, name)) push(next, value[name], repeats, undefined);
    }
    current = next;
  }
  return current;
}

/** `value` discriminator: some value at the path equals `expected`. */
export function discValue(v: unknown, path: readonly Step[], expected: unknown): boolean {
  for (const found of select(v, path)) if (jsonEquals(found.value, expected)) return true;
  return false;
}

/** `pattern` discriminator: some value at the path contains `pattern`. */
export function discPattern(v: unknown, path: readonly Step[], pattern: unknown): boolean {
  for (const found of select(v, path)) if (jsonMatches(found.value, pattern)) return true;
  return false;
}

/** `exists` discriminator. */
export function discExists(v: unknown, path: readonly Step[], exists: boolean): boolean {
  return select(v, path).length > 0 === exists;
}

/** `type` discriminator: a value at the path is of one of `types`. */
export function discType(v: unknown, path: readonly Step[], types: readonly string[]): boolean {
  for (const found of select(v, path)) {
    const type = found.type ?? (isObject(found.value) ? found.value['resourceType'] : undefined);
    if (typeof type === 'string' && types.includes(type)) return true;
  }
  return false;
}

/**
 * `profile` discriminator: a value at the path passes `check`, in fast mode (whose path stack is its
 * own, so the steps it writes cannot disturb those of the collecting walk around it).
 */
export function discProfile(v: unknown, path: readonly Step[], check: Check, x: Ctx, d: number): boolean {
  const fast = fastMode(x);
  for (const found of select(v, path)) if (check(found.value, fast, ROOT_PATH, d)) return true;
  return false;
}

/**
 * A count per slice, all 0. Literals for the usual one to three slices: `new Array(n).fill(0)` is a
 * call into V8's C++ `fill`, which showed in profiles of the example Bundles (0.4%).
 */
function zeros(n: number): number[] {
  if (n === 1) return [0];
  if (n === 2) return [0, 0];
  if (n === 3) return [0, 0, 0];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) counts.push(0);
  return counts;
}

/** The index of the first slice whose `match` holds for `item` (-1 for none), matching in fast mode. */
function matchingSlice(s: Slicing, item: unknown, x: Ctx, d: number): number {
  const fast = fastMode(x);
  for (let j = 0; j < s.slices.length; j++) if (s.slices[j]?.match(item, fast, d)) return j;
  return -1;
}

/**
 * A sliced repeating element: absent (then its minimum and each slice's minimum decide), or an
 * array whose items are matched to slices.
 *
 * @param min - the element's minimum (all items together)
 */
export function checkSliced(v: unknown, x: Ctx, p: Path, seg: string, d: number, min: number, max: Max, s: Slicing): boolean {
  if (v === undefined) {
    const present = min === 0 || missing(x, p, seg, min);
    if (!present && x.c === null) return false;
    return checkSlicesAbsent(x, toChild(x, p, seg), s) && present;
  }
  const q = toChild(x, p, seg);
  if (!arrayShape(v, x, q)) return false;
  let ok = checkCount(v.length, x, q, min, max);
  if (!ok && x.c === null) return false;
  // Made at the first item that matches a slice: most sliced arrays in an instance are extension
  // arrays, often with no item of any slice.
  let counts: number[] | undefined;
  let last = -1;
  let unmatchedSeen = false;
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    if (item === null || item === undefined) {
      if (x.c === null) return false;
      ok = false;
      x.c.add('error', 'structure', itemAt(x, q, i), 'null is not allowed here (only in primitive arrays with _ extensions)');
      continue;
    }
    const k = s.index !== undefined ? s.index(item) : matchingSlice(s, item, x, d + 1);
    let itemOk = true;
    const slice = k >= 0 ? s.slices[k] : undefined;
    if (slice === undefined) {
      if (s.rules === 'closed') {
        itemOk = false;
        x.c?.add('error', 'structure', itemAt(x, q, i), `Item matches no slice of ${s.element}, and the slicing is closed`);
      } else {
        unmatchedSeen = true;
        if (!s.base(item, x, toItem(x, q, i), d + 1)) itemOk = false;
      }
    } else {
      counts ??= zeros(s.slices.length);
      counts[k] = (counts[k] ?? 0) + 1;
      if (s.ordered && k < last) {
        itemOk = false;
        x.c?.add('error', 'structure', itemAt(x, q, i), `Item of slice ${JSON.stringify(slice.name)} is out of order: the slices of ${s.element} are ordered`);
      }
      if (s.rules === 'openAtEnd' && unmatchedSeen) {
        itemOk = false;
        x.c?.add('error', 'structure', itemAt(x, q, i), `Item of slice ${JSON.stringify(slice.name)} comes after an item that matches no slice (${s.element} is openAtEnd)`);
      }
      if (k > last) last = k;
      if (!slice.check(item, x, toItem(x, q, i), d + 1)) itemOk = false;
    }
    if (!itemOk) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  for (let j = 0; j < s.slices.length; j++) {
    const slice = s.slices[j];
    const n = counts?.[j] ?? 0;
    if (slice === undefined) continue;
    if (n < slice.min) {
      if (x.c === null) return false;
      ok = false;
      x.c.add('error', 'required', here(x, q), tooFew(slice, n));
    } else if (slice.max >= 0 && n > slice.max) {
      if (x.c === null) return false;
      ok = false;
      x.c.add('error', 'structure', here(x, q), `Slice ${JSON.stringify(slice.name)}: at most ${slice.max} allowed, found ${n}`);
    }
  }
  return ok;
}

/**
 * A sliced element that is absent: each slice with a minimum is reported.
 */
export function checkSlicesAbsent(x: Ctx, q: Path, s: Slicing): boolean {
  let ok = true;
  for (const slice of s.slices) {
    if (slice.min > 0) {
      if (x.c === null) return false;
      ok = false;
      x.c.add('error', 'required', here(x, q), tooFew(slice, 0));
    }
  }
  return ok;
}

/** A slicing the generator could not turn into checks: information, in collecting mode only, when the element is present. */
export function slicingNotChecked(v: unknown, x: Ctx, p: Path, seg: string, element: string, reason: string): true {
  if (v !== undefined) x.c?.add('information', 'not-supported', at(x, p, seg), `Slicing of ${element} not checked: ${reason}`);
  return true;
}
