/**
 * A parser for the part of FHIRPath the generator translates to JavaScript: paths, literals,
 * `$this`, `%ucum`, function calls, `as`, and the operators `or xor and implies = != < <= > >= +`.
 * Anything else (`is`, `|`, `in`, indexers, environment variables other than `%ucum`...) is
 * not an error: `parse` returns undefined and the invariant stays with fhirpath.js.
 */

export type Node =
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  | { readonly kind: 'this' }
  /**
   * `choice`: set by typing (./typing.ts) for a choice element, with the JSON names of its variants
   * (`value` finds `valueQuantity`, `valueString`..., and nothing else that merely starts with `value`).
   */
  | { readonly kind: 'member'; readonly of: Node; readonly name: string; readonly choice?: boolean; readonly variants?: readonly string[] }
  | { readonly kind: 'call'; readonly of: Node; readonly name: string; readonly args: readonly Node[] }
  | { readonly kind: 'binary'; readonly op: string; readonly left: Node; readonly right: Node }
  /** `of as type` (typing keeps it only for a choice element, where it reads one JSON property). */
  | { readonly kind: 'as'; readonly of: Node; readonly type: string };

type Token = { kind: 'id' | 'str' | 'num' | 'op' | 'var'; text: string };

const TOKEN = /\s*(?:([A-Za-z_][A-Za-z0-9_]*)|'((?:[^'\\]|\\.)*)'|(\d+(?:\.\d+)?)|(%[A-Za-z]+|\$this)|(!=|<=|>=|[.(),=<>+]))/y;

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) return undefined;
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: 'id', text: m[1] });
    else if (m[2] !== undefined) {
      if (/\\[^'\\]/.test(m[2])) return undefined;
      tokens.push({ kind: 'str', text: m[2].replace(/\\(['\\])/g, '$1') });
    } else if (m[3] !== undefined) tokens.push({ kind: 'num', text: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: 'var', text: m[4] });
    else if (m[5] !== undefined) tokens.push({ kind: 'op', text: m[5] });
  }
  return tokens;
}

const BINARY: Readonly<Record<string, number>> = { implies: 1, or: 2, xor: 2, and: 3, '=': 5, '!=': 5, '<': 6, '<=': 6, '>': 6, '>=': 6, '+': 9 };
const KEYWORDS = new Set(['implies', 'or', 'xor', 'and', 'is', 'as', 'in', 'contains', 'div', 'mod', 'true', 'false']);

class Parser {
  private at = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private take(text?: string): Token | undefined {
    const t = this.tokens[this.at];
    if (!t || (text !== undefined && t.text !== text)) return undefined;
    this.at++;
    return t;
  }

  done(): boolean {
    return this.at === this.tokens.length;
  }

  expression(minPower = 0): Node | undefined {
    let left = this.postfix();
    for (;;) {
      const t = this.peek();
      if (!left || !t || (t.kind !== 'op' && t.kind !== 'id')) return left;
      if (t.kind === 'id' && t.text === 'as' && minPower < 8) {
        this.at++;
        const type = this.take();
        if (!type || type.kind !== 'id' || KEYWORDS.has(type.text)) return undefined;
        left = { kind: 'as', of: left, type: type.text };
        continue;
      }
      const power = BINARY[t.text];
      if (power === undefined) return t.kind === 'op' && (t.text === ')' || t.text === ',') ? left : t.kind === 'id' && KEYWORDS.has(t.text) ? undefined : left;
      if (power <= minPower) return left;
      this.at++;
      const right = this.expression(power);
      if (!right) return undefined;
      left = { kind: 'binary', op: t.text, left, right };
    }
  }

  private args(): Node[] | undefined {
    const args: Node[] = [];
    if (this.take(')')) return args;
    for (;;) {
      const arg = this.expression();
      if (!arg) return undefined;
      args.push(arg);
      if (this.take(')')) return args;
      if (!this.take(',')) return undefined;
    }
  }

  /** `name` or `name(args)` applied to `of`. */
  private invocation(of: Node, name: string): Node | undefined {
    if (!this.take('(')) return { kind: 'member', of, name };
    const args = this.args();
    return args ? { kind: 'call', of, name, args } : undefined;
  }

  private term(): Node | undefined {
    const t = this.take();
    if (!t) return undefined;
    switch (t.kind) {
      case 'str':
        return { kind: 'literal', value: t.text };
      case 'num':
        return { kind: 'literal', value: Number(t.text) };
      case 'var':
        if (t.text === '$this') return { kind: 'this' };
        return t.text === '%ucum' ? { kind: 'literal', value: 'http://unitsofmeasure.org' } : undefined;
      case 'id':
        if (t.text === 'true' || t.text === 'false') return { kind: 'literal', value: t.text === 'true' };
        return KEYWORDS.has(t.text) ? undefined : this.invocation({ kind: 'this' }, t.text);
      case 'op':
        if (t.text !== '(') return undefined;
        {
          const inner = this.expression();
          return inner && this.take(')') ? inner : undefined;
        }
    }
  }

  private postfix(): Node | undefined {
    let node = this.term();
    while (node && this.take('.')) {
      const name = this.take();
      if (!name || name.kind !== 'id') return undefined;
      node = this.invocation(node, name.text);
    }
    return node;
  }
}

/** The syntax tree of `expression`, or undefined when it uses anything outside the subset. */
export function parse(expression: string): Node | undefined {
  const tokens = tokenize(expression);
  if (!tokens || tokens.length === 0) return undefined;
  const parser = new Parser(tokens);
  const node = parser.expression();
  return node && parser.done() ? node : undefined;
}
