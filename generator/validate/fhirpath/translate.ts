/**
 * Translates a FHIRPath invariant (the subset ./parse.ts reads) to a JavaScript expression over
 * the runtime's collection functions (`runtime/validate/fhirpath-lite.ts`), built with the `_`
 * builder: element names and literals from the profile become quoted literals. Unsupported
 * functions make the whole translation undefined; values the translation does not handle make it
 * bail at run time, to fhirpath.js.
 */
import { _, type Code } from '../../emit/validators/code.js';
import type { EmitScope } from '../emit-scope.js';
import type { Node } from './parse.js';

const UNARY: Readonly<Record<string, string>> = { empty: 'fpEmpty', exists: 'fpExists', not: 'fpNot', count: 'fpCount' };
const STRING: Readonly<Record<string, string>> = { contains: 'fpContains', startsWith: 'fpStartsWith', endsWith: 'fpEndsWith' };
const OPERATORS: Readonly<Record<string, string>> = {
  or: 'fpOr', and: 'fpAnd', xor: 'fpXor', implies: 'fpImplies', '=': 'fpEq', '!=': 'fpNe', '<': 'fpLt', '<=': 'fpLe', '>': 'fpGt', '>=': 'fpGe', '+': 'fpPlus',
};

function own(map: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** `self` is the variable holding `$this` (the node itself, not a collection). */
export function translate(node: Node, scope: EmitScope, self: Code, depth: number): Code | undefined {
  switch (node.kind) {
    case 'literal':
      return _`[${node.value}]`;
    case 'this':
      return _`[${self}]`;
    case 'member': {
      // A child of `$this` is read from the node directly, without a one-item collection around it.
      if (!node.choice && node.of.kind === 'this') return _`${scope.runtime('fpChildOf')}(${self}, ${node.name}, ${`_${node.name}`})`;
      const of = translate(node.of, scope, self, depth);
      if (!of) return undefined;
      if (node.choice) {
        if (!node.variants) return undefined;
        const variants = scope.hoist('CHOICE_KEYS', _`ReadonlyArray<readonly [string, string]>`, _`${node.variants.map((v) => [v, `_${v}`])}`);
        return _`${scope.runtime('fpChoice')}(${of}, ${variants})`;
      }
      return _`${scope.runtime('fpChild')}(${of}, ${node.name}, ${`_${node.name}`})`;
    }
    case 'as':
      return undefined;
    case 'binary': {
      const fn = own(OPERATORS, node.op);
      const left = translate(node.left, scope, self, depth);
      const right = translate(node.right, scope, self, depth);
      return fn && left && right ? _`${scope.runtime(fn)}(${left}, ${right})` : undefined;
    }
    case 'call': {
      const of = translate(node.of, scope, self, depth);
      if (!of) return undefined;
      const unary = own(UNARY, node.name);
      if (unary && node.args.length === 0) return _`${scope.runtime(unary)}(${of})`;
      const string = own(STRING, node.name);
      const first = node.args[0];
      if (string && node.args.length === 1 && first) {
        const arg = translate(first, scope, self, depth);
        return arg && _`${scope.runtime(string)}(${of}, ${arg})`;
      }
      if ((node.name === 'where' || node.name === 'exists') && node.args.length === 1 && first && depth < 4) {
        // The predicate's parameter is `$this` inside it (a nested `where` shadows it, as in FHIRPath).
        const inner = translate(first, scope, _`t`, depth + 1);
        if (!inner) return undefined;
        const where = _`${scope.runtime('fpWhere')}(${of}, (t) => ${inner})`;
        return node.name === 'where' ? where : _`${scope.runtime('fpExists')}(${where})`;
      }
      return undefined;
    }
  }
}

/**
 * A function `(n: unknown) => Collection` evaluating a typed expression (see ./typing.ts) with
 * `$this` = `n`, hoisted, or undefined when it uses a function outside the subset.
 */
export function emitTranslation(node: Node, scope: EmitScope): Code | undefined {
  const body = translate(node, scope, _`n`, 0);
  if (!body) return undefined;
  return scope.hoist('FHIRPATH', _`(n: unknown) => ${scope.runtime('Collection')}`, _`(n) => ${body}`);
}
