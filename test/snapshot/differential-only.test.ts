/**
 * The six differential-only StructureDefinitions of the newer STU3-FHIR-Assets GP Connect set: their
 * snapshots must generate without errors. Their bases are core resources; the profiles they name are
 * resolved from that set first (its newer versions), then GP Connect 1.5.0, CareConnect base and core,
 * by canonical URL after trimming whitespace. No published snapshot exists to compare with, so the
 * checks are structural: every differential element lands in the snapshot, ids are unique, and the
 * only warnings are about type profiles that exist in none of the packages (a known data gap).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateSnapshot } from '../../generator/ir/snapshot/index.js';
import { normaliseId } from './normalise.js';
import { CARECONNECT, CORE, DefinitionIndex, GPCONNECT, STU3_ASSETS, loadPackage } from './package-index.js';

const DIFFERENTIAL_ONLY = [
  'CareConnect-GPC-Encounter-1',
  'CareConnect-GPC-ProblemHeader-Condition-1',
  'GPConnect-Appointment-1',
  'Extension-GPConnect-PractitionerRole-1',
  'CareConnect-GPC-ClinicalImpression-1',
  'CareConnect-GPC-MedicationDispense-1',
];

const assets = loadPackage(STU3_ASSETS);
const index = new DefinitionIndex([assets, loadPackage(GPCONNECT), loadPackage(CARECONNECT), loadPackage(CORE)]);

test('the six differential-only GP Connect profiles get snapshots', (t) => {
  const found = assets.filter((entry) => !entry.sd.snapshot?.element?.length);
  assert.deepEqual(found.map((e) => e.file.replace(/^StructureDefinition-|\.json$/g, '')).sort(), [...DIFFERENTIAL_ONLY].sort());
  for (const entry of found) {
    const sd = entry.sd;
    const { element, warnings } = generateSnapshot(sd, index.resolve);
    const differential = sd.differential!.element;
    t.diagnostic(`${entry.file.replace(/^StructureDefinition-|\.json$/g, '')}: ${differential.length} differential -> ${element.length} snapshot elements, ${warnings.length} warnings`);
    for (const warning of warnings) t.diagnostic(`  warning: ${warning}`);

    const ids = element.map((e) => normaliseId(e.id!, e.path));
    assert.equal(new Set(ids).size, ids.length, `${entry.file}: ids are unique`);
    assert.equal(element[0]!.path, sd.type, `${entry.file}: the root keeps the type name`);
    for (const e of differential) {
      assert.ok(ids.includes(normaliseId(e.id ?? e.path, e.path)), `${entry.file}: differential ${e.id ?? e.path} is in the snapshot`);
    }
    for (const warning of warnings) assert.match(warning, /type profile \S+ not found/);
  }
});
