/**
 * Local package sources: an unpacked package folder (with or without the `package/` level) or a `.tgz`.
 * They are loaded as FPL virtual packages, so they need no cache and nothing is written into one.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DiskBasedVirtualPackage, LoadStatus } from 'fhir-package-loader';
import { GeneratorError } from '../errors.js';
import type { FplSession } from './fpl-loader.js';
import type { PackageRef } from './package-ref.js';
import type { JsonObject } from './types.js';

export interface LocalPackage {
  readonly ref: PackageRef;
  readonly packageJson: JsonObject;
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
    throw new GeneratorError('GPC107', `cannot unpack ${resolved}: ${error instanceof Error ? error.message : String(error)}`, { file: resolved });
  }
  const inner = path.join(temp, 'package');
  return { dir: fs.existsSync(inner) ? inner : temp, cleanup: () => fs.rmSync(temp, { recursive: true, force: true }) };
}

export async function loadLocalPackage(session: FplSession, source: string): Promise<LocalPackage> {
  const { dir, cleanup } = packageFolder(source);
  try {
    const file = path.join(dir, 'package.json');
    let packageJson: JsonObject;
    try {
      packageJson = JSON.parse(fs.readFileSync(file, 'utf8')) as JsonObject;
    } catch (error) {
      throw new GeneratorError('GPC103', error instanceof Error ? error.message : String(error), { file });
    }
    const name = packageJson['name'];
    const version = packageJson['version'];
    if (typeof name !== 'string' || !name || typeof version !== 'string' || !version) {
      throw new GeneratorError('GPC104', 'package.json must have a string name and version', { file });
    }
    const virtual = new DiskBasedVirtualPackage({ name, version }, [dir], { recursive: false, log: () => {} });
    const status = await session.loader.loadVirtualPackage(virtual);
    if (status !== LoadStatus.LOADED) {
      throw new GeneratorError('GPC101', `local package ${name}#${version} could not be loaded from ${dir}`, { file: dir });
    }
    return { ref: { id: name, version }, packageJson, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}
