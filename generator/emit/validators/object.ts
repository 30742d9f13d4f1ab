/**
 * Emits the check function of one object rule: straight-line code, one block per property, in the
 * order (and with the runtime calls) the interpreter uses, so the two agree issue for issue. Every
 * failing step reads `if (!step && x.c === null) return false;`: fast mode stops at the first
 * error, collecting mode carries on.
 */
import type { ObjectRule, PropRule, Target, VariantRule } from '../../validate/model.js';
import { emitExtras } from '../../validate/extras.js';
import { emitConstraint } from '../../validate/kinds/invariant.js';
import { emitPrimitiveTest } from '../../validate/kinds/primitive.js';
import { emitRead } from '../../validate/kinds/shape.js';
import { emitSlicing } from '../../validate/kinds/slicing.js';
import { _, join, type Code } from './code.js';
import type { EmitScope } from '../../validate/emit-scope.js';

/** `if (!<step> && x.c === null) return false;` */
export function step(expression: Code): Code {
  return _`if (!${expression} && x.c === null) return false;`;
}

/** A `Check`-typed expression for the content of one occurrence of `target`. */
export function targetCheck(target: Target, scope: EmitScope): Code {
  switch (target.kind) {
    case 'object':
      return scope.check(target.ref);
    case 'resource':
      if (target.profiles.length > 0) {
        const profiles = scope.hoist('PROFILES', _`readonly string[]`, _`${target.profiles}`);
        return scope.hoist('RESOURCE', scope.runtime('Check'), _`(v, x, q, d) => ${scope.dispatch('checkResourceWithProfiles')}(v, x, q, d, ${profiles})`);
      }
      return scope.dispatch(target.contained ? 'checkContainedResource' : 'checkEntryResource');
    case 'extension': {
      const owner = scope.hoist('OWNER', scope.runtime('ExtensionOwner'), _`${target.owner}`);
      return scope.hoist('EXTENSION', scope.runtime('Check'), _`(v, x, q, d) => ${scope.dispatch('checkAnyExtension')}(v, x, q, d, ${owner}, ${target.modifier})`);
    }
    case 'primitive': {
      const ext = target.ext;
      if (ext.kind === 'object') return scope.check(ext.ref);
      const owner = scope.hoist('OWNER', scope.runtime('ExtensionOwner'), _`${ext.owner}`);
      return scope.hoist('PRIMITIVE', scope.runtime('Check'), _`(v, x, q, d) => ${scope.runtime('checkPrimitiveElement')}(v, x, q, d, ${owner}, ${scope.dispatch('checkAnyExtension')})`);
    }
    case 'any':
      return scope.runtime('acceptAny');
  }
}

/** The content and extras of one occurrence, as one `Check` (for slices). */
export function occurrenceCheck(variant: VariantRule, scope: EmitScope): Code {
  const content = targetCheck(variant.target, scope);
  const extras = emitExtras(variant.extras, scope);
  const body = extras
    ? _`{ if (!${content}(v, x, q, d) && x.c === null) return false; return ${extras}(v, x, q) || x.c !== null; }`
    : _`${content}(v, x, q, d) || x.c !== null`;
  return scope.hoist('OCCURRENCE_CHECK', scope.runtime('Check'), _`(v, x, q, d) => ${body}`);
}

