/**
 * Validation signatures of element subtrees: two subtrees with the same signature are validated
 * the same way, so a profile subtree equal to its datatype's (or its base resource's backbone) is
 * checked by calling that type's check instead of being compiled again. Unlike the plan's type
 * signatures, everything a validator reads counts: cardinality, types and profiles, fixed and
 * pattern values, every binding, slicing, invariants, maxLength. Docs, must-support, the `human`
 * text of constraints and the constraints every element has anyway (`ele-1`, those of the element's
 * type) do not. A child list equal to its datatype's own counts as folded,
 * as profile snapshots expand datatype children that the base leaves folded.
 */
import type { IrElement, IrStructure } from '../../ir/types.js';

/** The structure whose root children an element's children would be without a profile. */
export type NaturalOf = (element: IrElement) => IrStructure | undefined;

export class ValidationSignatures {
  private readonly cache = new Map<IrElement, string>();
  private readonly childCache = new Map<IrElement, string>();

  constructor(private readonly natural: NaturalOf) {}

  element(element: IrElement): string {
    const cached = this.cache.get(element);
    if (cached !== undefined) return cached;
    const binding = element.binding;
    const parts = [
      element.name,
      element.min,
      element.max ?? '*',
      element.isArray ? 'A' : '',
      element.isChoice ? 'C' : '',
      element.types.map((t) => `${t.code}(${t.profiles.join(',')})[${t.targetProfiles.join(',')}]`).join('|'),
      element.fixed ? JSON.stringify(element.fixed) : '',
      element.pattern ? JSON.stringify(element.pattern) : '',
      binding ? `${binding.strength} ${binding.resolvedValueSet ?? binding.valueSet ?? ''} ${binding.expansion ? binding.expansion.length : binding.notEnumerable ?? ''}` : '',
      element.slicing ? JSON.stringify(element.slicing.discriminators) + element.slicing.rules + String(element.slicing.ordered) : '',
      element.contentReference ?? '',
      element.maxLength ?? '',
      this.ownConstraints(element),
    ];
    const children = this.children(element);
    const natural = this.natural(element);
    const folded = children === '' || (natural !== undefined && children === this.children(natural.root)) ? '' : children;
    const result = `${parts.join(';')}{${element.slices.map((s) => `${s.sliceName ?? ''}:${this.element(s)}`).join(',')}}(${folded})`;
    this.cache.set(element, result);
    return result;
  }

  /**
   * Constraints that are the element's own: not `ele-1` (checked on every element whatever the
   * snapshot lists) and not those of its type's root (checked by the type's own check).
   */
  private ownConstraints(element: IrElement): string {
    const natural = this.natural(element);
    const inherited = new Set(natural ? natural.root.constraints.map((c) => c.key) : []);
    return element.constraints
      .filter((c) => c.key !== 'ele-1' && !inherited.has(c.key))
      .map((c) => `${c.key}/${c.severity}/${c.expression ?? ''}`)
      .join('&');
  }

  children(element: IrElement): string {
    const cached = this.childCache.get(element);
    if (cached !== undefined) return cached;
    const result = element.children.map((c) => this.element(c)).join(',');
    this.childCache.set(element, result);
    return result;
  }
}
