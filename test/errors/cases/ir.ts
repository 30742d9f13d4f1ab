/** Error cases of modelling StructureDefinitions (GPC2xx): each a package with one broken profile. */
import path from 'node:path';
import type { ErrorLocation } from '../../../generator/errors.js';
import { profile, snapshotProfile, TEST_URL, writePackage, type Json } from '../../hostile/support/packages.js';
import { generateArgs, type CaseContext, type ErrorCase } from '../support/case.js';

const PKG = 'test.pkg#1.0.0';
const CORE = 'http://hl7.org/fhir/StructureDefinition/';

/** A case whose package holds `files`; the error is located in the first file's profile. */
function profileCase(name: string, code: ErrorCase['code'], files: Record<string, Json>, where: Omit<ErrorLocation, 'package' | 'file'> & { fileName?: string }, detail?: RegExp): ErrorCase {
  const fileName = where.fileName ?? Object.keys(files)[0] ?? '';
  const { fileName: _, ...rest } = where;
  return {
    name,
    code,
    setup: (ctx: CaseContext) => (writePackage(path.join(ctx.dir, 'pkg'), { files }), generateArgs(ctx)),
    location: (ctx: CaseContext) => ({ package: PKG, file: path.join(ctx.dir, 'pkg', fileName), ...rest }),
    ...(detail ? { detail } : {}),
  };
}

/** A new resource type whose snapshot is given as is (profiles cannot add elements such as `a` and `b`). */
function specialization(name: string, elements: Json[]): Json {
  return snapshotProfile(name, name, [{ path: name }, ...elements], { derivation: 'specialization', baseDefinition: `${CORE}DomainResource`, type: name });
}

/** An extension profile with a nested extension slice typed by `inner`'s profile, constrained below. */
function nestingExtension(name: string, inner: string): Json {
  const elements = [
    { path: 'Extension.extension', slicing: { discriminator: [{ type: 'value', path: 'url' }], rules: 'open' } },
    { path: 'Extension.extension', sliceName: 'inner', type: [{ code: 'Extension', profile: `${TEST_URL}${inner}` }] },
    { path: 'Extension.extension.value[x]', min: 1 },
  ];
  return { ...profile(name, 'Extension', elements), kind: 'complex-type' };
}

const VALUE_SYSTEM = { discriminator: [{ type: 'value', path: 'system' }], rules: 'open' };

