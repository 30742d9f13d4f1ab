/**
 * Canonical URL resolution over the loaded packages, tolerant of the problems the real NHS data has
 * (../shared/fhir-packages/README.md): stray whitespace in URLs, `url|version` references, the same name
 * published under two NHS domains, and the same URL shipped by more than one package (the package nearest
 * the configured root wins, and the duplicate is reported). Every miss is recorded once per (kind, url)
 * with the resources that used it, for the run summary.
 */
import type { LoadedResource } from '../load/types.js';
import type { IrDuplicate, IrUnresolved } from './types.js';

/** NHS profiles mix these two domains for the same names; a miss on one is retried on the other. */
const NHS_DOMAINS = ['https://fhir.hl7.org.uk/STU3/', 'https://fhir.nhs.uk/STU3/'] as const;

export function normaliseCanonical(url: string): { url: string; version: string | undefined } {
  const trimmed = url.trim();
  const bar = trimmed.indexOf('|');
  if (bar < 0) return { url: trimmed, version: undefined };
  return { url: trimmed.slice(0, bar), version: trimmed.slice(bar + 1) || undefined };
}

function alternateDomain(url: string): string | undefined {
  for (const [index, domain] of NHS_DOMAINS.entries()) {
    if (url.startsWith(domain)) return NHS_DOMAINS[1 - index] + url.slice(domain.length);
  }
  return undefined;
}

export class CanonicalIndex {
  private readonly byUrl = new Map<string, LoadedResource[]>();
  private readonly misses = new Map<string, { kind: IrUnresolved['kind']; url: string; usedBy: Set<string>; fallback: string }>();

  constructor(resources: readonly LoadedResource[]) {
    for (const resource of resources) {
      if (!resource.url) continue;
      const key = normaliseCanonical(resource.url).url;
      const list = this.byUrl.get(key) ?? [];
      list.push(resource);
      this.byUrl.set(key, list);
    }
    for (const list of this.byUrl.values()) list.sort((a, b) => a.packageRank - b.packageRank || a.file.localeCompare(b.file, 'en-US'));
  }

  /** The resource for a canonical reference, or undefined (nothing is recorded: see `resolveOrReport`). */
  find(reference: string, resourceType?: string): LoadedResource | undefined {
    const { url, version } = normaliseCanonical(reference);
    const candidates = this.candidates(url, resourceType) ?? this.candidates(alternateDomain(url), resourceType);
    if (!candidates) return undefined;
    return (version && candidates.find((c) => c.version === version)) || candidates[0];
  }

  /** Like `find`, but a miss is recorded for the run summary together with what generation did instead. */
  resolveOrReport(reference: string, resourceType: string, kind: IrUnresolved['kind'], usedBy: string, fallback: string): LoadedResource | undefined {
    const found = this.find(reference, resourceType);
    if (found) return found;
    const url = normaliseCanonical(reference).url;
    const key = `${kind} ${url}`;
    const miss = this.misses.get(key) ?? { kind, url, usedBy: new Set<string>(), fallback };
    miss.usedBy.add(usedBy);
    this.misses.set(key, miss);
    return undefined;
  }

  /** All resources of a type, one per canonical URL (the winning package's). */
  all(resourceType: string): LoadedResource[] {
    const result: LoadedResource[] = [];
    for (const list of this.byUrl.values()) {
      const winner = list.find((r) => r.resourceType === resourceType);
      if (winner) result.push(winner);
    }
    return result.sort((a, b) => (a.url ?? '').localeCompare(b.url ?? '', 'en-US'));
  }

  duplicates(): IrDuplicate[] {
    const result: IrDuplicate[] = [];
    for (const [url, list] of this.byUrl) {
      const packages = [...new Set(list.map((r) => `${r.packageKey} (${r.resourceType} ${r.version ?? 'no version'})`))];
      const first = packages[0];
      if (packages.length > 1 && first) result.push({ url, chosen: first, ignored: packages.slice(1) });
    }
    return result.sort((a, b) => a.url.localeCompare(b.url, 'en-US'));
  }

  unresolved(): IrUnresolved[] {
    return [...this.misses.values()]
      .map((m) => ({ kind: m.kind, url: m.url, usedBy: [...m.usedBy].sort(), fallback: m.fallback }))
      .sort((a, b) => a.kind.localeCompare(b.kind, 'en-US') || a.url.localeCompare(b.url, 'en-US'));
  }

  private candidates(url: string | undefined, resourceType: string | undefined): LoadedResource[] | undefined {
    if (!url) return undefined;
    const list = this.byUrl.get(url)?.filter((r) => !resourceType || r.resourceType === resourceType);
    return list && list.length > 0 ? list : undefined;
  }
}
