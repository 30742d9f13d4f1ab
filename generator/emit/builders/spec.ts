/**
 * Prints a build node as the `FillSpec` object literal a generated builder passes to the runtime
 * (generator/runtime/build/fill.ts). Every value from a profile enters the code through `quote()`.
 */
import { quote } from '../safe-text.js';
import { isEmptyNode, type BuildNode } from './model.js';

/** A JSON value as a JavaScript expression: strings quoted, objects with quoted keys. */
export function valueLiteral(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `[${value.map(valueLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    // Keys are quoted; `__proto__` as a quoted key would set the prototype, so it is written computed.
    const entries = Object.entries(value).map(([k, v]) => `${k === '__proto__' ? `[${quote(k)}]` : quote(k)}: ${valueLiteral(v)}`);
    return `{ ${entries.join(', ')} }`;
  }
  return 'null';
}

export interface SpecExtras {
  readonly resourceType?: string;
  readonly profile?: string;
}

/** The FillSpec literal of `node`, plus the resource type and profile of a resource builder. */
export function specLiteral(node: BuildNode, extras: SpecExtras = {}): string {
  const parts: string[] = [];
  if (extras.resourceType !== undefined) parts.push(`resourceType: ${quote(extras.resourceType)}`);
  if (extras.profile !== undefined) parts.push(`profile: ${quote(extras.profile)}`);
  if (node.fixed.length > 0) parts.push(`set: { ${node.fixed.map((f) => `${quote(f.key)}: ${valueLiteral(f.value)}`).join(', ')} }`);
  if (node.nested.length > 0) {
    const entries = node.nested.flatMap((n) => n.keys.map((key) => `${quote(key)}: ${specLiteral(n.node)}`));
    parts.push(`each: { ${entries.join(', ')} }`);
  }
  if (node.leading.length > 0) {
    const entries = node.leading.map((l) => `${quote(l.child.name)}: [${l.slices.map((s) => (isEmptyNode(s.node) ? '{}' : specLiteral(s.node))).join(', ')}]`);
    parts.push(`lead: { ${entries.join(', ')} }`);
  }
  if (node.coded.length > 0) {
    parts.push(`system: { ${node.coded.flatMap((c) => c.keys.map((key) => `${quote(key)}: ${quote(c.system)}`)).join(', ')} }`);
  }
  return parts.length > 0 ? `{ ${parts.join(', ')} }` : '{}';
}
