/**
 * Structural signatures of element subtrees, used to decide whether a profile really narrows a datatype
 * or backbone element (then it gets its own interface) or only repeats it (then the base type is reused).
 * Only what changes the TypeScript type counts: cardinality, types, fixed/pattern values, required
 * bindings, slices and children. Docs, constraints and must-support do not. Profile snapshots expand
 * datatype children that the base leaves folded (`Patient.telecom.period.start`); a subtree equal to
 * its datatype's own counts as folded, so expansion alone never makes a difference.
 */
import type { IrElement } from '../ir/types.js';

/** NHS snapshots declare the implicit `extension` slicing by url on every element; it changes nothing. */
function isImplicitExtensionSlicing(element: IrElement): boolean {
  return (element.name === 'extension' || element.name === 'modifierExtension') && element.slices.length === 0;
}

/** Returns the children signature of the element's datatype (undefined when it has none to compare). */
export type NaturalChildren = (element: IrElement) => string | undefined;

export class Signatures {
  private readonly cache = new Map<IrElement, string>();

  constructor(private readonly natural: NaturalChildren) {}

  element(element: IrElement): string {
    const cached = this.cache.get(element);
    if (cached !== undefined) return cached;
    const parts = [
      element.name,
      element.min,
      element.max ?? '*',
      element.isArray ? 'A' : '',
      element.types.map((t) => `${t.code}(${t.profiles.join(',')})[${t.targetProfiles.join(',')}]`).join('|'),
      element.fixed ? JSON.stringify(element.fixed) : '',
      element.pattern ? JSON.stringify(element.pattern) : '',
      element.binding?.strength === 'required' ? element.binding.resolvedValueSet ?? element.binding.valueSet ?? '' : '',
      element.slicing && !isImplicitExtensionSlicing(element) ? JSON.stringify(element.slicing) : '',
      element.contentReference ?? '',
    ];
    const children = this.children(element);
    const folded = children === '' || children === this.natural(element) ? '' : children;
    const result = `${parts.join(';')}{${element.slices.map((s) => `${s.sliceName}:${this.element(s)}`).join(',')}}(${folded})`;
    this.cache.set(element, result);
    return result;
  }

  children(element: IrElement): string {
    return element.children.map((c) => this.element(c)).join(',');
  }
}
