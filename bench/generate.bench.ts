/**
 * Generation benchmark: the full default build (cold, into a temporary folder) and a no-op re-run, each
 * printed as a ratio to a baseline measured in the same run: reading and JSON-parsing every file of the
 * input packages (the least any generator must do with these inputs).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveConfig } from '../generator/config.js';
import { generate } from '../generator/generate.js';
import { PACKAGE_CACHE, REPO_ROOT } from '../test/helpers/paths.js';

function readAllInputs(): number {
  let bytes = 0;
  for (const pkg of ['hl7.fhir.core#3.0.1', 'nhsconnect.gpconnect-fhir#1.5.0', 'nhsconnect.gpconnect-fhir.careconnect-base#1.5.0']) {
    const dir = path.join(PACKAGE_CACHE, pkg, 'package');
    for (const file of fs.readdirSync(dir)) {
      if (!file.endsWith('.json')) continue;
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      JSON.parse(text);
      bytes += text.length;
    }
  }
  return bytes;
}

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

async function timeAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

export async function benchGenerate(): Promise<void> {
  const [bytes, baseline] = time(readAllInputs);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gpc-bench-'));
  const config = resolveConfig({ ...JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'gpconnect-codegen.config.json'), 'utf8')), out: path.join(out, 'pkg') }, REPO_ROOT);
  const [full, fullMs] = await timeAsync(() => generate(config));
  // What `npm run generate` does when nothing changed: the CLI runs incrementally (the API's default is
  // a full build), so the second run must ask for it to measure the up-to-date check.
  const [noop, noopMs] = await timeAsync(() => generate(config, { incremental: true }));
  if (!noop.upToDate) throw new Error('the re-run of an unchanged build was not found up to date');
  fs.rmSync(out, { recursive: true, force: true });
  const mb = (bytes / 1e6).toFixed(1);
  console.log(`baseline: read + JSON.parse the input packages (${mb} MB): ${baseline.toFixed(0)} ms`);
  console.log(`generate, full default build (${full.summary.structureCount} declarations, ${full.fileCount} files): ${fullMs.toFixed(0)} ms = ${(fullMs / baseline).toFixed(1)}x baseline`);
  console.log(`  phases: ${Object.entries(full.timings).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
  console.log(`generate, no-op re-run: ${noopMs.toFixed(0)} ms = ${(noopMs / baseline).toFixed(2)}x baseline (${(noopMs / fullMs * 100).toFixed(1)}% of a full build)`);
}
