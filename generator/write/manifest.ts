/**
 * The manifest the tool leaves in its output folder: which files it wrote and from what input. It is how
 * the tool knows a folder is its own (it refuses to overwrite anything else without --overwrite) and how a
 * re-run knows it has nothing to do.
 */
import fs from 'node:fs';
import path from 'node:path';

export const MANIFEST_FILE = '.gpconnect-codegen.json';

export interface Manifest {
  readonly generator: 'gpconnect-codegen';
  readonly inputHash: string;
  readonly files: readonly string[];
}

export function readManifest(outDir: string): Manifest | undefined {
  try {
    const json = JSON.parse(fs.readFileSync(path.join(outDir, MANIFEST_FILE), 'utf8')) as Partial<Manifest>;
    if (json.generator !== 'gpconnect-codegen' || typeof json.inputHash !== 'string' || !Array.isArray(json.files)) return undefined;
    return json as Manifest;
  } catch {
    return undefined;
  }
}

export function manifestText(inputHash: string, files: Iterable<string>): string {
  const manifest: Manifest = { generator: 'gpconnect-codegen', inputHash, files: [...files].sort() };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const result: string[] = [];
  const walk = (current: string, prefix: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(current, entry.name), rel);
      else result.push(rel);
    }
  };
  if (fs.existsSync(dir)) walk(dir, '');
  return result.sort();
}
