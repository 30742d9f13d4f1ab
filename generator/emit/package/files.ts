/**
 * The package-level files of the generated npm package: package.json (with the exports map and the
 * source packages it was built from), README, the CommonJS folder marker and the root index module.
 */
import type { StatementStructures } from 'ts-morph';
import { StructureKind } from 'ts-morph';
import type { ResolvedConfig } from '../../config.js';
import type { Plan } from '../../plan/plan.js';
import { renderTemplate } from './templates.js';

export interface PackageFileInput {
  readonly config: ResolvedConfig;
  readonly plan: Plan;
  readonly sourcePackages: readonly string[];
  readonly inputHash: string;
  readonly runtimeDependencies: Readonly<Record<string, string>>;
  readonly readmeSections: string;
  readonly hasValidators: boolean;
  readonly hasBuilders: boolean;
}

export function packageJson(input: PackageFileInput): string {
  const text = renderTemplate('package.json.hbs', {
    packageName: input.config.packageName,
    packageVersion: input.config.packageVersion,
    description: input.config.description ?? `TypeScript types for FHIR profiles from ${input.sourcePackages.join(', ')}`,
    runtimeDependencies: Object.keys(input.runtimeDependencies).length > 0 ? input.runtimeDependencies : undefined,
    sourcePackages: input.sourcePackages,
    inputHash: input.inputHash,
  });
  // Re-serialise: one canonical JSON layout whatever the template's whitespace.
  return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
}

export function readme(input: PackageFileInput): string {
  const example = input.plan.structures.find((p) => p.structure.derivation === 'constraint' && p.structure.kind === 'resource') ?? input.plan.structures[0];
  return renderTemplate('README.md.hbs', {
    packageName: input.config.packageName,
    sourcePackages: input.sourcePackages,
    exampleType: example?.typeName ?? 'Patient',
    exampleModule: example?.module ?? 'Patient',
    extraSections: input.readmeSections,
    hasValidators: input.hasValidators,
    hasBuilders: input.hasBuilders,
  });
}

/** `dist/cjs/package.json`: makes the `.js` files in that folder CommonJS. */
export const CJS_MARKER = `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`;

/** The root index: every module re-exported (type-only modules with `export type *`). */
export function indexModule(modules: ReadonlyArray<{ module: string; hasValues: boolean }>): StatementStructures[] {
  return modules.map(({ module, hasValues }) => ({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier: `./${module}.js`,
    isTypeOnly: !hasValues,
  }));
}
