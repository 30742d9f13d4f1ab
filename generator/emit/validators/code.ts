/**
 * Safe code fragments for the validator emitter (after ajv's `_` tagged template and `Name`). A
 * fragment is a {@link Code}; interpolating anything else into `_` turns it into a literal: strings
 * through `quote()`, numbers and booleans as themselves, arrays and plain objects as JSON-shaped
 * literals. So text from a profile can only ever become a string literal; identifiers are made with
 * {@link name}, which refuses anything that is not a safe identifier. No other way to build code exists.
 */
import { isSafeIdentifier } from '../../plan/identifiers.js';
import { quote } from '../safe-text.js';

export class Code {
  /** Only this module creates fragments from raw text. */
  private constructor(private readonly text: string) {}

  toString(): string {
    return this.text;
  }

  /** @internal */
  static raw(text: string): Code {
    return new Code(text);
  }
}

export type Interpolated = Code | string | number | boolean | null | undefined | readonly unknown[] | object;

/** A JSON-shaped value as a JavaScript literal. */
export function literal(value: unknown): Code {
  return Code.raw(literalText(value));
}

function literalText(value: unknown): string {
  if (value instanceof Code) return value.toString();
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot emit the number ${String(value)}`);
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (Array.isArray(value)) return `[${value.map(literalText).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${quote(k)}: ${literalText(v)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  throw new Error(`cannot emit a ${typeof value}`);
}

/** The tagged template: `_\`if (${cond}) return ${value};\`` with literals for every non-Code value. */
export function _(strings: TemplateStringsArray, ...values: readonly Interpolated[]): Code {
  let text = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) text += literalText(values[i]) + (strings[i + 1] ?? '');
  return Code.raw(text);
}

/** An identifier; throws for anything that is not a safe one. */
export function name(identifier: string): Code {
  if (!isSafeIdentifier(identifier)) throw new Error(`not a safe identifier: ${JSON.stringify(identifier)}`);
  return Code.raw(identifier);
}

/** Fragments joined by a separator (a fixed piece of syntax, not data). */
export function join(parts: readonly Code[], separator: ', ' | '\n' | ' && ' | ' || ' | ' + ' | '; ' = '\n'): Code {
  return Code.raw(parts.map(String).join(separator));
}

/** Property access on a JSON object: `o.name` for plain identifiers, `o["name"]` otherwise. */
export function member(object: Code, key: string): Code {
  return Code.raw(/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${object.toString()}.${key}` : `${object.toString()}[${quote(key)}]`);
}
