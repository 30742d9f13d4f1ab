/** The README section of the generated package about validation, including what is not checked. */
import type { ValidatorRun } from './scope.js';

export function validatorsReadme(run: ValidatorRun): string {
  const example = run.plan.structures.find((p) => p.structure.derivation === 'constraint' && p.structure.kind === 'resource') ?? run.plan.structures[0];
  const name = example?.typeName ?? 'Patient';
  const notes = [...run.lowering.notes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [
    '## Validation',
    '',
    '```ts',
    `import { validate, validate${name}, is${name} } from 'PACKAGE';`,
    '',
    'const outcome = validate(resource); // against meta.profile, else the base type of resourceType',
    `const againstProfile = validate(resource, { profile: '${example?.structure.url ?? ''}' });`,
    `if (is${name}(value)) { /* value is typed ${name} */ }`,
    '```',
    '',
    'Every validator returns a STU3 `OperationOutcome` and never throws. `is<Name>` is true exactly when',
    '`validate<Name>` reports no `error` or `fatal` issue. Checked at every depth (contained resources and',
    'Bundle entries by their `meta.profile` or base type): JSON shape and unknown elements, cardinality',
    '(slices too), choice types, STU3 primitive formats, fixed and pattern values, bindings (required: error,',
    'extensible: warning, preferred: information; value sets that cannot be listed are reported as not',
    'checked), slicing, extensions against their definitions and contexts, reference target types, invariants.',
    '',
  ];
  if (notes.length > 0) {
    lines.push('Invariants that are not checked:', '');
    for (const [constraint, reason] of notes) lines.push(`- \`${constraint.replace(/`/g, "'")}\`: ${reason}`);
    lines.push('');
  }
  return lines.join('\n');
}
