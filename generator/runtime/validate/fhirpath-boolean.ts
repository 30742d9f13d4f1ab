/**
 * The boolean translation of FHIRPath invariants (see generator/validate/fhirpath/boolean.ts): for
 * an expression whose value is always one boolean or empty, the generator emits a function
 * returning a {@link Truth} instead of a collection, over these helpers. They allocate nothing:
 * they count or read a node's children in place, where `fhirpath-lite.ts` builds collections
 * (what remains is the parent collection of a deeper step, `fpChildOf`, which allocates only for
 * a single non-array child such as Bundle.identifier).
 *
 * Each helper throws `BAIL` in exactly the cases its `fhirpath-lite.ts` counterpart does (or in
 * more, never fewer), and compares through the same functions, so the boolean translation gives
 * the collection translation's verdict, which is fhirpath.js's; on a bail fhirpath.js decides.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */

import type { Ctx } from './context.js';
import { BAIL, fpOrderValues, fpStringTest, fpEqValue, type Collection } from './fhirpath-lite.js';
import { isObject } from './guard.js';
import { checkInvariant, type Invariant } from './invariant.js';
import { invariantDiagnostic } from './fhirpath.js';
import { here } from './shape.js';
import type { Path } from './paths.js';

/** A FHIRPath boolean: `true`, `false`, or `undefined` for the empty collection. */
export type Truth = boolean | undefined;

/** How many items the JSON value of a child is; bails where `fhirpath-lite.ts` `pushValue` does. */
function sizeOfValue(value: unknown): number {
  if (value === undefined) return 0;
  if (value === null) throw BAIL;
  if (!Array.isArray(value)) return 1;
  for (const item of value as unknown[]) if (item === null || item === undefined || Array.isArray(item)) throw BAIL;
  return value.length;
}

/** `$this` as an object, for reading its children with constant keys; bails as `fpChildOf` does on anything else. */
export function fpObject(item: unknown): Record<string, unknown> {
  if (!isObject(item)) throw BAIL;
  return item;
}

/** The size of a child from its `_name` sibling and its value, as read by `fpObject(n)["_name"]`, `["name"]`. */
export function fpSizeOfValue(sibling: unknown, value: unknown): number {
  if (sibling !== undefined) throw BAIL;
  return sizeOfValue(value);
}

/** `name.count()` on one node: the size of `fpChildOf(item, name, sibling)`, with its bails. */
export function fpSizeOf(item: unknown, name: string, sibling: string): number {
  const o = fpObject(item);
  return fpSizeOfValue(o[sibling], o[name]);
}

/**
 * `c.name.count()` (`entry.deleted`): the size of `fpChild(c, name, sibling)`, with its bails,
 * counted without gathering the children. `size` is the generated reader of one item's child
 * (`(o) => fpSizeOfValue(o["_deleted"], o["deleted"])`): its constant keys make property loads V8
 * caches per invariant.
 */
export function fpSizeOfEach(c: Collection, size: (o: Record<string, unknown>) => number): number {
  let total = 0;
  for (let i = 0; i < c.length; i++) total += size(fpObject(c[i]));
  return total;
}

/** `name.count()` for a choice element on one node: the size of `fpChoice([item], variants)`, with its bails (two variants present among them). */
export function fpSizeOfChoice(item: unknown, variants: ReadonlyArray<readonly [string, string]>): number {
  if (!isObject(item)) throw BAIL;
  let size = 0;
  let present = 0;
  for (let i = 0; i < variants.length; i++) {
    const variant = variants[i];
    if (variant === undefined) continue;
    const key = variant[0];
    const sibling = variant[1];
    if (!Object.prototype.hasOwnProperty.call(item, key)) {
      if (Object.prototype.hasOwnProperty.call(item, sibling)) throw BAIL;
      continue;
    }
    if (item[sibling] !== undefined || ++present > 1) throw BAIL;
    size += sizeOfValue(item[key]);
  }
  return size;
}

/**
 * The one item of a child from its `_name` sibling and its value, or undefined when there is none:
 * for operands that must hold at most one item (`=`, `<`, `contains`, a path used as a boolean),
 * where `fhirpath-lite.ts` bails on more than one. Bails as `fpChildOf` does too.
 */
export function fpOneValue(sibling: unknown, value: unknown): unknown {
  if (sibling !== undefined) throw BAIL;
  if (value === null) throw BAIL;
  if (!Array.isArray(value)) return value;
  if (value.length === 0) return undefined;
  if (value.length > 1) throw BAIL;
  const only: unknown = value[0];
  if (only === null || only === undefined || Array.isArray(only)) throw BAIL;
  return only;
}

/** `fpOneValue` of `name` on a node. */
export function fpOne(item: unknown, name: string, sibling: string): unknown {
  const o = fpObject(item);
  return fpOneValue(o[sibling], o[name]);
}

/** The one item of `fpChild(c, name, sibling)` (undefined when none), bailing on more, without gathering them. */
export function fpOneEach(c: Collection, name: string, sibling: string): unknown {
  let found: unknown;
  let size = 0;
  for (let i = 0; i < c.length; i++) {
    const item = c[i];
    const n = fpSizeOf(item, name, sibling);
    if (n === 0) continue;
    size += n;
    if (size > 1) throw BAIL;
    found = fpOne(item, name, sibling);
  }
  return found;
}

/** The one item of a collection (undefined when empty); bails on more, as the operators do. */
export function fpSingle(c: Collection): unknown {
  if (c.length > 1) throw BAIL;
  return c[0];
}

/** An operand item read as a boolean (`notDone or ...`): anything but a boolean bails, as `truth` does. */
export function fpTruthValue(v: unknown): Truth {
  if (v === undefined || typeof v === 'boolean') return v;
  throw BAIL;
}

