/**
 * Lowering: IR structures and element subtrees into object rules (see ../model.ts), on demand and
 * cached, so a validator built from the IR only lowers what it meets.
 */
import type { IrModel } from '../../ir/types.js';
import { lowerConstraint } from '../kinds/invariant.js';
import type { ObjectRef, ObjectRule, PropRule } from '../model.js';
import { LowerContext } from './context.js';
import { ownerOf } from './owner.js';
import { lowerProperty } from './property.js';

export class Lowering {
  readonly lc: LowerContext;
  /** Constraints that are not checked, with the reason (`key: expression` → reason). */
  readonly notes = new Map<string, string>();
  private readonly cache = new Map<string, ObjectRule>();

  constructor(readonly model: IrModel) {
    this.lc = new LowerContext(model);
  }

  object(ref: ObjectRef): ObjectRule {
    const key = this.lc.refKey(ref);
    let rule = this.cache.get(key);
    if (!rule) {
      rule = this.lower(ref, key);
      this.cache.set(key, rule);
    }
    return rule;
  }

  private lower(ref: ObjectRef, key: string): ObjectRule {
    const { lc } = this;
    const { structure, element } = lc.elementOf(ref);
    const isRoot = element === structure.root;
    const primitiveMode = ref.kind === 'element' && ref.primitive;
    const isResource = isRoot && structure.kind === 'resource';
    const type = isRoot ? structure.type : (element.types[0]?.code ?? 'BackboneElement');
    const owner = ownerOf(lc, structure, element, type);
    const scope = { lc, structure, owner, notes: this.notes, parentIsRoot: isRoot, parentType: type };
    const children = element.children.filter((c) => c.types.length > 0 || c.contentReference !== undefined);
    const props: PropRule[] = children.map((c) => lowerProperty(scope, c));
    const known = new Set<string>(isResource ? ['resourceType'] : []);
    for (const prop of props) {
      for (const variant of prop.variants) {
        known.add(variant.jsonName);
        if (variant.target.kind === 'primitive' && variant.target.ext.kind !== 'attribute') known.add(`_${variant.jsonName}`);
      }
    }
    const constraints = primitiveMode
      ? []
      : element.constraints.filter((c) => c.key !== 'ele-1').flatMap((c) => lowerConstraint(lc, c, isRoot ? structure.type : element.path, this.notes) ?? []);
    return {
      key,
      label: isRoot ? structure.type : element.path,
      resourceType: isResource ? structure.type : undefined,
      known: [...known],
      // ele-1 holds for every element, whether or not the snapshot lists it.
      ele1: !isResource && !primitiveMode,
      props,
      constraints,
      owner,
    };
  }
}
