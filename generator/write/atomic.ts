/**
 * Writes the generated package so that nothing is ever half-written: everything goes to a temporary
 * sibling folder first, which then replaces the output folder by rename. A failure at any point leaves the
 * previous output exactly as it was. The tool only ever replaces a folder it wrote itself (it has our
 * manifest and no foreign files), unless the user says --force.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GeneratorError } from '../errors.js';
import { listFiles, MANIFEST_FILE, manifestText, readManifest } from './manifest.js';

export function assertOwnedOutput(outDir: string, force: boolean): void {
  if (force || !fs.existsSync(outDir)) return;
  if (!fs.statSync(outDir).isDirectory()) throw new GeneratorError('GPC004', 'the output path is a file', { file: outDir });
  const present = listFiles(outDir);
  if (present.length === 0) return;
  const manifest = readManifest(outDir);
  if (!manifest) throw new GeneratorError('GPC004', `${present.length} files and no ${MANIFEST_FILE}`, { file: outDir });
  const ours = new Set([...manifest.files, MANIFEST_FILE]);
  const foreign = present.filter((f) => !ours.has(f));
  if (foreign.length > 0) {
    throw new GeneratorError('GPC004', `files not written by gpconnect-codegen: ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', ...' : ''}`, { file: outDir });
  }
}

export function writeAtomically(outDir: string, files: ReadonlyMap<string, string>, inputHash: string, force: boolean): void {
  assertOwnedOutput(outDir, force);
  const parent = path.dirname(outDir);
  fs.mkdirSync(parent, { recursive: true });
  const suffix = `${process.pid}-${Date.now().toString(36)}`;
  const temp = path.join(parent, `.${path.basename(outDir)}.tmp-${suffix}`);
  const old = path.join(parent, `.${path.basename(outDir)}.old-${suffix}`);
  try {
    for (const [file, content] of files) {
      if (file.split('/').some((part) => part === '..' || part === '')) {
        throw new GeneratorError('GPC302', `refusing to write outside the output folder: ${file}`, { file });
      }
      const target = path.join(temp, file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
    fs.writeFileSync(path.join(temp, MANIFEST_FILE), manifestText(inputHash, files.keys()));
  } catch (error) {
    fs.rmSync(temp, { recursive: true, force: true });
    if (error instanceof GeneratorError) throw error;
    throw new GeneratorError('GPC302', error instanceof Error ? error.message : String(error), { file: outDir }, { cause: error });
  }
  const hadOutput = fs.existsSync(outDir);
  try {
    if (hadOutput) fs.renameSync(outDir, old);
    fs.renameSync(temp, outDir);
  } catch (error) {
    // Put the previous output back before reporting.
    if (hadOutput && !fs.existsSync(outDir) && fs.existsSync(old)) fs.renameSync(old, outDir);
    fs.rmSync(temp, { recursive: true, force: true });
    throw new GeneratorError('GPC302', error instanceof Error ? error.message : String(error), { file: outDir }, { cause: error });
  }
  fs.rmSync(old, { recursive: true, force: true });
}

/** Files that differ between the folder and the expected content (for `generate --check`). */
export function staleFiles(outDir: string, files: ReadonlyMap<string, string>): string[] {
  const present = new Set(listFiles(outDir).filter((f) => f !== MANIFEST_FILE));
  const stale: string[] = [];
  for (const [file, content] of files) {
    if (!present.has(file)) stale.push(`missing ${file}`);
    else if (fs.readFileSync(path.join(outDir, file), 'utf8') !== content) stale.push(`changed ${file}`);
    present.delete(file);
  }
  for (const file of present) stale.push(`extra ${file}`);
  return stale.sort();
}
