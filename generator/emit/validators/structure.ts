/**
 * The validator statements of one structure's module: its check function and those of the element
 * subtrees it compiles itself, the hoisted constants they use, and the public pair
 * `validate<Name>(value, options?): OperationOutcome` / `is<Name>(value, options?): value is <Name>`.
 * Both validate with the module's own registry (what the module imports; see ModuleScope.registry)
 * unless `options.registry` gives another, usually the package root's `registry`.
 */
import type { StatementStructures } from 'ts-morph';
import type { PlannedStructure } from '../../plan/plan.js';
import { emitPrimitiveTest, primitiveType } from '../../validate/kinds/primitive.js';
import type { ImportCollector } from '../imports.js';
import { docText } from '../safe-text.js';
import { _, name, type Code } from './code.js';
import { objectBody } from './object.js';
import { ModuleScope, type ValidatorRun } from './scope.js';
import { functionStatement } from './statements.js';

/** The parameters of every check function (see runtime/validate/context.ts). */
export const CHECK_PARAMETERS: ReadonlyArray<readonly [string, string]> = [
  ['v', 'unknown'],
  ['x', 'vrt.Ctx'],
  ['p', 'vrt.Path'],
  ['d', 'number'],
];

function checkFunction(fn: Code, exported: boolean, body: Code): StatementStructures {
  return functionStatement({ name: fn, exported, parameters: CHECK_PARAMETERS, returnType: 'boolean', body });
}

/** The `options` parameter of the entry points. */
const OPTIONS: readonly [string, string] = ['options?', '{ readonly registry?: vrt.Registry }'];

const REGISTRY_DOC = [
  'Extensions, contained resources and Bundle entries are found by what the instance names (`url`,',
  '`resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is',
  'checked as far as it can be and reported as `information` (`not-supported`), so importing this',
  'module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to',
  'check those against their definitions too, as the root `validate()` does.',
].join('\n');

function publicFunctions(planned: PlannedStructure, check: Code, registry: Code): StatementStructures[] {
  const s = planned.structure;
  const isResource = s.kind === 'resource';
  const what = docText(`${s.title ?? s.name} (${s.url}${s.version ? ` version ${s.version}` : ''})`);
  return [
    functionStatement({
      name: name(`validate${planned.typeName}`),
      exported: true,
      parameters: [['value', 'unknown'], OPTIONS],
      returnType: 'vrt.OperationOutcome',
      body: _`return vrt.validateWith(value, ${s.type}, ${check}, ${isResource}, options, ${registry});`,
      doc: `Validates a value against ${what}.\nNever throws; the outcome always has at least one issue ("No issues detected" when valid).\n\n${REGISTRY_DOC}`,
    }),
    functionStatement({
      name: name(`is${planned.typeName}`),
      exported: true,
      parameters: [['value', 'unknown'], OPTIONS],
      returnType: `value is ${name(planned.typeName).toString()}`,
      body: _`return vrt.testWith(value, ${check}, ${isResource}, options, ${registry});`,
      doc: `True exactly when {@link validate${planned.typeName}} with the same options reports no error or fatal issue: ${what}.`,
    }),
  ];
}

/** The validator statements of `planned`'s module. */
export function structureStatements(run: ValidatorRun, planned: PlannedStructure, imports: ImportCollector): StatementStructures[] {
  const s = planned.structure;
  const scope = new ModuleScope(run, planned.module, imports);
  scope.reserve(`validate${planned.typeName}`);
  scope.reserve(`is${planned.typeName}`);
  const functions: StatementStructures[] = [];
  let check: Code;
  if (s.kind === 'primitive-type') {
    const primitive = primitiveType(s.type);
    check = name(`check${planned.typeName}`);
    scope.reserve(check.toString());
    const body = primitive ? _`return vrt.checkPrimitiveValue(v, x, p, ${emitPrimitiveTest(primitive, scope)}, ${primitive});` : _`return vrt.acceptAny();`;
    functions.push(checkFunction(check, true, body));
  } else {
    check = scope.check({ kind: 'structure', url: s.url });
  }
  for (let item = scope.queue.shift(); item; item = scope.queue.shift()) {
    functions.push(checkFunction(item.name, item.exported, objectBody(run.lowering.object(item.ref), scope)));
  }
  functions.push(...publicFunctions(planned, check, scope.registry()));
  return [...scope.namespaceImports(), ...scope.hoistedStatements(), ...functions];
}
