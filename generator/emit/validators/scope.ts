/**
 * Emission state: one {@link ValidatorRun} per generation (lowering, shared value-set predicates,
 * the names of check functions) and one {@link ModuleScope} per generated module (hoisted
 * constants, the check functions still to write, the imports they need).
 *
 * Naming: a structure's check is `check<TypeName>` in its module; an element subtree the plan
 * names (`PatientContact`) is `check<NestedName>`, exported so profiles can reuse it; any other
 * subtree gets a module-private `_check...` name. The runtime, the value-set predicates and the
 * resource type names are imported as namespaces (`vrt`, `vcodes`, `vresources`): lower-case
 * names no profile-derived name can take.
 *
 * A module never imports the package-wide registry (`validators/dispatch.ts`, which imports every
 * module): its entry points validate with a registry of what the module imports anyway (see
 * {@link ModuleScope.registry} and runtime/validate/registry.ts), so a bundler keeps one profile's
 * import graph.
 */
import type { IrModel } from '../../ir/types.js';
import type { Plan, PlannedStructure } from '../../plan/plan.js';
import { pascalCase } from '../../plan/identifiers.js';
import type { EmitScope } from '../../validate/emit-scope.js';
import { Lowering } from '../../validate/lower/index.js';
import { extensionInfos, type ExtensionInfo } from '../../validate/lower/extensions.js';
import type { ObjectRef } from '../../validate/model.js';
import type { ImportCollector } from '../imports.js';
import type { StatementStructures } from 'ts-morph';
import { _, join, name, type Code } from './code.js';
import { constStatement, namespaceImport } from './statements.js';

/** What a value-set predicate takes: a code, or a coding's system and code. */
export type PredicateKind = 'code' | 'coding';

/** Value-set predicates shared by all modules (`src/validators/codes.ts`). */
export class CodesRegistry {
  private readonly byKey = new Map<string, { name: string; kind: PredicateKind; codes: readonly string[] }>();

  /** For `coding`, each entry of `codes` is a `codingKey` (validate/kinds/binding.ts). */
  name(codes: readonly string[], kind: PredicateKind): string {
    const key = `${kind}\n${codes.join('\n')}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { name: `${kind === 'code' ? 'inCodes' : 'inCodings'}${this.byKey.size}`, kind, codes };
      this.byKey.set(key, entry);
    }
    return entry.name;
  }

  entries(): ReadonlyArray<{ name: string; kind: PredicateKind; codes: readonly string[] }> {
    return [...this.byKey.values()];
  }
}

/** Per-generation state, shared by the plugin's hooks (found again through the plan). */
export class ValidatorRun {
  readonly lowering: Lowering;
  readonly codes = new CodesRegistry();
  private extensionsByUrl: ReadonlyMap<string, ExtensionInfo> | undefined;

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

  /** The extension definition of `url` (contexts as the dispatcher knows them), if it is one. */
  extension(url: string): ExtensionInfo | undefined {
    this.extensionsByUrl ??= new Map(extensionInfos(this.lowering.lc).map((info) => [info.structure.url, info]));
    return this.extensionsByUrl.get(url);
  }

  /**
   * The concrete resource types and the structure a bare `resourceType` selects for each (what the
   * package registry's `byType` answers), sorted by type.
   */
  resourceTypes(): PlannedStructure[] {
    return this.plan.structures
      .filter((p) => p.structure.kind === 'resource' && !p.structure.abstract && this.plan.byType.get(p.structure.type) === p)
      .sort((a, b) => (a.structure.type < b.structure.type ? -1 : a.structure.type > b.structure.type ? 1 : 0));
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
  /** Structures whose check this module calls (imported or its own), for its registry. */
  private readonly structures = new Set<string>();
  private usesResourceTypes = false;
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
    return _`vcodes.${name(this.run.codes.name(codes, 'code'))}`;
  }

  codings(codings: readonly string[]): Code {
    this.usesCodes = true;
    return _`vcodes.${name(this.run.codes.name(codings, 'coding'))}`;
  }

  /**
   * The module's registry, for its entry points: the structures it already calls (call this once
   * the queue is empty), as `vrt.localRegistry(() => entries)`. Resources go by URL (and by type
   * for base resources), extension definitions by url with the contexts the package registry
   * gives them, and the base Extension check when the module has it. Nothing is imported for it
   * but the names the package knows (`validators/resource-types.ts`).
   */
  registry(): Code {
    const resources: Code[] = [];
    const extensions: Code[] = [];
    let baseExtension: Code = _`undefined`;
    for (const url of [...this.structures].sort()) {
      const planned = this.run.planned(url);
      const s = planned.structure;
      const check = this.check({ kind: 'structure', url });
      if (s.kind === 'resource') {
        const base = !s.abstract && this.run.plan.byType.get(s.type) === planned;
        resources.push(_`{ url: ${url}, check: ${check}, type: ${s.type}, base: ${base} }`);
      }
      const info = this.run.extension(url);
      if (info) extensions.push(_`{ url: ${url}, check: ${check}, contexts: ${info.contexts}, contextTypes: ${info.contextTypes} }`);
      if (this.run.plan.byType.get('Extension') === planned) baseExtension = check;
    }
    this.usesResourceTypes = true;
    const entries = _`{ resources: [${join(resources, ', ')}], extensions: [${join(extensions, ', ')}], baseExtension: ${baseExtension}, isResourceType: vresources.isResourceType, isResourceProfile: vresources.isResourceProfile, isExtensionUrl: vresources.isExtensionUrl }`;
    return this.hoist('REGISTRY', _`vrt.Registry`, _`vrt.localRegistry(() => (${entries}))`);
  }

  /** Claims a name for a function of this module. */
  private claim(base: string): Code {
    let candidate = base;
    for (let i = 2; this.usedNames.has(candidate); i++) candidate = `${base}${i}`;
    this.usedNames.add(candidate);
    return name(candidate);
  }

  check(ref: ObjectRef): Code {
    if (ref.kind === 'structure') this.structures.add(ref.url);
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
    if (this.usesCodes) lines.push(namespaceImport('vcodes', `${this.paths.toSrc}validators/codes.js`));
    if (this.usesResourceTypes) lines.push(namespaceImport('vresources', `${this.paths.toSrc}validators/resource-types.js`));
    return lines;
  }

  hoistedStatements(): StatementStructures[] {
    return this.hoisted;
  }
}
