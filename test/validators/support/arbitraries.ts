/**
 * fast-check arbitraries of instances of a profile, built from its validation model: objects with a
 * few of the profile's elements, values that are right for the element more often than not (fixed
 * values, codes from bindings, slice discriminator values, well-formed primitives) and otherwise
 * wrong in every way JSON allows (wrong types, nulls, empty arrays, unknown keys, bad formats).
 * Meant to drive both validators down the same paths, valid and invalid.
 */
import fc from 'fast-check';
import type { Lowering } from '../../../generator/validate/lower/index.js';
import type { Discriminator, ObjectRef, PropRule, Target, VariantRule } from '../../../generator/validate/model.js';

const GOOD_PRIMITIVES: Readonly<Record<string, readonly unknown[]>> = {
  boolean: [true, false],
  integer: [0, 7, -3],
  unsignedInt: [0, 12],
  positiveInt: [1, 3],
  decimal: [1.5, 0, 100],
  string: ['text', 'Jane'],
  markdown: ['*x*'],
  code: ['final', 'official', 'home', 'female'],
  id: ['abc-1', 'X.2'],
  uri: ['http://example.org/x', 'urn:test:local'],
  oid: ['urn:oid:1.2.3'],
  uuid: ['urn:uuid:c757873d-ec9a-4326-a141-556f43239520'],
  date: ['2020', '2020-02', '2020-02-29'],
  dateTime: ['2020-01-01', '2020-01-01T10:00:00Z', '2020-01-01T10:00:00.5+01:00'],
  instant: ['2020-01-01T10:00:00Z'],
  time: ['10:00:00'],
  base64Binary: ['AAAA', 'aGVsbG8='],
  xhtml: ['<div xmlns="http://www.w3.org/1999/xhtml">x</div>'],
};

const JUNK: readonly unknown[] = ['', ' x ', 'a  b', '2020-13-01', 1.5, -1, 0, true, null, [], {}, ['x'], { id: 'x' }, 'not/valid ref'];

const junk = fc.constantFrom(...JUNK);

function extraValues(variant: VariantRule): unknown[] {
  const values: unknown[] = [];
  for (const extra of variant.extras) {
    if (extra.kind === 'fixed' || extra.kind === 'pattern') values.push(extra.value);
    if (extra.kind === 'binding') {
      for (const code of extra.codes.slice(0, 3)) {
        const space = code.indexOf(' ');
        if (extra.form === 'code') values.push(code);
        else {
          const coding = { system: code.slice(0, space), code: code.slice(space + 1) };
          values.push(extra.form === 'coding' ? coding : { coding: [coding] });
        }
      }
    }
  }
  return values;
}

export class InstanceArbitraries {
  private readonly cache = new Map<string, fc.Arbitrary<unknown>>();

  constructor(
    private readonly lowering: Lowering,
    private readonly extensionUrls: readonly string[],
  ) {}

  /** Instances of the object rule `ref`, `depth` levels of nested objects at most. */
  object(ref: ObjectRef, depth: number): fc.Arbitrary<unknown> {
    const key = `${this.lowering.lc.refKey(ref)}@${depth}`;
    let arb = this.cache.get(key);
    if (!arb) {
      arb = this.build(ref, depth);
      this.cache.set(key, arb);
    }
    return arb;
  }

  private build(ref: ObjectRef, depth: number): fc.Arbitrary<unknown> {
    const rule = this.lowering.object(ref);
    const props = rule.props;
    const entries = props.length === 0 ? fc.constant([]) : fc.subarray([...props], { maxLength: Math.min(props.length, depth > 0 ? 5 : 2) }).chain((chosen) => fc.tuple(...chosen.map((prop) => this.property(prop, depth))));
    const extra = fc.option(fc.constantFrom<[string, unknown]>(['unknownElement', 1], ['__proto__', {}], ['_notAPrimitive', { id: 'x' }]), { freq: 8 });
    const type = rule.resourceType;
    return fc.tuple(entries, extra, fc.integer({ min: 0, max: 19 })).map(([parts, unknown, dice]) => {
      const o: Record<string, unknown> = {};
      if (type !== undefined && dice !== 0) o['resourceType'] = dice === 1 ? 'Organization' : type;
      for (const part of parts as Array<Array<[string, unknown]>>) for (const [k, v] of part) o[k] = v;
      if (unknown) Object.defineProperty(o, unknown[0], { value: unknown[1], enumerable: true, writable: true, configurable: true });
      return o;
    });
  }

