/**
 * Constraint kind: invariants. Lowering decides, per constraint, between a native check (the
 * frequent STU3 ones, only when the expression is exactly the STU3 text), fhirpath.js, and "not
 * checked" (no expression, or a function fhirpath.js cannot run synchronously: `resolve()`,
 * `memberOf()`, `conformsTo()`). `ele-1` never gets here: it is part of the shape checks. Checks
 * and texts: `runtime/validate/invariant.ts` (+ `ref-1` in `reference.ts`).
 */
import type { IrConstraint } from '../../ir/types.js';
import type { Ctx } from '../../runtime/validate/context.js';
import { isObject } from '../../runtime/validate/guard.js';
import { checkBdl7, checkDom1, checkDom2, checkDom3, checkDom4, checkExt1, checkInvariant, checkObs7, invariant, type Invariant } from '../../runtime/validate/invariant.js';
import { checkRef1 } from '../../runtime/validate/reference.js';
import { _, type Code } from '../../emit/validators/code.js';
import type { EmitScope } from '../emit-scope.js';
import type { ConstraintRule, NativeInvariant, ObjectRule } from '../model.js';
import type { KeyScan } from '../../emit/validators/key-scan.js';
import { emitBooleanExpression, emitBooleanTranslation } from '../fhirpath/boolean.js';
import { emitTranslation } from '../fhirpath/translate.js';
import { parse, type Node as FhirPathNode } from '../fhirpath/parse.js';
import { typeExpression } from '../fhirpath/typing.js';
import type { LowerContext } from '../lower/context.js';
import type { Path } from '../../runtime/validate/paths.js';

function typedExpression(lc: LowerContext, expression: string, path: string): ConstraintRule['typed'] {
  const node = parse(expression);
  return node && typeExpression(lc, node, path);
}

const NATIVE: Readonly<Record<NativeInvariant, { expression: string; name: string; fn: (o: Record<string, unknown>, x: Ctx, q: Path) => boolean }>> = {
  'dom-1': { expression: 'contained.text.empty()', name: 'checkDom1', fn: checkDom1 },
  'dom-2': { expression: 'contained.contained.empty()', name: 'checkDom2', fn: checkDom2 },
  'dom-3': { expression: "contained.where(('#'+id in %resource.descendants().reference).not()).empty()", name: 'checkDom3', fn: checkDom3 },
  'dom-4': { expression: 'contained.meta.versionId.empty() and contained.meta.lastUpdated.empty()', name: 'checkDom4', fn: checkDom4 },
  'ext-1': { expression: 'extension.exists() != value.exists()', name: 'checkExt1', fn: checkExt1 },
  'obs-7': { expression: 'value.empty() or code!=component.code', name: 'checkObs7', fn: checkObs7 },
  'bdl-7': { expression: 'entry.where(fullUrl).select(fullUrl&resource.meta.versionId).isDistinct()', name: 'checkBdl7', fn: checkBdl7 },
  'ref-1': {
    expression: "reference.startsWith('#').not() or (reference.substring(1).trace('url') in %resource.contained.id.trace('ids'))",
    name: 'checkRef1',
    fn: checkRef1,
  },
};

