/**
 * Locations for tests that call runtime checks directly: the checks take a handle into the
 * context's path stack (see generator/runtime/validate/paths.ts), not a path string.
 */
import type { Ctx } from '../../generator/runtime/validate/context.js';
import { ROOT_PATH, type Path } from '../../generator/runtime/validate/paths.js';

/** Makes `text` the root of `x`'s path stack and returns its handle: a check called with it reports at `text`. */
export function pathAt(x: Ctx, text: string): Path {
  x.steps.length = 1;
  x.steps[0] = text;
  return ROOT_PATH;
}
