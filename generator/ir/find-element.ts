/** Finding an element of an IR tree by its (slice-free) path, descending only where the path leads. */
import type { IrElement } from './types.js';

export function findElementByPath(element: IrElement, path: string): IrElement | undefined {
  if (element.path === path) return element;
  for (const child of element.children) {
    if (path === child.path || path.startsWith(`${child.path}.`)) {
      const found = findElementByPath(child, path);
      if (found) return found;
    }
  }
  return undefined;
}
