/**
 * The STU3 issue-type and issue-severity codes, read from the FHIR 3.0.1 core package (not from the
 * runtime's own list), so a malformed code in an outcome cannot hide behind the code that made it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_CACHE } from '../../helpers/paths.js';

interface Concept {
  code: string;
  concept?: Concept[];
}

function codes(file: string): ReadonlySet<string> {
  const system = JSON.parse(fs.readFileSync(path.join(PACKAGE_CACHE, 'hl7.fhir.core#3.0.1', 'package', file), 'utf8')) as { concept: Concept[] };
  const out = new Set<string>();
  const walk = (concepts: readonly Concept[]): void => {
    for (const c of concepts) {
      out.add(c.code);
      walk(c.concept ?? []);
    }
  };
  walk(system.concept);
  return out;
}

export const ISSUE_CODES = codes('CodeSystem-issue-type.json');
export const ISSUE_SEVERITIES = codes('CodeSystem-issue-severity.json');
