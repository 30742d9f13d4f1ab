/**
 * The mutation engine of the validator fuzz corpus: named classes of mutations (./mutations/*)
 * applied to the JSON examples of ../shared/examples, deterministically. A mutant is named by
 * (example, class, variant); its random choices come from a generator seeded with that name, so
 * any one mutant can be rebuilt alone from a failure report with {@link mutate}.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NAME_MUTATIONS } from './mutations/names.js';
import { NESTING_MUTATIONS } from './mutations/nesting.js';
import { SHAPE_MUTATIONS } from './mutations/shape.js';
import { TEXT_MUTATIONS } from './mutations/text.js';
import type { Mutant, MutationClass, Vocabulary } from './mutations/types.js';
import { deepCopy } from './support/deep.js';
import { rng, seedOf } from './support/rng.js';
import { isObject, sites } from './support/sites.js';

export type { Mutant, MutationClass, Vocabulary } from './mutations/types.js';

export const MUTATIONS: readonly MutationClass[] = [...SHAPE_MUTATIONS, ...TEXT_MUTATIONS, ...NAME_MUTATIONS, ...NESTING_MUTATIONS];

export interface Example {
  /** Path below the examples folder, e.g. `foundations/…Patient.json`. */
  readonly name: string;
  readonly json: unknown;
}

export interface Corpus {
  readonly examples: readonly Example[];
  /** Files that are not JSON (the `.json.broken` ones), with the parser's complaint. */
  readonly skipped: ReadonlyArray<{ name: string; reason: string }>;
}

/** Every file of every capability folder, parsed; files that do not parse are listed as skipped. */
export function readCorpus(dir: string): Corpus {
  const examples: Example[] = [];
  const skipped: Array<{ name: string; reason: string }> = [];
  for (const folder of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, folder);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const file of fs.readdirSync(full).sort()) {
      if (file.endsWith('.md')) continue;
      const name = `${folder}/${file}`;
      try {
        examples.push({ name, json: JSON.parse(fs.readFileSync(path.join(full, file), 'utf8')) as unknown });
      } catch (error) {
        skipped.push({ name, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return { examples, skipped };
}

/** The profiles and extension urls the examples use, plus the given resource types. */
export function vocabularyOf(examples: readonly Example[], resourceTypes: readonly string[]): Vocabulary {
  const profiles = new Set<string>();
  const extensionUrls = new Set<string>();
  for (const { json } of examples) {
    for (const site of sites(json)) {
      if (site.key === 'profile' && Array.isArray(site.value)) for (const p of site.value) if (typeof p === 'string') profiles.add(p);
      if ((site.key === 'extension' || site.key === 'modifierExtension') && Array.isArray(site.value)) {
        for (const e of site.value) if (isObject(e) && typeof e['url'] === 'string') extensionUrls.add(e['url']);
      }
    }
  }
  return { profiles: [...profiles].sort(), extensionUrls: [...extensionUrls].sort(), resourceTypes: [...resourceTypes].sort() };
}

/** The variant-th mutant of `example` by `mutation`, or undefined when the example has no place for it. */
export function mutate(example: Example, mutation: MutationClass, variant: number, vocabulary: Vocabulary): Mutant | undefined {
  const r = rng(seedOf(`${example.name}|${mutation.name}|${variant}`));
  return mutation.apply(deepCopy(example.json), { r, variant, vocabulary });
}

export interface Case {
  readonly example: string;
  readonly mutation: string;
  readonly variant: number;
  readonly mutant: Mutant;
}

/**
 * `perExample` mutants of each example by `mutation`, numbered so that a class's variant counter runs
 * over the whole corpus (example i gets variants i*perExample …): its cycled lists are covered.
 */
export function* casesOf(mutation: MutationClass, examples: readonly Example[], perExample: number, vocabulary: Vocabulary): Generator<Case> {
  for (const [i, example] of examples.entries()) {
    for (let k = 0; k < perExample; k++) {
      const variant = i * perExample + k;
      const mutant = mutate(example, mutation, variant, vocabulary);
      if (mutant) yield { example: example.name, mutation: mutation.name, variant, mutant };
    }
  }
}
