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

const STRING_TYPES = new Set(['string', 'code', 'id', 'uri', 'markdown', 'oid', 'uuid', 'base64Binary']);

export function lowerMaxLength(element: IrElement, code: string): MaxLengthExtra | undefined {
  return element.maxLength !== undefined && element.maxLength > 0 && STRING_TYPES.has(code) ? { kind: 'max-length', max: element.maxLength } : undefined;
}

export function interpretMaxLength(extra: MaxLengthExtra, v: unknown, x: Ctx, q: string): boolean {
  return checkMaxLength(v, x, q, extra.max);
}

export function emitMaxLength(extra: MaxLengthExtra, scope: EmitScope): { fn: Code; arg: Code } {
  return { fn: scope.runtime('checkMaxLength'), arg: _`${extra.max}` };
}
