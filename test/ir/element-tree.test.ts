import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildElementTree } from '../../generator/ir/element-tree.js';
import { isGeneratorError } from '../../generator/errors.js';
import type { IrBinding, IrElement } from '../../generator/ir/types.js';

const ctx = {
  structureUrl: 'http://test/StructureDefinition/T',
  file: 'T.json',
  resolveBinding: (raw: { strength: IrBinding['strength']; description: string | undefined; valueSet: string | undefined }): IrBinding => ({
    ...raw, resolvedValueSet: raw.valueSet, expansion: undefined, notEnumerable: 'test',
  }),
};

function el(path: string, extra: Record<string, unknown> = {}) {
  return { path, min: 0, max: '1', ...extra };
}

/** A compact outline of a tree: id, then children and slices, for exact comparisons. */
function outline(element: IrElement): unknown {
  return {
    id: element.id,
    ...(element.children.length ? { children: element.children.map(outline) } : {}),
    ...(element.slices.length ? { slices: element.slices.map(outline) } : {}),
  };
}

describe('element tree', () => {
  it('nests children under parents and slices under the sliced element, computing missing ids', () => {
    const root = buildElementTree([
      el('Patient', { max: '*' }),
      el('Patient.identifier', { max: '*', type: [{ code: 'Identifier' }], slicing: { discriminator: [{ type: 'value', path: 'system' }], rules: 'open' } }),
      el('Patient.identifier', { sliceName: 'nhsNumber', type: [{ code: 'Identifier' }] }),
      el('Patient.identifier.system', { min: 1, type: [{ code: 'uri' }], fixedUri: 'https://fhir.nhs.uk/Id/nhs-number' }),
      el('Patient.active', { type: [{ code: 'boolean' }] }),
    ], ctx);
    assert.deepEqual(outline(root), {
      id: 'Patient',
      children: [
        { id: 'Patient.identifier', slices: [{ id: 'Patient.identifier:nhsNumber', children: [{ id: 'Patient.identifier:nhsNumber.system' }] }] },
        { id: 'Patient.active' },
      ],
    });
    const slice = root.children[0]?.slices[0];
    assert.equal(slice?.isArray, true, 'a slice of an array element is in the array');
    assert.deepEqual(slice?.children[0]?.fixed, { type: 'Uri', value: 'https://fhir.nhs.uk/Id/nhs-number' });
    assert.equal(root.children[0]?.slicing?.rules, 'open');
  });

  it('reads a renamed choice without a [x] sibling as the choice itself, with its children', () => {
    const root = buildElementTree([
      el('Extension'),
      el('Extension.url', { min: 1, type: [{ code: 'uri' }], fixedUri: 'http://x' }),
      el('Extension.valueCodeableConcept', { sliceName: 'valueCodeableConcept', min: 1, base: { path: 'Extension.value[x]', min: 0, max: '1' }, type: [{ code: 'CodeableConcept' }] }),
      el('Extension.valueCodeableConcept.coding', { max: '*', type: [{ code: 'Coding' }] }),
    ], ctx);
    const value = root.children[1];
    assert.equal(value?.path, 'Extension.value[x]');
    assert.equal(value?.name, 'value');
    assert.equal(value?.isChoice, true);
    assert.equal(value?.sliceName, undefined);
    assert.equal(value?.min, 1);
    assert.deepEqual(value?.children.map((c) => c.path), ['Extension.value[x].coding']);
    assert.equal(root.children.length, 2, 'the renamed choice children do not leak to the root');
  });

  it('folds a type slice of a single-type choice into the choice', () => {
    const root = buildElementTree([
      el('Extension'),
      el('Extension.value[x]', { type: [{ code: 'CodeableConcept' }], slicing: { discriminator: [{ type: 'type', path: '$this' }], rules: 'closed' } }),
      el('Extension.valueCodeableConcept', { sliceName: 'valueCodeableConcept', min: 1, base: { path: 'Extension.value[x]' }, type: [{ code: 'CodeableConcept' }], binding: { strength: 'required', valueSetReference: { reference: 'http://vs' } } }),
    ], ctx);
    assert.equal(root.children.length, 1);
    assert.equal(root.children[0]?.slices.length, 0);
    assert.equal(root.children[0]?.min, 1);
    assert.equal(root.children[0]?.binding?.valueSet, 'http://vs');
  });

  it('takes the array shape from the base cardinality, not the profile', () => {
    const root = buildElementTree([el('Patient'), el('Patient.name', { max: '1', base: { path: 'Patient.name', min: 0, max: '*' }, type: [{ code: 'HumanName' }] })], ctx);
    assert.equal(root.children[0]?.isArray, true);
    assert.equal(root.children[0]?.max, 1);
  });

  it('groups STU3 per-profile type entries by code and trims URLs', () => {
    const root = buildElementTree([
      el('Obs'),
      el('Obs.subject', { type: [{ code: 'Reference', targetProfile: ' http://a/Patient ' }, { code: 'Reference', targetProfile: 'http://a/Group' }] }),
    ], ctx);
    assert.deepEqual(root.children[0]?.types, [{ code: 'Reference', profiles: [], targetProfiles: ['http://a/Patient', 'http://a/Group'] }]);
  });

  it('keeps contentReference targets as element paths', () => {
    const root = buildElementTree([el('Q'), el('Q.item', { max: '*', type: [{ code: 'BackboneElement' }] }), el('Q.item.item', { max: '*', contentReference: '#Q.item' })], ctx);
    assert.equal(root.children[0]?.children[0]?.contentReference, 'Q.item');
  });

  const errors: Array<[string, unknown[], string]> = [
    ['a slice of an element that declares no slicing', [el('P'), el('P.identifier', { max: '*', type: [{ code: 'Identifier' }] }), el('P.identifier', { sliceName: 's' })], 'GPC205'],
    ['a discriminator without a type', [el('P'), el('P.identifier', { slicing: { discriminator: [{ path: 'system' }] } })], 'GPC205'],
    ['an element without a path', [el('P'), { min: 0 }], 'GPC208'],
    ['an element outside the root', [el('P'), el('Q.x')], 'GPC208'],
    ['no elements at all', [], 'GPC208'],
  ];
  for (const [name, elements, code] of errors) {
    it(`reports ${name} as ${code}`, () => {
      assert.throws(() => buildElementTree(elements, ctx), (error: unknown) => isGeneratorError(error) && error.code === code && error.location.url === ctx.structureUrl);
    });
  }
});
