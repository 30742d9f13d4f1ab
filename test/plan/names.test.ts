import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSafeIdentifier, pascalCase, propertyKey } from '../../generator/plan/identifiers.js';
import { NameRegistry } from '../../generator/plan/names.js';
import { globToRegExp } from '../../generator/plan/globs.js';

describe('identifiers', () => {
  const names: Array<[string, string]> = [
    ['CareConnect-GPC-Patient-1', 'CareConnectGPCPatient1'],
    ['patient-birthTime', 'PatientBirthTime'],
    ['Extension-CareConnect-GPC-NHSNumberVerificationStatus-1', 'ExtensionCareConnectGPCNHSNumberVerificationStatus1'],
    ['11179-de-effective-period', 'T11179DeEffectivePeriod'],
    ['*/ alert(1) /*', 'Alert1'],
    ['', 'Unnamed'],
    ['日本語', 'Unnamed'],
  ];
  for (const [input, expected] of names) it(`pascalCase(${JSON.stringify(input)})`, () => assert.equal(pascalCase(input), expected));

  it('never yields an unsafe identifier', () => {
    for (const input of ['class', 'constructor', '__proto__', '1abc', 'a b', '`${x}`']) assert.ok(isSafeIdentifier(pascalCase(input)), input);
  });

  it('quotes property keys that are not identifiers', () => {
    assert.equal(propertyKey('birthDate'), 'birthDate');
    assert.equal(propertyKey('_birthDate'), '_birthDate');
    assert.equal(propertyKey('a-b'), '"a-b"');
    assert.equal(propertyKey('*/x'), '"*/x"');
  });
});

describe('name registry', () => {
  it('keeps the first claimant, tries the alternative, then numbers; reports every rename', () => {
    const registry = new NameRegistry(['AnyResource']);
    assert.equal(registry.claim('Reference', 'core/Reference'), 'Reference');
    assert.equal(registry.claim('Reference', 'core/valueset-reference', 'ValuesetReference'), 'ValuesetReference');
    assert.equal(registry.claim('Reference', 'other/reference'), 'Reference2');
    assert.equal(registry.claim('AnyResource', 'x'), 'AnyResource2');
    assert.deepEqual(registry.collisions.map((c) => [c.intended, c.final, c.conflictsWith]), [
      ['Reference', 'ValuesetReference', 'core/Reference'],
      ['Reference', 'Reference2', 'core/Reference'],
      ['AnyResource', 'AnyResource2', '(reserved by the generated package)'],
    ]);
  });

  it('treats names differing only in case as a collision (module files on macOS/Windows)', () => {
    const registry = new NameRegistry();
    registry.claim('CarePlan', 'a');
    assert.equal(registry.claim('Careplan', 'b'), 'Careplan2');
  });

  it('makes unsafe intended names safe', () => {
    assert.equal(new NameRegistry().claim('class', 'x'), '_class');
  });
});

describe('url globs', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*', 'https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1', true],
    ['https://fhir.nhs.uk/*', 'https://fhir.nhs.uk/STU3/StructureDefinition/X', true],
    ['https://fhir.nhs.uk/*', 'https://fhir.hl7.org.uk/STU3/StructureDefinition/X', false],
    ['*Patient-1', 'https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1', true],
    ['http://a.b/c?d', 'http://a.b/cxd', false],
  ];
  for (const [glob, url, expected] of cases) it(`${glob} vs ${url}`, () => assert.equal(globToRegExp(glob).test(url), expected));
});
