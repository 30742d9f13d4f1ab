/**
 * FHIRPath invariants (`ElementDefinition.constraint`), evaluated with fhirpath.js and its STU3
 * model.
 *
 * FHIRPath is the slow fallback: a compiled evaluation costs microseconds, hand-written checks
 * nanoseconds. Generated validators should check structural rules natively (in particular
 * `ele-1`, "has a value or children", on every element) and call these only for the constraints
 * they cannot translate.
 *
 * Verdicts, per FHIR: an invariant holds only when its expression evaluates to `true`.
 *
 * - `[true]` → `true`; `[false]` → `false`.
 * - `[]` (empty) → `false`. The HL7 reference validator (`convertToBoolean`) and the Firely SDK
 *   (firely-net-sdk#1929, "FhirPath invariants should only be met if the result is `true`, not
 *   `false` or `empty`") both treat an empty result as a failed constraint.
 * - A single non-boolean item → `true` (FHIRPath "singleton evaluation of collections": a single
 *   item in a boolean context is `true`).
 * - More than one item → `{ error }` (FHIRPath: a multi-item collection in a boolean context is
 *   an error).
 * - Any exception (syntax error, function fhirpath.js does not implement such as `conformsTo()`,
 *   async-only functions such as `resolve()`/`memberOf()`, stack overflow on hostile input) →
 *   `{ error }`. Nothing here throws.
 *
 * This file is copied verbatim into the generated package; it imports only `fhirpath` and its
 * STU3 model.
 */

import fhirpath from 'fhirpath';
import stu3Model from 'fhirpath/fhir-context/stu3';

/** One constraint, as found in `ElementDefinition.constraint`, plus the path it sits on. */
export interface InvariantSpec {
  /** `constraint.key`, e.g. `pat-1`. */
  readonly key: string;
  /**
   * `ElementDefinition.path` of the element that carries the constraint, e.g. `Patient.contact`,
   * or the resource type (`Patient`) for resource-level constraints. fhirpath.js needs it as the
   * `base` to type the node: without it `hasValue()` and `children()` do not work on elements
   * (STU3 `ele-1` returns `false` on a valid `Identifier`) and choice elements such as
   * `Observation.component.value` are not found.
   */
  readonly path: string;
  /** `constraint.expression` (FHIRPath). */
  readonly expression: string;
  /** `constraint.severity`. */
  readonly severity: 'error' | 'warning';
  /** `constraint.human`, for messages. */
  readonly human: string;
}

/** `true` / `false`: the constraint holds / does not hold. `{ error }`: it could not be evaluated. */
export type InvariantResult = boolean | { readonly error: string };

/**
 * Evaluates one invariant.
 *
 * @param node - the element the constraint is on (a JSON value of the type at `spec.path`)
 * @param resource - `%resource`: the resource that contains `node` (for a contained resource,
 *   the contained resource itself)
 * @param rootResource - `%rootResource`: the outermost resource (the container of a contained
 *   resource; otherwise the same as `resource`)
 */
export type CompiledInvariant = (node: unknown, resource: unknown, rootResource: unknown) => InvariantResult;

type Evaluator = (node: unknown, envVars: Record<string, unknown>) => unknown;
type CacheEntry = Evaluator | { readonly error: string };

/**
 * Compiled expressions, keyed by `path + '\n' + expression` (the base path changes what an
 * expression compiles to; a path never contains a newline, so keys cannot collide).
 *
 * This is the only module state, and it is safe to share across validations and callers:
 * - it maps source text to a compiled function, and a compiled fhirpath.js function keeps no
 *   state between calls (each call builds a fresh evaluation context and resets fhirpath.js's
 *   own module-level constants), so whoever compiled an expression first, every caller gets the
 *   same behaviour;
 * - it never holds input data, only expressions;
 * - it is bounded: the keys are the constraints of the generated package, a set fixed at build
 *   time (callers that compile arbitrary user-supplied expressions would grow it without limit);
 * - evaluation is synchronous, so no two evaluations interleave.
 */
const cache = new Map<string, CacheEntry>();

