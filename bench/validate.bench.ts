/**
 * Validation benchmark over the GP Connect example Bundles in ../shared/examples, all figures from the
 * same run: the compiled validators of the committed generated/ package (`validate`, and the boolean
 * fast path) as a ratio to `JSON.parse` of the same text; against the IR interpreter (the oracle);
 * and against FHIR.js (`fhir` 4.12, STU3 definitions loaded, which checks the base spec only).
 *
 * Validators run warm (a service validates message after message): each function is run for at
 * least {@link WARM_UP_MS} before it is timed, as V8 optimises the large generated functions only
 * after many calls. The very first pass, before any warm-up, is printed too. The compiled
 * validators run in a plain `node` child process (bench/validate-compiled.mjs), as consumers run
 * them; the interpreter and FHIR.js run here, and every figure is a ratio to JSON.parse measured
 * in the same process.
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

/** Median milliseconds of `rounds` timed passes over all samples, after {@link WARM_UP_MS} of untimed passes. */
function measure(samples: readonly Sample[], rounds: number, work: (sample: Sample) => unknown): number {
  const warmUntil = performance.now() + WARM_UP_MS;
  while (performance.now() < warmUntil) pass(samples, work);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (const sample of samples) work(sample);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

/** What bench/validate-compiled.mjs prints (milliseconds). */
interface CompiledFigures {
  readonly samples: number;
  readonly bytes: number;
  readonly rounds: number;
  readonly parse: number;
  readonly validate: number;
  readonly isValid: number;
  readonly firstPass: number;
  readonly conformant: number;
  readonly conformantParse: number;
  readonly conformantValidate: number;
  readonly conformantIsValid: number;
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

export async function benchValidate(): Promise<void> {
  const samples = bundles();
  const c = measureCompiled(samples.map((s) => s.file));
  const ratio = (ms: number): string => `${(ms / c.parse).toFixed(2)}x JSON.parse`;
  const rounds = 5;
  // This process measures the interpreter and FHIR.js, each against its own JSON.parse baseline:
  // the compiled validators are compared with them through those ratios, as the two processes'
  // absolute speeds differ.
  const parse = measure(samples, rounds, (s) => JSON.parse(s.text));
  const { model } = await loadDefaultBuild();
  const interpreter = createIrValidator(model);
  const core = path.join(PACKAGE_CACHE, 'hl7.fhir.core#3.0.1', 'package');
  const coreResources = fs.readdirSync(core).filter((f) => /^(StructureDefinition|ValueSet|CodeSystem)-/.test(f)).map((f) => JSON.parse(fs.readFileSync(path.join(core, f), 'utf8')) as unknown);
  const fhirJs = new Fhir(buildStu3Parser(selectXmlDefinitionResources(coreResources)));
  const ir = measure(samples, rounds, (s) => interpreter.validate(s.json)) / parse;
  const fast = measure(samples, rounds, (s) => interpreter.isValid(s.json)) / parse;
  const fhirjs = measure(samples, rounds, (s) => fhirJs.validate(s.json as object)) / parse;
  const compiled = c.validate / c.parse;
  console.log(`${c.samples} example Bundles, ${(c.bytes / 1024).toFixed(0)} KB; median of ${c.rounds} passes (interpreter and FHIR.js: ${rounds}), each after ${WARM_UP_MS} ms of warm-up`);
  console.log(`compiled validators: the package's dist/esm in a plain node process; baseline JSON.parse there: ${c.parse.toFixed(2)} ms`);
  console.log(`compiled validate(): ${c.validate.toFixed(2)} ms = ${ratio(c.validate)} (target <= 1.0x)`);
  console.log(`compiled isValid() (the boolean fast path, stops at the first error; most examples have some): ${ratio(c.isValid)}`);
  console.log(`compiled validate(), first pass before any warm-up: ${c.firstPass.toFixed(2)} ms = ${ratio(c.firstPass)}`);
  console.log(
    `${c.conformant} conformant resources from those Bundles (no issue at all): validate() ${(c.conformantValidate / c.conformantParse).toFixed(2)}x JSON.parse, ` +
      `isValid() ${(c.conformantIsValid / c.conformantParse).toFixed(2)}x`,
  );
  console.log(`interpreter (this process, baseline JSON.parse ${parse.toFixed(2)} ms): validate() ${ir.toFixed(2)}x JSON.parse: compiled is ${(ir / compiled).toFixed(1)}x faster; isValid() ${fast.toFixed(2)}x`);
  console.log(`FHIR.js validate() (base spec only, no profiles): ${fhirjs.toFixed(2)}x JSON.parse: compiled (with profiles) is ${(fhirjs / compiled).toFixed(1)}x ${fhirjs >= compiled ? 'faster' : 'SLOWER'}`);
}
