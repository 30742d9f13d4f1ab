import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import { MAX_DEPTH, isObject, jsonKind, ownKeys } from '../../../generator/runtime/validate/guard.js';
import type { JsonKind } from '../../../generator/runtime/validate/guard.js';

class Instance {
  readonly a = 1;
}

describe('isObject', () => {
  it('accepts plain JSON objects, null-prototype objects and objects from another realm', () => {
    assert.equal(isObject({}), true);
    assert.equal(isObject({ a: 1 }), true);
    assert.equal(isObject(JSON.parse('{"resourceType":"Patient"}')), true);
    assert.equal(isObject(Object.create(null)), true);
    assert.equal(isObject(runInNewContext('({ a: 1 })')), true);
  });

  it('rejects null, arrays, functions, primitives and non-plain objects', () => {
    for (const v of [
      null,
      undefined,
      [],
      [1],
      () => 1,
      function named() {},
      'x',
      1,
      true,
      1n,
      Symbol('s'),
      new Date(0),
      new Map(),
      new Set(),
      /re/,
      new Instance(),
      new String('x'),
      runInNewContext('[1]'),
    ]) {
      assert.equal(isObject(v), false, String(typeof v === 'symbol' ? 'symbol' : v));
    }
  });
});

describe('ownKeys and prototype pollution', () => {
  it('returns __proto__ and constructor as ordinary keys and reading them pollutes nothing', () => {
    const hostile: unknown = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "a": 1}',
    );
    assert.ok(isObject(hostile));
    assert.deepEqual(ownKeys(hostile), ['__proto__', 'constructor', 'a']);

    // What a validator does with every key: read it and inspect the value.
    const kinds: JsonKind[] = [];
    for (const key of ownKeys(hostile)) {
      const value = hostile[key];
      kinds.push(jsonKind(value));
      if (isObject(value)) for (const inner of ownKeys(value)) kinds.push(jsonKind(value[inner]));
    }
    assert.deepEqual(kinds, ['object', 'boolean', 'object', 'object', 'number']);

    // The own "__proto__" property is data, not the prototype.
    assert.equal(Object.getPrototypeOf(hostile), Object.prototype);
    assert.deepEqual(hostile['__proto__'], { polluted: true });
    const probe: Record<string, unknown> = {};
    assert.equal(probe['polluted'], undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  });

  it('never walks the prototype chain and ignores symbols and non-enumerable keys', () => {
    const inherited: Record<string, unknown> = Object.create({ inherited: 1 }) as Record<string, unknown>;
    inherited['own'] = 2;
    Object.defineProperty(inherited, 'hidden', { value: 3, enumerable: false });
    (inherited as Record<symbol, unknown>)[Symbol('s')] = 4;
    assert.deepEqual(ownKeys(inherited), ['own']);
  });

  it('works on null-prototype objects', () => {
    const o = Object.create(null) as Record<string, unknown>;
    o['x'] = 1;
    assert.deepEqual(ownKeys(o), ['x']);
  });
});

describe('jsonKind', () => {
  it('names JSON kinds and the values JSON cannot carry', () => {
    const table: [unknown, JsonKind][] = [
      [null, 'null'],
      [true, 'boolean'],
      [0, 'number'],
      [-1.5, 'number'],
      ['', 'string'],
      [[], 'array'],
      [{}, 'object'],
      [Object.create(null), 'object'],
      [undefined, 'undefined'],
      [() => 1, 'function'],
      [1n, 'bigint'],
      [Symbol('s'), 'symbol'],
      [NaN, 'non-finite number'],
      [Infinity, 'non-finite number'],
      [new Date(0), 'non-plain object'],
      [new Map(), 'non-plain object'],
      [new Instance(), 'non-plain object'],
    ];
    for (const [v, kind] of table) assert.equal(jsonKind(v), kind);
  });
});

describe('MAX_DEPTH', () => {
  /** The pattern every generated validator follows: carry the depth, stop at MAX_DEPTH. */
  function depthOf(v: unknown, depth: number): number | 'too deep' {
    if (depth > MAX_DEPTH) return 'too deep';
    let max = depth;
    const children = Array.isArray(v) ? (v as unknown[]) : isObject(v) ? ownKeys(v).map((k) => v[k]) : [];
    for (const c of children) {
      const d = depthOf(c, depth + 1);
      if (d === 'too deep') return d;
      if (d > max) max = d;
    }
    return max;
  }

  it('is generous for FHIR and far below the stack limit', () => {
    assert.ok(MAX_DEPTH >= 64 && MAX_DEPTH <= 1024);
  });

  it('stops a 100,000-deep document and a cycle without overflowing the stack', () => {
    const deep: unknown = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    assert.equal(depthOf(deep, 1), 'too deep');
    const cyclic: Record<string, unknown> = { resourceType: 'Patient' };
    cyclic['self'] = cyclic;
    assert.equal(depthOf(cyclic, 1), 'too deep');
    assert.equal(depthOf({ a: [{ b: 1 }] }, 1), 4); // object, array, object, then the number
  });
});
