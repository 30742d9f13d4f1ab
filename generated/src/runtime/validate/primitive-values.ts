/**
 * Primitive elements in their JSON form: the value (`birthDate`) checked against its STU3 type, and
 * its `_` sibling (`_birthDate`: id and extensions) checked by the function the generated code
 * passes. Repeating primitives are two aligned arrays (`given` / `_given`, `null` filling the gaps).
 * Also the native form of `ele-1` for primitives: a value, or at least one extension.
 *
 * Issue codes: a malformed value is `value`; wrong JSON shapes are `structure`.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */

import { arrayShape, checkCount, missing, type Max } from './cardinality.js';
import type { Check, Ctx } from './context.js';
import { checkPrimitiveElement, type ExtensionOwner } from './extension.js';
import { isObject, jsonKind } from './guard.js';
import { primitiveDiagnostic, type Stu3PrimitiveType } from './primitives.js';
import { at, here, itemAt, toChild, toItem } from './shape.js';
import type { Path } from './paths.js';

/** The STU3 primitive types plus `xhtml` (Narrative.div). */
export type PrimitiveType = Stu3PrimitiveType | 'xhtml';

/** `<div` ... `</div>`: the outer form STU3 requires of `Narrative.div` (its content is checked by txt-1/txt-2). */
const XHTML_DIV = /^\s*<div(?:\s[^>]*)?>[\s\S]*<\/div>\s*$/;
const XHTML_OPEN = /^\s*<div[\s>]/;

/** xhtml: a non-empty string holding one `<div>` element. */
export function isValidXhtml(v: unknown): boolean {
  return typeof v === 'string' && v.length <= 1_048_576 && XHTML_OPEN.test(v) && XHTML_DIV.test(v);
}

const ELE_1 = "Constraint failed: ele-1: 'All FHIR elements must have a @value or children'";

function diagnostic(type: PrimitiveType, v: unknown): string {
  if (type !== 'xhtml') return primitiveDiagnostic(type, v);
  return typeof v === 'string' ? 'FHIR xhtml must be a <div> element (XHTML narrative)' : `FHIR xhtml must be a JSON string, found ${jsonKind(v)}`;
}

function checkValue(v: unknown, x: Ctx, q: Path, test: (v: unknown) => boolean, type: PrimitiveType): boolean {
  if (test(v)) return true;
  x.c?.add('error', 'value', here(x, q), diagnostic(type, v));
  return false;
}

const owners = new WeakMap<ExtensionOwner, Map<string, ExtensionOwner>>();

/**
 * The owner of extensions on primitive `seg` of an object whose owner is `parent`: its paths
 * extended by the step, its own type. Built on first use (an extension on a primitive is rare)
 * and kept with the parent owner, which is a constant of the generated code.
 */
function childOwner(parent: ExtensionOwner, seg: string, type: string): ExtensionOwner {
  let byKey = owners.get(parent);
  if (byKey === undefined) {
    byKey = new Map();
    owners.set(parent, byKey);
  }
  const key = seg + ' ' + type;
  let owner = byKey.get(key);
  if (owner === undefined) {
    owner = { paths: parent.paths.map((path) => path + '.' + seg), type, exact: parent.exact };
    byKey.set(key, owner);
  }
  return owner;
}

function elementOf(e: unknown, x: Ctx, q: Path, d: number, ext: Check | ExtensionOwner, seg: string, type: string): boolean {
  return typeof ext === 'function' ? ext(e, x, q, d) : checkPrimitiveElement(e, x, q, d, childOwner(ext, seg, type));
}

/** True when a `_` sibling object carries at least one extension (ele-1 for a primitive without value). */
function hasExtension(e: unknown): boolean {
  return isObject(e) && e['extension'] !== undefined;
}

/**
 * A single primitive element: absent (then `min` decides), or present as a value, a `_` sibling
 * or both.
 *
 * @param v - the value (`o.birthDate`), possibly undefined
 * @param e - the `_` sibling (`o._birthDate`), possibly undefined
 * @param p - the parent's path; @param seg - the element's step
 * @param test - the value check for `type`
 * @param ext - the check of the `_` sibling's content, or the owner of the object the element is
 *   in (then the generic check: an optional id and extensions that sit on this element)
 */
