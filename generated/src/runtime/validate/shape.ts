/**
 * JSON shape checks: "this element is an object", its keys are known, its `resourceType` is right,
 * a choice `[x]` has exactly one variant. Also the path helpers every check uses, and the native
 * form of `ele-1` for objects ("All FHIR elements must have a @value or children").
 *
 * Locations are handles into the validation's path stack (see `paths.ts`): {@link toChild} and
 * {@link toItem} descend, writing one step; {@link here}, {@link at} and {@link itemAt} make the text
 * of a location, and are called only to report an issue.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */

import type { Ctx } from './context.js';
import { MAX_NODES, TRACK_FROM } from './context.js';
import { MAX_DEPTH, isObject, jsonKind } from './guard.js';
import { childPath, indexPath, pathText, pushIndex, pushStep, stepPath, type Path } from './paths.js';

/**
 * Descends into a child element: `seg` is already a FHIRPath step (`identifier`,
 * `value.ofType(Quantity)`). The step is written in both modes: a store costs less than a test of
 * the mode, and every handle then stays right whichever mode reads it.
 */
export function toChild(x: Ctx, p: Path, seg: string): Path {
  return pushStep(x.steps, p, seg);
}

/** Descends into the item `i` of a repeating element. */
export function toItem(x: Ctx, q: Path, i: number): Path {
  return pushIndex(x.steps, q, i);
}

/** The text of location `q`, for an issue. */
export function here(x: Ctx, q: Path): string {
  return pathText(x.steps, x.texts, q);
}

/** The text of the child element `seg` of `p`, for an issue (no step is written). */
export function at(x: Ctx, p: Path, seg: string): string {
  return stepPath(pathText(x.steps, x.texts, p), seg);
}

/** The text of the item `i` of `q`, for an issue (no step is written). */
export function itemAt(x: Ctx, q: Path, i: number): string {
  return indexPath(pathText(x.steps, x.texts, q), i);
}

const PREVIEW = 40;

/** A JSON key, quoted and cut short: keys come from the input and may be anything. */
export function showKey(key: string): string {
  return JSON.stringify(key.length > PREVIEW ? key.slice(0, PREVIEW) + '…' : key);
}

/**
 * The object to check the content of, or `undefined` when `v` is not one (reported as a
 * `structure` error), when the nesting is deeper than {@link MAX_DEPTH}, or when a big validation
 * reaches an object a second time (see `TRACK_FROM`; reported too, nothing below is looked at).
 *
 * @param type - what was expected, for the message (`Identifier`, `Patient.contact`)
 */
export function objectAt(v: unknown, x: Ctx, q: Path, d: number, type: string): Record<string, unknown> | undefined {
  if (!isObject(v)) {
    x.c?.add('error', 'structure', here(x, q), `Expected a JSON object (${type}), found ${jsonKind(v)}`);
    return undefined;
  }
  if (d > MAX_DEPTH) {
    x.c?.add('error', 'structure', here(x, q), `Nested more than ${MAX_DEPTH} levels deep: not validated further`);
    return undefined;
  }
  const budget = x.budget;
  if (++budget.n > TRACK_FROM) {
    if (budget.n > MAX_NODES) {
      if (budget.n === MAX_NODES + 1) x.c?.add('error', 'too-costly', here(x, q), `More than ${MAX_NODES} objects: validation stopped`);
      return undefined;
    }
    const seen = (budget.seen ??= new WeakSet());
    if (seen.has(v)) {
      x.c?.add('warning', 'too-costly', here(x, q), 'The same object is reached again (a cycle or a shared object): not validated again');
      return undefined;
    }
    seen.add(v);
  }
  return v;
}

const ELE_1 = "Constraint failed: ele-1: 'All FHIR elements must have a @value or children'";

/**
 * A key of `o` that the definition does not know, met while walking its keys with `for...in`:
 * reported as a `structure` error, unless it is inherited (`for...in` also visits enumerable
 * properties of the prototype, which only a polluted `Object.prototype` has; they are not the
 * instance's content).
 *
 * @returns false when it was reported
 */
export function unknownKey(o: Record<string, unknown>, key: string, x: Ctx, q: Path): boolean {
  if (!Object.prototype.hasOwnProperty.call(o, key)) return true;
  x.c?.add('error', 'structure', childPath(here(x, q), key), `Unknown element ${showKey(key)}`);
  return false;
}

