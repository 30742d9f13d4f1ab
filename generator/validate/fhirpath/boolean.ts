/**
 * The boolean translation of a typed invariant (see ./typing.ts): for an expression whose value is
 * always one boolean or empty, a function `(n) => boolean` (or `=> Truth`, `undefined` standing
 * for empty) over the allocation-free helpers of `runtime/validate/fhirpath-boolean.ts`, instead
 * of ./translate.ts's function over collections. Expressions outside this subset keep the
 * collection translation; parts of it that only feed a count or a single operand are reused here.
 *
 * What is covered, and why it is exact:
 * - `P.empty()`, `P.exists()`, `P.count()`: the size of P, counted in place for a child of `$this`
 *   (choice or not) or of a collection (`entry.deleted`), else the length of P's collection
 *   translation. Always one boolean/integer.
 * - `not()`, `and`, `or`, `xor`, `implies` over three-valued truths, both operands evaluated.
 * - `=`, `!=`, `<`, `<=`, `>`, `>=` of two counts (plain JavaScript: both are always integers),
 *   else of two operands that hold at most one item, through the collection translation's own
 *   comparisons (an empty operand gives empty, which fails the invariant as `[]` does).
 * - `contains`, `startsWith`, `endsWith` with a literal argument; a path used as a boolean.
 * - `where(pred).exists()`, `.empty()` and `exists(pred)` with a boolean predicate.
 * The runtime helpers bail wherever their collection counterparts do, so a bail still hands the
 * invariant to fhirpath.js.
 */
import { _, type Code } from '../../emit/validators/code.js';
import type { EmitScope } from '../emit-scope.js';
import type { Node } from './parse.js';
import { translate } from './translate.js';

/** A boolean expression: `bool` is always a boolean, `tri` may also be `undefined` (empty). */
interface Logic {
  readonly code: Code;
  readonly kind: 'bool' | 'tri';
}

const LOGIC: Readonly<Record<string, string>> = { and: 'fpAnd3', or: 'fpOr3', xor: 'fpXor3', implies: 'fpImplies3' };
const EQUALITY: Readonly<Record<string, { count: string; value: string }>> = {
  '=': { count: '===', value: 'fpEqValue' },
  '!=': { count: '!==', value: 'fpNeValue' },
};
const ORDER: Readonly<Record<string, string>> = { '<': 'fpLtValue', '<=': 'fpLeValue', '>': 'fpGtValue', '>=': 'fpGeValue' };
const STRING: Readonly<Record<string, string>> = { contains: 'fpContainsValue', startsWith: 'fpStartsWithValue', endsWith: 'fpEndsWithValue' };
/** Depth of nested `where` predicates, as in ./translate.ts. */
const MAX_DEPTH = 4;

/**
 * Where an expression is evaluated: `self` holds `$this`; `object`, when set, names `$this` checked
 * once as an object (`const o = vrt.fpObject(n)`), so its children are read with constant keys
 * (`o["code"]`): property loads V8 caches per invariant, where a helper taking the key as an
 * argument sees every key of every type. `used` records that the check must be emitted.
 */
interface Here {
  readonly self: Code;
  readonly depth: number;
  readonly object: { readonly code: Code; used: boolean } | undefined;
}

function own<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** The JSON names of a choice element's variants, hoisted exactly as ./translate.ts hoists them. */
function choiceKeys(variants: readonly string[], scope: EmitScope): Code {
  return scope.hoist('CHOICE_KEYS', _`ReadonlyArray<readonly [string, string]>`, _`${variants.map((v) => [v, `_${v}`])}`);
}

/** The checked object of `$this`, when there is one here (marking it used). */
function objectOf(here: Here): Code | undefined {
  if (!here.object) return undefined;
  here.object.used = true;
  return here.object.code;
}

/** The number of items of `node`, a number-typed expression. */
function size(node: Node, scope: EmitScope, here: Here): Code | undefined {
  if (node.kind === 'member' && node.of.kind === 'this') {
    if (!node.choice) {
      const o = objectOf(here);
      return o ? _`${scope.runtime('fpSizeOfValue')}(${o}[${`_${node.name}`}], ${o}[${node.name}])` : _`${scope.runtime('fpSizeOf')}(${here.self}, ${node.name}, ${`_${node.name}`})`;
    }
    if (node.variants) return _`${scope.runtime('fpSizeOfChoice')}(${here.self}, ${choiceKeys(node.variants, scope)})`;
    return undefined;
  }
  if (node.kind === 'member' && !node.choice) {
    // A deeper step (`entry.deleted`): counted over the parent collection without gathering.
    const of = translate(node.of, scope, here.self, here.depth);
    if (!of) return undefined;
    const reader = scope.hoist('CHILD_SIZE', _`(o: Record<string, unknown>) => number`, _`(o) => ${scope.runtime('fpSizeOfValue')}(o[${`_${node.name}`}], o[${node.name}])`);
    return _`${scope.runtime('fpSizeOfEach')}(${of}, ${reader})`;
  }
  const c = translate(node, scope, here.self, here.depth);
  return c && _`${c}.length`;
}

