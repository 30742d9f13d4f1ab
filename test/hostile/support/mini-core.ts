/**
 * Test helper: a small FHIR package cache holding `hl7.fhir.core#3.0.1` cut down to the StructureDefinitions
 * a few resource types need (their snapshots' type codes and base chains, transitively), copied from the
 * real core in ../shared/fhir-packages. Loading it takes milliseconds instead of the full core's seconds, so
 * table-driven error tests can run one generation per case.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { PACKAGE_CACHE } from '../../helpers/paths.js';

export const CORE_DIR = path.join(PACKAGE_CACHE, 'hl7.fhir.core#3.0.1', 'package');
export const CORE_REF = 'hl7.fhir.core#3.0.1';
const CORE_PREFIX = 'http://hl7.org/fhir/StructureDefinition/';

type Json = Record<string, unknown>;

function readCoreType(type: string): Json | undefined {
  const file = path.join(CORE_DIR, `StructureDefinition-${type}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Json) : undefined;
}

/** The names of the core StructureDefinitions `roots` need, sorted. */
export function coreClosure(roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const type = queue.pop() as string;
    if (seen.has(type)) continue;
    const sd = readCoreType(type);
    if (!sd) continue; // system types such as `xhtml` have no StructureDefinition of their own
    seen.add(type);
    const base = typeof sd['baseDefinition'] === 'string' ? sd['baseDefinition'] : '';
    if (base.startsWith(CORE_PREFIX)) queue.push(base.slice(CORE_PREFIX.length));
    const elements = ((sd['snapshot'] as Json | undefined)?.['element'] ?? []) as Json[];
    for (const element of elements) for (const t of (element['type'] ?? []) as Json[]) if (typeof t['code'] === 'string') queue.push(t['code']);
  }
  return [...seen].sort();
}

/**
 * Creates a package cache folder under `parent` with the cut-down core and returns its path.
 * `roots` are the resource types the test profiles constrain.
 */
export function createMiniCoreCache(parent: string, roots: readonly string[] = ['Patient', 'Basic']): string {
  const cache = path.join(parent, 'cache');
  const dir = path.join(cache, CORE_REF, 'package');
  fs.mkdirSync(dir, { recursive: true });
  for (const type of coreClosure(roots)) {
    const name = `StructureDefinition-${type}.json`;
    fs.copyFileSync(path.join(CORE_DIR, name), path.join(dir, name));
  }
  fs.copyFileSync(path.join(CORE_DIR, 'package.json'), path.join(dir, 'package.json'));
  return cache;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `gpc-${prefix}-`));
}
