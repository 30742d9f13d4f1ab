/**
 * Constraint kind: terminology bindings. Lowering picks the comparison form from the element's type
 * and the codes from the IR's expansion; the runtime (`runtime/validate/binding.ts`) holds the
 * checks and the issue texts; the interpreter and the emitted code both call it.
 */
import type { IrBinding } from '../../ir/types.js';
import { bindingNotChecked, checkCode, checkCoding, checkConcept, type CodePredicate } from '../../runtime/validate/binding.js';
import type { Ctx } from '../../runtime/validate/context.js';
import type { EmitScope } from '../emit-scope.js';
import { _, type Code } from '../../emit/validators/code.js';
import type { Extra } from '../model.js';

type BindingExtra = Extract<Extra, { kind: 'binding' }>;
type NotCheckedExtra = Extract<Extra, { kind: 'binding-not-checked' }>;

const FORMS: Readonly<Record<string, BindingExtra['form']>> = {
  code: 'code',
  string: 'code',
  uri: 'code',
  Coding: 'coding',
  Quantity: 'coding',
  CodeableConcept: 'concept',
};

/** The binding check of an element of type `code`, or undefined when nothing is checked. */
export function lowerBinding(binding: IrBinding | undefined, code: string): BindingExtra | NotCheckedExtra | undefined {
  if (!binding || binding.strength === 'example') return undefined;
  const form = Object.prototype.hasOwnProperty.call(FORMS, code) ? FORMS[code] : undefined;
  if (!form) return undefined;
  const valueSet = binding.resolvedValueSet ?? binding.valueSet ?? '(no value set)';
  const codes = new Set<string>();
  for (const c of binding.expansion ?? []) {
    if (form === 'code') codes.add(c.code);
    else if (c.system !== undefined) codes.add(`${c.system} ${c.code}`);
  }
  if (codes.size > 0) return { kind: 'binding', form, strength: binding.strength, valueSet, codes: [...codes].sort() };
  if (binding.strength === 'preferred') return undefined;
  const reason = binding.expansion ? 'the value set has no codes the packages can list' : binding.notEnumerable ?? 'the value set cannot be expanded';
  return { kind: 'binding-not-checked', strength: binding.strength, valueSet, reason };
}

const CHECKS = { code: checkCode, coding: checkCoding, concept: checkConcept } as const;
const CHECK_NAMES = { code: 'checkCode', coding: 'checkCoding', concept: 'checkConcept' } as const;

const predicates = new WeakMap<BindingExtra, CodePredicate>();

function predicateOf(extra: BindingExtra): CodePredicate {
  let predicate = predicates.get(extra);
  if (!predicate) {
    const set = new Set(extra.codes);
    predicate = (key) => set.has(key);
    predicates.set(extra, predicate);
  }
  return predicate;
}

export function interpretBinding(extra: BindingExtra | NotCheckedExtra, v: unknown, x: Ctx, q: string): boolean {
  if (extra.kind === 'binding-not-checked') return bindingNotChecked(v, x, q, extra.strength, extra.valueSet, extra.reason);
  return CHECKS[extra.form](v, x, q, predicateOf(extra), extra.strength, extra.valueSet);
}

/** An expression over `v`, `x`, `q`. */
export function emitBinding(extra: BindingExtra | NotCheckedExtra, scope: EmitScope): Code {
  if (extra.kind === 'binding-not-checked') {
    return _`${scope.runtime('bindingNotChecked')}(v, x, q, ${extra.strength}, ${extra.valueSet}, ${extra.reason})`;
  }
  const check = scope.runtime(CHECK_NAMES[extra.form]);
  return _`${check}(v, x, q, ${scope.codes(extra.codes)}, ${extra.strength}, ${extra.valueSet})`;
}
