/**
 * Compiles each generated TypeScript module on its own into the three forms the npm package ships:
 * ESM JavaScript, CommonJS JavaScript and a declaration file. Per-file transpilation (no type-checking
 * program) keeps this linear and fast; it is sound because generated code is written to be
 * isolated-declarations clean (explicit types on every export). The whole package is type-checked
 * separately by the tests (`tsc --noEmit --strict`).
 */
import { ts } from 'ts-morph';
import { GeneratorError } from '../../errors.js';

export interface CompiledModule {
  readonly esm: string;
  readonly cjs: string;
  readonly dts: string;
}

const BASE: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2020,
  isolatedModules: true,
  verbatimModuleSyntax: false,
  newLine: ts.NewLineKind.LineFeed,
  removeComments: false,
};

export function compileModule(fileName: string, source: string): CompiledModule {
  const esm = ts.transpileModule(source, { fileName, compilerOptions: { ...BASE, module: ts.ModuleKind.ES2022 }, reportDiagnostics: true });
  const cjs = ts.transpileModule(source, { fileName, compilerOptions: { ...BASE, module: ts.ModuleKind.CommonJS, esModuleInterop: true } });
  const dts = ts.transpileDeclaration(source, { fileName, compilerOptions: { ...BASE, declaration: true, isolatedDeclarations: true }, reportDiagnostics: true });
  const problems = [...(esm.diagnostics ?? []), ...(dts.diagnostics ?? [])].filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (problems.length > 0) {
    const message = ts.flattenDiagnosticMessageText(problems[0]?.messageText ?? '', ' ');
    throw new GeneratorError('GPC301', `generated module does not compile on its own: ${message}`, { file: fileName });
  }
  return { esm: esm.outputText, cjs: cjs.outputText, dts: dts.outputText };
}
