/**
 * Constraint kind: slicing. Lowering resolves each discriminator of each slice to something the
 * runtime can test: a value or pattern (the slice's fixed/pattern value at the discriminator path,
 * also found inside a pattern set higher up, or an extension's url from its definition), an
 * exists flag (min ≥ 1 / max = 0 at the path), a list of types, or a profile's check. A slicing
 * with a discriminator it cannot resolve (a `resolve()` path, a path that is not in the
 * definition) is not checked, and says why. Runtime engine and texts: `runtime/validate/slicing.ts`.
 */
import type { IrElement, IrType } from '../../ir/types.js';
import type { Ctx } from '../../runtime/validate/context.js';
import { discExists, discPattern, discProfile, discType, discValue, type Step } from '../../runtime/validate/slicing.js';
import { _, join, literal, member, type Code } from '../../emit/validators/code.js';
import type { EmitScope } from '../emit-scope.js';
import type { Discriminator, SliceRule, SlicingRule, VariantRule } from '../model.js';
import { readsOwn } from './shape.js';
import { isResourceCode } from '../lower/context.js';
import { lowerVariant, type PropertyScope } from '../lower/property.js';
import type { Path } from '../../runtime/validate/paths.js';

const SIMPLE_PATH = /^[A-Za-z][A-Za-z0-9]*(?:\[x\])?(?:\.[A-Za-z][A-Za-z0-9]*(?:\[x\])?)*$/;

interface Resolved {
  readonly steps: Step[];
  readonly element: IrElement | undefined;
  /** A fixed or pattern value found at or above the path, with the path below it. */
  readonly value: { readonly kind: 'value' | 'pattern'; readonly json: unknown; readonly rest: readonly string[] } | undefined;
}

function childNamed(scope: PropertyScope, element: IrElement, name: string): IrElement | undefined {
  const stem = name.endsWith('[x]') ? name.slice(0, -3) : name;
  const own = element.children.find((c) => c.name === stem);
  if (own) return own;
  if (element.children.length > 0) return undefined;
  return scope.lc.naturalStructure(element)?.root.children.find((c) => c.name === stem);
}

/** Values below `json` at `rest` (arrays flattened). */
function valuesAt(json: unknown, rest: readonly string[]): unknown[] {
  let current: unknown[] = [json];
  for (const name of rest) {
    const next: unknown[] = [];
    for (const v of current) {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
      const item = (v as Record<string, unknown>)[name];
      if (Array.isArray(item)) next.push(...(item as unknown[]));
      else if (item !== undefined) next.push(item);
    }
    current = next;
  }
  return current;
}

function resolvePath(scope: PropertyScope, slice: IrElement, path: string): Resolved | undefined {
  if (path === '$this') return { steps: [], element: slice, value: fixedOf(slice, []) };
  if (!SIMPLE_PATH.test(path)) return undefined;
  const names = path.split('.');
  const steps: Step[] = [];
  let current: IrElement = slice;
  let value = fixedOf(slice, names);
  for (let i = 0; i < names.length; i++) {
    const name = names[i] ?? '';
    const child = childNamed(scope, current, name);
    if (!child) {
      // An extension whose definition is not in the packages: its url is the profile's URL.
      const profile = current.types[0]?.code === 'Extension' ? current.types[0].profiles[0] : undefined;
      if (name === 'url' && i === names.length - 1 && profile) return { steps: [...steps, ['url', false]], element: undefined, value: { kind: 'value', json: profile, rest: [] } };
      return undefined;
    }
    steps.push([child.isChoice ? `${child.name}[x]` : child.name, child.isArray]);
    current = child;
    value = fixedOf(child, names.slice(i + 1)) ?? value;
  }
  return { steps, element: current, value };
}

function fixedOf(element: IrElement, rest: readonly string[]): Resolved['value'] {
  if (element.fixed) return { kind: 'value', json: element.fixed.value, rest };
  if (element.pattern) return { kind: 'pattern', json: element.pattern.value, rest };
  return undefined;
}

function typesOf(scope: PropertyScope, element: IrElement): string[] {
  const result: string[] = [];
  for (const t of element.types) {
    if (isResourceCode(t.code) && t.profiles.length > 0) {
      for (const p of t.profiles) {
        const s = scope.lc.byUrl.get(p);
        if (s) result.push(s.type);
      }
    } else result.push(t.code);
  }
  return result;
}

