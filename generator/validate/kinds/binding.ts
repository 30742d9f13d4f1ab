/**
 * Constraint kind: terminology bindings. Lowering picks the comparison form from the element's type
 * and the codes from the IR's expansion; the runtime (`runtime/validate/binding.ts`) holds the
 * checks and the issue texts; the interpreter and the emitted code both call it.
 */
import type { IrBinding } from '../../ir/types.js';
import { bindingNotChecked, checkCode, checkCoding, checkConcept, type Binding, type CodingBinding } from '../../runtime/validate/binding.js';
import type { Ctx } from '../../runtime/validate/context.js';
import type { EmitScope } from '../emit-scope.js';
import { _, type Code } from '../../emit/validators/code.js';
import type { Extra } from '../model.js';
import type { Path } from '../../runtime/validate/paths.js';

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
    else if (c.system !== undefined) codes.add(codingKey(c.system, c.code));
  }
  if (codes.size > 0) return { kind: 'binding', form, strength: binding.strength, valueSet, codes: [...codes].sort() };
  if (binding.strength === 'preferred') return undefined;
  const reason = binding.expansion ? 'the value set has no codes the packages can list' : binding.notEnumerable ?? 'the value set cannot be expanded';
  return { kind: 'binding-not-checked', strength: binding.strength, valueSet, reason };
}

const CHECK_NAMES = { code: 'checkCode', coding: 'checkCoding', concept: 'checkConcept' } as const;

/**
 * A coding of a value set as one string (for sorting, and for sharing predicates across modules):
 * the JSON pair, which no system or code, however written, can make ambiguous.
 */
function codingKey(system: string, code: string): string {
  return JSON.stringify([system, code]);
}

/** The system and code of a {@link codingKey}. */
export function splitCodingKey(key: string): readonly [system: string, code: string] {
  const pair: unknown = JSON.parse(key);
  if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') throw new Error(`not a coding key: ${key}`);
  return [pair[0], pair[1]];
}

/** The codes of each system among coding keys, in the keys' order. */
export function codesBySystem(keys: readonly string[]): Map<string, string[]> {
  const bySystem = new Map<string, string[]>();
  for (const key of keys) {
    const [system, code] = splitCodingKey(key);
    const list = bySystem.get(system);
    if (list) list.push(code);
    else bySystem.set(system, [code]);
  }
  return bySystem;
}

const codeBindings = new WeakMap<BindingExtra, Binding>();
const codingBindings = new WeakMap<BindingExtra, CodingBinding>();

function codeBinding(extra: BindingExtra): Binding {
  let binding = codeBindings.get(extra);
  if (!binding) {
    const set = new Set(extra.codes);
    binding = { has: (code) => set.has(code), strength: extra.strength, valueSet: extra.valueSet };
    codeBindings.set(extra, binding);
  }
  return binding;
}

function codingBinding(extra: BindingExtra): CodingBinding {
  let binding = codingBindings.get(extra);
  if (!binding) {
    const bySystem = new Map([...codesBySystem(extra.codes)].map(([system, codes]) => [system, new Set(codes)]));
    binding = { has: (system, code) => bySystem.get(system)?.has(code) === true, strength: extra.strength, valueSet: extra.valueSet };
    codingBindings.set(extra, binding);
  }
  return binding;
}

export function interpretBinding(extra: BindingExtra | NotCheckedExtra, v: unknown, x: Ctx, q: Path): boolean {
  if (extra.kind === 'binding-not-checked') return bindingNotChecked(v, x, q, extra);
  if (extra.form === 'code') return checkCode(v, x, q, codeBinding(extra));
  return (extra.form === 'coding' ? checkCoding : checkConcept)(v, x, q, codingBinding(extra));
}

/** The runtime check and its argument (a hoisted binding constant). */
export function emitBinding(extra: BindingExtra | NotCheckedExtra, scope: EmitScope): { fn: Code; arg: Code } {
  if (extra.kind === 'binding-not-checked') {
    const arg = scope.hoist('UNCHECKED', scope.runtime('UncheckedBinding'), _`${{ strength: extra.strength, valueSet: extra.valueSet, reason: extra.reason }}`);
    return { fn: scope.runtime('bindingNotChecked'), arg };
  }
  const coding = extra.form !== 'code';
  const has = coding ? scope.codings(extra.codes) : scope.codes(extra.codes);
  const arg = scope.hoist('BINDING', scope.runtime(coding ? 'CodingBinding' : 'Binding'), _`{ has: ${has}, strength: ${extra.strength}, valueSet: ${extra.valueSet} }`);
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
