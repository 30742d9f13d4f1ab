/**
 * Test helper: small hand-written profiles for the table-driven snapshot tests, over a handful of real
 * core 3.0.1 definitions (read from the core package folder, so bases are the genuine article).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementDefinitionJson, StructureDefinitionJson } from '../../generator/ir/snapshot/json-types.js';
import { CORE, PACKAGES_DIR } from './package-index.js';

export const CORE_URL = 'http://hl7.org/fhir/StructureDefinition/';
export const TEST_URL = 'https://example.org/fhir/StructureDefinition/';

const CORE_TYPES = [
  'Patient', 'Observation', 'Questionnaire', 'Identifier', 'HumanName', 'CodeableConcept', 'Coding', 'Quantity',
  'Period', 'Reference', 'Extension', 'Element', 'string', 'uri',
];

let cache: Map<string, StructureDefinitionJson> | undefined;

function coreDefinitions(): Map<string, StructureDefinitionJson> {
  cache ??= new Map(
    CORE_TYPES.map((name) => {
      const file = join(PACKAGES_DIR, CORE, 'package', `StructureDefinition-${name}.json`);
      return [CORE_URL + name, JSON.parse(readFileSync(file, 'utf8')) as StructureDefinitionJson];
    }),
  );
  return cache;
}

/** A resolver over the core fixtures plus `extra` definitions; `without` hides some URLs. */
export function resolverWith(extra: readonly StructureDefinitionJson[] = [], without: readonly string[] = []) {
  const byUrl = new Map(coreDefinitions());
  for (const sd of extra) if (sd.url) byUrl.set(sd.url, sd);
  for (const url of without) byUrl.delete(url);
  return (url: string): StructureDefinitionJson | undefined => byUrl.get(url.trim());
}

/** A constraint profile on a core type, with only a differential. */
export function profile(name: string, type: string, elements: ElementDefinitionJson[], base = CORE_URL + type): StructureDefinitionJson {
  return {
    resourceType: 'StructureDefinition',
    url: TEST_URL + name,
    name,
    type,
    kind: 'resource',
    derivation: 'constraint',
    baseDefinition: base,
    differential: { element: elements },
  };
}

const EXTENSION_TYPES = ['CodeableConcept'].map((code) => ({ code }));

/**
 * A simple extension definition with a published snapshot: 0..1, url fixed, value restricted to
 * CodeableConcept (renamed `valueCodeableConcept`, as NHS snapshots write it).
 */
export const CODED_EXTENSION: StructureDefinitionJson = {
  resourceType: 'StructureDefinition',
  url: `${TEST_URL}Extension-Coded`,
  type: 'Extension',
  kind: 'complex-type',
  derivation: 'constraint',
  baseDefinition: `${CORE_URL}Extension`,
  snapshot: {
    element: [
      { id: 'Extension', path: 'Extension', short: 'A coded thing', min: 0, max: '1', base: { path: 'Extension', min: 0, max: '*' } },
      { id: 'Extension.id', path: 'Extension.id', min: 0, max: '1', type: [{ code: 'string' }] },
      {
        id: 'Extension.extension',
        path: 'Extension.extension',
        slicing: { discriminator: [{ type: 'value', path: 'url' }], rules: 'open' },
        min: 0,
        max: '*',
        type: [{ code: 'Extension' }],
      },
      { id: 'Extension.url', path: 'Extension.url', min: 1, max: '1', type: [{ code: 'uri' }], fixedUri: `${TEST_URL}Extension-Coded` },
      {
        id: 'Extension.value[x]:valueCodeableConcept',
        path: 'Extension.valueCodeableConcept',
        sliceName: 'valueCodeableConcept',
        min: 1,
        max: '1',
        type: EXTENSION_TYPES,
        base: { path: 'Extension.value[x]', min: 0, max: '1' },
      },
    ],
  },
};

/** A Quantity profile with a published snapshot: system fixed to UCUM. */
export const UCUM_QUANTITY: StructureDefinitionJson = {
  resourceType: 'StructureDefinition',
  url: `${TEST_URL}Quantity-Ucum`,
  type: 'Quantity',
  kind: 'complex-type',
  derivation: 'constraint',
  baseDefinition: `${CORE_URL}Quantity`,
  snapshot: {
    element: [
      { id: 'Quantity', path: 'Quantity', min: 0, max: '*' },
      { id: 'Quantity.value', path: 'Quantity.value', min: 1, max: '1', type: [{ code: 'decimal' }] },
      { id: 'Quantity.system', path: 'Quantity.system', min: 1, max: '1', type: [{ code: 'uri' }], fixedUri: 'http://unitsofmeasure.org' },
      { id: 'Quantity.code', path: 'Quantity.code', min: 1, max: '1', type: [{ code: 'code' }] },
    ],
  },
};
