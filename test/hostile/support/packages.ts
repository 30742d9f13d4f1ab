/**
 * Test helper: writes tiny FHIR package folders (package.json + one file per resource) and hand-made
 * profiles on the core types, so each test case states only what is broken about it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CORE_REF } from './mini-core.js';

export type Json = Record<string, unknown>;

export const TEST_URL = 'http://example.org/fhir/StructureDefinition/';
const CORE_URL = 'http://hl7.org/fhir/StructureDefinition/';

export interface PackageSpec {
  /** package.json content; defaults to `test.pkg#1.0.0` depending on the core. */
  readonly packageJson?: Json | string;
  /** File name -> JSON value (serialised) or raw text (written as is). */
  readonly files?: Readonly<Record<string, Json | string>>;
}

export function writePackage(dir: string, spec: PackageSpec = {}): string {
  fs.mkdirSync(dir, { recursive: true });
  const packageJson = spec.packageJson ?? { name: 'test.pkg', version: '1.0.0', fhirVersions: ['3.0.1'], dependencies: { [CORE_REF.split('#')[0]!]: CORE_REF.split('#')[1] } };
  fs.writeFileSync(path.join(dir, 'package.json'), typeof packageJson === 'string' ? packageJson : JSON.stringify(packageJson, null, 2));
  for (const [name, content] of Object.entries(spec.files ?? {})) {
    fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/** A differential-only profile `TEST_URL + name` on a core type (or on `base`). */
export function profile(name: string, type: string, elements: Json[], base = `${CORE_URL}${type}`): Json {
  return {
    resourceType: 'StructureDefinition',
    id: name,
    url: `${TEST_URL}${name}`,
    name,
    status: 'draft',
    fhirVersion: '3.0.1',
    kind: 'resource',
    abstract: false,
    type,
    baseDefinition: base,
    derivation: 'constraint',
    differential: { element: [{ id: type, path: type }, ...elements] },
  };
}

/** A profile with a hand-written snapshot (the elements as given, ids defaulting to paths). */
export function snapshotProfile(name: string, type: string, elements: Json[], extra: Json = {}): Json {
  return {
    ...profile(name, type, []),
    differential: undefined,
    snapshot: { element: elements.map((e) => ({ id: e['path'], min: 0, max: '*', ...e })) },
    ...extra,
  };
}
