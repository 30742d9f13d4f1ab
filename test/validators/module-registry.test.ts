/**
 * A module's `validate<Name>` / `is<Name>` validate with a registry of what that module imports
 * (runtime/validate/registry.ts), so that importing one profile does not bundle the package. What that
 * registry does not know (an extension url, a contained resource or Bundle entry whose definition the
 * module does not import) is reported as information, not as an error; with `{ registry }` from the
 * package root the same function gives the root `validate()`'s outcome. `is<Name>` agrees with
 * `validate<Name>` in both modes.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildPlan } from '../../generator/plan/plan.js';
import { errors, profileUrl, validatorPackage, type OperationOutcome, type ValidatorPackage } from './support/package.js';

type Validate = (value: unknown, options?: unknown) => OperationOutcome;
type Is = (value: unknown, options?: unknown) => boolean;

let p: ValidatorPackage;
let registry: unknown;
let typeNames: Map<string, string>;

before(async () => {
  p = await validatorPackage();
  registry = p.pkg['registry'];
  typeNames = new Map(buildPlan(p.model).structures.map((s) => [s.structure.url, s.typeName]));
});

/** The module functions of the structure whose URL ends with `/tail`. */
function moduleOf(tail: string): { url: string; validate: Validate; is: Is } {
  const url = profileUrl(p.model, tail);
  const name = typeNames.get(url) ?? '';
  const validate = p.pkg[`validate${name}`];
  const is = p.pkg[`is${name}`];
  assert.equal(typeof validate, 'function', `validate${name}`);
  assert.equal(typeof is, 'function', `is${name}`);
  return { url, validate: validate as Validate, is: is as Is };
}

/** Validates in both modes, checks that is<Name> agrees with validate<Name> in each, and returns both outcomes. */
function both(m: { url: string; validate: Validate; is: Is }, value: unknown): { local: OperationOutcome; full: OperationOutcome } {
  const local = m.validate(value);
  const full = m.validate(value, { registry });
  assert.equal(m.is(value), errors(local).length === 0, 'is<Name> agrees with validate<Name> (module registry)');
  assert.equal(m.is(value, { registry }), errors(full).length === 0, 'is<Name> agrees with validate<Name> ({ registry })');
  assert.deepEqual(full, p.pkg.validate(value, { profile: m.url }), 'with { registry }, the root validate() outcome');
  return { local, full };
}

function notChecked(o: OperationOutcome): Array<[string | undefined, string]> {
  return o.issue.filter((i) => i.code === 'not-supported' && i.severity === 'information').map((i) => [i.expression?.[0], i.diagnostics.split(' here:')[0] ?? '']);
}

const GPC_PATIENT = 'CareConnect-GPC-Patient-1';
/** Valid against the GP Connect Patient profile (its only required slice: an official name). */
const PATIENT = { resourceType: 'Patient', name: [{ use: 'official', family: 'Smith' }] };
/** An extension of the package that the Patient module does not import (an Appointment extension). */
const APPOINTMENT_EXTENSION = 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1';

