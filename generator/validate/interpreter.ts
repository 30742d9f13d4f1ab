/**
 * The interpreter: walks the validation model over an instance, calling the same runtime checks the
 * generated code calls, in the same order. It is the test oracle of the compiled validators (the
 * differential tests run both over every sample) and the engine of the CLI `validate` command,
 * which has no generated package to load.
 */
import type { IrStructure } from '../ir/types.js';
import { each, many, one, prohibited, prohibitedVariants, removedVariants } from '../runtime/validate/cardinality.js';
import type { Check, Ctx, ExtensionDefinition, KnownStructure, Registry } from '../runtime/validate/context.js';
import { checkExtensionItem, checkExtensions, type ExtensionOwner } from '../runtime/validate/extension.js';
import { acceptAny, attribute, checkPrimitiveValue, prim, prims } from '../runtime/validate/primitive-values.js';
import { checkContainedResource, checkEntryResource, checkResourceItem } from '../runtime/validate/resource.js';
import { checkChoice, checkKeys, checkResourceType, choiceVariants, objectAt, own } from '../runtime/validate/shape.js';
import { hasSibling, readsOwn } from './kinds/shape.js';
import { checkSliced, slicingNotChecked, type Slicing } from '../runtime/validate/slicing.js';
import { interpretExtras } from './extras.js';
import { interpretConstraint } from './kinds/invariant.js';
import { primitiveTest, primitiveType } from './kinds/primitive.js';
import { interpretMatch } from './kinds/slicing.js';
import { extensionInfos } from './lower/extensions.js';
import type { Lowering } from './lower/index.js';
import type { ObjectRef, ObjectRule, PropRule, SlicingRule, Target, VariantRule } from './model.js';
import type { Path } from '../runtime/validate/paths.js';

/** Reads a property the way generated code does (see kinds/shape.ts `readsOwn`). */
function read(o: Record<string, unknown>, key: string): unknown {
  return readsOwn(key) ? own(o, key) : o[key];
}

export class Interpreter {
  private readonly checks = new Map<string, Check>();
  private readonly knownSets = new WeakMap<ObjectRule, ReadonlySet<string>>();
  private readonly slicings = new WeakMap<SlicingRule, Slicing>();
  private readonly targets = new WeakMap<Target, Check>();
  private readonly extensions: ReadonlyMap<string, ExtensionDefinition>;
  private readonly structures = new Map<string, KnownStructure | undefined>();

  constructor(readonly lowering: Lowering) {
    const defs = new Map<string, ExtensionDefinition>();
    for (const info of extensionInfos(lowering.lc)) {
      const url = info.structure.url;
      defs.set(url, { url, check: this.check({ kind: 'structure', url }), contexts: info.contexts, contextTypes: info.contextTypes });
    }
    this.extensions = defs;
  }

  /** The check of an object rule (lowered on first use). */
  check(ref: ObjectRef): Check {
    const key = this.lowering.lc.refKey(ref);
    let check = this.checks.get(key);
    if (!check) {
      let rule: ObjectRule | undefined;
      check = (v, x, p, d) => this.object((rule ??= this.lowering.object(ref)), v, x, p, d);
      this.checks.set(key, check);
    }
    return check;
  }

  /** A structure by canonical URL: its check, type and whether it is a resource. */
  readonly byUrl = (url: string): KnownStructure | undefined => {
    if (this.structures.has(url)) return this.structures.get(url);
    const s = this.lowering.lc.byUrl.get(url);
    const known = s ? this.structureCheck(s) : undefined;
    this.structures.set(url, known);
    return known;
  };

  /** The base resource check for a `resourceType`. */
  readonly byType = (type: string): Check | undefined => {
    const s = this.lowering.lc.byType.get(type);
    return s && s.kind === 'resource' && !s.abstract ? this.byUrl(s.url)?.check : undefined;
  };

  private structureCheck(s: IrStructure): KnownStructure {
    const type = primitiveType(s.type);
    if (s.kind === 'primitive-type' && type !== undefined) {
      const test = primitiveTest(type);
      return { check: (v, x, q) => checkPrimitiveValue(v, x, q, test, type), type: s.type, isResource: false };
    }
    return { check: this.check({ kind: 'structure', url: s.url }), type: s.type, isResource: s.kind === 'resource' };
  }

  private readonly baseExtension: Check = (v, x, q, d) => {
    const base = this.lowering.lc.byType.get('Extension');
    return base ? this.check({ kind: 'structure', url: base.url })(v, x, q, d) : acceptAny();
  };

  /** The lookups of the whole model, as the generated dispatcher provides them. */
  readonly registry: Registry = {
    byUrl: this.byUrl,
    byType: this.byType,
    extension: (url) => this.extensions.get(url),
    baseExtension: this.baseExtension,
  };

  private targetCheck(target: Target): Check {
    let check = this.targets.get(target);
    if (check) return check;
    switch (target.kind) {
      case 'object':
        check = this.check(target.ref);
        break;
      case 'resource': {
        const profiles = target.profiles;
        check = profiles.length > 0 ? (v, x, q, d) => checkResourceItem(v, x, q, d, false, profiles) : target.contained ? checkContainedResource : checkEntryResource;
        break;
      }
      case 'extension':
        check = (v, x, q, d) => checkExtensionItem(v, x, q, d, target.owner, target.modifier);
        break;
      case 'primitive':
        throw new Error('primitive targets have no object check');
      case 'any':
        check = acceptAny;
        break;
    }
    this.targets.set(target, check);
    return check;
  }

