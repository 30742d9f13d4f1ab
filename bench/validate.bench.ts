/**
 * Validation benchmark over the GP Connect example Bundles in ../shared/examples, all figures from the
 * same run: the compiled validators of the committed generated/ package (`validate`, and the boolean
 * fast path) as a ratio to `JSON.parse` of the same text; against the IR interpreter (the oracle);
 * and against FHIR.js (`fhir` 4.12, STU3 definitions loaded, which checks the base spec only).
 *
 * Validators run warm (a service validates message after message): each function is run for at
 * least {@link WARM_UP_MS} before it is timed, as V8 optimises the large generated functions only
 * after many calls. The very first pass, before any warm-up, is printed too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Fhir } from 'fhir';
import { buildStu3Parser, selectXmlDefinitionResources } from '../generator/load/xml-definitions.js';
import { createIrValidator } from '../generator/validate/index.js';
import { loadDefaultBuild } from '../test/helpers/default-build.js';
import { EXAMPLES, PACKAGE_CACHE } from '../test/helpers/paths.js';

const DIST = new URL('../generated/dist/esm/', import.meta.url).href;

interface Sample {
  readonly text: string;
  readonly json: unknown;
}

function bundles(): Sample[] {
  const samples: Sample[] = [];
  for (const folder of fs.readdirSync(EXAMPLES, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of fs.readdirSync(path.join(EXAMPLES, folder.name)).filter((f) => f.endsWith('.Bundle.json')).sort()) {
      const text = fs.readFileSync(path.join(EXAMPLES, folder.name, file), 'utf8');
      samples.push({ text, json: JSON.parse(text) });
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

interface GeneratedPackage {
  readonly validate: (r: unknown) => { readonly issue: ReadonlyArray<{ readonly severity: string; readonly code: string }> };
  readonly isValid: (r: unknown) => boolean;
}

/**
 * The resources of the example Bundles that the validator accepts without any warning (only the
 * "No issues detected" information): the path conformant messages take, where nothing is reported.
 */
function conformantEntries(samples: readonly Sample[], generated: GeneratedPackage): Sample[] {
  const out: Sample[] = [];
  for (const sample of samples) {
    const entries = (sample.json as { entry?: Array<{ resource?: unknown }> }).entry ?? [];
    for (const entry of entries) {
      if (entry.resource === undefined) continue;
      if (generated.validate(entry.resource).issue.every((i) => i.code === 'informational')) out.push({ text: JSON.stringify(entry.resource), json: entry.resource });
    }
  }
  return out;
}

export async function benchValidate(): Promise<void> {
  const samples = bundles();
  const bytes = samples.reduce((n, s) => n + s.text.length, 0);
  // The compiled JavaScript of the package (dist/esm), what a consumer's Node.js runs.
  const generated = (await import(DIST + 'index.js')) as GeneratedPackage;
  const firstPass = pass(samples, (s) => generated.validate(s.json));
  const conformant = conformantEntries(samples, generated);
  const isValid = (r: unknown): boolean => generated.isValid(r);

  const rounds = 30;
  const parse = measure(samples, rounds, (s) => JSON.parse(s.text));
  const compiled = measure(samples, rounds, (s) => generated.validate(s.json));
  const conformantParse = measure(conformant, rounds, (s) => JSON.parse(s.text));
  const conformantValidate = measure(conformant, rounds, (s) => generated.validate(s.json));
  const conformantIs = measure(conformant, rounds, (s) => isValid(s.json));
  // The interpreter's model and FHIR.js's definitions are loaded only now: the hundreds of MB they
  // hold make every garbage collection of the compiled validator's measurement slower (a service
  // using the generated package holds none of that).
  const { model } = await loadDefaultBuild();
  const interpreter = createIrValidator(model);
  const core = path.join(PACKAGE_CACHE, 'hl7.fhir.core#3.0.1', 'package');
  const coreResources = fs.readdirSync(core).filter((f) => /^(StructureDefinition|ValueSet|CodeSystem)-/.test(f)).map((f) => JSON.parse(fs.readFileSync(path.join(core, f), 'utf8')) as unknown);
  const fhirJs = new Fhir(buildStu3Parser(selectXmlDefinitionResources(coreResources)));
  const ir = measure(samples, 5, (s) => interpreter.validate(s.json));
  const fast = measure(samples, rounds, (s) => interpreter.isValid(s.json));
  const fhirjs = measure(samples, 5, (s) => fhirJs.validate(s.json as object));
  console.log(`${samples.length} example Bundles, ${(bytes / 1024).toFixed(0)} KB; median of ${rounds} passes (interpreter and FHIR.js: 5), each after ${WARM_UP_MS} ms of warm-up`);
  console.log(`baseline JSON.parse: ${parse.toFixed(2)} ms`);
  console.log(`compiled validate(): ${compiled.toFixed(2)} ms = ${(compiled / parse).toFixed(2)}x JSON.parse (target <= 1.0x)`);
  console.log(`compiled validate(), first pass before any warm-up: ${firstPass.toFixed(2)} ms = ${(firstPass / parse).toFixed(2)}x JSON.parse`);
  console.log(
    `${conformant.length} conformant resources from those Bundles (no issue at all): validate() ${(conformantValidate / conformantParse).toFixed(2)}x JSON.parse, ` +
      `isValid() (the boolean fast path) ${(conformantIs / conformantParse).toFixed(2)}x`,
  );
  console.log(`interpreter validate(): ${ir.toFixed(2)} ms: compiled is ${(ir / compiled).toFixed(1)}x faster`);
  console.log(`interpreter isValid() (fast path, stops at the first error; most examples have some): ${fast.toFixed(2)} ms = ${(fast / parse).toFixed(2)}x JSON.parse`);
  console.log(`FHIR.js validate() (base spec only, no profiles): ${fhirjs.toFixed(2)} ms: compiled (with profiles) is ${(fhirjs / compiled).toFixed(1)}x ${fhirjs >= compiled ? 'faster' : 'SLOWER'}`);
}
