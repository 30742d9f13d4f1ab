import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { before, describe, test } from 'node:test';

import fhirjs from 'fhir';

import { GeneratorError } from '../../generator/errors.js';
import { createStu3XmlConverter, selectXmlDefinitionResources, type Stu3XmlConverter } from '../../generator/load/xml.js';
import { buildStu3Parser } from '../../generator/load/xml-definitions.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const PACKAGES = path.resolve(REPO, '../shared/fhir-packages');
const CORE = path.join(PACKAGES, 'hl7.fhir.core#3.0.1/package');
const GPC = path.join(PACKAGES, 'nhsconnect.gpconnect-fhir#1.5.0/package');
const FIXTURES = path.join(REPO, 'test/fixtures/xml');

const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
const resourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'package.json' && !name.startsWith('.')).sort();

/** Built once for the whole file: the converter under test, and FHIR.js's own JSON -> XML writer for round trips. */
let converter: Stu3XmlConverter;
let jsonToXml: (resource: Record<string, unknown>) => string;

before(() => {
  // Only the StructureDefinition files: the others are filtered out anyway, and reading all 3,994 costs ~1 s.
  const core = fs
    .readdirSync(CORE)
    .filter((name) => name.startsWith('StructureDefinition-'))
    .map((name) => readJson(path.join(CORE, name)));
  const definitions = selectXmlDefinitionResources(core);
  converter = createStu3XmlConverter(definitions);
  const fhir = new fhirjs.Fhir(buildStu3Parser(definitions));
  jsonToXml = (resource) => fhir.objToXml(resource);
});

/**
 * The one documented difference of a JSON -> XML -> JSON round trip besides key order (which
 * deepStrictEqual ignores): an empty object (`"differential": {}`, invalid in FHIR JSON anyway) has
 * no XML form, so FHIR.js drops it. Remove empty objects from the source before comparing.
 */
function withoutEmptyObjects(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyObjects);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value)
    .map(([key, item]) => [key, withoutEmptyObjects(item)] as const)
    .filter(([, item]) => !(typeof item === 'object' && item !== null && !Array.isArray(item) && Object.keys(item).length === 0));
  return Object.fromEntries(entries);
}

describe('selectXmlDefinitionResources', () => {
  test('keeps base StructureDefinitions, drops profiles, logical models and terminology', () => {
    const base = { resourceType: 'StructureDefinition', id: 'Patient', kind: 'resource', derivation: 'specialization', snapshot: { element: [] } };
    const element = { resourceType: 'StructureDefinition', id: 'Element', kind: 'complex-type', snapshot: { element: [] } };
    const profile = { ...base, id: 'vitalsigns', derivation: 'constraint' };
    const logical = { ...base, id: 'Definition', kind: 'logical' };
    const noSnapshot = { resourceType: 'StructureDefinition', id: 'X', kind: 'resource' };
    const valueSet = { resourceType: 'ValueSet', id: 'v' };
    assert.deepEqual(selectXmlDefinitionResources([base, element, profile, logical, noSnapshot, valueSet, null, 'x']), [base, element]);
  });

  test('selects the 172 base definitions of core 3.0.1', () => {
    const core = fs.readdirSync(CORE).filter((name) => name.startsWith('StructureDefinition-')).map((name) => readJson(path.join(CORE, name)));
    assert.equal(selectXmlDefinitionResources(core).length, 172);
  });
});

describe('createStu3XmlConverter', () => {
  test('refuses definitions of another FHIR version with GPC106', () => {
    const r4 = { resourceType: 'StructureDefinition', id: 'Patient', url: 'http://hl7.org/fhir/StructureDefinition/Patient', kind: 'resource', fhirVersion: '4.0.1', snapshot: { element: [] } };
    assert.throws(() => createStu3XmlConverter([r4]), (error: unknown) => error instanceof GeneratorError && error.code === 'GPC106');
  });

  test('refuses an empty set of definitions', () => {
    assert.throws(() => createStu3XmlConverter([{ resourceType: 'ValueSet' }]), /no base StructureDefinitions/);
  });
});

