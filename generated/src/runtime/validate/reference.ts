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
import { isObject } from './guard.js';

/** An id (or version id) as FHIR defines it: 1-64 of `[A-Za-z0-9\-.]`. */
function isIdSegment(s: string, from: number, to: number): boolean {
  if (to <= from || to - from > 64) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46)) return false;
  }
  return true;
}

/** A resource type name: `[A-Z][A-Za-z]{1,63}`. */
function isTypeSegment(s: string, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 64) return false;
  const first = s.charCodeAt(from);
  if (first < 65 || first > 90) return false;
  for (let i = from + 1; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

const HISTORY = '/_history';

/**
 * The type of `Type/id` or `Type/id/_history/vid` at the end of a URL (the whole reference, or
 * after a `/`), or undefined. Read from the end by segments: the regular expression it replaces,
 * `(?:^|\/)([A-Z][A-Za-z]{1,63})\/[A-Za-z0-9\-.]{1,64}(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$`,
 * has no anchor at the start and was tried at every position of every reference (6% of an
 * Observation's validation). The segments cannot hold `/`, so there is only one way to read them.
 */
export function restfulType(s: string): string | undefined {
  let end = s.length;
  let slash = s.lastIndexOf('/', end - 1);
  if (slash < 0) return undefined;
  if (slash >= HISTORY.length && s.startsWith(HISTORY, slash - HISTORY.length)) {
    if (!isIdSegment(s, slash + 1, end)) return undefined;
    end = slash - HISTORY.length;
    slash = end > 0 ? s.lastIndexOf('/', end - 1) : -1;
    if (slash < 0) return undefined;
  }
  if (!isIdSegment(s, slash + 1, end)) return undefined;
  const typeEnd = slash;
  const typeStart = typeEnd > 0 ? s.lastIndexOf('/', typeEnd - 1) + 1 : 0;
  return isTypeSegment(s, typeStart, typeEnd) ? s.slice(typeStart, typeEnd) : undefined;
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
 * A Reference's target type must be one of `targets` (resource type names).
 *
 * @param v - the Reference object (anything else is skipped: reported by the type checks)
 */
export function checkReferenceTarget(v: unknown, x: Ctx, q: string, targets: ReadonlySet<string>): boolean {
  if (!isObject(v)) return true;
  const reference = v['reference'];
  if (typeof reference !== 'string') return true;
  const type = referenceTargetType(reference, x);
  if (type === undefined || targets.has(type)) return true;
  x.c?.add('error', 'structure', q, `Reference to a ${type}, expected ${[...targets].join(' or ')}`);
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
export function checkRef1(o: Record<string, unknown>, x: Ctx, q: string): boolean {
  const reference = o['reference'];
  if (typeof reference !== 'string' || reference.charCodeAt(0) !== 35) return true;
  const id = reference.slice(1);
  const root = x.root;
  if (id !== '' && isObject(root) && containedIndex(root, x)?.has(id) === true) return true;
  x.c?.add('error', 'invariant', q, REF_1);
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
