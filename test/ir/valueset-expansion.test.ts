import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CanonicalIndex } from '../../generator/ir/canonical.js';
import { ValueSetExpander } from '../../generator/ir/valueset-expansion.js';
import { resource } from '../helpers/resources.js';

const CS = 'http://example.org/CodeSystem/colours';
const index = new CanonicalIndex([
  resource({ resourceType: 'CodeSystem', url: CS, content: 'complete', concept: [{ code: 'red', display: 'Red', concept: [{ code: 'dark-red' }] }, { code: 'blue' }] }),
  resource({ resourceType: 'CodeSystem', url: 'http://example.org/CodeSystem/partial', content: 'fragment', concept: [{ code: 'x' }] }),
  resource({ resourceType: 'ValueSet', url: 'http://e/vs/listed', compose: { include: [{ system: CS, concept: [{ code: 'red' }] }] } }),
  resource({ resourceType: 'ValueSet', url: 'http://e/vs/whole', compose: { include: [{ system: CS }], exclude: [{ system: CS, concept: [{ code: 'blue' }] }] } }),
  resource({ resourceType: 'ValueSet', url: 'http://e/vs/nested', compose: { include: [{ valueSet: ['http://e/vs/listed'] }, { system: 'http://other', concept: [{ code: 'z' }] }] } }),
  resource({ resourceType: 'ValueSet', url: 'http://e/vs/filter', compose: { include: [{ system: 'http://snomed.info/sct', filter: [{ property: 'concept', op: 'is-a', value: '1' }] }] } }),
  resource({ resourceType: 'ValueSet', url: 'http://e/vs/fragment', compose: { include: [{ system: 'http://example.org/CodeSystem/partial' }] } }),
  resource({ resourceType: 'ValueSet', url: 'http://e/vs/self', compose: { include: [{ valueSet: ['http://e/vs/self'] }] } }),
  resource({ resourceType: 'ValueSet', url: 'http://e/vs/expanded', expansion: { contains: [{ system: CS, code: 'red', contains: [{ system: CS, code: 'blue' }] }] } }),
]);

function codes(url: string): string[] | string {
  const result = new ValueSetExpander(index).expand(url, 'test');
  return 'codes' in result ? result.codes.map((c) => c.code) : result.notEnumerable;
}

describe('ValueSet expansion', () => {
  const cases: Array<[string, string, string[] | RegExp]> = [
    ['listed concepts', 'http://e/vs/listed', ['red']],
    ['a whole complete code system, nested concepts, minus excludes', 'http://e/vs/whole', ['red', 'dark-red']],
    ['nested value sets and other systems', 'http://e/vs/nested', ['red', 'z']],
    ['a shipped expansion, flattened', 'http://e/vs/expanded', ['red', 'blue']],
    ['filters need a terminology server', 'http://e/vs/filter', /filter on http:\/\/snomed\.info\/sct/],
    ['incomplete code systems are not enumerable', 'http://e/vs/fragment', /content is 'fragment'/],
    ['a value set that includes itself ends', 'http://e/vs/self', /includes itself/],
    ['a missing value set', 'http://e/vs/missing', /not in the loaded packages/],
  ];
  for (const [name, url, expected] of cases) {
    it(name, () => {
      const actual = codes(url);
      if (expected instanceof RegExp) assert.match(String(actual), expected);
      else assert.deepEqual(actual, expected);
    });
  }
});
