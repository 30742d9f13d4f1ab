/**
 * Validation benchmark over the GP Connect example Bundles in ../shared/examples, all figures from the
 * same run: the compiled validators of the committed generated/ package (`validate`, and the boolean
 * fast path) as a ratio to `JSON.parse` of the same text; against the IR interpreter (the oracle);
 * and against FHIR.js (`fhir` 4.12, STU3 definitions loaded, which checks the base spec only).
 *
 * Validators run warm (a service validates message after message), as V8 optimises the large
 * generated functions only after many calls: the compiled validators' main figures come after
 * thousands of passes (validate-compiled.mjs says why), the interpreter's and FHIR.js's after
 * {@link WARM_UP_MS}. The first pass, before any warm-up, and a per-message figure after 1.5 s, while
 * V8 is still optimising the rarer functions, are printed too. The compiled
 * validators run in a plain `node` child process (bench/validate-compiled.mjs), as consumers run
 * them; the interpreter and FHIR.js run here. Every figure is a ratio to JSON.parse of the same
 * samples in the same process, timed side by side with it, in {@link PROCESSES} processes (the median
 * of each figure is printed), in two ways (see validate-compiled.mjs):
 * steady state (blocks of passes of each over values parsed before) and per message (each text
 * parsed, then the value just parsed validated).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Fhir } from 'fhir';
import { buildStu3Parser, selectXmlDefinitionResources } from '../generator/load/xml-definitions.js';
import { createIrValidator } from '../generator/validate/index.js';
import { loadDefaultBuild } from '../test/helpers/default-build.js';
import { EXAMPLES, PACKAGE_CACHE } from '../test/helpers/paths.js';

const DIST = fileURLToPath(new URL('../generated/dist/esm/', import.meta.url));

interface Sample {
  readonly file: string;
  readonly text: string;
  readonly json: unknown;
}

function bundles(): Sample[] {
  const samples: Sample[] = [];
  for (const folder of fs.readdirSync(EXAMPLES, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of fs.readdirSync(path.join(EXAMPLES, folder.name)).filter((f) => f.endsWith('.Bundle.json')).sort()) {
      const text = fs.readFileSync(path.join(EXAMPLES, folder.name, file), 'utf8');
      samples.push({ file: path.join(EXAMPLES, folder.name, file), text, json: JSON.parse(text) });
    }
  }
  return samples;
}

/** How long each measured function runs before it is timed. */
const WARM_UP_MS = 1500;

/** Milliseconds of one pass over all samples. */
function pass(samples: readonly Sample[], work: (sample: Sample) => unknown): number {
  const start = performance.now();
  for (const sample of samples) work(sample);
  return performance.now() - start;
}

/** Passes in each block of {@link steady}. */
const BLOCK = 3;

/**
 * Steady state, as bench/validate-compiled.mjs measures the compiled validators: `rounds` rounds
 * each timing a block of {@link BLOCK} passes of `work` and one of `baseline` (alternating which
 * goes first) and taking each block's median pass; the median of the rounds' ratios, after
 * {@link WARM_UP_MS} of untimed passes of both.
 */
function steady(samples: readonly Sample[], rounds: number, work: (sample: Sample) => unknown, baseline: (sample: Sample) => unknown): number {
  const warmUntil = performance.now() + WARM_UP_MS;
  while (performance.now() < warmUntil) {
    pass(samples, work);
    pass(samples, baseline);
  }
  const block = (fn: (sample: Sample) => unknown): number => {
    const times: number[] = [];
    for (let i = 0; i < BLOCK; i++) times.push(pass(samples, fn));
    return times.sort((x, y) => x - y)[Math.floor(BLOCK / 2)] ?? 0;
  };
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      const w = block(work);
      ratios.push(w / block(baseline));
    } else {
      const b = block(baseline);
      ratios.push(block(work) / b);
    }
  }
  return ratios.sort((x, y) => x - y)[Math.floor(ratios.length / 2)] ?? 0;
}

/** What bench/validate-compiled.mjs prints: times in milliseconds, ratios to JSON.parse of the same samples. */
interface CompiledFigures {
  readonly samples: number;
  readonly bytes: number;
  readonly rounds: number;
  readonly warmUpMs: number;
  readonly tierUpPasses: number;
  readonly validateEarlyRatio: number;
  readonly parse: number;
  readonly validate: number;
  readonly validateRatio: number;
  readonly validateSteady: number;
  readonly validateSteadyRatio: number;
  readonly isValidRatio: number;
  readonly firstPass: number;
  readonly conformant: number;
  readonly conformantValidateRatio: number;
  readonly conformantIsValidRatio: number;
}

/**
 * The compiled validators measured in a plain `node` child process (see bench/validate-compiled.mjs
 * for why), with JSON.parse measured in that same process.
 */
