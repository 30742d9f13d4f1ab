/**
 * Every code in the error catalog is provoked by at least one case in test/errors/cases/, or is listed
 * below with the reason it cannot be yet. A listed code that the generator starts raising fails this
 * test, so its case gets written when it becomes reachable.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ERROR_CATALOG, type ErrorCode } from '../../generator/errors.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { IR_CASES } from './cases/ir.js';
import { LOAD_CASES } from './cases/load.js';
import { OUTPUT_CASES } from './cases/output.js';

const NOT_REACHABLE_YET: Partial<Record<ErrorCode, string>> = {};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'runtime' ? [] : sourceFiles(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

test('every catalog code has an error case or a stated reason', () => {
  const covered = new Set([...LOAD_CASES, ...IR_CASES, ...OUTPUT_CASES].map((c) => c.code));
  const missing = Object.keys(ERROR_CATALOG).filter((code) => !covered.has(code as ErrorCode) && !NOT_REACHABLE_YET[code as ErrorCode]);
  assert.deepEqual(missing, [], 'codes without an error case in test/errors/cases/');
});

test('codes listed as not reachable are raised nowhere in the generator', () => {
  const generator = path.join(REPO_ROOT, 'generator');
  const sources = sourceFiles(generator).filter((file) => !file.endsWith(`${path.sep}errors.ts`));
  for (const code of Object.keys(NOT_REACHABLE_YET)) {
    const raisers = sources.filter((file) => fs.readFileSync(file, 'utf8').includes(`'${code}'`)).map((file) => path.relative(REPO_ROOT, file));
    assert.deepEqual(raisers, [], `${code} is raised now: add a case for it and remove it from NOT_REACHABLE_YET`);
  }
});

test('codes have the form GPCnnn and ascend within the catalog', () => {
  const codes = Object.keys(ERROR_CATALOG);
  for (const code of codes) assert.match(code, /^GPC\d{3}$/);
  assert.deepEqual(codes, [...codes].sort(), 'codes are added at the end of their group');
});