/**
 * `c.where(predicate).exists()`: whether the predicate is true for some item. Every item is
 * evaluated, as `fpWhere` does, so a bail on any of them still reaches fhirpath.js.
 */
export function fpAny(c: Collection, predicate: (item: unknown) => Truth): boolean {
  let any = false;
  for (const item of c) if (predicate(item) === true) any = true;
  return any;
}

// Three-valued logic. The operands are call arguments, so both are always evaluated: a bail on
// either side reaches fhirpath.js, as with the collection translation. (Short-circuiting would
// skip a side fhirpath.js does evaluate, and whose bail means "not sure what fhirpath.js gives".)
// The overloads keep "always a boolean" visible to the type checker when both operands are.

export function fpNot3(a: boolean): boolean;
export function fpNot3(a: Truth): Truth;
export function fpNot3(a: Truth): Truth {
  return a === undefined ? undefined : !a;
}

export function fpOr3(a: boolean, b: boolean): boolean;
export function fpOr3(a: Truth, b: Truth): Truth;
export function fpOr3(a: Truth, b: Truth): Truth {
  if (a === true || b === true) return true;
  return a === false && b === false ? false : undefined;
}

export function fpAnd3(a: boolean, b: boolean): boolean;
export function fpAnd3(a: Truth, b: Truth): Truth;
export function fpAnd3(a: Truth, b: Truth): Truth {
  if (a === false || b === false) return false;
  return a === true && b === true ? true : undefined;
}

export function fpXor3(a: boolean, b: boolean): boolean;
export function fpXor3(a: Truth, b: Truth): Truth;
export function fpXor3(a: Truth, b: Truth): Truth {
  return a === undefined || b === undefined ? undefined : a !== b;
}

export function fpImplies3(a: boolean, b: boolean): boolean;
export function fpImplies3(a: Truth, b: Truth): Truth;
export function fpImplies3(a: Truth, b: Truth): Truth {
  if (a === false) return true;
  if (a === true) return b;
  return b === true ? true : undefined;
}

// Comparisons of operand items (undefined = empty), through the collection translation's own.

export function fpNeValue(x: unknown, y: unknown): Truth {
  const eq = fpEqValue(x, y);
  return eq === undefined ? undefined : !eq;
}

export function fpLtValue(x: unknown, y: unknown): Truth {
  const o = fpOrderValues(x, y);
  return o === undefined ? undefined : o < 0;
}

export function fpLeValue(x: unknown, y: unknown): Truth {
  const o = fpOrderValues(x, y);
  return o === undefined ? undefined : o <= 0;
}

export function fpGtValue(x: unknown, y: unknown): Truth {
  const o = fpOrderValues(x, y);
  return o === undefined ? undefined : o > 0;
}

export function fpGeValue(x: unknown, y: unknown): Truth {
  const o = fpOrderValues(x, y);
  return o === undefined ? undefined : o >= 0;
}

// Module-level, so a call allocates no closure.
const CONTAINS = (t: string, a: string): boolean => t.includes(a);
const STARTS_WITH = (t: string, a: string): boolean => t.startsWith(a);
const ENDS_WITH = (t: string, a: string): boolean => t.endsWith(a);

export function fpContainsValue(text: unknown, arg: unknown): Truth {
  return fpStringTest(text, arg, CONTAINS);
}

export function fpStartsWithValue(text: unknown, arg: unknown): Truth {
  return fpStringTest(text, arg, STARTS_WITH);
}

export function fpEndsWithValue(text: unknown, arg: unknown): Truth {
  return fpStringTest(text, arg, ENDS_WITH);
}

/** An invariant with its boolean translation. */
export interface BooleanInvariant {
  readonly inv: Invariant;
  readonly fn: (node: unknown) => Truth;
}

/** What a translated invariant gives when it bails (see {@link checkTruth}). */
export interface Bailed {
  readonly bailed: true;
}

/** The one {@link Bailed} value. */
export const BAILED: Bailed = Object.freeze({ bailed: true as const });

/**
 * Reports the verdict of an invariant's boolean translation on `node`, or, when it bailed
 * ({@link BAILED}: its `try` caught a bail, or anything else such as a stack overflow on hostile
 * input), lets fhirpath.js decide, as the interpreter does. Same issues as `checkInvariant` and
 * `checkTranslatedInvariant` (whose verdict "empty → false" is `result !== true` here). The
 * generator emits the translation of an object's invariant inline in the object's check, its
 * result going here; an occurrence's goes through {@link checkBooleanInvariant}.
 */
export function checkTruth(result: Truth | Bailed, node: unknown, x: Ctx, q: Path, inv: Invariant): boolean {
  if (result === true) return true;
  if (result === BAILED) return checkInvariant(node, x, q, inv);
  x.c?.add(inv.spec.severity, 'invariant', here(x, q), invariantDiagnostic(inv.spec, false));
  return inv.spec.severity !== 'error';
}

/**
 * Checks an invariant with its boolean translation as a function (`t.fn`), falling back to
 * fhirpath.js when it bails (see {@link checkTruth}). In fast mode an invariant that cannot give
 * an error is not evaluated.
 */
export function checkBooleanInvariant(node: unknown, x: Ctx, q: Path, t: BooleanInvariant): boolean {
  const inv = t.inv;
  if (x.c === null && inv.spec.severity !== 'error') return true;
  if (node === undefined || node === null) return true;
  let result: Truth | Bailed;
  try {
    result = t.fn(node);
  } catch {
    result = BAILED;
  }
  return checkTruth(result, node, x, q, inv);
}
