import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CanonicalIndex, normaliseCanonical } from '../../generator/ir/canonical.js';
import { resource } from '../helpers/resources.js';

const VS = 'https://fhir.nhs.uk/STU3/ValueSet/CareConnect-BodySite-1';
const index = new CanonicalIndex([
  resource({ resourceType: 'ValueSet', url: VS, version: '1.0.0', id: 'a' }, 'gpc#1.5.0', 0),
  resource({ resourceType: 'ValueSet', url: VS, version: '0.0.1', id: 'b' }, 'careconnect#1.0.0', 1),
  resource({ resourceType: 'StructureDefinition', url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-X-1', id: 'x' }),
]);

describe('canonical resolution', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['exact url', VS, 'a'],
    ['stray whitespace', ` ${VS} `, 'a'],
    ['url|version picks that version', `${VS}|0.0.1`, 'b'],
    ['url|unknown version falls back to the preferred one', `${VS}|9.9.9`, 'a'],
    ['the other NHS domain', 'https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-BodySite-1', 'a'],
    ['the other NHS domain, reversed', 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-X-1', 'x'],
    ['unknown', 'https://example.org/ValueSet/none', undefined],
  ];
  for (const [name, reference, expectedId] of cases) {
    it(name, () => assert.equal(index.find(reference)?.id, expectedId));
  }

  it('filters by resource type', () => {
    assert.equal(index.find(VS, 'CodeSystem'), undefined);
    assert.equal(index.find(VS, 'ValueSet')?.id, 'a');
  });

  it('prefers the package nearest the root and reports the duplicate', () => {
    assert.deepEqual(index.duplicates(), [{ url: VS, chosen: 'gpc#1.5.0 (ValueSet 1.0.0)', ignored: ['careconnect#1.0.0 (ValueSet 0.0.1)'] }]);
  });

  it('records each unresolved reference once, with every user', () => {
    const local = new CanonicalIndex([]);
    local.resolveOrReport('https://x.org/VS/a ', 'ValueSet', 'binding.valueSet', 'P#e1', 'fallback');
    local.resolveOrReport('https://x.org/VS/a', 'ValueSet', 'binding.valueSet', 'P#e2', 'fallback');
    local.resolveOrReport('https://x.org/VS/a', 'ValueSet', 'binding.valueSet', 'P#e1', 'fallback');
    assert.deepEqual(local.unresolved(), [{ kind: 'binding.valueSet', url: 'https://x.org/VS/a', usedBy: ['P#e1', 'P#e2'], fallback: 'fallback' }]);
  });

  it('splits url and version', () => {
    assert.deepEqual(normaliseCanonical(' http://a/b|1.0 '), { url: 'http://a/b', version: '1.0' });
    assert.deepEqual(normaliseCanonical('http://a/b'), { url: 'http://a/b', version: undefined });
  });
});
