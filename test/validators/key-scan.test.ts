/**
 * The key scan of generated object checks (generator/emit/validators/key-scan.ts): which presence
 * bit each JSON key sets, and that the emitted scan, run as JavaScript, reports what checkKeys
 * reports (unknown keys in key order, ele-1) and sets exactly the bits of the keys present.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { transformSync } from 'esbuild';
import { name } from '../../generator/emit/validators/code.js';
import { keyScan } from '../../generator/emit/validators/key-scan.js';
import { IssueCollector } from '../../generator/runtime/validate/outcome.js';
import * as runtime from '../../generator/runtime/validate/index.js';
import type { EmitScope } from '../../generator/validate/emit-scope.js';
import type { ObjectRule, PropRule, VariantRule } from '../../generator/validate/model.js';
import { pathAt } from '../helpers/path-at.js';
import { newPathStack, newPathTexts, ROOT_PATH } from '../../generator/runtime/validate/paths.js';

const scope: EmitScope = {
  runtime: (n) => name(`vrt_${n}`),
  hoist: () => {
    throw new Error('the scan hoists nothing');
  },
  codes: () => name('codes'),
  codings: () => name('codings'),
  check: () => name('check'),
};

function primitive(jsonName: string): VariantRule {
  return { jsonName, seg: jsonName, code: 'string', target: { kind: 'primitive', type: 'string', ext: { kind: 'generic' } }, extras: [] };
}

function complex(jsonName: string): VariantRule {
  return { jsonName, seg: jsonName, code: 'Coding', target: { kind: 'any' }, extras: [] };
}

function prop(variants: VariantRule[], min = 0, choice = false): PropRule {
  const first = variants[0]?.jsonName ?? '';
  return { elementId: first, name: first, seg: first, min, max: 1, repeats: false, choice, variants, slicing: undefined, slicingNotChecked: undefined };
}

function rule(props: PropRule[], ele1 = true): ObjectRule {
  const known = new Set<string>(['id']);
  for (const p of props) for (const v of p.variants) {
    known.add(v.jsonName);
    if (v.target.kind === 'primitive') known.add(`_${v.jsonName}`);
  }
  return { key: 'test', label: 'Test', resourceType: undefined, known: [...known], ele1, props, constraints: [], owner: { paths: ['Test'], type: 'Test', exact: true } };
}

/**
 * Runs the emitted scan on `o` (TypeScript, as the package's sources are: transpiled here) and
 * returns the presence words, the issues, and the value each variant's expression gives after it.
 */
function run(r: ObjectRule, o: Record<string, unknown>, collecting = true): { words: number[]; values: unknown[]; ok: boolean; issues: string[] } {
  const scan = keyScan(r, scope);
  const words = (scan.code.toString().match(/let m\d+ = 0;/g) ?? []).map((_, i) => `m${i}`);
  const values = r.props.flatMap((p) => p.variants).map((v) => scan.value(v).toString());
  const body = `${scan.code.toString()}\nreturn { words: [${words.join(', ')}], values: [${values.join(', ')}] };`;
  const js = transformSync(`function scanned(o: Record<string, unknown>, x: unknown, p: unknown, vrt_unknownKey: Function, vrt_emptyElement: Function, vrt_own: Function) {\n${body}\n}`, { loader: 'ts' }).code;
  const fn = new Function(`${js}\nreturn scanned;`)() as (...args: unknown[]) => { words: number[]; values: unknown[] } | false;
  const c = collecting ? new IssueCollector() : null;
  const x = runtime.makeCtx(c, undefined, undefined, null, runtime.newBudget(), undefined as never, newPathStack(''), newPathTexts());
  const result = fn(o, x, pathAt(x, 'Test'), runtime.unknownKey, runtime.emptyElement, runtime.own);
  return { words: result === false ? [] : result.words, values: result === false ? [] : result.values, ok: result !== false, issues: (c?.issues ?? []).map((i) => `${i.code} ${i.expression?.[0] ?? ''}`) };
}

function present(r: ObjectRule, variant: VariantRule, words: number[]): boolean {
  const test = keyScan(r, scope).present(variant).toString();
  return new Function(...words.map((_, i) => `m${i}`), `return ${test};`)(...words) as boolean;
}