describe("a module's validator without the package registry", () => {
  it('is the full verdict for content the module knows', () => {
    const m = moduleOf(GPC_PATIENT);
    const { local, full } = both(m, PATIENT);
    assert.deepEqual(local, full);
    assert.deepEqual(errors(local), []);
    // A slice extension of the profile, with a wrong value: the module imports its definition.
    const ethnic = { ...PATIENT, extension: [{ url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1', valueCodeableConcept: { coding: 'x' } }] };
    const checked = both(m, ethnic);
    assert.deepEqual(checked.local, checked.full);
    assert.ok(errors(checked.local).length > 0);
  });

  it('reports an extension it does not know as information (once per url), which { registry } checks', () => {
    const m = moduleOf(GPC_PATIENT);
    const bad = { url: APPOINTMENT_EXTENSION, valueString: 5 };
    const { local, full } = both(m, { ...PATIENT, extension: [bad, { ...bad }] });
    assert.deepEqual(errors(local), []);
    assert.deepEqual(notChecked(local), [['Patient.extension[0]', `Extension ${JSON.stringify(APPOINTMENT_EXTENSION)} not checked against its definition (nor its value)`]]);
    assert.ok(errors(full).some((i) => i.code === 'value' && i.expression?.[0] === 'Patient.extension[0].value.ofType(string)'));
    assert.deepEqual(notChecked(full), []);
  });

  it('still checks what an unknown extension has without its definition (url, nested extensions, ext-1)', () => {
    const m = moduleOf(GPC_PATIENT);
    const nested = { ...PATIENT, name: [{ use: 'official', family: 'Smith', extension: [{ url: 'http://example.org/a', valueString: 'x', extension: [{ url: 'http://example.org/b' }] }] }] };
    const { local, full } = both(m, nested);
    const sites = (o: OperationOutcome) => errors(o).map((i) => `${i.code} ${i.expression?.[0] ?? ''}`).sort();
    assert.deepEqual(sites(local), ['invariant Patient.name[0].extension[0]', 'invariant Patient.name[0].extension[0].extension[0]']);
    assert.deepEqual(sites(local), sites(full));
    const noUrl = both(m, { ...PATIENT, extension: [{ valueString: 'x' }] });
    assert.deepEqual(errors(noUrl.local).map((i) => i.code), ['required']);
  });

  it('reports a modifier extension the package does not have as the package registry does (an error)', () => {
    const m = moduleOf(GPC_PATIENT);
    const { local, full } = both(m, { ...PATIENT, modifierExtension: [{ url: 'http://example.org/modifier', valueBoolean: true }] });
    assert.deepEqual(errors(full).map((i) => i.code), ['extension']);
    assert.deepEqual(local, full);
    assert.equal(m.is({ ...PATIENT, modifierExtension: [{ url: 'http://example.org/modifier', valueBoolean: true }] }), false);
  });

  it('reports a modifier extension the package has but the module does not import as information', () => {
    const m = moduleOf(GPC_PATIENT);
    const { local } = both(m, { ...PATIENT, modifierExtension: [{ url: APPOINTMENT_EXTENSION, valueString: 'x' }] });
    assert.deepEqual(errors(local), []);
    assert.deepEqual(notChecked(local).map(([where]) => where), ['Patient.modifierExtension[0]']);
  });

  it('reports a contained resource whose definition it does not import as information, by type or by profile', () => {
    const m = moduleOf(GPC_PATIENT);
    const organization = { resourceType: 'Organization', id: 'o', name: 5 };
    for (const contained of [organization, { ...organization, meta: { profile: [profileUrl(p.model, 'CareConnect-GPC-Organization-1')] } }]) {
      const { local, full } = both(m, { ...PATIENT, contained: [contained], managingOrganization: { reference: '#o' } });
      assert.deepEqual(errors(local), []);
      assert.deepEqual(notChecked(local).map(([where]) => where), ['Patient.contained[0]']);
      assert.deepEqual(errors(full).map((i) => `${i.code} ${i.expression?.[0] ?? ''}`), ['value Patient.contained[0].name']);
    }
  });

  it('keeps an unknown resourceType an error', () => {
    const m = moduleOf(GPC_PATIENT);
    const { local, full } = both(m, { ...PATIENT, contained: [{ resourceType: 'NotAResource', id: 'x' }], managingOrganization: { reference: '#x' } });
    assert.deepEqual(local, full);
    assert.ok(errors(local).some((i) => i.diagnostics === 'Unknown resource type "NotAResource"'));
  });

  it('checks Bundle entries of types the module knows, and reports each other type once', () => {
    const m = moduleOf('Bundle');
    const entry = (n: number, resource: object) => ({ fullUrl: `urn:uuid:${n}`, resource });
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: [entry(1, { resourceType: 'Organization', name: 5 }), entry(2, { resourceType: 'Organization', name: 'x' }), entry(3, { resourceType: 'Bundle', type: 7 })] };
    const { local, full } = both(m, bundle);
    assert.deepEqual(notChecked(local).map(([where]) => where), ['Bundle.entry[0].resource'], 'one issue for the two Organizations');
    assert.deepEqual(errors(local).map((i) => i.expression?.[0]), ['Bundle.entry[2].resource.type'], 'the Bundle module checks a Bundle entry');
    assert.deepEqual(errors(full).map((i) => i.expression?.[0]).sort(), ['Bundle.entry[0].resource.name', 'Bundle.entry[2].resource.type']);
  });

  it('rejects options that are not { registry } with a fatal issue, and is<Name> says false', () => {
    const m = moduleOf(GPC_PATIENT);
    const cases: Array<[string, unknown]> = [
      ['an object without the lookups', { registry: {} }],
      ['a number', { registry: 1 }],
      ['options a string', 'registry'],
      ['a getter that throws', { get registry(): never { throw new Error('no'); } }],
    ];
    for (const [name, options] of cases) {
      const outcome = m.validate(PATIENT, options);
      assert.deepEqual(outcome.issue.map((i) => [i.severity, i.code]), [['fatal', 'invalid']], name);
      assert.equal(m.is(PATIENT, options), false, name);
    }
    assert.deepEqual(m.validate(PATIENT, {}), m.validate(PATIENT), 'no registry given: the module registry');
  });
});
