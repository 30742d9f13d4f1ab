/**
 * The validator fuzz corpus, enumerated: every mutation class of ./mutate.ts applied to every JSON
 * example of ../shared/examples, {@link PER_EXAMPLE} mutants each, and the properties of
 * ./support/properties.ts checked on each (never throws, well-formed outcome, no fatal issue,
 * is<Name> agrees, nothing polluted or changed, finishes, agrees with the interpreter).
 * Every failure is listed with the mutant's name, which rebuilds it: `mutate(example, class, variant)`.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { EXAMPLES } from '../helpers/paths.js';
import { casesOf, MUTATIONS, readCorpus, vocabularyOf, type Vocabulary } from './mutate.js';
import { loadEngines, type Engines } from './support/engines.js';
import { checkCase } from './support/properties.js';

/** 2 mutants per example and class: ~2,500 cases, ~25 s on 2 cores (3 per class found nothing more; the suite must stay well under 10 minutes). */
const PER_EXAMPLE = 2;

const corpus = readCorpus(EXAMPLES);
let engines: Engines;
let vocabulary: Vocabulary;

before(async () => {
  engines = await loadEngines();
  vocabulary = vocabularyOf(corpus.examples, engines.resourceTypes);
});

describe('validators on mutated examples', () => {
  it('reads every capability folder, skipping only files that are not JSON', (t) => {
    assert.ok(corpus.examples.length >= 60, `${corpus.examples.length} examples`);
    assert.ok(corpus.skipped.every((s) => s.name.endsWith('.json.broken')), corpus.skipped.map((s) => s.name).join(', '));
    assert.deepEqual(new Set(corpus.examples.map((e) => e.name.split('/')[0])), new Set(['access-record-structured', 'appointments', 'foundations', 'other']));
    assert.ok(vocabulary.profiles.length > 10 && vocabulary.extensionUrls.length > 10 && vocabulary.resourceTypes.length > 100);
    t.diagnostic(`${corpus.examples.length} examples, ${corpus.skipped.length} skipped (not JSON)`);
  });

  let total = 0;
  for (const mutation of MUTATIONS) {
    it(mutation.name, (t) => {
      let cases = 0;
      const failures: string[] = [];
      for (const c of casesOf(mutation, corpus.examples, PER_EXAMPLE, vocabulary)) {
        cases++;
        const problems = checkCase(engines, c.mutant.value);
        if (problems.length > 0) failures.push(`${c.example} variant ${c.variant}: ${c.mutant.note}\n  ${problems.join('\n  ')}`);
      }
      total += cases;
      t.diagnostic(`${cases} cases (${total} so far)`);
      assert.ok(cases >= 40, `the class found places in the examples (${cases} cases)`);
      assert.deepEqual(failures, []);
    });
  }
});
