/**
 * Emission state: one {@link ValidatorRun} per generation (lowering, shared value-set predicates,
 * the names of check functions) and one {@link ModuleScope} per generated module (hoisted
 * constants, the check functions still to write, the imports they need).
 *
 * Naming: a structure's check is `check<TypeName>` in its module; an element subtree the plan
 * names (`PatientContact`) is `check<NestedName>`, exported so profiles can reuse it; any other
 * subtree gets a module-private `_check...` name. The runtime, the dispatcher and the value-set
 * predicates are imported as namespaces (`vrt`, `vdispatch`, `vcodes`): lower-case names no
 * profile-derived name can take.
 */
import type { IrModel } from '../../ir/types.js';
import type { Plan, PlannedStructure } from '../../plan/plan.js';
import { pascalCase } from '../../plan/identifiers.js';
import type { EmitScope } from '../../validate/emit-scope.js';
import { Lowering } from '../../validate/lower/index.js';
import type { ObjectRef } from '../../validate/model.js';
import type { ImportCollector } from '../imports.js';
import type { StatementStructures } from 'ts-morph';
import { _, name, type Code } from './code.js';
import { constStatement, namespaceImport } from './statements.js';

/** Value-set predicates shared by all modules (`src/validators/codes.ts`). */
export class CodesRegistry {
  private readonly byKey = new Map<string, { name: string; codes: readonly string[] }>();

  name(codes: readonly string[]): string {
    const key = codes.join('\n');
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { name: `inCodes${this.byKey.size}`, codes };
      this.byKey.set(key, entry);
    }
    return entry.name;
  }

  entries(): ReadonlyArray<{ name: string; codes: readonly string[] }> {
    return [...this.byKey.values()];
  }
}

/** Per-generation state, shared by the plugin's hooks (found again through the plan). */
export class ValidatorRun {
  readonly lowering: Lowering;
  readonly codes = new CodesRegistry();

  constructor(
    readonly model: IrModel,
    readonly plan: Plan,
  ) {
    this.lowering = new Lowering(model);
  }

  planned(url: string): PlannedStructure {
    const planned = this.plan.byUrl.get(url);
    if (!planned) throw new Error(`no planned structure for ${url}`);
    return planned;
  }

  /** The exported check of a structure, or of an element subtree the plan names; undefined for private subtrees. */
  exportedCheck(ref: ObjectRef): { name: string; module: string } | undefined {
    const planned = this.planned(ref.url);
    if (ref.kind === 'structure') return { name: `check${planned.typeName}`, module: planned.module };
    if (ref.primitive) return undefined;
    const nested = planned.nested.get(ref.elementId);
    return nested ? { name: `check${nested}`, module: planned.module } : undefined;
  }
}

export interface ModulePaths {
  /** Prefix from this module to `src/` (`./` at the root, `../` below). */
  readonly toSrc: './' | '../';
}

export class ModuleScope implements EmitScope {
  private readonly hoisted: StatementStructures[] = [];
  private readonly hoistIndex = new Map<string, Code>();
  private readonly counters = new Map<string, number>();
  private readonly localNames = new Map<string, Code>();
  private readonly usedNames = new Set<string>();
  /** Element subtrees whose check this module must still write. */
  readonly queue: Array<{ ref: ObjectRef; name: Code; exported: boolean }> = [];
  private usesDispatch = false;
  private usesCodes = false;

  constructor(
    readonly run: ValidatorRun,
    readonly module: string,
    private readonly imports: ImportCollector | undefined,
    private readonly paths: ModulePaths = { toSrc: './' },
  ) {}

  runtime(identifier: string): Code {
    return _`vrt.${name(identifier)}`;
  }

  hoist(prefix: string, type: Code, init: Code): Code {
    const key = `${type.toString()}=${init.toString()}`;
    const existing = this.hoistIndex.get(key);
    if (existing) return existing;
    const n = this.counters.get(prefix) ?? 0;
    this.counters.set(prefix, n + 1);
    const id = name(`${prefix}_${n}`);
    this.hoisted.push(constStatement(id, type, init));
    this.hoistIndex.set(key, id);
    return id;
  }

  codes(codes: readonly string[]): Code {
    this.usesCodes = true;
    return _`vcodes.${name(this.run.codes.name(codes))}`;
  }

  /** The package registry (`validators/dispatch.ts`), for the entry points. */
  registry(): Code {
    this.usesDispatch = true;
    return _`vdispatch.registry`;
  }

  /** Claims a name for a function of this module. */
  private claim(base: string): Code {
    let candidate = base;
    for (let i = 2; this.usedNames.has(candidate); i++) candidate = `${base}${i}`;
    this.usedNames.add(candidate);
    return name(candidate);
  }

  check(ref: ObjectRef): Code {
    const key = this.run.lowering.lc.refKey(ref);
    const local = this.localNames.get(key);
    if (local) return local;
    const exported = this.run.exportedCheck(ref);
    const owner = this.run.planned(ref.url);
    if (exported && exported.module !== this.module) {
      if (!this.imports) throw new Error(`module ${this.module} cannot import ${exported.name}`);
      return name(this.imports.value(exported.name, exported.module));
    }
    if (owner.module !== this.module && ref.kind === 'element') {
      throw new Error(`${ref.url}#${ref.elementId} is checked by a private function of ${owner.module}, needed in ${this.module}`);
    }
    const fn = exported ? this.claim(exported.name) : this.claim(`_check${pascalCase(ref.kind === 'element' ? ref.elementId : owner.typeName)}${ref.kind === 'element' && ref.primitive ? 'Element' : ''}`);
    this.localNames.set(key, fn);
    this.queue.push({ ref, name: fn, exported: exported !== undefined });
    return fn;
  }

  /** Reserves a name so nothing else in the module takes it (exported validate/is functions). */
  reserve(identifier: string): void {
    this.usedNames.add(identifier);
  }

  /** The namespace imports this module needs. */
  namespaceImports(): StatementStructures[] {
    const lines = [namespaceImport('vrt', `${this.paths.toSrc}runtime/validate/index.js`)];
    if (this.usesDispatch) lines.push(namespaceImport('vdispatch', `${this.paths.toSrc}validators/dispatch.js`));
    if (this.usesCodes) lines.push(namespaceImport('vcodes', `${this.paths.toSrc}validators/codes.js`));
    return lines;
  }

  hoistedStatements(): StatementStructures[] {
    return this.hoisted;
  }
}
