/**
 * Gives every StructureDefinition a snapshot: the published one, or one generated from the differential
 * (our own generator, see ./snapshot/: fhir-snapshot-generator was measured to produce wrong STU3
 * snapshots). Generated snapshots are memoised so a differential-only profile on top of another works.
 * Also detects circular baseDefinition chains, which would otherwise recurse forever.
 */
import { GeneratorError, isGeneratorError, withLocation } from '../errors.js';
import type { JsonObject, LoadedResource } from '../load/types.js';
import type { CanonicalIndex } from './canonical.js';
import { generateSnapshot } from './snapshot/index.js';
import type { StructureDefinitionJson } from './snapshot/json-types.js';

export interface SnapshotSource {
  readonly elements: readonly unknown[];
  readonly generated: boolean;
  readonly warnings: readonly string[];
}

function elementsOf(json: JsonObject, key: 'snapshot' | 'differential'): readonly unknown[] | undefined {
  const holder = json[key];
  if (!holder || typeof holder !== 'object') return undefined;
  const elements = (holder as JsonObject)['element'];
  return Array.isArray(elements) && elements.length > 0 ? elements : undefined;
}

export class SnapshotProvider {
  private readonly generated = new Map<string, { json: StructureDefinitionJson; warnings: readonly string[] }>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly index: CanonicalIndex) {}

  /** Throws GPC203 when following baseDefinition from `sd` comes back to a definition already seen. */
  checkBaseChain(sd: LoadedResource): void {
    const seen: string[] = [];
    let current: LoadedResource | undefined = sd;
    while (current?.url) {
      if (seen.includes(current.url)) {
        throw new GeneratorError('GPC203', `${[...seen, current.url].join(' -> ')}`, { package: sd.packageKey, file: sd.file, url: sd.url });
      }
      seen.push(current.url);
      const base: unknown = current.json['baseDefinition'];
      current = typeof base === 'string' ? this.index.find(base, 'StructureDefinition') : undefined;
    }
  }

  snapshotOf(sd: LoadedResource): SnapshotSource {
    const published = elementsOf(sd.json, 'snapshot');
    if (published) return { elements: published, generated: false, warnings: [] };
    const { json, warnings } = this.withSnapshot(sd);
    const elements = elementsOf(json as JsonObject, 'snapshot') ?? [];
    return { elements, generated: true, warnings };
  }

  private withSnapshot(sd: LoadedResource): { json: StructureDefinitionJson; warnings: readonly string[] } {
    const url = sd.url ?? sd.file;
    const cached = this.generated.get(url);
    if (cached) return cached;
    if (!elementsOf(sd.json, 'differential')) {
      throw new GeneratorError('GPC201', 'it needs one of the two to be modelled', { package: sd.packageKey, file: sd.file, url: sd.url });
    }
    if (this.inProgress.has(url)) {
      throw new GeneratorError('GPC203', `${url} needs itself to generate its snapshot (through its baseDefinition or a type profile)`, { package: sd.packageKey, file: sd.file, url: sd.url });
    }
    this.inProgress.add(url);
    try {
      const result = generateSnapshot(sd.json as StructureDefinitionJson, (baseUrl) => {
        const base = this.index.find(baseUrl, 'StructureDefinition');
        if (!base) return undefined;
        return elementsOf(base.json, 'snapshot') ? (base.json as StructureDefinitionJson) : this.withSnapshot(base).json;
      });
      const json = { ...(sd.json as StructureDefinitionJson), snapshot: { element: result.element } } as StructureDefinitionJson;
      const entry = { json, warnings: result.warnings };
      this.generated.set(url, entry);
      return entry;
    } catch (error) {
      // The snapshot generator knows the profile's URL; the user also wants the package and file. (A base
      // generated on the way has already added its own.)
      if (isGeneratorError(error) && error.location.package === undefined) throw withLocation(error, { package: sd.packageKey, file: sd.file });
      throw error;
    } finally {
      this.inProgress.delete(url);
    }
  }
}
