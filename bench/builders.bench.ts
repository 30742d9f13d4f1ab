/**
 * What the builders add to generation: the full default build with and without the builders plugin, in
 * the same run, alternated (the median of three each): emit time, output size, and the builders plugin's
 * own time (its model and ts-morph structures, before printing and formatting).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveConfig } from '../generator/config.js';
import { generate } from '../generator/generate.js';
import type { EmitPlugin, PackageEmitContext, StructureEmitContext } from '../generator/emit/plugin.js';
import { defaultPlugins } from '../generator/emit/plugins.js';
import { createBuildersPlugin } from '../generator/emit/builders/plugin.js';
import { REPO_ROOT } from '../test/helpers/paths.js';

const RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The plugin, with the time spent in its own hooks added to `clock.ms`. */
function timed(plugin: EmitPlugin, clock: { ms: number }): EmitPlugin {
  const wrap =
    <C, R>(hook: ((ctx: C) => R) | undefined) =>
    (ctx: C): R => {
      const start = performance.now();
      const result = (hook as (ctx: C) => R)(ctx);
      clock.ms += performance.now() - start;
      return result;
    };
  return {
    ...plugin,
    ...(plugin.structure ? { structure: wrap<StructureEmitContext, ReturnType<NonNullable<EmitPlugin['structure']>>>(plugin.structure) } : {}),
    ...(plugin.modules ? { modules: wrap<PackageEmitContext, ReturnType<NonNullable<EmitPlugin['modules']>>>(plugin.modules) } : {}),
  };
}

export async function benchBuilders(): Promise<void> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gpc-bench-builders-'));
  const base = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'gpconnect-codegen.config.json'), 'utf8')) as object;
  const results = { without: { emit: [] as number[], bytes: 0 }, with: { emit: [] as number[], bytes: 0, own: [] as number[] } };
  for (let run = 0; run < RUNS; run++) {
    for (const withBuilders of [false, true]) {
      const clock = { ms: 0 };
      const plugins = defaultPlugins().filter((p) => p.name !== 'builders');
      if (withBuilders) plugins.push(timed(createBuildersPlugin(), clock));
      const config = resolveConfig({ ...base, out: path.join(out, `${withBuilders}-${run}`) }, REPO_ROOT);
      const result = await generate(config, { plugins });
      if (result.upToDate) throw new Error('a fresh folder cannot be up to date');
      const bytes = [...result.files].filter(([f]) => f.startsWith('src/')).reduce((sum, [, text]) => sum + text.length, 0);
      const slot = withBuilders ? results.with : results.without;
      slot.emit.push(result.timings.emit ?? 0);
      slot.bytes = bytes;
      if (withBuilders) results.with.own.push(clock.ms);
    }
  }
  fs.rmSync(out, { recursive: true, force: true });
  const without = median(results.without.emit);
  const withB = median(results.with.emit);
  console.log(`emit phase without builders: ${without} ms; with builders: ${withB} ms = ${(withB / without).toFixed(2)}x (median of ${RUNS})`);
  console.log(`builders plugin hooks (model + structures): ${median(results.with.own).toFixed(0)} ms`);
  console.log(`src/ size: ${(results.without.bytes / 1e6).toFixed(2)} MB without, ${(results.with.bytes / 1e6).toFixed(2)} MB with (+${(((results.with.bytes - results.without.bytes) / results.without.bytes) * 100).toFixed(1)}%)`);
}
