/**
 * The builders emitter as a plugin. Per structure module: the input type and `build<Name>` of each
 * profile, extension and concrete resource, the slice helpers, and `assemble<Name>` for Bundle profiles.
 * Package-wide: the builder runtime (generator/runtime/build, copied to src/runtime/build/), a root
 * `builders` module re-exporting what users need from it, and a README section.
 *
 * Builders call the validators of the same module (`is<Name>`, `validate<Name>`): this plugin needs the
 * validators plugin before it.
 */
import { StructureKind, type StatementStructures } from 'ts-morph';
import type { IrElement } from '../../ir/types.js';
import type { Plan } from '../../plan/plan.js';
import { ImportCollector } from '../imports.js';
import type { EmitPlugin, StructureEmitContext } from '../plugin.js';
import { bundleAssembler, fixedBundleType, RUNTIME_BUNDLE_MODULE } from './bundles.js';
import { sliceBuilder, structureBuilder } from './functions.js';
import { inputAlias, inputShape, inputTypeText, nestedAliases, RUNTIME_INPUT_MODULE, type InputContext } from './input-types.js';
import { BuildModel, hasBuilder, isEmptyNode, type BuildNode } from './model.js';
import { BuilderNames } from './names.js';
import { buildersReadme } from './readme.js';
import { runtimeFiles } from './runtime-files.js';

/** The root module users import the error and Bundle helpers from (`<package>` or `<package>/builders`). */
export const BUILDERS_MODULE = 'builders';

interface RunState {
  readonly plan: Plan;
  readonly model: BuildModel;
  readonly names: BuilderNames;
}

function eachSlice(element: IrElement, visit: (slice: IrElement) => void): void {
  if (element.max === 0) return;
  for (const child of element.children) eachSlice(child, visit);
  for (const slice of element.slices) {
    if (slice.max !== 0) visit(slice);
    eachSlice(slice, visit);
  }
}

function structureStatements(ctx: StructureEmitContext, state: RunState): StatementStructures[] {
  const { current, imports } = ctx;
  const { structure, typeName } = current;
  if (!hasBuilder(structure)) return [];
  const declare = new Map<string, BuildNode>();
  const ictx: InputContext = { plan: ctx.plan, current, imports, model: state.model, names: state.names, declare };

  const profiled = structure.kind === 'resource' && structure.derivation === 'constraint';
  const full = state.model.root(current);
  // A profiled resource's meta is the builder's business (meta.profile); it is never filled as a nested part.
  const root: BuildNode = profiled ? { ...full, nested: full.nested.filter((n) => n.child.name !== 'meta') } : full;
  const shape = inputShape(ictx, root);
  if (structure.kind === 'resource') shape.filled.unshift('resourceType');
  if (profiled) shape.overrides.unshift(`meta?: ${imports.type('ProfiledMetaInput', RUNTIME_INPUT_MODULE)}<${typeName}['meta']>`);
  const inputName = state.names.input(typeName);
  const alias = inputAlias(inputName, inputTypeText(ictx, typeName, shape), `Input of {@link ${state.names.builder(typeName)}}: a {@link ${typeName}} without what the builder fills in.`);
  const statements: StatementStructures[] = [
    structureBuilder({ structure, name: state.names.builder(typeName), typeName, inputName, node: root, imports }),
  ];

  const bundleType = fixedBundleType(current);
  if (bundleType !== undefined) statements.push(bundleAssembler(current, bundleType, imports));

  const slices: Array<{ slice: IrElement; name: string; node: BuildNode }> = [];
  eachSlice(structure.root, (slice) => {
    const name = current.nested.get(slice.id);
    if (name === undefined) return;
    const node = state.model.node(current, slice);
    if (isEmptyNode(node)) return;
    declare.set(name, node);
    slices.push({ slice, name, node });
  });
  for (const { slice, name, node } of slices) {
    statements.push(sliceBuilder({ slice, name: state.names.builder(name), typeName: name, inputName: state.names.input(name), node, imports }));
  }
  const ids = new Map([...current.nested].map(([id, name]) => [name, id]));
  // Aliases go before the functions that use them (declaration order does not matter to TypeScript, but to readers).
  return [alias, ...nestedAliases(ictx, ids), ...statements];
}

function rootModule(): { statements: StatementStructures[]; imports: ImportCollector } {
  const from = (module: string) => `./${module}.js`;
  const statements: StatementStructures[] = [
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: from('runtime/build/error'), namedExports: ['BuildError', 'isBuildError'] },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: from(RUNTIME_BUNDLE_MODULE), namedExports: ['fullUrlOf', 'referenceTo'] },
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: from(RUNTIME_BUNDLE_MODULE),
      isTypeOnly: true,
      namedExports: ['AssembleOptions', 'BundleItem', 'BundleResource'],
    },
  ];
  return { statements, imports: new ImportCollector(BUILDERS_MODULE) };
}

/** A new plugin instance per run: its memoised model belongs to one plan. */
export function createBuildersPlugin(): EmitPlugin {
  let state: RunState | undefined;
  const stateFor = (plan: Plan): RunState => {
    if (state?.plan !== plan) state = { plan, model: new BuildModel(plan), names: new BuilderNames(plan) };
    return state;
  };
  return {
    name: 'builders',
    structure: (ctx) => structureStatements(ctx, stateFor(ctx.plan)),
    modules: (ctx) => {
      stateFor(ctx.plan); // checks the names the root module exports
      return new Map([[BUILDERS_MODULE, rootModule()]]);
    },
    files: () => runtimeFiles(),
    readme: (ctx) => buildersReadme(ctx.plan, ctx.packageName),
  };
}
