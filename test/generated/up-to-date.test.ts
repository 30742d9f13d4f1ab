/**
 * The committed generated/ folder is exactly what the default build produces now (the same check as
 * `gpconnect-codegen generate --check`, which is how CI fails on any diff), the golden modules are part
 * of it, and every StructureDefinition of the configured packages is accounted for: a declaration, or a
 * reasoned entry in the run summary.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { resolveConfig } from '../../generator/config.js';
import { generate, type GenerateResult } from '../../generator/generate.js';
import { GENERATED, PACKAGE_CACHE, REPO_ROOT } from '../helpers/paths.js';

/** The golden modules the issue names: real .ts files, type-checked with the whole package. */
export const GOLDEN = [
  'CareConnectGPCPatient1',
  'CareConnectGPCPractitioner1',
  'CareConnectGPCOrganization1',
  'GPConnectAppointment1',
  'GPConnectSlot1',
  'CareConnectGPCAllergyIntolerance1',
  'CareConnectGPCMedicationStatement1',
  'ExtensionCareConnectGPCRegistrationDetails1',
];

let result: GenerateResult;
before(async () => {
  const config = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'gpconnect-codegen.config.json'), 'utf8'));
  result = await generate(resolveConfig(config, REPO_ROOT), { check: true });
});

describe('the committed default build', () => {
  it('is up to date (regenerate with `npm run generate` when this fails)', () => {
    assert.deepEqual(result.stale?.slice(0, 20), []);
  });

  it('contains the golden modules, and the complex extension really is complex', () => {
    for (const module of GOLDEN) assert.ok(result.files.has(`src/${module}.ts`), module);
    const registration = result.files.get('src/ExtensionCareConnectGPCRegistrationDetails1.ts') ?? '';
    assert.match(registration, /extension\?: \(\s*\| ExtensionCareConnectGPCRegistrationDetails1RegistrationPeriod/, 'nested extensions of a complex extension are typed');
    assert.match(registration, /url: 'registrationPeriod';/, 'a nested extension has its relative url as a literal');
  });

  it('accounts for every StructureDefinition: declared, skipped with a reason, or a duplicate URL', () => {
    const declared = new Set(result.model.structures.map((s) => s.url));
    const skipped = new Map(result.summary.skipped.map((s) => [s.url, s.reason]));
    let files = 0;
    for (const pkg of ['hl7.fhir.core#3.0.1', 'nhsconnect.gpconnect-fhir#1.5.0', 'nhsconnect.gpconnect-fhir.careconnect-base#1.5.0']) {
      const dir = path.join(PACKAGE_CACHE, pkg, 'package');
      for (const file of fs.readdirSync(dir).filter((f) => f.startsWith('StructureDefinition-'))) {
        files++;
        const url = (JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { url: string }).url.trim();
        assert.ok(declared.has(url) || skipped.has(url), `${pkg}/${file} (${url}) has neither a declaration nor a reason`);
      }
    }
    assert.equal(files, 585 + 70 + 28);
    for (const reason of skipped.values()) assert.ok(reason.length > 10);
  });

  it('writes nothing non-deterministic (no timestamps, no absolute paths)', () => {
    // Example data may hold dates; a generation timestamp would hold today's.
    const today = new Date().toISOString().slice(0, 10);
    for (const [file, text] of result.files) {
      assert.ok(!text.includes(today), `${file} has today's date (${today}): a timestamp?`);
      assert.ok(!text.includes(REPO_ROOT), `${file} has an absolute path`);
    }
  });
});
