/**
 * Assembles the generated package in memory: one module per planned structure (every plugin's statements
 * combined), the plugins' whole modules and files, the root index, package files; then formats the
 * TypeScript sources and compiles each to ESM, CommonJS and declarations. Returns path -> content; nothing
 * touches the disk here (the writer does that atomically).
 */
import { StructureKind, type StatementStructures } from 'ts-morph';
import type { ResolvedConfig } from '../config.js';
import type { IrModel } from '../ir/types.js';
import type { Plan } from '../plan/plan.js';
import { ImportCollector } from './imports.js';
import { compileModule } from './package/compile.js';
import { CJS_MARKER, indexModule, packageJson, readme } from './package/files.js';
import type { EmitPlugin } from './plugin.js';
import { formatModule, ModulePrinter } from './print.js';

export interface AssembleInput {
  readonly config: ResolvedConfig;
  readonly model: IrModel;
  readonly plan: Plan;
  readonly plugins: readonly EmitPlugin[];
  readonly inputHash: string;
  /** Called as modules are formatted, for progress display. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** True when the statements produce JavaScript (anything but interfaces, type aliases and type-only imports). */
function hasValueStatements(statements: readonly StatementStructures[]): boolean {
  return statements.some((s) => {
    if (typeof s !== 'object') return true;
    if (s.kind === StructureKind.Interface || s.kind === StructureKind.TypeAlias) return false;
    if (s.kind === StructureKind.ImportDeclaration || s.kind === StructureKind.ExportDeclaration) return s.isTypeOnly !== true;
    return true;
  });
}

export async function assemblePackage(input: AssembleInput): Promise<Map<string, string>> {
  const { model, plan, plugins } = input;
  const printer = new ModulePrinter();
  const sources = new Map<string, string>(); // module path under src/ (no extension) -> unformatted text
  const index: Array<{ module: string; hasValues: boolean }> = [];

  for (const current of plan.structures) {
    const imports = new ImportCollector(current.module);
    const body = plugins.flatMap((p) => p.structure?.({ model, plan, current, imports }) ?? []);
    const statements = [...imports.structures(), ...body];
    sources.set(current.module, printer.print(statements));
    index.push({ module: current.module, hasValues: hasValueStatements(body) });
  }
  for (const plugin of plugins) {
    for (const [module, { statements, imports }] of plugin.modules?.({ model, plan, packageName: input.config.packageName }) ?? []) {
      sources.set(module, printer.print([...imports.structures(), ...statements]));
      if (!module.includes('/')) index.push({ module, hasValues: hasValueStatements(statements) });
    }
  }
  index.sort((a, b) => a.module.localeCompare(b.module, 'en-US', { numeric: true }));
  sources.set('index', printer.print(indexModule(index)));

  const files = new Map<string, string>();
  const entries = [...sources];
  let done = 0;
  for (const [module, text] of entries) {
    files.set(`src/${module}.ts`, await formatModule(text, `src/${module}.ts`));
    input.onProgress?.(++done, entries.length);
  }
  for (const plugin of plugins) for (const [file, text] of plugin.files?.({ model, plan, packageName: input.config.packageName }) ?? []) files.set(`src/${file}`, text);

  for (const [file, text] of [...files]) {
    if (!file.endsWith('.ts')) continue;
    const stem = file.slice('src/'.length, -'.ts'.length);
    const compiled = compileModule(file, text);
    files.set(`dist/esm/${stem}.js`, compiled.esm);
    files.set(`dist/esm/${stem}.d.ts`, compiled.dts);
    files.set(`dist/cjs/${stem}.js`, compiled.cjs);
    files.set(`dist/cjs/${stem}.d.ts`, compiled.dts);
  }
  files.set('dist/cjs/package.json', CJS_MARKER);

  const sourcePackages = model.packages.map((p) => p.key);
  const runtimeDependencies = Object.assign({}, ...plugins.map((p) => p.runtimeDependencies ?? {})) as Record<string, string>;
  const packageInput = {
    config: input.config,
    plan,
    sourcePackages,
    inputHash: input.inputHash,
    runtimeDependencies,
    readmeSections: plugins.map((p) => p.readme?.({ model, plan, packageName: input.config.packageName }) ?? '').filter(Boolean).join('\n'),
    hasValidators: plugins.some((p) => p.name === 'validators'),
    hasBuilders: plugins.some((p) => p.name === 'builders'),
  };
  files.set('package.json', packageJson(packageInput));
  files.set('README.md', readme(packageInput));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
