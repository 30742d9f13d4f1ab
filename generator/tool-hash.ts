/**
 * A hash of the generator's own code and templates. It is part of the input hash, so a change to the tool
 * (a new version, or a local edit during development) invalidates previous output even when the FHIR
 * packages and options are the same. Computed once per process from the files on disk.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
}

let memo: string | undefined;

/** Memoised: every run in one process sees the same tool (an edit made while a process runs is picked up by the next process). */
export function toolHash(): string {
  memo ??= computeToolHash();
  return memo;
}

function computeToolHash(): string {
  const files: string[] = [];
  for (const dir of ['generator', 'templates']) walk(path.join(ROOT, dir), files);
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex');
}
