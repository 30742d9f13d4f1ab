/**
 * Classification of changes on hand-made profile pairs, one row per rule: the old and new element (or
 * subtree), the change kinds expected in order, and whether the pair is breaking.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareTrees, typeLookup } from '../../generator/diff/tree-walk.js';
import type { ChangeKind } from '../../generator/diff/types.js';
import type { IrBinding, IrElement } from '../../generator/ir/types.js';
import { el, structure, type } from './ir.js';

const URL = 'http://test.org/StructureDefinition/P';
const EXT = 'http://test.org/StructureDefinition/ext';

function binding(strength: IrBinding['strength'], valueSet: string, codes?: string[]): IrBinding {
  return {
    strength,
    description: undefined,
    valueSet,
    resolvedValueSet: valueSet,
    expansion: codes?.map((code) => ({ system: 'http://test.org/cs', code, display: undefined })),
    notEnumerable: codes ? undefined : 'not enumerable in this test',
  };
}

/** A Patient profile whose only child is `child` (a Patient.x element). */
function patientWith(...children: IrElement[]): IrElement {
  return el('Patient', { max: undefined, children });
}

interface Row {
  readonly name: string;
  readonly from: IrElement[];
  readonly to: IrElement[];
  readonly kinds: ChangeKind[];
  readonly breaking: boolean;
}

const status = (spec: Parameters<typeof el>[1] = {}) => el('Patient.status', { types: [type('code')], ...spec });
const ext = (slices: IrElement[]) => el('Patient.extension', { max: undefined, types: [type('Extension')], slicing: { discriminators: [{ type: 'value', path: 'url' }], rules: 'open', ordered: false, description: undefined }, slices });
const extSlice = (name: string, url: string, spec: Parameters<typeof el>[1] = {}) => el(`Patient.extension:${name}`, { max: 1, types: [type('Extension', [url])], ...spec });

