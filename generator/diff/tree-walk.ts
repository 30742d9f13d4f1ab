/**
 * Walks the element trees of one structure in two builds side by side and collects the changes.
 *
 * Children are matched by name, slices by slice name, and extension slices by the extension's canonical
 * URL (instances identify extensions by URL, and the generated types by the extension's type; the slice
 * name is cosmetic). Snapshots differ in how far they expand datatypes: a published snapshot may list
 * `Patient.identifier.system` where a generated one stops at `Patient.identifier`. An element that is not
 * expanded has the children of its datatype (or datatype/extension profile), so when only one side is
 * expanded, the other side's children are taken from that type. When neither side is expanded the
 * subtree is the type itself, which is compared as a structure of its own.
 */
import type { IrElement, IrStructure, IrType } from '../ir/types.js';
import { cardinality, elementChanges } from './element-changes.js';
import { makeChange, type Change } from './types.js';

/** The structures of one build, for looking up the types of unexpanded elements. */
export interface TypeLookup {
  readonly byUrl: ReadonlyMap<string, IrStructure>;
  /** Base (specialization) structures by FHIR type code. */
  readonly byType: ReadonlyMap<string, IrStructure>;
}

export function typeLookup(structures: readonly IrStructure[]): TypeLookup {
  const byType = new Map<string, IrStructure>();
  for (const s of structures) if (s.derivation === 'specialization' && !byType.has(s.type)) byType.set(s.type, s);
  return { byUrl: new Map(structures.map((s) => [s.url, s])), byType };
}

const BACKBONE_CODES = new Set(['BackboneElement', 'Element']);
const EXTENSION_ELEMENTS = new Set(['extension', 'modifierExtension']);

function singleType(element: IrElement): IrType | undefined {
  if (element.contentReference !== undefined || element.types.length !== 1) return undefined;
  const type = element.types[0];
  return type && !BACKBONE_CODES.has(type.code) ? type : undefined;
}

/** The children an unexpanded element has: those of its datatype profile or extension definition, else its datatype. */
function typeChildren(element: IrElement, types: TypeLookup): readonly IrElement[] {
  const type = singleType(element);
  if (!type) return [];
  const profile = type.profiles[0] ? types.byUrl.get(type.profiles[0]) : undefined;
  return (profile ?? types.byType.get(type.code))?.root.children ?? [];
}

/**
 * The children a snapshot spells out for the element, or undefined when they say nothing of their own.
 * A profiled element (an extension slice, a datatype profile) is bound by its profile whatever its
 * snapshot lists. Snapshot writers expand such elements differently: with the children of the base type
 * (value[x] of any type: looser than the profile), or with the profile's own children copied in. An
 * expansion that adds no constraint to the profile's children counts as no expansion, and the profile's
 * children apply; only one that constrains further is compared element by element.
 */
function explicitChildren(element: IrElement, types: TypeLookup): readonly IrElement[] | undefined {
  if (element.children.length === 0) return undefined;
  const type = singleType(element);
  const profile = type?.profiles[0] ? types.byUrl.get(type.profiles[0]) : undefined;
  if (!profile) return element.children;
  const probe: Walk = { from: types, to: types, changes: [] };
  walkChildList(element.id, profile.root.children, element.children, probe);
  return probe.changes.some((c) => c.breaks.includes('writers')) ? element.children : undefined;
}

/** Invariant keys defined on the root of the element's types (and their profiles). */
function inherentInvariants(element: IrElement, types: TypeLookup): Set<string> {
  const keys = new Set<string>();
  for (const type of element.types) {
    for (const structure of [types.byType.get(type.code), ...type.profiles.map((url) => types.byUrl.get(url))]) {
      for (const constraint of structure?.root.constraints ?? []) keys.add(constraint.key);
    }
  }
  return keys;
}

/** The extension URL an extension slice stands for (its type profile), if it has one. */
function extensionUrl(slice: IrElement): string | undefined {
  const type = slice.types.length === 1 ? slice.types[0] : undefined;
  return type?.code === 'Extension' ? type.profiles[0] : undefined;
}

