/**
 * The binding kind (generator/validate/kinds/binding.ts): codings are kept as (system, code) pairs
 * from lowering to the predicate, whatever a profile writes in them, and the interpreter's
 * predicate agrees with the one emitted into codes.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IrBinding } from '../../generator/ir/types.js';
import { makeCtx, newBudget, type Ctx } from '../../generator/runtime/validate/context.js';
import { IssueCollector } from '../../generator/runtime/validate/outcome.js';
import { interpretBinding, lowerBinding, splitCodingKey } from '../../generator/validate/kinds/binding.js';
import { pathAt } from '../helpers/path-at.js';
import { newPathStack, newPathTexts, ROOT_PATH } from '../../generator/runtime/validate/paths.js';

// Systems and codes a hostile or broken package could hold: spaces, quotes, a '#', JSON text.
const CODINGS = [
  { system: 'http://example.org/a b', code: 'c', display: undefined },
  { system: 'http://example.org/a', code: 'b c', display: undefined },
  { system: 'http://example.org/"q"', code: '["x","y"]', display: undefined },
  { system: 'urn:x#1', code: ' ', display: undefined },
];

function binding(): IrBinding {
  return { strength: 'required', description: undefined, valueSet: 'http://vs', resolvedValueSet: 'http://vs', expansion: CODINGS, notEnumerable: undefined };
}

function ctx(): Ctx {
  return makeCtx(new IssueCollector(), undefined, undefined, null, newBudget(), {} as Ctx['reg'], newPathStack(''), newPathTexts());
}

describe('coding bindings', () => {
  const extra = lowerBinding(binding(), 'Coding');
  it('keep each (system, code) pair intact through their keys', () => {
    assert.ok(extra && extra.kind === 'binding');
    const pairs = extra.codes.map(splitCodingKey).map(([system, code]) => ({ system, code }));
    assert.deepEqual(new Set(pairs.map((p) => JSON.stringify(p))), new Set(CODINGS.map((p) => JSON.stringify(p))));
  });
  it('accept exactly the pairs of the value set', () => {
    assert.ok(extra);
    for (const coding of CODINGS) assert.equal(interpretBinding(extra, coding, ctx(), ROOT_PATH), true, JSON.stringify(coding));
    // The same characters split elsewhere between system and code are not in the value set.
    for (const coding of [{ system: 'http://example.org/a', code: 'b c ' }, { system: 'http://example.org/a b c', code: '' }, { system: 'http://example.org/a', code: 'b' }]) {
      assert.equal(interpretBinding(extra, coding, ctx(), ROOT_PATH), false, JSON.stringify(coding));
    }
  });
});
