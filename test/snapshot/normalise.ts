/**
 * Test helper: reduces an ElementDefinition to the properties the snapshot comparison checks, in a form
 * where equal meaning gives equal text. The equivalences applied, and why:
 *  - ids: published NHS snapshots write a choice restricted to one type as `value[x]`,
 *    `value[x]:valueQuantity`, `valueQuantity:valueQuantity` (and once `value[x]:valueAppromimate` for
 *    path `valueBoolean`); the path says which type it is, so all (and our `valueQuantity:valueQuantity`)
 *    become `valueQuantity`.
 *  - URLs are trimmed (the NHS data has stray spaces); STU3 `profile` strings and R4 lists compare equal.
 *  - `slicing.ordered` absent means false (the spec's default).
 *  - an `extension`/`modifierExtension` element without slicing equals one with the default url slicing:
 *    STU3 says extensions are always sliced by url; Forge (which made the NHS snapshots) writes that
 *    slicing on every extension element, while the HL7 core snapshots we start from write it on some
 *    (`Identifier.extension`) and not others (`Patient.extension`). Counted separately in the report.
 */
import type { ElementDefinitionJson, TypeRefJson } from '../../generator/ir/snapshot/json-types.js';

export const COMPARED = ['path', 'sliceName', 'min', 'max', 'type', 'fixed', 'pattern', 'binding', 'slicing', 'contentReference'] as const;
export type ComparedProperty = (typeof COMPARED)[number];
export type Comparable = Record<ComparedProperty, string>;

/**
 * The id with every choice-type segment replaced by the element's actual path segment: ids have one
 * segment per path segment, and for a choice restricted to one type the path says which type.
 */
export function normaliseId(id: string, path: string): string {
  const pathSegments = path.split('.');
  const idSegments = id.split('.');
  const aligned = idSegments.length === pathSegments.length;
  return idSegments
    .map((segment, i) => {
      const colon = segment.indexOf(':');
      const name = colon < 0 ? segment : segment.slice(0, colon);
      const slice = colon < 0 ? undefined : segment.slice(colon + 1);
      const actual = aligned ? pathSegments[i]! : slice ?? name;
      if (name.endsWith('[x]')) return actual;
      if (slice === undefined) return segment;
      return name === slice ? name : segment;
    })
    .join('.');
}

/** Stable JSON: object keys sorted, strings trimmed. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(typeof value === 'string' ? value.trim() : value) ?? 'undefined';
}

function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => v.trim());
}

function typeKey(types: readonly TypeRefJson[] | undefined): string {
  return (types ?? [])
    .map((t) => `${t.code ?? ''}|${list(t.profile).join(' ')}|${list(t.targetProfile).join(' ')}`)
    .sort()
    .join(' ; ');
}

function prefixed(element: ElementDefinitionJson, prefix: 'fixed' | 'pattern'): string {
  const keys = Object.keys(element).filter((k) => k.startsWith(prefix) && /^[A-Z]/.test(k.slice(prefix.length)));
  return keys.sort().map((k) => `${k}=${canonical(element[k])}`).join(' ; ');
}

function bindingKey(binding: unknown): string {
  if (!binding || typeof binding !== 'object') return '';
  const b = binding as { strength?: string; valueSetUri?: string; valueSetReference?: { reference?: string }; valueSet?: string };
  const valueSet = b.valueSetReference?.reference ?? b.valueSetUri ?? b.valueSet ?? '';
  return `${b.strength ?? ''} ${valueSet.trim()}`;
}

const DEFAULT_EXTENSION_SLICING = 'url:value|open|false';

function isExtensionElement(path: string): boolean {
  return /\.(extension|modifierExtension)$/.test(path);
}

export function slicingKey(element: ElementDefinitionJson): string {
  const s = element.slicing;
  if (!s) return isExtensionElement(element.path) ? DEFAULT_EXTENSION_SLICING : '';
  const discriminators = (s.discriminator ?? []).map((d) => `${d.path ?? ''}:${d.type ?? ''}`).join(',');
  return `${discriminators}|${s.rules ?? ''}|${s.ordered === true}`;
}

/** Whether the extension-slicing equivalence decided this element's slicing key. */
export function usesExtensionSlicingRule(a: ElementDefinitionJson, b: ElementDefinitionJson): boolean {
  return isExtensionElement(a.path) && !a.slicing !== !b.slicing;
}

export function comparable(element: ElementDefinitionJson): Comparable {
  return {
    path: element.path,
    sliceName: element.sliceName ?? '',
    min: String(element.min ?? ''),
    max: String(element.max ?? ''),
    type: typeKey(element.type),
    fixed: prefixed(element, 'fixed'),
    pattern: prefixed(element, 'pattern'),
    binding: bindingKey(element['binding']),
    slicing: slicingKey(element),
    contentReference: String(element.contentReference ?? ''),
  };
}
