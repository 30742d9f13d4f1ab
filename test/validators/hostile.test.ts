/**
 * Hostile instances: whatever they are given, the validators (compiled and interpreted) return an
 * OperationOutcome and never throw or hang: nesting 10,000 deep, arrays of a million items,
 * `__proto__` / `constructor` keys, and values JSON cannot carry (functions, cycles, BigInt,
 * symbols, throwing getters and proxies) from JavaScript callers. The per-test timeout is a hang
 * guard, not a speed assertion.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { errors, validatorPackage, type OperationOutcome, type ValidatorPackage } from './support/package.js';

const GPC_PATIENT = 'https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1';
const HANG_GUARD = { timeout: 120_000 };

let p: ValidatorPackage;
before(async () => {
  p = await validatorPackage();
});

type Engine = (value: unknown, options?: { profile?: string }) => OperationOutcome;

function engines(): Array<[string, Engine]> {
  return [
    ['compiled', (v, o) => p.pkg.validate(v, o)],
    ['interpreted', (v, o) => p.interpreter.validate(v, o)],
  ];
}

function isOutcome(o: OperationOutcome): void {
  assert.equal(o.resourceType, 'OperationOutcome');
  assert.ok(Array.isArray(o.issue) && o.issue.length > 0);
  assert.ok(o.issue.length <= 1001, 'issues are capped');
}

/** Validates with both engines (they must agree) and returns the compiled outcome. */
function both(value: unknown, options?: { profile?: string }): OperationOutcome {
  const [compiled, interpreted] = engines().map(([, engine]) => engine(value, options));
  isOutcome(compiled as OperationOutcome);
  assert.deepEqual(compiled, interpreted);
  return compiled as OperationOutcome;
}

function codes(o: OperationOutcome): string[] {
  return errors(o).map((i) => i.code);
}

