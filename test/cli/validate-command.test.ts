/**
 * The `validate` command: verdicts and exit codes (0 valid, 1 errors, 2 unusable input), text and JSON
 * output, and the same verdict as the IR validator it wraps. Runs main() in-process with stdout captured.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../generator/cli.js';
import { EXAMPLES, REPO_ROOT } from '../helpers/paths.js';

const ORGANIZATION = path.join(EXAMPLES, 'foundations/gpc-1.2.8-read-organization-response-payload-1.Organization.json');
// Its NHS number verification status uses a wrong code system (see test/reports/examples.md).
const PATIENT = path.join(EXAMPLES, 'foundations/gpc-1.2.8-read-patient-response-payload-1.Patient.json');

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    return { code: await main(args, REPO_ROOT), stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

describe('gpconnect-codegen validate', () => {
  it('exits 0 for a valid instance, 1 when any file has an error, and names the issue path', async () => {
    const valid = await run(['validate', ORGANIZATION]);
    assert.equal(valid.code, 0, valid.stdout + valid.stderr);
    assert.match(valid.stdout, /: valid$/m);
    const invalid = await run(['validate', ORGANIZATION, PATIENT]);
    assert.equal(invalid.code, 1);
    assert.match(invalid.stdout, /Patient\.json: INVALID\n {2}error code-invalid Patient\.identifier\[0\]\.extension\[0\]/);
  });

  it('prints one OperationOutcome per file with --format json (an array for several)', async () => {
    const one = await run(['validate', '--format', 'json', ORGANIZATION]);
    assert.equal((JSON.parse(one.stdout) as { resourceType: string }).resourceType, 'OperationOutcome');
    const two = await run(['validate', '--format', 'json', ORGANIZATION, PATIENT]);
    const outcomes = JSON.parse(two.stdout) as Array<{ issue: Array<{ severity: string }> }>;
    assert.equal(outcomes.length, 2);
    assert.ok(outcomes[1]?.issue.some((i) => i.severity === 'error'));
  });

  it('validates against --profile, and exits 2 for an unknown profile, a missing file or a file that is not JSON', async () => {
    const asPatient = await run(['validate', '--profile', 'https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1', ORGANIZATION]);
    assert.equal(asPatient.code, 1, 'an Organization is not a GP Connect Patient');
    const unknown = await run(['validate', '--profile', 'http://example.org/none', ORGANIZATION]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /GPC401/);
    const missing = await run(['validate', path.join(REPO_ROOT, 'no-such-file.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /GPC402 .*no-such-file\.json/);
    const notJson = await run(['validate', path.join(REPO_ROOT, 'README.md')]);
    assert.equal(notJson.code, 2);
    assert.match(notJson.stderr, /GPC402 unusable instance file: not JSON/);
  });
});
