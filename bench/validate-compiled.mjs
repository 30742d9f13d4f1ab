/**
 * The compiled-validator half of the validation benchmark, run by validate.bench.ts in a child
 * `node` process of its own: what a consumer's service runs is the package's dist JavaScript in
 * plain Node.js, not under the bench's TypeScript loader (tsx) with the generator's modules loaded.
 * Measured under tsx, the same dist code timed 15-20% slower (the ratio to JSON.parse went from
 * 2.6x in plain node to 3.15x, both measured on 2026-12-07), so the bench would have been reporting
 * the loader, not the validators.
 *
 * Usage: node bench/validate-compiled.mjs <dist/esm dir> <sample file>...
 * Prints one JSON object: every figure in milliseconds, JSON.parse measured in this same process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, ...files] = process.argv.slice(2);
const WARM_UP_MS = 1500;
const ROUNDS = 30;

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

/** Median of ROUNDS timed passes, after WARM_UP_MS of untimed ones (V8 optimises the large generated functions only after many calls). */
function measure(list, work) {
  const warmUntil = performance.now() + WARM_UP_MS;
  while (performance.now() < warmUntil) pass(list, work);
  const times = [];
  for (let r = 0; r < ROUNDS; r++) times.push(pass(list, work));
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
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

const result = {
  samples: samples.length,
  bytes: samples.reduce((n, s) => n + s.text.length, 0),
  rounds: ROUNDS,
  warmUpMs: WARM_UP_MS,
  parse: measure(samples, (s) => JSON.parse(s.text)),
  validate: measure(samples, (s) => generated.validate(s.json)),
  isValid: measure(samples, (s) => generated.isValid(s.json)),
  firstPass,
  conformant: conformant.length,
  conformantParse: measure(conformant, (s) => JSON.parse(s.text)),
  conformantValidate: measure(conformant, (s) => generated.validate(s.json)),
  conformantIsValid: measure(conformant, (s) => generated.isValid(s.json)),
};
process.stdout.write(JSON.stringify(result) + '\n');
