/**
 * References: the resource type a `Reference.reference` points to, when it can be told without a
 * server, checked against the types the profile allows (`type.targetProfile`).
 *
 * Determinable targets, in this order:
 * 1. the `fullUrl` of an entry of the enclosing Bundle (`urn:uuid:...` or an absolute URL);
 * 2. `#id`: a resource contained in the root resource (`#` alone: the root resource itself);
 * 3. a relative or absolute RESTful URL ending `Type/id` or `Type/id/_history/vid`.
 * Anything else (a logical reference by identifier, an opaque URL) is not checked.
 * Issue code `structure`, as the HL7 validator reports a wrong target type.
 *
 * Also the native form of the STU3 invariant `ref-1` (a `#id` reference must name a contained
 * resource) and the reference scan behind `dom-3`.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */

import type { Ctx } from './context.js';
import { isObject, isRecord } from './guard.js';
import { here } from './shape.js';
import type { Path } from './paths.js';

/** An id character (`[A-Za-z0-9\-.]`). */
function isIdChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;
}

/**
 * The `/` before the id (or version id) that ends at `end` (exclusive): its index, or -1 when
 * that segment is not 1-64 id characters preceded by a `/`: one backward pass finds the slash and
 * checks the segment. (`lastIndexOf` and then a forward check cost the same, ~180-195 ns a
 * reference of the example Bundles; most references never get here, see checkReferenceTarget.)
 */
function slashBeforeId(s: string, end: number): number {
  const stop = Math.max(0, end - 65);
  for (let i = end - 1; i >= stop; i--) {
    const c = s.charCodeAt(i);
    if (c === 47) return i < end - 1 ? i : -1; // '/'
    if (!isIdChar(c)) return -1;
  }
  return -1; // no slash, or a segment longer than 64
}

/** Where the resource type ending at `end` (exclusive) starts: `[A-Z][A-Za-z]{1,63}` after a `/` or at 0; -1 when it is not one. */
function typeStart(s: string, end: number): number {
  const stop = Math.max(0, end - 64);
  let i = end - 1;
  for (; i >= stop; i--) {
    const c = s.charCodeAt(i);
    if (c === 47) break; // '/'
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return -1;
  }
  // Ran out at `stop` without a '/': more than 64 letters, or another character, before it.
  if (i === stop - 1 && i >= 0 && s.charCodeAt(i) !== 47) return -1;
  const start = i + 1;
  if (end - start < 2) return -1;
  const first = s.charCodeAt(start);
  return first >= 65 && first <= 90 ? start : -1;
}

const HISTORY = '/_history';

/**
 * Where {@link restfulTypeSpan} found the type segment: `[TYPE_START, TYPE_END)` of the string it
 * was given. Module-level so that a reference check reads the span without allocating (no callback
 * runs between the scan and the read, so no other scan can overwrite it).
 */
let TYPE_START = 0;
let TYPE_END = 0;

/**
 * Whether `s` ends with `Type/id` or `Type/id/_history/vid` (the whole reference, or after a
 * `/`); when it does, the type is `s.slice(TYPE_START, TYPE_END)`. Read from the end by segments:
 * the regular expression it replaces,
 * `(?:^|\/)([A-Z][A-Za-z]{1,63})\/[A-Za-z0-9\-.]{1,64}(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$`,
 * has no anchor at the start and was tried at every position of every reference (6% of an
 * Observation's validation). The segments cannot hold `/`, so there is only one way to read them.
 */
function restfulTypeSpan(s: string): boolean {
  let slash = slashBeforeId(s, s.length);
  if (slash < 0) return false;
  if (slash >= HISTORY.length && s.startsWith(HISTORY, slash - HISTORY.length)) {
    slash = slashBeforeId(s, slash - HISTORY.length);
    if (slash < 0) return false;
  }
  const start = typeStart(s, slash);
  if (start < 0) return false;
  TYPE_START = start;
  TYPE_END = slash;
  return true;
}

/** The type of `Type/id` or `Type/id/_history/vid` at the end of a URL, or undefined (see {@link restfulTypeSpan}). */
export function restfulType(s: string): string | undefined {
  return restfulTypeSpan(s) ? s.slice(TYPE_START, TYPE_END) : undefined;
}

/**
 * The `id` → `resourceType` of the resources in `root.contained` (the first of each id), made once
 * per validation: a resource with many `#id` references and many contained resources would
 * otherwise scan the array once per reference. Kept in the validation's budget, not across
 * validations, as a JavaScript caller may change the array between two of them.
 */
function containedIndex(root: Record<string, unknown>, x: Ctx): ReadonlyMap<string, string> | undefined {
  const contained = root['contained'];
  if (!Array.isArray(contained)) return undefined;
  const indexes = (x.budget.contained ??= new WeakMap());
  let index = indexes.get(contained);
  if (index === undefined) {
    const map = new Map<string, string>();
    for (const r of contained as unknown[]) {
      if (!isObject(r)) continue;
      const id = r['id'];
      if (typeof id === 'string' && !map.has(id)) map.set(id, typeof r['resourceType'] === 'string' ? r['resourceType'] : '');
    }
    indexes.set(contained, map);
    index = map;
  }
  return index;
}

function containedType(root: unknown, id: string, x: Ctx): string | undefined {
  if (!isObject(root)) return undefined;
  if (id === '') return typeof root['resourceType'] === 'string' ? root['resourceType'] : undefined;
  const type = containedIndex(root, x)?.get(id);
  return type === '' ? undefined : type;
}

