/**
 * What changed on one element between two builds, ignoring its children (tree-walk.ts handles those):
 * cardinality, allowed types and profiles, required code lists, fixed and pattern values, slicing rules,
 * maxLength and invariants. Documentation text is not part of the API and is not compared.
 */
import type { IrBinding, IrElement, IrFixedValue, IrType } from '../ir/types.js';
import { makeChange, type Change } from './types.js';

/**
 * The minimum that applies: required slices make their element required too (the types emitter does the
 * same), whether or not a snapshot writer raised the element's own `min` to match.
 */
export function effectiveMin(element: Pick<IrElement, 'min' | 'slices'>): number {
  const fromSlices = element.slices.filter((s) => s.max !== 0).reduce((sum, s) => sum + s.min, 0);
  return Math.max(element.min, fromSlices);
}

export function cardinality(element: Pick<IrElement, 'min' | 'max' | 'slices'>): string {
  return `${effectiveMin(element)}..${element.max === undefined ? '*' : element.max}`;
}

/** Upper bound as a number (unbounded = Infinity), for comparisons. */
function upper(max: number | undefined): number {
  return max === undefined ? Number.POSITIVE_INFINITY : max;
}

/** Short text for lists in reports: the first few, then a count. */
export function listText(items: readonly string[], limit = 8): string {
  if (items.length <= limit) return items.join(', ');
  return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;
}

function valueText(value: IrFixedValue | undefined): string | undefined {
  if (!value) return undefined;
  const json = JSON.stringify(value.value);
  return `${value.type} ${json.length > 120 ? `${json.slice(0, 117)}...` : json}`;
}

function sameValue(a: IrFixedValue | undefined, b: IrFixedValue | undefined): boolean {
  return a?.type === b?.type && JSON.stringify(a?.value) === JSON.stringify(b?.value);
}

function valueChanges(id: string, kind: 'fixed' | 'pattern', a: IrFixedValue | undefined, b: IrFixedValue | undefined): Change[] {
  if (sameValue(a, b)) return [];
  const [from, to] = [valueText(a), valueText(b)];
  if (!a) return [makeChange(`${kind}-added`, id, from, to)];
  if (!b) return [makeChange(`${kind}-removed`, id, from, to)];
  return [makeChange(`${kind}-changed`, id, from, to)];
}

function cardinalityChanges(id: string, a: IrElement, b: IrElement): Change[] {
  const changes: Change[] = [];
  const [from, to] = [cardinality(a), cardinality(b)];
  const [minA, minB] = [effectiveMin(a), effectiveMin(b)];
  if (minA === 0 && minB > 0) changes.push(makeChange('became-required', id, from, to));
  else if (minA > 0 && minB === 0) changes.push(makeChange('became-optional', id, from, to));
  else if (minB > minA) changes.push(makeChange('min-increased', id, from, to));
  else if (minB < minA) changes.push(makeChange('min-decreased', id, from, to));
  if (upper(b.max) < upper(a.max)) changes.push(makeChange('max-narrowed', id, from, to));
  else if (upper(b.max) > upper(a.max)) changes.push(makeChange('max-widened', id, from, to));
  return changes;
}

function setDiff(a: Iterable<string>, b: Iterable<string>): { removed: string[]; added: string[] } {
  const [sa, sb] = [new Set(a), new Set(b)];
  const sort = (list: string[]) => list.sort((x, y) => x.localeCompare(y, 'en-US', { numeric: true }));
  return { removed: sort([...sa].filter((x) => !sb.has(x))), added: sort([...sb].filter((x) => !sa.has(x))) };
}

