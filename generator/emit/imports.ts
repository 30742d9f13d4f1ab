/** Collects the imports one generated module needs, so emitters can reference any planned symbol. */
import { StructureKind, type ImportDeclarationStructure } from 'ts-morph';

export class ImportCollector {
  private readonly typeImports = new Map<string, Set<string>>();
  private readonly valueImports = new Map<string, Set<string>>();

  constructor(private readonly currentModule: string) {}

  /** Records a type-only import of `name` from the sibling module `module` (no-op for the current module). */
  type(name: string, module: string): string {
    if (module !== this.currentModule) add(this.typeImports, module, name);
    return name;
  }

  /** Records a value import (functions, constants). `module` is a path relative to src/, without extension. */
  value(name: string, module: string): string {
    if (module !== this.currentModule) add(this.valueImports, module, name);
    return name;
  }

  /** Import declarations in a fixed order: modules sorted, names sorted. */
  structures(): ImportDeclarationStructure[] {
    const modules = new Set([...this.typeImports.keys(), ...this.valueImports.keys()]);
    const result: ImportDeclarationStructure[] = [];
    for (const module of [...modules].sort(compare)) {
      const values = [...(this.valueImports.get(module) ?? [])].sort(compare);
      const types = [...(this.typeImports.get(module) ?? [])].filter((n) => !values.includes(n)).sort(compare);
      const specifier = `./${module}.js`;
      if (values.length > 0) {
        result.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: specifier, namedImports: [...values, ...types.map((t) => ({ name: t, isTypeOnly: true }))] });
      } else if (types.length > 0) {
        result.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: specifier, isTypeOnly: true, namedImports: types });
      }
    }
    return result;
  }
}

function add(map: Map<string, Set<string>>, module: string, name: string): void {
  const set = map.get(module) ?? new Set<string>();
  set.add(name);
  map.set(module, set);
}

function compare(a: string, b: string): number {
  return a.localeCompare(b, 'en-US', { numeric: true });
}
