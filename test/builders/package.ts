/**
 * Test harness: generates a package (a subset of profiles, with `include`) into a temporary npm project's
 * node_modules, so that test files written there import it by its package name exactly as a user would,
 * then type-checks such files with the project's TypeScript, or imports them (tsx is loaded by the runner).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveConfig } from '../../generator/config.js';
import { generate } from '../../generator/generate.js';
import { PACKAGE_CACHE, REPO_ROOT } from '../helpers/paths.js';

export const PACKAGE_NAME = 'gpconnect-fhir-types';
const TSC = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');

/**
 * The GP Connect profiles the builder tests use; the extensions they use come with them. (Base types are
 * always generated; leaving out the other profiles keeps generation short.)
 */
export const GP_CONNECT_PROFILES: readonly string[] = [
  'CareConnect-GPC-Patient-1',
  'CareConnect-GPC-Practitioner-1',
  'CareConnect-GPC-Organization-1',
  'CareConnect-GPC-Location-1',
  'CareConnect-GPC-Immunization-1',
  'GPConnect-Appointment-1',
  'GPConnect-Slot-1',
  'GPConnect-Schedule-1',
  'GPConnect-Searchset-Bundle-1',
  'GPConnect-StructuredRecord-Bundle-1',
  'Extension-GPConnect-*',
].map((name) => `https://fhir.nhs.uk/STU3/StructureDefinition/${name}`);

export interface TestProject {
  /** The temporary project folder: files written here import the package by name. */
  readonly root: string;
  /** The generated package folder (`<root>/node_modules/<name>`). */
  readonly packageDir: string;
  readonly files: ReadonlyMap<string, string>;
}

export async function generateTestProject(include: readonly string[] = GP_CONNECT_PROFILES): Promise<TestProject> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gpc-builders-'));
  const packageDir = path.join(root, 'node_modules', PACKAGE_NAME);
  const config = resolveConfig(
    { packages: ['nhsconnect.gpconnect-fhir#1.5.0'], cache: PACKAGE_CACHE, offline: true, out: packageDir, packageName: PACKAGE_NAME, include: [...include] },
    REPO_ROOT,
  );
  const result = await generate(config);
  if (result.upToDate) throw new Error('a fresh folder cannot be up to date');
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'builder-tests', private: true, type: 'module' }));
  // The package's runtime dependencies (fhirpath, for invariants), as an install would put them beside it.
  const manifest = JSON.parse(result.files.get('package.json') ?? '{}') as { dependencies?: Record<string, string> };
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules', dependency), path.join(root, 'node_modules', dependency), 'dir');
  }
  return { root, packageDir, files: result.files };
}

export function removeTestProject(project: TestProject | undefined): void {
  if (project) fs.rmSync(project.root, { recursive: true, force: true });
}

/** The compiler options a strict downstream project would use. */
const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  },
};

export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

/** Writes `files` (name -> text) into the project and type-checks them; returns tsc's diagnostics. */
export function typecheck(project: TestProject, files: Readonly<Record<string, string>>): Diagnostic[] {
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(project.root, name), text);
  const tsconfig = path.join(project.root, 'tsconfig.json');
  fs.writeFileSync(tsconfig, JSON.stringify({ ...TSCONFIG, files: Object.keys(files) }));
  let output = '';
  try {
    execFileSync(process.execPath, [TSC, '-p', tsconfig, '--pretty', 'false'], { cwd: project.root, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  const diagnostics: Diagnostic[] = [];
  // One diagnostic per `file(line,col): error TSxxxx: ...` line, with its indented continuation lines.
  for (const match of output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*(?:\n[ \t]+.*)*)/gm)) {
    diagnostics.push({ file: match[1] ?? '', line: Number(match[2]), code: match[3] ?? '', message: (match[4] ?? '').replace(/\s*\n\s*/g, ' ') });
  }
  if (output.trim() !== '' && diagnostics.length === 0) throw new Error(`tsc failed:\n${output}`);
  return diagnostics;
}

/** Imports a TypeScript file of the project (through tsx, which the test runner loads). */
export async function importFile<T>(project: TestProject, name: string): Promise<T> {
  return (await import(pathToFileURL(path.join(project.root, name)).href)) as T;
}

/** Imports a compiled module of the generated package. */
export async function importModule<T>(project: TestProject, module: string): Promise<T> {
  return (await import(pathToFileURL(path.join(project.packageDir, 'dist/esm', `${module}.js`)).href)) as T;
}
