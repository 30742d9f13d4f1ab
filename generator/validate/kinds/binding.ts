/**
 * Constraint kind: terminology bindings. Lowering picks the comparison form from the element's type
 * and the codes from the IR's expansion; the runtime (`runtime/validate/binding.ts`) holds the
 * checks and the issue texts; the interpreter and the emitted code both call it.
 */
import type { IrBinding } from '../../ir/types.js';
import { bindingNotChecked, checkCode, checkCoding, checkConcept, type Binding } from '../../runtime/validate/binding.js';
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

const bindings = new WeakMap<BindingExtra, Binding>();

function bindingOf(extra: BindingExtra): Binding {
  let binding = bindings.get(extra);
  if (!binding) {
    const set = new Set(extra.codes);
    binding = { has: (key) => set.has(key), strength: extra.strength, valueSet: extra.valueSet };
    bindings.set(extra, binding);
  }
  return binding;
}

export function interpretBinding(extra: BindingExtra | NotCheckedExtra, v: unknown, x: Ctx, q: string): boolean {
  if (extra.kind === 'binding-not-checked') return bindingNotChecked(v, x, q, extra);
  return CHECKS[extra.form](v, x, q, bindingOf(extra));
}

/** The runtime check and its argument (a hoisted binding constant). */
export function emitBinding(extra: BindingExtra | NotCheckedExtra, scope: EmitScope): { fn: Code; arg: Code } {
  if (extra.kind === 'binding-not-checked') {
    const arg = scope.hoist('UNCHECKED', scope.runtime('UncheckedBinding'), _`${{ strength: extra.strength, valueSet: extra.valueSet, reason: extra.reason }}`);
    return { fn: scope.runtime('bindingNotChecked'), arg };
  }
  const arg = scope.hoist('BINDING', scope.runtime('Binding'), _`{ has: ${scope.codes(extra.codes)}, strength: ${extra.strength}, valueSet: ${extra.valueSet} }`);
  return { fn: scope.runtime(CHECK_NAMES[extra.form]), arg };
}

/**
 * An inline test that an occurrence `v` passes a `code` binding whatever its strength: a code in
 * the value set gives no issue at all. Undefined for the other forms and for unchecked bindings.
 */
export function emitBindingPasses(extra: BindingExtra | NotCheckedExtra, v: Code, scope: EmitScope): Code | undefined {
  if (extra.kind === 'binding-not-checked' || extra.form !== 'code') return undefined;
  return _`${scope.runtime('codeIn')}(${v}, ${scope.codes(extra.codes)})`;
}
