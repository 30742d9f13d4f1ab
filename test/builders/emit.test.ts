/**
 * The builder emitter, without generating a package: the build model of GP Connect profiles (what is
 * filled, which slices lead), the FillSpec literals, the names, and the statements of one module.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { ImportCollector } from '../../generator/emit/imports.js';
import { ModulePrinter } from '../../generator/emit/print.js';
import { createBuildersPlugin } from '../../generator/emit/builders/plugin.js';
import { BuildModel, hasBuilder, type BuildNode } from '../../generator/emit/builders/model.js';
import { BuilderNames } from '../../generator/emit/builders/names.js';
import { specLiteral, valueLiteral } from '../../generator/emit/builders/spec.js';
import { isGeneratorError } from '../../generator/errors.js';
import type { IrModel } from '../../generator/ir/types.js';
import type { Plan, PlannedStructure } from '../../generator/plan/plan.js';
import { loadDefaultBuild } from '../helpers/default-build.js';

const GPC = 'https://fhir.nhs.uk/STU3/StructureDefinition/';

describe('builder emitter', () => {
  let model: IrModel;
  let plan: Plan;
  let build: BuildModel;
  const planned = (name: string): PlannedStructure => {
    const found = plan.byUrl.get(`${GPC}${name}`);
    assert.ok(found, name);
    return found;
  };

  before(async () => {
    ({ model, plan } = await loadDefaultBuild());
    build = new BuildModel(plan);
  });

  test('which structures get a builder: profiles, extensions and concrete resources', () => {
    const kinds = (p: PlannedStructure) => p.structure;
    assert.ok(hasBuilder(kinds(planned('CareConnect-GPC-Patient-1'))));
    assert.ok(hasBuilder(kinds(planned('Extension-CareConnect-GPC-RegistrationDetails-1'))));
    assert.ok(hasBuilder(plan.byType.get('Patient')!.structure));
    for (const base of ['Resource', 'DomainResource', 'string', 'Identifier']) assert.ok(!hasBuilder(plan.byType.get(base)!.structure), base);
  });

  test('GP Connect Patient: the official name leads `name`; the NHS number slice fixes its system and requires its verification status', () => {
    const patient = planned('CareConnect-GPC-Patient-1');
    const root = build.root(patient);
    assert.deepEqual(root.fixed, []);
    assert.deepEqual(root.leading.map((l) => [l.child.name, l.slices.map((s) => s.slice.id)]), [['name', ['Patient.name:official']]]);
    const nhs = patient.structure.root.children.find((c) => c.name === 'identifier')!.slices.find((s) => s.sliceName === 'nhsNumber')!;
    const ref = build.sliceRef(patient, nhs);
    assert.equal(ref.kind, 'nested');
    assert.deepEqual(ref.node.fixed, [{ key: 'system', value: 'https://fhir.nhs.uk/Id/nhs-number' }]);
    const [status] = ref.node.leading;
    assert.equal(status?.child.name, 'extension');
    assert.equal(status?.slices[0]?.kind, 'profile');
    // The verification status extension's own node: its URL, and the system of its single-system binding.
    const inner = status?.slices[0]?.node as BuildNode;
    assert.deepEqual(inner.fixed, [{ key: 'url', value: `${GPC}Extension-CareConnect-GPC-NHSNumberVerificationStatus-1` }]);
    assert.deepEqual(inner.coded, [{ keys: ['valueCodeableConcept'], system: 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1' }]);
  });

  test('GP Connect Appointment: the SNOMED CT system of reason codings is filled two levels down', () => {
    const root = build.root(planned('GPConnect-Appointment-1'));
    assert.equal(specLiteral(root), `{ each: { "reason": { each: { "coding": { set: { "system": "http://snomed.info/sct" } } } } } }`);
  });

  test('complex extensions: each nested extension slice fixes its relative url', () => {
    const registration = planned('Extension-CareConnect-GPC-RegistrationDetails-1');
    const slices = registration.structure.root.children.find((c) => c.name === 'extension')!.slices.filter((s) => s.max !== 0);
    assert.deepEqual(
      slices.map((s) => build.sliceRef(registration, s).node.fixed),
      [[{ key: 'url', value: 'registrationPeriod' }], [{ key: 'url', value: 'registrationType' }], [{ key: 'url', value: 'preferredBranchSurgery' }]],
    );
  });

  test('FillSpec literals: profile text only as quoted literals', () => {
    assert.equal(valueLiteral('a"b\u2028'), '"a\\"b\\u2028"');
    assert.equal(valueLiteral({ __proto__x: 1, ['__proto__']: 2 }), '{ "__proto__x": 1, ["__proto__"]: 2 }');
    assert.equal(valueLiteral([1, true, null, { a: 'x' }]), '[1, true, null, { "a": "x" }]');
    const node: BuildNode = { fixed: [{ key: "x'); alert(1); ('", value: '*/' }], nested: [], leading: [], coded: [] };
    assert.equal(specLiteral(node, { resourceType: 'Patient', profile: 'u"' }), `{ resourceType: "Patient", profile: "u\\"", set: { "x'); alert(1); ('": "*/" } }`);
  });

  test('names: build<Name> and <Name>Input, another name when a FHIR type is already called <Name>Input', () => {
    const names = new BuilderNames(plan);
    assert.equal(names.builder('CareConnectGPCPatient1'), 'buildCareConnectGPCPatient1');
    assert.equal(names.input('CareConnectGPCPatient1'), 'CareConnectGPCPatient1Input');
    const taken = { ...plan, structures: [...plan.structures, { ...planned('CareConnect-GPC-Patient-1'), typeName: 'CareConnectGPCPatient1Input', nested: new Map() }] };
    assert.equal(new BuilderNames(taken).input('CareConnectGPCPatient1'), 'CareConnectGPCPatient1BuilderInput');
    const clash = { ...plan, structures: [...plan.structures, { ...planned('CareConnect-GPC-Patient-1'), typeName: 'BuildError', nested: new Map() }] };
    assert.throws(() => new BuilderNames(clash), (e: unknown) => isGeneratorError(e) && e.code === 'GPC303');
  });

  test('the Patient module: input type, builder and slice helpers', () => {
    const current = planned('CareConnect-GPC-Patient-1');
    const imports = new ImportCollector(current.module);
    const statements = createBuildersPlugin().structure!({ model, plan, current, imports });
    const text = new ModulePrinter().print([...imports.structures(), ...statements]);
    assert.match(text, /export type CareConnectGPCPatient1Input = BuilderInput<CareConnectGPCPatient1, "resourceType", \{ meta\?: ProfiledMetaInput<CareConnectGPCPatient1\['meta'\]>; name: \[CareConnectGPCPatient1NameOfficialInput, \.\.\.\(/);
    assert.match(text, /export function buildCareConnectGPCPatient1\(input: CareConnectGPCPatient1Input\): CareConnectGPCPatient1 \{/);
    assert.match(text, /return fillAndCheck\(input, \{ resourceType: "Patient", profile: "https:\/\/fhir\.nhs\.uk\/STU3\/StructureDefinition\/CareConnect-GPC-Patient-1", lead: \{ "name": \[\{ set: \{ "use": "official" \} \}\] \} \}, isCareConnectGPCPatient1, validateCareConnectGPCPatient1, "CareConnectGPCPatient1"\);/);
    assert.match(text, /export function buildCareConnectGPCPatient1IdentifierNhsNumber\(input: CareConnectGPCPatient1IdentifierNhsNumberInput\): CareConnectGPCPatient1IdentifierNhsNumber/);
    assert.match(text, /import \{ fillAndCheck, fillPart \} from "\.\/runtime\/build\/fill\.js";/);
  });

  test('an extension builder checks as a part; a Bundle profile that fixes its type gets an assembler', () => {
    const print = (p: PlannedStructure) => {
      const imports = new ImportCollector(p.module);
      return new ModulePrinter().print([...imports.structures(), ...createBuildersPlugin().structure!({ model, plan, current: p, imports })]);
    };
    assert.match(print(planned('Extension-GPConnect-BookingOrganisation-1')), /return fillAndCheckPart\(input, \{ set: \{ "url": /);
    const bundle = print(planned('GPConnect-StructuredRecord-Bundle-1'));
    assert.match(bundle, /export function assembleGPConnectStructuredRecordBundle1\(resources: readonly BundleItem\[\], options: AssembleOptions & \{/);
    assert.match(bundle, /type: "collection"/);
  });
});