export function prim(v: unknown, e: unknown, x: Ctx, p: Path, seg: string, d: number, min: number, test: (v: unknown) => boolean, type: PrimitiveType, ext: Check | ExtensionOwner): boolean {
  if (v === undefined && e === undefined) return min === 0 || missing(x, p, seg, min);
  const q = toChild(x, p, seg);
  let ok = true;
  if (v !== undefined) {
    if (Array.isArray(v) || v === null) {
      x.c?.add('error', 'structure', here(x, q), v === null ? 'null is not allowed here (omit the property instead)' : 'Expected a single value, found an array (the element does not repeat)');
      if (x.c === null) return false;
      ok = false;
    } else if (!checkValue(v, x, q, test, type)) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  if (e !== undefined) {
    if (Array.isArray(e) || e === null) {
      if (x.c === null) return false;
      ok = false;
      x.c.add('error', 'structure', here(x, q), 'The _ sibling of a single primitive must be a JSON object');
    } else if (!elementOf(e, x, q, d + 1, ext, seg, type)) {
      if (x.c === null) return false;
      ok = false;
    } else if (v === undefined && !hasExtension(e)) {
      if (x.c === null) return false;
      ok = false;
      x.c.add('error', 'invariant', here(x, q), ELE_1);
    }
  }
  return ok;
}

/**
 * A repeating primitive element: absent (then `min` decides), or `v` and `e` are aligned arrays
 * (either may be absent), an item being present when its value or its extension is; count within
 * `min..max`.
 */
export function prims(v: unknown, e: unknown, x: Ctx, p: Path, seg: string, d: number, min: number, max: Max, test: (v: unknown) => boolean, type: PrimitiveType, ext: Check | ExtensionOwner): boolean {
  if (v === undefined && e === undefined) return min === 0 || missing(x, p, seg, min);
  const q = toChild(x, p, seg);
  let ok = true;
  const values = v === undefined ? undefined : arrayShape(v, x, q) ? v : null;
  const exts = e === undefined ? undefined : arrayShape(e, x, q) ? e : null;
  if (values === null || exts === null) {
    if (x.c === null) return false;
    ok = false;
  }
  const vs = values ?? undefined;
  const es = exts ?? undefined;
  if (vs !== undefined && es !== undefined && vs.length !== es.length) {
    if (x.c === null) return false;
    ok = false;
    x.c.add('error', 'structure', here(x, q), `The _ sibling array has ${es.length} items, the value array ${vs.length}: they must be aligned`);
  }
  const n = Math.max(vs?.length ?? 0, es?.length ?? 0);
  if ((vs !== undefined || es !== undefined) && !checkCount(n, x, q, min, max)) {
    if (x.c === null) return false;
    ok = false;
  }
  for (let i = 0; i < n; i++) {
    const item: unknown = vs?.[i] ?? null;
    const extension: unknown = es?.[i] ?? null;
    let itemOk = true;
    if (item === null && extension === null) {
      if (x.c === null) return false;
      x.c.add('error', 'structure', itemAt(x, q, i), 'Item has neither a value nor an extension (null in both arrays)');
      ok = false;
      continue;
    }
    if (item !== null && !checkValue(item, x, toItem(x, q, i), test, type)) itemOk = false;
    if (extension !== null) {
      if (!isObject(extension)) {
        itemOk = false;
        x.c?.add('error', 'structure', itemAt(x, q, i), `Items of the _ sibling array must be objects or null, found ${jsonKind(extension)}`);
      } else if (!elementOf(extension, x, toItem(x, q, i), d + 1, ext, seg, type)) itemOk = false;
      else if (item === null && !hasExtension(extension)) {
        itemOk = false;
        x.c?.add('error', 'invariant', itemAt(x, q, i), ELE_1);
      }
    }
    if (!itemOk) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  return ok;
}

/** A primitive value on its own (the check of a primitive type's StructureDefinition). */
export function checkPrimitiveValue(v: unknown, x: Ctx, q: Path, test: (v: unknown) => boolean, type: PrimitiveType): boolean {
  return checkValue(v, x, q, test, type);
}

/**
 * An element that is an XML attribute in FHIR (an element's `id`, an extension's `url`): a plain
 * JSON value with no `_` sibling.
 */
export function attribute(v: unknown, x: Ctx, p: Path, seg: string, min: number, test: (v: unknown) => boolean, type: PrimitiveType): boolean {
  if (v === undefined) return min === 0 || missing(x, p, seg, min);
  const q = toChild(x, p, seg);
  if (Array.isArray(v) || v === null) {
    x.c?.add('error', 'structure', here(x, q), v === null ? 'null is not allowed here (omit the property instead)' : 'Expected a single value, found an array (the element does not repeat)');
    return false;
  }
  return checkValue(v, x, q, test, type);
}

/** `ElementDefinition.maxLength` on a string value. */
export function checkMaxLength(v: unknown, x: Ctx, q: Path, max: number): boolean {
  if (typeof v !== 'string' || v.length <= max) return true;
  x.c?.add('error', 'value', here(x, q), `Value is ${v.length} characters long, the maximum is ${max}`);
  return false;
}

/** The check of a type the packages do not define: anything is accepted. */
export function acceptAny(): boolean {
  return true;
}