function typeChanges(id: string, a: readonly IrType[], b: readonly IrType[]): Change[] {
  const changes: Change[] = [];
  const codes = setDiff(
    a.map((t) => t.code),
    b.map((t) => t.code),
  );
  const [from, to] = [a.map((t) => t.code).join(' | '), b.map((t) => t.code).join(' | ')];
  if (codes.removed.length > 0) changes.push(makeChange('types-narrowed', id, from, to, `removed: ${codes.removed.join(', ')}`));
  if (codes.added.length > 0) changes.push(makeChange('types-widened', id, from, to, `added: ${codes.added.join(', ')}`));
  for (const typeA of a) {
    const typeB = b.find((t) => t.code === typeA.code);
    if (!typeB) continue;
    const profiles = setDiff(typeA.profiles, typeB.profiles);
    if (profiles.added.length > 0 || profiles.removed.length > 0) {
      changes.push(makeChange('type-profile-changed', id, `${typeA.code} ${typeA.profiles.join(', ') || '(base)'}`, `${typeB.code} ${typeB.profiles.join(', ') || '(base)'}`));
    }
    // No target profiles means "any resource": going from none to some narrows, from some to none widens.
    const targets = setDiff(typeA.targetProfiles, typeB.targetProfiles);
    const [targetsFrom, targetsTo] = [typeA.targetProfiles.join(', ') || 'any', typeB.targetProfiles.join(', ') || 'any'];
    const narrowed = typeB.targetProfiles.length > 0 && (typeA.targetProfiles.length === 0 || targets.removed.length > 0);
    const widened = typeA.targetProfiles.length > 0 && (typeB.targetProfiles.length === 0 || targets.added.length > 0);
    if (narrowed) changes.push(makeChange('target-profiles-narrowed', id, targetsFrom, targetsTo, targets.removed.length > 0 ? `no longer allowed: ${listText(targets.removed)}` : undefined));
    if (widened) changes.push(makeChange('target-profiles-widened', id, targetsFrom, targetsTo, targets.added.length > 0 ? `now allowed: ${listText(targets.added)}` : undefined));
  }
  return changes;
}

function codeKey(code: { system: string | undefined; code: string }): string {
  return code.system ? `${code.system}|${code.code}` : code.code;
}

function bindingText(binding: IrBinding | undefined): string | undefined {
  if (!binding) return undefined;
  const size = binding.expansion ? ` (${binding.expansion.length} codes)` : '';
  return `${binding.strength} ${binding.resolvedValueSet ?? binding.valueSet ?? '(no value set)'}${size}`;
}

/** Only required bindings constrain the API (literal unions, validators); weaker ones are documentation. */
function bindingChanges(id: string, a: IrBinding | undefined, b: IrBinding | undefined): Change[] {
  const requiredA = a?.strength === 'required' ? a : undefined;
  const requiredB = b?.strength === 'required' ? b : undefined;
  const [from, to] = [bindingText(a), bindingText(b)];
  if (!requiredA && !requiredB) return [];
  if (!requiredA) return [makeChange('binding-required', id, from, to)];
  if (!requiredB) return [makeChange('binding-relaxed', id, from, to)];
  if (requiredA.expansion && requiredB.expansion) {
    const codes = setDiff(requiredA.expansion.map(codeKey), requiredB.expansion.map(codeKey));
    const changes: Change[] = [];
    if (codes.removed.length > 0) changes.push(makeChange('codes-narrowed', id, from, to, `removed: ${listText(codes.removed)}`));
    if (codes.added.length > 0) changes.push(makeChange('codes-widened', id, from, to, `added: ${listText(codes.added)}`));
    return changes;
  }
  const [vsA, vsB] = [requiredA.resolvedValueSet ?? requiredA.valueSet, requiredB.resolvedValueSet ?? requiredB.valueSet];
  return vsA === vsB ? [] : [makeChange('binding-value-set-changed', id, from, to)];
}

