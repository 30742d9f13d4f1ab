/**
 * Reads one ElementDefinition (STU3, tolerating R4 spellings) into the IR's element fields. Children and
 * slices are attached later by element-tree.ts. Every URL is trimmed here: the NHS data has stray spaces.
 */
import type { JsonObject } from '../load/types.js';
import { asArray as arr, asObject as obj, asString as str } from './json-read.js';
import type {
  BindingStrength, DiscriminatorType, IrConstraint, IrDiscriminator, IrDocs, IrFixedValue, IrSlicing, IrType, SlicingRules,
} from './types.js';

export interface RawBinding {
  readonly strength: BindingStrength;
  readonly description: string | undefined;
  readonly valueSet: string | undefined;
}


function urls(value: unknown): string[] {
  // STU3: a single string; R4: an array of strings.
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter((v) => v.length > 0);
}

/** Groups STU3's one-entry-per-profile `type` list by code, keeping first-seen order. */
export function readTypes(element: JsonObject): IrType[] {
  const byCode = new Map<string, { code: string; profiles: string[]; targetProfiles: string[] }>();
  for (const item of arr(element['type'])) {
    const type = obj(item);
    const code = type && str(type['code']);
    // Primitive types' own `value` element has no code (only `_code` extensions); it is not a JSON property.
    if (!type || !code) continue;
    const entry = byCode.get(code) ?? { code, profiles: [], targetProfiles: [] };
    for (const url of urls(type['profile'])) if (!entry.profiles.includes(url)) entry.profiles.push(url);
    for (const url of urls(type['targetProfile'])) if (!entry.targetProfiles.includes(url)) entry.targetProfiles.push(url);
    byCode.set(code, entry);
  }
  return [...byCode.values()];
}

function readPrefixed(element: JsonObject, prefix: 'fixed' | 'pattern'): IrFixedValue | undefined {
  for (const key of Object.keys(element)) {
    if (key.startsWith(prefix) && key.length > prefix.length && /^[A-Z]/.test(key.slice(prefix.length))) {
      return { type: key.slice(prefix.length), value: element[key] };
    }
  }
  return undefined;
}

export function readFixed(element: JsonObject): IrFixedValue | undefined {
  return readPrefixed(element, 'fixed');
}

export function readPattern(element: JsonObject): IrFixedValue | undefined {
  return readPrefixed(element, 'pattern');
}

const STRENGTHS: readonly BindingStrength[] = ['required', 'extensible', 'preferred', 'example'];

export function readBinding(element: JsonObject): RawBinding | undefined {
  const binding = obj(element['binding']);
  if (!binding) return undefined;
  const strength = STRENGTHS.find((s) => s === binding['strength']);
  if (!strength) return undefined;
  const valueSet =
    str(obj(binding['valueSetReference'])?.['reference']) ?? str(binding['valueSetUri']) ?? str(binding['valueSet']);
  return { strength, description: str(binding['description']), valueSet: valueSet?.trim() || undefined };
}

const DISCRIMINATOR_TYPES: readonly DiscriminatorType[] = ['value', 'exists', 'pattern', 'type', 'profile'];
const RULES: readonly SlicingRules[] = ['closed', 'open', 'openAtEnd'];

/** Returns the slicing, or a string naming what is wrong with it. */
export function readSlicing(element: JsonObject): IrSlicing | string | undefined {
  const slicing = obj(element['slicing']);
  if (!slicing) return undefined;
  const discriminators: IrDiscriminator[] = [];
  for (const item of arr(slicing['discriminator'])) {
    const d = obj(item);
    const type = DISCRIMINATOR_TYPES.find((t) => t === d?.['type']);
    const path = d && str(d['path']);
    if (!type || path === undefined) return `discriminator ${JSON.stringify(item)} has no valid type and path`;
    discriminators.push({ type, path });
  }
  return {
    discriminators,
    rules: RULES.find((r) => r === slicing['rules']) ?? 'open',
    ordered: slicing['ordered'] === true,
    description: str(slicing['description']),
  };
}

export function readConstraints(element: JsonObject): IrConstraint[] {
  const result: IrConstraint[] = [];
  for (const item of arr(element['constraint'])) {
    const c = obj(item);
    const key = c && str(c['key']);
    if (!c || !key) continue;
    result.push({
      key,
      severity: c['severity'] === 'warning' ? 'warning' : 'error',
      human: str(c['human']) ?? '',
      expression: str(c['expression']),
    });
  }
  return result;
}

export function readDocs(element: JsonObject): IrDocs {
  return {
    short: str(element['short']),
    definition: str(element['definition']),
    comment: str(element['comment']) ?? str(element['comments']),
    requirements: str(element['requirements']),
  };
}

export function readMax(value: unknown): number | undefined {
  if (value === '*' || value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}