/** Native `ele-1` for an object with no content besides `id`: reports it. Always returns false. */
export function emptyElement(x: Ctx, q: Path): false {
  x.c?.add('error', 'invariant', here(x, q), ELE_1);
  return false;
}

/**
 * Reports every own key of `o` that is not in `known` (`structure`), and, when `ele1` is set, an
 * object with no content besides `id` (`invariant`, native `ele-1`). Generated validators do the
 * same walk inline (a `switch` over the keys, see emit/validators/key-scan.ts); the interpreter and
 * the runtime's own object checks call this.
 *
 * @returns false when anything was reported
 */
export function checkKeys(o: Record<string, unknown>, known: ReadonlySet<string>, x: Ctx, q: Path, ele1: boolean): boolean {
  let ok = true;
  let content = 0;
  // `for...in` rather than `Object.keys`: no array per object (4% of validating the example
  // Bundles, measured when the generated checks still called this); inherited keys are skipped by
  // unknownKey.
  for (const key in o) {
    if (known.has(key)) {
      if (key !== 'id') content++;
      continue;
    }
    if (unknownKey(o, key, x, q)) continue;
    if (x.c === null) return false;
    ok = false;
  }
  if (ele1 && content === 0) {
    if (x.c === null) return false;
    ok = emptyElement(x, q);
  }
  return ok;
}

/**
 * `resourceType` must be present and equal `type`; for the abstract `Resource`/`DomainResource`
 * any string is accepted.
 */
export function checkResourceType(o: Record<string, unknown>, x: Ctx, q: Path, type: string): boolean {
  const found = o['resourceType'];
  if (found === type) return true;
  if (typeof found === 'string' && found !== '' && (type === 'Resource' || type === 'DomainResource')) return true;
  if (x.c === null) return false;
  if (found === undefined) x.c.add('error', 'structure', here(x, q), `Missing resourceType (expected ${JSON.stringify(type)})`);
  else if (typeof found !== 'string') x.c.add('error', 'structure', childPath(here(x, q), 'resourceType'), `resourceType must be a string, found ${jsonKind(found)}`);
  else x.c.add('error', 'structure', childPath(here(x, q), 'resourceType'), `resourceType is ${showKey(found)}, expected ${JSON.stringify(type)}`);
  return false;
}

/**
 * The variants of a choice element for {@link checkChoice}: each JSON name and its `_` sibling
 * mapped to the variant's index. Built once per choice element (generated code hoists it).
 */
export function choiceVariants(names: readonly string[]): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  names.forEach((name, i) => {
    map.set(name, i);
    map.set('_' + name, i);
  });
  return map;
}

/**
 * A choice element `name[x]` is present at most once: counts the variants present (a primitive
 * variant counts when its value or its `_` sibling is there) and reports more than one. The
 * minimum cardinality is checked here too, as the variants are separate JSON properties. Walks the
 * object's keys, not the variants: the base Extension's `value[x]` has 38 of them.
 *
 * @param variants - from {@link choiceVariants}
 * @param seg - the FHIRPath step of the choice (`value`)
 */
export function checkChoice(o: Record<string, unknown>, variants: ReadonlyMap<string, number>, x: Ctx, p: Path, seg: string, min: number): boolean {
  let first = -1;
  let found = 0;
  let present: string[] | undefined;
  for (const key of Object.keys(o)) {
    const i = variants.get(key);
    if (i === undefined || i === first || o[key] === undefined) continue;
    if (found === 0) first = i;
    found++;
    (present ??= []).push(key.charCodeAt(0) === 95 ? key.slice(1) : key);
  }
  if (found === 1 || (found === 0 && min === 0)) return true;
  if (found > 1 && present !== undefined && new Set(present).size === 1) return true;
  if (x.c === null) return false;
  if (found === 0) x.c.add('error', 'required', at(x, p, seg), `Missing required element ${seg}[x] (min ${min})`);
  else x.c.add('error', 'structure', at(x, p, seg), `Only one of ${[...new Set(present)].join(', ')} may be present (${seg}[x] is a choice)`);
  return false;
}

/**
 * Reads an own property. Generated code uses plain property access for FHIR element names; this is
 * for names that are also members of `Object.prototype` (only a hostile profile would use them),
 * which plain access would find on the prototype when they are absent.
 */
export function own(o: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/**
 * The number of bits set in a 31-bit presence word (see emit/validators/key-scan.ts): how many
 * variants of a choice have their key in the object.
 */
export function bitCount(word: number): number {
  let w = word - ((word >>> 1) & 0x55555555);
  w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
  return Math.imul((w + (w >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
