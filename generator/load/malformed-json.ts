/**
 * FPL skips a JSON file it cannot parse with a debug-level "was not FHIR resource" log line, the same line
 * it uses for harmless non-resource JSON. This module re-reads only those files and turns a real parse
 * failure into a clear error naming the file, instead of a profile that silently goes missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GeneratorError } from '../errors.js';
import type { FplLogEntry } from './fpl-loader.js';

const SKIPPED_FILE = /^JSON file at path (.+) was not FHIR resource$/;

export function findMalformedJson(log: readonly FplLogEntry[], packageKey: string): void {
  for (const entry of log) {
    const file = SKIPPED_FILE.exec(entry.message)?.[1];
    if (!file || path.basename(file) === 'package.json') continue;
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new GeneratorError('GPC107', error instanceof Error ? error.message : String(error), { package: packageKey, file });
    }
    try {
      JSON.parse(text);
    } catch (error) {
      throw new GeneratorError('GPC103', error instanceof Error ? error.message : String(error), { package: packageKey, file });
    }
  }
}