function lowerDiscriminator(scope: PropertyScope, slice: IrElement, type: string, path: string): Discriminator | string {
  const resolved = resolvePath(scope, slice, path);
  if (!resolved) return `discriminator path '${path}' cannot be evaluated`;
  const { steps, element } = resolved;
  switch (type) {
    case 'value':
    case 'pattern': {
      const found = resolved.value;
      if (!found) return `slice '${slice.sliceName ?? ''}' has no fixed or pattern value at '${path}'`;
      const values = valuesAt(found.json, found.rest);
      if (values.length !== 1) return `slice '${slice.sliceName ?? ''}' has ${values.length} values at '${path}'`;
      return { kind: found.kind, path: steps, value: values[0] };
    }
    case 'exists':
      if (element && element.min >= 1) return { kind: 'exists', path: steps, exists: true };
      if (element && element.max === 0) return { kind: 'exists', path: steps, exists: false };
      return `slice '${slice.sliceName ?? ''}' neither requires nor forbids '${path}'`;
    case 'type': {
      const types = element ? typesOf(scope, element) : [];
      return types.length > 0 ? { kind: 'type', path: steps, types } : `slice '${slice.sliceName ?? ''}' has no type at '${path}'`;
    }
    case 'profile': {
      const url = element?.types.flatMap((t: IrType) => t.profiles).find((p) => scope.lc.byUrl.has(p));
      return url ? { kind: 'profile', path: steps, ref: { kind: 'structure', url } } : `slice '${slice.sliceName ?? ''}' names no known profile at '${path}'`;
    }
    default:
      return `discriminator type '${type}' is not supported`;
  }
}

/** The slicing rule of `element`, or why it is not checked. */
export function lowerSlicing(scope: PropertyScope, element: IrElement, base: VariantRule | undefined): SlicingRule | string | undefined {
  const slicing = element.slicing;
  if (!slicing || !base) return undefined;
  if (base.target.kind === 'primitive') return 'slicing of primitive arrays is not checked';
  if (slicing.discriminators.length === 0) return 'the slicing has no discriminator';
  const slices: SliceRule[] = [];
  for (const slice of element.slices) {
    const discriminators: Discriminator[] = [];
    for (const d of slicing.discriminators) {
      const lowered = lowerDiscriminator(scope, slice, d.type, d.path);
      if (typeof lowered === 'string') return lowered;
      discriminators.push(lowered);
    }
    const type = slice.types[0] ?? element.types[0];
    if (!type) return `slice '${slice.sliceName ?? ''}' has no type`;
    slices.push({ name: slice.sliceName ?? '', min: slice.min, max: slice.max ?? -1, discriminators, variant: lowerVariant(scope, slice, type) });
  }
  return { rules: slicing.rules, ordered: slicing.ordered, element: element.id, slices };
}

/** Interpreter side: whether `v` belongs to a slice with these discriminators (`x` in fast mode). */
export function interpretMatch(discriminators: readonly Discriminator[], v: unknown, x: Ctx, d: number, checkOf: (ref: Extract<Discriminator, { kind: 'profile' }>['ref']) => (v: unknown, x: Ctx, p: Path, d: number) => boolean): boolean {
  for (const disc of discriminators) {
    switch (disc.kind) {
      case 'value':
        if (!discValue(v, disc.path, disc.value)) return false;
        break;
      case 'pattern':
        if (!discPattern(v, disc.path, disc.value)) return false;
        break;
      case 'exists':
        if (!discExists(v, disc.path, disc.exists)) return false;
        break;
      case 'type':
        if (!discType(v, disc.path, disc.types)) return false;
        break;
      case 'profile':
        if (!discProfile(v, disc.path, checkOf(disc.ref), x, d)) return false;
        break;
    }
  }
  return true;
}

/** Discriminators the emitter writes inline: one step down, not repeating, a primitive value. */
function inlineMatch(disc: Discriminator, scope: EmitScope): Code | undefined {
  if (disc.kind !== 'value' || disc.path.length !== 1) return undefined;
  const [stepName, repeats] = disc.path[0] ?? ['', true];
  const value = disc.value;
  if (repeats || stepName.endsWith('[x]') || readsOwn(stepName)) return undefined;
  if (typeof value !== 'string' && typeof value !== 'boolean' && typeof value !== 'number') return undefined;
  return _`${member(_`v`, stepName)} === ${value}`;
}