export const IR_CASES: ErrorCase[] = [
  profileCase('profile with neither snapshot nor differential', 'GPC201', { 'A.json': { ...profile('A', 'Patient', []), differential: undefined } }, { url: `${TEST_URL}A` }),
  profileCase(
    'differential-only profile whose base cannot be found',
    'GPC202',
    { 'A.json': profile('A', 'Patient', [{ path: 'Patient.active', min: 1 }], 'http://example.org/fhir/StructureDefinition/Nowhere') },
    { url: `${TEST_URL}A` },
    /Nowhere not found/,
  ),
  profileCase(
    'two profiles based on each other',
    'GPC203',
    {
      'A.json': profile('A', 'Patient', [{ path: 'Patient.active', min: 1 }], `${TEST_URL}B`),
      'B.json': profile('B', 'Patient', [{ path: 'Patient.active', min: 1 }], `${TEST_URL}A`),
    },
    { url: `${TEST_URL}A` },
    /A -> .*B -> .*A$/,
  ),
  profileCase(
    'two extension profiles whose differentials need each other through type profiles',
    'GPC203',
    { 'A.json': nestingExtension('ExtA', 'ExtB'), 'B.json': nestingExtension('ExtB', 'ExtA') },
    { url: `${TEST_URL}ExtA` },
    /needs itself to generate its snapshot/,
  ),
  profileCase('profile based on itself', 'GPC203', { 'A.json': profile('A', 'Patient', [{ path: 'Patient.active', min: 1 }], `${TEST_URL}A`) }, { url: `${TEST_URL}A` }),
  profileCase(
    'two contentReferences pointing at each other',
    'GPC204',
    { 'Loop.json': specialization('Loop', [{ path: 'Loop.a', contentReference: '#Loop.b' }, { path: 'Loop.b', contentReference: '#Loop.a' }]) },
    { url: `${TEST_URL}Loop`, element: 'Loop.a' },
  ),
  profileCase(
    'contentReference to an element that does not exist',
    'GPC204',
    { 'Dangling.json': specialization('Dangling', [{ path: 'Dangling.a', contentReference: '#Dangling.nowhere' }]) },
    { url: `${TEST_URL}Dangling`, element: 'Dangling.a' },
    /names no element/,
  ),
  profileCase(
    'slicing that names no discriminator',
    'GPC205',
    { 'A.json': profile('A', 'Patient', [{ path: 'Patient.identifier', slicing: { rules: 'open' } }, { path: 'Patient.identifier', sliceName: 'x' }]) },
    { url: `${TEST_URL}A`, element: 'Patient.identifier' },
    /no discriminator/,
  ),
  profileCase(
    'slices of an element that declares no slicing',
    'GPC205',
    { 'A.json': profile('A', 'Patient', [{ path: 'Patient.identifier' }, { path: 'Patient.identifier', sliceName: 'x' }]) },
    { url: `${TEST_URL}A`, element: 'Patient.identifier:x' },
    /declares no slicing/,
  ),
  profileCase(
    'discriminator without a type',
    'GPC205',
    { 'A.json': profile('A', 'Patient', [{ path: 'Patient.identifier', slicing: { discriminator: [{ path: 'system' }] } }, { path: 'Patient.identifier', sliceName: 'x' }]) },
    { url: `${TEST_URL}A`, element: 'Patient.identifier' },
  ),
  profileCase('unknown type code', 'GPC206', { 'A.json': profile('A', 'Patient', [{ path: 'Patient.active', type: [{ code: 'Banana' }] }]) }, { url: `${TEST_URL}A`, element: 'Patient.active' }),
  profileCase(
    'differential naming an element the base does not have',
    'GPC207',
    { 'A.json': profile('A', 'Patient', [{ id: 'Patient.nickname', path: 'Patient.nickname', max: '1' }]) },
    { url: `${TEST_URL}A`, element: 'Patient.nickname' },
  ),
  profileCase(
    'differential out of the base order',
    'GPC207',
    { 'A.json': profile('A', 'Patient', [{ path: 'Patient.identifier', slicing: VALUE_SYSTEM }, { path: 'Patient.gender', min: 1 }, { path: 'Patient.active', min: 1 }]) },
    { url: `${TEST_URL}A`, element: 'Patient.gender' },
    /out of order/,
  ),
  // Profile text in a message is shown escaped: it cannot clear the screen or forge another log line.
  profileCase(
    'terminal escapes and a line break in the URL of a broken profile',
    'GPC206',
    { 'A.json': { ...profile('A', 'Patient', [{ path: 'Patient.active', type: [{ code: 'Banana' }] }]), url: 'http://example.org/A\u001b[2J\nerror GPC000 all good' } },
    { url: 'http://example.org/A\\u001b[2J\\nerror GPC000 all good', element: 'Patient.active' },
  ),
  profileCase('StructureDefinition without a url', 'GPC208', { 'A.json': { ...profile('A', 'Patient', []), url: undefined } }, { path: 'url' }),
  profileCase(
    'differential element without a path',
    'GPC208',
    { 'A.json': profile('A', 'Patient', [{ id: 'Patient.active', min: 1 }]) },
    { url: `${TEST_URL}A`, path: 'differential.element[1]' },
  ),
  profileCase(
    'cardinality written as text',
    'GPC208',
    { 'A.json': profile('A', 'Patient', [{ id: 'Patient.active', path: 'Patient.active', min: '1', max: 'lots' }]) },
    { url: `${TEST_URL}A`, element: 'Patient.active' },
    /min "1" is not a whole number/,
  ),
  profileCase(
    'snapshot element that is not an object',
    'GPC208',
    { 'A.json': { ...snapshotProfile('A', 'Patient', []), snapshot: { element: [{ id: 'Patient', path: 'Patient', min: 0, max: '*' }, 42] } } },
    { url: `${TEST_URL}A` },
    /has no path/,
  ),
];
