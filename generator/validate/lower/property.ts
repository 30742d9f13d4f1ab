/**
 * Lowers one child element of an object into a property rule: its JSON variants, the target that
 * checks each occurrence's content, the extras that follow, and its slicing.
 */
import { findElementById } from '../../ir/find-element.js';
import type { IrElement, IrStructure, IrType } from '../../ir/types.js';
import { capitalise } from '../../plan/identifiers.js';
import type { ExtensionOwner } from '../../runtime/validate/extension.js';
import { childPath } from '../../runtime/validate/paths.js';
import { lowerBinding } from '../kinds/binding.js';
import { lowerFixedPattern } from '../kinds/fixed-pattern.js';
import { lowerConstraint } from '../kinds/invariant.js';
import { lowerMaxLength, primitiveType } from '../kinds/primitive.js';
import { lowerReference } from '../kinds/reference.js';
import { lowerSlicing } from '../kinds/slicing.js';
import type { Extra, ObjectRef, PropRule, Target, VariantRule } from '../model.js';
import { isBackboneCode, isResourceCode, type LowerContext } from './context.js';

/** Everything lowering a property needs besides the element. */
export interface PropertyScope {
  readonly lc: LowerContext;
  readonly structure: IrStructure;
  /** The owner of extensions found directly on the object the property belongs to. */
  readonly owner: ExtensionOwner;
  /** Whether the object is the structure's root, and its FHIR type. */
  readonly parentIsRoot: boolean;
  readonly parentType: string;
  /** Why constraints are not checked, collected for the report. */
  readonly notes: Map<string, string>;
}

function contentReferenceRef(scope: PropertyScope, element: IrElement): ObjectRef {
  const id = element.contentReference ?? '';
  if (findElementById(scope.structure.root, id)) return { kind: 'element', url: scope.structure.url, elementId: id, primitive: false };
  const base = scope.lc.byType.get(scope.structure.type);
  if (base && findElementById(base.root, id)) return { kind: 'element', url: base.url, elementId: id, primitive: false };
  throw new Error(`${scope.structure.url}#${element.id}: contentReference #${id} not found`);
}

function withoutValue(children: readonly IrElement[]): readonly IrElement[] {
  return children.filter((c) => c.types.length > 0 || c.contentReference !== undefined);
}

/** An element's `id` (not a resource's) and an extension's `url` are XML attributes: no `_` sibling in JSON. */
function isAttribute(scope: PropertyScope, element: IrElement): boolean {
  if (element.name === 'id') return !(scope.parentIsRoot && scope.structure.kind === 'resource');
  return element.name === 'url' && scope.parentType === 'Extension';
}

function primitiveTarget(scope: PropertyScope, element: IrElement, code: string): Target {
  const type = primitiveType(code);
  if (type === undefined) return { kind: 'any' };
  if (isAttribute(scope, element)) return { kind: 'primitive', type, ext: { kind: 'attribute' } };
  const { lc, structure } = scope;
  const natural = lc.byType.get(code);
  const own = withoutValue(element.children);
  const sig = (list: readonly IrElement[]) => list.map((c) => lc.signatures.element(c)).join(',');
  if (own.length > 0 && (!natural || sig(own) !== sig(withoutValue(natural.root.children)))) {
    return { kind: 'primitive', type, ext: { kind: 'object', ref: { kind: 'element', url: structure.url, elementId: element.id, primitive: true } } };
  }
  return { kind: 'primitive', type, ext: { kind: 'generic' } };
}

