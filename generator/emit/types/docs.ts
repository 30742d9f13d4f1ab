/** JSDoc text for declarations and members, built from the IR docs and made safe by docText(). */
import type { IrElement, IrStructure } from '../../ir/types.js';
import { docText } from '../safe-text.js';

const MAX_LISTED_CODES = 12;

export function cardinality(element: IrElement): string {
  return `${element.min}..${element.max ?? '*'}`;
}

export function elementDoc(element: IrElement): string {
  const lines: string[] = [];
  const short = element.docs.short && docText(element.docs.short);
  const definition = element.docs.definition && docText(element.docs.definition);
  if (short) lines.push(short);
  if (definition && definition !== short) lines.push('', definition);
  const facts = [`Cardinality ${cardinality(element)}`, `FHIR path \`${docText(element.id)}\``];
  if (element.types.length > 0) facts.push(`Type ${element.types.map((t) => docText(t.code)).join(' | ')}`);
  if (element.fixed) facts.push(`Fixed ${docText(JSON.stringify(element.fixed.value))}`);
  if (element.pattern) facts.push(`Pattern ${docText(JSON.stringify(element.pattern.value))}`);
  if (element.mustSupport) facts.push('Must support');
  if (element.binding) {
    const b = element.binding;
    let text = `Binding ${b.strength}${b.valueSet ? ` to ${docText(b.valueSet)}` : ''}`;
    if (b.expansion && b.expansion.length > 0) {
      const codes = b.expansion.slice(0, MAX_LISTED_CODES).map((c) => docText(c.code)).join(', ');
      text += ` (${b.expansion.length} codes: ${codes}${b.expansion.length > MAX_LISTED_CODES ? ', ...' : ''})`;
    } else if (b.notEnumerable) text += ` (codes not enumerable here: ${docText(b.notEnumerable)})`;
    facts.push(text);
  }
  lines.push('', ...facts.map((f) => `- ${f}`));
  return lines.join('\n');
}

export function structureDoc(structure: IrStructure): string {
  const lines: string[] = [];
  const title = docText(structure.title ?? structure.name);
  lines.push(title);
  if (structure.description) lines.push('', docText(structure.description));
  lines.push(
    '',
    `- Canonical URL: ${docText(structure.url)}${structure.version ? ` (version ${docText(structure.version)})` : ''}`,
    `- Source: ${docText(structure.packageKey)}`,
    `- ${structure.derivation === 'constraint' ? `Profile of ${docText(structure.type)}` : `FHIR ${docText(structure.kind)}`}`,
  );
  if (structure.snapshotGenerated) lines.push('- Snapshot generated from the differential by gpconnect-codegen');
  return lines.join('\n');
}
