/**
 * The FHIRPath operations that invariants translated to JavaScript by the generator use (see
 * generator/validate/fhirpath/): navigation, existence, three-valued logic, equality and ordering
 * of primitives, `where()`, and the string functions. Collections are arrays; a boolean result is
 * `[]`, `[true]` or `[false]`.
 *
 * Whatever these functions are not sure to evaluate as fhirpath.js would (a primitive with a `_`
 * sibling, a `null` in an array, comparing objects or values of two types, dates of different
 * precisions...) throws {@link Bail}; the caller then evaluates the invariant with fhirpath.js. So
 * a translated invariant gives fhirpath.js's verdict, only faster: the translation covers the
 * invariants GP Connect instances meet most (bdl-5, bdl-8, obs-6, qty-3, per-1, lst-1, ...).
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */

import type { Ctx } from './context.js';
import { isObject } from './guard.js';
import { checkInvariant, type Invariant } from './invariant.js';
import { invariantDiagnostic } from './fhirpath.js';
import { here } from './shape.js';
import type { Path } from './paths.js';

/** Thrown when a translated expression meets something it does not handle. */
export class Bail extends Error {}

/** The one instance thrown (also by `fhirpath-boolean.ts`): throwing allocates nothing. */
export const BAIL: Bail = new Bail('not handled by the translation');

export type Collection = readonly unknown[];

const EMPTY: Collection = [];
const TRUE: Collection = [true];
const FALSE: Collection = [false];

function bool(b: boolean): Collection {
  return b ? TRUE : FALSE;
}

function pushValue(out: unknown[], value: unknown): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) {
      if (item === null || item === undefined || Array.isArray(item)) throw BAIL;
      out.push(item);
    }
  } else if (value === null) throw BAIL;
  else out.push(value);
}

/** `c.name`: the child elements (`sibling` is `_name`, passed in to avoid building it each time). */
export function fpChild(c: Collection, name: string, sibling: string): Collection {
  if (c.length === 1) return fpChildOf(c[0], name, sibling);
  const out: unknown[] = [];
  for (const item of c) {
    if (!isObject(item)) throw BAIL;
    if (item[sibling] !== undefined) throw BAIL;
    pushValue(out, item[name]);
  }
  return out;
}

/**
 * `name` on one node (`$this.name`, the usual first step of an invariant). Allocates nothing for an
 * absent or repeating child: a JSON array of plain items already is the collection.
 */
export function fpChildOf(item: unknown, name: string, sibling: string): Collection {
  if (!isObject(item)) throw BAIL;
  if (item[sibling] !== undefined) throw BAIL;
  const value = item[name];
  if (value === undefined) return EMPTY;
  if (value === null) throw BAIL;
  if (!Array.isArray(value)) return [value];
  for (const child of value as unknown[]) if (child === null || child === undefined || Array.isArray(child)) throw BAIL;
  return value as unknown[];
}

/**
 * `c.name` for a choice element `name[x]`: the values of its variants' JSON properties (`variants`
 * holds each variant's name and `_` sibling, from the definition). A key that only looks like a
 * variant (`valueFoo`) is not one, as for fhirpath.js and its model. An item with two variants
 * bails: fhirpath.js reads only the first present in its model's order (`valueQuantity: []` next
 * to `valueString` reads as empty).
 */
export function fpChoice(c: Collection, variants: ReadonlyArray<readonly [string, string]>): Collection {
  const out: unknown[] = [];
  for (const item of c) {
    if (!isObject(item)) throw BAIL;
    let present = 0;
    for (const [key, sibling] of variants) {
      if (!Object.prototype.hasOwnProperty.call(item, key)) {
        if (Object.prototype.hasOwnProperty.call(item, sibling)) throw BAIL;
        continue;
      }
      if (item[sibling] !== undefined || ++present > 1) throw BAIL;
      pushValue(out, item[key]);
    }
  }
  return out;
}

export function fpEmpty(c: Collection): Collection {
  return bool(c.length === 0);
}

export function fpExists(c: Collection): Collection {
  return bool(c.length > 0);
}

export function fpCount(c: Collection): Collection {
  return [c.length];
}

/** A boolean operand: empty, or one boolean. */
function truth(c: Collection): boolean | undefined {
  if (c.length === 0) return undefined;
  const v = c[0];
  if (c.length > 1 || typeof v !== 'boolean') throw BAIL;
  return v;
}

