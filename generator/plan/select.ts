/**
 * Which structures the package declares, from the include/exclude globs. Everything a kept structure
 * needs is kept too: its base definition, the base types of its elements, and the profiles it uses
 * through `type.profile` (its extensions, datatype profiles) unless those are excluded explicitly, so
 * `include` of one profile gives a small package that still types it fully. An excluded profile that
 * others use falls back to the base type there. The fundamental types (primitives, Element, Extension,
 * Resource...) are always kept. With the default `include: ["*"]` everything is kept.
 */
import type { IrElement, IrStructure } from '../ir/types.js';
import { matchesAny } from './globs.js';

export interface Selection {
  readonly structures: readonly IrStructure[];
  readonly excluded: readonly string[];
}

const FUNDAMENTAL_TYPES = new Set(['Element', 'BackboneElement', 'Extension', 'Resource', 'DomainResource', 'Meta', 'Narrative']);

function usedProfiles(element: IrElement, into: Set<string>, codes: Set<string>): void {
  for (const type of element.types) {
    codes.add(type.code);
    for (const url of type.profiles) into.add(url);
  }
  for (const child of element.children) usedProfiles(child, into, codes);
  for (const slice of element.slices) usedProfiles(slice, into, codes);
}

export function selectStructures(all: readonly IrStructure[], include: readonly string[], exclude: readonly string[]): Selection {
  const byUrl = new Map(all.map((s) => [s.url, s]));
  const byType = new Map<string, IrStructure>();
  for (const s of all) if (s.derivation === 'specialization' && !byType.has(s.type)) byType.set(s.type, s);
  const kept = new Set<IrStructure>();
  const queue: IrStructure[] = [];
  const keep = (s: IrStructure) => {
    if (kept.has(s)) return;
    kept.add(s);
    queue.push(s);
  };
  for (const s of all) {
    const fundamental = s.derivation === 'specialization' && (s.kind === 'primitive-type' || FUNDAMENTAL_TYPES.has(s.type));
    if (fundamental || (matchesAny(s.url, include) && !matchesAny(s.url, exclude))) keep(s);
  }
  while (queue.length > 0) {
    const next = queue.pop();
    if (!next) break;
    const urls = new Set<string>();
    const codes = new Set<string>([next.type]);
    usedProfiles(next.root, urls, codes);
    if (next.baseDefinition) urls.add(next.baseDefinition);
    for (const url of urls) {
      const used = byUrl.get(url);
      if (used && (used.derivation === 'specialization' || !matchesAny(used.url, exclude))) keep(used);
    }
    for (const code of codes) {
      const base = byType.get(code);
      if (base) keep(base);
    }
  }
  return { structures: all.filter((s) => kept.has(s)), excluded: all.filter((s) => !kept.has(s)).map((s) => s.url) };
}
