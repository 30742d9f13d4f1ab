/**
 * The diff report as Markdown (GitHub-flavoured): a summary with the suggested version bump, then
 * removed, added and changed declarations, each change in a table row with its classification. Every value
 * from a profile is escaped (profiles are input, and a `|` or `<` in an element id must not break the table
 * or inject markup).
 */
import { CHANGE_RULES, type Change, type DiffReport, type StructureDiff } from './types.js';

/** Plain text in a table cell: Markdown punctuation, HTML and newlines neutralised. */
export function mdText(value: string): string {
  return value
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A code span that survives any content: a fence longer than the longest backtick run, `|` escaped for tables. */
export function mdCode(value: string): string {
  const flat = value.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function breaksText(change: Change): string {
  return change.breaking ? `**breaking** (${change.breaks.join(', ')})` : 'no';
}

function versionText(from: string | undefined, to: string | undefined): string {
  if (from === to) return from ?? 'no version';
  return `${from ?? '-'} → ${to ?? '-'}`;
}

function declarationTable(structures: readonly StructureDiff[], side: 'from' | 'to'): string[] {
  const lines = ['| type | kind | canonical URL | version | package |', '|---|---|---|---|---|'];
  for (const s of structures) {
    const name = s.typeName[side] ?? '';
    lines.push(`| ${mdCode(name)} | ${s.category} | ${mdText(s.url)} | ${mdText(s.version[side] ?? '')} | ${mdText(s.package[side] ?? '')} |`);
  }
  return lines;
}

function changedSection(s: StructureDiff): string[] {
  const name = s.typeName.to ?? s.typeName.from ?? s.url;
  const renamed = s.typeName.from !== undefined && s.typeName.from !== s.typeName.to ? ` (was ${mdCode(s.typeName.from)})` : '';
  const generated = [s.snapshotGenerated.from ? 'old' : undefined, s.snapshotGenerated.to ? 'new' : undefined].filter(Boolean);
  const lines = [`### ${mdCode(name)}${renamed}`, ''];
  lines.push(`${s.category}, ${mdText(s.url)}, version ${mdText(versionText(s.version.from, s.version.to))}`);
  if (generated.length > 0) lines.push(`(snapshot generated from the differential in the ${generated.join(' and ')} build)`);
  lines.push('', '| change | element | from | to | breaks | detail |', '|---|---|---|---|---|---|');
  for (const c of s.changes) {
    const cell = (v: string | undefined) => (v === undefined ? '' : mdText(v));
    lines.push(`| ${CHANGE_RULES[c.kind].title} | ${c.element ? mdCode(c.element) : ''} | ${cell(c.from)} | ${cell(c.to)} | ${breaksText(c)} | ${cell(c.detail)} |`);
  }
  lines.push('');
  return lines;
}

export function renderMarkdown(report: DiffReport): string {
  const { counts } = report;
  const removed = report.structures.filter((s) => s.status === 'removed');
  const added = report.structures.filter((s) => s.status === 'added');
  const changed = report.structures.filter((s) => s.status === 'changed');
  const lines = [
    `# API diff: ${mdCode(report.from.label)} → ${mdCode(report.to.label)}`,
    '',
    `Suggested version bump for the generated package: **${report.bump}** (${counts.breakingChanges} breaking, ${counts.nonBreakingChanges} non-breaking changes).`,
    '',
    '| | old | new |',
    '|---|---|---|',
    `| packages | ${report.from.packages.map(mdText).join(', ')} | ${report.to.packages.map(mdText).join(', ')} |`,
    `| declarations | ${report.from.structureCount} | ${report.to.structureCount} |`,
    '',
    '| declarations | count |',
    '|---|---|',
    `| added | ${counts.added} |`,
    `| removed | ${counts.removed} |`,
    `| changed | ${counts.changed} |`,
    `| unchanged | ${counts.unchanged} (${counts.versionOnly} of them with a new version only) |`,
    '',
    'A change is **breaking** for *writers* when a resource the old package accepted is rejected by the new one, and for',
    '*readers* when code written against the old generated types no longer compiles. Documentation text is not compared.',
    '',
  ];
  if (removed.length > 0) lines.push('## Removed declarations', '', ...declarationTable(removed, 'from'), '');
  if (added.length > 0) lines.push('## Added declarations', '', ...declarationTable(added, 'to'), '');
  if (changed.length > 0) lines.push('## Changed declarations', '', ...changed.flatMap(changedSection));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The report as JSON: every key present (undefined becomes null), two-space indent. */
export function renderJson(report: DiffReport): string {
  return `${JSON.stringify(report, (_key, value: unknown) => (value === undefined ? null : value), 2)}\n`;
}
