/** Broken StructureDefinitions: one catalog error each, located by package, file, URL and element. */
import { describe } from 'node:test';
import { IR_CASES } from './cases/ir.js';
import { runErrorCases } from './support/case.js';
import { caseContexts } from './support/context.js';

describe('StructureDefinition errors', () => {
  runErrorCases(IR_CASES, caseContexts('ir-errors'));
});
