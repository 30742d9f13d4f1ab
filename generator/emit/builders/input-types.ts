/**
 * The input types of one module's builders, as `BuilderInput<Output, FilledKeys, Overrides>` aliases
 * (generator/runtime/build/input.ts): the output type with what the builder fills made optional, nested
 * parts that are filled retyped as their own input, and required slices as leading tuple items.
 */
import { StructureKind, type TypeAliasDeclarationStructure } from 'ts-morph';
import type { IrElement } from '../../ir/types.js';
import { propertyKey } from '../../plan/identifiers.js';
import { docText, quote } from '../safe-text.js';
import { typeExpression, type TypeContext } from '../types/type-expr.js';
import { isEmptyNode, type BuildModel, type BuildNode, type SliceRef } from './model.js';
import type { BuilderNames } from './names.js';

export const RUNTIME_INPUT_MODULE = 'runtime/build/input';

export interface InputContext extends TypeContext {
  readonly model: BuildModel;
  readonly names: BuilderNames;
  /** Nested interface name -> node, for every nested input alias this module must declare. */
  readonly declare: Map<string, BuildNode>;
}

function parenthesise(type: string): string {
  return type.includes('|') || type.includes('&') ? `(${type})` : type;
}

/** `item` as the element's JSON form: single, `[x]`, `[x, ...x[]]` or `x[]`, as the types emitter does. */
function shaped(element: IrElement, item: string): string {
  if (!element.isArray) return item;
  if (element.max === 1) return `[${item}]`;
  if (element.min >= 1) return `[${item}, ...${parenthesise(item)}[]]`;
  return `${parenthesise(item)}[]`;
}

/** The input type of a node declared in this module: its alias, or the output type when nothing changes. */
function nestedInput(ctx: InputContext, name: string, node: BuildNode): string {
  if (isEmptyNode(node)) return name;
  ctx.declare.set(name, node);
  return ctx.names.input(name);
}

function sliceInput(ctx: InputContext, ref: SliceRef, parent: IrElement): string {
  switch (ref.kind) {
    case 'nested':
      return nestedInput(ctx, ref.name, ref.node);
    case 'profile':
      return ctx.imports.type(ctx.names.input(ref.target.typeName), ref.target.module);
    case 'extension-url': {
      const extension = ctx.plan.byType.get('Extension');
      const base = extension ? ctx.imports.type(extension.typeName, extension.module) : 'never';
      return `${ctx.imports.type('BuilderInput', RUNTIME_INPUT_MODULE)}<${base}, 'url'>`;
    }
    case 'plain':
      return typeExpression(ctx, ref.slice, ref.slice.types[0] ?? parent.types[0], ctx.current.structure);
  }
}

/** Any item of a sliced array after the leading ones: a slice, or the base type when slicing is open. */
function restItem(ctx: InputContext, element: IrElement): string {
  const members: string[] = [];
  for (const slice of element.slices) {
    if (slice.max !== 0) members.push(typeExpression(ctx, slice, slice.types[0] ?? element.types[0], ctx.current.structure));
  }
  if (element.slicing?.rules !== 'closed') {
    for (const type of element.types) members.push(typeExpression(ctx, element, type, ctx.current.structure));
  }
  return [...new Set(members)].join(' | ') || 'never';
}

function leadingType(ctx: InputContext, element: IrElement, slices: readonly SliceRef[]): string {
  const items = slices.map((s) => sliceInput(ctx, s, element));
  if (!element.isArray) return items[0] ?? 'never';
  if (element.max !== undefined && element.max <= items.length) return `[${items.join(', ')}]`;
  return `[${items.join(', ')}, ...${parenthesise(restItem(ctx, element))}[]]`;
}

export interface InputShape {
  /** Keys the builder fills (optional in the input). */
  readonly filled: string[];
  /** `name?: type` members that replace the output's. */
  readonly overrides: string[];
}

/** Filled keys and overriding members of a node, registering the nested aliases it needs. */
export function inputShape(ctx: InputContext, node: BuildNode): InputShape {
  const filled = node.fixed.map((f) => f.key);
  const overrides: string[] = [];
  for (const { child, keys, name, node: inner } of node.nested) {
    const type = shaped(child, nestedInput(ctx, name, inner));
    for (const key of keys) overrides.push(`${propertyKey(key)}${child.min < 1 ? '?' : ''}: ${type}`);
  }
  for (const { child, slices } of node.leading) overrides.push(`${propertyKey(child.name)}: ${leadingType(ctx, child, slices)}`);
  return { filled, overrides };
}

/** `BuilderInput<Output, 'a' | 'b', { ... }>`, or the output itself when nothing is filled or retyped. */
export function inputTypeText(ctx: InputContext, output: string, shape: InputShape): string {
  if (shape.filled.length === 0 && shape.overrides.length === 0) return output;
  const builderInput = ctx.imports.type('BuilderInput', RUNTIME_INPUT_MODULE);
  const filled = shape.filled.length > 0 ? [...new Set(shape.filled)].map(quote).join(' | ') : 'never';
  const overrides = shape.overrides.length > 0 ? `, { ${shape.overrides.join('; ')} }` : '';
  return `${builderInput}<${output}, ${filled}${overrides}>`;
}

export function inputAlias(name: string, type: string, doc: string): TypeAliasDeclarationStructure {
  return { kind: StructureKind.TypeAlias, name, isExported: true, type, docs: [doc] };
}

/** The aliases of the nested inputs registered in `ctx.declare` (and of those they register in turn). */
export function nestedAliases(ctx: InputContext, elementIds: ReadonlyMap<string, string>): TypeAliasDeclarationStructure[] {
  const result: TypeAliasDeclarationStructure[] = [];
  const done = new Set<string>();
  for (let pending = [...ctx.declare.keys()].filter((n) => !done.has(n)); pending.length > 0; pending = [...ctx.declare.keys()].filter((n) => !done.has(n))) {
    for (const name of pending.sort((a, b) => a.localeCompare(b, 'en-US', { numeric: true }))) {
      done.add(name);
      const node = ctx.declare.get(name);
      if (!node) continue;
      const type = inputTypeText(ctx, name, inputShape(ctx, node));
      const where = elementIds.get(name);
      const doc = `Input of {@link ${name}}${where ? ` (\`${docText(where)}\`)` : ''}: what the builder fills may be left out.`;
      result.push(inputAlias(ctx.names.input(name), type, doc));
    }
  }
  return result;
}
