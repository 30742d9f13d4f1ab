/**
 * Emits one snapshot element: a copy of its base element, with the differential element laid over it
 * when there is one, followed by its children (the base's own children, or the expanded datatype).
 */
import type { ElementDefinitionJson, SlicingJson } from './json-types.js';
import { cannotApply, resolveSnapshot, warn, type Scope, type WalkContext } from './context.js';
import { expandChildren, firstProfile } from './expand.js';
import { applyDifferential, applyProfileRoot, baseOf, cardinalityNotes, cloneElement } from './merge.js';
import { choiceSuffix, codeMatchesSuffix, lastSegment, rebase, withLastSegment } from './paths.js';
import { endOfDescendants, type Range } from './tree.js';

export interface ElementPlan {
  /** Index of the base element in `scope.base`. */
  readonly baseIndex: number;
  /** Index of the differential element constraining it, if any. */
  readonly diffIndex?: number;
  /** The differential elements that constrain its descendants. */
  readonly children: Range;
  /** The output element's slicing (undefined: not sliced). */
  readonly slicing: SlicingJson | undefined;
}

/** Path the differential uses for the base element at `index`. */
export function diffPathOf(scope: Scope, index: number): string {
  const rename = scope.rename && { from: scope.rename.from, to: scope.rename.diff };
  return rebase(scope.base[index]!.path, rename);
}

function outPathOf(scope: Scope, index: number): string {
  const rename = scope.rename && { from: scope.rename.from, to: scope.rename.out };
  return rebase(scope.base[index]!.path, rename);
}

export function emitElement(ctx: WalkContext, scope: Scope, plan: ElementPlan): ElementDefinitionJson {
  const base = scope.base[plan.baseIndex]!;
  const outcome = cloneElement(base);
  delete outcome.id;
  outcome.path = outPathOf(scope, plan.baseIndex);
  outcome.base = baseOf(base);
  delete outcome.slicing;
  if (plan.slicing) outcome.slicing = structuredClone(plan.slicing);

  if (plan.diffIndex !== undefined) {
    const diff = ctx.diff[plan.diffIndex]!;
    applyTypeProfileRoot(ctx, outcome, diff, base);
    for (const note of cardinalityNotes(base, diff)) warn(ctx, diff, note);
    // Slicing is not among what applyDifferential copies: the plan has already decided it.
    for (const note of applyDifferential(outcome, diff)) warn(ctx, diff, note);
    renameChoice(ctx, outcome, diffPathOf(scope, plan.baseIndex), diff);
    ctx.consumed[plan.diffIndex] = true;
  }
  ctx.out.push(outcome);

  const end = endOfDescendants(scope.base, plan.baseIndex);
  if (end > plan.baseIndex) {
    ctx.walk(ctx, { base: scope.base, baseRange: { start: plan.baseIndex + 1, end }, diffRange: plan.children, rename: scope.rename });
  } else if (plan.children.start <= plan.children.end) {
    const diffPath = plan.diffIndex !== undefined ? ctx.diff[plan.diffIndex]!.path : diffPathOf(scope, plan.baseIndex);
    expandChildren(ctx, outcome, diffPath, plan.children);
  }
  return outcome;
}

/**
 * A differential that gives the element's type a profile (an extension definition, a datatype profile)
 * first takes over what the profile's root says about the element as a whole. Not when the base already
 * has that profile: its cardinality may have been narrowed since, and restating the type must not undo it.
 */
function applyTypeProfileRoot(ctx: WalkContext, outcome: ElementDefinitionJson, diff: ElementDefinitionJson, base: ElementDefinitionJson): void {
  const type = diff.type;
  if (!type || type.length !== 1 || type[0]!.code === 'Reference') return;
  const profile = firstProfile(type[0]!.profile);
  if (!profile) return;
  if (base.type?.length === 1 && firstProfile(base.type[0]!.profile) === profile) return;
  const root = resolveSnapshot(ctx, profile)?.[0];
  if (!root) {
    warn(ctx, diff, `type profile ${profile} not found; the element keeps its base definition`);
    return;
  }
  applyProfileRoot(outcome, root, type[0]!.code === 'Extension');
}

/**
 * `value[x]` constrained as `valueQuantity` becomes an element with that path and only that type (STU3
 * renames the element when a choice is restricted to one type and named so).
 */
function renameChoice(ctx: WalkContext, outcome: ElementDefinitionJson, basePath: string, diff: ElementDefinitionJson): void {
  if (diff.path === basePath) return;
  const suffix = choiceSuffix(basePath, diff.path);
  if (suffix === undefined) return; // the base was already renamed; the differential used the [x] name
  outcome.path = withLastSegment(outcome.path, lastSegment(diff.path));
  if (diff.type) {
    if (!diff.type.some((t) => t.code !== undefined && codeMatchesSuffix(t.code, suffix))) {
      warn(ctx, diff, `the path names type ${suffix} but the types are ${diff.type.map((t) => t.code).join(', ')}`);
    }
    return;
  }
  const kept = (outcome.type ?? []).filter((t) => t.code !== undefined && codeMatchesSuffix(t.code, suffix));
  if (kept.length === 0) throw cannotApply(ctx, diff, `${suffix} is not one of the types of ${basePath}`);
  outcome.type = kept;
}