/** Whether `node` is always one integer: `count()`, an integer literal, `+` of those. */
function isInteger(node: Node): boolean {
  if (node.kind === 'literal') return typeof node.value === 'number' && Number.isSafeInteger(node.value);
  if (node.kind === 'call') return node.name === 'count' && node.args.length === 0;
  return node.kind === 'binary' && node.op === '+' && isInteger(node.left) && isInteger(node.right);
}

/**
 * An integer expression (see {@link isInteger}). Decided on the shape first, so that no caller
 * translates part of an expression only to drop it (and leave its hoisted constants unused).
 */
function integer(node: Node, scope: EmitScope, here: Here): Code | undefined {
  if (!isInteger(node)) return undefined;
  if (node.kind === 'literal') return _`${node.value}`;
  if (node.kind === 'call') return size(node.of, scope, here);
  if (node.kind !== 'binary') return undefined;
  const left = integer(node.left, scope, here);
  const right = integer(node.right, scope, here);
  return left && right ? _`(${left} + ${right})` : undefined;
}

/** An operand that must hold at most one item: its item, `undefined` when empty (bails on more). */
function item(node: Node, scope: EmitScope, here: Here): Code | undefined {
  if (node.kind === 'literal') return _`${node.value}`;
  if (node.kind === 'this') return here.self;
  if (node.kind === 'member' && !node.choice) {
    if (node.of.kind === 'this') {
      const o = objectOf(here);
      return o ? _`${scope.runtime('fpOneValue')}(${o}[${`_${node.name}`}], ${o}[${node.name}])` : _`${scope.runtime('fpOne')}(${here.self}, ${node.name}, ${`_${node.name}`})`;
    }
    const of = translate(node.of, scope, here.self, here.depth);
    return of && _`${scope.runtime('fpOneEach')}(${of}, ${node.name}, ${`_${node.name}`})`;
  }
  if (isInteger(node)) return integer(node, scope, here);
  const c = translate(node, scope, here.self, here.depth);
  return c && _`${scope.runtime('fpSingle')}(${c})`;
}

/** Whether some item of `of` satisfies `predicate` (`$this` = the item), all items evaluated. */
function some(of: Node, predicate: Node, scope: EmitScope, here: Here): Code | undefined {
  if (here.depth >= MAX_DEPTH) return undefined;
  if (of.kind === 'this') {
    // `$this.where(p)` holds one item, `$this` itself: p is evaluated on the same node.
    const p = logic(predicate, scope, { ...here, depth: here.depth + 1 });
    return p && (p.kind === 'bool' ? p.code : _`(${p.code} === true)`);
  }
  const c = translate(of, scope, here.self, here.depth);
  const p = logic(predicate, scope, { self: _`t`, depth: here.depth + 1, object: undefined });
  if (!c || !p) return undefined;
  // Hoisted, so an evaluation allocates no closure: the predicate reads only its parameter.
  const fn = scope.hoist('PREDICATE', _`(t: unknown) => ${scope.runtime('Truth')}`, _`(t) => ${p.code}`);
  return _`${scope.runtime('fpAny')}(${c}, ${fn})`;
}

/** `of.empty()`/`of.exists()` (`exists` true), one boolean. */
function existence(of: Node, exists: boolean, scope: EmitScope, here: Here): Code | undefined {
  if (of.kind === 'call' && of.name === 'where' && of.args.length === 1 && of.args[0]) {
    const any = some(of.of, of.args[0], scope, here);
    return any && (exists ? any : _`!${any}`);
  }
  const n = size(of, scope, here);
  return n && (exists ? _`(${n} > 0)` : _`(${n} === 0)`);
}

/** `logic`, or a path read as a boolean (`notDone or ...`). */
function truth(node: Node, scope: EmitScope, here: Here): Logic | undefined {
  const l = logic(node, scope, here);
  if (l || node.kind !== 'member') return l;
  const v = item(node, scope, here);
  return v && { code: _`${scope.runtime('fpTruthValue')}(${v})`, kind: 'tri' };
}

function binary(node: Node & { kind: 'binary' }, scope: EmitScope, here: Here): Logic | undefined {
  const connective = own(LOGIC, node.op);
  if (connective) {
    const left = truth(node.left, scope, here);
    const right = truth(node.right, scope, here);
    if (!left || !right) return undefined;
    return { code: _`${scope.runtime(connective)}(${left.code}, ${right.code})`, kind: left.kind === 'bool' && right.kind === 'bool' ? 'bool' : 'tri' };
  }
  const equality = own(EQUALITY, node.op);
  const order = own(ORDER, node.op);
  if (!equality && !order) return undefined;
  if (isInteger(node.left) && isInteger(node.right)) {
    // Two integers: JavaScript's comparison is FHIRPath's, and both operands are evaluated.
    const leftCount = integer(node.left, scope, here);
    const rightCount = integer(node.right, scope, here);
    const op = equality ? equality.count : node.op;
    return leftCount && rightCount ? { code: _`(${leftCount} ${opCode(op)} ${rightCount})`, kind: 'bool' } : undefined;
  }
  const left = item(node.left, scope, here);
  const right = item(node.right, scope, here);
  const fn = equality ? equality.value : order;
  return left && right && fn ? { code: _`${scope.runtime(fn)}(${left}, ${right})`, kind: 'tri' } : undefined;
}

