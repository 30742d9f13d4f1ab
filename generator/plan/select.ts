/**
 * Which structures the package declares, from the include/exclude globs. Base types are always kept
 * (everything is built on them). A kept profile pulls in the profiles it uses through `type.profile`
 * (its extensions, datatype profiles) unless those are excluded explicitly, so that `include` of one
 * profile still types its extensions precisely. An excluded profile that others use falls back to the
 * base type there.
 */
import type { IrElement, IrStructure } from '../ir/types.js';
import { matchesAny } from './globs.js';

export interface Selection {
  readonly structures: readonly IrStructure[];
  readonly excluded: readonly string[];
}

function usedProfiles(element: IrElement, into: Set<string>): void {
  for (const type of element.types) for (const url of type.profiles) into.add(url);
  for (const child of element.children) usedProfiles(child, into);
  for (const slice of element.slices) usedProfiles(slice, into);
}

export function selectStructures(all: readonly IrStructure[], include: readonly string[], exclude: readonly string[]): Selection {
  const byUrl = new Map(all.map((s) => [s.url, s]));
  const kept = new Set<IrStructure>();
  const queue: IrStructure[] = [];
  const keep = (s: IrStructure) => {
    if (kept.has(s)) return;
    kept.add(s);
    queue.push(s);
  };
  for (const s of all) {
    if (s.derivation === 'specialization' || (matchesAny(s.url, include) && !matchesAny(s.url, exclude))) keep(s);
  }
  while (queue.length > 0) {
    const next = queue.pop();
    if (!next) break;
    const urls = new Set<string>();
    usedProfiles(next.root, urls);
    if (next.baseDefinition) urls.add(next.baseDefinition);
    for (const url of urls) {
      const used = byUrl.get(url);
      if (used && !matchesAny(used.url, exclude)) keep(used);
    }
  }
  return { structures: all.filter((s) => kept.has(s)), excluded: all.filter((s) => !kept.has(s)).map((s) => s.url) };
}
