/** The builder runtime (generator/runtime/build), which every generated builder calls. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fillAndCheck, fillAndCheckPart, fillObject, fillPart } from '../../generator/runtime/build/fill.js';
import { BuildError, isBuildError } from '../../generator/runtime/build/error.js';
import { bundleEntries, fullUrlOf, referenceIssues, referenceTo, assembleBundle } from '../../generator/runtime/build/bundle.js';
import type { OperationOutcome } from '../../generator/runtime/validate/outcome.js';

const VALID: OperationOutcome = { resourceType: 'OperationOutcome', issue: [{ severity: 'information', code: 'informational', diagnostics: 'ok' }] };
const INVALID: OperationOutcome = {
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code: 'required', diagnostics: 'minimum 1', expression: ['Patient.name'], location: ['Patient.name'] }],
};

describe('fillObject', () => {
  const cases: Array<{ name: string; input: object; spec: Parameters<typeof fillObject>[1]; expected: unknown }> = [
    { name: 'sets a fixed value the input leaves out, first', input: { value: '1' }, spec: { set: { system: 'S' } }, expected: { system: 'S', value: '1' } },
    { name: 'keeps a value the input gives, even a different one', input: { system: 'X', value: '1' }, spec: { set: { system: 'S' } }, expected: { system: 'X', value: '1' } },
    { name: 'treats an undefined value as left out', input: { system: undefined, value: '1' }, spec: { set: { system: 'S' } }, expected: { system: 'S', value: '1' } },
    {
      name: 'fills nested values and every array item',
      input: { reason: [{ coding: [{ code: 'a' }, { code: 'b' }] }], single: { x: 1 } },
      spec: { each: { reason: { each: { coding: { set: { system: 'sct' } } } }, single: { set: { y: 2 } } } },
      expected: { reason: [{ coding: [{ system: 'sct', code: 'a' }, { system: 'sct', code: 'b' }] }], single: { y: 2, x: 1 } },
    },
    {
      name: 'fills the leading items of an array as their slices, and no others',
      input: { name: [{ family: 'A' }, { family: 'B' }] },
      spec: { lead: { name: [{ set: { use: 'official' } }] } },
      expected: { name: [{ use: 'official', family: 'A' }, { family: 'B' }] },
    },
    {
      name: 'writes the one system of a binding into codings without one',
      input: { valueCodeableConcept: { coding: [{ code: '01' }, { system: 'other', code: 'x' }, { display: 'no code' }] }, valueCoding: { code: '02' } },
      spec: { system: { valueCodeableConcept: 'S', valueCoding: 'S' } },
      expected: { valueCodeableConcept: { coding: [{ system: 'S', code: '01' }, { system: 'other', code: 'x' }, { display: 'no code' }] }, valueCoding: { system: 'S', code: '02' } },
    },
    {
      name: 'puts resourceType, id and meta (with the profile) first',
      input: { name: [], id: '1', meta: { versionId: '2' } },
      spec: { resourceType: 'Patient', profile: 'P' },
      expected: { resourceType: 'Patient', id: '1', meta: { versionId: '2', profile: ['P'] }, name: [] },
    },
    {
      name: 'adds the profile to other profiles once',
      input: { meta: { profile: ['Q', 'P'] } },
      spec: { resourceType: 'Patient', profile: 'P' },
      expected: { resourceType: 'Patient', meta: { profile: ['Q', 'P'] } },
    },
    { name: 'leaves non-objects where an object is expected alone', input: { single: 'text', list: [1, null] }, spec: { each: { single: { set: { a: 1 } }, list: { set: { a: 1 } } } }, expected: { single: 'text', list: [1, null] } },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const before = structuredClone(c.input);
      assert.deepEqual(fillObject(c.input, c.spec), c.expected);
      assert.deepEqual(c.input, before, 'the input is not modified');
    });
  }

  test('copies a `__proto__` key of JSON input as data, never as the prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "value": "1"}') as object;
    const out = fillObject(input, { resourceType: 'Patient', profile: 'P', set: { system: 'S' } });
    assert.equal(Object.getPrototypeOf(out), Object.prototype);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.ok(Object.hasOwn(out, '__proto__'));
  });

  test('fillPart returns the filled value', () => {
    assert.deepEqual(fillPart<{ url: string }>({}, { set: { url: 'u' } }), { url: 'u' });
  });
});

describe('fillAndCheck', () => {
  const isNamed = (value: unknown): value is { name: string } => typeof value === 'object' && value !== null && 'name' in value;
  test('returns the filled value when the guard accepts it, without running the validator', () => {
    let validated = 0;
    const result = fillAndCheck({ name: 'x' }, { resourceType: 'Patient' }, isNamed, () => (validated++, VALID), 'Patient');
    assert.deepEqual(result, { resourceType: 'Patient', name: 'x' });
    assert.equal(validated, 0);
  });
  test("throws a BuildError carrying the validator's OperationOutcome otherwise", () => {
    assert.throws(
      () => fillAndCheck({}, { resourceType: 'Patient' }, isNamed, () => INVALID, 'CareConnectGPCPatient1'),
      (error: unknown) => {
        assert.ok(error instanceof BuildError && isBuildError(error));
        assert.equal(error.outcome, INVALID);
        assert.equal(error.typeName, 'CareConnectGPCPatient1');
        assert.equal(error.message, 'CareConnectGPCPatient1 is not valid: Patient.name: minimum 1');
        return true;
      },
    );
  });
  test('a part builder lets failed invariants through (they may need the resource), and throws on any other error', () => {
    const never = (_value: unknown): _value is { url: string } => false;
    const invariant: OperationOutcome = {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'invariant', diagnostics: 'ref-1', expression: ['Extension.valueReference'] }, { severity: 'warning', code: 'value', diagnostics: 'w' }],
    };
    assert.deepEqual(fillAndCheckPart({ valueReference: { reference: '#1' } }, { set: { url: 'u' } }, never, () => invariant, 'E'), { url: 'u', valueReference: { reference: '#1' } });
    assert.throws(() => fillAndCheckPart({}, { set: { url: 'u' } }, never, () => INVALID, 'E'), BuildError);
    const both: OperationOutcome = { resourceType: 'OperationOutcome', issue: [...invariant.issue, ...INVALID.issue] };
    assert.throws(() => fillAndCheckPart({}, {}, never, () => both, 'E'), /E is not valid: Extension\.valueReference: ref-1; Patient\.name: minimum 1/);
  });
  test('isBuildError recognises a BuildError from another copy of the runtime by name and outcome', () => {
    const foreign = Object.assign(new Error('x'), { name: 'BuildError', outcome: INVALID });
    assert.ok(isBuildError(foreign));
    assert.ok(!isBuildError(new Error('x')));
  });
});

describe('bundles', () => {
  const base = 'https://provider.example/STU3/1/';
  const patient = { resourceType: 'Patient', id: '1', managingOrganization: { reference: 'Organization/7' } };
  const organization = { resourceType: 'Organization', id: '7', partOf: { reference: 'https://provider.example/STU3/1/Organization/7/_history/2' } };

  test('fullUrls: <base>/<type>/<id>, else a fresh urn:uuid, else the one given', () => {
    assert.equal(fullUrlOf(patient, base), 'https://provider.example/STU3/1/Patient/1');
    assert.match(fullUrlOf({ resourceType: 'List' }, base), /^urn:uuid:[0-9a-f-]{36}$/);
    assert.deepEqual(bundleEntries([{ fullUrl: 'urn:uuid:x', resource: patient }], base), [{ fullUrl: 'urn:uuid:x', resource: patient }]);
  });

  test('relative, absolute and versioned references resolve to entries', () => {
    assert.deepEqual(referenceIssues(bundleEntries([patient, organization], base), base), []);
  });

  test('a reference to nothing in the Bundle is a not-found issue at its path', () => {
    const issues = referenceIssues(bundleEntries([patient], base), base);
    assert.deepEqual(
      issues.map((i) => [i.code, i.expression?.[0]]),
      [['not-found', 'Bundle.entry[0].resource.managingOrganization.reference']],
    );
  });

  test('contained references resolve to the contained resources of the same entry', () => {
    const appointment = { resourceType: 'Appointment', id: '1', contained: [{ resourceType: 'Organization', id: 'org' }], extension: [{ valueReference: { reference: '#org' } }, { valueReference: { reference: '#nothing' } }] };
    const issues = referenceIssues(bundleEntries([appointment], base), base);
    assert.deepEqual(issues.map((i) => i.expression?.[0]), ['Bundle.entry[0].resource.extension[1].valueReference.reference']);
  });

  test('two entries with the same fullUrl are a duplicate issue', () => {
    const issues = referenceIssues(bundleEntries([organization, organization], base), base);
    assert.ok(issues.some((i) => i.code === 'duplicate' && i.expression?.[0] === 'Bundle.entry[1].fullUrl'));
  });

  test('assembleBundle: a typed, validated Bundle with the profile, or a BuildError', () => {
    const isBundle = (value: unknown): value is { resourceType: 'Bundle' } => true;
    const bundle = assembleBundle({ type: 'collection', profile: 'P', id: undefined, meta: undefined }, [patient, organization], { baseUrl: base }, isBundle, () => VALID, 'B');
    assert.deepEqual(bundle, {
      resourceType: 'Bundle',
      meta: { profile: ['P'] },
      type: 'collection',
      entry: [
        { fullUrl: 'https://provider.example/STU3/1/Patient/1', resource: patient },
        { fullUrl: 'https://provider.example/STU3/1/Organization/7', resource: organization },
      ],
    });
    assert.throws(() => assembleBundle({ type: 'collection', profile: 'P' }, [patient], { baseUrl: base }, isBundle, () => VALID, 'B'), /B is not valid: Bundle\.entry\[0\]\.resource\.managingOrganization\.reference/);
    assert.doesNotThrow(() => assembleBundle({ type: 'collection', profile: 'P' }, [patient], { baseUrl: base, allowExternalReferences: true }, isBundle, () => VALID, 'B'));
  });

  test('referenceTo: a typed relative reference, or a BuildError without an id', () => {
    assert.deepEqual(referenceTo(patient), { reference: 'Patient/1' });
    assert.throws(() => referenceTo({ resourceType: 'Patient' }), BuildError);
  });
});
