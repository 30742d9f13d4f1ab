/**
 * Comparing whole builds: declarations added, removed and renamed, the suggested version bump, and how
 * snapshots that expand datatypes and extensions differently are compared.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareBuilds, suggestBump } from '../../generator/diff/compare.js';
import type { IrElement } from '../../generator/ir/types.js';
import { build, el, structure, type } from './ir.js';

const BASE = 'http://hl7.org/fhir/StructureDefinition';
const P = 'http://test.org/StructureDefinition';

/** Base types the profiles below use: Identifier (with system) and Extension (with url and value[x]). */
function baseTypes(): ReturnType<typeof structure>[] {
  const identifier = structure(
    `${BASE}/Identifier`,
    el('Identifier', { children: [el('Identifier.system', { types: [type('uri')] }), el('Identifier.value', { types: [type('string')] })] }),
    { derivation: 'specialization', kind: 'complex-type', type: 'Identifier' },
  );
  const extension = structure(
    `${BASE}/Extension`,
    el('Extension', {
      children: [el('Extension.url', { min: 1, types: [type('uri')] }), el('Extension.value[x]', { types: [type('string'), type('boolean'), type('CodeableConcept')] })],
    }),
    { derivation: 'specialization', kind: 'complex-type', type: 'Extension' },
  );
  const patient = structure(`${BASE}/Patient`, el('Patient', { children: [el('Patient.identifier', { max: undefined, types: [type('Identifier')] })] }), { derivation: 'specialization', type: 'Patient' });
  return [identifier, extension, patient];
}

/** An extension definition whose value is a CodeableConcept, required. */
function extensionDefinition(url: string): ReturnType<typeof structure> {
  return structure(
    url,
    el('Extension', {
      children: [el('Extension.url', { min: 1, types: [type('uri')], fixed: { type: 'Uri', value: url } }), el('Extension.value[x]', { min: 1, types: [type('CodeableConcept')] })],
    }),
    { kind: 'complex-type', type: 'Extension' },
  );
}

function profile(url: string, ...children: IrElement[]): ReturnType<typeof structure> {
  return structure(url, el('Patient', { max: undefined, children }), { type: 'Patient' });
}

