import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { InterfaceDeclarationStructure, OptionalKind, PropertySignatureStructure } from 'ts-morph';
import { ImportCollector } from '../../generator/emit/imports.js';
import { typeDeclarations } from '../../generator/emit/types/declarations.js';
import { loadMini, type MiniModel } from '../helpers/mini.js';

let mini: MiniModel;
before(async () => {
  mini = await loadMini();
});

function declarations(url: string): InterfaceDeclarationStructure[] {
  const current = mini.plan.byUrl.get(url);
  assert.ok(current, `${url} is planned`);
  return typeDeclarations({ plan: mini.plan, current, imports: new ImportCollector(current.module) }) as InterfaceDeclarationStructure[];
}

function property(decl: InterfaceDeclarationStructure | undefined, name: string): OptionalKind<PropertySignatureStructure> | undefined {
  return decl?.properties?.find((p) => p.name === name);
}

/** `name?: type` or `name: type`, as one string (before prettier: double quotes), for exact comparisons. */
function signature(decl: InterfaceDeclarationStructure | undefined, name: string): string | undefined {
  const p = property(decl, name);
  return p ? `${p.name}${p.hasQuestionToken ? '?' : ''}: ${String(p.type)}` : undefined;
}

describe('profile types (test.mini, snapshots generated from differentials)', () => {
  const PATIENT = 'http://test.org/StructureDefinition/Mini-Patient';

  it('names the declarations after the StructureDefinition name', () => {
    assert.deepEqual(declarations(PATIENT).map((d) => d.name), ['MiniPatient', 'MiniPatientIdentifierNhsNumber']);
  });

  const cases: Array<[string, string | undefined]> = [
    ['resourceType', 'resourceType: "Patient"'],
    // min >= 1 makes it required; a required slice makes the sliced array required too
    ['name', 'name: [HumanName, ...HumanName[]]'],
    ['extension', 'extension: [MiniColour | Extension, ...(MiniColour | Extension)[]]'],
    // slices are typed JSON members of the array they slice
    ['identifier', 'identifier?: (MiniPatientIdentifierNhsNumber | Identifier)[]'],
    // required binding on a code -> literal union (core administrative-gender, expanded from its CodeSystem)
    ['gender', 'gender: "female" | "male" | "other" | "unknown"'],
    // required binding on a CodeableConcept -> the generic argument
    ['maritalStatus', 'maritalStatus?: CodeableConcept<"M" | "S">'],
    // choice restricted to one type: only that variant exists
    ['deceasedBoolean', 'deceasedBoolean?: boolean'],
    ['deceasedDateTime', undefined],
    // max 0 removes the element and its primitive sibling
    ['photo', undefined],
    // typed reference
    ['managingOrganization', 'managingOrganization?: Reference<"Organization">'],
    ['_gender', '_gender?: Element'],
  ];
  for (const [name, expected] of cases) {
    it(`${name}`, () => assert.equal(signature(declarations(PATIENT)[0], name), expected));
  }

  it('gives the slice its fixed system as a literal and its required value', () => {
    const slice = declarations(PATIENT)[1];
    assert.equal(signature(slice, 'system'), 'system: "https://fhir.nhs.uk/Id/nhs-number"');
    assert.equal(signature(slice, 'value'), 'value: string');
  });

  it('types an extension with its url literal and its value type', () => {
    const [ext] = declarations('http://test.org/StructureDefinition/Mini-Colour');
    assert.equal(ext?.name, 'MiniColour');
    assert.equal(signature(ext, 'url'), 'url: "http://test.org/StructureDefinition/Mini-Colour"');
    assert.equal(signature(ext, 'valueCode'), 'valueCode: "green" | "red"');
    assert.equal(signature(ext, 'valueString'), undefined);
  });

  it('documents members with short, definition, cardinality and binding, and declarations with URL and package', () => {
    const [patient] = declarations(PATIENT);
    const doc = String(property(patient, 'gender')?.docs?.[0]);
    assert.match(doc, /^male \| female \| other \| unknown/);
    assert.match(doc, /- Cardinality 1\.\.1/);
    assert.match(doc, /- Binding required to http:\/\/hl7\.org\/fhir\/ValueSet\/administrative-gender/);
    const declDoc = String(patient?.docs?.[0]);
    assert.match(declDoc, /Canonical URL: http:\/\/test\.org\/StructureDefinition\/Mini-Patient \(version 1\.0\.0\)/);
    assert.match(declDoc, /Source: test\.mini#1\.0\.0/);
    assert.match(declDoc, /Snapshot generated from the differential/);
  });
});
