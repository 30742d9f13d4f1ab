/**
 * The TypeScript type of one element (or one choice variant): primitives map to TS primitives (narrowed to
 * literals by fixed/pattern values and to code unions by required bindings), complex types to their
 * planned declaration, references to `Reference<'Target'>`, extensions to their extension interface.
 */
import { findElementByPath } from '../../ir/find-element.js';
import type { IrElement, IrStructure, IrType } from '../../ir/types.js';
import type { Plan, PlannedStructure } from '../../plan/plan.js';
import type { ImportCollector } from '../imports.js';
import { literalType, quote } from '../safe-text.js';

/** Literal unions longer than this stop helping (IDE lists, compiler time); the plain type is used. */
export const MAX_UNION_CODES = 500;

const NUMBER_PRIMITIVES = new Set(['integer', 'decimal', 'unsignedInt', 'positiveInt']);

export interface TypeContext {
  readonly plan: Plan;
  readonly current: PlannedStructure;
  readonly imports: ImportCollector;
}

export function isPrimitiveCode(plan: Plan, code: string): boolean {
  return plan.byType.get(code)?.structure.kind === 'primitive-type';
}

export function primitiveTsType(code: string): string {
  if (code === 'boolean') return 'boolean';
  return NUMBER_PRIMITIVES.has(code) ? 'number' : 'string';
}

/** The code union of a required binding, or undefined when it is open, unknown or too large. */
export function requiredCodes(element: IrElement): string | undefined {
  const binding = element.binding;
  if (!binding || binding.strength !== 'required' || !binding.expansion || binding.expansion.length === 0) return undefined;
  const codes = [...new Set(binding.expansion.map((c) => c.code))];
  if (codes.length > MAX_UNION_CODES) return undefined;
  return codes.sort((a, b) => a.localeCompare(b, 'en-US')).map(quote).join(' | ');
}

/** The partial literal type of a pattern: objects keep their keys, arrays (matched by containment) are left open. */
function patternType(value: unknown): string | undefined {
  if (Array.isArray(value)) return undefined;
  if (value && typeof value === 'object') {
    const entries: string[] = [];
    for (const [key, item] of Object.entries(value)) {
      const type = patternType(item);
      if (type !== undefined) entries.push(`${quote(key)}: ${type}`);
    }
    return entries.length > 0 ? `{ ${entries.join('; ')} }` : undefined;
  }
  return literalType(value);
}

function resourceTypeOfProfile(plan: Plan, url: string): string | undefined {
  const planned = plan.byUrl.get(url);
  if (planned) return planned.structure.kind === 'resource' ? planned.structure.type : undefined;
  // Unresolved target profile: a core URL still names its resource type; otherwise it is unknown.
  const match = /^http:\/\/hl7\.org\/fhir\/StructureDefinition\/([A-Za-z]+)$/.exec(url);
  return match?.[1] && plan.resourceTypes.includes(match[1]) ? match[1] : undefined;
}

function referenceType(ctx: TypeContext, type: IrType, baseName: string): string {
  const targets = type.targetProfiles.map((url) => resourceTypeOfProfile(ctx.plan, url));
  if (targets.length === 0 || targets.some((t) => t === undefined || t === 'Resource' || t === 'DomainResource')) return baseName;
  const unique = [...new Set(targets as string[])].sort((a, b) => a.localeCompare(b, 'en-US'));
  return `${baseName}<${unique.map(quote).join(' | ')}>`;
}

function structureRef(ctx: TypeContext, structure: PlannedStructure): string {
  return ctx.imports.type(structure.typeName, structure.module);
}

/** Where the element's subtree is declared: a nested interface of this module, or a reused type. */
function subtreeRef(ctx: TypeContext, element: IrElement): string | undefined {
  const nested = ctx.current.nested.get(element.id);
  if (nested) return nested;
  const reused = ctx.current.reused.get(element.id);
  return reused ? ctx.imports.type(reused.name, reused.module) : undefined;
}

function baseComplexType(ctx: TypeContext, element: IrElement, type: IrType): string {
  const code = type.code;
  const profile = type.profiles[0] ? ctx.plan.byUrl.get(type.profiles[0]) : undefined;
  if (code === 'Extension') return structureRef(ctx, profile ?? requireType(ctx, 'Extension'));
  if (code === 'Resource' || code === 'DomainResource') return ctx.imports.type('AnyResource', 'ResourceTypes');
  if (profile && profile.structure.kind !== 'resource') return structureRef(ctx, profile);
  const base = ctx.plan.byType.get(code);
  const name = base ? structureRef(ctx, base) : 'unknown';
  if (code === 'Reference') return referenceType(ctx, type, name);
  if (code === 'Coding' || code === 'CodeableConcept') {
    const codes = requiredCodes(element);
    return codes ? `${name}<${codes}>` : name;
  }
  return name;
}

function requireType(ctx: TypeContext, code: string): PlannedStructure {
  const found = ctx.plan.byType.get(code);
  if (!found) throw new Error(`the loaded packages define no base type ${code}`);
  return found;
}

/** The TS type for `element` restricted to `type` (one choice variant, or the element's only type). */
export function typeExpression(ctx: TypeContext, element: IrElement, type: IrType | undefined, structure: IrStructure): string {
  if (element.contentReference !== undefined) {
    const target = findElementByPath(structure.root, element.contentReference);
    return (target && subtreeRef(ctx, target)) ?? 'unknown';
  }
  if (!type) return 'unknown';
  if (isPrimitiveCode(ctx.plan, type.code)) {
    // (A nested interface of a primitive element types its `_name` sibling, not the value.)
    const literal = literalType(element.fixed?.value) ?? literalType(element.pattern?.value);
    if (literal && typeof (element.fixed?.value ?? element.pattern?.value) !== 'object') return literal;
    return (type.code === 'code' ? requiredCodes(element) : undefined) ?? primitiveTsType(type.code);
  }
  // A nested interface when the profile narrows the subtree; a reused backbone of the base resource;
  // otherwise the datatype itself, which keeps Reference/Coding/CodeableConcept type arguments.
  const nested = ctx.current.nested.get(element.id);
  const backbone = type.code === 'BackboneElement' || type.code === 'Element' ? subtreeRef(ctx, element) : undefined;
  const base = nested ?? backbone ?? baseComplexType(ctx, element, type);
  if (element.fixed && typeof element.fixed.value === 'object') {
    const literal = literalType(element.fixed.value);
    if (literal) return `${base} & ${literal}`;
  }
  if (element.pattern && typeof element.pattern.value === 'object') {
    const partial = patternType(element.pattern.value);
    if (partial) return `${base} & ${partial}`;
  }
  return base;
}
