/**
 * Test helper: indexes the StructureDefinitions of FHIR package folders on disk by canonical URL
 * (trimmed: the NHS data has stray spaces), reading each file once. Deliberately independent of the
 * load phase so that the snapshot tests exercise the generator alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StructureDefinitionJson } from '../../generator/ir/snapshot/json-types.js';

export const PACKAGES_DIR = '/work/shared/fhir-packages';
export const CORE = 'hl7.fhir.core#3.0.1';
export const GPCONNECT = 'nhsconnect.gpconnect-fhir#1.5.0';
export const CARECONNECT = 'nhsconnect.gpconnect-fhir.careconnect-base#1.5.0';
export const STU3_ASSETS = 'nhsconnect.stu3-fhir-assets.gpconnect#0.0.0-develop.4543c050';

export interface IndexedDefinition {
  readonly file: string;
  readonly packageId: string;
  readonly sd: StructureDefinitionJson;
}

/** All StructureDefinition files of one package folder, in file-name order. */
export function loadPackage(packageId: string): IndexedDefinition[] {
  const dir = join(PACKAGES_DIR, packageId, 'package');
  return readdirSync(dir)
    .filter((name) => name.startsWith('StructureDefinition-') && name.endsWith('.json'))
    .sort()
    .map((name) => ({
      file: name,
      packageId,
      sd: JSON.parse(readFileSync(join(dir, name), 'utf8')) as StructureDefinitionJson,
    }));
}

/** A URL -> definitions index; earlier packages come first when a URL is in several. */
export class DefinitionIndex {
  private readonly byUrl = new Map<string, IndexedDefinition[]>();

  constructor(packages: readonly (readonly IndexedDefinition[])[]) {
    for (const list of packages) {
      for (const entry of list) {
        const url = entry.sd.url?.trim();
        if (!url) continue;
        const entries = this.byUrl.get(url) ?? [];
        entries.push(entry);
        this.byUrl.set(url, entries);
      }
    }
  }

  /**
   * The resolver `generateSnapshot` takes: the first definition of that URL that carries a snapshot
   * (a differential-only newer version falls back to the older published one).
   */
  readonly resolve = (url: string): StructureDefinitionJson | undefined =>
    this.byUrl.get(url.trim())?.find((entry) => entry.sd.snapshot?.element?.length)?.sd;
}
