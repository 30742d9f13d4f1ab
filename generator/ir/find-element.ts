/**
 * Finding an element of an IR tree by its path or its id, descending only where the path or id leads
 * (a lookup visits one branch, not the whole tree).
 */
import type { IrElement } from './types.js';

/** Follows children only (no slices): the element a base definition has at the (slice-free) `path`. */
export function findElementByPath(element: IrElement, path: string): IrElement | undefined {
  return descend(element, path, 'path');
}

/** Follows children, then slices: the element with this `id` (`Patient.identifier:nhsNumber.system`). */
export function findElementById(element: IrElement, id: string): IrElement | undefined {
  return descend(element, id, 'id');
}

/** Ids name slices after `:`; paths never do, and their walk ignores slices. */
function descend(element: IrElement, target: string, key: 'path' | 'id'): IrElement | undefined {
  if (element[key] === target) return element;
  for (const branch of key === 'id' ? [element.children, element.slices] : [element.children]) {
    for (const next of branch) {
      const at = next[key];
      if (target === at || target.startsWith(`${at}.`) || (key === 'id' && target.startsWith(`${at}:`))) {
        const found = descend(next, target, key);
        if (found) return found;
      }
    }
  }
  return undefined;
}