  /** Content and extras of one occurrence, for slices. */
  private occurrenceCheck(variant: VariantRule): Check {
    const content = this.targetCheck(variant.target);
    return (v, x, q, d) => {
      if (!content(v, x, q, d) && x.c === null) return false;
      return interpretExtras(variant.extras, v, x, q) || x.c !== null;
    };
  }

  private slicing(rule: SlicingRule, base: VariantRule): Slicing {
    let s = this.slicings.get(rule);
    if (!s) {
      s = {
        rules: rule.rules,
        ordered: rule.ordered,
        element: rule.element,
        base: this.targetCheck(base.target),
        slices: rule.slices.map((slice) => ({
          name: slice.name,
          min: slice.min,
          max: slice.max,
          match: (v: unknown, x: Ctx, d: number) => interpretMatch(slice.discriminators, v, x, d, (ref) => this.check(ref)),
          check: this.occurrenceCheck(slice.variant),
        })),
        // The oracle always matches slice by slice; the generated index must agree with it.
        index: undefined,
      };
      this.slicings.set(rule, s);
    }
    return s;
  }

  private object(rule: ObjectRule, v: unknown, x: Ctx, p: Path, d: number): boolean {
    const o = objectAt(v, x, p, d, rule.label);
    if (o === undefined) return false;
    if (rule.resourceType !== undefined && !checkResourceType(o, x, p, rule.resourceType) && x.c === null) return false;
    let known = this.knownSets.get(rule);
    if (!known) {
      known = new Set(rule.known);
      this.knownSets.set(rule, known);
    }
    if (!checkKeys(o, known, x, p, rule.ele1) && x.c === null) return false;
    for (const prop of rule.props) if (!this.property(prop, rule.owner, o, x, p, d) && x.c === null) return false;
    for (const c of rule.constraints) if (!interpretConstraint(c, o, x, p) && x.c === null) return false;
    return true;
  }

  private readonly memos = new WeakMap<PropRule, Map<string, unknown>>();

  /** A value computed once per property rule (the maps the choice checks take). */
  private memo<T>(prop: PropRule, key: string, make: () => T): T {
    let byKey = this.memos.get(prop);
    if (!byKey) {
      byKey = new Map();
      this.memos.set(prop, byKey);
    }
    if (!byKey.has(key)) byKey.set(key, make());
    return byKey.get(key) as T;
  }

  private property(prop: PropRule, owner: ExtensionOwner, o: Record<string, unknown>, x: Ctx, p: Path, d: number): boolean {
    if (prop.max === 0) {
      if (prop.choice) return prohibitedVariants(o, x, p, this.memo(prop, 'removed', () => removedVariants(prop.variants.map((v) => [v.jsonName, v.seg] as const))));
      const variant = prop.variants[0];
      if (!variant) return true;
      return prohibited(read(o, variant.jsonName), hasSibling(variant) ? read(o, `_${variant.jsonName}`) : undefined, x, p, variant.seg);
    }
    if (!prop.choice) return this.occurrences(prop, prop.variants[0], owner, o, x, p, d, prop.min);
    const variants = this.memo(prop, 'choice', () => choiceVariants(prop.variants.map((v) => v.jsonName)));
    if (!checkChoice(o, variants, x, p, prop.seg, prop.min) && x.c === null) return false;
    for (const variant of prop.variants) if (!this.occurrences(prop, variant, owner, o, x, p, d, 0) && x.c === null) return false;
    return true;
  }

  private occurrences(prop: PropRule, variant: VariantRule | undefined, owner: ExtensionOwner, o: Record<string, unknown>, x: Ctx, p: Path, d: number, min: number): boolean {
    if (!variant) return true;
    const target = variant.target;
    const seg = variant.seg;
    const v = read(o, variant.jsonName);
    let ok: boolean;
    if (target.kind === 'primitive') {
      const type = target.type;
      const test = primitiveTest(type);
      if (target.ext.kind === 'attribute') ok = attribute(v, x, p, seg, min, test, type);
      else {
        const e = read(o, `_${variant.jsonName}`);
        const ext: Check | ExtensionOwner = target.ext.kind === 'object' ? this.check(target.ext.ref) : owner;
        ok = prop.repeats ? prims(v, e, x, p, seg, d, min, prop.max, test, type, ext) : prim(v, e, x, p, seg, d, min, test, type, ext);
      }
    } else if (prop.slicing) {
      ok = checkSliced(v, x, p, seg, d, min, prop.max, this.slicing(prop.slicing, variant));
    } else if (target.kind === 'extension' && prop.repeats) {
      ok = checkExtensions(v, x, p, seg, d, min, prop.max, target.owner, target.modifier);
    } else {
      const check = this.targetCheck(target);
      ok = prop.repeats ? many(v, x, p, seg, d, min, prop.max, check) : one(v, x, p, seg, d, min, check);
    }
    if (!ok && x.c === null) return false;
    if (prop.slicingNotChecked !== undefined) slicingNotChecked(v, x, p, seg, prop.elementId, prop.slicingNotChecked);
    if (variant.extras.length > 0 && !each(v, prop.repeats, x, p, seg, (item, y, r) => interpretExtras(variant.extras, item, y, r)) && x.c === null) return false;
    return true;
  }
}
