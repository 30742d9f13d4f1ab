/**
 * Generates an STU3 StructureDefinition snapshot from its differential and its base's snapshot
 * (http://hl7.org/fhir/STU3/profiling.html#snapshot), for the profiles published without one. The walk
 * follows HL7's reference ProfileUtilities: walk.ts (order and matching), slicing.ts, expand.ts (children
 * of datatypes, type profiles and contentReference), merge.ts (property rules), ids.ts.
 *
 * What the output looks like:
 *  - elements only where the base or the differential has them: a datatype's children appear only when
 *    the differential reaches into them (HL7 tooling does the same; Forge expands everything);
 *  - paths follow the differential: `value[x]` stays `value[x]` unless the differential renames it
 *    (`valueQuantity`), and STU3 Forge's `Patient.deceasedDateTime` with sliceName `deceasedDateTime`
 *    is kept as written (a type choice, not a real slice);
 *  - ids computed the STU3 way: `Patient.identifier:nhsNumber.system`;
 *  - `warnings`: type profiles not found (the element falls back to its type) and constraints that
 *    loosen the base (applied anyway).
 * Errors: GPC202 (base or a needed type definition not found), GPC207 (differential cannot be
 * applied), GPC208 (differential element without a path).
 */
import { GeneratorError } from '../../errors.js';
import type { ElementDefinitionJson, StructureDefinitionJson } from './json-types.js';
import { cannotApply, snapshotOf, type Resolver, type WalkContext } from './context.js';
import { assignIds } from './ids.js';
import { walk } from './walk.js';

export type { ElementDefinitionJson, StructureDefinitionJson } from './json-types.js';
export type { Resolver } from './context.js';

export interface SnapshotResult {
  element: ElementDefinitionJson[];
  warnings: string[];
}

export function generateSnapshot(sd: StructureDefinitionJson, resolve: Resolver): SnapshotResult {
  const diff = sd.differential?.element ?? [];
  const pathless = diff.findIndex((e) => typeof e?.path !== 'string' || e.path.length === 0);
  if (pathless >= 0) {
    throw new GeneratorError('GPC208', `differential element ${pathless} has no path`, { url: sd.url, path: `differential.element[${pathless}]` });
  }
  const baseUrl = sd.baseDefinition?.trim();
  const base = baseUrl ? snapshotOf(resolve(baseUrl)) : undefined;
  if (!baseUrl || !base) {
    const detail = baseUrl ? `${baseUrl} not found (or it has no snapshot)` : 'the profile has no baseDefinition';
    throw new GeneratorError('GPC202', detail, { url: sd.url });
  }
  const ctx: WalkContext = {
    url: sd.url,
    diff,
    consumed: diff.map(() => false),
    out: [],
    warnings: [],
    resolve,
    rootBase: base,
    walk,
  };
  const rootPath = base[0]!.path;
  const diffRoot = diff[0]?.path.split('.')[0];
  // A specialisation names its root after the new type; a constraint keeps the base type's name.
  const rename = diffRoot !== undefined && diffRoot !== rootPath ? { from: rootPath, diff: diffRoot, out: diffRoot } : undefined;
  walk(ctx, { base, baseRange: { start: 0, end: base.length - 1 }, diffRange: { start: 0, end: diff.length - 1 }, rename });

  const leftover = diff.findIndex((_, i) => !ctx.consumed[i]);
  if (leftover >= 0) {
    const element = diff[leftover]!;
    const known = ctx.out.some((e) => e.path === element.path);
    throw cannotApply(
      ctx,
      element,
      known
        ? `${element.path} is out of order: the differential must follow the base's element order`
        : `no element ${element.path} in the base`,
    );
  }
  assignIds(ctx.out);
  return { element: ctx.out, warnings: ctx.warnings };
}
