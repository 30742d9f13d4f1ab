/** The run summary: what was generated, what was not and why, and what could not be resolved. */
import type { IrModel } from './ir/types.js';
import type { NameCollision } from './plan/names.js';
import type { Plan } from './plan/plan.js';

export interface RunSummary {
  readonly packages: readonly string[];
  /** Declarations generated, by kind: resource, complex-type, primitive-type, profile, extension. */
  readonly generated: Readonly<Record<string, number>>;
  readonly structureCount: number;
  readonly skipped: IrModel['skipped'];
  readonly excluded: readonly string[];
  readonly unresolved: IrModel['unresolved'];
  readonly duplicates: IrModel['duplicates'];
  readonly collisions: readonly NameCollision[];
  readonly warnings: readonly string[];
  readonly snapshotsGenerated: readonly string[];
}

function category(kind: string, derivation: string, type: string): string {
  if (derivation === 'specialization') return kind;
  return type === 'Extension' ? 'extension' : 'profile';
}

export function summarise(model: IrModel, plan: Plan, excluded: readonly string[]): RunSummary {
  const generated: Record<string, number> = {};
  for (const { structure } of plan.structures) {
    const key = category(structure.kind, structure.derivation, structure.type);
    generated[key] = (generated[key] ?? 0) + 1;
  }
  return {
    packages: model.packages.map((p) => p.key),
    generated,
    structureCount: plan.structures.length,
    skipped: model.skipped,
    excluded,
    unresolved: model.unresolved,
    duplicates: model.duplicates,
    collisions: plan.collisions,
    warnings: model.warnings,
    snapshotsGenerated: model.structures.filter((s) => s.snapshotGenerated).map((s) => s.url),
  };
}

export function formatSummary(summary: RunSummary, verbose: boolean): string {
  const lines: string[] = [];
  const counts = Object.entries(summary.generated).sort().map(([k, v]) => `${v} ${k}`).join(', ');
  lines.push(`Generated ${summary.structureCount} declarations (${counts}) from ${summary.packages.join(', ')}.`);
  if (summary.skipped.length > 0) {
    lines.push(`Skipped ${summary.skipped.length} StructureDefinitions:`);
    for (const s of summary.skipped) lines.push(`  - ${s.url} (${s.packageKey}): ${s.reason}`);
  }
  if (summary.excluded.length > 0) lines.push(`Excluded by include/exclude: ${summary.excluded.length}${verbose ? `\n  - ${summary.excluded.join('\n  - ')}` : ''}`);
  if (summary.snapshotsGenerated.length > 0) lines.push(`Snapshots generated from differentials: ${summary.snapshotsGenerated.length}`);
  if (summary.collisions.length > 0) {
    lines.push(`Renamed to avoid name collisions: ${summary.collisions.length}`);
    for (const c of summary.collisions) lines.push(`  - ${c.intended} -> ${c.final} for ${c.owner} (taken by ${c.conflictsWith})`);
  }
  lines.push(`Unresolved references: ${summary.unresolved.length}${verbose || summary.unresolved.length === 0 ? '' : ' (--verbose lists them)'}`);
  if (verbose) {
    for (const u of summary.unresolved) lines.push(`  - ${u.kind} ${u.url}: ${u.fallback}; used by ${u.usedBy.slice(0, 3).join(', ')}${u.usedBy.length > 3 ? ` and ${u.usedBy.length - 3} more` : ''}`);
    lines.push(`Canonical URLs shipped by more than one package: ${summary.duplicates.length}`);
    for (const d of summary.duplicates) lines.push(`  - ${d.url}: using ${d.chosen}; ignoring ${d.ignored.join(', ')}`);
  }
  if (summary.warnings.length > 0) lines.push(`Warnings: ${summary.warnings.length}${verbose ? `\n  - ${summary.warnings.join('\n  - ')}` : ''}`);
  return lines.join('\n');
}
