import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { childPath, indexPath } from '../../../generator/runtime/validate/paths.js';

describe('paths', () => {
  it('builds FHIRPath-style paths', () => {
    const root = childPath('', 'Patient');
    assert.equal(root, 'Patient');
    assert.equal(childPath(indexPath(childPath(root, 'identifier'), 0), 'system'), 'Patient.identifier[0].system');
    assert.equal(indexPath(childPath(indexPath(childPath(root, 'name'), 2), 'given'), 10), 'Patient.name[2].given[10]');
    assert.equal(childPath(root, '_birthDate'), 'Patient._birthDate');
    assert.equal(childPath(root, '__proto__'), 'Patient.__proto__');
  });

  it('quotes keys that are not FHIRPath identifiers as delimited identifiers', () => {
    const table: [string, string][] = [
      ['a b', 'Patient.`a b`'],
      ['', 'Patient.``'],
      ['1st', 'Patient.`1st`'],
      ['a.b', 'Patient.`a.b`'],
      ['a`b', 'Patient.`a\\`b`'],
      ['a\\b', 'Patient.`a\\\\b`'],
      ['line\nbreak', 'Patient.`line\\u000abreak`'],
      ['ünï', 'Patient.`ünï`'],
    ];
    for (const [name, path] of table) assert.equal(childPath('Patient', name), path);
  });
});