function emitMatch(discriminators: readonly Discriminator[], scope: EmitScope): Code {
  const inline: Code[] = [];
  const calls: Code[] = [];
  for (const disc of discriminators) {
    const simple = inlineMatch(disc, scope);
    if (simple) {
      inline.push(simple);
      continue;
    }
    const path = scope.hoist('STEPS', _`readonly ${scope.runtime('Step')}[]`, _`${disc.path.map(([n, r]) => [n, r])}`);
    switch (disc.kind) {
      case 'value':
      case 'pattern': {
        const value = disc.value !== null && typeof disc.value === 'object' ? scope.hoist('FIXED', _`unknown`, literal(disc.value)) : literal(disc.value);
        calls.push(_`${scope.runtime(disc.kind === 'value' ? 'discValue' : 'discPattern')}(v, ${path}, ${value})`);
        break;
      }
      case 'exists':
        calls.push(_`${scope.runtime('discExists')}(v, ${path}, ${disc.exists})`);
        break;
      case 'type':
        calls.push(_`${scope.runtime('discType')}(v, ${path}, ${scope.hoist('TYPES', _`readonly string[]`, _`${disc.types}`)})`);
        break;
      case 'profile':
        calls.push(_`${scope.runtime('discProfile')}(v, ${path}, ${scope.check(disc.ref)}, x, d)`);
        break;
    }
  }
  // The inline tests keep the order of the discriminators among themselves; all are pure, so
  // running them before the calls changes nothing but speed.
  const parts = inline.length > 0 ? [_`${scope.runtime('isRecord')}(v)`, ...inline, ...calls] : calls;
  return parts.length === 0 ? _`true` : join(parts, ' && ');
}

/**
 * A function giving the index of the slice an item belongs to (-1 for none), when every slice is
 * told by one primitive value one step down, the same step for all (extensions by `url`,
 * identifiers by `system`): one `switch` per item instead of a call per slice. Values shared by
 * two slices go to the first, as the first slice whose discriminators hold wins.
 */
function emitIndex(rule: SlicingRule, scope: EmitScope): Code | undefined {
  let step: string | undefined;
  const cases: Code[] = [];
  const seen = new Set<string>();
  for (const [i, slice] of rule.slices.entries()) {
    const disc = slice.discriminators.length === 1 ? slice.discriminators[0] : undefined;
    if (!disc || !inlineMatch(disc, scope) || disc.kind !== 'value') return undefined;
    const name = disc.path[0]?.[0];
    if (name === undefined || (step !== undefined && name !== step)) return undefined;
    step = name;
    const key = `${typeof disc.value}:${String(disc.value)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cases.push(_`case ${literal(disc.value)}:\nreturn ${i};`);
  }
  if (step === undefined) return undefined;
  return _`(v) => {\nif (!${scope.runtime('isRecord')}(v)) return -1;\nswitch (${member(_`v`, step)}) {\n${join(cases)}\n}\nreturn -1;\n}`;
}

/**
 * The runtime `Slicing` of a rule, as a hoisted constant. Check functions are wrapped in arrows, so
 * the constant refers to other modules' functions only when it runs (module cycles stay safe).
 */
export function emitSlicing(
  rule: SlicingRule,
  base: VariantRule,
  scope: EmitScope,
  targetCheck: (target: VariantRule['target'], scope: EmitScope) => Code,
  occurrenceCheck: (variant: VariantRule, scope: EmitScope) => Code,
): Code {
  const slices = rule.slices.map((slice) => {
    const check = occurrenceCheck(slice.variant, scope);
    return _`{ name: ${slice.name}, min: ${slice.min}, max: ${slice.max}, match: (v, x, d) => ${emitMatch(slice.discriminators, scope)}, check: (v, x, q, d) => ${check}(v, x, q, d) }`;
  });
  const baseCheck = targetCheck(base.target, scope);
  const index = emitIndex(rule, scope) ?? _`undefined`;
  return scope.hoist(
    'SLICING',
    scope.runtime('Slicing'),
    _`{ rules: ${rule.rules}, ordered: ${rule.ordered}, element: ${rule.element}, base: (v, x, q, d) => ${baseCheck}(v, x, q, d), slices: [${join(slices, ', ')}], index: ${index} }`,
  );
}
