/**
 * What lowering needs to know about the whole model: structures by URL and base types by code,
 * which codes are primitive, and the element subtrees a check can be delegated to. Built once per
 * model (the interpreter and the emitter each hold one).
 */
import { findElementById, findElementByPath } from '../../ir/find-element.js';
import type { IrElement, IrModel, IrStructure } from '../../ir/types.js';
import type { ObjectRef } from '../model.js';
import { ValidationSignatures } from './signature.js';

const BACKBONE_CODES = new Set(['BackboneElement', 'Element']);
const RESOURCE_CODES = new Set(['Resource', 'DomainResource']);

export function isBackboneCode(code: string): boolean {
  return BACKBONE_CODES.has(code);
}

export function isResourceCode(code: string): boolean {
  return RESOURCE_CODES.has(code);
}

export class LowerContext {
  readonly byUrl: ReadonlyMap<string, IrStructure>;
  /** Base (specialization) structures by FHIR type code. */
  readonly byType: ReadonlyMap<string, IrStructure>;
  readonly signatures: ValidationSignatures;
  /** Resource type names (base, non-abstract). */
  readonly resourceTypes: ReadonlySet<string>;

  constructor(readonly model: IrModel) {
    const byUrl = new Map<string, IrStructure>();
    const byType = new Map<string, IrStructure>();
    for (const s of model.structures) {
      if (!byUrl.has(s.url)) byUrl.set(s.url, s);
      if (s.derivation === 'specialization' && !byType.has(s.type)) byType.set(s.type, s);
    }
    this.byUrl = byUrl;
    this.byType = byType;
    this.resourceTypes = new Set([...byType.values()].filter((s) => s.kind === 'resource' && !s.abstract).map((s) => s.type));
    this.signatures = new ValidationSignatures((element) => this.naturalStructure(element));
  }

  isPrimitive(code: string): boolean {
    return this.byType.get(code)?.kind === 'primitive-type';
  }

  /** The structure a single-typed element's content comes from without a profile: its type profile, else its datatype. */
  naturalStructure(element: IrElement): IrStructure | undefined {
    const type = element.types.length === 1 ? element.types[0] : undefined;
    if (!type || isBackboneCode(type.code) || isResourceCode(type.code)) return undefined;
    const profile = type.profiles[0] ? this.byUrl.get(type.profiles[0]) : undefined;
    return profile && profile.kind !== 'resource' ? profile : this.byType.get(type.code);
  }

  /** The key of an object rule: `url#elementId` (the root for a structure). */
  refKey(ref: ObjectRef): string {
    if (ref.kind === 'structure') return `${ref.url}#`;
    return `${ref.url}#${ref.elementId}${ref.primitive ? '#_' : ''}`;
  }

  /**
   * Where the content of `element` (of `structure`, single complex type `code`) is checked: the
   * natural type's rule when the subtree only repeats it, else the element's own subtree.
   */
  contentRef(structure: IrStructure, element: IrElement): ObjectRef {
    const own: ObjectRef = { kind: 'element', url: structure.url, elementId: element.id, primitive: false };
    const code = element.types[0]?.code ?? '';
    if (isBackboneCode(code)) {
      if (element.children.length === 0 && element.contentReference === undefined) return own;
      const base = structure.derivation === 'constraint' ? this.byType.get(structure.type) : undefined;
      const baseElement = base ? findElementByPath(base.root, element.path) : undefined;
      if (base && baseElement && baseElement !== element && this.signatures.children(baseElement) === this.signatures.children(element)) {
        return { kind: 'element', url: base.url, elementId: baseElement.id, primitive: false };
      }
      return own;
    }
    const natural = this.naturalStructure(element);
    if (!natural) return own;
    if (element.children.length === 0 || this.signatures.children(element) === this.signatures.children(natural.root)) {
      return { kind: 'structure', url: natural.url };
    }
    return own;
  }

  /** The element an object rule is lowered from. */
  elementOf(ref: ObjectRef): { structure: IrStructure; element: IrElement } {
    const structure = this.byUrl.get(ref.url);
    if (!structure) throw new Error(`no structure ${ref.url}`);
    if (ref.kind === 'structure') return { structure, element: structure.root };
    const element = findElementById(structure.root, ref.elementId);
    if (!element) throw new Error(`no element ${ref.elementId} in ${ref.url}`);
    return { structure, element };
  }
}
