/**
 * Types a parsed invariant against the element it sits on: every member step must name an element
 * of the type it navigates (so the translation never guesses), and choice elements are marked
 * (`value` reads `valueQuantity`, `valueString`...). Returns undefined when a step cannot be
 * resolved: the invariant then stays with fhirpath.js.
 */
import { findElementById, findElementByPath } from '../../ir/find-element.js';
import type { IrElement } from '../../ir/types.js';
import { isBackboneCode, type LowerContext } from '../lower/context.js';
import type { Node } from './parse.js';

type Context = IrElement | 'value';

/** The element at a constraint path (`Bundle.entry`, `Quantity`), in the base definitions. */
function elementAt(lc: LowerContext, path: string): IrElement | undefined {
  const root = lc.byType.get(path.split('.')[0] ?? '');
  return root ? findElementByPath(root.root, path) : undefined;
}

function children(lc: LowerContext, element: IrElement): readonly IrElement[] {
  if (element.contentReference !== undefined) {
    const target = elementAt(lc, element.contentReference) ?? (() => {
      const root = lc.byType.get(element.contentReference.split('.')[0] ?? '');
      return root ? findElementById(root.root, element.contentReference) : undefined;
    })();
    return target ? children(lc, target) : [];
  }
  if (element.children.length > 0) return element.children;
  const code = element.types.length === 1 ? element.types[0]?.code : undefined;
  if (!code || isBackboneCode(code)) return [];
  return lc.byType.get(code)?.root.children ?? [];
}

function typed(lc: LowerContext, node: Node, self: Context): { node: Node; context: Context } | undefined {
  switch (node.kind) {
    case 'literal':
      return { node, context: 'value' };
    case 'this':
      return { node, context: self };
    case 'member': {
      const of = typed(lc, node.of, self);
      if (!of || of.context === 'value') return undefined;
      const child = children(lc, of.context).find((c) => c.name === node.name && c.types.length + (c.contentReference ? 1 : 0) > 0);
      if (!child) return undefined;
      const primitive = child.types.length === 1 && lc.isPrimitive(child.types[0]?.code ?? '');
      const variants = child.isChoice ? child.types.map((t) => `${node.name}${t.code.charAt(0).toUpperCase()}${t.code.slice(1)}`) : undefined;
      return { node: { kind: 'member', of: of.node, name: node.name, choice: child.isChoice, ...(variants ? { variants } : {}) }, context: primitive || child.isChoice ? 'value' : child };
    }
    case 'as': {
      // Only `choice as type`: the one JSON property of that type (`abatement as boolean` reads
      // `abatementBoolean`); empty when another variant is present, as FHIRPath's `as` gives.
      const of = typed(lc, node.of, self);
      if (!of || of.node.kind !== 'member' || of.node.choice !== true) return undefined;
      const name = `${of.node.name}${node.type.charAt(0).toUpperCase()}${node.type.slice(1)}`;
      return { node: { kind: 'member', of: of.node.of, name, choice: false }, context: 'value' };
    }
    case 'binary': {
      const left = typed(lc, node.left, self);
      const right = typed(lc, node.right, self);
      return left && right ? { node: { ...node, left: left.node, right: right.node }, context: 'value' } : undefined;
    }
    case 'call': {
      const of = typed(lc, node.of, self);
      if (!of) return undefined;
      if (node.name === 'where' || node.name === 'exists') {
        const first = node.args[0];
        if (!first) return { node: { ...node, of: of.node }, context: 'value' };
        if (of.context === 'value') return undefined;
        const predicate = typed(lc, first, of.context);
        if (!predicate) return undefined;
        return { node: { ...node, of: of.node, args: [predicate.node] }, context: node.name === 'where' ? of.context : 'value' };
      }
      const args: Node[] = [];
      for (const arg of node.args) {
        const t = typed(lc, arg, self);
        if (!t) return undefined;
        args.push(t.node);
      }
      return { node: { ...node, of: of.node, args }, context: 'value' };
    }
  }
}

/** `node` with its member steps checked and marked, for a constraint on the element at `path`. */
export function typeExpression(lc: LowerContext, node: Node, path: string): Node | undefined {
  const element = elementAt(lc, path);
  return element ? typed(lc, node, element)?.node : undefined;
}
