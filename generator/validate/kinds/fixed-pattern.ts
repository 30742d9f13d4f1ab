/**
 * Constraint kind: `fixed[x]` and `pattern[x]`. On a choice element they apply to the variant of
 * their own type (`fixedCodeableConcept` to `valueCodeableConcept`). Checks and texts:
 * `runtime/validate/fixed-pattern.ts`.
 */
import type { IrElement } from '../../ir/types.js';
import { capitalise } from '../../plan/identifiers.js';
import type { Ctx } from '../../runtime/validate/context.js';
import { checkFixed, checkPattern } from '../../runtime/validate/fixed-pattern.js';
import { _, literal, type Code } from '../../emit/validators/code.js';
import type { EmitScope } from '../emit-scope.js';
import type { Extra } from '../model.js';
import type { Path } from '../../runtime/validate/paths.js';

type FixedExtra = Extract<Extra, { kind: 'fixed' | 'pattern' }>;

export function lowerFixedPattern(element: IrElement, code: string): FixedExtra[] {
  const result: FixedExtra[] = [];
  const applies = (type: string) => !element.isChoice || type === capitalise(code);
  if (element.fixed && applies(element.fixed.type)) result.push({ kind: 'fixed', value: element.fixed.value });
  if (element.pattern && applies(element.pattern.type)) result.push({ kind: 'pattern', value: element.pattern.value });
  return result;
}

export function interpretFixedPattern(extra: FixedExtra, v: unknown, x: Ctx, q: Path): boolean {
  return extra.kind === 'fixed' ? checkFixed(v, x, q, extra.value) : checkPattern(v, x, q, extra.value);
}

/** The runtime check and its argument (object values hoisted). */
export function emitFixedPattern(extra: FixedExtra, scope: EmitScope): { fn: Code; arg: Code } {
  const arg = extra.value !== null && typeof extra.value === 'object' ? scope.hoist('FIXED', _`unknown`, literal(extra.value)) : literal(extra.value);
  return { fn: scope.runtime(extra.kind === 'fixed' ? 'checkFixed' : 'checkPattern'), arg };
}

/**
 * An inline test that an occurrence `v` passes, for a primitive fixed or pattern value (`system`
 * fixed to a URI): equal, or absent. Undefined for complex values. When it is false the runtime
 * check runs and decides (a value of another kind passes there too: it is reported elsewhere).
 */
export function emitFixedPatternPasses(extra: FixedExtra, v: Code): Code | undefined {
  const value = extra.value;
  if (typeof value !== 'string' && typeof value !== 'boolean' && typeof value !== 'number') return undefined;
  return _`(${v} === undefined || ${v} === ${literal(value)})`;
}
