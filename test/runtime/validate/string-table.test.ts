/**
 * The string table the registry and the Bundle index look keys up in
 * (generator/runtime/validate/string-table.ts): it must answer as a Map with first-wins inserts
 * does, for any keys, and stay linear when the keys are chosen to share a bucket.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { StringTable } from '../../../generator/runtime/validate/string-table.js';

/** A Map that keeps the first value of a repeated key, as the table does. */
function firstWins(entries: readonly (readonly [string, number])[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const [key, value] of entries) if (!map.has(key)) map.set(key, value);
  return map;
}

describe('string table', () => {
  it('answers as a Map with first-wins inserts, for present and absent keys', () => {
    const key = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', 'a', 'urn:uuid:', 'Patient/1', 'https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1'));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer()), { maxLength: 200 }), fc.array(key, { maxLength: 50 }), (entries, probes) => {
        const table = StringTable.of(entries);
        const map = firstWins(entries);
        assert.equal(table.size, map.size);
        for (const [k] of entries) assert.equal(table.get(k), map.get(k));
        for (const k of probes) assert.equal(table.get(k), map.get(k));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the first value and says whether a key was added', () => {
    const table = new StringTable<string>(1);
    assert.equal(table.add('a', 'first'), true);
    assert.equal(table.add('a', 'second'), false);
    assert.equal(table.get('a'), 'first');
    assert.equal(table.get('b'), undefined);
    assert.equal(table.size, 1);
  });

  it('turns into a Map when keys chosen to share a bucket pile up, and still finds them all', () => {
    // Same length and the same characters at every position the bucket is read from (the end, the
    // middle): only the characters in between differ.
    const keys = Array.from({ length: 5000 }, (_, i) => `urn:uuid:${String(i).padStart(8, '0')}-0000-0000-0000-000000000000`);
    const table = new StringTable<number>(keys.length);
    keys.forEach((key, i) => table.add(key, i));
    assert.equal(table.isMap, true, 'a bucket of 5000 keys would make every lookup a scan');
    keys.forEach((key, i) => assert.equal(table.get(key), i));
    assert.equal(table.add(keys[0] as string, -1), false, 'first value still kept after the change');
    assert.equal(table.get(keys[0] as string), 0);
    assert.equal(table.size, keys.length);
  });

  it('stays buckets for keys that differ where it reads them (distinct urn:uuids)', () => {
    const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
    const keys = Array.from({ length: 2000 }, (_, i) => `urn:uuid:${hex(i * 2654435761 >>> 0, 8)}-1234-4abc-8def-${hex((i * 40503) >>> 0, 12)}`);
    const table = StringTable.of(keys.map((key, i) => [key, i] as const));
    assert.equal(table.isMap, false);
    keys.forEach((key, i) => assert.equal(table.get(key), i));
  });
});
