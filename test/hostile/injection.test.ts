/**
 * Injection-proof generation: the hostile corpus (test/fixtures/hostile/package) puts code in every text
 * field a profile has (descriptions, names, ids, slice names, element names, fixed values, patterns, codes,
 * regexes, invariants): comment terminators, backticks and `${`, quotes and backslashes, U+2028/U+2029,
 * `</script>`, control characters, lone surrogates, reserved words, names starting with digits,
 * `__proto__` and `constructor`, plus a 1 MB description. The generated package must parse, type-check
 * under the strict settings, say exactly what the profiles say, and run none of it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import ts from 'typescript';
import { listFiles } from '../../generator/write/manifest.js';
import { corpusElement, generateCorpus, MARKER, readCorpus, type GeneratedCorpus, type Json } from './support/corpus.js';
import { createGeneratedProgram, DeclarationReader, diagnosticsText } from './support/program.js';

let corpus: GeneratedCorpus;
let program: ts.Program;
let read: DeclarationReader;

before(async () => {
  corpus = await generateCorpus('injection');
  program = createGeneratedProgram(path.join(corpus.out, 'src'));
  read = new DeclarationReader(program, path.join(corpus.out, 'src'));
});
after(() => {
  if (corpus) fs.rmSync(corpus.root, { recursive: true, force: true });
});

const PATIENT = 'StructureDefinition-Hostile-Patient.json';
const TYPE = 'StructureDefinition-Hostile-Type.json';
const fixedOf = (file: string, id: string, key: string) => corpusElement(file, id)[key];
const codes = () => ((readCorpus('CodeSystem-Hostile-Codes.json')['concept'] as Json[]).map((c) => c['code'] as string)).sort();

describe('hostile profiles', () => {
  test('every generated file parses, and no payload became code', () => {
    const files = listFiles(corpus.out).filter((f) => /\.(ts|js)$/.test(f));
    assert.ok(files.length > 100, `${files.length} files`);
    for (const file of files) {
      const text = fs.readFileSync(path.join(corpus.out, file), 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS);
      const parseErrors = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
      assert.equal(parseErrors.length, 0, `${file}: ${diagnosticsText(parseErrors)}`);
      const visit = (node: ts.Node): void => {
        // Comments and string/template text are not nodes with this text; an identifier is code.
        if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && node.text === MARKER) assert.fail(`${file}: payload became code at ${node.getStart()}`);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  });

  test('the package type-checks under the strict settings', () => {
    const diagnostics = ts.getPreEmitDiagnostics(program);
    assert.equal(diagnostics.length, 0, diagnosticsText(diagnostics));
  });

  test('fixed values, patterns and codes are the profile text, exactly', () => {
    const patient = read.exported('Class', 'Class');
    assert.equal(read.literal(read.at(patient, 'name', '[]', 'family')), fixedOf(PATIENT, 'Patient.name.family', 'fixedString'));
    assert.equal(read.literal(read.at(patient, 'gender')), fixedOf(PATIENT, 'Patient.gender', 'fixedCode'));
    assert.deepEqual(read.literals(read.at(patient, 'language')), codes());
    assert.equal(read.literal(read.at(read.exported('Class', 'ClassIdentifierProto'), 'system')), fixedOf(PATIENT, 'Patient.identifier:__proto__.system', 'fixedUri'));
    assert.equal(read.literal(read.at(read.exported('Class', 'ClassIdentifierConstructor'), 'system')), fixedOf(PATIENT, 'Patient.identifier:constructor.system', 'fixedUri'));

    const marital = fixedOf(PATIENT, 'Patient.maritalStatus', 'fixedCodeableConcept') as Json;
    const coding = (marital['coding'] as Json[])[0] as Json;
    for (const key of ['system', 'code', 'display']) assert.equal(read.literal(read.at(patient, 'maritalStatus', 'coding', '[0]', key)), coding[key], key);
    assert.equal(read.literal(read.at(patient, 'maritalStatus', 'text')), marital['text']);
    // Keys that are special in JavaScript objects are plain properties of the literal type.
    assert.equal(read.literal(read.at(patient, 'maritalStatus', '__proto__', 'polluted')), true);
    assert.equal(read.literal(read.at(patient, 'maritalStatus', 'constructor', 'prototype', 'polluted')), true);

    const extension = corpusElement('StructureDefinition-Hostile-Extension.json', 'Extension.value[x]');
    assert.equal(read.literal(read.at(read.exported('GlobalThisPwnedTrue', 'GlobalThisPwnedTrue'), 'valueString')), extension['fixedString']);

    const hostile = read.exported('Await', 'Await');
    assert.equal(read.literal(read.at(hostile, 'constructor')), fixedOf(TYPE, 'HostileType.constructor', 'fixedString'));
    assert.equal(read.literal(read.at(hostile, 'class')), fixedOf(TYPE, 'HostileType.class', 'patternString'));
    assert.equal(read.literal(read.at(hostile, 'prototype')), 0);
    assert.deepEqual(read.literals(read.at(hostile, 'hasOwnProperty')), codes());
    assert.equal(read.literal(read.at(hostile, 'nested', '[]', '__proto__')), fixedOf(TYPE, 'HostileType.nested.__proto__', 'fixedString'));
    assert.equal(read.literal(read.at(hostile, 'weird', 'constructor')), corpusElement('StructureDefinition-Proto-Type.json', '__proto__.constructor')['fixedString']);
    assert.equal(read.literal(read.at(hostile, 'resourceType')), 'HostileType');
  });

  test('element names are the JSON property names, whatever they are', () => {
    const names = read.propertyNames(read.exported('Await', 'Await')).filter((n) => !n.startsWith('_') || n === '__proto__');
    assert.deepEqual(names.sort(), ['1abc', '__proto__', 'a-b', 'choiceBoolean', 'choiceString', 'class', 'constructor', 'hasOwnProperty', 'nested', 'prototype', 'resourceType', 'then', 'toString', 'valueOf', 'weird'].sort());
    const nested = read.propertyNames(read.exported('Await', 'AwaitNested'));
    for (const name of ['__proto__', 'constructor']) assert.ok(nested.includes(name), `AwaitNested lacks ${name}: ${nested.join(', ')}`);
  });

  test('a `__proto__` key in a differential element is an unknown property, not its prototype', () => {
    // Patient.photo's differential says `"__proto__": {"min": 1, "max": "0", "mustSupport": true}`.
    const structure = corpus.result.model.structures.find((s) => s.url === 'http://example.org/fhir/StructureDefinition/Hostile-Patient');
    const photo = structure?.root.children.find((c) => c.name === 'photo');
    assert.deepEqual(photo && { min: photo.min, max: photo.max, mustSupport: photo.mustSupport }, { min: 0, max: undefined, mustSupport: false });
    assert.ok(read.propertyNames(read.exported('Class', 'Class')).includes('photo'));
  });

  test('reserved words, digits, library types and module names give safe, distinct names', () => {
    const modules = new Set(listFiles(path.join(corpus.out, 'src')).filter((f) => !f.includes('/')).map((f) => f.replace(/\.ts$/, '')));
    const expected: Record<string, string> = {
      'Name-default': 'Default', 'Name-await': 'NameAwait', 'Name-0day': 'T0day', 'Name-Record': 'NameRecord', 'Name-Index': 'NameIndex',
      'Name-ResourceTypes': 'NameResourceTypes', 'Name-Con': 'NameCon', 'Name-Gpconnect': 'NameGpconnect', 'Name-constructor': 'Constructor',
      'Name-Object': 'NameObject', 'Name-then': 'Then',
    };
    for (const [id, name] of Object.entries(expected)) {
      assert.ok(modules.has(name), `${id} should be module ${name}`);
      const text = fs.readFileSync(path.join(corpus.out, 'src', `${name}.ts`), 'utf8');
      assert.match(text, new RegExp(`Canonical URL: http://example\\.org/fhir/StructureDefinition/${id}\\n[^/]*\\*/\\nexport interface ${name} \\{`));
    }
    // The package's own modules are still what they were.
    assert.match(fs.readFileSync(path.join(corpus.out, 'src/ResourceTypes.ts'), 'utf8'), /export type ResourceType =[\s\S]*'HostileType'/);
    assert.match(fs.readFileSync(path.join(corpus.out, 'src/index.ts'), 'utf8'), /export (type )?\* from '\.\/NameIndex\.js';/);
    const lower = [...modules].map((m) => m.toLowerCase());
    assert.equal(new Set(lower).size, lower.length, 'two modules differ only in case');
  });

  test('the 1 MB description is the doc comment, whole', () => {
    const doc = read.documentation('Class', 'Class');
    assert.ok(doc.length > 1_000_000, `${doc.length} characters`);
    assert.ok(doc.startsWith('BEGIN-OF-BIG-DESCRIPTION') || doc.includes('\nBEGIN-OF-BIG-DESCRIPTION'), doc.slice(0, 200));
    assert.ok(doc.includes('END-OF-BIG-DESCRIPTION'));
  });

  test('the generated validator checks the hostile fixed values exactly', async () => {
    const module = (await import(pathToFileURL(path.join(corpus.out, 'dist/esm/Class.js')).href)) as Record<string, unknown>;
    const validate = module['validateClass'];
    assert.equal(typeof validate, 'function', 'no validateClass in the generated module');
    if (typeof validate !== 'function') return;
    const errors = (instance: unknown) => ((validate(instance) as { issue: Json[] }).issue).filter((i) => i['severity'] === 'error' || i['severity'] === 'fatal');
    const family = fixedOf(PATIENT, 'Patient.name.family', 'fixedString') as string;
    const extension = corpusElement('StructureDefinition-Hostile-Extension.json', 'Extension.value[x]')['fixedString'] as string;
    // Parsed from text, as a server would. (Not maritalStatus: its fixed value is no valid CodeableConcept.)
    const instance = (mutate: (text: string) => string = (x) => x): unknown =>
      JSON.parse(mutate(JSON.stringify({
        resourceType: 'Patient',
        extension: [{ url: 'http://example.org/fhir/StructureDefinition/Hostile-Extension', valueString: extension }],
        active: true,
        name: [{ family }],
      })));
    assert.deepEqual(errors(instance()), [], 'the exact hostile values are valid');
    // The fixed CodeableConcept with its `__proto__` and `constructor` keys: reported, never obeyed.
    const marital = JSON.parse(`{"resourceType":"Patient","active":true,"maritalStatus":${JSON.stringify(fixedOf(PATIENT, 'Patient.maritalStatus', 'fixedCodeableConcept'))}}`) as unknown;
    assert.ok(errors(marital).some((i) => /Unknown element "__proto__"/.test(String(i['diagnostics']))));
    const wrongFamily = errors(instance((text) => text.replace(JSON.stringify(family), JSON.stringify(`${family} `))));
    assert.ok(wrongFamily.some((i) => JSON.stringify(i['expression']).includes('name[0].family')), JSON.stringify(wrongFamily));
    const wrongExtension = errors(instance((text) => text.replace(JSON.stringify(extension), JSON.stringify(extension.slice(1)))));
    assert.ok(wrongExtension.length > 0, 'one character less in the extension value is valid');
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined, 'validating polluted Object.prototype');
  });

  test('importing every generated module (ESM, CommonJS, TypeScript source) executes nothing', async () => {
    const globals = globalThis as Record<string, unknown>;
    delete globals[MARKER];
    const files = listFiles(corpus.out);
    const require = createRequire(import.meta.url);
    for (const file of files.filter((f) => f.startsWith('dist/esm/') && f.endsWith('.js'))) await import(pathToFileURL(path.join(corpus.out, file)).href);
    for (const file of files.filter((f) => f.startsWith('dist/cjs/') && f.endsWith('.js'))) require(path.join(corpus.out, file));
    for (const file of files.filter((f) => f.startsWith('src/') && f.endsWith('.ts'))) await import(pathToFileURL(path.join(corpus.out, file)).href);
    assert.equal(globals[MARKER], undefined, 'a payload ran');
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined, 'Object.prototype was polluted');
  });
});
