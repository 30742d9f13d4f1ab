/**
 * The compiled-validator half of the validation benchmark, run by validate.bench.ts in a child
 * `node` process of its own: what a consumer's service runs is the package's dist JavaScript in
 * plain Node.js, not under the bench's TypeScript loader (tsx) with the generator's modules loaded.
 * Measured under tsx, the same dist code timed 15-20% slower (the ratio to JSON.parse went from
 * 2.6x in plain node to 3.15x, both measured on 2026-12-07), so the bench would have been reporting
 * the loader, not the validators.
 *
 * Usage: node bench/validate-compiled.mjs <dist/esm dir> <sample file>...
 * Prints one JSON object: times in milliseconds and ratios to JSON.parse, measured in this same process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, ...files] = process.argv.slice(2);
/** Warm-up before the early per-message figure, the figure this bench printed alone until 2026-12-08. */
const EARLY_WARM_UP_MS = 1500;
/**
 * Passes of `validate()` per message before the figures that stand for a service running for a
 * while. V8 optimises a function once it has run enough, so the functions of rarer elements and
 * profiles are optimised last: on the example Bundles, `node --trace-opt` counted, per 250 passes,
 * 327, 71, 60, 31, 21, 11, 15, 4, 8, 1, 2, 2, 1, 0, 0, 0 optimised compilations (2026-12-08), so
 * 1.5 s (~350 passes) measured code still being optimised, about 20% slower per message.
 */
const TIER_UP_PASSES = 3500;
/** Untimed passes before each further figure (its code is mostly optimised by then). */
const WARM_UP_MS = 1500;
const ROUNDS = 40;

const samples = files.map((file) => {
  const text = fs.readFileSync(file, 'utf8');
  return { text, json: JSON.parse(text) };
});

/** Milliseconds of one pass over all samples. */
function pass(list, work) {
  const start = performance.now();
  for (const sample of list) work(sample);
  return performance.now() - start;
}

function median(values) {
  return values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/**
 * `rounds` calls of `round` (given the round's number), each giving a parse time and a validation
 * time: the median of each and the median of their ratios.
 */
function medians(rounds, round) {
  const parses = [];
  const validates = [];
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    const { parse, validate } = round(r);
    parses.push(parse);
    validates.push(validate);
    ratios.push(validate / parse);
  }
  return { ms: median(validates), baseline: median(parses), ratio: median(ratios) };
}

/** Rounds of {@link steady}, and passes of each block in a round. */
const STEADY_ROUNDS = 12;
const BLOCK = 5;

/**
 * Steady state: `work` on the values parsed at start-up, pass after pass, against `JSON.parse` of
 * their texts, pass after pass, as each runs in a loop of its own (its code and data warm in the
 * CPU caches). A round times a block of BLOCK passes of each, in alternating order, and takes each
 * block's median pass; the ratio is the median of the rounds' ratios. Blocks a few milliseconds
 * apart: timed as two long runs one after the other, the two figures were taken seconds apart and
 * this VM's speed drifts by more than the margin being measured (the same dist read 0.89x and
 * 1.42x in two runs a minute apart, 2026-12-07).
 */
function steady(list, work) {
  const block = (fn) => {
    const times = [];
    for (let i = 0; i < BLOCK; i++) times.push(pass(list, fn));
    return median(times);
  };
  const parseText = (s) => JSON.parse(s.text);
  const warmUntil = performance.now() + WARM_UP_MS;
  while (performance.now() < warmUntil) {
    pass(list, parseText);
    pass(list, work);
  }
  return medians(STEADY_ROUNDS, (r) => {
    if (r % 2 === 0) {
      const parse = block(parseText);
      return { parse, validate: block(work) };
    }
    const validate = block(work);
    return { parse: block(parseText), validate };
  });
}

/**
 * Per message, as a service runs: each sample's `JSON.parse`, then `work` on the value it just
 * gave, each timed on its own. After WARM_UP_MS of untimed rounds, ROUNDS rounds over all samples;
 * a round's ratio is its validation time over its parse time; the figures are medians over rounds.
 * A value just parsed costs more to validate than one parsed long before: its strings have no hash
 * computed yet (Map and Set lookups by them hash every character; the registry and Bundle lookups
 * avoid that, see runtime/validate/string-table.ts) and it sits in the young generation.
 */
function perMessage(list, work, warmUpMs = WARM_UP_MS) {
  const round = () => {
    let parse = 0;
    let validate = 0;
    for (const sample of list) {
      const t0 = performance.now();
      const parsed = JSON.parse(sample.text);
      const t1 = performance.now();
      work(parsed);
      validate += performance.now() - t1;
      parse += t1 - t0;
    }
    return { parse, validate };
  };
  const warmUntil = performance.now() + warmUpMs;
  while (performance.now() < warmUntil) round();
  return medians(ROUNDS, round);
}

const generated = await import(pathToFileURL(path.join(dist, 'index.js')).href);
const firstPass = pass(samples, (s) => generated.validate(s.json));

// The resources of the example Bundles the validator accepts with no issue at all: the path
// conformant messages take, where nothing is reported.
const conformant = [];
for (const sample of samples) {
  for (const entry of sample.json.entry ?? []) {
    if (entry.resource === undefined) continue;
    if (generated.validate(entry.resource).issue.every((i) => i.code === 'informational')) conformant.push({ text: JSON.stringify(entry.resource), json: entry.resource });
  }
}

const early = perMessage(samples, (value) => generated.validate(value), EARLY_WARM_UP_MS);
for (let i = 0; i < TIER_UP_PASSES; i++) for (const sample of samples) generated.validate(JSON.parse(sample.text));
const validate = perMessage(samples, (value) => generated.validate(value));
const validateSteady = steady(samples, (s) => generated.validate(s.json));
const isValid = perMessage(samples, (value) => generated.isValid(value));
const conformantValidate = perMessage(conformant, (value) => generated.validate(value));
const conformantIsValid = perMessage(conformant, (value) => generated.isValid(value));
const result = {
  samples: samples.length,
  bytes: samples.reduce((n, s) => n + s.text.length, 0),
  rounds: ROUNDS,
  warmUpMs: WARM_UP_MS,
  tierUpPasses: TIER_UP_PASSES,
  validateEarlyRatio: early.ratio,
  parse: validate.baseline,
  validate: validate.ms,
  validateRatio: validate.ratio,
  validateSteady: validateSteady.ms,
  validateSteadyRatio: validateSteady.ratio,
  isValidRatio: isValid.ratio,
  firstPass,
  conformant: conformant.length,
  conformantValidateRatio: conformantValidate.ratio,
  conformantIsValidRatio: conformantIsValid.ratio,
};
process.stdout.write(JSON.stringify(result) + '\n');
