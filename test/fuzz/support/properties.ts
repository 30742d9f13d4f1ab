/**
 * The properties every fuzz case must keep, checked on one input and returned as a list of
 * problems (empty when all hold), so a test can run many cases and report every failure at once:
 *
 * 1. nothing throws; every result is a well-formed STU3 OperationOutcome;
 * 2. no `fatal` issue (the runtime turns an internal exception into `fatal`/`exception`
 *    "Validation stopped": a crash of our code);
 * 3. `is<Name>` agrees with `validate<Name>` (and the oracle's `isValid` with `validate`);
 * 4. Object/Array/Function/String prototypes keep their own keys, and the input is not changed;
 * 5. each validator call finishes within {@link HANG_GUARD_MS} (a hang detector, not a speed target);
 * 6. the compiled validator and the interpreter report the same (severity, code, expression) errors.
 */
import { isDeepStrictEqual } from 'node:util';
import { deepCopy, deepSame } from './deep.js';
import type { Engines } from './engines.js';
import { ISSUE_CODES, ISSUE_SEVERITIES } from './issue-vocabulary.js';
import { errors, type OperationOutcome } from '../../validators/support/package.js';
import { isObject } from './sites.js';

/** For one validator call: far above any real case (the largest example Bundle validates in well under 100 ms). */
export const HANG_GUARD_MS = 5_000;

const ISSUE_KEYS = new Set(['severity', 'code', 'diagnostics', 'expression', 'location']);

function isStringList(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.length > 0);
}

/** Why `o` is not a well-formed STU3 OperationOutcome, or undefined. */
export function malformed(o: unknown): string | undefined {
  if (!isObject(o) || o['resourceType'] !== 'OperationOutcome') return 'not an OperationOutcome';
  const issues = o['issue'];
  if (!Array.isArray(issues) || issues.length === 0) return 'issue is not a non-empty array';
  for (const [i, issue] of (issues as unknown[]).entries()) {
    if (!isObject(issue)) return `issue[${i}] is not an object`;
    const extra = Object.keys(issue).filter((k) => !ISSUE_KEYS.has(k));
    if (extra.length > 0) return `issue[${i}] has unexpected keys ${extra.join(', ')}`;
    if (!ISSUE_SEVERITIES.has(issue['severity'] as string)) return `issue[${i}].severity ${String(issue['severity'])}`;
    if (!ISSUE_CODES.has(issue['code'] as string)) return `issue[${i}].code ${String(issue['code'])}`;
    if (typeof issue['diagnostics'] !== 'string') return `issue[${i}].diagnostics is not a string`;
    for (const key of ['expression', 'location']) {
      if (issue[key] !== undefined && !isStringList(issue[key])) return `issue[${i}].${key} is not a list of strings`;
    }
  }
  return undefined;
}

function prototypeKeys(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Reflect.ownKeys(p).map(String).join(',')).join('|');
}

function errorKeys(o: OperationOutcome): string[] {
  return [...new Set(errors(o).map((i) => `${i.severity} ${i.code} ${i.expression?.join(',') ?? '(document)'}`))].sort();
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

/** The profiles (known to the package) an instance names in meta.profile, and its base type. */
function profilesOf(value: unknown): string[] {
  if (!isObject(value)) return [];
  const urls: string[] = [];
  const meta = value['meta'];
  if (isObject(meta) && Array.isArray(meta['profile'])) {
    for (const p of meta['profile'] as unknown[]) if (typeof p === 'string') urls.push(p.split('|')[0] ?? p);
  }
  if (typeof value['resourceType'] === 'string') urls.push(`http://hl7.org/fhir/StructureDefinition/${value['resourceType']}`);
  return [...new Set(urls)];
}

/** One outcome's problems under properties 1 and 2. */
function outcomeProblems(label: string, o: OperationOutcome): string[] {
  const bad = malformed(o);
  if (bad !== undefined) return [`${label}: malformed outcome: ${bad}`];
  return o.issue.filter((i) => i.severity === 'fatal').map((i) => `${label}: fatal ${i.code}: ${i.diagnostics}`);
}

function sameErrors(compiled: OperationOutcome, interpreted: OperationOutcome): string[] {
  const a = errorKeys(compiled);
  const b = errorKeys(interpreted);
  if (isDeepStrictEqual(a, b)) return [];
  const onlyA = a.filter((k) => !b.includes(k));
  const onlyB = b.filter((k) => !a.includes(k));
  return [`compiled and interpreter disagree: only compiled [${onlyA.join('; ')}], only interpreter [${onlyB.join('; ')}]`];
}

/** Runs validator calls, turning exceptions and calls slower than the hang guard into problems. */
class Calls {
  readonly problems: string[] = [];
  constructor(private readonly guardMs: number) {}

  run<T>(label: string, call: () => T): T | undefined {
    const started = performance.now();
    try {
      return call();
    } catch (err) {
      this.problems.push(`${label} threw ${describe(err)}`);
      return undefined;
    } finally {
      const ms = performance.now() - started;
      if (ms > this.guardMs) this.problems.push(`${label} took ${Math.round(ms)} ms (hang guard ${this.guardMs} ms)`);
    }
  }

  outcome(label: string, call: () => OperationOutcome): OperationOutcome | undefined {
    const o = this.run(label, call);
    if (o === undefined) return undefined;
    this.problems.push(...outcomeProblems(label, o));
    return malformed(o) === undefined ? o : undefined;
  }
}

/** Properties 1-3 for `validate<Name>` / `is<Name>` of each profile the instance names, and of its base type. */
function checkProfiles(e: Engines, value: unknown, calls: Calls): void {
  for (const url of profilesOf(value)) {
    const api = e.api.get(url);
    if (!api) continue;
    const o = calls.outcome(`validate${api.name}`, () => api.validate(value));
    const is = calls.run(`is${api.name}`, () => api.is(value));
    if (o !== undefined && is !== undefined && is !== (errors(o).length === 0)) {
      calls.problems.push(`is${api.name} says ${String(is)}, validate${api.name} has ${errors(o).length} errors`);
    }
  }
}

export interface CaseOptions {
  /** Passed to the root `validate` of both engines. */
  readonly options?: { profile?: string };
  /** Overrides {@link HANG_GUARD_MS} (the properties' own test sets it below 0 to see it fire). */
  readonly guardMs?: number;
}

/** Checks properties 1-6 on `value`; returns the problems found. */
export function checkCase(e: Engines, value: unknown, { options, guardMs = HANG_GUARD_MS }: CaseOptions = {}): string[] {
  const protoBefore = prototypeKeys();
  const copy = deepCopy(value);
  const calls = new Calls(guardMs);
  const compiled = calls.outcome('validate', () => e.validate(value, options));
  if (options === undefined) checkProfiles(e, value, calls);
  const interpreted = calls.outcome('interpreter', () => e.oracle.validate(value, options));
  if (compiled && interpreted) calls.problems.push(...sameErrors(compiled, interpreted));
  const isValid = calls.run('interpreter isValid', () => e.oracle.isValid(value, options));
  if (compiled && isValid !== undefined && isValid !== (errors(compiled).length === 0)) {
    calls.problems.push(`interpreter isValid says ${String(isValid)}, validate has ${errors(compiled).length} errors`);
  }
  if (prototypeKeys() !== protoBefore) calls.problems.push('a built-in prototype changed');
  if (!deepSame(value, copy)) calls.problems.push('the input was changed');
  return calls.problems;
}