describe('key scan', () => {
  it('sets the bit of each present key, a value and its _ sibling apart', () => {
    const a = primitive('a');
    const b = complex('b');
    const r = rule([prop([a]), prop([b])]);
    const scan = keyScan(r, scope);
    const { words, issues } = run(r, { _a: { extension: [] }, b: {} });
    assert.deepEqual(issues, []);
    assert.equal(present(r, a, words), true);
    assert.equal(present(r, b, words), true);
    const siblingAbsent = new Function('m0', `return ${scan.siblingAbsent(a).toString()};`) as (m0: number) => boolean;
    assert.equal(siblingAbsent(words[0] ?? 0), false);
    assert.equal(siblingAbsent(run(r, { a: 'x' }).words[0] ?? 0), true);
    assert.equal(present(r, b, run(r, { a: 'x' }).words), false);
  });

  it('reports unknown keys in key order and ele-1, as checkKeys does', () => {
    const r = rule([prop([primitive('a')])]);
    const o = { zz: 1, id: 'x', aa: 2 };
    const { issues } = run(r, o);
    const c = new IssueCollector();
    runtime.checkKeys(o, new Set(r.known), runtime.makeCtx(c, undefined, undefined, null, runtime.newBudget(), undefined as never, newPathStack('Test'), newPathTexts()), ROOT_PATH, true);
    assert.deepEqual(issues, c.issues.map((i) => `${i.code} ${i.expression?.[0] ?? ''}`));
    assert.deepEqual(issues, ['structure Test.zz', 'structure Test.aa', 'invariant Test']);
    assert.equal(run(r, o, false).ok, false, 'fast mode stops at the first unknown key');
    assert.deepEqual(run(rule([prop([primitive('a')])], false), { id: 'x' }).issues, [], 'no ele-1 where the rule has none');
  });

  it('skips inherited keys (a polluted prototype is not the instance)', () => {
    const r = rule([prop([primitive('a')])]);
    const o = Object.create({ polluted: 1 }) as Record<string, unknown>;
    o['a'] = 'x';
    assert.deepEqual(run(r, o).issues, []);
  });

  it('keeps a choice in one word when it fits, and spreads more than 31 keys over several words', () => {
    const singles = Array.from({ length: 20 }, (_, i) => prop([complex(`e${i}`)]));
    const choice = prop(Array.from({ length: 8 }, (_, i) => primitive(`value${String.fromCharCode(65 + i)}`)), 0, true);
    const r = rule([...singles, choice]);
    const masks = keyScan(r, scope).masks(choice.variants);
    assert.equal(masks.length, 1, '16 bits of the choice do not fit after 20 singles: they start a new word');
    assert.equal(masks[0]?.[0].toString(), 'm1');
    const { words } = run(r, { e19: {}, valueC: 'x' });
    assert.equal(words.length, 2);
    assert.equal(present(r, singles[19]?.variants[0] as VariantRule, words), true);
    assert.equal(present(r, choice.variants[2] as VariantRule, words), true);
    assert.equal(present(r, choice.variants[3] as VariantRule, words), false);
  });

  it("gives each element's value as the scan met its key, and reads names Object.prototype has from the object's own properties", () => {
    const a = primitive('a');
    const b = complex('b');
    const ctor = complex('constructor');
    const r = rule([prop([a]), prop([b]), prop([ctor])]);
    const scan = keyScan(r, scope);
    assert.match(scan.value(a).toString(), /^e\d+$/, 'a local the scan stores');
    assert.doesNotMatch(scan.value(ctor).toString(), /^e\d+$/, 'read as an own property instead');
    const inner = {};
    assert.deepEqual(run(r, { a: 'x', b: inner }).values, ['x', inner, undefined]);
    assert.equal(run(r, { b: inner }).values[1], inner);
    assert.deepEqual(run(r, { id: 'i' }).values, [undefined, undefined, undefined], 'absent keys give undefined, not an inherited constructor');
    const own = { constructor: { made: true } };
    assert.deepEqual(run(r, own).values[2], { made: true });
    const polluted = Object.create({ a: 'inherited' }) as Record<string, unknown>;
    polluted['b'] = inner;
    assert.deepEqual(run(r, polluted).values.slice(0, 2), ['inherited', inner], 'as a plain read o.a would, an inherited enumerable key gives its value');
  });

  it('counts the bits of a presence word', () => {
    for (const w of [0, 1, 0b1011, 0x7fffffff, 0x40000001]) assert.equal(runtime.bitCount(w), w.toString(2).split('').filter((c) => c === '1').length);
  });
});

