/**
 * Invariants (`ElementDefinition.constraint`): hand-written checks for the ones every instance
 * meets many times, fhirpath.js (through `fhirpath.ts`) for the rest.
 *
 * The native checks implement the STU3 expressions they are named after, and the generator uses
 * them only when a profile's expression is exactly that text (otherwise it compiles the expression):
 * - dom-1 `contained.text.empty()`
 * - dom-2 `contained.contained.empty()`
 * - dom-3 `contained.where(('#'+id in %resource.descendants().reference).not()).empty()`
 * - dom-4 `contained.meta.versionId.empty() and contained.meta.lastUpdated.empty()`
 * - ext-1 `extension.exists() != value.exists()`
 * - obs-7 `value.empty() or code!=component.code` (as R4 corrected it, see {@link checkObs7})
 * - bdl-7 `entry.where(fullUrl).select(fullUrl&resource.meta.versionId).isDistinct()`
 * (`ele-1` is in `shape.ts` and `primitive-values.ts`, `ref-1` in `reference.ts`.)
 *
 * Issues: a constraint that does not hold → its own severity, code `invariant`; one that cannot be
 * evaluated → `warning`, code `processing` (the instance was not shown to be invalid). Warnings
 * are only evaluated in collecting mode.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files
 * and (through `fhirpath.ts`) fhirpath.js.
 */

import type { Ctx } from './context.js';
import { compileInvariant, invariantDiagnostic, type CompiledInvariant, type InvariantSpec } from './fhirpath.js';
import { isObject, isRecord } from './guard.js';
import { StringTable } from './string-table.js';
import { collectReferences } from './reference.js';
import { here } from './shape.js';
import type { Path } from './paths.js';

/** A compiled invariant with what its issues need. */
export interface Invariant {
  readonly spec: InvariantSpec;
  readonly evaluate: CompiledInvariant;
}

/** Prepares an invariant (compiled on first use, see `compileInvariant`). */
export function invariant(spec: InvariantSpec): Invariant {
  return { spec, evaluate: compileInvariant(spec) };
}

/** Evaluates `inv` on `node` (an element's JSON value) and reports a failure. */
export function checkInvariant(node: unknown, x: Ctx, q: Path, inv: Invariant): boolean {
  if (x.c === null && inv.spec.severity !== 'error') return true;
  if (node === undefined || node === null) return true;
  const result = inv.evaluate(node, x.res, x.root);
  if (result === true) return true;
  if (result === false) {
    x.c?.add(inv.spec.severity, 'invariant', here(x, q), invariantDiagnostic(inv.spec, false));
    return inv.spec.severity !== 'error';
  }
  x.c?.add('warning', 'processing', here(x, q), invariantDiagnostic(inv.spec, result));
  return true;
}

function fail(x: Ctx, q: Path, key: string, human: string): false {
  x.c?.add('error', 'invariant', here(x, q), `Constraint failed: ${key}: '${human}'`);
  return false;
}

function containedList(o: Record<string, unknown>): readonly unknown[] | undefined {
  const contained = o['contained'];
  return Array.isArray(contained) && contained.length > 0 ? (contained as unknown[]) : undefined;
}

/** dom-1: contained resources carry no narrative. */
export function checkDom1(o: Record<string, unknown>, x: Ctx, q: Path): boolean {
  const list = containedList(o);
  if (list === undefined) return true;
  for (const r of list) if (isObject(r) && r['text'] !== undefined) return fail(x, q, 'dom-1', 'If the resource is contained in another resource, it SHALL NOT contain any narrative');
  return true;
}

/** dom-2: contained resources contain no resources. */
export function checkDom2(o: Record<string, unknown>, x: Ctx, q: Path): boolean {
  const list = containedList(o);
  if (list === undefined) return true;
  for (const r of list) if (isObject(r) && r['contained'] !== undefined) return fail(x, q, 'dom-2', 'If the resource is contained in another resource, it SHALL NOT contain nested Resources');
  return true;
}

/**
 * dom-3: every contained resource with an id is referenced (`#id`) from somewhere in the resource,
 * the other contained resources included. (One without an id passes: `'#' + {}` is empty in
 * FHIRPath, so `where()` drops it.)
 */
export function checkDom3(o: Record<string, unknown>, x: Ctx, q: Path): boolean {
  const list = containedList(o);
  if (list === undefined) return true;
  let references: Set<string> | undefined;
  for (const r of list) {
    if (!isObject(r) || typeof r['id'] !== 'string') continue;
    references ??= collectReferences(o);
    if (!references.has('#' + r['id'])) return fail(x, q, 'dom-3', 'If the resource is contained in another resource, it SHALL be referred to from elsewhere in the resource');
  }
  return true;
}