const ROWS: Row[] = [
  { name: 'identical elements', from: [status()], to: [status()], kinds: [], breaking: false },
  { name: 'optional -> required', from: [status()], to: [status({ min: 1 })], kinds: ['became-required'], breaking: true },
  { name: 'required -> optional (readers must handle undefined)', from: [status({ min: 1 })], to: [status()], kinds: ['became-optional'], breaking: true },
  { name: 'min 1 -> 2', from: [status({ min: 1, max: undefined })], to: [status({ min: 2, max: undefined })], kinds: ['min-increased'], breaking: true },
  { name: 'min 2 -> 1', from: [status({ min: 2, max: undefined })], to: [status({ min: 1, max: undefined })], kinds: ['min-decreased'], breaking: false },
  { name: 'max * -> 1', from: [status({ max: undefined })], to: [status({ max: 1 })], kinds: ['max-narrowed'], breaking: true },
  { name: 'max 1 -> *', from: [status({ max: 1 })], to: [status({ max: undefined })], kinds: ['max-widened'], breaking: false },
  { name: 'element prohibited (max 0)', from: [status()], to: [status({ max: 0 })], kinds: ['element-removed'], breaking: true },
  { name: 'element allowed again', from: [status({ max: 0 })], to: [status()], kinds: ['element-added'], breaking: false },
  { name: 'element removed', from: [status(), el('Patient.active', { types: [type('boolean')] })], to: [status()], kinds: ['element-removed'], breaking: true },
  { name: 'optional element added', from: [status()], to: [status(), el('Patient.active', { types: [type('boolean')] })], kinds: ['element-added'], breaking: false },
  { name: 'required element added', from: [status()], to: [status(), el('Patient.active', { min: 1, types: [type('boolean')] })], kinds: ['required-element-added'], breaking: true },
  {
    name: 'required code list narrowed',
    from: [status({ binding: binding('required', 'http://test.org/vs', ['a', 'b']) })],
    to: [status({ binding: binding('required', 'http://test.org/vs', ['a']) })],
    kinds: ['codes-narrowed'],
    breaking: true,
  },
  {
    name: 'required code list widened',
    from: [status({ binding: binding('required', 'http://test.org/vs', ['a']) })],
    to: [status({ binding: binding('required', 'http://test.org/vs', ['a', 'b']) })],
    kinds: ['codes-widened'],
    breaking: false,
  },
  {
    name: 'code replaced (narrowed and widened)',
    from: [status({ binding: binding('required', 'http://test.org/vs', ['a', 'b']) })],
    to: [status({ binding: binding('required', 'http://test.org/vs', ['a', 'c']) })],
    kinds: ['codes-narrowed', 'codes-widened'],
    breaking: true,
  },
  {
    name: 'extensible -> required',
    from: [status({ binding: binding('extensible', 'http://test.org/vs', ['a']) })],
    to: [status({ binding: binding('required', 'http://test.org/vs', ['a']) })],
    kinds: ['binding-required'],
    breaking: true,
  },
  {
    name: 'required -> extensible',
    from: [status({ binding: binding('required', 'http://test.org/vs', ['a']) })],
    to: [status({ binding: binding('extensible', 'http://test.org/vs', ['a']) })],
    kinds: ['binding-relaxed'],
    breaking: false,
  },
  {
    name: 'required binding to another value set that cannot be enumerated',
    from: [status({ binding: binding('required', 'http://test.org/vs1') })],
    to: [status({ binding: binding('required', 'http://test.org/vs2') })],
    kinds: ['binding-value-set-changed'],
    breaking: true,
  },
  {
    name: 'preferred binding changes are documentation',
    from: [status({ binding: binding('preferred', 'http://test.org/vs1', ['a']) })],
    to: [status({ binding: binding('preferred', 'http://test.org/vs2', ['b']) })],
    kinds: [],
    breaking: false,
  },
  { name: 'fixed value added', from: [status()], to: [status({ fixed: { type: 'Code', value: 'final' } })], kinds: ['fixed-added'], breaking: true },
  { name: 'fixed value changed', from: [status({ fixed: { type: 'Code', value: 'draft' } })], to: [status({ fixed: { type: 'Code', value: 'final' } })], kinds: ['fixed-changed'], breaking: true },
  { name: 'fixed value removed', from: [status({ fixed: { type: 'Code', value: 'final' } })], to: [status()], kinds: ['fixed-removed'], breaking: false },
  { name: 'pattern added', from: [status()], to: [status({ pattern: { type: 'Code', value: 'final' } })], kinds: ['pattern-added'], breaking: true },
  { name: 'pattern removed', from: [status({ pattern: { type: 'Code', value: 'final' } })], to: [status()], kinds: ['pattern-removed'], breaking: false },
  {
    name: 'choice loses a type',
    from: [el('Patient.deceased[x]', { types: [type('boolean'), type('dateTime')] })],
    to: [el('Patient.deceased[x]', { types: [type('boolean')] })],
    kinds: ['types-narrowed'],
    breaking: true,
  },
  {
    name: 'choice gains a type',
    from: [el('Patient.deceased[x]', { types: [type('boolean')] })],
    to: [el('Patient.deceased[x]', { types: [type('boolean'), type('dateTime')] })],
    kinds: ['types-widened'],
    breaking: false,
  },
  {
    name: 'reference targets narrowed',
    from: [el('Patient.managingOrganization', { types: [type('Reference', [], ['http://a', 'http://b'])] })],
    to: [el('Patient.managingOrganization', { types: [type('Reference', [], ['http://a'])] })],
    kinds: ['target-profiles-narrowed'],
    breaking: true,
  },
  {
    name: 'reference to any resource narrowed to one',
    from: [el('Patient.managingOrganization', { types: [type('Reference')] })],
    to: [el('Patient.managingOrganization', { types: [type('Reference', [], ['http://a'])] })],
    kinds: ['target-profiles-narrowed'],
    breaking: true,
  },
  {
    name: 'reference targets widened',
    from: [el('Patient.managingOrganization', { types: [type('Reference', [], ['http://a'])] })],
    to: [el('Patient.managingOrganization', { types: [type('Reference', [], ['http://a', 'http://b'])] })],
    kinds: ['target-profiles-widened'],
    breaking: false,
  },
  {
    name: 'datatype profile changed',
    from: [el('Patient.identifier', { types: [type('Identifier', ['http://a'])] })],
    to: [el('Patient.identifier', { types: [type('Identifier', ['http://b'])] })],
    kinds: ['type-profile-changed'],
    breaking: true,
  },
  { name: 'maxLength lowered', from: [status({ maxLength: 10 })], to: [status({ maxLength: 5 })], kinds: ['max-length-narrowed'], breaking: true },
  { name: 'the 1 MiB FHIR string cap is no maxLength', from: [status()], to: [status({ maxLength: 1048576 })], kinds: [], breaking: false },
  {
    name: 'invariant added',
    from: [status()],
    to: [status({ constraints: [{ key: 'p-1', severity: 'error', human: 'x', expression: 'exists()' }] })],
    kinds: ['constraint-added'],
    breaking: true,
  },
  {
    name: 'warning-level invariants and the universal ele-1 are not API',
    from: [status()],
    to: [status({ constraints: [{ key: 'p-2', severity: 'warning', human: 'x', expression: 'a' }, { key: 'ele-1', severity: 'error', human: 'x', expression: 'b' }] })],
    kinds: [],
    breaking: false,
  },
  {
    name: 'invariant expression changed',
    from: [status({ constraints: [{ key: 'p-1', severity: 'error', human: 'x', expression: 'a' }] })],
    to: [status({ constraints: [{ key: 'p-1', severity: 'error', human: 'x', expression: 'b' }] })],
    kinds: ['constraint-changed'],
    breaking: true,
  },
  {
    name: 'optional extension added',
    from: [ext([])],
    to: [ext([extSlice('a', `${EXT}-a`)])],
    kinds: ['extension-added'],
    breaking: false,
  },
  {
    name: 'required extension added (also makes extension required)',
    from: [ext([])],
    to: [ext([extSlice('a', `${EXT}-a`, { min: 1 })])],
    kinds: ['became-required', 'required-extension-added'],
    breaking: true,
  },
  {
    name: 'extension removed',
    from: [ext([extSlice('a', `${EXT}-a`)])],
    to: [ext([])],
    kinds: ['extension-removed'],
    breaking: true,
  },
  {
    name: 'extension slice renamed: matched by URL, no change',
    from: [ext([extSlice('old', `${EXT}-a`)])],
    to: [ext([extSlice('new', `${EXT}-a`)])],
    kinds: [],
    breaking: false,
  },
  {
    name: 'extension slice cardinality narrowed',
    from: [ext([extSlice('a', `${EXT}-a`, { max: undefined })])],
    to: [ext([extSlice('a', `${EXT}-a`, { max: 1 })])],
    kinds: ['max-narrowed'],
    breaking: true,
  },
];

