/**
 * Turns a snapshot's flat element list into a tree: children under their parent, named slices under the
 * element they slice. Also normalises STU3's renamed choice elements (`Extension.valueCodeableConcept`
 * with base `Extension.value[x]`): a renamed choice with no `value[x]` sibling *is* the choice element,
 * restricted to one type; one that follows a `value[x]` sibling is a type slice and is folded into it.
 */
import { GeneratorError } from '../errors.js';
import type { JsonObject } from '../load/types.js';
import {
  readConstraints, readDocs, readFixed, readMax, readPattern, readSlicing, readTypes, type RawBinding, readBinding,
} from './element-json.js';
import type { IrBinding, IrElement, IrSlicing } from './types.js';

export interface TreeContext {
  readonly structureUrl: string;
  readonly file: string;
  /** Resolves a raw binding (value set lookup + expansion) for the element with this id. */
  readonly resolveBinding: (raw: RawBinding, elementId: string) => IrBinding;
}

interface Node {
  element: Mutable<IrElement>;
  /** The path as written in the snapshot; descendants of a renamed choice are written under it. */
  rawPath: string;
  children: Node[];
  slices: Node[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

function parentPath(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(0, dot);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** For a renamed choice (`valueQuantity` whose base is `value[x]`), the choice stem `value`. */
function renamedChoiceStem(raw: JsonObject, path: string): string | undefined {
  const segment = lastSegment(path);
  if (segment.endsWith('[x]')) return undefined;
  const base = raw['base'] && typeof raw['base'] === 'object' ? str((raw['base'] as JsonObject)['path']) : undefined;
  const baseSegment = base ? lastSegment(base) : '';
  if (!baseSegment.endsWith('[x]')) return undefined;
  const stem = baseSegment.slice(0, -3);
  return segment.startsWith(stem) ? stem : undefined;
}

/** `min` a non-negative integer, `max` `*` or one in a string: anything else would be read as 0 or unbounded. */
function assertCardinality(raw: JsonObject, id: string, ctx: TreeContext): void {
  const min = raw['min'];
  const max = raw['max'];
  const bad =
    min !== undefined && !(typeof min === 'number' && Number.isSafeInteger(min) && min >= 0) ? `min ${JSON.stringify(min)} is not a whole number`
    : max !== undefined && !(typeof max === 'string' && /^(?:\*|\d{1,9})$/.test(max)) ? `max ${JSON.stringify(max)} is neither "*" nor a whole number`
    : undefined;
  if (bad) throw new GeneratorError('GPC208', bad, { url: ctx.structureUrl, file: ctx.file, element: id });
}

function makeElement(raw: JsonObject, id: string, path: string, ctx: TreeContext): Mutable<IrElement> {
  const slicing = readSlicing(raw);
  if (typeof slicing === 'string') {
    throw new GeneratorError('GPC205', slicing, { url: ctx.structureUrl, file: ctx.file, element: id });
  }
  const segment = lastSegment(path);
  // Extensions are sliced by url whatever the profile says; any other slicing needs a discriminator, or no
  // validator (ours or anyone's) can tell which slice an item belongs to.
  if (slicing && slicing.discriminators.length === 0 && segment !== 'extension' && segment !== 'modifierExtension') {
    throw new GeneratorError('GPC205', 'the slicing names no discriminator, so items cannot be matched to slices', { url: ctx.structureUrl, file: ctx.file, element: id });
  }
  assertCardinality(raw, id, ctx);
  const rawBinding = readBinding(raw);
  const base = raw['base'] && typeof raw['base'] === 'object' ? (raw['base'] as JsonObject) : undefined;
  const max = readMax(raw['max']);
  const baseMax = base && 'max' in base ? readMax(base['max']) : max;
  const contentReference = str(raw['contentReference']);
  return {
    id,
    path,
    name: segment.endsWith('[x]') ? segment.slice(0, -3) : segment,
    min: typeof raw['min'] === 'number' ? raw['min'] : 0,
    max,
    isArray: baseMax === undefined || baseMax > 1,
    isChoice: segment.endsWith('[x]'),
    types: readTypes(raw),
    contentReference: contentReference ? contentReference.slice(contentReference.indexOf('#') + 1).trim() : undefined,
    fixed: readFixed(raw),
    pattern: readPattern(raw),
    binding: rawBinding ? ctx.resolveBinding(rawBinding, id) : undefined,
    slicing: slicing as IrSlicing | undefined,
    slices: [],
    sliceName: str(raw['sliceName']),
    children: [],
    constraints: readConstraints(raw),
    maxLength: typeof raw['maxLength'] === 'number' ? raw['maxLength'] : undefined,
    mustSupport: raw['mustSupport'] === true,
    isModifier: raw['isModifier'] === true,
    docs: readDocs(raw),
  };
}

/** Folds a type slice of a choice element (`value[x]:valueCodeableConcept`) into the choice element. */
function foldTypeSlice(choice: Node, slice: Node): void {
  const target = choice.element;
  const from = slice.element;
  if (target.types.length > 1) {
    // Keep the other types; constraints of the slice apply to its type only, which the IR cannot say
    // on a multi-type element, so keep it as a named slice for emitters that want it.
    choice.slices.push(slice);
    return;
  }
  target.binding = from.binding ?? target.binding;
  target.fixed = from.fixed ?? target.fixed;
  target.pattern = from.pattern ?? target.pattern;
  target.min = Math.max(target.min, from.min);
  target.types = from.types.length > 0 ? from.types : target.types;
  target.constraints = [...target.constraints, ...from.constraints.filter((c) => !target.constraints.some((t) => t.key === c.key))];
  if (from.children.length > 0) choice.children = slice.children;
}

export function buildElementTree(rawElements: readonly unknown[], ctx: TreeContext): IrElement {
  const stack: Node[] = [];
  // Type slices are folded after the whole tree is built, so the slice's own children are attached first.
  const foldLater: Array<[Node, Node]> = [];
  let root: Node | undefined;
  for (const item of rawElements) {
    const raw = item && typeof item === 'object' && !Array.isArray(item) ? (item as JsonObject) : undefined;
    const rawPath = raw && str(raw['path']);
    if (!raw || !rawPath) throw new GeneratorError('GPC208', 'an element has no path', { url: ctx.structureUrl, file: ctx.file });
    while (stack.length > 0 && !rawPath.startsWith(`${stack[stack.length - 1]?.rawPath}.`)) stack.pop();
    const parent = stack[stack.length - 1];
    const stem = renamedChoiceStem(raw, rawPath);
    // Children of a renamed choice (`Observation.valueQuantity.code`) take the normalised parent path.
    const underParent = parent ? `${parent.element.path}${rawPath.slice(parent.rawPath.length)}` : rawPath;
    const path = stem !== undefined ? `${parentPath(underParent)}.${stem}[x]` : underParent;
    let sliceName = str(raw['sliceName']);
    if (parent === undefined && root !== undefined) {
      throw new GeneratorError('GPC208', `element ${rawPath} is outside the root ${root.element.path}`, { url: ctx.structureUrl, file: ctx.file });
    }
    const sliced = parent?.children.findLast((c) => c.element.path === path);
    const renamedTypeSlice = stem !== undefined && sliceName !== undefined;
    if (stem !== undefined && !sliced) sliceName = undefined; // the renamed element is the choice itself
    const id = str(raw['id']) ?? `${parent ? `${parent.element.id}.` : ''}${lastSegment(path)}${sliceName ? `:${sliceName}` : ''}`;
    const node: Node = { element: makeElement(raw, id, path, ctx), rawPath, children: [], slices: [] };
    node.element.sliceName = sliceName;
    if (!parent) root = node;
    else if (sliceName !== undefined && sliced) {
      if (sliced.element.slices.length === 0 && sliced.slices.length === 0 && !sliced.element.slicing && !renamedTypeSlice) {
        throw new GeneratorError('GPC205', `slice '${sliceName}' of ${sliced.element.id}, which declares no slicing`, { url: ctx.structureUrl, file: ctx.file, element: id });
      }
      node.element.isArray = sliced.element.isArray;
      if (renamedTypeSlice || sliced.element.isChoice) foldLater.push([sliced, node]);
      else sliced.slices.push(node);
    } else parent.children.push(node);
    stack.push(node);
  }
  for (const [choice, slice] of foldLater) foldTypeSlice(choice, slice);
  if (!root) throw new GeneratorError('GPC208', 'the snapshot has no elements', { url: ctx.structureUrl, file: ctx.file });
  return freeze(root);
}

function freeze(node: Node): IrElement {
  return { ...node.element, children: node.children.map(freeze), slices: node.slices.map(freeze) };
}