/** dom-4: contained resources have no meta.versionId or meta.lastUpdated. */
export function checkDom4(o: Record<string, unknown>, x: Ctx, q: Path): boolean {
  const list = containedList(o);
  if (list === undefined) return true;
  for (const r of list) {
    const meta = isObject(r) ? r['meta'] : undefined;
    if (isObject(meta) && (meta['versionId'] !== undefined || meta['lastUpdated'] !== undefined)) {
      return fail(x, q, 'dom-4', 'If a resource is contained in another resource, it SHALL NOT have a meta.versionId or a meta.lastUpdated');
    }
  }
  return true;
}

/** ext-1: an extension has either nested extensions or a value, not both and not neither. */
export function checkExt1(o: Record<string, unknown>, x: Ctx, q: Path): boolean {
  let hasValue = false;
  // `for...in`, not `Object.keys`: every extension runs this, and an array per extension was 0.6%
  // of validation; an inherited key (a polluted prototype) is not the extension's value.
  for (const key in o) {
    const isValue = (key.length > 5 && key.startsWith('value') && key.charCodeAt(5) >= 65 && key.charCodeAt(5) <= 90) || (key.length > 6 && key.startsWith('_value') && key.charCodeAt(6) >= 65 && key.charCodeAt(6) <= 90);
    if (isValue && Object.prototype.hasOwnProperty.call(o, key)) {
      hasValue = true;
      break;
    }
  }
  if ((o['extension'] !== undefined) !== hasValue) return true;
  return fail(x, q, 'ext-1', 'Must have either extensions or value[x], not both');
}

function codingKeys(concept: unknown): Set<string> {
  const keys = new Set<string>();
  const codings = isObject(concept) ? concept['coding'] : undefined;
  if (Array.isArray(codings)) {
    for (const c of codings as unknown[]) if (isObject(c) && typeof c['code'] === 'string') keys.add(`${String(c['system'])} ${c['code']}`);
  }
  return keys;
}

/**
 * obs-7, STU3 text `value.empty() or code!=component.code`, checked as R4 rewrote it: an Observation
 * with a value has no component coded like the Observation itself. (The STU3 text compares a code
 * with the collection of component codes: with no component, FHIRPath gives empty and the
 * constraint would fail on every Observation that has a value.)
 */
export function checkObs7(o: Record<string, unknown>, x: Ctx, q: Path): boolean {
  const components = o['component'];
  if (!Array.isArray(components) || components.length === 0) return true;
  let hasValue = false;
  for (const key of Object.keys(o)) if (key.length > 5 && key.startsWith('value') && key.charCodeAt(5) >= 65 && key.charCodeAt(5) <= 90) hasValue = true;
  if (!hasValue) return true;
  const own = codingKeys(o['code']);
  for (const component of components as unknown[]) {
    for (const key of codingKeys(isObject(component) ? component['code'] : undefined)) {
      if (own.has(key)) return fail(x, q, 'obs-7', 'If code is the same as a component code then the value element associated with the code SHALL NOT be present');
    }
  }
  return true;
}

/** The versionIds of the entries with one fullUrl (see {@link checkBdl7}). */
interface VersionIds {
  readonly first: string;
  more: Set<string> | undefined;
}

/**
 * bdl-7, `entry.where(fullUrl).select(fullUrl&resource.meta.versionId).isDistinct()`: no two
 * entries with a fullUrl have the same fullUrl and versionId (a missing versionId counts as empty
 * text, as `&` makes it).
 */
export function checkBdl7(o: Record<string, unknown>, x: Ctx, q: Path): boolean {
  const entries = o['entry'];
  if (!Array.isArray(entries)) return true;
  // The versionIds seen for each fullUrl, in a StringTable: fullUrls come from the instance, and a
  // Set of `fullUrl + versionId` texts hashed a new string per entry. A fullUrl's further versionIds
  // go in a Set, so a Bundle repeating one fullUrl a million times stays linear.
  const seen = new StringTable<VersionIds>(entries.length);
  for (const entry of entries as unknown[]) {
    if (!isRecord(entry)) continue;
    const fullUrl = entry['fullUrl'];
    if (typeof fullUrl !== 'string' || fullUrl === '') continue;
    const resource = entry['resource'];
    const meta = isRecord(resource) ? resource['meta'] : undefined;
    const versionId = isRecord(meta) && typeof meta['versionId'] === 'string' ? meta['versionId'] : '';
    const ids = seen.get(fullUrl);
    if (ids === undefined) seen.add(fullUrl, { first: versionId, more: undefined });
    else if (ids.first === versionId || ids.more?.has(versionId) === true) return fail(x, q, 'bdl-7', 'FullUrl must be unique in a bundle, or else entries with the same fullUrl must have different meta.versionId');
    else (ids.more ??= new Set()).add(versionId);
  }
  return true;
}

/** Runs an object-level check on one occurrence of a property, if it is an object. */
export function onObject(v: unknown, x: Ctx, q: Path, check: (o: Record<string, unknown>, x: Ctx, q: Path) => boolean): boolean {
  return !isObject(v) || check(v, x, q);
}