/** Slices keyed for matching: extension slices by URL (unless two slices share one), others by name. */
function slicesByKey(parent: IrElement): Map<string, IrElement> {
  const urls = parent.slices.map((s) => (EXTENSION_ELEMENTS.has(parent.name) ? extensionUrl(s) : undefined));
  const unique = (url: string | undefined) => url !== undefined && urls.filter((u) => u === url).length === 1;
  return new Map(parent.slices.map((s, i) => [unique(urls[i]) ? `url:${urls[i]}` : `name:${s.sliceName ?? ''}`, s]));
}

function childLabel(parent: string, child: IrElement): string {
  return `${parent}.${child.name}${child.isChoice ? '[x]' : ''}`;
}

function sliceLabel(parent: string, slice: IrElement): string {
  return `${parent}:${slice.sliceName ?? ''}`;
}

function present(element: IrElement): boolean {
  return element.max !== 0;
}

interface Walk {
  readonly from: TypeLookup;
  readonly to: TypeLookup;
  readonly changes: Change[];
}

function walkSlices(label: string, a: IrElement, b: IrElement, walk: Walk): void {
  if (a.slices.length === 0 && b.slices.length === 0) return;
  const isExtension = EXTENSION_ELEMENTS.has(b.name);
  const oldSlices = slicesByKey(a);
  const newSlices = slicesByKey(b);
  for (const [key, slice] of oldSlices) {
    const other = newSlices.get(key);
    if (other) walkElement(sliceLabel(label, other), slice, other, walk);
    else if (present(slice)) {
      const kind = isExtension && extensionUrl(slice) ? 'extension-removed' : 'slice-removed';
      walk.changes.push(makeChange(kind, sliceLabel(label, slice), cardinality(slice), undefined, extensionUrl(slice)));
    }
  }
  for (const [key, slice] of newSlices) {
    if (oldSlices.has(key) || !present(slice)) continue;
    const extension = isExtension && extensionUrl(slice) !== undefined;
    const required = slice.min > 0;
    const kind = extension ? (required ? 'required-extension-added' : 'extension-added') : required ? 'required-slice-added' : 'slice-added';
    walk.changes.push(makeChange(kind, sliceLabel(label, slice), undefined, cardinality(slice), extensionUrl(slice)));
  }
}

function walkChildren(label: string, a: IrElement, b: IrElement, walk: Walk): void {
  const [explicitA, explicitB] = [explicitChildren(a, walk.from), explicitChildren(b, walk.to)];
  if (!explicitA && !explicitB) return;
  walkChildList(label, explicitA ?? typeChildren(a, walk.from), explicitB ?? typeChildren(b, walk.to), walk);
}

function walkChildList(label: string, oldChildren: readonly IrElement[], newChildren: readonly IrElement[], walk: Walk): void {
  const oldByName = new Map(oldChildren.map((c) => [c.name, c]));
  const newByName = new Map(newChildren.map((c) => [c.name, c]));
  for (const child of oldChildren) {
    const other = newByName.get(child.name);
    if (other) walkElement(childLabel(label, other), child, other, walk);
    else if (present(child)) walk.changes.push(makeChange('element-removed', childLabel(label, child), cardinality(child), undefined));
  }
  for (const child of newChildren) {
    if (oldByName.has(child.name) || !present(child)) continue;
    walk.changes.push(makeChange(child.min > 0 ? 'required-element-added' : 'element-added', childLabel(label, child), undefined, cardinality(child)));
  }
}

function walkElement(label: string, a: IrElement, b: IrElement, walk: Walk): void {
  // Prohibiting an element (max 0) removes it from the API; allowing it again adds it.
  if (present(a) && !present(b)) {
    walk.changes.push(makeChange('element-removed', label, cardinality(a), cardinality(b)));
    return;
  }
  if (!present(a) && present(b)) {
    walk.changes.push(makeChange(b.min > 0 ? 'required-element-added' : 'element-added', label, cardinality(a), cardinality(b)));
    return;
  }
  if (!present(a) && !present(b)) return;
  walk.changes.push(...elementChanges(label, a, b, { from: inherentInvariants(a, walk.from), to: inherentInvariants(b, walk.to) }));
  walkChildren(label, a, b, walk);
  walkSlices(label, a, b, walk);
}

/** Every change between the element trees of `a` (old build) and `b` (new build). */
export function compareTrees(a: IrStructure, b: IrStructure, from: TypeLookup, to: TypeLookup): Change[] {
  const walk: Walk = { from, to, changes: [] };
  walkElement(b.root.id, a.root, b.root, walk);
  return walk.changes;
}
