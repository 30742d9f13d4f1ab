/**
 * Test helper: a TypeScript program over a generated package's sources with the settings the committed
 * package is checked with (test/typecheck/tsconfig.generated.json: strict, exactOptionalPropertyTypes,
 * isolatedDeclarations), and ways to read back what the compiler made of a declaration: property names,
 * literal values (as JavaScript values, so a comparison with the profile's text involves no escaping).
 */
import path from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from '../../helpers/paths.js';

const CONFIG = path.join(REPO_ROOT, 'test/typecheck/tsconfig.generated.json');

export function createGeneratedProgram(srcDir: string): ts.Program {
  const read = ts.readConfigFile(CONFIG, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent({ ...read.config, include: [`${srcDir}/**/*.ts`] }, ts.sys, path.dirname(CONFIG));
  return ts.createProgram(parsed.fileNames, parsed.options);
}

export function diagnosticsText(diagnostics: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics.slice(0, 20), { getCanonicalFileName: (f) => f, getCurrentDirectory: () => REPO_ROOT, getNewLine: () => '\n' });
}

export class DeclarationReader {
  private readonly checker: ts.TypeChecker;

  constructor(
    private readonly program: ts.Program,
    private readonly srcDir: string,
  ) {
    this.checker = program.getTypeChecker();
  }

  /** The type of the exported interface `name` of module `src/<module>.ts`. */
  exported(module: string, name: string): ts.Type {
    const file = this.program.getSourceFile(path.join(this.srcDir, `${module}.ts`));
    if (!file) throw new Error(`no module ${module}`);
    const symbol = this.checker.getSymbolAtLocation(file);
    const exported = symbol && this.checker.getExportsOfModule(symbol).find((s) => s.name === name);
    if (!exported) throw new Error(`${module} exports no ${name}`);
    return this.checker.getDeclaredTypeOfSymbol(exported);
  }

  /** Property names of a type, unescaped (`__proto__` as written in the JSON). */
  propertyNames(type: ts.Type): string[] {
    return this.checker.getPropertiesOfType(type).map((p) => ts.unescapeLeadingUnderscores(p.escapedName));
  }

  /**
   * Walks `steps` from `type`: a property name, `[]` for an array's items, or `[n]` for a tuple member;
   * optional properties lose their `undefined`.
   */
  at(type: ts.Type, ...steps: string[]): ts.Type {
    let current = type;
    for (const step of steps) {
      current = this.checker.getNonNullableType(current);
      if (step === '[]' || /^\[\d+\]$/.test(step)) {
        const index = step === '[]' ? 0 : Number(step.slice(1, -1));
        const items = this.checker.isTupleType(current) ? this.checker.getTypeArguments(current as ts.TypeReference)[index] : this.checker.getIndexTypeOfType(current, ts.IndexKind.Number);
        if (!items) throw new Error(`${this.checker.typeToString(current)} has no item ${step}`);
        current = items;
        continue;
      }
      const property = this.checker.getPropertyOfType(current, step);
      if (!property) throw new Error(`${this.checker.typeToString(current)} has no property ${step}`);
      current = this.checker.getTypeOfSymbol(property);
    }
    return this.checker.getNonNullableType(current);
  }

  /** The values of a literal type or a union of literal types, sorted. */
  literals(type: ts.Type): Array<string | number | boolean> {
    const members = type.isUnion() ? type.types : [type];
    return members
      .map((member) => {
        if (member.isStringLiteral() || member.isNumberLiteral()) return member.value;
        if (member.flags & ts.TypeFlags.BooleanLiteral) return this.checker.typeToString(member) === 'true';
        throw new Error(`not a literal: ${this.checker.typeToString(member)}`);
      })
      .sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
  }

  /** The one literal value of a literal type. */
  literal(type: ts.Type): string | number | boolean {
    const values = this.literals(type);
    if (values.length !== 1) throw new Error(`expected one literal, got ${this.checker.typeToString(type)}`);
    return values[0] as string | number | boolean;
  }

  /** The JSDoc text of an exported declaration, as an editor shows it. */
  documentation(module: string, name: string): string {
    const symbol = this.exported(module, name).getSymbol();
    return symbol ? ts.displayPartsToString(symbol.getDocumentationComment(this.checker)) : '';
  }

  typeText(type: ts.Type): string {
    return this.checker.typeToString(type);
  }
}
