/**
 * Property merge rules for laying a differential element over the element it constrains (STU3
 * profiling.html#snapshot): the differential wins, except that constraints, mappings, conditions, aliases
 * and element extensions are added to what the base already says. `base` is always the base's.
 */
import type { ElementBaseJson, ElementDefinitionJson, TypeRefJson } from './json-types.js';

/** Properties that are never copied from the differential as they stand. */
const SPECIAL = new Set(['id', 'path', 'base', 'slicing', 'constraint', 'mapping', 'condition', 'alias', 'extension', 'type', 'binding']);

function isChoiceValueKey(key: string, prefix: 'fixed' | 'pattern' | 'defaultValue' | 'minValue' | 'maxValue'): boolean {
  return key.startsWith(prefix) && key.length > prefix.length && /^[A-Z]/.test(key.slice(prefix.length));
}

const CHOICE_PREFIXES = ['fixed', 'pattern', 'defaultValue', 'minValue', 'maxValue'] as const;

export function cloneElement(element: ElementDefinitionJson): ElementDefinitionJson {
  return structuredClone(element);
}

/** `ElementDefinition.base` of a snapshot element: inherited as is, or this base element when it defines itself. */
export function baseOf(element: ElementDefinitionJson): ElementBaseJson {
  if (element.base) return structuredClone(element.base);
  return { path: element.path, min: element.min ?? 0, max: element.max ?? '*' };
}

function appendUnique<T>(list: T[] | undefined, added: readonly T[] | undefined, sameAs: (a: T, b: T) => boolean): T[] | undefined {
  if (!added || added.length === 0) return list;
  const result = list ? [...list] : [];
  for (const item of added) {
    const at = result.findIndex((existing) => sameAs(existing, item));
    // A same-key entry from the differential replaces the inherited one (it is a restatement).
    if (at >= 0) result[at] = structuredClone(item);
    else result.push(structuredClone(item));
  }
  return result;
}

/**
 * Lays `diff` over `outcome` in place. Returns human-readable notes on constraints that loosen the base
 * (they are applied anyway: the published profile is what it is, and a validator should see it).
 */
export function applyDifferential(outcome: ElementDefinitionJson, diff: ElementDefinitionJson): string[] {
  const notes: string[] = [];
  for (const [key, value] of Object.entries(diff)) {
    // `__proto__` is no ElementDefinition property; assigned, it would replace the element's prototype.
    if (SPECIAL.has(key) || key === '__proto__' || value === undefined) continue;
    // A new fixed/pattern/default of another type replaces the inherited one, not sits beside it.
    const prefix = CHOICE_PREFIXES.find((p) => isChoiceValueKey(key, p));
    if (prefix) {
      for (const existing of Object.keys(outcome)) {
        if (isChoiceValueKey(existing, prefix) && existing !== key) delete outcome[existing];
      }
    }
    outcome[key] = structuredClone(value);
  }
  if (diff['binding'] !== undefined) outcome['binding'] = mergeBinding(outcome['binding'], diff['binding']);
  if (diff.type) {
    notes.push(...typeNotes(outcome.type, diff.type));
    outcome.type = structuredClone(diff.type);
  }
  outcome.constraint = appendUnique(outcome.constraint, diff.constraint, (a, b) => a.key !== undefined && a.key === b.key);
  outcome.mapping = appendUnique(outcome.mapping, diff.mapping, (a, b) => a.identity === b.identity && a.map === b.map);
  outcome.condition = appendUnique(outcome.condition, diff.condition, (a, b) => a === b);
  outcome.alias = appendUnique(outcome.alias, diff.alias, (a, b) => a === b);
  outcome.extension = appendUnique(outcome.extension, diff.extension, (a, b) => a.url !== undefined && a.url === b.url);
  for (const key of ['constraint', 'mapping', 'condition', 'alias', 'extension'] as const) {
    if (outcome[key] === undefined) delete outcome[key];
  }
  return notes;
}

const VALUE_SET_KEYS = ['valueSetUri', 'valueSetReference', '_valueSetUri', 'valueSet', '_valueSet'];

/**
 * A differential binding replaces the base's field by field: NHS profiles often restate only the
 * strength or description (`Appointment.reason`), and the base's value set still applies. A new value
 * set replaces the old one whichever STU3 spelling (uri or reference) each uses.
 */
function mergeBinding(base: unknown, diff: unknown): unknown {
  if (!base || typeof base !== 'object' || !diff || typeof diff !== 'object') return structuredClone(diff);
  const merged: Record<string, unknown> = { ...structuredClone(base as Record<string, unknown>) };
  const added = diff as Record<string, unknown>;
  if (VALUE_SET_KEYS.some((key) => key in added)) for (const key of VALUE_SET_KEYS) delete merged[key];
  return { ...merged, ...structuredClone(added) };
}

/** Notes when the differential names a type code the base does not allow. */
function typeNotes(base: readonly TypeRefJson[] | undefined, diff: readonly TypeRefJson[]): string[] {
  if (!base || base.length === 0) return [];
  const allowed = new Set(base.map((t) => t.code));
  // `*` (any type) and the abstract bases allow anything.
  if (allowed.has('*') || allowed.has('Element') || allowed.has('BackboneElement')) return [];
  return diff
    .filter((t) => t.code !== undefined && !allowed.has(t.code))
    .map((t) => `type ${String(t.code)} is not one of the base types (${[...allowed].join(', ')})`);
}

/**
 * Takes over what the root of a type profile says about the element as a whole. For an extension
 * definition that is its description and cardinality (the NHS snapshots, like STU3-era HL7 tooling, give
 * `Patient.extension:residentialStatus` the definition's 0..1 when the profile says nothing); a datatype
 * profile's root describes the datatype in general, so only its invariants are added.
 */
export function applyProfileRoot(outcome: ElementDefinitionJson, root: ElementDefinitionJson, isExtension: boolean): void {
  if (isExtension) {
    for (const key of ['short', 'definition', 'comment', 'requirements', 'isModifier', 'min', 'max']) {
      if (root[key] !== undefined) outcome[key] = structuredClone(root[key]);
    }
  }
  outcome.constraint = appendUnique(outcome.constraint, root.constraint, (a, b) => a.key !== undefined && a.key === b.key);
  outcome.condition = appendUnique(outcome.condition, root.condition, (a, b) => a === b);
  if (outcome.constraint === undefined) delete outcome.constraint;
  if (outcome.condition === undefined) delete outcome.condition;
}

/** Notes when a differential's cardinality is wider than the base's (it is applied regardless). */
export function cardinalityNotes(base: ElementDefinitionJson, diff: ElementDefinitionJson): string[] {
  const notes: string[] = [];
  if (diff.min !== undefined && base.min !== undefined && diff.min < base.min) {
    notes.push(`min ${diff.min} is below the base min ${base.min}`);
  }
  if (diff.max !== undefined && base.max !== undefined && base.max !== '*' && (diff.max === '*' || Number(diff.max) > Number(base.max))) {
    notes.push(`max ${diff.max} is above the base max ${base.max}`);
  }
  return notes;
}