function identifierSlicing(rules: 'open' | 'closed', slices: IrElement[]): IrElement {
  return el('Patient.identifier', {
    max: undefined,
    types: [type('Identifier')],
    slicing: { discriminators: [{ type: 'value', path: 'system' }], rules, ordered: false, description: undefined },
    slices,
  });
}
const nhsNumber = (spec: Parameters<typeof el>[1] = {}) => el('Patient.identifier:nhsNumber', { max: 1, types: [type('Identifier')], ...spec });

ROWS.push(
  { name: 'optional slice added', from: [identifierSlicing('open', [])], to: [identifierSlicing('open', [nhsNumber()])], kinds: ['slice-added'], breaking: false },
  {
    name: 'required slice added',
    from: [identifierSlicing('open', [])],
    to: [identifierSlicing('open', [nhsNumber({ min: 1 })])],
    kinds: ['became-required', 'required-slice-added'],
    breaking: true,
  },
  { name: 'slice removed', from: [identifierSlicing('open', [nhsNumber()])], to: [identifierSlicing('open', [])], kinds: ['slice-removed'], breaking: true },
  { name: 'slicing closed', from: [identifierSlicing('open', [nhsNumber()])], to: [identifierSlicing('closed', [nhsNumber()])], kinds: ['slicing-closed'], breaking: true },
  { name: 'slicing opened', from: [identifierSlicing('closed', [nhsNumber()])], to: [identifierSlicing('open', [nhsNumber()])], kinds: ['slicing-opened'], breaking: false },
  {
    name: 'change inside a slice',
    from: [identifierSlicing('open', [nhsNumber({ children: [el('Patient.identifier:nhsNumber.system', { types: [type('uri')] })] })])],
    to: [identifierSlicing('open', [nhsNumber({ children: [el('Patient.identifier:nhsNumber.system', { min: 1, types: [type('uri')] })] })])],
    kinds: ['became-required'],
    breaking: true,
  },
);

describe('diff classification (hand-made profile pairs)', () => {
  const lookup = typeLookup([]);
  for (const row of ROWS) {
    it(row.name, () => {
      const changes = compareTrees(structure(URL, patientWith(...row.from)), structure(URL, patientWith(...row.to)), lookup, lookup);
      assert.deepEqual(
        changes.map((c) => c.kind),
        row.kinds,
      );
      assert.equal(
        changes.some((c) => c.breaking),
        row.breaking,
      );
    });
  }

  it('labels changes with FHIR element ids, [x] for choices and :slice for slices', () => {
    const changes = compareTrees(
      structure(URL, patientWith(el('Patient.deceased[x]', { types: [type('boolean')] }), identifierSlicing('open', []))),
      structure(URL, patientWith(el('Patient.deceased[x]', { min: 1, types: [type('boolean')] }), identifierSlicing('open', [nhsNumber()]))),
      lookup,
      lookup,
    );
    assert.deepEqual(
      changes.map((c) => [c.element, c.from, c.to]),
      [
        ['Patient.deceased[x]', '0..1', '1..1'],
        ['Patient.identifier:nhsNumber', undefined, '0..1'],
      ],
    );
  });
});
