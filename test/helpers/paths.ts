/** Locations tests share: the repo root and the read-only shared data beside it (as in CI). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = path.resolve(REPO_ROOT, '../shared');
export const PACKAGE_CACHE = path.join(SHARED, 'fhir-packages');
export const EXAMPLES = path.join(SHARED, 'examples');
export const GENERATED = path.join(REPO_ROOT, 'generated');
export const TSC = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc');