describe('compareBuilds', () => {
  it('reports added, removed and unchanged declarations and counts version-only changes', () => {
    const a = profile(`${P}/A`);
    const b = profile(`${P}/B`);
    const c = profile(`${P}/C`);
    const report = compareBuilds(build('old', [...baseTypes(), a, b]), build('new', [...baseTypes(), { ...b, version: '2.0.0' }, c]));
    assert.deepEqual(
      report.structures.map((s) => [s.status, s.url, s.changes.map((x) => x.kind)]),
      [
        ['removed', `${P}/A`, ['type-removed']],
        ['added', `${P}/C`, ['type-added']],
      ],
    );
    assert.equal(report.counts.unchanged, 4);
    assert.equal(report.counts.versionOnly, 1);
    assert.equal(report.bump, 'major');
  });

  it('reports a renamed generated type as breaking', () => {
    const old = profile(`${P}/CareConnect-Thing-1`);
    const renamed = { ...old, name: 'OtherName' };
    const report = compareBuilds(build('old', [...baseTypes(), old]), build('new', [...baseTypes(), renamed]));
    assert.deepEqual(
      report.structures.flatMap((s) => s.changes.map((c) => [c.kind, c.from, c.to, c.breaking])),
      [['type-renamed', 'CareConnectThing1 (CareConnectThing1)', 'OtherName (OtherName)', true]],
    );
  });

  it('suggests major for breaking changes, minor for additions, patch for version-only changes, none otherwise', () => {
    const a = profile(`${P}/A`, el('Patient.identifier', { max: undefined, types: [type('Identifier')] }));
    const narrower = profile(`${P}/A`, el('Patient.identifier', { max: 1, types: [type('Identifier')] }));
    const wider = profile(`${P}/A`, el('Patient.identifier', { max: undefined, types: [type('Identifier')] }), el('Patient.active', { types: [type('boolean')] }));
    assert.equal(compareBuilds(build('old', [...baseTypes(), a]), build('new', [...baseTypes(), narrower])).bump, 'major');
    assert.equal(compareBuilds(build('old', [...baseTypes(), a]), build('new', [...baseTypes(), wider])).bump, 'minor');
    assert.equal(compareBuilds(build('old', [...baseTypes(), a]), build('new', [...baseTypes(), { ...a, version: '1.0.1' }])).bump, 'patch');
    assert.equal(compareBuilds(build('old', [...baseTypes(), a]), build('new', [...baseTypes(), a])).bump, 'none');
    assert.equal(suggestBump([], 0), 'none');
  });

  it('compares a datatype expanded on one side only with the datatype on the other', () => {
    const unexpanded = profile(`${P}/A`, el('Patient.identifier', { max: undefined, types: [type('Identifier')] }));
    const sameAsBase = profile(
      `${P}/A`,
      el('Patient.identifier', { max: undefined, types: [type('Identifier')], children: [el('Patient.identifier.system', { types: [type('uri')] }), el('Patient.identifier.value', { types: [type('string')] })] }),
    );
    const constrained = profile(
      `${P}/A`,
      el('Patient.identifier', {
        max: undefined,
        types: [type('Identifier')],
        children: [el('Patient.identifier.system', { min: 1, types: [type('uri')] }), el('Patient.identifier.value', { types: [type('string')] })],
      }),
    );
    const same = compareBuilds(build('old', [...baseTypes(), unexpanded]), build('new', [...baseTypes(), sameAsBase]));
    assert.deepEqual(same.structures, [], 'an expansion that repeats the datatype is no change');
    const changed = compareBuilds(build('old', [...baseTypes(), unexpanded]), build('new', [...baseTypes(), constrained]));
    assert.deepEqual(
      changed.structures.flatMap((s) => s.changes.map((c) => [c.kind, c.element ?? c.to])),
      [
        ['declaration-added', 'AIdentifier'],
        ['became-required', 'Patient.identifier.system'],
      ],
      'the constrained identifier gets its own interface in the plan, and its system became required',
    );
  });

  it('lets an extension definition stand for slices whose snapshot expands the base Extension instead', () => {
    const EXT = `${P}/ext`;
    const slicing = { discriminators: [{ type: 'value' as const, path: 'url' }], rules: 'open' as const, ordered: false, description: undefined };
    const withSlice = (slice: IrElement) => profile(`${P}/A`, el('Patient.extension', { max: undefined, types: [type('Extension')], slicing, slices: [slice] }));
    // Published snapshots often inline the generic Extension (value[x] of any type) under a profiled slice.
    const generic = withSlice(
      el('Patient.extension:e', {
        types: [type('Extension', [EXT])],
        children: [el('Patient.extension:e.url', { min: 1, types: [type('uri')], fixed: { type: 'Uri', value: EXT } }), el('Patient.extension:e.value[x]', { types: [type('string'), type('boolean'), type('CodeableConcept')] })],
      }),
    );
    const bare = withSlice(el('Patient.extension:e', { types: [type('Extension', [EXT])] }));
    // Generated snapshots copy the extension definition's elements in.
    const copied = withSlice(
      el('Patient.extension:e', {
        types: [type('Extension', [EXT])],
        children: [el('Patient.extension:e.url', { min: 1, types: [type('uri')], fixed: { type: 'Uri', value: EXT } }), el('Patient.extension:e.value[x]', { min: 1, types: [type('CodeableConcept')] })],
      }),
    );
    const narrowed = withSlice(
      el('Patient.extension:e', {
        types: [type('Extension', [EXT])],
        children: [el('Patient.extension:e.url', { min: 1, types: [type('uri')], fixed: { type: 'Uri', value: EXT } }), el('Patient.extension:e.value[x]', { min: 1, types: [type('CodeableConcept')], maxLength: 5 })],
      }),
    );
    const types = [...baseTypes(), extensionDefinition(EXT)];
    assert.deepEqual(compareBuilds(build('old', [...types, generic]), build('new', [...types, copied])).structures, [], 'generic and copied expansions say the same');
    assert.deepEqual(
      compareBuilds(build('old', [...types, generic]), build('new', [...types, bare])).structures.flatMap((s) => s.changes.map((c) => [c.kind, c.from])),
      [['declaration-removed', 'AE']],
      'no element changes; only the nested interface the plan declared for the expanded slice goes',
    );
    const report = compareBuilds(build('old', [...types, generic]), build('new', [...types, narrowed]));
    assert.deepEqual(
      report.structures.flatMap((s) => s.changes.map((c) => [c.kind, c.element])),
      [['max-length-narrowed', 'Patient.extension:e.value[x]']],
      'a slice that constrains its extension further is compared element by element',
    );
  });

  it('ignores invariants that come with the element type (ref-1 on a Reference) wherever a snapshot repeats them', () => {
    const reference = structure(`${BASE}/Reference`, el('Reference', { constraints: [{ key: 'ref-1', severity: 'error', human: 'x', expression: 'x' }] }), {
      derivation: 'specialization',
      kind: 'complex-type',
      type: 'Reference',
    });
    const copied = profile(`${P}/A`, el('Patient.link', { types: [type('Reference')], constraints: [{ key: 'ref-1', severity: 'error', human: 'x', expression: 'x' }] }));
    const plain = profile(`${P}/A`, el('Patient.link', { types: [type('Reference')] }));
    const report = compareBuilds(build('old', [...baseTypes(), reference, copied]), build('new', [...baseTypes(), reference, plain]));
    assert.deepEqual(report.structures, []);
  });
});
