/**
 * Constraint kind: primitive values. The STU3 format of each primitive type (`runtime/validate/
 * primitives.ts`, `isValid<Type>`), JSON shapes of a value and its `_` sibling, and maxLength.
 */
import type { IrElement } from '../../ir/types.js';
import type { Ctx } from '../../runtime/validate/context.js';
import { checkMaxLength, isValidXhtml, type PrimitiveType } from '../../runtime/validate/primitive-values.js';
import { PRIMITIVE_CHECKS } from '../../runtime/validate/primitives.js';
import { _, name, type Code } from '../../emit/validators/code.js';
import type { EmitScope } from '../emit-scope.js';
import type { Extra } from '../model.js';
import type { Path } from '../../runtime/validate/paths.js';

type MaxLengthExtra = Extract<Extra, { kind: 'max-length' }>;

const TYPES = new Set<string>([...Object.keys(PRIMITIVE_CHECKS), 'xhtml']);

/** The runtime primitive type for a FHIR type code, or undefined for a code the runtime does not know. */
export function primitiveType(code: string): PrimitiveType | undefined {
  return TYPES.has(code) ? (code as PrimitiveType) : undefined;
}

/** The value test for a primitive type. */
export function primitiveTest(type: PrimitiveType): (v: unknown) => boolean {
  return type === 'xhtml' ? isValidXhtml : PRIMITIVE_CHECKS[type];
}

/** The runtime function name of the value test (`isValidDateTime`). */
export function emitPrimitiveTest(type: PrimitiveType, scope: EmitScope): Code {
  if (type === 'xhtml') return scope.runtime('isValidXhtml');
  return scope.runtime(`isValid${type[0]?.toUpperCase() ?? ''}${type.slice(1)}`);
}

/**
 * The inline format test of one value `v`: `test(v)`, or `(v === c || test(v))` when the element is
 * fixed to a string `c` that passes the test itself. Equal to `c`, the value needs no format scan:
 * an extension's `url`, a sliced coding's `system`, compared in one string comparison (a `uri` test
 * of an extension url is ~50 ns; the example Bundles hold ~1,000 such values a pass).
 */
export function emitPrimitivePass(type: PrimitiveType, extras: readonly Extra[], v: Code, scope: EmitScope): Code {
  const test = emitPrimitiveTest(type, scope);
  const fixed = extras.find((e): e is Extract<Extra, { kind: 'fixed' }> => e.kind === 'fixed');
  if (fixed && typeof fixed.value === 'string' && primitiveTest(type)(fixed.value)) return _`(${v} === ${fixed.value} || ${test}(${v}))`;
  return _`${test}(${v})`;
}

const STRING_TYPES = new Set(['string', 'code', 'id', 'uri', 'markdown', 'oid', 'uuid', 'base64Binary']);

export function lowerMaxLength(element: IrElement, code: string): MaxLengthExtra | undefined {
  return element.maxLength !== undefined && element.maxLength > 0 && STRING_TYPES.has(code) ? { kind: 'max-length', max: element.maxLength } : undefined;
}

export function interpretMaxLength(extra: MaxLengthExtra, v: unknown, x: Ctx, q: Path): boolean {
  return checkMaxLength(v, x, q, extra.max);
}

export function emitMaxLength(extra: MaxLengthExtra, scope: EmitScope): { fn: Code; arg: Code } {
  return { fn: scope.runtime('checkMaxLength'), arg: _`${extra.max}` };
}
