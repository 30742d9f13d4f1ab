/**
 * Local package sources: an unpacked package folder (with or without the `package/` level) or a `.tgz`.
 * Their JSON resources are read here (./package-folder.ts) and handed to FPL as an in-memory virtual
 * package, so they need no cache and nothing is written into one. Their XML resources are returned for
 * conversion once the STU3 core is loaded (./xml-resources.ts).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InMemoryVirtualPackage, LoadStatus } from 'fhir-package-loader';
import { GeneratorError } from '../errors.js';
import type { FplSession } from './fpl-loader.js';
import { readPackageFolder } from './package-folder.js';
import { isValidPackageRef, type PackageRef } from './package-ref.js';
import type { JsonObject } from './types.js';

export interface LocalPackage {
  readonly ref: PackageRef;
  readonly packageJson: JsonObject;
  /** The package.json file, for error locations. */
  readonly packageJsonFile: string;
  /** XML resource files, converted after the dependencies are loaded. */
  readonly xmlFiles: readonly string[];
  readonly cleanup: () => void;
}

function packageFolder(source: string): { dir: string; cleanup: () => void } {
  const resolved = path.resolve(source);
  if (!fs.existsSync(resolved)) throw new GeneratorError('GPC101', `local package ${resolved} does not exist`, { file: resolved });
  if (fs.statSync(resolved).isDirectory()) {
    const inner = path.join(resolved, 'package');
    return { dir: fs.existsSync(path.join(inner, 'package.json')) ? inner : resolved, cleanup: () => {} };
  }
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gpconnect-codegen-tgz-'));
  try {
    execFileSync('tar', ['xzf', resolved, '-C', temp], { stdio: 'pipe' });
  } catch (error) {
    fs.rmSync(temp, { recursive: true, force: true });
    // tar's own first line says what is wrong ("gzip: stdin: not in gzip format"); the rest is noise.
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
    throw new GeneratorError('GPC107', `cannot unpack it with tar: ${stderr || (error instanceof Error ? error.message : String(error))}`, { file: resolved });
  }
  const inner = path.join(temp, 'package');
  return { dir: fs.existsSync(inner) ? inner : temp, cleanup: () => fs.rmSync(temp, { recursive: true, force: true }) };
}

/**
 * Reads a package.json and checks its name and version. They become a cache folder name, an FPL scope and
 * text in the generated package.json, so they must have the form of a package id and version.
 * @throws GeneratorError GPC107 (unreadable), GPC103 (malformed), GPC104 (no usable name or version).
 */
export function readPackageJson(file: string, packageKey?: string): { json: JsonObject; ref: PackageRef } {
  const location = packageKey ? { package: packageKey, file } : { file };
  if (!fs.existsSync(file)) throw new GeneratorError('GPC104', 'the package has no package.json', location);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new GeneratorError('GPC107', error instanceof Error ? error.message : String(error), location);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    throw new GeneratorError('GPC103', error instanceof Error ? error.message : String(error), location);
  }
  const object = json && typeof json === 'object' && !Array.isArray(json) ? (json as JsonObject) : {};
  const name = object['name'];
  const version = object['version'];
  if (typeof name !== 'string' || !name || typeof version !== 'string' || !version) {
    throw new GeneratorError('GPC104', 'package.json must have a string name and version', location);
  }
  if (!isValidPackageRef(name, version)) {
    throw new GeneratorError('GPC104', `name '${name}' or version '${version}' is not a package id or version (letters, digits, '.', '-', '_')`, { ...location, path: 'name' });
  }
  return { json: object, ref: { id: name, version } };
}

export async function loadLocalPackage(session: FplSession, source: string): Promise<LocalPackage> {
  const { dir, cleanup } = packageFolder(source);
  try {
    const file = path.join(dir, 'package.json');
    const { json: packageJson, ref } = readPackageJson(file);
    const key = `${ref.id}#${ref.version}`;
    const contents = readPackageFolder(dir, key);
    const virtual = new InMemoryVirtualPackage({ name: ref.id, version: ref.version }, new Map(contents.json), {
      log: (level, message) => session.log.push({ level, message }),
    });
    const status = await session.loader.loadVirtualPackage(virtual);
    if (status !== LoadStatus.LOADED) {
      throw new GeneratorError('GPC101', `local package ${key} could not be loaded from ${dir}`, { package: key, file: dir });
    }
    return { ref, packageJson, packageJsonFile: file, xmlFiles: contents.xml, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}