function slicingChanges(id: string, a: IrElement, b: IrElement): Change[] {
  if (!a.slicing || !b.slicing) return []; // slicing appearing or going shows as slices added or removed
  const changes: Change[] = [];
  if (a.slicing.rules !== 'closed' && b.slicing.rules === 'closed') changes.push(makeChange('slicing-closed', id, a.slicing.rules, b.slicing.rules));
  if (a.slicing.rules === 'closed' && b.slicing.rules !== 'closed') changes.push(makeChange('slicing-opened', id, a.slicing.rules, b.slicing.rules));
  const text = (s: NonNullable<IrElement['slicing']>) => s.discriminators.map((d) => `${d.type}:${d.path}`).join(', ');
  if (text(a.slicing) !== text(b.slicing)) changes.push(makeChange('slicing-discriminator-changed', id, text(a.slicing), text(b.slicing)));
  return changes;
}

/** FHIR caps every string at 1 MiB; some snapshots write that cap out as a maxLength, which is no constraint. */
const FHIR_STRING_LIMIT = 1024 * 1024;

function maxLengthChanges(id: string, a: number | undefined, b: number | undefined): Change[] {
  const limit = (n: number | undefined) => (n === undefined || n >= FHIR_STRING_LIMIT ? Number.POSITIVE_INFINITY : n);
  const [ua, ub] = [limit(a), limit(b)];
  const text = (n: number | undefined) => (n === undefined ? 'none' : String(n));
  if (ub < ua) return [makeChange('max-length-narrowed', id, text(a), text(b))];
  if (ub > ua) return [makeChange('max-length-widened', id, text(a), text(b))];
  return [];
}

/**
 * ele-1 ("all elements have a value or children") and ext-1 ("an extension has a value or extensions, not
 * both") hold for every element of every FHIR resource whether or not a snapshot repeats them; published
 * snapshots repeat them on every element and generated ones do not, so comparing them would only report
 * how a snapshot was made.
 */
const UNIVERSAL_INVARIANTS = new Set(['ele-1', 'ext-1']);

/**
 * Invariants by key; only error-severity ones are enforced by validators, so only those are API. The
 * invariants of an element's datatype (per-1 of Period, ref-1 of Reference) apply wherever the type is
 * used; some snapshots copy them onto each element and some do not, so they are left out here (`inherent`
 * names them for each side) and compared where they are defined, on the datatype.
 */
function constraintChanges(id: string, a: IrElement, b: IrElement, inherent: Inherent): Change[] {
  const enforced = (e: IrElement, skip: ReadonlySet<string>) =>
    new Map(e.constraints.filter((c) => c.severity === 'error' && !UNIVERSAL_INVARIANTS.has(c.key) && !skip.has(c.key)).map((c) => [c.key, c]));
  const [ca, cb] = [enforced(a, inherent.from), enforced(b, inherent.to)];
  const changes: Change[] = [];
  for (const [key, c] of cb) {
    const old = ca.get(key);
    if (!old) changes.push(makeChange('constraint-added', id, undefined, key, c.expression ?? c.human));
    else if ((old.expression ?? '') !== (c.expression ?? '')) changes.push(makeChange('constraint-changed', id, `${key}: ${old.expression ?? ''}`, `${key}: ${c.expression ?? ''}`));
  }
  for (const [key, c] of ca) if (!cb.has(key)) changes.push(makeChange('constraint-removed', id, key, undefined, c.expression ?? c.human));
  return changes;
}

/** Invariant keys that come with the element's types, on each side. */
export interface Inherent {
  readonly from: ReadonlySet<string>;
  readonly to: ReadonlySet<string>;
}

/** Changes to the element itself, labelled with `id`. */
export function elementChanges(id: string, a: IrElement, b: IrElement, inherent: Inherent = { from: new Set(), to: new Set() }): Change[] {
  return [
    ...cardinalityChanges(id, a, b),
    ...typeChanges(id, a.types, b.types),
    ...bindingChanges(id, a.binding, b.binding),
    ...valueChanges(id, 'fixed', a.fixed, b.fixed),
    ...valueChanges(id, 'pattern', a.pattern, b.pattern),
    ...slicingChanges(id, a, b),
    ...maxLengthChanges(id, a.maxLength, b.maxLength),
    ...constraintChanges(id, a, b, inherent),
  ];
}
