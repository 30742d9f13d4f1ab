/**
 * The allocation-free helpers of the boolean translation (runtime/validate/fhirpath-boolean.ts),
 * each checked against its collection counterpart in fhirpath-lite.ts on the same inputs: same
 * value, and a bail exactly where the counterpart bails (or, for `fpOne`, also on more than one
 * item, which every consumer of a single operand bails on). Then `checkBooleanInvariant`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Ctx, Registry } from '../../../generator/runtime/validate/context.js';
import { makeCtx, newBudget } from '../../../generator/runtime/validate/context.js';
import * as b from '../../../generator/runtime/validate/fhirpath-boolean.js';
import * as lite from '../../../generator/runtime/validate/fhirpath-lite.js';
import { invariant } from '../../../generator/runtime/validate/invariant.js';
import { IssueCollector } from '../../../generator/runtime/validate/outcome.js';
import { pathAt } from '../../helpers/path-at.js';
import { newPathStack, newPathTexts, ROOT_PATH } from '../../../generator/runtime/validate/paths.js';

type Outcome = { value: unknown } | 'bail';

/** `fn()`'s value, or 'bail' when it throws the translation's Bail (anything else fails the test). */
function run(fn: () => unknown): Outcome {
  try {
    return { value: fn() };
  } catch (err) {
    assert.ok(err instanceof lite.Bail, `not a Bail: ${String(err)}`);
    return 'bail';
  }
}

/** JSON values a child may hold, the awkward ones included. */
const VALUES: readonly unknown[] = [
  undefined, null, 'a', '', 0, 1, true, false, {}, { x: 1 }, [], ['a'], ['a', 'b'], [null], [undefined], [['a']], [{}], [1, 2], [true],
];

/** Nodes with a child `v` (every value above), with and without a `_v` sibling, and non-objects. */
function nodes(): unknown[] {
  const out: unknown[] = [undefined, null, 'text', 1, [], [{ v: 'a' }], Object.create({ v: 'a' }) as unknown];
  for (const value of VALUES) {
    out.push(value === undefined ? {} : { v: value });
    out.push(value === undefined ? { _v: { id: 'x' } } : { v: value, _v: { extension: [] } });
    out.push(value === undefined ? { _v: null } : { v: value, _v: null });
  }
  return out;
}

describe('fpSizeOf: the size of fpChildOf, with the same bails', () => {
  for (const node of nodes()) {
    it(JSON.stringify(node) ?? String(node), () => {
      const expected = run(() => lite.fpChildOf(node, 'v', '_v').length);
      assert.deepEqual(run(() => b.fpSizeOf(node, 'v', '_v')), expected);
    });
  }
});

describe('fpSizeOfChoice: the size of fpChoice([node]), with the same bails', () => {
  const variants: ReadonlyArray<readonly [string, string]> = [['valueString', '_valueString'], ['valueQuantity', '_valueQuantity']];
  const cases: unknown[] = [undefined, null, 1, [], {}, { valueFoo: 'x' }, { _valueString: { id: 'a' } }, { _valueFoo: {} }];
  for (const value of VALUES) {
    cases.push({ valueString: value }, { valueQuantity: value }, { valueString: value, valueQuantity: { value: 1 } });
    cases.push({ valueString: value, _valueString: { id: 'a' } }, { valueString: value, _valueString: null });
  }
  for (const node of cases) {
    it(JSON.stringify(node) ?? String(node), () => {
      const expected = run(() => lite.fpChoice([node], variants).length);
      assert.deepEqual(run(() => b.fpSizeOfChoice(node, variants)), expected);
    });
  }
});

describe('regression: two variants of a choice element bail', () => {
  // Was: fpChoice took every variant present; fhirpath.js reads only the first present in its
  // model's order, so `valueQuantity: []` beside `valueString` made obs-6 `value.empty()` true there.
  const variants: ReadonlyArray<readonly [string, string]> = [['valueQuantity', '_valueQuantity'], ['valueString', '_valueString']];
  it('fpChoice and fpSizeOfChoice', () => {
    for (const node of [{ valueQuantity: [], valueString: 'x' }, { valueString: 'x', valueQuantity: { value: 1 } }]) {
      assert.deepEqual(run(() => lite.fpChoice([node], variants)), 'bail');
      assert.deepEqual(run(() => b.fpSizeOfChoice(node, variants)), 'bail');
    }
  });
});

