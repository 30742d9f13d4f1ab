/**
 * ts-morph statement structures for the validator emitter: functions and constants whose bodies and
 * initialisers are fragments built with the `_` builder (./code.ts), so nothing reaches the printer
 * that did not go through it.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { Code } from './code.js';

export interface FunctionSpec {
  readonly name: Code;
  readonly exported: boolean;
  readonly parameters: ReadonlyArray<readonly [string, string]>;
  readonly returnType: string;
  readonly body: Code;
  readonly doc?: string;
}

export function functionStatement(spec: FunctionSpec): StatementStructures {
  return {
    kind: StructureKind.Function,
    name: spec.name.toString(),
    isExported: spec.exported,
    parameters: spec.parameters.map(([name, type]) => ({ name, type })),
    returnType: spec.returnType,
    statements: [spec.body.toString()],
    ...(spec.doc !== undefined ? { docs: [spec.doc] } : {}),
  };
}

export function constStatement(name: Code, type: Code, init: Code, exported = false, doc?: string): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    isExported: exported,
    declarations: [{ name: name.toString(), type: type.toString(), initializer: init.toString() }],
    ...(doc !== undefined ? { docs: [doc] } : {}),
  };
}

export function namespaceImport(alias: string, specifier: string): StatementStructures {
  return { kind: StructureKind.ImportDeclaration, namespaceImport: alias, moduleSpecifier: specifier };
}

export function namedImport(names: readonly string[], specifier: string): StatementStructures {
  return { kind: StructureKind.ImportDeclaration, namedImports: [...names], moduleSpecifier: specifier };
}

export function typeReExport(names: readonly string[], specifier: string): StatementStructures {
  return { kind: StructureKind.ExportDeclaration, isTypeOnly: true, namedExports: [...names], moduleSpecifier: specifier };
}

/** `export {};`: keeps an otherwise empty file a module. */
export function emptyExport(): StatementStructures {
  return { kind: StructureKind.ExportDeclaration, namedExports: [] };
}
