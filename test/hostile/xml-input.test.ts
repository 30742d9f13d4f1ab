/**
 * XML input: conformance resources given as STU3 XML (test/fixtures/hostile/xml-package: a profile, a
 * ValueSet and a CodeSystem, no JSON at all) are converted with the STU3 converter and modelled like
 * JSON ones, from a local package folder and from a package in the cache alike; malformed XML is a GPC105
 * naming the package, the file and the line.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { typesPlugin } from '../../generator/emit/types/plugin.js';
import { isGeneratorError } from '../../generator/errors.js';
import { generate, type GenerateResult } from '../../generator/generate.js';
import type { IrElement } from '../../generator/ir/types.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { CORE_REF, createMiniCoreCache, tempDir } from './support/mini-core.js';

const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/hostile/xml-package');
const KEY = 'test.xml-package#1.0.0';
const PROFILE = 'http://example.org/fhir/StructureDefinition/Xml-Patient';

let root = '';
let cache = '';

before(() => {
  root = tempDir('xml-input');
  // The converter is built from the core definitions of the resource types the XML holds.
  cache = createMiniCoreCache(root, ['Patient', 'StructureDefinition', 'ValueSet', 'CodeSystem']);
});
after(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

function run(name: string, packages: string[]): Promise<GenerateResult> {
  // The types are what show how the XML was read; the other plugins would only add time.
  return generate({ packages, cache, offline: true, out: path.join(root, name), include: ['http://example.org/*'] }, { plugins: [typesPlugin] });
}

function child(result: GenerateResult, name: string): IrElement {
  const structure = result.model.structures.find((s) => s.url === PROFILE);
  assert.ok(structure, `${PROFILE} was not modelled`);
  const element = structure.root.children.find((c) => c.name === name);
  assert.ok(element, `no ${name}`);
  return element;
}

function assertModelled(result: GenerateResult, out: string): void {
  assert.equal(child(result, 'active').min, 1);
  assert.deepEqual(child(result, 'gender').fixed, { type: 'Code', value: 'unknown' });
  const binding = child(result, 'maritalStatus').binding;
  assert.equal(binding?.resolvedValueSet, 'http://example.org/fhir/ValueSet/Xml-Colours');
  assert.deepEqual(binding?.expansion?.map((c) => c.code), ['red', 'green'], 'the ValueSet and CodeSystem from XML expand');
  const source = fs.readFileSync(path.join(out, 'src/XmlPatient.ts'), 'utf8');
  assert.match(source, /\n {2}active: boolean;/);
  assert.match(source, /\n {2}gender\?: 'unknown';/);
  assert.match(source, /\n {2}maritalStatus\?: CodeableConcept<'green' \| 'red'>;/);
  assert.match(source, /A profile read from XML: <active> is required/, 'the XML-escaped description is unescaped once');
}

describe('XML input', () => {
  test('a local package folder of XML resources is modelled like JSON', async () => {
    const result = await run('local', [FIXTURE]);
    assert.deepEqual(result.model.packages.map((p) => p.key), [KEY, CORE_REF]);
    assertModelled(result, path.join(root, 'local'));
  });

  test('a cached package of XML resources is modelled like JSON', async () => {
    fs.cpSync(FIXTURE, path.join(cache, KEY, 'package'), { recursive: true });
    try {
      const result = await run('cached', [KEY]);
      assertModelled(result, path.join(root, 'cached'));
    } finally {
      fs.rmSync(path.join(cache, KEY), { recursive: true, force: true });
    }
  });

  test('malformed XML is GPC105 with the package, the file and the line', async () => {
    const broken = path.join(root, 'broken');
    fs.cpSync(FIXTURE, broken, { recursive: true });
    const file = path.join(broken, 'ValueSet-Xml-Colours.xml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('<name value="XmlColours"/>', '<name value="Xml<Colours"/>'));
    await assert.rejects(run('broken-out', [broken]), (error: unknown) => {
      assert.ok(isGeneratorError(error), String(error));
      assert.equal(error.code, 'GPC105');
      assert.deepEqual(error.location, { package: KEY, file });
      assert.match(error.detail, /'<' in an attribute value of <name>.*\(line 5, column 3\)/);
      return true;
    });
    assert.ok(!fs.existsSync(path.join(root, 'broken-out')), 'an output was written');
  });
});
