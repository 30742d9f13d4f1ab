/**
 * A limit on how deeply a resource's JSON may nest. No FHIR resource comes near it (the deepest in the
 * STU3 core and NHS packages nest 19 levels deep), but a hostile file nested thousands of levels deep overflows
 * the stack of every recursive walk after parsing (FPL's freeze, cloning, the type printer), which would
 * surface as an internal error instead of a message naming the file.
 */
import { GeneratorError, type ErrorLocation } from '../errors.js';

export const MAX_JSON_DEPTH = 200;

/**
 * Depth of a parsed JSON value (a scalar is 0, `{}` and `[]` are 1), but no more than `stopAt + 1`: the
 * walk stops there, so its own recursion stays shallow whatever the input.
 */
export function jsonDepth(value: unknown, stopAt: number = MAX_JSON_DEPTH): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (stopAt <= 0) return 1;
  let deepest = 0;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    if (typeof child !== 'object' || child === null) continue;
    deepest = Math.max(deepest, jsonDepth(child, stopAt - 1));
    if (deepest >= stopAt) break;
  }
  return deepest + 1;
}

/** @throws GeneratorError GPC108 when `value` nests deeper than MAX_JSON_DEPTH. */
export function assertJsonDepth(value: unknown, location: ErrorLocation): void {
  if (jsonDepth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw new GeneratorError('GPC108', `nested deeper than ${MAX_JSON_DEPTH} levels`, location);
  }
}
