/**
 * A stand-in for the validators plugin with its contract (`validate<Name>`, `is<Name>` in each module,
 * `src/runtime/validate/outcome.ts`) and no checks: every value is valid. Lets the builder emission be
 * type-checked and run on its own; the behaviour tests use the real validators.
 */
import fs from 'node:fs';
import { StructureKind } from 'ts-morph';
import type { EmitPlugin } from '../../generator/emit/plugin.js';
import { hasBuilder } from '../../generator/emit/builders/model.js';

const OUTCOME = new URL('../../generator/runtime/validate/outcome.ts', import.meta.url);

export const stubValidatorsPlugin: EmitPlugin = {
  name: 'validators',
  structure: ({ current, imports }) => {
    if (!hasBuilder(current.structure)) return [];
    const outcome = imports.type('OperationOutcome', 'runtime/validate/outcome');
    const name = current.typeName;
    return [
      { kind: StructureKind.Function, name: `validate${name}`, isExported: true, parameters: [{ name: '_value', type: 'unknown' }], returnType: outcome, statements: [`return { resourceType: 'OperationOutcome', issue: [{ severity: 'information', code: 'informational', diagnostics: 'stub' }] };`] },
      { kind: StructureKind.Function, name: `is${name}`, isExported: true, parameters: [{ name: '_value', type: 'unknown' }], returnType: `_value is ${name}`, statements: ['return true;'] },
    ];
  },
  files: () => new Map([['runtime/validate/outcome.ts', fs.readFileSync(OUTCOME, 'utf8')]]),
};
