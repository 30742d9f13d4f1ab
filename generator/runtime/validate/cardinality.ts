/**
 * Occurrence checks: min/max cardinality, JSON arrays where the element repeats and single values
 * where it does not, no empty arrays, no `null` outside primitive arrays; and the descent into each
 * complex item with its check function.
 *
 * Issue codes: a missing required element is `required`; too many items, an array where a single
 * value belongs (or the reverse), an empty array or a `null` are `structure`.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */

import type { Check, Ctx } from './context.js';
import { jsonKind } from './guard.js';
import { at, here, itemAt, toChild, toItem } from './shape.js';
import type { Path } from './paths.js';

/** `max` as generated code passes it: `-1` for unbounded (`*`). */
export type Max = number;

function maxText(max: Max): string {
  return max < 0 ? '*' : String(max);
}

/**
 * "Missing required element seg (min 1)" for each element step, made once: `seg` is always a
 * constant of the generated code (or of the model the interpreter walks), never instance text,
 * so the cache is bounded by the profiles.
 */
const missingTexts = new Map<string, string>();

/** Reports a required element that is absent. Always returns false. */
export function missing(x: Ctx, p: Path, seg: string, min: number): false {
  if (x.c === null) return false;
  let text = min === 1 ? missingTexts.get(seg) : undefined;
  if (text === undefined) {
    text = `Missing required element ${seg} (min ${min})`;
    if (min === 1) missingTexts.set(seg, text);
  }
  x.c.add('error', 'required', at(x, p, seg), text);
  return false;
}

/**
 * An element the profile removed (max 0) must be absent: `v` is its value, `e` its `_` sibling
 * (undefined for non-primitives).
 */
export function prohibited(v: unknown, e: unknown, x: Ctx, p: Path, seg: string): boolean {
  if (v === undefined && e === undefined) return true;
  x.c?.add('error', 'structure', at(x, p, seg), `Element ${seg} is not allowed here (max 0)`);
  return false;
}

/**
 * All variants of a removed choice element must be absent: `variants` maps each JSON name and its
 * `_` sibling to the variant's step. Walks the object's keys (a removed `value[x]` has 38 variants).
 */
export function prohibitedVariants(o: Record<string, unknown>, x: Ctx, p: Path, variants: ReadonlyMap<string, string>): boolean {
  let ok = true;
  let reported: Set<string> | undefined;
  for (const key of Object.keys(o)) {
    const seg = variants.get(key);
    if (seg === undefined || o[key] === undefined || reported?.has(seg)) continue;
    if (x.c === null) return false;
    ok = false;
    (reported ??= new Set()).add(seg);
    x.c.add('error', 'structure', at(x, p, seg), `Element ${seg} is not allowed here (max 0)`);
  }
  return ok;
}

/** The map {@link prohibitedVariants} takes: `[jsonName, seg]` pairs, each name also with its `_` sibling. */
export function removedVariants(pairs: ReadonlyArray<readonly [string, string]>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [name, seg] of pairs) {
    map.set(name, seg);
    map.set('_' + name, seg);
  }
  return map;
}

/**
 * The shape of a repeating element's value: a JSON array (reported otherwise). Items and count
 * are not looked at.
 */
export function arrayShape(v: unknown, x: Ctx, q: Path): v is unknown[] {
  if (!Array.isArray(v)) {
    x.c?.add('error', 'structure', here(x, q), `Expected a JSON array (the element repeats), found ${jsonKind(v)}`);
    return false;
  }
  return true;
}

/** Count checks for a repeating element with `n` occurrences. */
export function checkCount(n: number, x: Ctx, q: Path, min: number, max: Max): boolean {
  if (n === 0) {
    x.c?.add('error', 'structure', here(x, q), 'Arrays must not be empty (omit the property instead)');
    return false;
  }
  if (n < min) {
    x.c?.add('error', 'required', here(x, q), `At least ${min} required, found ${n}`);
    return false;
  }
  if (max >= 0 && n > max) {
    x.c?.add('error', 'structure', here(x, q), `At most ${maxText(max)} allowed, found ${n}`);
    return false;
  }
  return true;
}

/** Reports a single-valued element that holds an array or `null`. */
function notSingle(v: unknown, x: Ctx, q: Path): boolean {
  if (Array.isArray(v)) {
    x.c?.add('error', 'structure', here(x, q), 'Expected a single value, found an array (the element does not repeat)');
    return true;
  }
  if (v === null) {
    x.c?.add('error', 'structure', here(x, q), 'null is not allowed here (omit the property instead)');
    return true;
  }
  return false;
}

/**
 * A single complex element: absent (then `min` decides), or not an array, not null, and its
 * content passes `check`.
 *
 * @param v - the element's value
 * @param p - the parent's path; @param seg - the element's step (paths are built only when needed)
 */
export function one(v: unknown, x: Ctx, p: Path, seg: string, d: number, min: number, check: Check): boolean {
  if (v === undefined) return min === 0 || missing(x, p, seg, min);
  const q = toChild(x, p, seg);
  if (notSingle(v, x, q)) return false;
  return check(v, x, q, d + 1);
}

/**
 * A repeating complex element: absent (then `min` decides), or a non-empty array within
 * `min..max`, every item passing `check`. A `null` item is reported (only primitive arrays may
 * hold `null`).
 */
export function many(v: unknown, x: Ctx, p: Path, seg: string, d: number, min: number, max: Max, check: Check): boolean {
  if (v === undefined) return min === 0 || missing(x, p, seg, min);
  const q = toChild(x, p, seg);
  if (!arrayShape(v, x, q)) return false;
  let ok = checkCount(v.length, x, q, min, max);
  if (!ok && x.c === null) return false;
  for (let i = 0; i < v.length; i++) {
    const item = v[i];
    if (item === null) {
      if (x.c === null) return false;
      ok = false;
      x.c.add('error', 'structure', itemAt(x, q, i), 'null is not allowed here (only in primitive arrays with _ extensions)');
      continue;
    }
    if (!check(item, x, toItem(x, q, i), d + 1)) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  return ok;
}

/**
 * Calls `fn` on `v` (single) or on each item of `v` (repeating, when it is an array), with the
 * item's path. For the checks that apply to each occurrence after its shape: fixed values,
 * patterns, bindings, invariants. Values of the wrong shape were reported already and are
 * skipped by `fn` itself. Nothing happens when `v` is absent.
 */
export function each(v: unknown, repeats: boolean, x: Ctx, p: Path, seg: string, fn: (item: unknown, x: Ctx, q: Path) => boolean): boolean {
  if (v === undefined) return true;
  const q = toChild(x, p, seg);
  if (!repeats) return fn(v, x, q);
  if (!Array.isArray(v)) return true;
  let ok = true;
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    if (item === null || item === undefined) continue;
    if (!fn(item, x, toItem(x, q, i))) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  return ok;
}

/**
 * {@link each} for one check that takes an argument (`checkFixed` and its value, `checkCode` and
 * its binding...): the same iteration, without a function per call site.
 */
export function eachWith<A>(v: unknown, repeats: boolean, x: Ctx, p: Path, seg: string, fn: (item: unknown, x: Ctx, q: Path, arg: A) => boolean, arg: A): boolean {
  if (v === undefined) return true;
  const q = toChild(x, p, seg);
  if (!repeats) return fn(v, x, q, arg);
  if (!Array.isArray(v)) return true;
  let ok = true;
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    if (item === null || item === undefined) continue;
    if (!fn(item, x, toItem(x, q, i), arg)) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  return ok;
}
