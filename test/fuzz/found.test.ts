/**
 * What the validator fuzzing found, one named test each, as small as the fault allows: regression
 * tests for the faults fixed since (1de65a5, e289256, b2f7982).
 * docs/hostile-input.md says where each fault sat.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TRACK_FROM } from '../../generator/runtime/validate/context.js';
import { errors } from '../validators/support/package.js';
import { loadEngines, type Engines } from './support/engines.js';
import { GuardedValidator } from './support/hang-guard.js';

const BASE_PATIENT = 'http://hl7.org/fhir/StructureDefinition/Patient';
const GPC_PATIENT = 'https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1';
const BUNDLE = 'http://hl7.org/fhir/StructureDefinition/Bundle';

let engines: Engines;
const guarded = new GuardedValidator();

before(async () => {
  engines = await loadEngines();
});
after(() => guarded.close());

/** Counts reads of array items through a Proxy: a deterministic measure of how often a list is scanned. */
function counted<T extends object>(target: T): { proxy: T; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(t, key, receiver) as unknown;
    },
  });
  return { proxy, reads: () => reads };
}

/** A Patient in whose `contained` copies of itself nest `depth` deep, each naming `profiles` in meta.profile. */
function containedChain(depth: number, profiles: readonly string[]): Record<string, unknown> {
  let inner: Record<string, unknown> = { resourceType: 'Patient', id: `c${depth}`, meta: { profile: [...profiles] } };
  for (let i = depth - 1; i >= 1; i--) inner = { resourceType: 'Patient', id: `c${i}`, meta: { profile: [...profiles] }, contained: [inner] };
  return { resourceType: 'Patient', contained: [inner] };
}

