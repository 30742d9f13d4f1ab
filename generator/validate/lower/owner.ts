/**
 * Extension owners: for the element that carries an `extension` array, the paths an extension
 * definition's context may name (its own path, and its path inside the nearest enclosing datatype:
 * `Address.line` for `Patient.address.line`) and its type.
 */
import { findElementByPath } from '../../ir/find-element.js';
import type { IrElement, IrStructure } from '../../ir/types.js';
import type { ExtensionOwner } from '../../runtime/validate/extension.js';
import { isBackboneCode, isResourceCode, type LowerContext } from './context.js';

/** `path` relative to its nearest ancestor-or-self typed with a complex datatype, if any. */
function logicalPath(lc: LowerContext, structure: IrStructure, path: string): string | undefined {
  const segments = path.split('.');
  for (let i = segments.length; i > 1; i--) {
    const prefix = segments.slice(0, i).join('.');
    const element = findElementByPath(structure.root, prefix);
    const code = element && element.types.length === 1 ? element.types[0]?.code : undefined;
    if (!code || isBackboneCode(code) || isResourceCode(code) || lc.isPrimitive(code)) continue;
    if (lc.byType.get(code)?.kind !== 'complex-type') continue;
    return [code, ...segments.slice(i)].join('.');
  }
  return undefined;
}

/**
 * The owner for extensions on `element` of `structure`, typed `type`. A datatype's root (its check is
 * shared by every place the datatype is used) is not `exact`; neither is anything inside it.
 */
export function ownerOf(lc: LowerContext, structure: IrStructure, element: IrElement, type: string): ExtensionOwner {
  const inDatatype = structure.kind !== 'resource';
  const paths = [element.path];
  const logical = logicalPath(lc, structure, element.path);
  if (logical !== undefined && logical !== element.path) paths.push(logical);
  return { paths, type, exact: !inDatatype };
}