describe('round trip: package JSON -> XML (FHIR.js) -> JSON (converter) is deep-equal', () => {
  const cases = [
    'StructureDefinition-CareConnect-GPC-Patient-1.json',
    'StructureDefinition-Extension-CareConnect-GPC-EthnicCategory-1.json',
    'ValueSet-CareConnect-AllergyCode-1.json',
    'CodeSystem-CareConnect-EthnicCategory-1.json',
  ];
  for (const name of cases) {
    test(name, () => {
      const source = readJson(path.join(GPC, name));
      const xml = jsonToXml(source);
      assert.match(xml.slice(0, 200), /^<\?xml version="1.0" encoding="UTF-8"\?><\w+ xmlns="http:\/\/hl7\.org\/fhir">/);
      assert.deepStrictEqual(converter.toJson(xml, name), source);
    });
  }

  test('every resource of nhsconnect.gpconnect-fhir#1.5.0 (no false positives from the strict checks)', () => {
    const failures: string[] = [];
    const names = resourceFiles(GPC);
    for (const name of names) {
      const source = readJson(path.join(GPC, name));
      try {
        assert.deepStrictEqual(converter.toJson(jsonToXml(source), name), withoutEmptyObjects(source));
      } catch (error) {
        failures.push(`${name}: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.equal(names.length, 150);
  });
});

describe('hand-written STU3 StructureDefinition', () => {
  const name = 'StructureDefinition-Example-BodyWeight-1';

  test('converts to the hand-written expected JSON', () => {
    const xml = fs.readFileSync(path.join(FIXTURES, `${name}.xml`), 'utf8');
    const expected = readJson(path.join(FIXTURES, `${name}.expected.json`));
    assert.deepStrictEqual(converter.toJson(xml, `${name}.xml`), expected);
  });

  test('type.profile and type.targetProfile stay strings (STU3), not arrays (R4)', () => {
    const xml = fs.readFileSync(path.join(FIXTURES, `${name}.xml`), 'utf8');
    const sd = converter.toJson(xml, `${name}.xml`) as { differential: { element: Array<{ type?: Array<Record<string, unknown>> }> } };
    const types = sd.differential.element.flatMap((element) => element.type ?? []);
    assert.equal(types.find((type) => type['code'] === 'Quantity')?.['profile'], 'http://hl7.org/fhir/StructureDefinition/SimpleQuantity');
    assert.equal(typeof types.find((type) => type['code'] === 'Reference')?.['targetProfile'], 'string');
  });

  test('comments are dropped (no DSTU2 fhir_comments), except inside narrative XHTML', () => {
    const xml =
      '<?xml version="1.0"?>\n<!-- before -->\n<Patient xmlns="http://hl7.org/fhir"><!-- a --><id value="p"/>' +
      '<text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml"><!-- kept --><p>x</p></div></text>' +
      '<gender value="male"><!-- b --></gender></Patient>\n<!-- after -->';
    assert.deepStrictEqual(converter.toJson(xml, 'comments.xml'), {
      resourceType: 'Patient',
      id: 'p',
      text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml"><!-- kept --><p>x</p></div>' },
      gender: 'male',
    });
  });

  test('a byte order mark and an XML declaration are accepted', () => {
    const xml = '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="no"?><Basic xmlns="http://hl7.org/fhir"><id value="b"/></Basic>';
    assert.deepStrictEqual(converter.toJson(xml, 'bom.xml'), { resourceType: 'Basic', id: 'b' });
  });

  // Regression: FHIR.js 4.12's xmlToJson crashes (Object.keys(null)) on the null placeholders of `_given`.
  test('a repeating primitive with an extension on a later item only', () => {
    const xml = '<Patient xmlns="http://hl7.org/fhir"><name><given value="A"/><given id="g2" value="B"/></name></Patient>';
    assert.deepStrictEqual(converter.toJson(xml, 'given.xml'), {
      resourceType: 'Patient',
      name: [{ given: ['A', 'B'], _given: [null, { id: 'g2' }] }],
    });
  });
});

describe('malformed XML is GPC105 with the file', () => {
  const P = '<Patient xmlns="http://hl7.org/fhir">';
  const XHTML = 'xmlns="http://www.w3.org/1999/xhtml"';
  const cases: ReadonlyArray<readonly [string, string, RegExp]> = [
    ['empty file', '', /the file is empty/],
    ['only whitespace', ' \n\t', /the file is empty/],
    ['only a declaration and a comment', '<?xml version="1.0"?>\n<!-- nothing -->\n', /no root element/],
    ['not XML', 'hello', /not well-formed: Non-whitespace before first tag.*line 1, column 1/],
    ['truncated', `${P}\n  <id value="a"/>\n  <gender val`, /truncated file\?.*line 3/],
    ['mismatched tags', `${P}<name><family value="x"/></Patient>`, /not well-formed: Unexpected close tag.*line 1/],
    ['second root element', `${P}</Patient>${P}</Patient>`, /a second root element <Patient>/],
    ['duplicate attribute', `${P}<id value="a" value="b"/></Patient>`, /duplicate attribute value/],
    ['HTML entity', `${P}<text><status value="generated"/><div ${XHTML}>a&nbsp;b</div></text></Patient>`, /undefined entity &nbsp;/],
    ['no namespace', '<Patient><id value="a"/></Patient>', /root element <Patient> is in no namespace; expected xmlns="http:\/\/hl7.org\/fhir"/],
    ['wrong namespace', '<Patient xmlns="http://hl7.org/fhir/r4"/>', /is in namespace http:\/\/hl7.org\/fhir\/r4; expected/],
    ['XHTML document', `<html ${XHTML}><body/></html>`, /root element <html> is in namespace http:\/\/www.w3.org\/1999\/xhtml/],
    ['namespace prefix', '<f:Patient xmlns:f="http://hl7.org/fhir"/>', /uses a namespace prefix/],
    ['unknown root', '<Foo xmlns="http://hl7.org/fhir"/>', /root element <Foo> is not a FHIR STU3 resource type/],
    ['datatype as root', '<HumanName xmlns="http://hl7.org/fhir"/>', /root element <HumanName> is not a FHIR STU3 resource type/],
    ['abstract type as root', '<DomainResource xmlns="http://hl7.org/fhir"/>', /not a FHIR STU3 resource type/],
    ['child in another namespace', `${P}<id xmlns="urn:other" value="a"/></Patient>`, /<id> inside <Patient> is in namespace urn:other/],
    ['narrative div not XHTML', `${P}<text><status value="generated"/><div>x</div></text></Patient>`, /<div> inside <text> is in namespace http:\/\/hl7.org\/fhir; expected xmlns="http:\/\/www.w3.org\/1999\/xhtml"/],
    ['unknown element', `${P}<id value="a"/><nickname value="b"/></Patient>`, /unknown element <nickname> inside <Patient>/],
    ['element inside a primitive', `${P}<gender value="male"><code value="m"/></gender></Patient>`, /a primitive holds only <extension>/],
    ['text instead of value attribute', `${P}<gender>male</gender></Patient>`, /text "male" inside <gender> would be dropped/],
    ['unknown attribute', `${P}<gender val="male"/></Patient>`, /unknown attribute val="male" on <gender>/],
    ['empty value', `${P}<gender value=""/></Patient>`, /empty value="" on <gender>/],
    ['single element repeated', `${P}<gender value="male"/><gender value="female"/></Patient>`, /<gender> repeats inside <Patient> but allows one/],
    ['bad boolean', `${P}<active value="yes"/></Patient>`, /value="yes" on <active> is not true or false \(FHIR type boolean\).*line 1, column 38/],
    ['bad decimal', '<Observation xmlns="http://hl7.org/fhir"><valueQuantity><value value="1e3"/></valueQuantity></Observation>', /is not a decimal/],
    ['two resources in contained', `${P}<contained><Basic/><Basic/></contained></Patient>`, /<contained> holds more than one resource/],
    ['nesting bomb', `${P}${'<extension url="u">'.repeat(200)}${'</extension>'.repeat(200)}</Patient>`, /nested deeper than 128 levels/],
    ['DOCTYPE without entities', `<!DOCTYPE Patient>${P}</Patient>`, /DOCTYPE not allowed/],
    ['<!ENTITY> outside a DOCTYPE', `<!ENTITY x "y">${P}</Patient>`, /not well-formed|declaration not allowed/],
  ];
  for (const [label, xml, message] of cases) {
    test(label, () => {
      const file = `cases/${label.replace(/\W+/g, '-')}.xml`;
      assert.throws(
        () => converter.toJson(xml, file),
        (error: unknown) => {
          assert.ok(error instanceof GeneratorError, `expected a GeneratorError, got ${String(error)}`);
          assert.equal(error.code, 'GPC105');
          assert.equal(error.location.file, file);
          assert.match(error.message, message);
          assert.ok(error.message.includes(file), 'the message names the file');
          return true;
        },
      );
    });
  }

  test('the path of an unknown element is in the location', () => {
    const xml = '<StructureDefinition xmlns="http://hl7.org/fhir"><differential><element><path value="a"/></element><element><typo/></element></differential></StructureDefinition>';
    assert.throws(
      () => converter.toJson(xml, 'sd.xml'),
      (error: unknown) => error instanceof GeneratorError && error.location.path === 'StructureDefinition.differential.element[1].typo',
    );
  });
});

describe('hostile XML', () => {
  test('billion laughs is refused at once, never expanded', () => {
    const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE Patient [\n<!ENTITY lol0 "lol">\n${entities}\n]>\n<Patient xmlns="http://hl7.org/fhir"><id value="&lol9;"/></Patient>`;
    const started = performance.now();
    assert.throws(
      () => converter.toJson(xml, 'laughs.xml'),
      (error: unknown) => error instanceof GeneratorError && error.code === 'GPC105' && /DOCTYPE not allowed.*line 2, column 1/.test(error.message),
    );
    assert.ok(performance.now() - started < 200, 'refused in well under 200 ms');
  });

  test('external entities are refused and nothing is fetched', async () => {
    let requests = 0;
    const server = http.createServer((_request, response) => {
      requests++;
      response.end('<id value="leaked"/>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      for (const system of [`http://127.0.0.1:${port}/entity`, 'file:///etc/passwd']) {
        const xml = `<?xml version="1.0"?>\n<!DOCTYPE Patient [<!ENTITY xxe SYSTEM "${system}">]>\n<Patient xmlns="http://hl7.org/fhir"><id value="&xxe;"/></Patient>`;
        assert.throws(
          () => converter.toJson(xml, 'xxe.xml'),
          (error: unknown) => error instanceof GeneratorError && error.code === 'GPC105' && error.location.file === 'xxe.xml' && /DOCTYPE not allowed/.test(error.message),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(requests, 0);
    } finally {
      server.close();
    }
  });
});
