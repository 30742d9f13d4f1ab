/**
 * The validator emitter as a plugin: per structure module `check<Name>` / `validate<Name>` /
 * `is<Name>`, the package modules (root `validate`, dispatcher, value-set predicates), the runtime
 * files, and fhirpath.js as the one runtime dependency (for invariants only).
 */
import type { StatementStructures } from 'ts-morph';
import type { EmitPlugin, PackageEmitContext } from '../plugin.js';
import { ImportCollector } from '../imports.js';
import type { IrModel } from '../../ir/types.js';
import type { Plan } from '../../plan/plan.js';
import { CODES_MODULE, DISPATCH_MODULE, RESOURCE_TYPES_MODULE, ROOT_MODULE, codesModule, dispatchModule, resourceTypesModule, rootModule } from './package-modules.js';
import { validatorsReadme } from './readme.js';
import { fhirpathVersion, runtimeFiles } from './runtime-files.js';
import { ValidatorRun } from './scope.js';
import { structureStatements } from './structure.js';

/** A fresh plugin (its state belongs to one generation). */
export function createValidatorsPlugin(): EmitPlugin {
  let run: ValidatorRun | undefined;
  const runFor = (model: IrModel, plan: Plan): ValidatorRun => {
    if (!run || run.plan !== plan || run.model !== model) run = new ValidatorRun(model, plan);
    return run;
  };
  const module = (statements: StatementStructures[], path: string) => ({ statements, imports: new ImportCollector(path) });
  return {
    name: 'validators',
    structure: (ctx) => structureStatements(runFor(ctx.model, ctx.plan), ctx.current, ctx.imports),
    modules: (ctx: PackageEmitContext) => {
      const r = runFor(ctx.model, ctx.plan);
      // The dispatcher first: codes are only complete once every structure module was written.
      const dispatch = dispatchModule(r);
      return new Map([
        [DISPATCH_MODULE, module(dispatch, DISPATCH_MODULE)],
        [CODES_MODULE, module(codesModule(r), CODES_MODULE)],
        [RESOURCE_TYPES_MODULE, module(resourceTypesModule(r), RESOURCE_TYPES_MODULE)],
        [ROOT_MODULE, module(rootModule(), ROOT_MODULE)],
      ]);
    },
    files: () => runtimeFiles(),
    readme: (ctx) => validatorsReadme(runFor(ctx.model, ctx.plan), ctx.packageName),
    runtimeDependencies: { fhirpath: fhirpathVersion() },
  };
}
