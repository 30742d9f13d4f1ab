/**
 * Differential test: the compiled validators (the generated package) and the interpreter over the IR
 * give the same OperationOutcome for every example in ../shared/examples, and both fast paths agree
 * with it. A guard proves the compiled path really ran: the generated dispatcher's registry is
 * instrumented, and generated check functions must be called for every example.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EXAMPLES } from '../helpers/paths.js';
import { errors, validatorPackage, type ValidatorPackage } from './support/package.js';

type Check = (...args: unknown[]) => boolean;
interface Registry {
  byUrl: (url: string) => { check: Check; type: string; isResource: boolean } | undefined;
  byType: (type: string) => Check | undefined;
}

function exampleFiles(): string[] {
  const files: string[] = [];
  for (const dir of fs.readdirSync(EXAMPLES).sort()) {
    const full = path.join(EXAMPLES, dir);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const file of fs.readdirSync(full).sort()) if (file.endsWith('.json')) files.push(path.join(full, file));
  }
  return files;
}

let p: ValidatorPackage;
let registry: Registry;
let original: Registry;
let compiledCalls = 0;

function counting(check: Check): Check {
  return (...args) => {
    compiledCalls++;
    return check(...args);
  };
}

before(async () => {
  p = await validatorPackage();
  registry = p.dispatch.registry as unknown as Registry;
  original = { byUrl: registry.byUrl, byType: registry.byType };
  registry.byUrl = (url) => {
    const known = original.byUrl(url);
    return known && { ...known, check: counting(known.check) };
  };
  registry.byType = (type) => {
    const check = original.byType(type);
    return check && counting(check);
  };
});

after(() => {
  if (registry) Object.assign(registry, original);
});

describe('compiled and interpreted validators agree', () => {
  const files = exampleFiles();

  it('finds the shared examples', () => assert.ok(files.length >= 60, `${files.length} examples`));

  it('looks up generated check functions, not the interpreter', () => {
    assert.equal(original.byType('Patient')?.name, 'checkPatient');
    assert.equal(original.byUrl('https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1')?.check.name, 'checkCareConnectGPCPatient1');
  });

  for (const file of files) {
    it(path.relative(EXAMPLES, file), () => {
      const json: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
      const before = compiledCalls;
      const compiled = p.pkg.validate(json);
      assert.ok(compiledCalls > before, 'the compiled checks ran');
      const interpreted = p.interpreter.validate(json);
      assert.deepEqual(compiled, interpreted);
      assert.equal(p.interpreter.isValid(json), errors(compiled).length === 0);
      assert.equal(p.pkg.isValid(json), errors(compiled).length === 0, 'the root isValid() agrees with validate()');
    });
  }
});

describe('the root isValid() agrees with validate() on any input and options', () => {
  const profile = 'https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1';
  const cases: Array<[string, unknown, unknown]> = [
    ['undefined', undefined, undefined],
    ['null', null, undefined],
    ['a number', 5, undefined],
    ['an empty object', {}, undefined],
    ['an unknown resourceType', { resourceType: 'NotAResource' }, undefined],
    ['a valid base Patient', { resourceType: 'Patient', id: 'p' }, undefined],
    ['a base Patient against the GP Connect profile', { resourceType: 'Patient', id: 'p' }, { profile }],
    ['a versioned profile', { resourceType: 'Patient', id: 'p' }, { profile: `${profile}|1.0.0` }],
    ['an unknown profile', { resourceType: 'Patient' }, { profile: 'http://example.org/none' }],
    ['a profile that is not a string', { resourceType: 'Patient' }, { profile: 5 }],
    ['options that throw when read', { resourceType: 'Patient' }, Object.defineProperty({}, 'profile', { get: () => { throw new Error('no'); } })],
  ];
  for (const [name, value, options] of cases) {
    it(name, () => {
      const outcome = p.pkg.validate(value, options as { profile?: string });
      assert.equal(p.pkg.isValid(value, options as { profile?: string }), errors(outcome).length === 0);
    });
  }
});
