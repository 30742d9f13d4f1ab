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
 * Each sample's `JSON.parse` and validation timed side by side, sample by sample: `work` gets the
 * value just parsed (`fresh`, what a service does with each message) or the value parsed once at
 * start-up. After WARM_UP_MS of untimed rounds (V8 optimises the large generated functions only
 * after many calls), ROUNDS rounds over all samples; a round's ratio is its validation time over
 * its parse time, and the figures are the medians over rounds.
 *
 * Why side by side: timed one block after the other, the two figures were taken seconds apart,
 * and this VM's speed drifts by more than the margin being measured (the same dist read 0.89x and
 * 1.42x JSON.parse in two runs a minute apart, 2026-12-07). Why fresh values too: a value parsed
 * at start-up has the hashes of its strings computed already (Map and Set lookups by a string from
 * the instance hash it once) and sits in the old generation; a service's values do not.
 */
function sideBySide(list, work, fresh) {
  const round = () => {
    let parse = 0;
    let validate = 0;
    for (const sample of list) {
      const t0 = performance.now();
      const parsed = JSON.parse(sample.text);
      const t1 = performance.now();
      work(fresh ? parsed : sample.json);
      validate += performance.now() - t1;
      parse += t1 - t0;
    }
    return { parse, validate };
  };
  const warmUntil = performance.now() + WARM_UP_MS;
  while (performance.now() < warmUntil) round();
  const parses = [];
  const validates = [];
  const ratios = [];
  for (let r = 0; r < ROUNDS; r++) {
    const { parse, validate } = round();
    parses.push(parse);
    validates.push(validate);
    ratios.push(validate / parse);
  }
  return { ms: median(validates), baseline: median(parses), ratio: median(ratios) };
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

const validate = sideBySide(samples, (value) => generated.validate(value), true);
const validateParsed = sideBySide(samples, (value) => generated.validate(value), false);
const isValid = sideBySide(samples, (value) => generated.isValid(value), true);
const conformantValidate = sideBySide(conformant, (value) => generated.validate(value), true);
const conformantIsValid = sideBySide(conformant, (value) => generated.isValid(value), true);
const result = {
  samples: samples.length,
  bytes: samples.reduce((n, s) => n + s.text.length, 0),
  rounds: ROUNDS,
  warmUpMs: WARM_UP_MS,
  parse: validate.baseline,
  validate: validate.ms,
  validateRatio: validate.ratio,
  validateParsedRatio: validateParsed.ratio,
  isValidRatio: isValid.ratio,
  firstPass,
  conformant: conformant.length,
  conformantValidateRatio: conformantValidate.ratio,
  conformantIsValidRatio: conformantIsValid.ratio,
};
process.stdout.write(JSON.stringify(result) + '\n');
