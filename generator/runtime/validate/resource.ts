/**
 * Resources found inside resources (contained resources, Bundle entries, Parameters resources)
 * and the root `validate()`: which profile or base type to check a resource against.
 *
 * - Elements whose type names profiles: those profiles.
 * - Otherwise each `meta.profile` entry the package knows (`url` or `url|version`); entries it does
 *   not know are reported as information (`not-supported`).
 * - Otherwise, or when no entry is known, the base type named by `resourceType`.
 * A resource checked against several profiles reports each distinct issue once.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */

import type { Check, Ctx, Registry } from './context.js';
import { resourceCtx, runCheck, testCheck, withCollector } from './context.js';
import { isObject, isRecord, jsonKind } from './guard.js';
import { IssueCollector, type OperationOutcome } from './outcome.js';
import { here, showKey } from './shape.js';
import type { Path } from './paths.js';

/** `url|version` → `url`. */
export function canonicalUrl(reference: string): string {
  const bar = reference.indexOf('|');
  return bar < 0 ? reference : reference.slice(0, bar);
}

/**
 * The checks for resource `o`: from `profiles`, else its known `meta.profile` entries, else its base
 * type. Almost every resource has one: it is returned as it is, and only several make an array
 * (no object per resource to say which).
 */
type Checks = Check | readonly Check[];

function add(found: Checks | undefined, check: Check): Checks {
  if (found === undefined) return check;
  if (typeof found === 'function') return check === found ? found : [found, check];
  return found.includes(check) ? found : [...found, check];
}

/** The profiles of an element whose type names none (a Bundle entry, a contained resource): one array for all. */
const NO_PROFILES: readonly string[] = [];

function checksFor(o: Record<string, unknown>, type: string, x: Ctx, q: Path, profiles: readonly string[]): Checks | undefined {
  const reg = x.reg;
  let found: Checks | undefined;
  for (let i = 0; i < profiles.length; i++) {
    const known = reg.byUrl(profiles[i] as string);
    if (known !== undefined && known.isResource) found = add(found, known.check);
  }
  if (found !== undefined) return found;
  const meta = o['meta'];
  const list = isRecord(meta) ? meta['profile'] : undefined;
  if (Array.isArray(list)) {
    for (const entry of list as unknown[]) {
      if (typeof entry !== 'string') continue;
      const known = reg.byUrl(canonicalUrl(entry));
      if (known !== undefined && known.isResource) found = add(found, known.check);
      else x.c?.add('information', 'not-supported', here(x, q), `Profile ${showKey(entry)} is not in this package: not checked against it`);
    }
  }
  if (found !== undefined) return found;
  return reg.byType(type);
}

/**
 * Runs `check` as one more pass over a resource another profile's check has walked already. The
 * objects that pass visited must not count as "reached again" (the budget remembers visited
 * objects once a validation is big, see `TRACK_FROM`): the pass gets its own memory, and the
 * earlier one is restored after it. The object count stays shared, so the total work stays bounded.
 */
function anotherPass(check: Check, o: Record<string, unknown>, y: Ctx, q: Path, d: number): boolean {
  const budget = y.budget;
  const earlier = budget.seen;
  budget.seen = undefined;
  budget.rerun++;
  try {
    return check(o, y, q, d);
  } finally {
    budget.seen = earlier;
    budget.rerun--;
  }
}

/**
 * Runs `check` on resource `o`, once per validation and mode when inside another pass. A resource
 * naming two profiles is walked twice, and so is everything inside it: a resource contained in one
 * that names two profiles, itself naming two, and so on, would be walked 2^depth times. Inside a
 * second pass, a resource already checked against the same profile gives the earlier result: its
 * issues were reported by the first pass, at the same paths, into the same outcome (the passes'
 * issues are merged without repeats, see {@link runAll}). Outside second passes nothing is skipped,
 * so an object a JavaScript caller put at two places of one resource is still reported at both.
 */
function runOnce(check: Check, o: Record<string, unknown>, y: Ctx, q: Path, d: number, again: boolean): boolean {
  const budget = y.budget;
  // No enclosing resource runs several passes (the usual case): nothing can be checked twice, so
  // nothing is remembered.
  if (budget.multi === 0) return check(o, y, q, d);
  const done = (budget.done ??= { fast: new WeakMap(), collecting: new WeakMap() });
  const memo = y.c === null ? done.fast : done.collecting;
  let results = memo.get(o);
  if (budget.rerun > 0 || again) {
    const earlier = results?.get(check);
    if (earlier !== undefined) return earlier;
  }
  const result = again ? anotherPass(check, o, y, q, d) : check(o, y, q, d);
  if (results === undefined) memo.set(o, (results = new Map()));
  results.set(check, result);
  return result;
}

/** Runs the checks of a resource (in collecting mode reporting each distinct issue once). */
function runAll(checks: Checks, o: Record<string, unknown>, y: Ctx, q: Path, d: number): boolean {
  if (typeof checks === 'function') return runOnce(checks, o, y, q, d, false);
  const budget = y.budget;
  budget.multi++;
  try {
    return runPasses(checks, o, y, q, d);
  } finally {
    budget.multi--;
  }
}

