import assert from 'node:assert/strict';
import path from 'node:path';
import { it } from 'node:test';
import { REPO_ROOT } from '../helpers/paths.js';
import { runTsc } from '../helpers/tsc.js';

it('valid profile literals compile and each invalid one fails to compile (@ts-expect-error)', () => {
  const result = runTsc(['-p', path.join(REPO_ROOT, 'test/types/tsconfig.json')]);
  assert.ok(result.ok, result.output);
});
