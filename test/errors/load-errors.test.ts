/** Broken configuration, package references and package files: one catalog error each, with its location. */
import { describe } from 'node:test';
import { LOAD_CASES } from './cases/load.js';
import { runErrorCases } from './support/case.js';
import { caseContexts } from './support/context.js';

describe('configuration and loading errors', () => {
  runErrorCases(LOAD_CASES, caseContexts('load-errors', ['Patient', 'StructureDefinition']));
});