/** The passes of {@link runAll}: in fast mode until one fails; in collecting mode all, their issues merged. */
function runPasses(checks: readonly Check[], o: Record<string, unknown>, y: Ctx, q: Path, d: number): boolean {
  const c = y.c;
  if (c === null) {
    for (let i = 0; i < checks.length; i++) if (!runOnce(checks[i] as Check, o, y, q, d, i > 0)) return false;
    return true;
  }
  const seen = new Set<string>();
  for (let i = 0; i < checks.length; i++) {
    const sub = new IssueCollector();
    runOnce(checks[i] as Check, o, withCollector(y, sub), q, d, i > 0);
    for (const issue of sub.toOutcome().issue) {
      if (issue.code === 'informational') continue;
      const key = JSON.stringify(issue);
      if (seen.has(key)) continue;
      seen.add(key);
      c.add(issue.severity, issue.code, issue.expression?.[0] ?? '', issue.diagnostics);
    }
  }
  return true;
}

/**
 * A resource inside the one being validated.
 *
 * @param contained - true for `contained` (the container stays `%rootResource`)
 * @param profiles - the profiles the element's type names (usually none)
 */
export function checkResourceItem(v: unknown, x: Ctx, q: Path, d: number, contained: boolean, profiles: readonly string[]): boolean {
  if (!isObject(v)) {
    x.c?.add('error', 'structure', here(x, q), `Expected a resource (a JSON object with resourceType), found ${jsonKind(v)}`);
    return false;
  }
  const type = v['resourceType'];
  if (typeof type !== 'string') {
    x.c?.add('error', 'structure', here(x, q), type === undefined ? 'Missing resourceType' : `resourceType must be a string, found ${jsonKind(type)}`);
    return false;
  }
  const y = resourceCtx(x, v, type, contained);
  const checks = checksFor(v, type, y, q, profiles);
  if (checks === undefined) {
    x.c?.add('error', 'structure', here(x, q), `Unknown resource type ${showKey(type)}`);
    return false;
  }
  return runAll(checks, v, y, q, d);
}

const RESOURCE_NAME = /^[A-Z][A-Za-z]{0,63}$/;

function fatal(code: 'not-found' | 'invalid' | 'exception', diagnostics: string): OperationOutcome {
  const c = new IssueCollector();
  c.add('fatal', code, '', diagnostics);
  return c.toOutcome();
}

/** What the root `validate()` / `isValid()` run: a check and its root path, or a fatal outcome. */
type RootChoice = { readonly check: Check; readonly path: string; readonly isResource: boolean } | { readonly fatal: OperationOutcome };

function chooseRoot(value: unknown, options: unknown, reg: Registry): RootChoice {
  let profile: unknown;
  let type: unknown;
  try {
    profile = isObject(options) ? options['profile'] : undefined;
    type = isObject(value) ? value['resourceType'] : undefined;
  } catch {
    return { fatal: fatal('exception', 'The value or the options could not be read') };
  }
  const root = typeof type === 'string' && RESOURCE_NAME.test(type) ? type : '';
  if (profile === undefined) return { check: checkEntryResource, path: root, isResource: true };
  if (typeof profile !== 'string') return { fatal: fatal('invalid', `options.profile must be a string, found ${jsonKind(profile)}`) };
  const known = reg.byUrl(canonicalUrl(profile));
  if (known === undefined) return { fatal: fatal('not-found', `Unknown profile ${showKey(profile)}: this package has no StructureDefinition with that URL`) };
  const abstract = known.type === 'Resource' || known.type === 'DomainResource';
  return { check: known.check, path: abstract ? root || known.type : known.type, isResource: known.isResource };
}

/**
 * The root `validate()`: against `options.profile` when given (any structure the package knows,
 * `url` or `url|version`), otherwise as a resource (see {@link checkResourceItem}). Never throws.
 *
 * @param options - `{ profile?: string }`, read defensively (it comes from the caller)
 */
export function validateValue(value: unknown, options: unknown, reg: Registry): OperationOutcome {
  const chosen = chooseRoot(value, options, reg);
  return 'fatal' in chosen ? chosen.fatal : runCheck(value, chosen.path, chosen.check, chosen.isResource, reg);
}

/**
 * The root `isValid()`: true exactly when {@link validateValue} reports no error or fatal issue,
 * on the fast path (stops at the first error, builds no issues). Never throws.
 */
export function testValue(value: unknown, options: unknown, reg: Registry): boolean {
  const chosen = chooseRoot(value, options, reg);
  return !('fatal' in chosen) && testCheck(value, chosen.check, chosen.isResource, reg);
}

/** A resource inside a Bundle entry or a Parameters parameter (or the root resource). */
export function checkEntryResource(v: unknown, x: Ctx, q: Path, d: number): boolean {
  return checkResourceItem(v, x, q, d, false, NO_PROFILES);
}

/** A contained resource (its container stays `%rootResource`). */
export function checkContainedResource(v: unknown, x: Ctx, q: Path, d: number): boolean {
  return checkResourceItem(v, x, q, d, true, NO_PROFILES);
}
