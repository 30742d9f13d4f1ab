/**
 * Emits the check function of one object rule: straight-line code, one block per property, in the
 * order (and with the runtime calls) the interpreter uses, so the two agree issue for issue. Every
 * failing step reads `if (!step && x.c === null) return false;`: fast mode stops at the first
 * error, collecting mode carries on.
 */
import type { ExtensionOwner } from '../../runtime/validate/extension.js';
import type { ObjectRule, PropRule, Target, VariantRule } from '../../validate/model.js';
import { emitExtras, emitExtrasPass, emitOccurrenceExtras } from '../../validate/extras.js';
import { constraintGate, emitObjectConstraint } from '../../validate/kinds/invariant.js';
import { emitPrimitivePass, emitPrimitiveTest } from '../../validate/kinds/primitive.js';
import { emitRead, hasSibling } from '../../validate/kinds/shape.js';
import { emitSlicing } from '../../validate/kinds/slicing.js';
import { _, join, type Code } from './code.js';
import { keyScan, type KeyScan } from './key-scan.js';
import type { EmitScope } from '../../validate/emit-scope.js';

/** `if (!<step> && x.c === null) return false;` */
export function step(expression: Code): Code {
  return _`if (!${expression} && x.c === null) return false;`;
}

/** A `Check`-typed expression for the content of one occurrence of `target` (not a primitive). */
export function targetCheck(target: Target, scope: EmitScope): Code {
  switch (target.kind) {
    case 'object':
      return scope.check(target.ref);
    case 'resource':
      if (target.profiles.length > 0) {
        const profiles = scope.hoist('PROFILES', _`readonly string[]`, _`${target.profiles}`);
        return scope.hoist('RESOURCE', scope.runtime('Check'), _`(v, x, q, d) => ${scope.runtime('checkResourceItem')}(v, x, q, d, false, ${profiles})`);
      }
      return scope.runtime(target.contained ? 'checkContainedResource' : 'checkEntryResource');
    case 'extension':
      return scope.hoist('EXTENSION', scope.runtime('Check'), _`(v, x, q, d) => ${scope.runtime('checkExtensionItem')}(v, x, q, d, ${ownerConstant(target.owner, scope)}, ${target.modifier})`);
    case 'primitive':
      throw new Error('a primitive has no object check');
    case 'any':
      return scope.runtime('acceptAny');
  }
}

function ownerConstant(value: ExtensionOwner, scope: EmitScope): Code {
  return scope.hoist('OWNER', scope.runtime('ExtensionOwner'), _`${value}`);
}

/** The content and extras of one occurrence, as one `Check` (for slices). */
export function occurrenceCheck(variant: VariantRule, scope: EmitScope): Code {
  const content = targetCheck(variant.target, scope);
  const extras = emitOccurrenceExtras(variant.extras, scope);
  if (!extras) return content;
  return scope.hoist('OCCURRENCE_CHECK', scope.runtime('Check'), _`(v, x, q, d) => { if (!${content}(v, x, q, d) && x.c === null) return false; return ${extras}(v, x, q) || x.c !== null; }`);
}

function occurrences(prop: PropRule, variant: VariantRule, owner: Code, min: number, scan: KeyScan, scope: EmitScope): Code {
  const target = variant.target;
  const seg = variant.seg;
  const v = scan.value(variant);
  let content: Code;
  // A single primitive whose value passes its test and that has no `_` sibling is fine whatever the
  // mode: the common case is decided inline, and only anything else calls the runtime (which
  // reports it, with the path it builds).
  let fine: Code | undefined;
  if (target.kind === 'primitive') {
    const test = emitPrimitiveTest(target.type, scope);
    if (target.ext.kind === 'attribute') {
      content = _`${scope.runtime('attribute')}(${v}, x, p, ${seg}, ${min}, ${test}, ${target.type})`;
      fine = emitPrimitivePass(target.type, variant.extras, v, scope);
    } else {
      const e = emitRead(scope, _`o`, `_${variant.jsonName}`);
      const ext = target.ext.kind === 'object' ? scope.check(target.ext.ref) : owner;
      content = prop.repeats
        ? _`${scope.runtime('prims')}(${v}, ${e}, x, p, ${seg}, d, ${min}, ${prop.max}, ${test}, ${target.type}, ${ext})`
        : _`${scope.runtime('prim')}(${v}, ${e}, x, p, ${seg}, d, ${min}, ${test}, ${target.type}, ${ext})`;
      // The sibling's absence is read from the key scan's bits.
      if (!prop.repeats) fine = _`(${emitPrimitivePass(target.type, variant.extras, v, scope)} && ${scan.siblingAbsent(variant)})`;
    }
  } else if (prop.slicing) {
    const slicing = emitSlicing(prop.slicing, variant, scope, targetCheck, occurrenceCheck);
    content = _`${scope.runtime('checkSliced')}(${v}, x, p, ${seg}, d, ${min}, ${prop.max}, ${slicing})`;
  } else if (target.kind === 'extension' && prop.repeats) {
    content = _`${scope.runtime('checkExtensions')}(${v}, x, p, ${seg}, d, ${min}, ${prop.max}, ${ownerConstant(target.owner, scope)}, ${target.modifier})`;
  } else {
    const check = targetCheck(target, scope);
    content = prop.repeats
      ? _`${scope.runtime('many')}(${v}, x, p, ${seg}, d, ${min}, ${prop.max}, ${check})`
      : _`${scope.runtime('one')}(${v}, x, p, ${seg}, d, ${min}, ${check})`;
  }
  const lines = [fine ? _`if (!${fine}) {\n${step(content)}\n}` : step(content)];
  if (prop.slicingNotChecked !== undefined) lines.push(_`${scope.runtime('slicingNotChecked')}(${v}, x, p, ${seg}, ${prop.elementId}, ${prop.slicingNotChecked});`);
  const extras = emitExtras(variant.extras, scope, v, prop.repeats, seg);
  const passes = extras && emitExtrasPass(variant.extras, scope, v, prop.repeats);
  if (extras) lines.push(passes ? _`if (!${passes}) {\n${step(extras)}\n}` : step(extras));
  // An optional element that is absent needs no call at all: most elements of a profile are absent
  // from any one instance (the base Extension alone has 38 value[x] variants). A sliced element
  // with a required slice is always checked, as that slice is reported even when it is absent; one
  // whose slices are all optional (most extension slicings) is skipped when absent like any other.
  if (min > 0 || prop.slicing?.slices.some((slice) => slice.min > 0)) return join(lines);
  return _`if (${scan.present(variant)}) {\n${join(lines)}\n}`;
}