describe('found by fuzzing', () => {
  // Found after 1de65a5 gave each extra profile pass its own visited-object memory: every level of
  // contained resources multiplied the work by the number of checks it runs, until MAX_NODES (about a
  // minute). Two profiles 24 levels deep were 2^24 checks of a 3 KB document; a second pass now
  // remembers (resource, check) pairs (b2f7982), and module registries give one stand-in per url.
  it(
    'contained resources naming several profiles, 24 levels deep, validate within 5 s (no profiles^depth work)',
    async () => {
      const cases: Array<[string, string, unknown]> = [
        ['two profiles, validate', 'validate', containedChain(24, [BASE_PATIENT, GPC_PATIENT])],
        ['one profile named three times, validatePatient', 'validatePatient', containedChain(24, [GPC_PATIENT, GPC_PATIENT, GPC_PATIENT])],
      ];
      const unfinished: string[] = [];
      for (const [name, call, value] of cases) {
        const result = await guarded.validate(value, 5_000, call);
        if (result.status !== 'finished') unfinished.push(`${name}: ${result.status}`);
      }
      assert.deepEqual(unfinished, []);
    },
  );

  it(
    `a resource with two meta.profile entries after ${TRACK_FROM.toLocaleString('en-US')} objects is still checked against the second`,
    () => {
      // Was: the visited-object memory after TRACK_FROM was shared by the two profile passes, so the
      // second found the resource "reached again", skipped it with a warning, and lost its errors.
      // Alone, this Patient breaks the GP Connect profile (no official name); it must not matter what comes before it.
      const target = { resourceType: 'Patient', meta: { profile: [BASE_PATIENT, GPC_PATIENT] }, name: [{ family: 'x' }] };
      const filler = { resourceType: 'Patient', name: Array.from({ length: TRACK_FROM + 1 }, () => ({ family: 'x' })) };
      const bundle = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: filler }, { resource: target }] };
      const expected = 'required Bundle.entry[1].resource.name';
      for (const [engine, outcome] of [['compiled', engines.validate(bundle)], ['interpreter', engines.oracle.validate(bundle)]] as const) {
        assert.ok(errors(outcome).some((i) => `${i.code} ${i.expression?.[0]}` === expected), `${engine}: ${JSON.stringify(outcome.issue)}`);
      }
      const api = engines.api.get(BUNDLE);
      assert.ok(api);
      assert.equal(api.is(bundle), errors(api.validate(bundle)).length === 0, 'isBundle agrees with validateBundle');
    },
  );

  it(
    'a key that only looks like a choice variant (valueFoo) is not taken for value[x] by translated invariants',
    () => {
      // Was: translated invariants (fhirpath-lite fpChoice) took every key `value` + capital letter for a variant.
      // inv-1: a parameter has exactly one of value[x], resource, part. valueFoo is an unknown element, not a value.
      const keys = (o: ReturnType<Engines['validate']>): string[] => errors(o).map((i) => `${i.code} ${i.expression?.[0]}`);
      const cases: Array<[Record<string, unknown>, string[]]> = [
        [{ name: 'x', valueFoo: 1 }, ['structure Parameters.parameter[0].valueFoo', 'invariant Parameters.parameter[0]']],
        [{ name: 'x', valueOf: 1 }, ['structure Parameters.parameter[0].valueOf', 'invariant Parameters.parameter[0]']],
        [{ name: 'x', 'valueDate_': '2017' }, ['structure Parameters.parameter[0].valueDate_', 'invariant Parameters.parameter[0]']],
        [{ name: 'x', part: [{ name: 'y', valueString: 'b' }], valueOf: 'x' }, ['structure Parameters.parameter[0].valueOf']],
      ];
      for (const [parameter, expected] of cases) {
        const parameters = { resourceType: 'Parameters', parameter: [parameter] };
        const label = JSON.stringify(parameter);
        assert.deepEqual(keys(engines.oracle.validate(parameters)), expected, `${label}: interpreter`);
        assert.deepEqual(keys(engines.validate(parameters)), expected, `${label}: compiled`);
      }
    },
  );

  it(
    "'#id' references are matched to contained resources without scanning `contained` once per reference",
    () => {
      // Was: containedType and checkRef1 scanned root.contained for every #id reference (16,000 of each: 16 s).
      const n = 1000;
      const contained = counted(Array.from({ length: n }, (_, i) => ({ resourceType: 'Organization', id: `o${i}`, name: 'x' })));
      const patient = { resourceType: 'Patient', contained: contained.proxy, generalPractitioner: Array.from({ length: n }, (_, i) => ({ reference: `#o${i}` })) };
      assert.deepEqual(errors(engines.validate(patient)), []);
      const compiledReads = contained.reads();
      assert.deepEqual(errors(engines.oracle.validate(patient)), []);
      const interpreterReads = contained.reads() - compiledReads;
      // Validating each contained resource and the dom-3 scan read each item a few times; not n times.
      assert.ok(compiledReads <= 50 * n, `compiled: ${compiledReads} reads of ${n} contained resources`);
      assert.ok(interpreterReads <= 50 * n, `interpreter: ${interpreterReads} reads of ${n} contained resources`);
    },
  );

  it(
    'invariants with isDistinct() over 16,000 values finish within 5 s (csd-1, que-2, cpb-*, sdf-*)',
    async () => {
      // Was: fhirpath.js isDistinct() and | compared every pair of primitives (a 16,000-code CodeSystem: 27 s).
      const n = 16_000;
      const cases: Array<[string, unknown]> = [
        ['CodeSystem with 16,000 concepts (csd-1)', { resourceType: 'CodeSystem', status: 'draft', content: 'complete', concept: Array.from({ length: n }, (_, i) => ({ code: `c${i}` })) }],
        ['Questionnaire with 16,000 items (que-2)', { resourceType: 'Questionnaire', status: 'draft', item: Array.from({ length: n }, (_, i) => ({ linkId: `l${i}`, type: 'display' })) }],
        [
          'CapabilityStatement with 16,000 search parameters',
          { resourceType: 'CapabilityStatement', status: 'draft', date: '2017', kind: 'instance', fhirVersion: '3.0.1', acceptUnknown: 'no', format: ['json'], rest: [{ mode: 'server', resource: [{ type: 'Patient', interaction: [{ code: 'read' }], searchParam: Array.from({ length: n }, (_, i) => ({ name: `p${i}`, type: 'string' })) }] }] },
        ],
        [
          'StructureDefinition with 16,000 snapshot elements',
          { resourceType: 'StructureDefinition', url: 'http://example.org/x', name: 'x', status: 'draft', kind: 'resource', abstract: false, type: 'Patient', derivation: 'specialization', snapshot: { element: Array.from({ length: n }, (_, i) => ({ id: `Patient.e${i}`, path: `Patient.e${i}` })) } },
        ],
      ];
      const unfinished: string[] = [];
      for (const [name, value] of cases) {
        const result = await guarded.validate(value, 5_000);
        if (result.status !== 'finished') unfinished.push(`${name}: ${result.status}`);
      }
      assert.deepEqual(unfinished, []);
    },
  );
});
