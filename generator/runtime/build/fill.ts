/**
 * What a generated builder does at run time: fill in what the profile fixes, then check the result with
 * the generated validator. Each builder passes a small {@link FillSpec} literal, generated from the
 * profile; all logic lives here so that the per-profile code stays one call.
 *
 * Filling never overwrites a value the input gives (a JavaScript caller can pass anything): a conflicting
 * value stays, and the validator reports it. The input is not modified; the result shares the sub-objects
 * the builder had nothing to fill in.
 *
 * This file is copied verbatim into the generated package (`src/runtime/build/`).
 */
import type { OperationOutcome } from '../validate/outcome.js';
import { BuildError } from './error.js';

/** What to fill into one object (a resource, a backbone element, a slice, an extension). */
export interface FillSpec {
  /** Resources: the `resourceType`, written first. */
  readonly resourceType?: string;
  /** Profiled resources: the canonical URL added to `meta.profile` when it is not there. */
  readonly profile?: string;
  /** Fixed values (`system`, `url`, `use`...), set when the input leaves them out. */
  readonly set?: Readonly<Record<string, unknown>>;
  /** Property -> what to fill into its value (every item, for an array). */
  readonly each?: Readonly<Record<string, FillSpec>>;
  /** Property -> what to fill into its leading items: the required slices, in profile order. */
  readonly lead?: Readonly<Record<string, readonly FillSpec[]>>;
  /**
   * Coded property (Coding or CodeableConcept) -> the code system of its required binding, when that
   * binding's codes all come from one system: written into each coding that has a code and no system.
   */
  readonly system?: Readonly<Record<string, string>>;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fillValue(value: unknown, spec: FillSpec | undefined): unknown {
  return spec && isObject(value) ? fillObject(value, spec) : value;
}

function withSystem(coding: unknown, system: string): unknown {
  if (!isObject(coding) || coding['system'] !== undefined || typeof coding['code'] !== 'string') return coding;
  const { system: _absent, ...rest } = coding;
  return { system, ...rest };
}

/** Fills the system into a Coding, or into each coding of a CodeableConcept. */
function fillSystem(value: unknown, system: string): unknown {
  if (!isObject(value)) return value;
  const codings = value['coding'];
  if (Array.isArray(codings)) return { ...value, coding: codings.map((c: unknown) => withSystem(c, system)) };
  return withSystem(value, system);
}

/** Puts `meta` (with the profile) right after `resourceType` and `id`, where FHIR JSON usually has it. */
function withProfile(filled: JsonObject, resourceType: string | undefined, profile: string | undefined): JsonObject {
  if (resourceType === undefined && profile === undefined) return filled;
  const head: Array<[string, unknown]> = [['resourceType', filled['resourceType'] ?? resourceType]];
  if (filled['id'] !== undefined) head.push(['id', filled['id']]);
  if (profile !== undefined) {
    const meta = isObject(filled['meta']) ? filled['meta'] : {};
    const profiles: unknown[] = Array.isArray(meta['profile']) ? meta['profile'] : [];
    head.push(['meta', profiles.includes(profile) ? meta : { ...meta, profile: [...profiles, profile] }]);
  } else if (filled['meta'] !== undefined) head.push(['meta', filled['meta']]);
  const rest = Object.entries(filled).filter(([key]) => key !== 'resourceType' && key !== 'id' && key !== 'meta');
  // Object.fromEntries defines properties (never calls a `__proto__` setter), like spread does.
  return Object.fromEntries([...head, ...rest]);
}

/** Fills `spec` into a copy of `input`. */
export function fillObject(input: object, spec: FillSpec): JsonObject {
  let out: JsonObject = { ...input };
  if (spec.set) {
    const missing = Object.entries(spec.set).filter(([key]) => out[key] === undefined);
    if (missing.length > 0) {
      for (const [key] of missing) delete out[key];
      // Fixed values first: `url` leads an extension, `system` precedes `value`, as in FHIR's element order.
      out = { ...Object.fromEntries(missing), ...out };
    }
  }
  if (spec.each) {
    for (const [key, inner] of Object.entries(spec.each)) {
      const value = out[key];
      if (value !== undefined) out[key] = Array.isArray(value) ? value.map((item) => fillValue(item, inner)) : fillValue(value, inner);
    }
  }
  if (spec.lead) {
    for (const [key, specs] of Object.entries(spec.lead)) {
      const value = out[key];
      if (Array.isArray(value)) out[key] = value.map((item, index) => fillValue(item, specs[index]));
    }
  }
  if (spec.system) {
    for (const [key, system] of Object.entries(spec.system)) {
      const value = out[key];
      if (value !== undefined) out[key] = Array.isArray(value) ? value.map((item: unknown) => fillSystem(item, system)) : fillSystem(value, system);
    }
  }
  return withProfile(out, spec.resourceType, spec.profile);
}

/**
 * A slice or part helper: fills, does not validate (a slice is checked as part of the resource or
 * extension it goes into, by that builder). The result type is what the generated input type guarantees
 * once `spec` is filled in.
 */
export function fillPart<T>(input: object, spec: FillSpec): T {
  return fillObject(input, spec) as T;
}

/**
 * What a checking builder passes: its input and fill spec, the generated guard and validator of its
 * type, and the type's name for the {@link BuildError}.
 */
export type CheckedFillArgs<T> = readonly [
  input: object,
  spec: FillSpec,
  is: (value: unknown) => value is T,
  validate: (value: unknown) => OperationOutcome,
  typeName: string,
];

/** Fills, runs the guard and, when it fails, the validator; throws unless `tolerated` accepts the outcome. */
function fillThenCheck<T>([input, spec, is, validate, typeName]: CheckedFillArgs<T>, tolerated: (outcome: OperationOutcome) => boolean): T {
  const value = fillObject(input, spec);
  if (is(value)) return value;
  const outcome = validate(value);
  // A tolerated outcome: valid as far as the value can be checked on its own (see fillAndCheckPart).
  if (tolerated(outcome)) return value as T;
  throw new BuildError(typeName, outcome);
}

/**
 * A resource builder: fills, then runs the generated guard and, when it fails, the generated validator,
 * and throws a {@link BuildError} with its OperationOutcome.
 */
export function fillAndCheck<T>(...args: CheckedFillArgs<T>): T {
  return fillThenCheck(args, () => false);
}

/** Whether only invariants failed (issue code `invariant`): every other error or fatal issue is decisive. */
function onlyInvariantsFailed(outcome: OperationOutcome): boolean {
  return !outcome.issue.some((i) => (i.severity === 'error' || i.severity === 'fatal') && i.code !== 'invariant');
}

/**
 * An extension or datatype profile builder: like {@link fillAndCheck}, except that failed invariants
 * (issue code `invariant`) do not throw. A part's invariants may depend on the resource it goes into,
 * which does not exist yet (`ref-1`: a `#id` reference must name a contained resource of that resource);
 * the builder of that resource checks them. Every other error throws.
 */
export function fillAndCheckPart<T>(...args: CheckedFillArgs<T>): T {
  return fillThenCheck(args, onlyInvariantsFailed);
}