describe('fpOne: the single item of fpChildOf, bailing on more than one', () => {
  for (const node of nodes()) {
    it(JSON.stringify(node) ?? String(node), () => {
      const expected = run(() => {
        const c = lite.fpChildOf(node, 'v', '_v');
        if (c.length > 1) throw lite.BAIL;
        return c[0];
      });
      assert.deepEqual(run(() => b.fpOne(node, 'v', '_v')), expected);
    });
  }
});

/** Collections of nodes: empty, one node, two nodes (a sample of pairs). */
function collections(): lite.Collection[] {
  const all = nodes();
  const out: lite.Collection[] = [[]];
  for (const node of all) out.push([node]);
  for (let i = 0; i < all.length; i += 3) for (let j = 0; j < all.length; j += 5) out.push([all[i], all[j]]);
  return out;
}

describe('fpSizeOfEach and fpOneEach: fpChild(c) counted or read in place, with its bails', () => {
  it('fpSizeOfEach is fpChild(...).length', () => {
    for (const c of collections()) assert.deepEqual(run(() => b.fpSizeOfEach(c, (o) => b.fpSizeOfValue(o['_v'], o['v']))), run(() => lite.fpChild(c, 'v', '_v').length), JSON.stringify(c));
  });
  it('fpOneEach is the single item of fpChild(...), bailing on more', () => {
    for (const c of collections()) {
      const expected = run(() => b.fpSingle(lite.fpChild(c, 'v', '_v')));
      const got = run(() => b.fpOneEach(c, 'v', '_v'));
      // Both bail, or both give the same item; fpOneEach may stop at a second item before
      // checking later ones, which the collection form would also have bailed on.
      assert.deepEqual(got, expected, JSON.stringify(c));
    }
  });
});

describe('fpSingle and fpTruthValue', () => {
  it('fpSingle: undefined for empty, the item for one, bail for more', () => {
    assert.equal(b.fpSingle([]), undefined);
    assert.equal(b.fpSingle(['a']), 'a');
    assert.deepEqual(run(() => b.fpSingle(['a', 'b'])), 'bail');
  });
  it('fpTruthValue: a boolean or empty; anything else bails, as a logical operand does', () => {
    for (const v of VALUES) {
      const expected = run(() => lite.fpNot(v === undefined ? [] : [v]));
      const got = run(() => b.fpNot3(b.fpTruthValue(v)));
      const asCollection = got === 'bail' ? 'bail' : { value: got.value === undefined ? [] : [got.value] };
      assert.deepEqual(asCollection, expected, String(v));
    }
  });
});

const TRUTHS: readonly b.Truth[] = [true, false, undefined];
const collection = (t: b.Truth): lite.Collection => (t === undefined ? [] : [t]);
const truthOf = (c: lite.Collection): b.Truth => (c.length === 0 ? undefined : (c[0] as boolean));

describe('three-valued logic: the truth tables of fpOr/fpAnd/fpXor/fpImplies/fpNot', () => {
  const pairs: ReadonlyArray<readonly [string, (a: b.Truth, c: b.Truth) => b.Truth, (a: lite.Collection, c: lite.Collection) => lite.Collection]> = [
    ['or', b.fpOr3, lite.fpOr],
    ['and', b.fpAnd3, lite.fpAnd],
    ['xor', b.fpXor3, lite.fpXor],
    ['implies', b.fpImplies3, lite.fpImplies],
  ];
  for (const [op, three, col] of pairs) {
    it(op, () => {
      for (const x of TRUTHS) for (const y of TRUTHS) assert.equal(three(x, y), truthOf(col(collection(x), collection(y))), `${String(x)} ${op} ${String(y)}`);
    });
  }
  it('not', () => {
    for (const x of TRUTHS) assert.equal(b.fpNot3(x), truthOf(lite.fpNot(collection(x))));
  });
});

