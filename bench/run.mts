/**
 * `npm run bench`: every benchmark, in one process, each printing its figures as ratios to a baseline
 * measured in the same run (never absolute pass/fail thresholds: machines differ).
 */
import { benchBuilders } from './builders.bench.js';
import { benchGenerate } from './generate.bench.js';
import { benchValidate } from './validate.bench.js';

const only = process.argv[2];
const benches: Record<string, () => Promise<void>> = { generate: benchGenerate, builders: benchBuilders, validate: benchValidate };
for (const [name, run] of Object.entries(benches)) {
  if (only && only !== name) continue;
  console.log(`\n## ${name}`);
  await run();
}
