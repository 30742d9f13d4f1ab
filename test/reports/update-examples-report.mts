/** Rewrites test/reports/examples.md from the current validator. */
import fs from 'node:fs';
import { buildExamplesReport, REPORT_FILE } from './examples-report.js';

fs.writeFileSync(REPORT_FILE, await buildExamplesReport());
console.log(`wrote ${REPORT_FILE}`);