/** The JavaScript operator for a comparison, from a fixed list (never from profile text). */
function opCode(op: string): Code {
  switch (op) {
    case '===':
      return _`===`;
    case '!==':
      return _`!==`;
    case '<':
      return _`<`;
    case '<=':
      return _`<=`;
    case '>':
      return _`>`;
    case '>=':
      return _`>=`;
    default:
      throw new Error(`not a comparison: ${op}`);
  }
}

/** A boolean expression (one boolean or empty), or undefined outside the subset. */
function logic(node: Node, scope: EmitScope, here: Here): Logic | undefined {
  switch (node.kind) {
    case 'literal':
      return typeof node.value === 'boolean' ? { code: _`${node.value}`, kind: 'bool' } : undefined;
    case 'binary':
      return binary(node, scope, here);
    case 'call': {
      const first = node.args[0];
      if ((node.name === 'empty' || node.name === 'exists') && node.args.length === 0) {
        const code = existence(node.of, node.name === 'exists', scope, here);
        return code && { code, kind: 'bool' };
      }
      if (node.name === 'exists' && node.args.length === 1 && first) {
        const code = some(node.of, first, scope, here);
        return code && { code, kind: 'bool' };
      }
      if (node.name === 'not' && node.args.length === 0) {
        const inner = truth(node.of, scope, here);
        if (!inner) return undefined;
        return inner.kind === 'bool' ? { code: _`!${inner.code}`, kind: 'bool' } : { code: _`${scope.runtime('fpNot3')}(${inner.code})`, kind: 'tri' };
      }
      const string = own(STRING, node.name);
      if (string && node.args.length === 1 && first?.kind === 'literal') {
        // A literal argument: always one item, as the collection form requires (it bails otherwise).
        const text = item(node.of, scope, here);
        return text && { code: _`${scope.runtime(string)}(${text}, ${first.value})`, kind: 'tri' };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * A scope that hoists nothing, for finding out whether an expression is in the subset before
 * translating it for real: a translation that fails half-way would leave its hoisted constants
 * (choice keys, readers) in the module, unused.
 */
function probe(scope: EmitScope): EmitScope {
  return {
    runtime: (identifier) => scope.runtime(identifier),
    hoist: () => _`PROBE`,
    codes: () => {
      throw new Error('invariants use no value sets');
    },
    codings: () => {
      throw new Error('invariants use no value sets');
    },
    check: () => {
      throw new Error('invariants call no check functions');
    },
  };
}

function emitBody(node: Node, scope: EmitScope, self: Code = _`n`): { body: Logic; usesObject: boolean } | undefined {
  const object = { code: _`o`, used: false };
  const body = logic(node, scope, { self, depth: 0, object });
  return body && { body, usesObject: object.used };
}

/**
 * A function `(n: unknown) => boolean | Truth` evaluating a typed expression with `$this` = `n`,
 * hoisted, or undefined when the expression is outside the boolean subset.
 */
export function emitBooleanTranslation(node: Node, scope: EmitScope): Code | undefined {
  if (!emitBody(node, probe(scope))) return undefined;
  const emitted = emitBody(node, scope);
  if (!emitted) return undefined;
  const { body, usesObject } = emitted;
  const type = body.kind === 'bool' ? _`(n: unknown) => boolean` : _`(n: unknown) => ${scope.runtime('Truth')}`;
  // Checking `$this` once up front bails exactly when reading its first child would: every
  // operand is evaluated, so an expression that reads a child of a non-object always bails.
  const fn = usesObject ? _`(n) => {\nconst o = ${scope.runtime('fpObject')}(n);\nreturn ${body.code};\n}` : _`(n) => ${body.code}`;
  return scope.hoist('FHIRPATH', type, fn);
}

/**
 * The boolean translation of a typed expression as an expression over `o`, a plain JSON object
 * (as the object check's `o` is, after `objectAt`), for `$this` = `o`: the body of
 * {@link emitBooleanTranslation}'s function without the function, for emitting inline in the
 * object's check (which must catch its bails), or undefined outside the boolean subset. The same
 * code as the function's but for `n` read as `o`: `fpObject(n)` is `o` when `n` is a plain object.
 */
export function emitBooleanExpression(node: Node, scope: EmitScope): Code | undefined {
  if (!emitBody(node, probe(scope), _`o`)) return undefined;
  return emitBody(node, scope, _`o`)?.body.code;
}
