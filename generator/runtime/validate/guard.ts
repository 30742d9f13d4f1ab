/**
 * Helpers for hostile input, used by every generated validator.
 *
 * The validators accept `unknown`: normally the result of `JSON.parse`, but possibly any JavaScript
 * value a caller hands us. These helpers answer "is this a plain JSON object?", "what are its own
 * keys?" and "what kind of JSON value is this?" without walking prototypes, without being fooled by
 * `__proto__` / `constructor` keys, and without allocating on the fast path.
 *
 * Reading properties: generated code reads the *known* FHIR element names with plain property
 * access (`obj.identifier`). That is safe because no FHIR element name is a member of
 * `Object.prototype` (`constructor`, `toString`, `valueOf`, `hasOwnProperty`, `__proto__`, ...), so
 * a missing element always reads as `undefined`, never as an inherited function. Keys that come
 * from the input are only ever enumerated with {@link ownKeys} and compared against the known
 * names; they are never used to index into an object other than the one they came from.
 *
 * Not defended here: `Proxy` objects and accessor properties whose traps or getters throw. Values
 * produced by `JSON.parse` have neither; callers that validate arbitrary JavaScript values should
 * wrap the top-level call in `try`/`catch`.
 *
 * This file is copied verbatim into the generated package: it imports nothing.
 */

/**
 * Maximum nesting depth (objects and arrays, each level counts 1) a validator descends into.
 *
 * Why a limit: validators recurse once per nesting level, so a hostile document such as
 * `[[[[...]]]]` nested 100,000 deep would overflow the call stack (a `RangeError` thrown from deep
 * inside the validator) instead of producing an issue. Real FHIR resources nest far less: a
 * Bundle entry holding a resource with contained resources, extensions within extensions and
 * nested backbone elements stays well under 40 levels. 128 leaves generous headroom for deeply
 * nested Questionnaire items while staying far below the stack size of any JavaScript engine.
 *
 * The depth limit is also what protects against cycles: `JSON.parse` never produces one, but a
 * caller-built object graph can (`a.self = a`). No cycle detection is done anywhere (it would cost
 * a `Set` per validation); a cycle simply exceeds `MAX_DEPTH` and is reported as too deep.
 */
export const MAX_DEPTH = 128;

const OBJECT_PROTOTYPE: object = Object.prototype;

/**
 * True for a plain JSON object: not `null`, not an array, not a function, and either a plain
 * object literal / `JSON.parse` result (prototype `Object.prototype`, from this or another realm)
 * or an object with a `null` prototype (`Object.create(null)`).
 *
 * Class instances, `Date`, `Map`, boxed primitives (`new String('x')`) and other exotic objects are
 * rejected: they are not JSON and their own keys do not describe their content.
 *
 * @param v - any value
 * @returns whether `v` can be treated as a JSON object
 */
export function isObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  // Last test: `Object.prototype` of another realm (vm context, worker-transferred clone) is
  // itself an object whose prototype is null.
  return proto === OBJECT_PROTOTYPE || proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * The object's own enumerable string keys, in property order. Never walks the prototype chain,
 * never includes symbol keys. A key literally named `__proto__` or `constructor` (which
 * `JSON.parse` creates as an ordinary own data property) is returned like any other key, so the
 * validator reports it as an unknown element; reading it does not touch any prototype.
 *
 * @param obj - an object that passed {@link isObject}
 * @returns a fresh array of its own keys
 */
/**
 * Whether properties can be read from `v` as from a JSON object: an object, not null, not an array.
 * For a look at a value that a check will take whole (an extension's `url` to find its definition,
 * a resource's `meta` to find its profiles, a Reference's `reference` after its check):
 * whether the object is plain is that check's `objectAt` to say. `Object.getPrototypeOf` on objects
 * of many hidden classes costs V8 a runtime call, ~6 ns here; the validation of the example
 * Bundles made ~14,000 such calls a pass, ~6,100 of them in `objectAt`.
 */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function ownKeys(obj: Record<string, unknown>): string[] {
  return Object.keys(obj);
}

/**
 * What kind of value something is, in JSON terms. The six JSON kinds are `'null'`, `'boolean'`,
 * `'number'`, `'string'`, `'array'` and `'object'`; every other name describes a value that JSON
 * cannot carry and that a validator must reject.
 */
export type JsonKind =
  | 'null'
  | 'boolean'
  | 'number'
  | 'string'
  | 'array'
  | 'object'
  | 'undefined'
  | 'function'
  | 'bigint'
  | 'symbol'
  | 'non-finite number'
  | 'non-plain object';

/**
 * Names the JSON kind of a value, for diagnostics ("expected string, got array"). Values JSON
 * cannot represent get their own names: `'undefined'`, `'function'`, `'bigint'`, `'symbol'`,
 * `'non-finite number'` (`NaN`, `Infinity`) and `'non-plain object'` (anything that fails
 * {@link isObject} and is not an array, e.g. a `Date`).
 *
 * Arrays are not inspected (no walk over elements, so no cycle risk here); walking nested content
 * and bounding its depth with {@link MAX_DEPTH} is the caller's job.
 *
 * @param v - any value
 * @returns the kind name
 */
export function jsonKind(v: unknown): JsonKind {
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
      return Number.isFinite(v) ? 'number' : 'non-finite number';
    case 'boolean':
      return 'boolean';
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'function';
    case 'bigint':
      return 'bigint';
    case 'symbol':
      return 'symbol';
    default:
      if (v === null) return 'null';
      if (Array.isArray(v)) return 'array';
      return isObject(v) ? 'object' : 'non-plain object';
  }
}
