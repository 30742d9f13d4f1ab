/**
 * The CLI `validate` command on mutated files: one mutant of each mutation class (JSON-safe ones,
 * written as JSON text), raw texts that parse to odd values (1e400 is Infinity, -0, a million
 * nested arrays) and files that are not JSON at all. Exit codes are only ever 0, 1 or 2, stderr
 * never shows a stack trace, `--format json` gives one well-formed OperationOutcome per file with
 * the generated package's verdicts, and unusable files are GPC402.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EXAMPLES, REPO_ROOT } from '../helpers/paths.js';
import { errors, type OperationOutcome } from '../validators/support/package.js';
import { mutate, MUTATIONS, readCorpus, vocabularyOf } from './mutate.js';
import { runCliWithOutput, STACK_FRAME } from './support/cli.js';
import { loadEngines, type Engines } from './support/engines.js';
import { malformed } from './support/properties.js';

const corpus = readCorpus(EXAMPLES);
/** Small examples of four resource types, so the run stays quick. */
const BASES = [
  'foundations/gpc-1.2.8-read-patient-response-payload-1.Patient.json',
  'appointments/gpc-1.2.8-book-appt-request-payload-1.Appointment.json',
  'foundations/gpc-1.2.8-read-organization-response-payload-1.Organization.json',
  'appointments/gpc-1.2.8-search-for-free-slots-response-payload-1.Bundle.json',
];

/** Texts that are JSON, but odd: a validator receives Infinity, -0, a bare string, a million nested arrays. */
const ODD_JSON: ReadonlyArray<readonly [string, string]> = [
  ['infinity', '1e400'],
  ['minus-zero', '-0'],
  ['string', '"Patient"'],
  ['null', 'null'],
  ['empty-object', '{}'],
  ['deep-array', `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`],
  ['deep-in-patient', `{"resourceType":"Patient","extension":${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
  ['escaped-lone-surrogate', '{"resourceType":"Patient","id":"\\ud800","name":[{"family":"\\u0000\\u2028"}]}'],
  ['duplicate-keys', '{"resourceType":"Patient","resourceType":"Bundle","id":"a","id":"b"}'],
];

/** Files that are not JSON: the validate command must refuse each with GPC402 and exit 2. */
const NOT_JSON: ReadonlyArray<readonly [string, string | Buffer]> = [
  ['empty', ''],
  ['byte-order-mark', '\ufeff{"resourceType":"Patient"}'],
  ['truncated', '{"resourceType":"Patient","name":[{"family":"x"'],
  ['trailing-comma', '{"resourceType":"Patient",}'],
  ['invalid-utf8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
  ['nul-bytes', Buffer.from([0, 0, 0, 0])],
  ['nan', '{"resourceType":"Patient","multipleBirthInteger":NaN}'],
];

let dir: string;
let engines: Engines;
const mutantFiles: string[] = [];

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gpconnect-codegen-fuzz-cli-'));
  engines = await loadEngines();
  const vocabulary = vocabularyOf(corpus.examples, engines.resourceTypes);
  for (const [i, mutation] of MUTATIONS.entries()) {
    const example = corpus.examples.find((e) => e.name === BASES[i % BASES.length]);
    assert.ok(example, BASES[i % BASES.length]);
    // Variants spread over each class's lists; the first JSON-safe one is kept.
    for (let variant = i * 7; ; variant++) {
      const mutant = mutate(example, mutation, variant, vocabulary);
      if (mutant && !mutant.jsOnly) {
        mutantFiles.push(write(`${mutation.name}-${variant}.json`, JSON.stringify(mutant.value)));
        break;
      }
    }
  }
  for (const [name, text] of ODD_JSON) mutantFiles.push(write(`${name}.json`, text));
});

after(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('gpconnect-codegen validate on mutated files', () => {
  it('--format json: exit 0 or 1, a well-formed outcome per file with the generated package\'s verdict, no stack trace', async (t) => {
    const run = await runCliWithOutput(['validate', '--format', 'json', ...mutantFiles], REPO_ROOT);
    assert.doesNotMatch(run.stderr, STACK_FRAME);
    assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}: ${run.stderr}`);
    const outcomes = JSON.parse(run.stdout) as OperationOutcome[];
    assert.equal(outcomes.length, mutantFiles.length);
    for (const [i, file] of mutantFiles.entries()) {
      const outcome = outcomes[i] as OperationOutcome;
      assert.equal(malformed(outcome), undefined, file);
      assert.deepEqual(outcome.issue.filter((issue) => issue.severity === 'fatal'), [], file);
      const expected = engines.validate(JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
      assert.deepEqual(errors(outcome), errors(expected), `${path.basename(file)}: CLI and generated package differ`);
    }
    assert.equal(run.code, outcomes.every((o) => errors(o).length === 0) ? 0 : 1);
    t.diagnostic(`${mutantFiles.length} files in one run, exit ${run.code}`);
  });

  it('text format: the same exit code, one verdict line per file', async () => {
    const run = await runCliWithOutput(['validate', ...mutantFiles], REPO_ROOT);
    assert.doesNotMatch(run.stderr, STACK_FRAME);
    assert.equal(run.code, 1, 'some mutants are invalid');
    const verdicts = run.stdout.split('\n').filter((line) => /: (valid|INVALID)$/.test(line));
    assert.equal(verdicts.length, mutantFiles.length);
  });

  it('a file that is not JSON: exit 2 with GPC402, no stack trace', async (t) => {
    for (const [name, content] of NOT_JSON) {
      const run = await runCliWithOutput(['validate', write(`${name}.json`, content)], REPO_ROOT);
      assert.equal(run.code, 2, `${name}: ${run.stderr}`);
      assert.match(run.stderr, /GPC402 .*not JSON/, name);
      assert.doesNotMatch(run.stderr, STACK_FRAME, name);
    }
    const broken = corpus.skipped[0];
    assert.ok(broken);
    const run = await runCliWithOutput(['validate', path.join(EXAMPLES, broken.name)], REPO_ROOT);
    assert.equal(run.code, 2);
    t.diagnostic(`${NOT_JSON.length + 1} unusable files`);
  });

  it('--profile naming nothing real: exit 2 with GPC401, no stack trace', async () => {
    const run = await runCliWithOutput(['validate', '--profile', '__proto__', mutantFiles[0] as string], REPO_ROOT);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /GPC401/);
    assert.doesNotMatch(run.stderr, STACK_FRAME);
  });
});
