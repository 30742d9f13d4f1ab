/**
 * The inline format test of a primitive (generator/validate/kinds/primitive.ts emitPrimitivePass):
 * a value equal to the element's fixed string skips the format test, but only when that string
 * passes the test itself (a profile may fix a value its own type rejects).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { _, name } from '../../generator/emit/validators/code.js';
import type { EmitScope } from '../../generator/validate/emit-scope.js';
import { emitPrimitivePass } from '../../generator/validate/kinds/primitive.js';

const scope: EmitScope = {
  runtime: (n) => name(`vrt_${n}`),
  hoist: () => {
    throw new Error('hoists nothing');
  },
  codes: () => name('codes'),
  codings: () => name('codings'),
  check: () => name('check'),
};

describe('emitPrimitivePass', () => {
  it('compares with a fixed value that passes the type test before testing the format', () => {
    assert.equal(emitPrimitivePass('uri', [{ kind: 'fixed', value: 'http://x.org/a' }], _`o.url`, scope).toString(), '(o.url === "http://x.org/a" || vrt_isValidUri(o.url))');
  });
  it('tests the format alone when the fixed value fails it, is not a string, or there is none', () => {
    assert.equal(emitPrimitivePass('uri', [{ kind: 'fixed', value: 'a b' }], _`o.url`, scope).toString(), 'vrt_isValidUri(o.url)');
    assert.equal(emitPrimitivePass('integer', [{ kind: 'fixed', value: 3 }], _`o.n`, scope).toString(), 'vrt_isValidInteger(o.n)');
    assert.equal(emitPrimitivePass('code', [], _`o.c`, scope).toString(), 'vrt_isValidCode(o.c)');
  });
});