describe('comparisons of operand items: as fpEq/fpNe/fpLt/... on one-item collections', () => {
  const items: readonly unknown[] = [undefined, 'a', 'b', 'A', '', 1, 2, 1.5, true, false, {}, '2020', '2020-01-01', '2021-01-01', '2020-01', '12:00', '2020-01-01T10:00:00Z', '2020-01-01T10:00:00.5Z', '2020-01-01T11:00:00+01:00', null];
  const ops: ReadonlyArray<readonly [string, (x: unknown, y: unknown) => b.Truth, (a: lite.Collection, c: lite.Collection) => lite.Collection]> = [
    ['=', lite.fpEqValue, lite.fpEq],
    ['!=', b.fpNeValue, lite.fpNe],
    ['<', b.fpLtValue, lite.fpLt],
    ['<=', b.fpLeValue, lite.fpLe],
    ['>', b.fpGtValue, lite.fpGt],
    ['>=', b.fpGeValue, lite.fpGe],
  ];
  const one = (v: unknown): lite.Collection => (v === undefined ? [] : [v]);
  for (const [op, value, col] of ops) {
    it(op, () => {
      for (const x of items) {
        for (const y of items) {
          const expected = run(() => truthOf(col(one(x), one(y))));
          assert.deepEqual(run(() => value(x, y)), expected, `${JSON.stringify(x)} ${op} ${JSON.stringify(y)}`);
        }
      }
    });
  }
  const strings: ReadonlyArray<readonly [string, (x: unknown, y: unknown) => b.Truth, (a: lite.Collection, c: lite.Collection) => lite.Collection]> = [
    ['contains', b.fpContainsValue, lite.fpContains],
    ['startsWith', b.fpStartsWithValue, lite.fpStartsWith],
    ['endsWith', b.fpEndsWithValue, lite.fpEndsWith],
  ];
  for (const [fn, value, col] of strings) {
    it(`${fn} with a literal argument (empty text is false, as in fhirpath.ts)`, () => {
      for (const x of items) {
        for (const arg of ['a', '/_history/', '', 1]) {
          const expected = run(() => truthOf(col(one(x), [arg])));
          assert.deepEqual(run(() => value(x, arg)), expected, `${JSON.stringify(x)}.${fn}(${JSON.stringify(arg)})`);
        }
      }
    });
  }
});

describe('fpAny: some item satisfies the predicate, every item evaluated', () => {
  it('is fpWhere(...).length > 0 for boolean predicates', () => {
    const isA = (t: unknown): b.Truth => (t === undefined ? undefined : t === 'a');
    for (const c of [[], ['a'], ['b'], ['b', 'a'], ['a', 'b']]) assert.equal(b.fpAny(c, isA), lite.fpWhere(c, (t) => collection(isA(t))).length > 0);
  });
  it('an empty predicate result does not count', () => {
    assert.equal(b.fpAny(['a'], () => undefined), false);
  });
  it('evaluates the items after a match, so their bail still reaches fhirpath.js', () => {
    const seen: unknown[] = [];
    assert.deepEqual(
      run(() =>
        b.fpAny(['a', 'boom'], (t) => {
          seen.push(t);
          if (t === 'boom') throw lite.BAIL;
          return true;
        }),
      ),
      'bail',
    );
    assert.deepEqual(seen, ['a', 'boom']);
  });
});