/** STU3's `ele-1`: `|` is union, so a valid element yields `[false, true]`, not `true`. */
const STU3_ELE_1 = 'hasValue() | (children().count() > id.count())';
/** R4's form of `ele-1`, which means what STU3 intended. */
const ELE_1 = 'hasValue() or (children().count() > id.count())';

const WHITESPACE_RUN = /\s+/g;
const MAX_MESSAGE_LENGTH = 300;

function noTrace(): void {
  // `trace()` in an expression would otherwise print to the console.
}

/**
 * `startsWith()`, `endsWith()` and `contains()` on an empty input give `false` here, where the
 * FHIRPath specification (and fhirpath.js) give empty. The STU3 invariants were written for, and
 * are still checked by, the HL7 Java engine, whose string functions return `false` for an empty
 * input: `bdl-8` (`fullUrl.contains('/_history/').not()`) holds for an entry without fullUrl,
 * `ref-1` for a Reference without `reference`. With the specification's empty they would fail
 * (an empty verdict counts as a failure), on every such entry. Other functions keep their meaning.
 */
function emptyIsFalse(test: (text: string, argument: string) => boolean): { fn: (coll: unknown[], argument: unknown) => unknown; arity: { 1: ['String'] } } {
  return {
    fn: (coll, argument) => {
      if (coll.length === 0) return false;
      const text: unknown = coll[0];
      if (coll.length > 1) throw new Error('expected a single string');
      return typeof text === 'string' && typeof argument === 'string' ? test(text, argument) : [];
    },
    arity: { 1: ['String'] },
  };
}

/** JSON with object keys in order, so two equal values give the same text whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/**
 * `isDistinct()` in linear time. fhirpath.js compares every pair of primitive items, so the STU3
 * invariants that use it (`csd-1` on CodeSystem codes, `que-2` on Questionnaire linkIds, `sdf-*`,
 * `cpb-*`) took minutes on a resource with tens of thousands of values, which anyone can send.
 * Items arrive as plain JSON values: strings and numbers compare as themselves (FHIRPath `=`),
 * anything else by its JSON with sorted keys (what fhirpath.js's own hashing does for big
 * collections of objects).
 */
const IS_DISTINCT = {
  fn: (coll: unknown[]): boolean => {
    const seen = new Set<unknown>();
    for (const item of coll) {
      const key = typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean' ? item : `\u0000${canonicalJson(item)}`;
      if (seen.has(key)) return false;
      seen.add(key);
    }
    return true;
  },
  arity: { 0: [] },
};

const USER_FUNCTIONS = {
  startsWith: emptyIsFalse((text, prefix) => text.startsWith(prefix)),
  endsWith: emptyIsFalse((text, suffix) => text.endsWith(suffix)),
  contains: emptyIsFalse((text, part) => text.includes(part)),
  isDistinct: IS_DISTINCT,
};

const OPTIONS = { async: false, traceFn: noTrace, userInvocationTable: USER_FUNCTIONS } as const;

function messageOf(err: unknown): string {
  let m: string;
  try {
    m = err instanceof Error ? err.message : String(err);
  } catch {
    m = 'unknown error';
  }
  m = m.replace(WHITESPACE_RUN, ' ').trim();
  return m.length > MAX_MESSAGE_LENGTH ? m.slice(0, MAX_MESSAGE_LENGTH) + '…' : m;
}

const hasOwn = Object.prototype.hasOwnProperty;

function own(map: Readonly<Record<string, string>>, key: string): string | undefined {
  return hasOwn.call(map, key) ? map[key] : undefined;
}

/**
 * The base path fhirpath.js can type. Its STU3 model knows `Patient.identifier` (an
 * `Identifier`) and `Identifier.extension`, but not `Patient.identifier.extension`: given that
 * path, the node stays untyped and `value` no longer finds `valueCodeableConcept` (so `ext-1`
 * fails on a valid extension). Every step into a complex datatype restarts from the type's name:
 * `Patient.identifier.extension` → `Identifier.extension`, `Patient.contact.name.family` →
 * `HumanName.family`; backbone elements keep their path; `pathsDefinedElsewhere`
 * (`Questionnaire.item.item` → `Questionnaire.item`) is applied at each step.
 */
