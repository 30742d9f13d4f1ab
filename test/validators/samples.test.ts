/**
 * Samples named by outcome (test/samples/<profile>/valid/*.json, invalid/<issue-code>-*.json): each is
 * validated against the profile its folder names, by the generated package and by the interpreter.
 * A valid sample has no error; an invalid one has an error-severity issue with the code its name
 * starts with, at the path invalid/expected.json gives. Both engines must give the same outcome, and
 * `is<Name>` (given the package registry) must agree with it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { buildPlan } from '../../generator/plan/plan.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { errors, profileUrl, validatorPackage, type ValidatorPackage } from './support/package.js';

const SAMPLES = path.join(REPO_ROOT, 'test/samples');
const ISSUE_CODES = ['code-invalid', 'structure', 'required', 'value', 'invariant', 'extension', 'not-found', 'processing', 'too-costly'];

interface Expected {
  readonly expression: string;
}

function issueCodeOf(file: string): string {
  const code = ISSUE_CODES.filter((c) => file.startsWith(`${c}-`)).sort((a, b) => b.length - a.length)[0];
  if (!code) throw new Error(`${file}: the name must start with an issue code (${ISSUE_CODES.join(', ')})`);
  return code;
}

function read(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const folders = fs.readdirSync(SAMPLES).filter((f) => fs.statSync(path.join(SAMPLES, f)).isDirectory()).sort();

let p: ValidatorPackage;
let typeNames: Map<string, string>;

before(async () => {
  p = await validatorPackage();
  typeNames = new Map(buildPlan(p.model).structures.map((s) => [s.structure.url, s.typeName]));
});

function check(folder: string, file: string): { outcome: ReturnType<ValidatorPackage['pkg']['validate']>; valid: boolean } {
  const url = profileUrl(p.model, folder);
  const sample = read(file);
  const outcome = p.pkg.validate(sample, { profile: url });
  assert.deepEqual(outcome, p.interpreter.validate(sample, { profile: url }), 'compiled and interpreted outcomes differ');
  const is = p.pkg[`is${typeNames.get(url) ?? ''}`];
  assert.equal(typeof is, 'function', `the package exports is${typeNames.get(url) ?? ''}`);
  // With the package registry, as the root validate() has it (without it, see module-registry.test.ts).
  const valid = (is as (v: unknown, options: { registry: unknown }) => boolean)(sample, { registry: p.pkg['registry'] });
  assert.equal(valid, errors(outcome).length === 0, 'is<Name> must agree with validate');
  assert.equal(p.interpreter.isValid(sample, { profile: url }), valid, 'the interpreter fast path must agree');
  return { outcome, valid };
}

describe('samples', () => {
  it('has samples for every folder, valid and invalid', () => {
    assert.ok(folders.length >= 8);
    for (const folder of folders) {
      assert.ok(fs.readdirSync(path.join(SAMPLES, folder, 'valid')).length > 0, `${folder} has valid samples`);
      assert.ok(fs.readdirSync(path.join(SAMPLES, folder, 'invalid')).length > 1, `${folder} has invalid samples`);
    }
  });

  for (const folder of folders) {
    describe(folder, () => {
      const validDir = path.join(SAMPLES, folder, 'valid');
      for (const file of fs.readdirSync(validDir).sort()) {
        it(`valid/${file}`, () => {
          const { outcome, valid } = check(folder, path.join(validDir, file));
          assert.deepEqual(errors(outcome), [], 'no error expected');
          assert.equal(valid, true);
        });
      }
      const invalidDir = path.join(SAMPLES, folder, 'invalid');
      const expected = read(path.join(invalidDir, 'expected.json')) as Record<string, Expected>;
      const files = fs.readdirSync(invalidDir).filter((f) => f !== 'expected.json').sort();
      it('lists every invalid sample in expected.json', () => assert.deepEqual(Object.keys(expected).sort(), files));
      for (const file of files) {
        it(`invalid/${file}`, () => {
          const { outcome, valid } = check(folder, path.join(invalidDir, file));
          const code = issueCodeOf(file);
          const want = expected[file];
          assert.ok(want, `${file} has an entry in expected.json`);
          assert.equal(valid, false);
          const found = errors(outcome).filter((i) => i.code === code && i.expression?.[0] === want.expression);
          assert.ok(found.length > 0, `expected an error "${code}" at ${want.expression}; got ${JSON.stringify(errors(outcome), null, 1)}`);
        });
      }
    });
  }
});
