/**
 * The validator runtime (generator/runtime/validate/*.ts) copied verbatim into the generated
 * package under `src/runtime/validate/`. They are real, unit-tested TypeScript files (STYLE.md:
 * runtime helpers are not code inside template strings).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNTIME_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../runtime/validate');

/** Path under `src/` → file text, sorted by name. */
export function runtimeFiles(): Map<string, string> {
  return new Map(
    fs
      .readdirSync(RUNTIME_DIR)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort()
      .map((f) => [`runtime/validate/${f}`, fs.readFileSync(path.join(RUNTIME_DIR, f), 'utf8')]),
  );
}

/** The fhirpath.js version this generator is built and tested with (from its own package.json). */
export function fhirpathVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(RUNTIME_DIR, '../../../package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const version = pkg.dependencies?.['fhirpath'];
  if (!version) throw new Error('package.json has no fhirpath dependency');
  return version;
}