describe('checkBooleanInvariant', () => {
  const REG = {} as unknown as Registry;
  const ctx = (collecting: boolean, node: unknown): { x: Ctx; c: IssueCollector | null } => {
    const c = collecting ? new IssueCollector() : null;
    return { x: makeCtx(c, node, node, null, newBudget(), REG, newPathStack(''), newPathTexts()), c };
  };
  // qty-3 as in hl7.fhir.core#3.0.1, with its hand-written boolean translation.
  const spec = { key: 'qty-3', path: 'Quantity', expression: 'code.empty() or system.exists()', severity: 'error' as const, human: 'If a code for the unit is present, the system SHALL also be present' };
  const fn = (n: unknown): boolean => b.fpOr3(b.fpSizeOf(n, 'code', '_code') === 0, b.fpSizeOf(n, 'system', '_system') > 0);
  const qty3: b.BooleanInvariant = { inv: invariant(spec), fn };

  it('holds: true, no issue', () => {
    const { x, c } = ctx(true, {});
    assert.equal(b.checkBooleanInvariant({ value: 1, code: 'kg', system: 'http://unitsofmeasure.org' }, x, pathAt(x, 'Quantity'), qty3), true);
    assert.deepEqual(c?.issues, []);
  });
  it('fails: the invariant issue with its severity and checkInvariant’s text', () => {
    const { x, c } = ctx(true, {});
    assert.equal(b.checkBooleanInvariant({ value: 1, code: 'kg' }, x, pathAt(x, 'Quantity'), qty3), false);
    assert.deepEqual(c?.issues, [
      { severity: 'error', code: 'invariant', diagnostics: "Constraint failed: qty-3: 'If a code for the unit is present, the system SHALL also be present'", expression: ['Quantity'], location: ['Quantity'] },
    ]);
  });
  it('empty (undefined) fails as [] does', () => {
    const { x, c } = ctx(true, {});
    assert.equal(b.checkBooleanInvariant({}, x, pathAt(x, 'Q'), { inv: qty3.inv, fn: () => undefined }), false);
    assert.equal(c?.issues.length, 1);
  });
  it('a warning fails without failing the check, and is not evaluated in fast mode', () => {
    const warning: b.BooleanInvariant = { inv: invariant({ ...spec, severity: 'warning' }), fn: () => assert.fail('evaluated in fast mode') };
    assert.equal(b.checkBooleanInvariant({ code: 'kg' }, ctx(false, {}).x, ROOT_PATH, warning), true);
    const { x, c } = ctx(true, {});
    assert.equal(b.checkBooleanInvariant({ code: 'kg' }, x, pathAt(x, 'Q'), { inv: warning.inv, fn }), true);
    assert.equal(c?.issues[0]?.severity, 'warning');
  });
  it('an absent or null node is not checked', () => {
    const never: b.BooleanInvariant = { inv: qty3.inv, fn: () => assert.fail('evaluated') };
    assert.equal(b.checkBooleanInvariant(undefined, ctx(true, {}).x, ROOT_PATH, never), true);
    assert.equal(b.checkBooleanInvariant(null, ctx(true, {}).x, ROOT_PATH, never), true);
  });
  it('a bail hands the node to fhirpath.js (here: `_code` with an extension, which fhirpath.js reads as a code)', () => {
    const node = { code: 'kg', _code: { extension: [{ url: 'http://example.org/x', valueString: 'y' }] } };
    assert.deepEqual(run(() => fn(node)), 'bail');
    const { x, c } = ctx(true, node);
    assert.equal(b.checkBooleanInvariant(node, x, pathAt(x, 'Quantity'), qty3), false);
    assert.equal(c?.issues[0]?.diagnostics, "Constraint failed: qty-3: 'If a code for the unit is present, the system SHALL also be present'");
    const fine = { code: 'kg', system: 'http://unitsofmeasure.org', _code: { extension: [{ url: 'http://example.org/x', valueString: 'y' }] } };
    assert.equal(b.checkBooleanInvariant(fine, ctx(true, fine).x, ROOT_PATH, qty3), true);
  });
  it('any other exception also falls back to fhirpath.js', () => {
    const { x, c } = ctx(true, {});
    const overflow: b.BooleanInvariant = { inv: qty3.inv, fn: () => { throw new RangeError('Maximum call stack size exceeded'); } };
    assert.equal(b.checkBooleanInvariant({ value: 1 }, x, pathAt(x, 'Q'), overflow), true);
    assert.deepEqual(c?.issues, []);
  });
});
