/**
 * Constraint kind: reference targets. Lowering turns `type.targetProfile` into resource type names
 * (a profile's constrained type; an unresolved core URL still names its type); when any target is
 * unknown or is `Resource`, nothing is checked (the typed emitter falls back the same way). Checks
 * and texts: `runtime/validate/reference.ts`.
 */
import type { IrType } from '../../ir/types.js';
import type { Ctx } from '../../runtime/validate/context.js';
import { checkReferenceTarget } from '../../runtime/validate/reference.js';
import { _, type Code } from '../../emit/validators/code.js';
import type { EmitScope } from '../emit-scope.js';
import type { LowerContext } from '../lower/context.js';
import type { Extra } from '../model.js';
import type { Path } from '../../runtime/validate/paths.js';

type ReferenceExtra = Extract<Extra, { kind: 'reference' }>;

const CORE = /^http:\/\/hl7\.org\/fhir\/StructureDefinition\/([A-Za-z]+)$/;

export function lowerReference(lc: LowerContext, type: IrType): ReferenceExtra | undefined {
  if (type.code !== 'Reference' || type.targetProfiles.length === 0) return undefined;
  const targets = new Set<string>();
  for (const url of type.targetProfiles) {
    const structure = lc.byUrl.get(url);
    const name = structure ? (structure.kind === 'resource' ? structure.type : undefined) : CORE.exec(url)?.[1];
    if (name === undefined || name === 'Resource' || name === 'DomainResource' || !lc.resourceTypes.has(name)) return undefined;
    targets.add(name);
  }
  return { kind: 'reference', targets: [...targets].sort() };
}

export function interpretReference(extra: ReferenceExtra, v: unknown, x: Ctx, q: Path): boolean {
  return checkReferenceTarget(v, x, q, extra.targets);
}

export function emitReference(extra: ReferenceExtra, scope: EmitScope): { fn: Code; arg: Code } {
  return { fn: scope.runtime('checkReferenceTarget'), arg: scope.hoist('TARGETS', _`readonly string[]`, _`${extra.targets}`) };
}