  private property(prop: PropRule, depth: number): fc.Arbitrary<Array<[string, unknown]>> {
    const variants = prop.choice ? fc.subarray([...prop.variants], { minLength: 1, maxLength: Math.min(2, prop.variants.length) }) : fc.constant([...prop.variants]);
    return variants.chain((chosen) =>
      fc.tuple(...chosen.map((variant) => this.variant(prop, variant, depth))).map((pairs) => pairs.flat()),
    );
  }

  private variant(prop: PropRule, variant: VariantRule, depth: number): fc.Arbitrary<Array<[string, unknown]>> {
    const item = this.item(prop, variant, depth);
    const value = prop.repeats
      ? fc.oneof({ weight: 8, arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: item })
      : fc.oneof({ weight: 9, arbitrary: item }, { weight: 1, arbitrary: fc.array(item, { maxLength: 2 }) });
    if (variant.target.kind !== 'primitive' || variant.target.ext.kind === 'attribute') return value.map((v) => [[variant.jsonName, v]]);
    const sibling = fc.option(
      fc.oneof(
        fc.constant({ extension: [{ url: this.extensionUrls[0] ?? 'http://example.org/x', valueString: 'x' }] }),
        fc.constant({ id: 'e1' }),
        fc.constant([null, { id: 'e2' }]),
        junk,
      ),
      { freq: 4 },
    );
    return fc.tuple(fc.option(value, { freq: 6 }), sibling).map(([v, e]) => {
      const pairs: Array<[string, unknown]> = [];
      if (v !== null) pairs.push([variant.jsonName, v]);
      if (e !== null) pairs.push([`_${variant.jsonName}`, e]);
      return pairs;
    });
  }

  private item(prop: PropRule, variant: VariantRule, depth: number): fc.Arbitrary<unknown> {
    const fromExtras = extraValues(variant);
    const slices = prop.slicing?.slices ?? [];
    const fromSlices = slices.map((slice) => this.sliceItem(slice.variant, slice.discriminators, depth));
    const base = this.target(variant.target, depth);
    const options: Array<fc.WeightedArbitrary<unknown>> = [{ weight: 6, arbitrary: base }, { weight: 1, arbitrary: junk }];
    if (fromExtras.length > 0) options.push({ weight: 4, arbitrary: fc.constantFrom(...fromExtras) });
    for (const s of fromSlices) options.push({ weight: 3, arbitrary: s });
    return fc.oneof(...options);
  }

  private sliceItem(variant: VariantRule, discriminators: readonly Discriminator[], depth: number): fc.Arbitrary<unknown> {
    return this.target(variant.target, depth).map((v) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
      const o = { ...(v as Record<string, unknown>) };
      for (const d of discriminators) {
        const step = d.path[0];
        if ((d.kind === 'value' || d.kind === 'pattern') && d.path.length === 1 && step && !step[0].endsWith('[x]')) o[step[0]] = d.value;
      }
      return o;
    });
  }

  private target(target: Target, depth: number): fc.Arbitrary<unknown> {
    switch (target.kind) {
      case 'primitive': {
        const good = GOOD_PRIMITIVES[target.type] ?? ['x'];
        return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: junk });
      }
      case 'object':
        return depth > 0 ? this.object(target.ref, depth - 1) : fc.constantFrom({ id: 'leaf' }, {}, 'x');
      case 'resource':
        return fc.constantFrom(
          { resourceType: 'Patient', id: 'c1', active: true },
          { resourceType: 'Patient', id: 'c2', birthDate: 'yesterday' },
          { resourceType: 'Observation', status: 'final', code: { text: 'x' } },
          { resourceType: 'Nonsense' },
          { id: 'no-type' },
        );
      case 'extension':
        return fc.record({
          url: fc.constantFrom(...this.extensionUrls.slice(0, 5), 'http://example.org/unknown'),
          valueString: fc.option(fc.constant('x'), { nil: undefined }),
          valueCodeableConcept: fc.option(fc.constant({ coding: [{ system: 'http://snomed.info/sct', code: '1' }] }), { nil: undefined }),
        }, { requiredKeys: ['url'] });
      case 'any':
        return junk;
    }
  }
}
