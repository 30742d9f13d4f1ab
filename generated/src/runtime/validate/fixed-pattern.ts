/**
 * `fixed[x]` (the value must be exactly this) and `pattern[x]` (the value must contain this):
 * ElementDefinition semantics in JSON terms.
 *
 * - fixed: JSON equality. Objects have the same keys with equal values, arrays the same items in
 *   the same order, numbers are compared by value.
 * - pattern: every property the pattern has, the value has with a matching value (recursively);
 *   an array in the pattern matches when each of its items matches some item of the value's
 *   array (containment); primitives are equal.
 *
 * Both recursions follow the expected value (which comes from the profile and is finite), never
 * the input, so a cyclic or very deep input cannot make them loop or overflow the stack.
 * Issue code: `value`.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */

import type { Ctx } from './context.js';
import { isObject, jsonKind } from './guard.js';
import { here } from './shape.js';
import type { Path } from './paths.js';

/** JSON equality of `v` with `expected` (a JSON value from a profile). */
export function jsonEquals(v: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return v === expected;
  if (Array.isArray(expected)) {
    if (!Array.isArray(v) || v.length !== expected.length) return false;
    for (let i = 0; i < expected.length; i++) if (!jsonEquals(v[i], expected[i])) return false;
    return true;
  }
  if (!isObject(v)) return false;
  const keys = Object.keys(expected);
  if (Object.keys(v).length !== keys.length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(v, key)) return false;
    if (!jsonEquals(v[key], (expected as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** Whether `v` contains `pattern` (a JSON value from a profile). */
export function jsonMatches(v: unknown, pattern: unknown): boolean {
  if (pattern === null || typeof pattern !== 'object') return v === pattern;
  if (Array.isArray(pattern)) {
    if (!Array.isArray(v)) return false;
    for (const wanted of pattern) {
      let found = false;
      for (const item of v) {
        if (jsonMatches(item, wanted)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }
  if (!isObject(v)) return false;
  for (const key of Object.keys(pattern)) {
    if (!Object.prototype.hasOwnProperty.call(v, key)) return false;
    if (!jsonMatches(v[key], (pattern as Record<string, unknown>)[key])) return false;
  }
  return true;
}

const MAX_PREVIEW = 120;

/** The expected value for a message: compact JSON, cut short. */
function showExpected(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_PREVIEW ? text.slice(0, MAX_PREVIEW) + '…' : text;
}

/** The found value for a message; only primitives are shown (the input may be hostile). */
function showFound(v: unknown): string {
  if (typeof v === 'string') return showExpected(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return jsonKind(v);
}

/** Whether `v` has the JSON kind of `expected`; values of another kind were reported by the type checks. */
function sameKind(v: unknown, expected: unknown): boolean {
  if (expected !== null && typeof expected === 'object') return Array.isArray(expected) ? Array.isArray(v) : isObject(v);
  return typeof v === typeof expected;
}

/** `fixed[x]`: `v` must equal `expected`. */
export function checkFixed(v: unknown, x: Ctx, q: Path, expected: unknown): boolean {
  if (!sameKind(v, expected) || jsonEquals(v, expected)) return true;
  x.c?.add('error', 'value', here(x, q), `Value must be exactly ${showExpected(expected)}, found ${showFound(v)}`);
  return false;
}

/** `pattern[x]`: `v` must contain `pattern`. */
export function checkPattern(v: unknown, x: Ctx, q: Path, pattern: unknown): boolean {
  if (!sameKind(v, pattern) || jsonMatches(v, pattern)) return true;
  x.c?.add('error', 'value', here(x, q), `Value must match the pattern ${showExpected(pattern)}, found ${showFound(v)}`);
  return false;
}