/** The resource type `reference` points to, or undefined when that cannot be told. */
export function referenceTargetType(reference: string, x: Ctx): string | undefined {
  const fromBundle = x.bundle?.get(reference);
  if (fromBundle !== undefined) return fromBundle;
  if (reference.charCodeAt(0) === 35) return containedType(x.root, reference.slice(1), x); // '#'
  if (reference.length > 4096) return undefined;
  return restfulType(reference);
}

/**
 * A Reference's target type must be one of `targets` (resource type names, a short list: the
 * profiles name 1-5 types, rarely more).
 *
 * The common case, a RESTful `Type/id`, is compared in place (`startsWith` at the type's offset)
 * rather than sliced out and looked up: the slice was a new string per reference, hashed again
 * for the lookup (the reference checks were 7% of the example Bundles' validation).
 *
 * @param v - the Reference object (anything else is skipped: reported by the type checks)
 */
export function checkReferenceTarget(v: unknown, x: Ctx, q: Path, targets: readonly string[]): boolean {
  if (!isRecord(v)) return true;
  const reference = v['reference'];
  if (typeof reference !== 'string') return true;
  const fromBundle = x.bundle?.get(reference);
  if (fromBundle !== undefined) return targets.includes(fromBundle) || wrongTarget(x, q, fromBundle, targets);
  if (reference.charCodeAt(0) === 35) {
    const type = containedType(x.root, reference.slice(1), x); // '#'
    return type === undefined || targets.includes(type) || wrongTarget(x, q, type, targets);
  }
  if (reference.length > 4096) return true;
  // Fast path for a relative `Type/id` (most references): when the text before its only `/` is
  // one of the targets, the answer is true whether or not the id is well formed (a malformed one
  // makes the target undeterminable, also true), so the id is not scanned. A character loop over
  // a reference costs ~4 ns a character here; the two indexOf calls and a startsWith ~40 ns in
  // all (measured on the 1,612 references of the example Bundles).
  const slash = reference.indexOf('/');
  if (slash > 0 && reference.indexOf('/', slash + 1) < 0) {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i]!;
      if (target.length === slash && reference.startsWith(target)) return true;
    }
  }
  if (!restfulTypeSpan(reference)) return true;
  const start = TYPE_START;
  const length = TYPE_END - start;
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i]!;
    if (target.length === length && reference.startsWith(target, start)) return true;
  }
  return wrongTarget(x, q, reference.slice(start, TYPE_END), targets);
}

/**
 * "Reference to a T, expected A or B", made once per target list and type when the type is one
 * the package knows (so the cache is bounded by the package: other types come from the instance
 * and are worded each time).
 */
const wrongTargetTexts = new WeakMap<readonly string[], Map<string, string>>();

function wrongTarget(x: Ctx, q: Path, type: string, targets: readonly string[]): false {
  if (x.c === null) return false;
  let byType = wrongTargetTexts.get(targets);
  let text = byType?.get(type);
  if (text === undefined) {
    text = `Reference to a ${type}, expected ${targets.join(' or ')}`;
    if (x.reg.byType(type) !== undefined) {
      if (byType === undefined) wrongTargetTexts.set(targets, (byType = new Map()));
      byType.set(type, text);
    }
  }
  x.c.add('error', 'structure', here(x, q), text);
  return false;
}

const REF_1 = "Constraint failed: ref-1: 'SHALL have a contained resource if a local reference is provided'";

/**
 * STU3 `ref-1`: `reference.startsWith('#').not() or (reference.substring(1) in
 * %resource.contained.id)`. Checked against the root resource's contained resources (R4's
 * correction, `%rootResource`): STU3's `%resource` would reject a valid reference between two
 * resources contained in the same container. A Reference without `reference` (display or
 * identifier only) satisfies it: FHIRPath would give an empty result there, which the HL7
 * validator does not treat as a failure either.
 */
export function checkRef1(o: Record<string, unknown>, x: Ctx, q: Path): boolean {
  const reference = o['reference'];
  if (typeof reference !== 'string' || reference.charCodeAt(0) !== 35) return true;
  const id = reference.slice(1);
  const root = x.root;
  if (id !== '' && isObject(root) && containedIndex(root, x)?.has(id) === true) return true;
  x.c?.add('error', 'invariant', here(x, q), REF_1);
  return false;
}

const MAX_SCAN = 1_000_000;

function scan(v: unknown, out: Set<string>, depth: number, budget: { n: number }): void {
  if (depth > 128 || ++budget.n > MAX_SCAN) return;
  if (Array.isArray(v)) {
    for (const item of v as unknown[]) if (typeof item === 'object' && item !== null) scan(item, out, depth + 1, budget);
    return;
  }
  if (!isObject(v)) return;
  for (const key of Object.keys(v)) {
    const value = v[key];
    if (key === 'reference' && typeof value === 'string') out.add(value);
    else if (typeof value === 'object' && value !== null) scan(value, out, depth + 1, budget);
  }
}

/**
 * Every string value of a `reference` property anywhere in `v`, for `dom-3`. Bounded in depth
 * (128) and in objects visited (one million), so shared or cyclic objects from a JavaScript
 * caller cannot make it run away.
 */
export function collectReferences(v: unknown): Set<string> {
  const out = new Set<string>();
  scan(v, out, 0, { n: 0 });
  return out;
}
