import assert from 'node:assert/strict';
import path from 'node:path';
import { it } from 'node:test';
import { REPO_ROOT } from '../helpers/paths.js';
import { runTsc } from '../helpers/tsc.js';

it('the whole generated package passes tsc --noEmit --strict (exactOptionalPropertyTypes, isolatedDeclarations)', () => {
  const result = runTsc(['-p', path.join(REPO_ROOT, 'test/typecheck/tsconfig.generated.json')]);
  assert.ok(result.ok, result.output.slice(0, 5000));
});
