/**
 * The typed programmatic API: `generate(config)` runs the named, timed phases
 * load -> IR -> plan -> emit (+format, compile) -> write. The CLI is a thin layer over this function.
 */
import fs from 'node:fs';
import { resolveConfig, type GpConnectCodegenConfig, type ResolvedConfig } from './config.js';
import { GeneratorError } from './errors.js';
import type { EmitPlugin } from './emit/plugin.js';
import { computeInputHash, inputHashOfLoaded } from './incremental/input-hash.js';
import { checkUpToDate } from './incremental/up-to-date.js';
import type { IrModel } from './ir/types.js';
import type { RunSummary } from './summary.js';

export type Phase = 'hash' | 'load' | 'ir' | 'plan' | 'emit' | 'write';

export interface GenerateOptions {
  /** Folder that relative paths in `config` are relative to. @default process.cwd() */
  readonly baseDir?: string;
  /** Compare with the output folder instead of writing; `result.stale` lists the differences. */
  readonly check?: boolean;
  /**
   * Skip all work when the output folder is up to date: its manifest records the same input hash (FHIR
   * package files, output options, plugins, tool code and version) and it holds exactly the files listed
   * there. The result then has `upToDate: true`. Ignored with `check` and `dumpIr`. The CLI turns this on
   * unless `--force` is given. @default false
   */
  readonly incremental?: boolean;
  /**
   * Replace an output folder that holds files this tool did not write. On the command line `--force`
   * turns this on (and `incremental` off); `--overwrite` turns on only this. @default false
   */
  readonly overwrite?: boolean;
  /** Write the IR as JSON to this file. */
  readonly dumpIr?: string;
  /** Emit plugins; defaults to types, validators and builders. */
  readonly plugins?: readonly EmitPlugin[];
  /** Progress and phase events (the CLI shows them on a TTY). */
  readonly onEvent?: (event: GenerateEvent) => void;
}

export type GenerateEvent =
  /** The FHIR packages this run reads (the dependency closure, in load order), when known before loading. */
  | { readonly type: 'inputs'; readonly packages: readonly string[] }
  | { readonly type: 'phase-start'; readonly phase: Phase }
  | { readonly type: 'phase-end'; readonly phase: Phase; readonly ms: number }
  | { readonly type: 'progress'; readonly phase: Phase; readonly done: number; readonly total: number };

export interface GenerateResult {
  readonly upToDate: false;
  readonly config: ResolvedConfig;
  /** The input hash recorded in the output's manifest and package.json (see incremental/input-hash.ts). */
  readonly inputHash: string;
  readonly summary: RunSummary;
  readonly timings: Readonly<Partial<Record<Phase, number>>>;
  /** Number of files in the generated package. */
  readonly fileCount: number;
  /** With `check`: differences between the output folder and what would be generated (empty = up to date). */
  readonly stale: readonly string[] | undefined;
  readonly model: IrModel;
  /** The generated files (path -> content), for callers that want them without reading the disk. */
  readonly files: ReadonlyMap<string, string>;
}

/** An `incremental` run that found the output up to date and did nothing else. */
export interface UpToDateResult {
  readonly upToDate: true;
  readonly config: ResolvedConfig;
  readonly inputHash: string;
  readonly timings: Readonly<Partial<Record<Phase, number>>>;
  /** Number of files in the generated package (from its manifest). */
  readonly fileCount: number;
}

/** The resource types the pipeline reads from FHIR packages. */
export const CONFORMANCE_TYPES: readonly string[] = ['StructureDefinition', 'ValueSet', 'CodeSystem'];

/**
 * Resolves `config` against `options.baseDir` and runs the pipeline. A config that is already resolved
 * comes out of resolveConfig unchanged (its paths are absolute, its fields filled), so it needs no test of
 * which kind it is.
 */
