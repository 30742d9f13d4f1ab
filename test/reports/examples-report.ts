/**
 * The examples report: every instance in ../shared/examples run through `validate` (the IR validator,
 * which the compiled validators are tested to agree with) against the default build's packages, with its
 * errors. Committed as test/reports/examples.md; test/reports/examples.test.ts fails when it changes, so
 * a change in verdicts is visible in review. Regenerate with `npx tsx test/reports/update-examples-report.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { outcomeIsValid } from '../../generator/runtime/validate/outcome.js';
import { createIrValidator } from '../../generator/validate/index.js';
import { loadDefaultBuild } from '../helpers/default-build.js';
import { EXAMPLES } from '../helpers/paths.js';

export const REPORT_FILE = path.join(path.dirname(new URL(import.meta.url).pathname), 'examples.md');

function exampleFiles(): string[] {
  const files: string[] = [];
  for (const folder of fs.readdirSync(EXAMPLES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of fs.readdirSync(path.join(EXAMPLES, folder)).sort()) {
      if (file.endsWith('.json') || file.endsWith('.json.broken')) files.push(`${folder}/${file}`);
    }
  }
  return files;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

export async function buildExamplesReport(): Promise<string> {
  const { model } = await loadDefaultBuild();
  const validator = createIrValidator(model);
  const lines = [
    '# GP Connect examples validated against the default build',
    '',
    'Every instance in `../shared/examples` validated with `gpconnect-codegen validate` against',
    '`nhsconnect.gpconnect-fhir#1.5.0` (+ CareConnect base, STU3 core): against each `meta.profile` it names that the',
    'packages define, else its base resource type. Errors are listed as reported; where an example is itself wrong',
    '(see the READMEs in `../shared/examples`), the validator is not weakened to accept it.',
    '',
    '| example | verdict | errors |',
    '|---|---|---|',
  ];
  let valid = 0;
  let invalid = 0;
  let broken = 0;
  for (const file of exampleFiles()) {
    if (file.endsWith('.broken')) {
      broken++;
      lines.push(`| ${cell(file)} | not JSON | the source is not valid JSON (kept as a known-broken input) |`);
      continue;
    }
    const outcome = validator.validate(JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')));
    const errors = outcome.issue.filter((i) => i.severity === 'error' || i.severity === 'fatal');
    if (outcomeIsValid(outcome)) valid++;
    else invalid++;
    const listed = errors.slice(0, 8).map((i) => `\`${i.code}\` ${i.expression?.[0] ?? ''}: ${i.diagnostics}`);
    if (errors.length > 8) listed.push(`... and ${errors.length - 8} more`);
    lines.push(`| ${cell(file)} | ${outcomeIsValid(outcome) ? 'valid' : `${errors.length} error${errors.length === 1 ? '' : 's'}`} | ${cell(listed.join('<br>')) || '-'} |`);
  }
  lines.splice(7, 0, `Totals: ${valid} valid, ${invalid} with errors, ${broken} not JSON.`, '');
  return `${lines.join('\n')}\n`;
}
