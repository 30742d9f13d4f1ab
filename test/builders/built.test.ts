/**
 * What the generated builders produce, run from a generated package: GP Connect examples rebuilt through
 * the builders carry the same content and validate (round trip); builder output for arbitrary valid
 * inputs passes the generated validator (fast-check); an invalid result throws a BuildError carrying the
 * validator's OperationOutcome; the README examples run.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { appointmentInput, contains, patientInput, slotInput } from './arbitraries.js';
import { EXAMPLES } from '../helpers/paths.js';
import { generateTestProject, importFile, importModule, removeTestProject, typecheck, type TestProject } from './package.js';

const FIXTURE = new URL('../fixtures/builders/roundtrip.ts', import.meta.url);

type Json = Record<string, unknown>;
type Outcome = { issue: Array<{ severity: string; code: string; expression?: string[] }> };
type Builder = (input: object) => Json;
type Module = Record<string, unknown>;

function example(file: string): Json {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) as Json;
}

function errors(outcome: Outcome): Outcome['issue'] {
  return outcome.issue.filter((i) => i.severity === 'error' || i.severity === 'fatal');
}

function fn<T>(module: Module, name: string): T {
  const value = module[name];
  assert.equal(typeof value, 'function', `the package exports ${name}`);
  return value as T;
}

describe('generated builders: what they build', () => {
  let project: TestProject;
  let rebuild: Record<string, (...args: unknown[]) => Json>;
  const modules = new Map<string, Module>();
  const load = async (name: string) => modules.get(name) ?? modules.set(name, await importModule<Module>(project, name)).get(name)!;
  /** `validate<Name>` of the module, for checking what the builders return. */
  const validate = async (name: string, value: unknown) => errors(fn<(v: unknown) => Outcome>(await load(name), `validate${name}`)(value));

  before(async () => {
    project = await generateTestProject();
    const diagnostics = typecheck(project, { 'roundtrip.ts': fs.readFileSync(FIXTURE, 'utf8') });
    assert.deepEqual(diagnostics, [], 'the round-trip fixture type-checks against the package');
    rebuild = await importFile(project, 'roundtrip.ts');
  });
  after(() => removeTestProject(project));

  describe('round trip of the GP Connect examples', () => {
    const cases: Array<{ name: string; file: string; type: string; correct?: (example: Json) => Json }> = [
      { name: 'practitioner', file: 'foundations/gpc-1.2.8-read-practitioner-response-payload-1.Practitioner.json', type: 'CareConnectGPCPractitioner1' },
      { name: 'organization', file: 'foundations/gpc-1.2.8-read-organization-response-payload-1.Organization.json', type: 'CareConnectGPCOrganization1' },
      { name: 'location', file: 'foundations/gpc-1.2.8-read-location-response-payload-1.Location.json', type: 'CareConnectGPCLocation1' },
      { name: 'appointment', file: 'appointments/gpc-1.2.8-read-appt-response-payload-1.Appointment.json', type: 'GPConnectAppointment1' },
      {
        name: 'patient',
        file: 'foundations/gpc-1.2.8-read-patient-response-payload-1.Patient.json',
        type: 'CareConnectGPCPatient1',
        // The example's verification status coding has the system https://fhir.nhs.uk/CareConnect-NHSNumberVerificationStatus-1,
        // which is not the code system of the extension's required binding (…/STU3/CodeSystem/…): the builder writes that one.
        correct: (e) => {
          const copy = structuredClone(e) as { identifier: Array<{ extension: Array<{ valueCodeableConcept: { coding: Array<{ system: string }> } }> }> };
          const coding = copy.identifier[0]?.extension[0]?.valueCodeableConcept.coding[0];
          assert.equal(coding?.system, 'https://fhir.nhs.uk/CareConnect-NHSNumberVerificationStatus-1');
          coding.system = 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1';
          return copy as unknown as Json;
        },
      },
    ];
    for (const c of cases) {
      test(`${c.name}: rebuilt, it is the example${c.correct ? ' (corrected)' : ''}, and valid`, async () => {
        const original = example(c.file);
        const built = fn<() => Json>(rebuild, c.name)();
        assert.deepEqual(built, c.correct ? c.correct(original) : original);
        assert.deepEqual(await validate(c.type, built), []);
      });
    }

    test('patient: with the example\'s own verification system, the builder keeps it and reports the binding', async () => {
      const wrong = 'https://fhir.nhs.uk/CareConnect-NHSNumberVerificationStatus-1';
      assert.throws(
        () => fn<(system: string) => Json>(rebuild, 'patient')(wrong),
        (error: unknown) => {
          assert.ok(error instanceof Error && error.name === 'BuildError');
          const issues = errors((error as unknown as { outcome: Outcome }).outcome);
          assert.ok(issues.some((i) => i.expression?.[0]?.startsWith('Patient.identifier[0].extension[0]')), JSON.stringify(issues));
          return true;
        },
      );
    });

    test('free slot search result: the Slots and their includes, assembled, with fullUrls and resolving references', async () => {
      const original = example('appointments/gpc-1.2.8-search-for-free-slots-response-payload-2.Bundle.json');
      const bundle = fn<() => Json>(rebuild, 'freeSlots')();
      const entries = bundle['entry'] as Array<{ fullUrl: string; resource: Json }>;
      assert.deepEqual(
        entries.map((e) => e.resource),
        (original['entry'] as Array<{ resource: Json }>).map((e) => e.resource),
      );
      assert.deepEqual(entries.map((e) => e.fullUrl), entries.map((e) => `https://provider.example.nhs.uk/STU3/1/${e.resource['resourceType']}/${e.resource['id']}`));
      assert.deepEqual(bundle['meta'], { ...(original['meta'] as Json), profile: ['https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Searchset-Bundle-1'] });
      assert.deepEqual(await validate('GPConnectSearchsetBundle1', bundle), []);
    });
  });

  describe('arbitrary valid inputs build and pass the generated validator', () => {
    const runs = { numRuns: 150 };

    test('Patient', async () => {
      const patients = await load('CareConnectGPCPatient1');
      const build = fn<Builder>(patients, 'buildCareConnectGPCPatient1');
      const nhsNumber = fn<(input: object) => unknown>(patients, 'buildCareConnectGPCPatient1IdentifierNhsNumber');
      const validatePatient = fn<(v: unknown) => Outcome>(patients, 'validateCareConnectGPCPatient1');
      fc.assert(
        fc.property(patientInput({ nhsNumber }), (input) => {
          const patient = build(input);
          assert.deepEqual(errors(validatePatient(patient)), []);
          assert.equal(patient['resourceType'], 'Patient');
          assert.deepEqual((patient['meta'] as Json)['profile'], ['https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1']);
          assert.equal((patient['name'] as Json[])[0]?.['use'], 'official');
          assert.ok(contains(patient, input), 'keeps everything the input gave');
        }),
        runs,
      );
    });

    test('Appointment', async () => {
      const build = fn<Builder>(await load('GPConnectAppointment1'), 'buildGPConnectAppointment1');
      fc.assert(
        fc.property(appointmentInput(), (input) => {
          const appointment = build(input);
          assert.ok(contains(appointment, input));
          for (const reason of (appointment['reason'] as Json[] | undefined) ?? []) {
            for (const coding of reason['coding'] as Json[]) assert.equal(coding['system'], 'http://snomed.info/sct');
          }
        }),
        runs,
      );
    });

    test('Slot, and a search result assembled from slots', async () => {
      const build = fn<Builder>(await load('GPConnectSlot1'), 'buildGPConnectSlot1');
      const assemble = fn<(items: unknown[], options: object) => Json>(await load('GPConnectSearchsetBundle1'), 'assembleGPConnectSearchsetBundle1');
      fc.assert(
        fc.property(fc.array(slotInput(), { minLength: 1, maxLength: 4 }), (generated) => {
          // Ids made unique: two entries with the same fullUrl are (rightly) refused.
          const inputs = generated.map((input, i) => (typeof input['id'] === 'string' ? { ...input, id: `${input['id'].slice(0, 60)}-${i}` } : input));
          const slots = inputs.map(build);
          inputs.forEach((input, i) => assert.ok(contains(slots[i], input)));
          const bundle = assemble(slots, { baseUrl: 'https://provider.example/STU3/1', allowExternalReferences: true });
          assert.equal((bundle['entry'] as unknown[]).length, slots.length);
        }),
        runs,
      );
    });
  });

  describe('errors', () => {
    test('an invalid result throws a BuildError whose OperationOutcome locates the problem', async () => {
      const build = fn<Builder>(await load('GPConnectSlot1'), 'buildGPConnectSlot1');
      // Valid for the compiler, not for the profile: `start` is not an instant.
      const input = { schedule: { reference: 'Schedule/1' }, status: 'free', start: 'tomorrow', end: '2016-08-15T11:40:00+01:00' };
      assert.throws(
        () => build(input),
        (error: unknown) => {
          assert.ok(error instanceof Error && error.name === 'BuildError', String(error));
          const outcome = (error as unknown as { outcome: Outcome }).outcome;
          assert.ok(errors(outcome).some((i) => i.expression?.[0] === 'Slot.start'), JSON.stringify(outcome));
          assert.match(error.message, /^GPConnectSlot1 is not valid: Slot\.start/);
          return true;
        },
      );
    });

    test('a reference that does not resolve in an assembled Bundle is a not-found issue', async () => {
      const assemble = fn<(items: unknown[], options: object) => Json>(await load('GPConnectStructuredRecordBundle1'), 'assembleGPConnectStructuredRecordBundle1');
      const patient = { resourceType: 'Patient', id: '1', managingOrganization: { reference: 'Organization/7' } };
      assert.throws(() => assemble([patient], { baseUrl: 'https://provider.example/STU3/1' }), /Bundle\.entry\[0\]\.resource\.managingOrganization\.reference/);
    });
  });

  test('the README examples run', async () => {
    const readme = project.files.get('README.md') ?? '';
    const section = /^## Builders\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1] ?? '';
    const examples = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    assert.equal(examples.length, 4);
    for (const [i, code] of examples.entries()) {
      fs.writeFileSync(path.join(project.root, `run-readme-${i}.ts`), code);
      const exports = await importFile<Record<string, Json>>(project, `run-readme-${i}.ts`);
      for (const [name, value] of Object.entries(exports)) {
        const type = { patient: 'CareConnectGPCPatient1', appointment: 'GPConnectAppointment1', searchResult: 'GPConnectSearchsetBundle1', record: 'GPConnectStructuredRecordBundle1' }[name];
        assert.ok(type, `README example ${i} exports ${name}`);
        assert.deepEqual(await validate(type, value), [], `README example ${i}: ${name}`);
      }
    }
  });
});