export function generate(config: GpConnectCodegenConfig | ResolvedConfig, options: GenerateOptions & { readonly incremental: true }): Promise<GenerateResult | UpToDateResult>;
export function generate(config: GpConnectCodegenConfig | ResolvedConfig, options?: GenerateOptions & { readonly incremental?: false }): Promise<GenerateResult>;
export function generate(config: GpConnectCodegenConfig | ResolvedConfig, options?: GenerateOptions): Promise<GenerateResult | UpToDateResult>;
// async: a config error rejects the promise, as every other failure does, rather than throwing.
export async function generate(config: GpConnectCodegenConfig | ResolvedConfig, options: GenerateOptions = {}): Promise<GenerateResult | UpToDateResult> {
  return generateResolved(resolveConfig(config, options.baseDir ?? process.cwd()), options);
}

/** The pipeline, for callers that have resolved the config themselves (the CLI: file and flags, each against its own folder). */
export async function generateResolved(resolved: ResolvedConfig, options: Omit<GenerateOptions, 'baseDir'> = {}): Promise<GenerateResult | UpToDateResult> {
  const timings: Partial<Record<Phase, number>> = {};
  const emit = options.onEvent ?? (() => {});
  async function phase<T>(name: Phase, work: () => Promise<T> | T): Promise<T> {
    emit({ type: 'phase-start', phase: name });
    const start = performance.now();
    const result = await work();
    timings[name] = Math.round(performance.now() - start);
    emit({ type: 'phase-end', phase: name, ms: timings[name] ?? 0 });
    return result;
  }

  // The input hash is computed from package files before anything is loaded, so that an up-to-date run
  // costs a fraction of a second; the pipeline's modules (ts-morph, prettier, the package loader) are
  // imported only when there is work to do.
  const pluginKey = options.plugins ?? 'default';
  const before = await phase('hash', () => computeInputHash(resolved, pluginKey));
  if ('hash' in before) emit({ type: 'inputs', packages: before.packages });
  if (options.incremental && !options.check && !options.dumpIr && 'hash' in before) {
    const current = checkUpToDate(resolved.out, before.hash);
    if (current.upToDate) return { upToDate: true, config: resolved, inputHash: before.hash, timings, fileCount: current.fileCount };
  }
  const [{ loadPackages }, { buildIr }, { selectStructures }, { buildPlan }, { assemblePackage }, { defaultPlugins }, { summarise }, { assertOutputUsable, staleFiles, writeAtomically }] = await Promise.all([
    import('./load/packages.js'),
    import('./ir/build.js'),
    import('./plan/select.js'),
    import('./plan/plan.js'),
    import('./emit/assemble.js'),
    import('./emit/plugins.js'),
    import('./summary.js'),
    import('./write/atomic.js'),
  ]);
  // An output folder the writer would refuse is refused now, not after minutes of work.
  if (!options.check) assertOutputUsable(resolved.out, options.overwrite ?? false);

  const loaded = await phase('load', () =>
    loadPackages({ packages: resolved.packages, cacheDir: resolved.cache, offline: resolved.offline, registry: resolved.registry, resourceTypes: CONFORMANCE_TYPES }),
  );
  const fullModel = await phase('ir', () => buildIr(loaded));
  const selection = selectStructures(fullModel.structures, resolved.include, resolved.exclude);
  const excluded = selection.excluded;
  const model: IrModel = { ...fullModel, structures: selection.structures };
  if (options.dumpIr) fs.writeFileSync(options.dumpIr, `${JSON.stringify(model, null, 2)}\n`);
  const plan = await phase('plan', () => buildPlan(model));
  // A package downloaded during this run is in the cache now, so the closure can be hashed; a version
  // range cannot (see inputHashOfLoaded).
  const after = 'hash' in before ? before : computeInputHash(resolved, pluginKey);
  const inputHash = 'hash' in after ? after.hash : inputHashOfLoaded(resolved, pluginKey, loaded.resources);
  const files = await phase('emit', () =>
    assemblePackage({
      config: resolved,
      model,
      plan,
      plugins: options.plugins ?? defaultPlugins(resolved),
      inputHash,
      onProgress: (done, total) => emit({ type: 'progress', phase: 'emit', done, total }),
    }),
  );
  let stale: string[] | undefined;
  if (options.check) stale = staleFiles(resolved.out, files);
  else await phase('write', () => writeAtomically(resolved.out, files, inputHash, options.overwrite ?? false));
  return { upToDate: false, config: resolved, inputHash, summary: summarise(model, plan, excluded), timings, fileCount: files.size, stale, model, files };
}

export { GeneratorError };
