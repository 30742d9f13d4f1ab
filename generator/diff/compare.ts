/**
 * Compares the generated API of two builds: the declarations of the plan (one per structure, matched by
 * canonical URL, with their type names) and the IR element trees behind them. Works on the IR and plan,
 * never on generated text, so formatting and documentation changes do not show up as API changes.
 */
import type { IrModel, IrStructure } from '../ir/types.js';
import type { Plan, PlannedStructure } from '../plan/plan.js';
import { compareTrees, typeLookup, type TypeLookup } from './tree-walk.js';
import { makeChange, type Bump, type Change, type DiffReport, type StructureDiff } from './types.js';

/** One build to compare: what the user named, and its IR and plan (after include/exclude). */
export interface DiffInput {
  readonly label: string;
  readonly model: IrModel;
  readonly plan: Plan;
}

function category(structure: IrStructure): string {
  if (structure.derivation === 'specialization') return structure.kind;
  return structure.type === 'Extension' ? 'extension' : 'profile';
}

/** Exported names of the structure's module that come from the plan: the main type and nested interfaces. */
function declarations(planned: PlannedStructure): Set<string> {
  return new Set([planned.typeName, ...planned.nested.values()]);
}

function structureChanges(a: PlannedStructure, b: PlannedStructure, from: TypeLookup, to: TypeLookup): Change[] {
  const changes: Change[] = [];
  if (a.typeName !== b.typeName || a.module !== b.module) {
    changes.push(makeChange('type-renamed', undefined, `${a.typeName} (${a.module})`, `${b.typeName} (${b.module})`));
  }
  if (a.structure.type !== b.structure.type || a.structure.kind !== b.structure.kind) {
    changes.push(makeChange('base-changed', undefined, `${a.structure.kind} ${a.structure.type}`, `${b.structure.kind} ${b.structure.type}`));
  }
  const [oldNames, newNames] = [declarations(a), declarations(b)];
  oldNames.delete(a.typeName);
  newNames.delete(b.typeName);
  for (const name of [...oldNames].sort()) if (!newNames.has(name)) changes.push(makeChange('declaration-removed', undefined, name, undefined));
  for (const name of [...newNames].sort()) if (!oldNames.has(name)) changes.push(makeChange('declaration-added', undefined, undefined, name));
  // A changed base type makes an element comparison meaningless; the declaration-level change says it all.
  if (a.structure.type === b.structure.type) changes.push(...compareTrees(a.structure, b.structure, from, to));
  return changes;
}

/** The identifying fields of a structure's entry, from whichever sides have it. */
function sides(a: PlannedStructure | undefined, b: PlannedStructure | undefined): Omit<StructureDiff, 'status' | 'changes'> {
  const either = b ?? a;
  if (!either) throw new Error('a structure diff needs at least one side');
  return {
    url: either.structure.url,
    category: category(either.structure),
    typeName: { from: a?.typeName, to: b?.typeName },
    version: { from: a?.structure.version, to: b?.structure.version },
    package: { from: a?.structure.packageKey, to: b?.structure.packageKey },
    snapshotGenerated: { from: a?.structure.snapshotGenerated ?? false, to: b?.structure.snapshotGenerated ?? false },
  };
}

export function suggestBump(structures: readonly StructureDiff[], versionOnly: number): Bump {
  const changes = structures.flatMap((s) => s.changes);
  if (changes.some((c) => c.breaking)) return 'major';
  if (changes.length > 0) return 'minor';
  return versionOnly > 0 ? 'patch' : 'none';
}

const order = (a: StructureDiff, b: StructureDiff) =>
  (a.typeName.to ?? a.typeName.from ?? a.url).localeCompare(b.typeName.to ?? b.typeName.from ?? b.url, 'en-US', { numeric: true }) || a.url.localeCompare(b.url, 'en-US');

export function compareBuilds(from: DiffInput, to: DiffInput): DiffReport {
  const [lookupFrom, lookupTo] = [typeLookup(from.model.structures), typeLookup(to.model.structures)];
  const structures: StructureDiff[] = [];
  let unchanged = 0;
  let versionOnly = 0;
  for (const a of from.plan.structures) {
    const b = to.plan.byUrl.get(a.structure.url);
    if (!b) {
      structures.push({
        ...sides(a, undefined),
        status: 'removed',
        changes: [makeChange('type-removed', undefined, a.typeName, undefined)],
      });
      continue;
    }
    const changes = structureChanges(a, b, lookupFrom, lookupTo);
    if (changes.length === 0) {
      unchanged++;
      if (a.structure.version !== b.structure.version) versionOnly++;
      continue;
    }
    structures.push({
      ...sides(a, b),
      status: 'changed',
      changes,
    });
  }
  for (const b of to.plan.structures) {
    if (from.plan.byUrl.has(b.structure.url)) continue;
    structures.push({
      ...sides(undefined, b),
      status: 'added',
      changes: [makeChange('type-added', undefined, undefined, b.typeName)],
    });
  }
  structures.sort(order);
  const all = structures.flatMap((s) => s.changes);
  return {
    from: { label: from.label, packages: from.model.packages.map((p) => p.key), structureCount: from.plan.structures.length },
    to: { label: to.label, packages: to.model.packages.map((p) => p.key), structureCount: to.plan.structures.length },
    bump: suggestBump(structures, versionOnly),
    counts: {
      added: structures.filter((s) => s.status === 'added').length,
      removed: structures.filter((s) => s.status === 'removed').length,
      changed: structures.filter((s) => s.status === 'changed').length,
      unchanged,
      versionOnly,
      breakingChanges: all.filter((c) => c.breaking).length,
      nonBreakingChanges: all.filter((c) => !c.breaking).length,
    },
    structures,
  };
}