const NOT_SYNCHRONOUS = /\b(?:resolve|memberOf|conformsTo|subsumes|subsumedBy)\s*\(|%terminologies/;

function normalise(expression: string): string {
  return expression.replace(/\s+/g, ' ').trim();
}

function nativeFor(key: string, expression: string): NativeInvariant | undefined {
  const native = Object.prototype.hasOwnProperty.call(NATIVE, key) ? NATIVE[key as NativeInvariant] : undefined;
  return native && native.expression === normalise(expression) ? (key as NativeInvariant) : undefined;
}

/** Why a constraint is not checked, or undefined when it is. */
export function notCheckedReason(constraint: IrConstraint): string | undefined {
  if (constraint.expression === undefined || constraint.expression.trim() === '') return 'it has no FHIRPath expression';
  if (NOT_SYNCHRONOUS.test(constraint.expression)) return 'it needs resolve(), a terminology service or conformsTo(), which a local validator cannot run';
  return undefined;
}

/** The rule for a constraint on the element at `path`, or undefined when it is not checked (`notes` gets why). */
export function lowerConstraint(lc: LowerContext, constraint: IrConstraint, path: string, notes: Map<string, string>): ConstraintRule | undefined {
  const reason = notCheckedReason(constraint);
  if (reason !== undefined || constraint.expression === undefined) {
    notes.set(`${constraint.key}: ${constraint.expression ?? ''}`, reason ?? '');
    return undefined;
  }
  const native = nativeFor(constraint.key, constraint.expression);
  return {
    key: constraint.key,
    severity: constraint.severity,
    human: constraint.human,
    expression: constraint.expression,
    path,
    native,
    typed: native === undefined ? typedExpression(lc, constraint.expression, path) : undefined,
  };
}

const compiled = new WeakMap<ConstraintRule, Invariant>();

export function interpretConstraint(rule: ConstraintRule, node: unknown, x: Ctx, q: Path): boolean {
  if (rule.native !== undefined) return !isObject(node) || NATIVE[rule.native].fn(node, x, q);
  let inv = compiled.get(rule);
  if (!inv) {
    inv = invariant({ key: rule.key, path: rule.path, expression: rule.expression, severity: rule.severity, human: rule.human });
    compiled.set(rule, inv);
  }
  return checkInvariant(node, x, q, inv);
}

/**
 * The element a native invariant reads first, when it holds whenever that element is absent
 * (`dom-1..4` look only into `contained`, `obs-7` into `component`, `bdl-7` into `entry`): the
 * emitter then runs it only when the key scan saw that key.
 */
const NEEDS: Readonly<Partial<Record<NativeInvariant, string>>> = {
  'dom-1': 'contained',
  'dom-2': 'contained',
  'dom-3': 'contained',
  'dom-4': 'contained',
  'obs-7': 'component',
  'bdl-7': 'entry',
};

/**
 * The element `rule` needs present to be able to fail, if there is one: the emitter runs the
 * check only when the key scan saw that element's key (or its `_` sibling).
 *
 * - a native invariant: the element it reads first (above);
 * - an expression whose top level is `or` (or a single term) with a disjunct `a.empty()`,
 *   `a.b.empty()` or `a.exists().not()` over a plain child `a`: with `a` absent that disjunct is
 *   true, and `true or anything` is true in FHIRPath whatever the other side gives. This covers
 *   `qty-3`, `obs-6`, `lst-1`, `lst-2`, `sqty-1`, `per-1`, `cpt-2`..., about 40% of the invariant
 *   evaluations on the example Bundles (731 of 1,871 a pass).
 */
export function constraintNeeds(rule: ConstraintRule): string | undefined {
  if (rule.native !== undefined) return NEEDS[rule.native];
  if (rule.typed === undefined) return undefined;
  for (const term of disjuncts(rule.typed)) {
    const name = emptyWhenAbsent(term);
    if (name !== undefined) return name;
  }
  return undefined;
}

/**
 * The condition, read from the object's key scan, under which the check of `rule` runs in the
 * check of `object`, or undefined when it always runs: the element of {@link constraintNeeds}
 * present; for `ext-1` (`extension.exists() != value.exists()`), not already known to hold.
 */
export function constraintGate(rule: ConstraintRule, object: ObjectRule, scan: KeyScan): Code | undefined {
  if (rule.native === 'ext-1') {
    const holds = ext1Holds(object, scan);
    return holds && _`!(${holds})`;
  }
  const needs = constraintNeeds(rule);
  const variant = needs === undefined ? undefined : object.props.find((prop) => !prop.choice && prop.name === needs)?.variants[0];
  return variant && scan.present(variant);
}

/**
 * A condition under which `ext-1` holds, read from the key scan: a known `value[x]` variant (or
 * its `_` sibling) is present and `extension` is not. That is most extensions (a value, no nested
 * extensions), which then skip the native check's own walk of the keys (734 calls a pass over the
 * example Bundles). Otherwise the native decides, as before: a key that only looks like a variant
 * (`valueFoo`, or one the profile removed) is not in the scan's bits, and the native counts it.
 */
function ext1Holds(object: ObjectRule, scan: KeyScan): Code | undefined {
  const extension = object.props.find((prop) => !prop.choice && prop.name === 'extension')?.variants[0];
  const value = object.props.find((prop) => prop.choice && prop.name === 'value');
  if (extension === undefined || value === undefined || value.variants.length === 0) return undefined;
  return _`(${scan.anyPresent(value.variants)}) && ${scan.value(extension)} === undefined`;
}

function disjuncts(node: FhirPathNode): FhirPathNode[] {
  return node.kind === 'binary' && node.op === 'or' ? [...disjuncts(node.left), ...disjuncts(node.right)] : [node];
}

/** For `a....empty()` or `a....exists().not()`: `a`, the child whose absence makes it true. */
function emptyWhenAbsent(node: FhirPathNode): string | undefined {
  if (node.kind !== 'call' || node.args.length > 0) return undefined;
  if (node.name === 'empty') return firstStep(node.of);
  if (node.name === 'not' && node.of.kind === 'call' && node.of.name === 'exists' && node.of.args.length === 0) return firstStep(node.of.of);
  return undefined;
}

/** The first member of a chain of plain members from the context (`a.b.c` → `a`), not a choice. */
function firstStep(node: FhirPathNode): string | undefined {
  let first: (FhirPathNode & { kind: 'member' }) | undefined;
  let at = node;
  while (at.kind === 'member') {
    first = at;
    at = at.of;
  }
  return at.kind === 'this' && first !== undefined && first.choice !== true ? first.name : undefined;
}

/**
 * The statements checking `rule` on the object `o` (path `p`) in the object's check, each failing
 * one ending fast mode (`step`). An expression in the boolean subset is evaluated inline, not
 * through a function of its own: an object's invariants run once per object, and calling one of
 * ~50 small functions per pass over the example Bundles, each optimised apart, cost more than
 * evaluating the expression in place (example Bundles, per message 0.944 -> 0.883x JSON.parse,
 * steady state 0.952 -> 0.855x, medians of 3 alternating processes, 2026-12-08). Its bails are
 * caught there, and fhirpath.js decides (`checkTruth`), as `checkBooleanInvariant` does for an
 * occurrence's invariants; as there, fast mode skips an invariant that cannot give an error.
 */
export function emitObjectConstraint(rule: ConstraintRule, scope: EmitScope, step: (expression: Code) => Code): Code {
  if (rule.native !== undefined) return step(_`${scope.runtime(NATIVE[rule.native].name)}(o, x, p)`);
  const inline = rule.typed && emitBooleanExpression(rule.typed, scope);
  if (inline) {
    const inv = invariantConstant(rule, scope);
    const evaluation = _`{\nlet r: ${scope.runtime('Truth')} | ${scope.runtime('Bailed')};\ntry {\nr = ${inline};\n} catch {\nr = ${scope.runtime('BAILED')};\n}\n${step(_`${scope.runtime('checkTruth')}(r, o, x, p, ${inv})`)}\n}`;
    return rule.severity === 'error' ? evaluation : _`if (x.c !== null) ${evaluation}`;
  }
  const { fn, arg } = emitConstraint(rule, scope);
  return step(_`${fn}(o, x, p, ${arg})`);
}

/** The hoisted `Invariant` of `rule`: its spec, and fhirpath.js's evaluation of it. */
function invariantConstant(rule: ConstraintRule, scope: EmitScope): Code {
  const spec = { key: rule.key, path: rule.path, expression: rule.expression, severity: rule.severity, human: rule.human };
  return scope.hoist('INVARIANT', scope.runtime('Invariant'), _`${scope.runtime('invariant')}(${spec})`);
}

/**
 * The runtime check and its argument for one occurrence of a property (natives only on objects).
 * An expression in the translatable subset is compiled to JavaScript, with fhirpath.js behind it
 * for what the translation does not handle: to a boolean function when its value is always one
 * boolean or empty (allocation-free, ../fhirpath/boolean.ts), else to a function over collections.
 * The interpreter always uses fhirpath.js, so the differential tests compare both with it.
 */
export function emitConstraint(rule: ConstraintRule, scope: EmitScope): { fn: Code; arg: Code } {
  if (rule.native !== undefined) return { fn: scope.runtime('onObject'), arg: scope.runtime(NATIVE[rule.native].name) };
  const inv = invariantConstant(rule, scope);
  const boolean = rule.typed && emitBooleanTranslation(rule.typed, scope);
  if (boolean) {
    const arg = scope.hoist('TRANSLATED', scope.runtime('BooleanInvariant'), _`{ inv: ${inv}, fn: ${boolean} }`);
    return { fn: scope.runtime('checkBooleanInvariant'), arg };
  }
  const translated = rule.typed && emitTranslation(rule.typed, scope);
  if (!translated) return { fn: scope.runtime('checkInvariant'), arg: inv };
  const arg = scope.hoist('TRANSLATED', scope.runtime('TranslatedInvariant'), _`{ inv: ${inv}, fn: ${translated} }`);
  return { fn: scope.runtime('checkTranslatedInvariant'), arg };
}
