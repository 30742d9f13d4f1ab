/**
 * What an emitter contributes to the generated package. The types emitter, the validator emitter and the
 * builder emitter are plugins over the same plan: each adds statements to the per-structure modules and,
 * if it needs them, whole files (runtime helpers) and README sections.
 */
import type { StatementStructures } from 'ts-morph';
import type { IrModel } from '../ir/types.js';
import type { Plan, PlannedStructure } from '../plan/plan.js';
import type { ImportCollector } from './imports.js';

export interface StructureEmitContext {
  readonly model: IrModel;
  readonly plan: Plan;
  readonly current: PlannedStructure;
  readonly imports: ImportCollector;
}

export interface PackageEmitContext {
  readonly model: IrModel;
  readonly plan: Plan;
  /** `name` of the generated npm package, for import paths in README sections. */
  readonly packageName: string;
}

export interface EmitPlugin {
  readonly name: string;
  /** Statements for the module of one structure (imports are collected through `ctx.imports`). */
  structure?(ctx: StructureEmitContext): StatementStructures[];
  /** Whole modules (path under src/ without extension -> statements), e.g. the root `validate`. */
  modules?(ctx: PackageEmitContext): Map<string, { statements: StatementStructures[]; imports: ImportCollector }>;
  /** Verbatim TypeScript files copied into src/ (path under src/ with .ts -> text), e.g. runtime helpers. */
  files?(ctx: PackageEmitContext): Map<string, string>;
  /** Markdown appended to the generated README. */
  readme?(ctx: PackageEmitContext): string;
  /** npm dependencies the generated code needs at run time. */
  readonly runtimeDependencies?: Readonly<Record<string, string>>;
}
