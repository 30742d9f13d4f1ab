/**
 * Writes the generated package so that nothing is ever half-written: everything goes to a temporary
 * sibling folder first, which then replaces the output folder by rename. A failure at any point leaves the
 * previous output exactly as it was. The tool only ever replaces a folder it wrote itself (it has our
 * manifest and no foreign files), unless the user says --overwrite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GeneratorError } from '../errors.js';
import { recoverInterruptedWrite, siblingName } from './leftovers.js';
import { listFiles, MANIFEST_FILE, manifestText, readManifest } from './manifest.js';

export function assertOwnedOutput(outDir: string, overwrite: boolean): void {
  if (overwrite || !fs.existsSync(outDir)) return;
  if (!fs.statSync(outDir).isDirectory()) throw new GeneratorError('GPC004', 'the output path is a file', { file: outDir });
  const present = listFiles(outDir);
  if (present.length === 0) return;
  const manifest = readManifest(outDir);
  const some = (files: readonly string[]) => `${files.slice(0, 5).join(', ')}${files.length > 5 ? `, ... (${files.length} files)` : ''}`;
  if (!manifest) throw new GeneratorError('GPC004', `no ${MANIFEST_FILE} and files not written by gpconnect-codegen: ${some(present)}`, { file: outDir });
  const ours = new Set([...manifest.files, MANIFEST_FILE]);
  const foreign = present.filter((f) => !ours.has(f));
  if (foreign.length > 0) {
    throw new GeneratorError('GPC004', `files not written by gpconnect-codegen: ${some(foreign)}`, { file: outDir });
  }
}

/**
 * Folders that --overwrite must never replace, whatever they hold: the file system root, the home folder,
 * and the working directory or any folder above it (`--out . --overwrite` would delete the project).
 */
export function assertReplaceable(outDir: string, cwd: string = process.cwd()): void {
  const out = path.resolve(outDir);
  const reason =
    path.parse(out).root === out ? 'it is the file system root'
    : out === path.resolve(os.homedir()) ? 'it is the home folder'
    : cwd === out || cwd.startsWith(`${out}${path.sep}`) ? 'it holds the working directory'
    : undefined;
  if (reason) throw new GeneratorError('GPC006', `${reason}; choose a folder of its own for the generated package`, { file: out });
}

/**
 * What the writer will refuse, checked before any work is done (the writer checks again: the folder may
 * change meanwhile), so that a refusal costs milliseconds rather than a whole generation.
 */
export function assertOutputUsable(outDir: string, overwrite: boolean): void {
  if (overwrite) assertReplaceable(outDir);
  for (let dir = path.dirname(path.resolve(outDir)); ; dir = path.dirname(dir)) {
    if (fs.existsSync(dir)) {
      if (!fs.statSync(dir).isDirectory()) throw new GeneratorError('GPC302', `${dir} is a file, so the output folder cannot be created`, { file: outDir });
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  assertOwnedOutput(outDir, overwrite);
}

/** A generated file's path: relative, `/`-separated, and staying inside the output folder on every OS. */
function isSafeRelativePath(file: string): boolean {
  return file.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !/[\\:\0]/.test(part));
}

export function writeAtomically(outDir: string, files: ReadonlyMap<string, string>, inputHash: string, overwrite: boolean): void {
  if (overwrite) assertReplaceable(outDir);
  try {
    recoverInterruptedWrite(outDir);
  } catch (error) {
    throw new GeneratorError('GPC302', `cleaning up after an interrupted run: ${error instanceof Error ? error.message : String(error)}`, { file: outDir }, { cause: error });
  }
  assertOwnedOutput(outDir, overwrite);
  const suffix = `${process.pid}-${Date.now().toString(36)}`;
  const temp = siblingName(outDir, 'tmp', suffix);
  const old = siblingName(outDir, 'old', suffix);
  try {
    fs.mkdirSync(path.dirname(outDir), { recursive: true });
    for (const [file, content] of files) {
      if (!isSafeRelativePath(file)) {
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