export function fpNot(c: Collection): Collection {
  const t = truth(c);
  return t === undefined ? EMPTY : bool(!t);
}

export function fpOr(a: Collection, b: Collection): Collection {
  const x = truth(a);
  const y = truth(b);
  if (x === true || y === true) return TRUE;
  return x === false && y === false ? FALSE : EMPTY;
}

export function fpAnd(a: Collection, b: Collection): Collection {
  const x = truth(a);
  const y = truth(b);
  if (x === false || y === false) return FALSE;
  return x === true && y === true ? TRUE : EMPTY;
}

export function fpXor(a: Collection, b: Collection): Collection {
  const x = truth(a);
  const y = truth(b);
  return x === undefined || y === undefined ? EMPTY : bool(x !== y);
}

export function fpImplies(a: Collection, b: Collection): Collection {
  const x = truth(a);
  const y = truth(b);
  if (x === false) return TRUE;
  if (x === true) return y === undefined ? EMPTY : bool(y);
  return y === true ? TRUE : EMPTY;
}

/** Text that fhirpath.js may read as a date, time or number of the model (compared differently). */
const TEMPORAL = /^\d{4}(?:-|$)|^\d{2}:/;

/** The item of an operand that must hold at most one (undefined for empty). */
function single(c: Collection): unknown {
  if (c.length > 1) throw BAIL;
  return c[0];
}

/** A value `=` compares as fhirpath.js does: a number, a boolean, or text that is no date or time. */
function comparable(v: unknown): string | number | boolean {
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string' && !TEMPORAL.test(v)) return v;
  throw BAIL;
}

/**
 * `x = y` on two operand items (undefined = empty, which makes the result empty). Shared by the
 * collection and the boolean translation, so both compare exactly alike.
 */
export function fpEqValue(x: unknown, y: unknown): boolean | undefined {
  const a = x === undefined ? undefined : comparable(x);
  const b = y === undefined ? undefined : comparable(y);
  if (a === undefined || b === undefined) return undefined;
  if (typeof a !== typeof b) throw BAIL;
  return a === b;
}

export function fpEq(a: Collection, b: Collection): Collection {
  const eq = fpEqValue(single(a), single(b));
  return eq === undefined ? EMPTY : bool(eq);
}

export function fpNe(a: Collection, b: Collection): Collection {
  const eq = fpEq(a, b);
  return eq.length === 0 ? EMPTY : bool(eq[0] !== true);
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** A dateTime to the second (fraction and offset optional), its parts captured. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * The instant fhirpath.js compares for a dateTime to the second, computed as fhirpath.js 5.2 does
 * (`FP_DateTime._dateAtPrecision` and `_createDate`): a `Date` made from the parts in the local
 * timezone, then moved by the local and the written offsets when there is an offset; a value with
 * no offset stays local. So a comparison of `…T10:30:00+00:00` with `…T10:38:00` gives fhirpath.js's
 * verdict, which depends on the machine's timezone (as FHIRPath says for a missing offset), without
 * running fhirpath.js: that costs ~190 µs a comparison, the per-1 of two example Encounters took
 * 12% of validating all example Bundles. The fraction is read as fhirpath.js reads it (`.5` is
 * 5 ms); callers compare only fractions of the same length, which orders the same either way.
 */
function fhirpathInstant(m: RegExpExecArray): number {
  const part = (i: number): number => Number.parseInt(m[i] ?? '0', 10);
  const date = new Date(part(1), part(2) - 1, part(3), part(4), part(5), part(6), m[7] === undefined ? 0 : part(7));
  const offset = m[8];
  if (offset === undefined) return date.getTime();
  let minutes = 0;
  if (offset !== 'Z') {
    const hours = Number.parseInt(offset.slice(0, 3), 10);
    minutes = Number.parseInt(offset.slice(4), 10);
    if (hours < 0) minutes = -minutes;
    minutes += 60 * hours;
  }
  return date.getTime() + (-date.getTimezoneOffset() - minutes) * 60_000;
}

/**
 * Orders two operand items (undefined = empty → undefined): numbers, or dates/date-times of the
 * same precision. Shared with the boolean translation.
 */
export function fpOrderValues(x: unknown, y: unknown): number | undefined {
  if (x === undefined || y === undefined) return undefined;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'string' && typeof y === 'string') {
    if (DATE.test(x) && DATE.test(y) && x.length === y.length) return x < y ? -1 : x > y ? 1 : 0;
    const mx = DATE_TIME.exec(x);
    const my = mx === null ? null : DATE_TIME.exec(y);
    if (mx !== null && my !== null) {
      // Fractions of different lengths are different precisions: fhirpath.js's rules for those stay with it.
      if ((mx[7] ?? '').length !== (my[7] ?? '').length) throw BAIL;
      const d = fhirpathInstant(mx) - fhirpathInstant(my);
      if (Number.isNaN(d)) throw BAIL;
      return d;
    }
  }
  throw BAIL;
}

