import assert from 'node:assert/strict';
import fs from 'node:fs';
import { it } from 'node:test';
import { buildExamplesReport, REPORT_FILE } from './examples-report.js';

it('the committed examples report is what the validator says now (npx tsx test/reports/update-examples-report.mts)', async () => {
  const fresh = await buildExamplesReport();
  assert.equal(fs.readFileSync(REPORT_FILE, 'utf8'), fresh);
  assert.match(fresh, /Totals: \d+ valid, \d+ with errors, 5 not JSON\./);
});
