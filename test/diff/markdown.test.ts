/** The Markdown report: values from profiles are escaped, and the layout is what reviewers read. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mdCode, mdText, renderJson, renderMarkdown } from '../../generator/diff/markdown.js';
import { makeChange, type DiffReport } from '../../generator/diff/types.js';

const report: DiffReport = {
  from: { label: 'p#1.0.0', packages: ['p#1.0.0'], structureCount: 2 },
  to: { label: 'p#2.0.0', packages: ['p#2.0.0'], structureCount: 2 },
  bump: 'major',
  counts: { added: 0, removed: 0, changed: 1, unchanged: 1, versionOnly: 0, breakingChanges: 1, nonBreakingChanges: 0 },
  structures: [
    {
      url: 'http://test.org/StructureDefinition/P',
      status: 'changed',
      category: 'profile',
      typeName: { from: 'P', to: 'P' },
      version: { from: '1.0.0', to: '2.0.0' },
      package: { from: 'p#1.0.0', to: 'p#2.0.0' },
      snapshotGenerated: { from: false, to: true },
      changes: [makeChange('fixed-changed', 'Patient.a|b', 'Code "x|y"', 'Code "<script>"', 'line one\nline two')],
    },
  ],
};

describe('diff report as Markdown', () => {
  it('escapes table cells: pipes, markup, HTML and newlines', () => {
    assert.equal(mdText('a|b *c* <i>\nd'), 'a\\|b \\*c\\* &lt;i&gt; d');
    assert.equal(mdCode('Patient.a|b'), '`Patient.a\\|b`');
    assert.equal(mdCode('x`y'), '``x`y``');
    assert.equal(mdCode('`x'), '`` `x ``');
  });

  it('renders the summary and one table row per change', () => {
    const text = renderMarkdown(report);
    assert.match(text, /^# API diff: `p#1\.0\.0` → `p#2\.0\.0`\n/);
    assert.match(text, /Suggested version bump for the generated package: \*\*major\*\* \(1 breaking, 0 non-breaking changes\)\./);
    assert.match(text, /\(snapshot generated from the differential in the new build\)/);
    const rows = text.split('\n').filter((line) => line.startsWith('| fixed value changed'));
    assert.deepEqual(rows, ['| fixed value changed | `Patient.a\\|b` | Code "x\\|y" | Code "&lt;script&gt;" | **breaking** (writers, readers) | line one line two |']);
  });

  it('writes JSON with every key present (undefined as null)', () => {
    const json = JSON.parse(renderJson({ ...report, structures: [{ ...report.structures[0]!, typeName: { from: undefined, to: 'P' } }] })) as DiffReport;
    assert.equal(json.structures[0]?.typeName.from, null);
  });
});
