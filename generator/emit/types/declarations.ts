/**
 * Builds the type declarations of one planned structure as ts-morph structures: the main interface (or a
 * primitive alias) and one interface per nested subtree the plan names. Properties follow the FHIR JSON
 * form: choice variants (`valueQuantity`), `_name` siblings for primitive extensions, arrays by the base
 * cardinality, required when min >= 1, removed when max = 0, slices as a union of their typed shapes.
 */
import { StructureKind, type InterfaceDeclarationStructure, type PropertySignatureStructure, type TypeAliasDeclarationStructure } from 'ts-morph';
import type { IrElement, IrStructure } from '../../ir/types.js';
import type { PlannedStructure } from '../../plan/plan.js';
import { capitalise, propertyKey } from '../../plan/identifiers.js';
import { docText, quote } from '../safe-text.js';
import { elementDoc, structureDoc } from './docs.js';
import { isPrimitiveCode, primitiveTsType, typeExpression, type TypeContext } from './type-expr.js';

export type TypeDeclaration = InterfaceDeclarationStructure | TypeAliasDeclarationStructure;

function arrayOf(item: string, element: IrElement, min: number): string {
  const single = item.includes('|') || item.includes('&') ? `(${item})` : item;
  if (element.max === 1) return `[${item}]`;
  if (min >= 1) return `[${item}, ...${single}[]]`;
  return `${single}[]`;
}

/**
 * Required slices make the sliced array required (at least as many items as the required slices need).
 * Which item fills which slice cannot be expressed soundly for unordered slicing (a tuple would claim a
 * position the data need not have), so that part is left to the validator.
 */
function effectiveMin(element: IrElement): number {
  return Math.max(element.min, element.slices.reduce((sum, slice) => sum + slice.min, 0));
}

function isImplicitExtensionSlicing(element: IrElement): boolean {
  return (element.name === 'extension' || element.name === 'modifierExtension') && element.slices.length === 0;
}

/** Type of a non-choice element, including its slices when it is sliced. */
function elementType(ctx: TypeContext, element: IrElement, structure: IrStructure): string {
  const own = element.types.length > 1 ? element.types.map((t) => typeExpression(ctx, element, t, structure)) : [typeExpression(ctx, element, element.types[0], structure)];
  if (!element.slicing || isImplicitExtensionSlicing(element)) return [...new Set(own)].join(' | ');
  const members: string[] = [];
  for (const slice of element.slices) {
    if (slice.max === 0) continue;
    members.push(typeExpression(ctx, slice, slice.types[0] ?? element.types[0], structure));
  }
  if (element.slicing.rules !== 'closed') members.push(...own);
  return [...new Set(members)].join(' | ') || 'never';
}

/**
 * The `_name` sibling that carries a primitive's id and extensions. A profile that slices those extensions
 * (`Patient.birthDate.extension:birthTime`) has a nested interface for the primitive element: it types this sibling.
 */
function primitiveSibling(ctx: TypeContext, name: string, element: IrElement, isArray: boolean): PropertySignatureStructure {
  const base = ctx.plan.byType.get('Element');
  const elementType = ctx.current.nested.get(element.id) ?? (base ? ctx.imports.type(base.typeName, base.module) : 'unknown');
  return {
    kind: StructureKind.PropertySignature,
    name: propertyKey(`_${name}`),
    hasQuestionToken: true,
    type: isArray ? `(${elementType} | null)[]` : elementType,
    docs: [docText(`Extensions and id for \`${name}\` (FHIR JSON primitive extension, see ${element.id}).`)],
  };
}

export function elementProperties(ctx: TypeContext, element: IrElement, structure: IrStructure): PropertySignatureStructure[] {
  if (element.max === 0) return [];
  const docs = [elementDoc(element)];
  const props: PropertySignatureStructure[] = [];
  if (element.isChoice) {
    for (const type of element.types) {
      const name = `${element.name}${capitalise(type.code)}`;
      const required = element.min >= 1 && element.types.length === 1;
      props.push({ kind: StructureKind.PropertySignature, name: propertyKey(name), hasQuestionToken: !required, type: typeExpression(ctx, element, type, structure), docs });
      if (isPrimitiveCode(ctx.plan, type.code)) props.push(primitiveSibling(ctx, name, element, false));
    }
    return props;
  }
  const item = elementType(ctx, element, structure);
  const min = effectiveMin(element);
  props.push({
    kind: StructureKind.PropertySignature,
    name: propertyKey(element.name),
    hasQuestionToken: min < 1,
    type: element.isArray ? arrayOf(item, element, min) : item,
    docs,
  });
  if (element.types.some((t) => isPrimitiveCode(ctx.plan, t.code))) props.push(primitiveSibling(ctx, element.name, element, element.isArray));
  return props;
}

function interfaceFor(ctx: TypeContext, name: string, element: IrElement, structure: IrStructure, docs: string, leading: PropertySignatureStructure[] = []): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    docs: [docs],
    // Children without a type are the internal `value` of primitives: not a JSON property.
    properties: [...leading, ...element.children.filter((c) => c.types.length > 0 || c.contentReference !== undefined).flatMap((child) => elementProperties(ctx, child, structure))],
  };
}

/** Coding, CodeableConcept and Reference are generic so that bindings and targets can narrow them. */
function genericBase(decl: InterfaceDeclarationStructure, structure: IrStructure, ctx: TypeContext): InterfaceDeclarationStructure {
  if (structure.derivation !== 'specialization') return decl;
  const props = decl.properties ?? [];
  const retype = (prop: string, type: string) => props.map((p) => (p.name === prop ? { ...p, type } : p));
  if (structure.type === 'Coding') return { ...decl, typeParameters: [{ name: 'C', constraint: 'string', default: 'string' }], properties: retype('code', 'C') };
  if (structure.type === 'CodeableConcept') return { ...decl, typeParameters: [{ name: 'C', constraint: 'string', default: 'string' }], properties: retype('coding', `${ctx.imports.type('Coding', 'Coding')}<C>[]`) };
  if (structure.type === 'Reference') {
    const refString = ctx.imports.type('ReferenceString', 'ResourceTypes');
    const resourceType = ctx.imports.type('ResourceType', 'ResourceTypes');
    return { ...decl, typeParameters: [{ name: 'T', constraint: 'string', default: resourceType }], properties: retype('reference', `${refString}<T>`) };
  }
  return decl;
}

export function typeDeclarations(ctx: TypeContext): TypeDeclaration[] {
  const { structure, typeName } = ctx.current;
  if (structure.kind === 'primitive-type') {
    return [{ kind: StructureKind.TypeAlias, name: typeName, isExported: true, type: primitiveTsType(structure.type), docs: [structureDoc(structure)] }];
  }
  const leading: PropertySignatureStructure[] = [];
  if (structure.kind === 'resource') {
    const literal = structure.abstract ? ctx.imports.type('ResourceType', 'ResourceTypes') : quote(structure.type);
    leading.push({ kind: StructureKind.PropertySignature, name: 'resourceType', type: literal, docs: [`The FHIR resource type.`] });
  }
  const main = genericBase(interfaceFor(ctx, typeName, structure.root, structure, structureDoc(structure), leading), structure, ctx);
  const result: TypeDeclaration[] = [main];
  const visit = (element: IrElement): void => {
    const nested = ctx.current.nested.get(element.id);
    if (nested && element !== structure.root) result.push(interfaceFor(ctx, nested, element, structure, elementDoc(element)));
    for (const child of element.children) visit(child);
    for (const slice of element.slices) visit(slice);
  };
  visit(structure.root);
  return result;
}
