/**
 * Test helper: runs table-driven snapshot cases. A case is a hand-written profile and what its
 * generated snapshot must contain (elements by id with property values, id sequences, absent ids,
 * warnings), or the error generation must throw (code, location, detail).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isGeneratorError, type ErrorCode } from '../../generator/errors.js';
import { generateSnapshot } from '../../generator/ir/snapshot/index.js';
import type { ElementDefinitionJson, StructureDefinitionJson } from '../../generator/ir/snapshot/json-types.js';
import { resolverWith } from './fixtures.js';

export interface Case {
  readonly name: string;
  readonly sd: StructureDefinitionJson;
  /** Definitions the resolver knows besides the core fixtures; `without` hides some. */
  readonly extra?: StructureDefinitionJson[];
  readonly without?: string[];
  /** Elements that must exist (by id), with these property values. */
  readonly elements?: Record<string, Partial<ElementDefinitionJson>>;
  /** Ids that must follow each other in exactly this order. */
  readonly sequence?: string[];
  readonly absent?: string[];
  readonly warnings?: RegExp[];
  readonly error?: { code: ErrorCode; element?: string; detail?: RegExp };
}

/** A profile with its generated snapshot, to profile further. */
export function withSnapshot(sd: StructureDefinitionJson, extra: StructureDefinitionJson[] = []): StructureDefinitionJson {
  return { ...sd, snapshot: { element: generateSnapshot(sd, resolverWith(extra)).element } };
}

/** Deep equality on the listed properties only; constraint lists compare by key. */
function assertHas(actual: ElementDefinitionJson, expected: Partial<ElementDefinitionJson>, id: string): void {
  for (const [key, value] of Object.entries(expected)) {
    const got = key === 'constraint' ? actual.constraint?.map((c) => ({ key: c.key })) : actual[key];
    assert.deepEqual(got, value, `${id}.${key}`);
  }
}

export function runCases(cases: readonly Case[]): void {
  for (const c of cases) {
    test(c.name, () => {
      const resolve = resolverWith(c.extra, c.without);
      if (c.error) {
        const expected = c.error;
        assert.throws(
          () => generateSnapshot(c.sd, resolve),
          (error: unknown) => {
            assert.ok(isGeneratorError(error), String(error));
            assert.equal(error.code, expected.code);
            assert.equal(error.location.url, c.sd.url);
            if (expected.element) assert.equal(error.location.element, expected.element);
            if (expected.detail) assert.match(error.detail, expected.detail);
            return true;
          },
        );
        return;
      }
      const { element, warnings } = generateSnapshot(c.sd, resolve);
      const ids = element.map((e) => e.id);
      assert.equal(new Set(ids).size, ids.length, 'ids are unique');
      assert.ok(element.every((e) => e.base !== undefined), 'every element has base');
      for (const [id, expected] of Object.entries(c.elements ?? {})) {
        const found = element.find((e) => e.id === id);
        assert.ok(found, `missing ${id}; have ${ids.join(', ')}`);
        assertHas(found, expected, id);
      }
      if (c.sequence) {
        const start = ids.indexOf(c.sequence[0]);
        assert.deepEqual(ids.slice(start, start + c.sequence.length), c.sequence);
      }
      for (const id of c.absent ?? []) assert.ok(!ids.includes(id), `unexpected ${id}`);
      assert.equal(warnings.length, c.warnings?.length ?? 0, warnings.join('\n'));
      c.warnings?.forEach((pattern, i) => assert.match(warnings[i] ?? '', pattern));
    });
  }
}
