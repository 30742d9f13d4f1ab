/**
 * `diff` on the two GP Connect package sets in ../shared/fhir-packages, through the CLI, with spot checks
 * against what the StructureDefinitions and ValueSets say (each was checked by hand against the JSON; see
 * docs/diff.md). The same checks run on the committed example report, so it cannot silently go wrong.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { main } from '../../generator/cli.js';
import { renderMarkdown } from '../../generator/diff/markdown.js';
import type { ChangeKind, DiffReport } from '../../generator/diff/types.js';
import { PACKAGE_CACHE, REPO_ROOT } from '../helpers/paths.js';

const OLD = 'nhsconnect.gpconnect-fhir#1.5.0';
const NEW = 'nhsconnect.stu3-fhir-assets.gpconnect#0.0.0-develop.4543c050';
const EXAMPLE = path.join(REPO_ROOT, 'examples/diff/gpconnect-1.5.0-vs-stu3-fhir-assets');
const SD = 'https://fhir.nhs.uk/STU3/StructureDefinition';

/** Parses a JSON report with nulls read back as absent (as the renderer expects undefined). */
function readReport(file: string): DiffReport {
  return JSON.parse(fs.readFileSync(file, 'utf8'), (_key, value: unknown) => (value === null ? undefined : value)) as DiffReport;
}

function change(report: DiffReport, url: string, kind: ChangeKind, element: string | undefined) {
  const structure = report.structures.find((s) => s.url === url);
  return structure?.changes.find((c) => c.kind === kind && c.element === element);
}

/** [what the source files say, check]. */
const SPOT_CHECKS: Array<[string, (r: DiffReport) => void]> = [
  ['Condition-1: id 1..1 in 1.0.0, 0..1 in 1.1.0', (r) => assert.equal(change(r, `${SD}/CareConnect-GPC-Condition-1`, 'became-optional', 'Condition.id')?.breaks.join(), 'readers')],
  ['MedicationStatement-1: basedOn 1..1 in 1.7.0, 0..1 in 1.9.0', (r) => assert.ok(change(r, `${SD}/CareConnect-GPC-MedicationStatement-1`, 'became-optional', 'MedicationStatement.basedOn'))],
  ['Practitioner-1: name.family 1..1 in 1.2.0, 0..1 in 1.3.0', (r) => assert.ok(change(r, `${SD}/CareConnect-GPC-Practitioner-1`, 'became-optional', 'Practitioner.name.family'))],
  [
    'ProblemHeader-Condition-1 (differential-only in the new set): problemSignificance 1..1 -> 0..1',
    (r) => assert.equal(change(r, `${SD}/CareConnect-GPC-ProblemHeader-Condition-1`, 'became-optional', 'Condition.extension:problemSignificance')?.to, '0..1'),
  ],
  [
    'PrescriptionType-1: CodeSystem lost acute-handwritten (5 -> 4 codes), breaking',
    (r) => {
      const c = change(r, `${SD}/Extension-CareConnect-GPC-PrescriptionType-1`, 'codes-narrowed', 'Extension.value[x]');
      assert.ok(c?.breaking);
      assert.match(c?.detail ?? '', /\|acute-handwritten$/);
    },
  ],
  [
    'OperationOutcome-1: Spine-ErrorOrWarningCode gained PRECONDITION_FAILED (44 -> 45), not breaking',
    (r) => {
      const c = change(r, `${SD}/GPConnect-OperationOutcome-1`, 'codes-widened', 'OperationOutcome.issue.details');
      assert.equal(c?.breaking, false);
      assert.match(c?.detail ?? '', /\|PRECONDITION_FAILED$/);
    },
  ],
  [
    'PractitionerRole-1: SDS job role system moved from fhir.nhs.uk to fhir.hl7.org.uk',
    (r) => assert.match(change(r, `${SD}/CareConnect-GPC-PractitionerRole-1`, 'fixed-changed', 'PractitionerRole.code:sdsJobRoleName.coding.system')?.to ?? '', /fhir\.hl7\.org\.uk/),
  ],
  ['MedicationRequest-1: medication[x] Reference -> CodeableConcept | Reference', (r) => assert.ok(change(r, `${SD}/CareConnect-GPC-MedicationRequest-1`, 'types-widened', 'MedicationRequest.medication[x]'))],
  [
    'MedicationRepeatInformation-1: numberOfRepeatPrescriptionsAllowed positiveInt -> unsignedInt',
    (r) => assert.ok(change(r, `${SD}/Extension-CareConnect-GPC-MedicationRepeatInformation-1`, 'types-narrowed', 'Extension.extension:numberOfRepeatPrescriptionsAllowed.value[x]')),
  ],
  [
    'CareConnect-HealthcareService-1 is shipped by gpconnect-fhir 1.5.0 only',
    (r) => assert.equal(r.structures.find((s) => s.url === 'https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-HealthcareService-1')?.status, 'removed'),
  ],
  ['GPConnect-Task-1 is new', (r) => assert.equal(r.structures.find((s) => s.url === `${SD}/GPConnect-Task-1`)?.status, 'added')],
  [
    'Location-1 1.1.0 -> 1.3.0 and Patient-1 (1.8.0 both) have the same elements: not listed',
    (r) => {
      assert.equal(r.structures.find((s) => s.url === `${SD}/CareConnect-GPC-Location-1`), undefined);
      assert.equal(r.structures.find((s) => s.url === `${SD}/CareConnect-GPC-Patient-1`), undefined);
    },
  ],
  ['core types are the same on both sides', (r) => assert.equal(r.structures.filter((s) => s.url.startsWith('http://hl7.org/fhir/')).length, 0)],
  ['breaking changes make the suggested bump major', (r) => assert.equal(r.bump, 'major')],
];

describe('diff: GP Connect 1.5.0 vs STU3-FHIR-Assets', () => {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gpc-diff-'));
  const out = path.join(temp, 'report.json');
  let live: DiffReport | undefined;
  let exitCode: number | undefined;
  after(() => fs.rmSync(temp, { recursive: true, force: true }));

  it('runs through the CLI and exits 1 with --fail-on-breaking', async () => {
    exitCode = await main(['diff', '--from', OLD, '--to', NEW, '--cache', PACKAGE_CACHE, '--offline', '--format', 'json', '--out', out, '--fail-on-breaking'], REPO_ROOT);
    assert.equal(exitCode, 1);
    live = readReport(out);
    assert.equal(live.from.label, OLD);
    assert.deepEqual(live.to.packages, [NEW, 'hl7.fhir.core#3.0.1', 'nhsconnect.gpconnect-fhir.careconnect-base#1.5.0']);
  });

  for (const [name, check] of SPOT_CHECKS) {
    it(`live report: ${name}`, () => {
      assert.ok(live, 'the diff ran');
      check(live);
    });
    it(`committed example: ${name}`, () => check(readReport(`${EXAMPLE}.json`)));
  }

  it('the committed Markdown example is the rendering of the committed JSON', () => {
    assert.equal(fs.readFileSync(`${EXAMPLE}.md`, 'utf8'), renderMarkdown(readReport(`${EXAMPLE}.json`)));
  });

  it('exits 2 naming the missing side when --to is not given', async () => {
    assert.equal(await main(['diff', '--from', OLD], REPO_ROOT), 2);
  });
});
