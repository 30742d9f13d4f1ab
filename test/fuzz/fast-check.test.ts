/**
 * Fuzzing with fast-check (fixed seed): up to four mutations of ./mutate.ts stacked on one example,
 * then optionally one value anywhere replaced by an arbitrary JSON value, a string of arbitrary
 * UTF-16 code units (lone surrogates included) or a value only JavaScript callers can pass (NaN,
 * -0, Infinity, undefined, BigInt); validated as is or against a profile the package knows. The
 * properties of ./support/properties.ts must hold for every run; fast-check shrinks a failure to
 * the fewest mutations.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { before, describe, it } from 'node:test';
import { EXAMPLES } from '../helpers/paths.js';
import { mutate, MUTATIONS, readCorpus, vocabularyOf, type Example, type Vocabulary } from './mutate.js';
import { loadEngines, type Engines } from './support/engines.js';
import { checkCase } from './support/properties.js';
import { deepCopy } from './support/deep.js';
import { preview } from './support/preview.js';
import { replace, sites } from './support/sites.js';

const RUNS = 500;
const SEED = 20260421;

const corpus = readCorpus(EXAMPLES);
let engines: Engines;
let vocabulary: Vocabulary;
let profiles: string[];

before(async () => {
  engines = await loadEngines();
  vocabulary = vocabularyOf(corpus.examples, engines.resourceTypes);
  profiles = vocabulary.profiles.filter((p) => engines.oracle.knowsProfile(p));
});

const jsOnly = fc.constantFrom<unknown>(Number.NaN, -0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined, 2n ** 64n);
const replacement = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.string({ unit: 'binary', maxLength: 40 }), jsOnly);

const fuzzCase = fc.record({
  example: fc.nat(),
  steps: fc.array(fc.tuple(fc.nat(MUTATIONS.length - 1), fc.nat(100_000)), { minLength: 1, maxLength: 4 }),
  replace: fc.option(fc.tuple(fc.nat(), replacement), { freq: 2 }),
  // One run in three names a profile (the others also exercise each meta.profile's validate<Name>/is<Name>).
  profile: fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, { arbitrary: fc.tuple(fc.nat(), fc.boolean()), weight: 1 }),
});
type FuzzCase = typeof fuzzCase extends fc.Arbitrary<infer T> ? T : never;

/** The value a fuzz case describes, and a note of how it was made (for the failure report). */
function build(c: FuzzCase): { value: unknown; notes: string[] } {
  const first = corpus.examples[c.example % corpus.examples.length] as Example;
  let example: Example = first;
  const notes = [first.name];
  for (const [m, variant] of c.steps) {
    const mutation = MUTATIONS[m];
    const mutant = mutation && mutate(example, mutation, variant, vocabulary);
    if (!mutant) continue;
    notes.push(`${mutation.name} ${variant}: ${mutant.note}`);
    example = { name: example.name, json: mutant.value };
  }
  // A copy: when no mutation applied, example.json is still the corpus's own object.
  let value = deepCopy(example.json);
  if (c.replace) {
    const all = sites(value);
    const site = all[c.replace[0] % all.length];
    if (site) {
      value = replace(value, site, c.replace[1]);
      notes.push(`${site.path} replaced by ${preview(c.replace[1])}`);
    }
  }
  return { value, notes };
}

describe('validators under fast-check', () => {
  it(`${RUNS} runs of stacked mutations, seed ${SEED}`, (t) => {
    let runs = 0;
    let withProfile = 0;
    fc.assert(
      fc.property(fuzzCase, (c) => {
        runs++;
        const { value, notes } = build(c);
        const profile = c.profile && profiles.length > 0 ? profiles[c.profile[0] % profiles.length] : undefined;
        const options = profile === undefined ? undefined : { profile: c.profile?.[1] ? `${profile}|1.0.0` : profile };
        if (options) withProfile++;
        assert.deepEqual(checkCase(engines, value, { options }), [], `${notes.join('\n  ')}${options ? `\n  against ${options.profile}` : ''}`);
      }),
      { numRuns: RUNS, seed: SEED, includeErrorInReport: true },
    );
    t.diagnostic(`${runs} cases run (${withProfile} against a named profile), ${profiles.length} profiles known`);
    assert.ok(profiles.length > 10, 'the examples name profiles the package knows');
  });
});
