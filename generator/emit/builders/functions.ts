/**
 * The builder functions of one module: `build<Name>` for the structure (fill, then check with the
 * generated validator) and `build<Slice>` for each slice that has something to fill (fill only; the
 * slice is checked with the resource or extension it goes into). Each is one call into the runtime.
 */
import { StructureKind, type FunctionDeclarationStructure } from 'ts-morph';
import type { IrElement, IrStructure } from '../../ir/types.js';
import { docText, quote } from '../safe-text.js';
import type { BuildNode } from './model.js';
import { specLiteral, valueLiteral } from './spec.js';

export const RUNTIME_FILL_MODULE = 'runtime/build/fill';
const MAX_DOC_VALUE = 100;

function shortValue(value: unknown): string {
  const text = valueLiteral(value);
  return docText(text.length > MAX_DOC_VALUE ? `${text.slice(0, MAX_DOC_VALUE)}...` : text);
}

/** Bullet lines saying what the builder fills in and which slices it expects first. */
function fillsDoc(node: BuildNode, extra: string[]): string[] {
  const lines = [...extra];
  for (const f of node.fixed) lines.push(`- \`${docText(f.key)}\`: ${shortValue(f.value)}`);
  for (const n of node.nested) lines.push(`- fixed parts inside \`${docText(n.keys.join('` / `'))}\` (see its input type)`);
  for (const c of node.coded) lines.push(`- the \`system\` of codings in \`${docText(c.keys.join('` / `'))}\`: ${docText(c.system)} (the only system of its required binding)`);
  for (const l of node.leading) {
    const slices = l.slices.map((s) => `\`${docText(s.slice.id)}\``).join(', ');
    lines.push(`- the leading items of \`${docText(l.child.name)}\`, which must be the required slices in this order: ${slices}`);
  }
  return lines;
}

/** What every builder function is made from: its names, its build node, and the module's imports. */
interface BuilderInput {
  readonly name: string;
  readonly typeName: string;
  readonly inputName: string;
  readonly node: BuildNode;
  readonly imports: { value(name: string, module: string): string };
}

/** `export function <name>(input: <Input>): <Type> { return <call>; }`: each builder is one runtime call. */
function builderFunction(input: BuilderInput, docs: readonly string[], call: string): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: input.name,
    isExported: true,
    docs: [docs.join('\n')],
    parameters: [{ name: 'input', type: input.inputName }],
    returnType: input.typeName,
    statements: [`return ${call};`],
  };
}

export interface StructureBuilderInput extends BuilderInput {
  readonly structure: IrStructure;
}

export function structureBuilder(input: StructureBuilderInput): FunctionDeclarationStructure {
  const { structure, node, typeName } = input;
  const isResource = structure.kind === 'resource';
  const profile = isResource && structure.derivation === 'constraint' ? structure.url : undefined;
  const extra: string[] = [];
  if (isResource) extra.push(`- \`resourceType\`: ${docText(valueLiteral(structure.type))}`);
  if (profile !== undefined) extra.push(`- \`meta.profile\`: adds ${docText(profile)}`);
  const fills = fillsDoc(node, extra);
  const title = docText(structure.title ?? structure.name);
  const checked = isResource
    ? `The result is checked with {@link validate${typeName}}.`
    : `The result is checked with {@link validate${typeName}}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).`;
  const docs = [
    `Builds a {@link ${typeName}} (${title}, ${docText(structure.url)}).`,
    '',
    ...(fills.length > 0 ? ['Fills in, when the input leaves them out:', ...fills, ''] : []),
    checked,
    '',
    `@throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.`,
  ];
  const fillAndCheck = input.imports.value(isResource ? 'fillAndCheck' : 'fillAndCheckPart', RUNTIME_FILL_MODULE);
  const spec = specLiteral(node, { ...(isResource ? { resourceType: structure.type } : {}), ...(profile !== undefined ? { profile } : {}) });
  return builderFunction(input, docs, `${fillAndCheck}(input, ${spec}, is${typeName}, validate${typeName}, ${quote(typeName)})`);
}

export interface SliceBuilderInput extends BuilderInput {
  readonly slice: IrElement;
}

export function sliceBuilder(input: SliceBuilderInput): FunctionDeclarationStructure {
  const { slice, node, typeName } = input;
  const docs = [
    `Makes a \`${docText(slice.id)}\` item (slice \`${docText(slice.sliceName ?? '')}\`, ${slice.min}..${slice.max ?? '*'}).`,
    '',
    'Fills in, when the input leaves them out:',
    ...fillsDoc(node, []),
    '',
    'Not validated on its own: the builder of the resource or extension it goes into checks it.',
  ];
  const fillPart = input.imports.value('fillPart', RUNTIME_FILL_MODULE);
  return builderFunction(input, docs, `${fillPart}<${typeName}>(input, ${specLiteral(node)})`);
}