/** How many of `variants` are present, from the key scan's bits. */
function presentCount(variants: readonly VariantRule[], scan: KeyScan, scope: EmitScope): Code {
  return join(scan.masks(variants).map(([word, mask]) => _`${scope.runtime('bitCount')}(${word} & ${mask})`), ' + ');
}

function property(prop: PropRule, owner: Code, scan: KeyScan, scope: EmitScope): Code {
  if (prop.max === 0) {
    // A removed element is absent in conformant content: its check runs only when its key is there.
    if (prop.choice) {
      if (prop.variants.length === 0) return _``;
      const variants = scope.hoist('REMOVED', _`ReadonlyMap<string, string>`, _`${scope.runtime('removedVariants')}(${prop.variants.map((v) => [v.jsonName, v.seg])})`);
      return _`if (${scan.anyPresent(prop.variants)}) {\n${step(_`${scope.runtime('prohibitedVariants')}(o, x, p, ${variants})`)}\n}`;
    }
    const variant = prop.variants[0];
    if (!variant) return _``;
    const e = hasSibling(variant) ? emitRead(scope, _`o`, `_${variant.jsonName}`) : _`undefined`;
    return _`if (${scan.present(variant)}) {\n${step(_`${scope.runtime('prohibited')}(${scan.value(variant)}, ${e}, x, p, ${variant.seg})`)}\n}`;
  }
  const first = prop.variants[0];
  if (!prop.choice) return first ? occurrences(prop, first, owner, prop.min, scan, scope) : _``;
  const names = scope.hoist('CHOICE', _`ReadonlyMap<string, number>`, _`${scope.runtime('choiceVariants')}(${prop.variants.map((v) => v.jsonName)})`);
  const choice = step(_`${scope.runtime('checkChoice')}(o, ${names}, x, p, ${prop.seg}, ${prop.min})`);
  // An optional choice with at most one variant's key present passes checkChoice whatever the
  // values are; only a required one (which must tell an undefined value from a present one) or
  // several keys need the call.
  const checked = prop.min > 0 || prop.variants.length === 0 ? choice : _`if (${presentCount(prop.variants, scan, scope)} > 1) {\n${choice}\n}`;
  return join([checked, ...prop.variants.map((v) => occurrences(prop, v, owner, 0, scan, scope))]);
}

/** The body of the check function of `rule` (parameters `v, x, p, d`). */
export function objectBody(rule: ObjectRule, scope: EmitScope): Code {
  const lines: Code[] = [_`const o = ${scope.runtime('objectAt')}(v, x, p, d, ${rule.label});`, _`if (o === undefined) return false;`];
  if (rule.resourceType !== undefined) lines.push(step(_`${scope.runtime('checkResourceType')}(o, x, p, ${rule.resourceType})`));
  const scan = keyScan(rule, scope);
  lines.push(scan.code);
  const owner = ownerConstant(rule.owner, scope);
  for (const prop of rule.props) lines.push(property(prop, owner, scan, scope));
  for (const c of rule.constraints) {
    const check = emitObjectConstraint(c, scope, step);
    const gate = constraintGate(c, rule, scan);
    lines.push(gate ? _`if (${gate}) {\n${check}\n}` : check);
  }
  lines.push(_`return true;`);
  return join(lines);
}