function measureCompiled(files: readonly string[]): CompiledFigures {
  const script = fileURLToPath(new URL('./validate-compiled.mjs', import.meta.url));
  const env = { ...process.env };
  delete env['NODE_OPTIONS'];
  const out = execFileSync(process.execPath, [script, DIST, ...files], { env, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as CompiledFigures;
}

/**
 * Child processes the compiled validators are measured in, one after the other. Figures differ from
 * one process to the next by more than from one round to the next (code placement, GC timing,
 * this VM's neighbours): the same dist read 0.90x to 1.06x per message in six processes on
 * 2026-12-08. Each figure printed is the median over the processes, the main two with their range.
 */
const PROCESSES = Number(process.env['BENCH_PROCESSES'] ?? 3);

/** The median over processes of one figure. */
type Figure = (run: CompiledFigures) => number;

function medianOf(runs: readonly CompiledFigures[], figure: Figure): number {
  const values = runs.map(figure).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] ?? Number.NaN;
}

function rangeOf(runs: readonly CompiledFigures[], figure: Figure): string {
  const values = runs.map(figure);
  return `${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)} over ${runs.length} processes`;
}

export async function benchValidate(): Promise<void> {
  const samples = bundles();
  const runs: CompiledFigures[] = [];
  for (let i = 0; i < PROCESSES; i++) runs.push(measureCompiled(samples.map((s) => s.file)));
  const first = runs[0];
  if (first === undefined) throw new Error('BENCH_PROCESSES must be at least 1');
  const m = (figure: Figure): number => medianOf(runs, figure);
  const c = {
    samples: first.samples,
    bytes: first.bytes,
    warmUpMs: first.warmUpMs,
    tierUpPasses: first.tierUpPasses,
    parse: m((r) => r.parse),
    validate: m((r) => r.validate),
    validateRatio: m((r) => r.validateRatio),
    validateSteady: m((r) => r.validateSteady),
    validateSteadyRatio: m((r) => r.validateSteadyRatio),
    validateEarlyRatio: m((r) => r.validateEarlyRatio),
    isValidRatio: m((r) => r.isValidRatio),
    firstPass: m((r) => r.firstPass),
    conformant: first.conformant,
    conformantValidateRatio: m((r) => r.conformantValidateRatio),
    conformantIsValidRatio: m((r) => r.conformantIsValidRatio),
  };
  const ratio = (ms: number): string => `${(ms / c.parse).toFixed(2)}x JSON.parse`;
  const rounds = 5;
  // This process measures the interpreter and FHIR.js, each against its own JSON.parse baseline:
  // the compiled validators are compared with them through those ratios, as the two processes'
  // absolute speeds differ.
  const parse = (s: Sample): unknown => JSON.parse(s.text);
  const { model } = await loadDefaultBuild();
  const interpreter = createIrValidator(model);
  const core = path.join(PACKAGE_CACHE, 'hl7.fhir.core#3.0.1', 'package');
  const coreResources = fs.readdirSync(core).filter((f) => /^(StructureDefinition|ValueSet|CodeSystem)-/.test(f)).map((f) => JSON.parse(fs.readFileSync(path.join(core, f), 'utf8')) as unknown);
  const fhirJs = new Fhir(buildStu3Parser(selectXmlDefinitionResources(coreResources)));
  const ir = steady(samples, rounds, (s) => interpreter.validate(s.json), parse);
  const fast = steady(samples, rounds, (s) => interpreter.isValid(s.json), parse);
  const fhirjs = steady(samples, rounds, (s) => fhirJs.validate(s.json as object), parse);
  const compiled = c.validateSteadyRatio;
  console.log(`${c.samples} example Bundles, ${(c.bytes / 1024).toFixed(0)} KB; each figure a median over rounds of its time over JSON.parse's, the two timed side by side`);
  console.log(`compiled validators: the package's dist/esm in plain node processes, each figure the median over ${runs.length}; baseline JSON.parse there: ${c.parse.toFixed(2)} ms`);
  const target = (r: number): string => `(target <= 1.0x: ${r <= 1 ? 'met' : 'NOT met'})`;
  console.log(`compiled validators warmed up by ${c.tierUpPasses} passes per message (until V8 has optimised what the examples use), then ${c.warmUpMs} ms before each figure:`);
  console.log(`compiled validate(), steady state (pass after pass over values parsed before, against JSON.parse pass after pass): ${c.validateSteady.toFixed(2)} ms = ${c.validateSteadyRatio.toFixed(2)}x JSON.parse (${rangeOf(runs, (r) => r.validateSteadyRatio)}) ${target(c.validateSteadyRatio)}`);
  console.log(`compiled validate(), per message (each text parsed, then the value just parsed validated): ${c.validate.toFixed(2)} ms = ${c.validateRatio.toFixed(2)}x JSON.parse (${rangeOf(runs, (r) => r.validateRatio)}) ${target(c.validateRatio)}`);
  console.log(`compiled isValid() per message (the boolean fast path, stops at the first error; most examples have some): ${c.isValidRatio.toFixed(2)}x JSON.parse`);
  console.log(`compiled validate(), first pass before any warm-up: ${c.firstPass.toFixed(2)} ms = ${ratio(c.firstPass)}`);
  console.log(`compiled validate(), per message after ${c.warmUpMs} ms of warm-up only (V8 still optimising): ${c.validateEarlyRatio.toFixed(2)}x JSON.parse`);
  console.log(
    `${c.conformant} conformant resources from those Bundles (no issue at all), per message: validate() ${c.conformantValidateRatio.toFixed(2)}x JSON.parse, ` +
      `isValid() ${c.conformantIsValidRatio.toFixed(2)}x`,
  );
  console.log(`interpreter and FHIR.js after ${WARM_UP_MS} ms of warm-up each:`);
  console.log(`interpreter, steady state (this process, its own JSON.parse baseline): validate() ${ir.toFixed(2)}x JSON.parse: compiled is ${(ir / compiled).toFixed(1)}x faster; isValid() ${fast.toFixed(2)}x`);
  console.log(`FHIR.js validate(), steady state (base spec only, no profiles): ${fhirjs.toFixed(2)}x JSON.parse: compiled (with profiles) is ${(fhirjs / compiled).toFixed(1)}x ${fhirjs >= compiled ? 'faster' : 'SLOWER'}`);
}