function modelBase(path: string): string {
  const segments = path.split('.');
  let current = segments[0] ?? path;
  for (let i = 1; i < segments.length; i++) {
    let next = current + '.' + segments[i];
    next = own(stu3Model.pathsDefinedElsewhere, next) ?? next;
    if (i < segments.length - 1) {
      const type = own(stu3Model.path2Type, next);
      if (type !== undefined && type !== 'BackboneElement' && type !== 'Element') next = type;
    }
    current = next;
  }
  return current;
}

/**
 * STU3's `csd-1`. A union (`|`) holds no duplicates, so `isDistinct()` of one is always true: the
 * invariant checks nothing (R4 made it `combine()`), but fhirpath.js builds the union by comparing
 * every pair, which took seconds on a CodeSystem of 16,000 codes. Its verdict is kept: `true`.
 */
const STU3_CSD_1 = '(concept.code | descendants().concept.code).isDistinct()';

/** Expressions replaced before they are compiled: same verdicts, meant as written or without the cost. */
const REWRITES: ReadonlyMap<string, string> = new Map([
  [STU3_ELE_1, ELE_1],
  [STU3_CSD_1, 'true'],
]);

function rewrite(expression: string): string {
  return REWRITES.get(expression.replace(WHITESPACE_RUN, ' ').trim()) ?? expression;
}

function lookup(path: string, expression: string): CacheEntry {
  const key = path + '\n' + expression;
  let entry = cache.get(key);
  if (entry === undefined) {
    try {
      // Called through the default export at call time (not a destructured `compile`), so a test
      // can count compilations by wrapping `fhirpath.compile`.
      const fn = fhirpath.compile({ base: modelBase(path), expression }, stu3Model, OPTIONS);
      entry = (node, envVars) => fn(node, envVars);
    } catch (err) {
      entry = { error: `FHIRPath expression does not compile: ${messageOf(err)}` };
    }
    cache.set(key, entry);
  }
  return entry;
}

function verdict(result: unknown): InvariantResult {
  if (!Array.isArray(result)) return { error: 'FHIRPath evaluation did not return a collection' };
  if (result.length === 0) return false;
  if (result.length === 1) {
    const item: unknown = result[0];
    return typeof item === 'boolean' ? item : true;
  }
  return { error: `FHIRPath returned ${result.length} items where a single boolean was expected` };
}

/**
 * Prepares an invariant for evaluation. Compilation is lazy: the expression is parsed on the
 * first evaluation (so importing a validator module with thousands of constraints costs nothing),
 * once per distinct `(path, expression)` for the whole process, through the module cache.
 *
 * STU3's `ele-1` (`hasValue() | (children().count() > id.count())`) is rewritten to the `or` form
 * it was meant to be. `%resource` and `%rootResource` are passed as environment variables;
 * `trace()` is silenced. The returned function never throws.
 *
 * @param spec - the constraint and the element path it sits on
 * @returns the evaluator
 */
export function compileInvariant(spec: InvariantSpec): CompiledInvariant {
  const path = spec.path;
  const expression = rewrite(spec.expression);
  let entry: CacheEntry | undefined;
  return (node, resource, rootResource) => {
    if (entry === undefined) entry = lookup(path, expression);
    if (typeof entry !== 'function') return entry;
    let result: unknown;
    try {
      result = entry(node, { resource, rootResource });
    } catch (err) {
      return { error: `FHIRPath evaluation failed: ${messageOf(err)}` };
    }
    return verdict(result);
  };
}

/**
 * The diagnostics text for a constraint that did not hold or could not be evaluated, in the
 * HL7 validator's wording: `Constraint failed: pat-1: 'SHALL at least contain ...'`.
 *
 * Suggested issues: `false` → severity `spec.severity`, code `invariant`; `{ error }` → severity
 * `warning`, code `processing` (the instance was not shown to be invalid; the engine could not
 * decide).
 *
 * @param spec - the constraint
 * @param result - its result, `false` or `{ error }`
 */
export function invariantDiagnostic(spec: InvariantSpec, result: false | { readonly error: string }): string {
  return result === false
    ? `Constraint failed: ${spec.key}: '${spec.human}'`
    : `Constraint ${spec.key} could not be evaluated: ${result.error}`;
}
