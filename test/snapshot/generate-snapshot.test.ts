/**
 * Table-driven tests of snapshot generation on small hand-written differentials over real core 3.0.1
 * bases: one row per rule (slices, nested slice children, choice renaming, type profile expansion,
 * merge rules). Errors are in snapshot-errors.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generateSnapshot } from '../../generator/ir/snapshot/index.js';
import type { ElementDefinitionJson } from '../../generator/ir/snapshot/json-types.js';
import { runCases, withSnapshot, type Case } from './case-runner.js';
import { CODED_EXTENSION, CORE_URL, TEST_URL, UCUM_QUANTITY, profile, resolverWith } from './fixtures.js';

const EXTENSION_SLICING = { discriminator: [{ type: 'value', path: 'url' }], rules: 'open' };
const VALUE_SYSTEM = { discriminator: [{ type: 'value', path: 'system' }], rules: 'open' };

const identifierSlices = profile('Sliced', 'Patient', [
  { id: 'Patient.identifier', path: 'Patient.identifier', slicing: VALUE_SYSTEM },
  { id: 'Patient.identifier:a', path: 'Patient.identifier', sliceName: 'a', max: '1' },
  { id: 'Patient.identifier:b', path: 'Patient.identifier', sliceName: 'b', min: 1 },
]);

const CASES: Case[] = [
  {
    name: 'slices go right after the sliced element, in differential order',
    sd: identifierSlices,
    elements: {
      'Patient.identifier': { slicing: VALUE_SYSTEM, min: 0, max: '*' },
      'Patient.identifier:a': { path: 'Patient.identifier', sliceName: 'a', min: 0, max: '1', base: { path: 'Patient.identifier', min: 0, max: '*' } },
      'Patient.identifier:b': { sliceName: 'b', min: 1, max: '*' },
    },
    sequence: ['Patient.identifier', 'Patient.identifier:a', 'Patient.identifier:b', 'Patient.active'],
  },
  {
    name: 'a new slice on a base that already slices goes after the base slices',
    sd: profile('MoreSlices', 'Patient', [
      { path: 'Patient.identifier', sliceName: 'c', max: '0' },
      { path: 'Patient.identifier', sliceName: 'a', min: 1 },
    ], identifierSlices.url),
    extra: [withSnapshot(identifierSlices)],
    elements: { 'Patient.identifier:a': { min: 1, max: '1' }, 'Patient.identifier:c': { max: '0' } },
    sequence: ['Patient.identifier', 'Patient.identifier:a', 'Patient.identifier:b', 'Patient.identifier:c', 'Patient.active'],
  },
  {
    name: 'a slice child expands the datatype under the slice, ids carry the slice name',
    sd: profile('NhsNumber', 'Patient', [
      { path: 'Patient.identifier', slicing: VALUE_SYSTEM },
      { path: 'Patient.identifier', sliceName: 'nhs' },
      { path: 'Patient.identifier.system', min: 1, fixedUri: 'https://fhir.nhs.uk/Id/nhs-number' },
      { path: 'Patient.identifier.period', max: '0' },
    ]),
    elements: {
      'Patient.identifier:nhs.system': {
        path: 'Patient.identifier.system',
        min: 1,
        max: '1',
        fixedUri: 'https://fhir.nhs.uk/Id/nhs-number',
        base: { path: 'Identifier.system', min: 0, max: '1' },
      },
      'Patient.identifier:nhs.extension': { slicing: { ...EXTENSION_SLICING, description: 'Extensions are always sliced by (at least) url' } },
    },
    sequence: [
      'Patient.identifier:nhs', 'Patient.identifier:nhs.id', 'Patient.identifier:nhs.extension', 'Patient.identifier:nhs.use',
      'Patient.identifier:nhs.type', 'Patient.identifier:nhs.system', 'Patient.identifier:nhs.value',
      'Patient.identifier:nhs.period', 'Patient.identifier:nhs.assigner', 'Patient.active',
    ],
    absent: ['Patient.identifier.system', 'Patient.identifier:nhs.period.start'],
  },
  {
    name: 'a nested slice inside a slice child',
    sd: profile('Nested', 'Patient', [
      { path: 'Patient.identifier', slicing: VALUE_SYSTEM },
      { path: 'Patient.identifier', sliceName: 'nhs' },
      { path: 'Patient.identifier.extension', slicing: EXTENSION_SLICING },
      { path: 'Patient.identifier.extension', sliceName: 'status', min: 1, type: [{ code: 'Extension', profile: CODED_EXTENSION.url }] },
    ]),
    extra: [CODED_EXTENSION],
    elements: {
      'Patient.identifier:nhs.extension:status': { path: 'Patient.identifier.extension', sliceName: 'status', min: 1, max: '1' },
    },
    sequence: ['Patient.identifier:nhs.extension', 'Patient.identifier:nhs.extension:status', 'Patient.identifier:nhs.use'],
  },
  {
    name: 'slices of a backbone element copy its children',
    sd: profile('Contacts', 'Patient', [
      { path: 'Patient.contact', slicing: { discriminator: [{ type: 'value', path: 'relationship' }], rules: 'open' } },
      { path: 'Patient.contact', sliceName: 'next', max: '1' },
      { path: 'Patient.contact.name', min: 1 },
    ]),
    elements: { 'Patient.contact:next.name': { path: 'Patient.contact.name', min: 1 }, 'Patient.contact.name': { min: 0 } },
    sequence: ['Patient.contact.period', 'Patient.contact:next', 'Patient.contact:next.id'],
  },
  {
    name: 'a choice constrained by its renamed path keeps only that type',
    sd: profile('Weight', 'Observation', [
      { path: 'Observation.valueQuantity', min: 1 },
      { path: 'Observation.valueQuantity.system', fixedUri: 'http://unitsofmeasure.org' },
    ]),
    elements: {
      'Observation.valueQuantity': { path: 'Observation.valueQuantity', min: 1, type: [{ code: 'Quantity' }] },
      'Observation.valueQuantity.system': { path: 'Observation.valueQuantity.system', fixedUri: 'http://unitsofmeasure.org' },
    },
    absent: ['Observation.value[x]'],
  },
  {
    name: 'the STU3 Forge spelling of a renamed choice (with a slice name) keeps path and name',
    sd: profile('Deceased', 'Patient', [{ path: 'Patient.deceasedDateTime', sliceName: 'deceasedDateTime', type: [{ code: 'dateTime' }] }]),
    elements: { 'Patient.deceasedDateTime:deceasedDateTime': { path: 'Patient.deceasedDateTime', sliceName: 'deceasedDateTime', type: [{ code: 'dateTime' }] } },
    absent: ['Patient.deceased[x]'],
  },
  {
    name: 'two renamed types of one choice become two elements',
    sd: profile('Both', 'Patient', [{ path: 'Patient.multipleBirthBoolean' }, { path: 'Patient.multipleBirthInteger', max: '1' }]),
    sequence: ['Patient.multipleBirthBoolean', 'Patient.multipleBirthInteger', 'Patient.photo'],
    elements: { 'Patient.multipleBirthInteger': { type: [{ code: 'integer' }] } },
  },
  {
    name: 'an extension slice takes the definition root cardinality, its children come from the definition',
    sd: profile('WithExtension', 'Patient', [
      { path: 'Patient.extension', sliceName: 'coded', type: [{ code: 'Extension', profile: CODED_EXTENSION.url }] },
      { path: 'Patient.extension.valueCodeableConcept', binding: { strength: 'required', valueSetUri: 'https://example.org/vs' } },
    ]),
    extra: [CODED_EXTENSION],
    elements: {
      // No slicing entry in the differential: extensions are sliced by url anyway.
      'Patient.extension': { slicing: { ...EXTENSION_SLICING, description: 'Extensions are always sliced by (at least) url' } },
      'Patient.extension:coded': { min: 0, max: '1', short: 'A coded thing', type: [{ code: 'Extension', profile: CODED_EXTENSION.url }] },
      'Patient.extension:coded.url': { path: 'Patient.extension.url', fixedUri: CODED_EXTENSION.url },
      'Patient.extension:coded.valueCodeableConcept:valueCodeableConcept': {
        path: 'Patient.extension.valueCodeableConcept',
        min: 1,
        binding: { strength: 'required', valueSetUri: 'https://example.org/vs' },
      },
    },
  },
  {
    name: 'restating an extension slice type on a derived profile keeps the narrowed cardinality',
    sd: profile('Restated', 'Patient', [
      { path: 'Patient.extension', sliceName: 'coded', type: [{ code: 'Extension', profile: CODED_EXTENSION.url }], mustSupport: true },
    ], `${TEST_URL}Required`),
    extra: [
      CODED_EXTENSION,
      withSnapshot(profile('Required', 'Patient', [
        { path: 'Patient.extension', sliceName: 'coded', min: 1, type: [{ code: 'Extension', profile: CODED_EXTENSION.url }] },
      ]), [CODED_EXTENSION]),
    ],
    elements: { 'Patient.extension:coded': { min: 1, max: '1', mustSupport: true } },
  },
  {
    name: 'a datatype profile on a choice supplies the children',
    sd: profile('Ucum', 'Observation', [
      { path: 'Observation.valueQuantity', type: [{ code: 'Quantity', profile: UCUM_QUANTITY.url }] },
      { path: 'Observation.valueQuantity.code', fixedCode: 'kg' },
    ]),
    extra: [UCUM_QUANTITY],
    elements: {
      // The datatype profile's root describes Quantity in general; the element keeps its own text.
      'Observation.valueQuantity': { short: 'Actual result', type: [{ code: 'Quantity', profile: UCUM_QUANTITY.url }] },
      'Observation.valueQuantity.system': { min: 1, fixedUri: 'http://unitsofmeasure.org' },
      'Observation.valueQuantity.code': { min: 1, fixedCode: 'kg' },
    },
    absent: ['Observation.valueQuantity.unit'],
  },
  {
    name: 'an unknown type profile falls back to the type, with a warning',
    sd: profile('Lost', 'Patient', [
      { path: 'Patient.extension', sliceName: 'lost', type: [{ code: 'Extension', profile: `${TEST_URL}Nowhere ` }] },
      { path: 'Patient.extension.url', fixedUri: `${TEST_URL}Nowhere` },
    ]),
    elements: { 'Patient.extension:lost.url': { fixedUri: `${TEST_URL}Nowhere` }, 'Patient.extension:lost.value[x]': { max: '1' } },
    warnings: [/Nowhere not found; the element keeps/, /Nowhere not found; children of Patient\.extension taken from type Extension/],
  },
  {
    name: 'children of a contentReference element come from the referenced element',
    sd: profile('Items', 'Questionnaire', [{ path: 'Questionnaire.item.item.text', min: 1 }]),
    elements: { 'Questionnaire.item.item.text': { min: 1, base: { path: 'Questionnaire.item.text', min: 0, max: '1' } } },
    sequence: ['Questionnaire.item.item', 'Questionnaire.item.item.id'],
  },
  {
    name: 'constraints are added (same key replaced), mappings appended, the rest overridden',
    sd: profile('Merge', 'Patient', [
      {
        path: 'Patient',
        constraint: [{ key: 'dom-1', severity: 'error', human: 'restated' }, { key: 'gpc-1', severity: 'error', human: 'new' }],
      },
      { path: 'Patient.name', short: 'The name', mapping: [{ identity: 'nhs', map: 'PERSON_NAME' }], mustSupport: true },
      { path: 'Patient.maritalStatus', binding: { strength: 'required' } },
    ]),
    elements: {
      Patient: {
        constraint: [
          ...['dom-2', 'dom-1', 'dom-4', 'dom-3'].map((key) => ({ key })),
          { key: 'gpc-1' },
        ] as ElementDefinitionJson['constraint'],
      },
      'Patient.name': { short: 'The name', mustSupport: true },
      // Regression (GPConnect-Appointment-1 Appointment.reason): restating only the strength keeps the value set.
      'Patient.maritalStatus': {
        binding: {
          extension: [
            { url: 'http://hl7.org/fhir/StructureDefinition/elementdefinition-bindingName', valueString: 'MaritalStatus' },
            { url: 'http://hl7.org/fhir/StructureDefinition/elementdefinition-isCommonBinding', valueBoolean: true },
          ],
          strength: 'required',
          description: 'The domestic partnership status of a person.',
          valueSetReference: { reference: 'http://hl7.org/fhir/ValueSet/marital-status' },
        },
      },
    },
  },
  {
    name: 'a new value set replaces the base one whichever way each is spelt',
    sd: profile('ValueSetUri', 'Patient', [{ path: 'Patient.gender', binding: { strength: 'required', valueSetUri: 'https://example.org/vs' } }]),
    elements: {
      'Patient.gender': {
        binding: {
          extension: [
            { url: 'http://hl7.org/fhir/StructureDefinition/elementdefinition-bindingName', valueString: 'AdministrativeGender' },
            { url: 'http://hl7.org/fhir/StructureDefinition/elementdefinition-isCommonBinding', valueBoolean: true },
          ],
          strength: 'required',
          description: 'The gender of a person used for administrative purposes.',
          valueSetUri: 'https://example.org/vs',
        },
      },
    },
  },
  {
    name: 'a loosened cardinality is applied, with a warning',
    sd: profile('Loose', 'Patient', [{ path: 'Patient.gender', max: '*' }]),
    elements: { 'Patient.gender': { max: '*' } },
    warnings: [/max \* is above the base max 1/],
  },
];

describe('generateSnapshot on hand-written differentials', () => {
  runCases(CASES);

  test('does not modify its inputs', () => {
    const sd = structuredClone(identifierSlices);
    const resolve = resolverWith();
    const before = JSON.stringify(resolve(`${CORE_URL}Patient`));
    generateSnapshot(sd, resolve);
    assert.deepEqual(sd, identifierSlices);
    assert.equal(JSON.stringify(resolve(`${CORE_URL}Patient`)), before);
  });
});
