/**
 * The typed programmatic API: `generate(config)` runs the named, timed phases
 * load -> IR -> plan -> emit (+format, compile) -> write. The CLI is a thin layer over this function.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { resolveConfig, type GpConnectCodegenConfig, type ResolvedConfig } from './config.js';
import { GeneratorError } from './errors.js';
import { assemblePackage } from './emit/assemble.js';
import { defaultPlugins } from './emit/plugins.js';
import type { EmitPlugin } from './emit/plugin.js';
import { buildIr } from './ir/build.js';
import type { IrModel } from './ir/types.js';
import { loadPackages } from './load/packages.js';
import { buildPlan } from './plan/plan.js';
import { selectStructures } from './plan/select.js';
import { summarise, type RunSummary } from './summary.js';
import { toolHash } from './tool-hash.js';
import { staleFiles, writeAtomically } from './write/atomic.js';

export type Phase = 'load' | 'ir' | 'plan' | 'emit' | 'write';

export interface GenerateOptions {
  /** Folder that relative paths in `config` are relative to. @default process.cwd() */
  readonly baseDir?: string;
  /** Compare with the output folder instead of writing; `result.stale` lists the differences. */
  readonly check?: boolean;
  /** Overwrite an output folder that holds files this tool did not write. */
  readonly force?: boolean;
  /** Write the IR as JSON to this file. */
  readonly dumpIr?: string;
  /** Emit plugins; defaults to types, validators and builders. */
  readonly plugins?: readonly EmitPlugin[];
  /** Progress and phase events (the CLI shows them on a TTY). */
  readonly onEvent?: (event: GenerateEvent) => void;
}

export type GenerateEvent =
  | { readonly type: 'phase-start'; readonly phase: Phase }
  | { readonly type: 'phase-end'; readonly phase: Phase; readonly ms: number }
  | { readonly type: 'progress'; readonly phase: Phase; readonly done: number; readonly total: number };

export interface GenerateResult {
  readonly config: ResolvedConfig;
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

const CONFORMANCE_TYPES = ['StructureDefinition', 'ValueSet', 'CodeSystem'];

function isResolved(config: GpConnectCodegenConfig | ResolvedConfig): config is ResolvedConfig {
  return Array.isArray((config as ResolvedConfig).include) && typeof (config as ResolvedConfig).out === 'string' && 'packageName' in config && typeof config.packageName === 'string';
}

export async function generate(config: GpConnectCodegenConfig | ResolvedConfig, options: GenerateOptions = {}): Promise<GenerateResult> {
  const resolved = isResolved(config) ? config : resolveConfig(config, options.baseDir ?? process.cwd());
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

  const loaded = await phase('load', () =>
    loadPackages({ packages: resolved.packages, cacheDir: resolved.cache, offline: resolved.offline, registry: resolved.registry, resourceTypes: CONFORMANCE_TYPES }),
  );
  const fullModel = await phase('ir', () => buildIr(loaded));
  const selection = selectStructures(fullModel.structures, resolved.include, resolved.exclude);
  const excluded = selection.excluded;
  const model: IrModel = { ...fullModel, structures: selection.structures };
  if (options.dumpIr) fs.writeFileSync(options.dumpIr, `${JSON.stringify(model, null, 2)}\n`);
  const plan = await phase('plan', () => buildPlan(model));
  const inputHash = createHash('sha256')
    .update(toolHash())
    .update(JSON.stringify({ ...resolved, out: undefined, cache: undefined }))
    .update(JSON.stringify(loaded.resources.map((r) => [r.packageKey, r.url, r.version, r.file.slice(r.file.lastIndexOf('/') + 1)])))
    .digest('hex');
  const files = await phase('emit', () =>
    assemblePackage({
      config: resolved,
      model,
      plan,
      plugins: options.plugins ?? defaultPlugins(),
      inputHash,
      onProgress: (done, total) => emit({ type: 'progress', phase: 'emit', done, total }),
    }),
  );
  let stale: string[] | undefined;
  if (options.check) stale = staleFiles(resolved.out, files);
  else await phase('write', () => writeAtomically(resolved.out, files, inputHash, options.force ?? false));
  return { config: resolved, summary: summarise(model, plan, excluded), timings, fileCount: files.size, stale, model, files };
}

export { GeneratorError };