function occurrences(prop: PropRule, variant: VariantRule, min: number, scope: EmitScope): Code {
  const target = variant.target;
  const primitive = target.kind === 'primitive';
  const read = _`const a = ${emitRead(scope, _`o`, variant.jsonName)};${primitive ? _` const e = ${emitRead(scope, _`o`, `_${variant.jsonName}`)};` : _``}`;
  const absent = primitive ? _`a === undefined && e === undefined` : _`a === undefined`;
  const slicing = prop.slicing ? emitSlicing(prop.slicing, variant, scope, targetCheck, occurrenceCheck) : undefined;
  const whenAbsent: Code[] = [];
  if (min > 0) whenAbsent.push(step(_`${scope.runtime('missing')}(x, p, ${variant.seg}, ${min})`));
  if (slicing && prop.slicing?.slices.some((s) => s.min > 0)) whenAbsent.push(step(_`${scope.runtime('checkSlicesAbsent')}(x, ${scope.runtime('at')}(x, p, ${variant.seg}), ${slicing})`));

  let content: Code;
  if (target.kind === 'primitive') {
    const test = emitPrimitiveTest(target.type, scope);
    const ext = targetCheck(target, scope);
    content = prop.repeats
      ? _`${scope.runtime('prims')}(a, e, x, q, d, ${min}, ${prop.max}, ${test}, ${target.type}, ${ext})`
      : _`${scope.runtime('prim')}(a, e, x, q, d, ${test}, ${target.type}, ${ext})`;
  } else if (slicing) {
    content = _`${scope.runtime('checkSliced')}(a, x, q, d, ${min}, ${prop.max}, ${slicing})`;
  } else {
    const check = targetCheck(target, scope);
    content = prop.repeats ? _`${scope.runtime('many')}(a, x, q, d, ${min}, ${prop.max}, ${check})` : _`${scope.runtime('one')}(a, x, q, d, ${check})`;
  }
  const whenPresent: Code[] = [_`const q = ${scope.runtime('at')}(x, p, ${variant.seg});`, step(content)];
  if (prop.slicingNotChecked !== undefined) whenPresent.push(_`${scope.runtime('slicingNotChecked')}(x, q, ${prop.elementId}, ${prop.slicingNotChecked});`);
  const extras = emitExtras(variant.extras, scope);
  if (extras) whenPresent.push(step(prop.repeats ? _`${scope.runtime('each')}(a, true, x, q, ${extras})` : _`${extras}(a, x, q)`));

  const present = join(whenPresent);
  if (whenAbsent.length === 0) return _`{ ${read}\nif (!(${absent})) {\n${present}\n} }`;
  return _`{ ${read}\nif (${absent}) {\n${join(whenAbsent)}\n} else {\n${present}\n} }`;
}

function property(prop: PropRule, scope: EmitScope): Code {
  if (prop.max === 0) {
    return join(
      prop.variants.map((variant) => {
        const reads = [_`${emitRead(scope, _`o`, variant.jsonName)} !== undefined`];
        if (variant.target.kind === 'primitive') reads.push(_`${emitRead(scope, _`o`, `_${variant.jsonName}`)} !== undefined`);
        return _`if ((${join(reads, ' || ')}) && !${scope.runtime('prohibited')}(x, p, ${variant.seg}) && x.c === null) return false;`;
      }),
    );
  }
  const first = prop.variants[0];
  if (!prop.choice) return first ? occurrences(prop, first, prop.min, scope) : _``;
  const names = scope.hoist('CHOICE', _`readonly string[]`, _`${prop.variants.map((v) => v.jsonName)}`);
  return join([step(_`${scope.runtime('checkChoice')}(o, ${names}, x, p, ${prop.seg}, ${prop.min})`), ...prop.variants.map((v) => occurrences(prop, v, 0, scope))]);
}

/** The body of the check function of `rule` (parameters `v, x, p, d`). */
export function objectBody(rule: ObjectRule, scope: EmitScope): Code {
  const lines: Code[] = [_`const o = ${scope.runtime('objectAt')}(v, x, p, d, ${rule.label});`, _`if (o === undefined) return false;`];
  if (rule.resourceType !== undefined) lines.push(step(_`${scope.runtime('checkResourceType')}(o, x, p, ${rule.resourceType})`));
  const known = scope.hoist('KEYS', _`ReadonlySet<string>`, _`new Set(${[...rule.known].sort()})`);
  lines.push(step(_`${scope.runtime('checkKeys')}(o, ${known}, x, p, ${rule.ele1})`));
  for (const prop of rule.props) lines.push(property(prop, scope));
  for (const c of rule.constraints) lines.push(step(emitConstraint(c, scope, 'object')));
  lines.push(_`return true;`);
  return join(lines);
}
