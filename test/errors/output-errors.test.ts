/** Output folder and emit failures: one catalog error each. */
import { describe } from 'node:test';
import { OUTPUT_CASES } from './cases/output.js';
import { runErrorCases } from './support/case.js';
import { caseContexts } from './support/context.js';

describe('output errors', () => {
  runErrorCases(OUTPUT_CASES, caseContexts('output-errors'));
});
