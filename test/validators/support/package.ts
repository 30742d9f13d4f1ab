/**
 * Test harness: one generated package with validators (GP Connect and CareConnect profiles, our own
 * test profiles in test/validators/fixtures/package, and every base type), shared by the validator
 * test files. It is generated once per version of the generator (the folder name holds the tool hash)
 * into the system temp folder, under a lock so that test files running in parallel wait for one
 * generation instead of each running their own. Loaded from its ESM build (dist/esm), as a user would.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from '../../../generator/generate.js';
import type { IrModel } from '../../../generator/ir/types.js';
import { toolHash } from '../../../generator/tool-hash.js';
import { createIrValidator, type IrValidator } from '../../../generator/validate/index.js';
import { PACKAGE_CACHE, REPO_ROOT } from '../../helpers/paths.js';

export const FIXTURE_PACKAGE = path.join(REPO_ROOT, 'test/validators/fixtures/package');
const PACKAGES = ['nhsconnect.gpconnect-fhir#1.5.0', FIXTURE_PACKAGE];
/** Every base type of STU3 core (the examples hold Parameters, CapabilityStatement...), not its extensions and profiles. */
function coreBaseTypes(): string[] {
  const dir = path.join(PACKAGE_CACHE, 'hl7.fhir.core#3.0.1', 'package');
  const urls: string[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.startsWith('StructureDefinition-') || !file.endsWith('.json')) continue;
    const sd = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { url?: string; derivation?: string; kind?: string };
    if (sd.url && sd.derivation === 'specialization' && sd.kind !== 'logical') urls.push(sd.url);
  }
  return urls;
}

const INCLUDE = ['https://fhir.nhs.uk/*', 'https://fhir.hl7.org.uk/*', 'http://test.org/validators/*', ...coreBaseTypes()];

export interface OperationOutcomeIssue {
  severity: 'fatal' | 'error' | 'warning' | 'information';
  code: string;
  diagnostics: string;
  expression?: string[];
  location?: string[];
}
export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: OperationOutcomeIssue[];
}

/** The parts of the generated package's API the tests use. */
export interface GeneratedPackage {
  validate(resource: unknown, options?: { profile?: string }): OperationOutcome;
  isValid(resource: unknown, options?: { profile?: string }): boolean;
  readonly [name: string]: unknown;
}

export interface ValidatorPackage {
  readonly dir: string;
  readonly model: IrModel;
  readonly pkg: GeneratedPackage;
  readonly interpreter: IrValidator;
  /** The generated dispatcher module (its `registry` lets a test see the compiled checks run). */
  readonly dispatch: { registry: { byUrl: (url: string) => { check: (...args: never[]) => boolean } | undefined } };
}

const PREFIX = 'gpconnect-codegen-validators-';

function cacheDir(): string {
  const hash = createHash('sha256').update(toolHash()).update(JSON.stringify({ PACKAGES, INCLUDE }));
  // Our test profiles are inputs too (the tool hash covers only the generator).
  const fixtures = path.join(FIXTURE_PACKAGE, 'package');
  for (const file of fs.readdirSync(fixtures).sort()) hash.update(file).update(fs.readFileSync(path.join(fixtures, file)));
  return path.join(os.tmpdir(), `${PREFIX}${hash.digest('hex').slice(0, 16)}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const STALE_MS = 60 * 60 * 1000;

/** Packages of older generator versions, unused for an hour, are removed (each is ~100 MB). */
function removeStale(dir: string): void {
  const parent = path.dirname(dir);
  for (const name of fs.readdirSync(parent)) {
    const full = path.join(parent, name);
    if (!name.startsWith(PREFIX) || full === dir || full.startsWith(`${dir}.`)) continue;
    try {
      if (Date.now() - fs.statSync(full).mtimeMs > STALE_MS) fs.rmSync(full, { recursive: true, force: true });
    } catch {
      // Another process removed it first.
    }
  }
}

async function build(dir: string): Promise<void> {
  removeStale(dir);
  const lock = `${dir}.lock`;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'model.json'))) return;
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      const pid = Number(fs.readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }) || '0');
      if (pid > 0 && !isAlive(pid)) fs.rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    if (fs.existsSync(path.join(dir, 'model.json'))) return;
    const temp = `${dir}.tmp-${process.pid}`;
    fs.rmSync(temp, { recursive: true, force: true });
    const result = await generate({ packages: PACKAGES, cache: PACKAGE_CACHE, offline: true, out: path.join(temp, 'pkg'), include: INCLUDE });
    if (result.upToDate) throw new Error('a fresh folder cannot be up to date');
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(temp, 'node_modules'), 'dir');
    fs.writeFileSync(path.join(temp, 'model.json'), JSON.stringify(result.model));
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(temp, dir);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

let loaded: Promise<ValidatorPackage> | undefined;

/** The shared package, generated on first use. */
export function validatorPackage(): Promise<ValidatorPackage> {
  loaded ??= (async () => {
    const dir = cacheDir();
    await build(dir);
    const model = JSON.parse(fs.readFileSync(path.join(dir, 'model.json'), 'utf8')) as IrModel;
    const esm = (file: string) => pathToFileURL(path.join(dir, 'pkg/dist/esm', file)).href;
    const pkg = (await import(esm('index.js'))) as GeneratedPackage;
    const dispatch = (await import(esm('validators/dispatch.js'))) as ValidatorPackage['dispatch'];
    return { dir, model, pkg, interpreter: createIrValidator(model), dispatch };
  })();
  return loaded;
}

/** The canonical URL of a structure named by the tail of its URL (`CareConnect-GPC-Patient-1`, `Patient`). */
export function profileUrl(model: IrModel, tail: string): string {
  const found = model.structures.find((s) => s.url.endsWith(`/${tail}`));
  if (!found) throw new Error(`no structure whose URL ends with /${tail}`);
  return found.url;
}

/** Issues of error or fatal severity. */
export function errors(outcome: OperationOutcome): OperationOutcomeIssue[] {
  return outcome.issue.filter((i) => i.severity === 'error' || i.severity === 'fatal');
}
