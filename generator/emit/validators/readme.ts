/** The README section of the generated package about validation, including what is not checked. */
import type { ValidatorRun } from './scope.js';

export function validatorsReadme(run: ValidatorRun, packageName: string): string {
  const example = run.plan.structures.find((p) => p.structure.derivation === 'constraint' && p.structure.kind === 'resource') ?? run.plan.structures[0];
  const name = example?.typeName ?? 'Patient';
  const notes = [...run.lowering.notes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [
    '## Validation',
    '',
    '```ts',
    `import { validate, validate${name}, is${name} } from '${packageName}';`,
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
    '### One module\'s validator and the package registry',
    '',
    `\`validate${name}\` / \`is${name}\` from \`${packageName}/${example?.module ?? name}\` find extensions (by \`url\`), contained resources`,
    'and Bundle entries (by `resourceType` and `meta.profile`) among the definitions their module imports, so a',
    'bundler keeps only that module\'s import graph. What the package has but the module does not import is not an',
    'error: it is checked as far as the module can (an extension\'s `url` and nested extensions, a resource\'s type',
    'name) and reported once as `information` (`not-supported`); what the package does not have at all is reported',
    'as the root `validate()` reports it. To check everything against its definition, pass the package registry (the',
    'root `validate()` always uses it; a bundle then holds every module):',
    '',
    '```ts',
    `import { registry } from '${packageName}';`,
    `import { validate${name}, is${name} } from '${packageName}/${example?.module ?? name}';`,
    '',
    `const outcome = validate${name}(resource, { registry }); // is${name}(resource, { registry }) agrees with it`,
    '```',
    '',
  ];
  if (notes.length > 0) {
    lines.push('Invariants that are not checked:', '');
    for (const [constraint, reason] of notes) lines.push(`- \`${constraint.replace(/`/g, "'")}\`: ${reason}`);
    lines.push('');
  }
  return lines.join('\n');
}
