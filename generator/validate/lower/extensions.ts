/**
 * The extension definitions of the model, as the extension dispatcher needs them: url, contexts,
 * and the types of the elements those contexts name (for owners whose location is unknown).
 */
import { findElementByPath } from '../../ir/find-element.js';
import type { IrStructure } from '../../ir/types.js';
import type { LowerContext } from './context.js';

export interface ExtensionInfo {
  readonly structure: IrStructure;
  readonly contexts: readonly string[];
  readonly contextTypes: readonly string[];
}

function contextTypes(lc: LowerContext, contexts: readonly string[]): string[] {
  const types = new Set<string>();
  for (const context of contexts) {
    const root = context.split('.')[0] ?? '';
    const base = lc.byType.get(root);
    if (!base) continue;
    if (context === root) {
      types.add(root);
      continue;
    }
    const element = findElementByPath(base.root, context);
    for (const t of element?.types ?? []) types.add(t.code);
  }
  return [...types].sort();
}

/** Extension definitions (profiles of Extension) by URL, sorted by URL. */
export function extensionInfos(lc: LowerContext): ExtensionInfo[] {
  return lc.model.structures
    .filter((s) => s.type === 'Extension' && s.derivation === 'constraint' && lc.byUrl.get(s.url) === s)
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((structure) => ({ structure, contexts: structure.extensionContext, contextTypes: contextTypes(lc, structure.extensionContext) }));
}
