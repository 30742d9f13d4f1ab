/**
 * Regenerates the snapshot of every StructureDefinition that ships one in the GP Connect 1.5.0 and
 * CareConnect base packages (98), from its differential and its base's published snapshot, and compares
 * it with the published one element by element. What is compared, and why that is fair, is in
 * compare.ts and normalise.ts; known differences are in published-exceptions.ts, each with its reason.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateSnapshot } from '../../generator/ir/snapshot/index.js';
import type { ElementDefinitionJson } from '../../generator/ir/snapshot/json-types.js';
import { relativeIds } from './base-lookup.js';
import { compareSnapshots, type Comparison, type Mismatch } from './compare.js';
import { COMPARED, comparable, normaliseId } from './normalise.js';
import { CARECONNECT, CORE, DefinitionIndex, GPCONNECT, loadPackage, type IndexedDefinition } from './package-index.js';
import { PUBLISHED_EXCEPTIONS, type PublishedException } from './published-exceptions.js';

const gpconnect = loadPackage(GPCONNECT);
const careconnect = loadPackage(CARECONNECT);
const index = new DefinitionIndex([gpconnect, careconnect, loadPackage(CORE)]);

interface Row {
  readonly entry: IndexedDefinition;
  readonly generated: ElementDefinitionJson[];
  readonly comparison: Comparison;
  readonly excused: Mismatch[];
  readonly unexcused: Mismatch[];
}

function exceptionFor(url: string | undefined, mismatch: Mismatch): PublishedException | undefined {
  return PUBLISHED_EXCEPTIONS.find(
    (e) => e.profile === url && (mismatch.id === e.under || mismatch.id.startsWith(`${e.under}.`)),
  );
}

const rows: Row[] = [...gpconnect, ...careconnect]
  .filter((entry) => entry.sd.snapshot?.element?.length)
  .map((entry) => {
    const differentialOnly = structuredClone(entry.sd);
    delete differentialOnly.snapshot;
    const generated = generateSnapshot(differentialOnly, index.resolve).element;
    const comparison = compareSnapshots(generated, entry.sd.snapshot!.element, index.resolve);
    const excused = comparison.mismatches.filter((m) => exceptionFor(entry.sd.url, m));
    const unexcused = comparison.mismatches.filter((m) => !exceptionFor(entry.sd.url, m));
    return { entry, generated, comparison, excused, unexcused };
  });

function table(): string[] {
  const header = ['package', 'profile', 'generated', 'published', 'matched', 'unexpanded ok', 'ext slicing rule', 'excused', 'mismatches'];
  const lines = rows.map((r) => [
    r.entry.packageId.split('#')[0]!,
    r.entry.file.replace(/^StructureDefinition-|\.json$/g, ''),
    r.generated.length,
    r.entry.sd.snapshot!.element.length,
    r.comparison.matched,
    r.comparison.unexpandedChecked,
    r.comparison.extensionSlicingRule,
    r.excused.length,
    r.unexcused.length,
  ].map(String));
  const sum = (i: number) => String(lines.reduce((total, line) => total + Number(line[i]), 0));
  const totals = ['TOTAL', `${rows.length} profiles`, sum(2), sum(3), sum(4), sum(5), sum(6), sum(7), sum(8)];
  const all = [header, ...lines, totals];
  const widths = header.map((_, i) => Math.max(...all.map((line) => line[i]!.length)));
  return all.map((line) => line.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | '));
}

test('every published GP Connect / CareConnect snapshot regenerates from its differential', (t) => {
  assert.equal(rows.length, 98);
  for (const line of table()) t.diagnostic(line);
  t.diagnostic(`compared properties: id (normalised), ${COMPARED.join(', ')}`);
});

test('generated snapshots agree with the published ones, apart from the listed exceptions', () => {
  const unexcused = rows.flatMap((r) => r.unexcused.map((m) => `${r.entry.sd.url} ${JSON.stringify(m)}`));
  assert.deepEqual(unexcused, []);
});

test('every exception excuses something, and there our snapshot equals the extension definition', () => {
  for (const exception of PUBLISHED_EXCEPTIONS) {
    const row = rows.find((r) => r.entry.sd.url === exception.profile);
    assert.ok(row, `no profile ${exception.profile}`);
    assert.ok(row.excused.some((m) => exceptionFor(exception.profile, m) === exception), `unused exception ${exception.under}`);
    const definition = index.resolve(exception.definition)?.snapshot?.element;
    assert.ok(definition, `definition ${exception.definition} not found`);
    const restated = new Set(row.entry.sd.differential!.element.map((e) => normaliseId(e.id ?? e.path, e.path)));
    assertSubtreeFollows(row.generated, exception.under, definition, restated);
  }
});

/**
 * Our subtree at `under` says what the definition says: the root's cardinality, and every child the
 * profile's differential does not itself constrain (`restated`: normalised ids).
 */
function assertSubtreeFollows(
  generated: readonly ElementDefinitionJson[],
  under: string,
  definition: readonly ElementDefinitionJson[],
  restated: ReadonlySet<string>,
): void {
  const byId = new Map(generated.map((e) => [normaliseId(e.id!, e.path), e]));
  const root = byId.get(under);
  assert.ok(root, `no ${under} generated`);
  assert.deepEqual([root.min, root.max], [definition[0]!.min, definition[0]!.max], `${under} cardinality`);
  const expected = relativeIds(definition);
  const children = [...byId].filter(([id]) => id.startsWith(`${under}.`));
  assert.equal(children.length, expected.size, `${under}: ${children.length} children, the definition has ${expected.size}`);
  for (const [id, element] of children) {
    const own = expected.get(id.slice(under.length + 1));
    assert.ok(own, `${id} is not in the definition`);
    if (restated.has(id)) continue;
    const ours = { ...comparable(element), path: '' };
    assert.deepEqual(ours, { ...comparable(own), path: '' }, id);
  }
}