/** The target of one type of `element` (`multiple`: the element has several types, a choice). */
export function lowerTarget(scope: PropertyScope, element: IrElement, type: IrType, multiple: boolean): Target {
  const { lc, structure } = scope;
  if (element.contentReference !== undefined) return { kind: 'object', ref: contentReferenceRef(scope, element) };
  if (lc.isPrimitive(type.code)) return primitiveTarget(scope, element, type.code);
  if (isResourceCode(type.code) || lc.byType.get(type.code)?.kind === 'resource') {
    return { kind: 'resource', contained: element.name === 'contained', profiles: type.profiles.filter((p) => lc.byUrl.get(p)?.kind === 'resource') };
  }
  if (type.code === 'Extension' && element.children.length === 0 && !(type.profiles[0] && lc.byUrl.has(type.profiles[0]))) {
    return { kind: 'extension', modifier: element.name === 'modifierExtension', owner: scope.owner };
  }
  if (isBackboneCode(type.code)) return { kind: 'object', ref: lc.contentRef(structure, element) };
  if (!lc.byType.has(type.code)) return { kind: 'any' };
  if (multiple) {
    const profile = type.profiles[0] ? lc.byUrl.get(type.profiles[0]) : undefined;
    return { kind: 'object', ref: { kind: 'structure', url: (profile && profile.kind !== 'resource' ? profile : lc.byType.get(type.code))?.url ?? '' } };
  }
  return { kind: 'object', ref: lc.contentRef(structure, element) };
}

/** Root constraints of the rule a target delegates to: those are checked there, not again here. */
function checkedByTarget(scope: PropertyScope, element: IrElement, target: Target): ReadonlySet<string> | 'all' {
  const keys = (e: IrElement) => new Set(e.constraints.map((c) => c.key));
  switch (target.kind) {
    case 'object': {
      const ref = target.ref;
      if (ref.kind === 'element' && ref.url === scope.structure.url && ref.elementId === element.id) return 'all';
      return keys(scope.lc.elementOf(ref).element);
    }
    case 'extension': {
      const base = scope.lc.byType.get('Extension');
      return base ? keys(base.root) : new Set();
    }
    default:
      return new Set();
  }
}

/** The extras of one occurrence of `element` as type `type`. */
function lowerExtras(scope: PropertyScope, element: IrElement, type: IrType, target: Target): Extra[] {
  const extras: Extra[] = [...lowerFixedPattern(element, type.code)];
  const binding = lowerBinding(element.binding, type.code);
  if (binding) extras.push(binding);
  const maxLength = lowerMaxLength(element, type.code);
  if (maxLength) extras.push(maxLength);
  const reference = scope.lc.isPrimitive(type.code) ? undefined : lowerReference(scope.lc, type);
  if (reference) extras.push(reference);
  const skip = checkedByTarget(scope, element, target);
  if (skip !== 'all') {
    for (const c of element.constraints) {
      if (c.key === 'ele-1' || skip.has(c.key)) continue;
      const rule = lowerConstraint(scope.lc, c, element.path, scope.notes);
      if (rule) extras.push({ kind: 'invariant', constraint: rule });
    }
  }
  return extras;
}

function variantSeg(element: IrElement, code: string): string {
  const seg = childPath('', element.name);
  return element.isChoice ? `${seg}.ofType(${code})` : seg;
}

/** One variant of `element` (its only type, or one type of a choice). */
export function lowerVariant(scope: PropertyScope, element: IrElement, type: IrType): VariantRule {
  const target = lowerTarget(scope, element, type, element.isChoice && element.types.length > 1);
  return {
    jsonName: element.isChoice ? `${element.name}${capitalise(type.code)}` : element.name,
    seg: variantSeg(element, type.code),
    code: type.code,
    target,
    extras: lowerExtras(scope, element, type, target),
  };
}

/** The property rule of a child element. */
export function lowerProperty(scope: PropertyScope, element: IrElement): PropRule {
  const types: readonly IrType[] = element.types.length > 0 ? element.types : [{ code: 'BackboneElement', profiles: [], targetProfiles: [] }];
  const variants = types.map((t) => lowerVariant(scope, element, t));
  const slicing = element.isArray && element.slices.length > 0 && element.max !== 0 ? lowerSlicing(scope, element, variants[0]) : undefined;
  return {
    elementId: element.id,
    name: element.name,
    seg: childPath('', element.name),
    min: element.min,
    max: element.max ?? -1,
    repeats: element.isArray,
    choice: element.isChoice,
    variants,
    slicing: typeof slicing === 'object' ? slicing : undefined,
    slicingNotChecked: typeof slicing === 'string' ? slicing : undefined,
  };
}
