/**
 * Terminology bindings against value sets whose codes are known when the package is generated.
 *
 * The severity follows the binding strength: `required` → error, `extensible` → warning,
 * `preferred` → information (`example` bindings are not checked). Issue code `code-invalid`.
 * A value set that cannot be enumerated from the FHIR packages (a filter over SNOMED CT, an
 * external code system) is reported once per occurrence as "not checked" (severity information,
 * code `not-supported`), never as an error, and only for required and extensible bindings.
 *
 * What is compared:
 * - `code`, `string`, `uri`: the code alone.
 * - `Coding`, `Quantity`: system and code together (a {@link CodingPredicate} of both). Without a
 *   system or a code the value cannot be in the value set.
 * - `CodeableConcept`: at least one coding in the value set. A concept with text only satisfies
 *   an extensible or preferred binding ("text if no code fits") but not a required one.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */

import type { Ctx } from './context.js';
import { isRecord } from './guard.js';
import type { IssueSeverity } from './outcome.js';
import { here } from './shape.js';
import type { Path } from './paths.js';

export type BindingStrength = 'required' | 'extensible' | 'preferred';

/** Membership of a code in a value set (for `code`, `string` and `uri` elements). */
export type CodePredicate = (code: string) => boolean;

/**
 * Membership of a coding in a value set, by system and code. Two arguments rather than one
 * `system + ' ' + code` key: that key was a new string per coding, copied and hashed again for
 * each lookup (the generated predicates compare the system and look the code up).
 */
export type CodingPredicate = (system: string, code: string) => boolean;

/** One binding of a `code` element: the value set's members, its strength and URL (for messages). */
export interface Binding {
  readonly has: CodePredicate;
  readonly strength: BindingStrength;
  readonly valueSet: string;
}

/** One binding of a `Coding`, `Quantity` or `CodeableConcept` element. */
export interface CodingBinding {
  readonly has: CodingPredicate;
  readonly strength: BindingStrength;
  readonly valueSet: string;
}

/** A binding whose value set cannot be listed. */
export interface UncheckedBinding {
  readonly strength: BindingStrength;
  readonly valueSet: string;
  readonly reason: string;
}

function severityOf(strength: BindingStrength): IssueSeverity {
  return strength === 'required' ? 'error' : strength === 'extensible' ? 'warning' : 'information';
}

/** Whether the coding `v` has a system and a code and `has` them. */
function codingIn(v: Record<string, unknown>, has: CodingPredicate): boolean {
  const system = v['system'];
  const code = v['code'];
  return typeof system === 'string' && typeof code === 'string' && has(system, code);
}

function show(text: string): string {
  return JSON.stringify(text.length > 80 ? text.slice(0, 80) + '…' : text);
}

function report(x: Ctx, q: Path, strength: BindingStrength, vs: string, problem: string): false {
  x.c?.add(severityOf(strength), 'code-invalid', here(x, q), `${problem} the value set ${vs} (${strength} binding)`);
  return false;
}

/**
 * The texts of each binding's problems that name no value of the instance, made once: the
 * bindings and the problems are constants, so this is bounded.
 */
const fixedProblemTexts = new WeakMap<Binding | CodingBinding, Map<string, string>>();

/** {@link report} for a constant `problem`. */
function reportFixed(x: Ctx, q: Path, b: Binding | CodingBinding, problem: string): false {
  if (x.c === null) return false;
  let texts = fixedProblemTexts.get(b);
  if (texts === undefined) fixedProblemTexts.set(b, (texts = new Map()));
  let text = texts.get(problem);
  if (text === undefined) texts.set(problem, (text = `${problem} the value set ${b.valueSet} (${b.strength} binding)`));
  x.c.add(severityOf(b.strength), 'code-invalid', here(x, q), text);
  return false;
}

/** Whether `v` is a code of the value set: the inline shortcut generated code takes before {@link checkCode}. */
export function codeIn(v: unknown, has: CodePredicate): boolean {
  return typeof v === 'string' && has(v);
}

/** A `code` (or `string`/`uri`) value bound to a value set. */
export function checkCode(v: unknown, x: Ctx, q: Path, b: Binding): boolean {
  const { has, strength, valueSet: vs } = b;
  if (strength !== 'required' && x.c === null) return true;
  if (typeof v !== 'string' || has(v)) return true;
  return report(x, q, strength, vs, `Code ${show(v)} is not in`);
}

/** A `Coding` (or `Quantity`) bound to a value set. */
export function checkCoding(v: unknown, x: Ctx, q: Path, b: CodingBinding): boolean {
  const { has, strength, valueSet: vs } = b;
  if (strength !== 'required' && x.c === null) return true;
  if (!isRecord(v) || codingIn(v, has)) return true;
  const system = v['system'];
  const code = v['code'];
  if (typeof system !== 'string' || typeof code !== 'string') return reportFixed(x, q, b, 'A coding without system or code cannot be in');
  return report(x, q, strength, vs, `Code ${show(`${system}#${code}`)} is not in`);
}

/** A `CodeableConcept` bound to a value set: some coding must be in it. */
export function checkConcept(v: unknown, x: Ctx, q: Path, b: CodingBinding): boolean {
  const { has, strength } = b;
  if (strength !== 'required' && x.c === null) return true;
  if (!isRecord(v)) return true;
  const codings = v['coding'];
  if (!Array.isArray(codings) || codings.length === 0) {
    if (strength !== 'required') return true;
    return reportFixed(x, q, b, 'No coding: a code is required from');
  }
  for (const coding of codings as unknown[]) if (isRecord(coding) && codingIn(coding, has)) return true;
  return reportFixed(x, q, b, 'No coding is in');
}

/** The text of each binding that cannot be checked, made once (they are package constants). */
const notCheckedTexts = new WeakMap<UncheckedBinding, string>();

/**
 * A binding that cannot be checked (value set not enumerable): information only, in collecting
 * mode only.
 */
export function bindingNotChecked(v: unknown, x: Ctx, q: Path, b: UncheckedBinding): boolean {
  if (x.c !== null && v !== undefined && v !== null) {
    let text = notCheckedTexts.get(b);
    if (text === undefined) notCheckedTexts.set(b, (text = `Binding to ${b.valueSet} (${b.strength}) not checked: ${b.reason}`));
    x.c.add('information', 'not-supported', here(x, q), text);
  }
  return true;
}
