/** The builder runtime (generator/runtime/build/*.ts), copied verbatim to `src/runtime/build/` of the package. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNTIME_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../runtime/build');

/** Path under src/ -> text, in a fixed order. */
export function runtimeFiles(): Map<string, string> {
  const files = fs.readdirSync(RUNTIME_DIR).filter((f) => f.endsWith('.ts')).sort();
  return new Map(files.map((file) => [`runtime/build/${file}`, fs.readFileSync(path.join(RUNTIME_DIR, file), 'utf8')]));
}
