/**
 * Whether an output folder already holds what a run would write: its manifest records the same input
 * hash and the folder holds exactly the files the manifest lists (so a deleted or stray file makes the
 * run regenerate). File contents are not re-read: that is what `generate --check` is for.
 */
import fs from 'node:fs';
import { listFiles, MANIFEST_FILE, readManifest } from '../write/manifest.js';

export type UpToDateCheck = { readonly upToDate: true; readonly fileCount: number } | { readonly upToDate: false; readonly reason: string };

export function checkUpToDate(outDir: string, inputHash: string): UpToDateCheck {
  if (!fs.existsSync(outDir)) return { upToDate: false, reason: 'no output yet' };
  const manifest = readManifest(outDir);
  if (!manifest) return { upToDate: false, reason: `no ${MANIFEST_FILE} in the output folder` };
  if (manifest.inputHash !== inputHash) return { upToDate: false, reason: 'inputs, options or the tool changed' };
  const expected = new Set(manifest.files);
  const present = listFiles(outDir).filter((file) => file !== MANIFEST_FILE);
  const extra = present.filter((file) => !expected.has(file));
  const presentSet = new Set(present);
  const missing = manifest.files.filter((file) => !presentSet.has(file));
  if (missing.length > 0) return { upToDate: false, reason: `${missing.length} generated files are missing (e.g. ${missing[0]})` };
  if (extra.length > 0) return { upToDate: false, reason: `${extra.length} files in the output folder were not generated (e.g. ${extra[0]})` };
  return { upToDate: true, fileCount: manifest.files.length };
}