describe('hostile instances', () => {
  it('nesting 10,000 deep: extensions within extensions', HANG_GUARD, () => {
    let ext: unknown = { url: 'http://example.org/leaf', valueString: 'x' };
    for (let i = 0; i < 10_000; i++) ext = { url: 'http://example.org/n', extension: [ext] };
    const o = both({ resourceType: 'Patient', extension: [ext] });
    assert.ok(errors(o).some((i) => i.code === 'structure' && i.diagnostics.includes('levels deep')));
  });

  it('nesting 10,000 deep: JSON arrays and objects where a value belongs', HANG_GUARD, () => {
    const text = `{"resourceType":"Patient","name":${'['.repeat(10_000)}${']'.repeat(10_000)},"maritalStatus":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    const o = both(JSON.parse(text));
    assert.ok(codes(o).includes('structure'));
  });

  it('nesting 10,000 deep: contained resources within contained resources', HANG_GUARD, () => {
    let r: Record<string, unknown> = { resourceType: 'Patient', id: 'leaf' };
    for (let i = 0; i < 10_000; i++) r = { resourceType: 'Patient', id: `p${i}`, contained: [r] };
    isOutcome(both(r));
  });

  it('an array of 1,000,000 strings and one of 1,000,000 objects', HANG_GUARD, () => {
    const given = new Array<string>(1_000_000).fill('Jane');
    assert.deepEqual(errors(both({ resourceType: 'Patient', name: [{ family: 'x', given }] })), []);
    const names = new Array(1_000_000).fill(null).map(() => ({ family: 'x' }));
    assert.deepEqual(errors(both({ resourceType: 'Patient', name: names })), []);
  });

  it('an array of 1,000,000 bad items: issues are capped, the verdict stays an error', HANG_GUARD, () => {
    const o = both({ resourceType: 'Patient', name: [{ family: 'x', given: new Array<number>(1_000_000).fill(1) }] });
    assert.equal(o.issue.length, 1001);
    assert.equal(o.issue[1000]?.code, 'too-costly');
    assert.equal(o.issue[1000]?.severity, 'error');
  });

  it('__proto__ and constructor keys are unknown elements and pollute nothing', HANG_GUARD, () => {
    const value = JSON.parse('{"resourceType":"Patient","__proto__":{"polluted":true},"constructor":{"x":1},"name":[{"__proto__":[],"family":"x"}]}') as unknown;
    const o = both(value);
    assert.deepEqual(
      errors(o).map((i) => i.expression?.[0]),
      ['Patient.__proto__', 'Patient.constructor', 'Patient.name[0].__proto__'],
    );
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    both(value, { profile: GPC_PATIENT });
  });

  it('functions, BigInt, symbols, undefined, NaN, dates and class instances where JSON values belong', HANG_GUARD, () => {
    class Thing {
      readonly family = 'x';
    }
    const values: unknown[] = [() => 1, 1n, Symbol('s'), Number.NaN, Number.POSITIVE_INFINITY, new Date(0), new Map(), new Thing(), [undefined], [,]];
    for (const value of values) {
      for (const key of ['id', 'active', 'name', 'birthDate', 'maritalStatus', 'contained', 'extension']) {
        const o = both({ resourceType: 'Patient', [key]: value });
        assert.ok(errors(o).length > 0, `${key}: ${String(typeof value)}`);
      }
    }
    for (const root of values) isOutcome(both(root));
    isOutcome(both(undefined));
    isOutcome(both(null));
  });

  it('cycles end at the depth limit', HANG_GUARD, () => {
    const patient: Record<string, unknown> = { resourceType: 'Patient' };
    patient['contained'] = [patient];
    const ext: Record<string, unknown> = { url: 'http://example.org/x' };
    ext['extension'] = [ext, ext];
    patient['extension'] = [ext];
    patient['self'] = patient;
    const o = both(patient);
    assert.ok(codes(o).includes('structure'));
  });

  it('shared objects cannot make the work explode', HANG_GUARD, () => {
    let ext: Record<string, unknown> = { url: 'http://example.org/leaf', valueString: 'x' };
    for (let i = 0; i < 60; i++) ext = { url: 'http://example.org/n', extension: [ext, ext] };
    const o = both({ resourceType: 'Patient', extension: [ext] });
    assert.ok(o.issue.some((i) => i.code === 'too-costly' && i.severity === 'warning'));
  });

  it('fullUrls chosen to share one bucket of the entry index: every reference still finds its entry', HANG_GUARD, () => {
    // Same length and the same characters where the index reads its buckets from (the end, the
    // middle): the table turns into a Map instead of a scan per reference.
    const fullUrl = (i: number): string => `urn:uuid:${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`;
    const n = 4000;
    const entry = Array.from({ length: n }, (_, i) =>
      i % 2 === 0
        ? { fullUrl: fullUrl(i), resource: { resourceType: 'Organization', name: `o${i}` } }
        // Odd entries: Patients whose managing organisation is the entry before (an Organization)
        // or, every tenth, the Patient before that (a wrong target).
        : { fullUrl: fullUrl(i), resource: { resourceType: 'Patient', managingOrganization: { reference: fullUrl(i % 10 === 9 ? i - 2 : i - 1) } } },
    );
    const o = both({ resourceType: 'Bundle', type: 'collection', entry });
    const wrong = errors(o).filter((i) => i.diagnostics.startsWith('Reference to a Patient, expected Organization'));
    assert.equal(wrong.length, n / 10);
    assert.ok(wrong.every((i) => /^Bundle\.entry\[\d*9\]\.resource\.managingOrganization$/.test(i.expression?.[0] ?? '')));
  });

  it('throwing getters and proxies give a fatal issue, not an exception', HANG_GUARD, () => {
    const getter = { resourceType: 'Patient' };
    Object.defineProperty(getter, 'active', { enumerable: true, get: () => { throw new Error('boom'); } });
    const proxy = new Proxy({ resourceType: 'Patient' }, { ownKeys: () => { throw new Error('trap'); } });
    for (const [, engine] of engines()) {
      for (const value of [getter, proxy]) {
        const o = engine(value);
        isOutcome(o);
        assert.equal(o.issue[0]?.severity, 'fatal');
      }
    }
    const isPatient = p.pkg['isPatient'] as (v: unknown) => boolean;
    assert.equal(isPatient(getter), false);
    assert.equal(isPatient(proxy), false);
  });

  it('bad options and unknown profiles are issues, not exceptions', HANG_GUARD, () => {
    const patient = { resourceType: 'Patient' };
    for (const options of [{ profile: 'http://example.org/nothing' }, { profile: 5 as unknown as string }]) {
      const o = both(patient, options);
      assert.equal(o.issue[0]?.severity, 'fatal');
    }
    const o = both(patient, { profile: `${GPC_PATIENT}|1.8.0` });
    assert.ok(codes(o).includes('required'), 'url|version names the profile');
    const throwing = {};
    Object.defineProperty(throwing, 'profile', { get: () => { throw new Error('boom'); } });
    isOutcome(p.pkg.validate(patient, throwing));
  });
});
