/**
 * The hostile corpus (test/fixtures/hostile/package), generated once per test file: copied to a temp
 * folder, given a 1 MB description (too big to commit), and generated against the STU3 core definitions of
 * ../shared/fhir-packages that Patient and Basic need (support/mini-core.ts: the whole core is 190 base
 * types, ~70 s of emitting with validators, for nothing the corpus uses), keeping only the corpus's own
 * profiles. The temp folder gets a link to the repo's node_modules, so the generated package's runtime
 * dependencies resolve when it is type-checked and imported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generate, type GenerateResult } from '../../../generator/generate.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { createMiniCoreCache, tempDir } from './mini-core.js';

export const CORPUS = path.join(REPO_ROOT, 'test/fixtures/hostile/package');
/** Every payload assigns this; it must never become true. */
export const MARKER = '__pwned';

export type Json = Record<string, unknown>;

export function readCorpus(file: string): Json {
  return JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8')) as Json;
}

/** The differential (or snapshot) element of a corpus StructureDefinition, by id. */
export function corpusElement(file: string, id: string): Json {
  const sd = readCorpus(file);
  const elements = [...(((sd['differential'] as Json | undefined)?.['element'] ?? []) as Json[]), ...(((sd['snapshot'] as Json | undefined)?.['element'] ?? []) as Json[])];
  const element = elements.find((e) => e['id'] === id);
  if (!element) throw new Error(`${file} has no element ${id}`);
  return element;
}

/** A description of at least 1 MB: the corpus's own hostile description repeated, between two markers. */
export function megabyteDescription(): string {
  const unit = String(readCorpus('StructureDefinition-Hostile-Patient.json')['description']);
  return `BEGIN-OF-BIG-DESCRIPTION ${unit.repeat(Math.ceil(1_048_576 / unit.length))} END-OF-BIG-DESCRIPTION`;
}

export interface GeneratedCorpus {
  readonly root: string;
  readonly out: string;
  readonly result: GenerateResult;
}

export async function generateCorpus(prefix: string): Promise<GeneratedCorpus> {
  const root = tempDir(prefix);
  const pkg = path.join(root, 'package');
  fs.cpSync(CORPUS, pkg, { recursive: true });
  const patientFile = path.join(pkg, 'StructureDefinition-Hostile-Patient.json');
  const patient = JSON.parse(fs.readFileSync(patientFile, 'utf8')) as Json;
  fs.writeFileSync(patientFile, JSON.stringify({ ...patient, description: megabyteDescription() }));
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const cache = createMiniCoreCache(root, ['Patient', 'Basic']);
  const out = path.join(root, 'out');
  try {
    const result = await generate({ packages: [pkg], cache, offline: true, out, include: ['http://example.org/*'] }, { baseDir: root });
    return { root, out, result };
  } catch (error) {
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
}