/** Orders two operands; an empty one gives undefined before the other's size is looked at. */
function order(a: Collection, b: Collection): number | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  if (a.length > 1 || b.length > 1) throw BAIL;
  return fpOrderValues(a[0], b[0]);
}

export function fpLt(a: Collection, b: Collection): Collection {
  const o = order(a, b);
  return o === undefined ? EMPTY : bool(o < 0);
}

export function fpLe(a: Collection, b: Collection): Collection {
  const o = order(a, b);
  return o === undefined ? EMPTY : bool(o <= 0);
}

export function fpGt(a: Collection, b: Collection): Collection {
  const o = order(a, b);
  return o === undefined ? EMPTY : bool(o > 0);
}

export function fpGe(a: Collection, b: Collection): Collection {
  const o = order(a, b);
  return o === undefined ? EMPTY : bool(o >= 0);
}

/** `+` on two numbers (counts). */
export function fpPlus(a: Collection, b: Collection): Collection {
  if (a.length === 0 || b.length === 0) return EMPTY;
  const x = a[0];
  const y = b[0];
  if (a.length > 1 || b.length > 1 || typeof x !== 'number' || typeof y !== 'number') throw BAIL;
  return [x + y];
}

/** `c.where(predicate)`: `predicate` gets each item (`$this`) itself. */
export function fpWhere(c: Collection, predicate: (item: unknown) => Collection): Collection {
  const out: unknown[] = [];
  for (const item of c) if (truth(predicate(item)) === true) out.push(item);
  return out;
}

/**
 * `startsWith`/`endsWith`/`contains` on an operand item (undefined = empty → false, the STU3-era
 * rule of `fhirpath.ts`) and a one-item argument. Shared with the boolean translation.
 */
export function fpStringTest(text: unknown, arg: unknown, test: (text: string, argument: string) => boolean): boolean | undefined {
  if (text === undefined) return false;
  return typeof text === 'string' && typeof arg === 'string' ? test(text, arg) : undefined;
}

function stringTest(c: Collection, argument: Collection, test: (text: string, argument: string) => boolean): Collection {
  if (c.length === 0) return FALSE;
  if (c.length > 1 || argument.length !== 1) throw BAIL;
  const t = fpStringTest(c[0], argument[0], test);
  return t === undefined ? EMPTY : bool(t);
}

export function fpContains(c: Collection, argument: Collection): Collection {
  return stringTest(c, argument, (t, a) => t.includes(a));
}

export function fpStartsWith(c: Collection, argument: Collection): Collection {
  return stringTest(c, argument, (t, a) => t.startsWith(a));
}

export function fpEndsWith(c: Collection, argument: Collection): Collection {
  return stringTest(c, argument, (t, a) => t.endsWith(a));
}

/** An invariant with its translation to JavaScript. */
export interface TranslatedInvariant {
  readonly inv: Invariant;
  readonly fn: (node: unknown) => Collection;
}

/**
 * Checks an invariant with its translation, falling back to fhirpath.js when the translation
 * bails; same issues as `checkInvariant`.
 */
export function checkTranslatedInvariant(node: unknown, x: Ctx, q: Path, t: TranslatedInvariant): boolean {
  const { inv, fn: translated } = t;
  if (x.c === null && inv.spec.severity !== 'error') return true;
  if (node === undefined || node === null) return true;
  let result: Collection;
  try {
    result = translated(node);
  } catch {
    // Bail, or anything else (a stack overflow on hostile input): fhirpath.js decides, as the
    // interpreter does.
    return checkInvariant(node, x, q, inv);
  }
  // fhirpath.ts's verdict: [] → false, one boolean → itself, one other value → true.
  if (result.length > 1) return checkInvariant(node, x, q, inv);
  const holds = result.length === 1 && (typeof result[0] !== 'boolean' || result[0]);
  if (holds) return true;
  x.c?.add(inv.spec.severity, 'invariant', here(x, q), invariantDiagnostic(inv.spec, false));
  return inv.spec.severity !== 'error';
}
