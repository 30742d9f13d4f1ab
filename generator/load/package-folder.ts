/**
 * Reads the resource files of an unpacked package folder. This replaces FPL's DiskBasedVirtualPackage,
 * which logs an unparsable file away (the profile silently goes missing) and converts XML with its R4
 * definitions (STU3 XML comes out mis-shaped, notes §3.6). Here every top-level `.json` file except
 * package.json and dotfiles (`.index.json`) is parsed, and a failure names the file; `.xml` files are
 * listed for the STU3 converter (./xml-resources.ts). JSON that is not a resource (no `resourceType`) is
 * skipped, as FPL skips it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GeneratorError } from '../errors.js';
import { assertJsonDepth } from './json-depth.js';
import type { JsonObject } from './types.js';

export interface FolderContents {
  /** File path -> parsed resource, in file name order. */
  readonly json: ReadonlyMap<string, JsonObject>;
  /** `.xml` files, sorted, still to be converted. */
  readonly xml: readonly string[];
}

function resourceFiles(dir: string, extension: RegExp): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name !== 'package.json' && extension.test(entry.name))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/** The `.xml` files of a package folder (FPL reads none of them from a package cache). */
export function xmlFiles(dir: string): string[] {
  return fs.existsSync(dir) ? resourceFiles(dir, /\.xml$/i) : [];
}

export function readText(file: string, packageKey: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new GeneratorError('GPC107', error instanceof Error ? error.message : String(error), { package: packageKey, file });
  }
}

export function readPackageFolder(dir: string, packageKey: string): FolderContents {
  const json = new Map<string, JsonObject>();
  for (const file of resourceFiles(dir, /\.json$/i)) {
    const text = readText(file, packageKey);
    let value: unknown;
    try {
      value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
    } catch (error) {
      throw new GeneratorError('GPC103', error instanceof Error ? error.message : String(error), { package: packageKey, file });
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const resource = value as JsonObject;
    if (typeof resource['resourceType'] !== 'string' || resource['resourceType'] === '') continue;
    assertJsonDepth(resource, { package: packageKey, file, url: typeof resource['url'] === 'string' ? resource['url'] : undefined });
    json.set(file, resource);
  }
  return { json, xml: xmlFiles(dir) };
}
