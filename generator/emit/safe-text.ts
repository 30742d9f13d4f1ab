/**
 * The only ways profile text may enter generated code: as a JSON-quoted literal, or inside a JSDoc block
 * made safe here. Nothing from a profile is ever interpolated raw (see STYLE.md "Safe by construction").
 */

/**
 * A string literal for TypeScript/JavaScript source: JSON quoting plus the two JS line terminators. A
 * final backslash is written `\u005c`: ts-morph's writer takes a quote after a backslash as escaped, so
 * `"a\\"` would seem to stay open, and a `/*` in a later string of the same statement would then seem to
 * open a comment, which the writer "closes" by inserting `*\/` into the code.
 */
export function quote(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029').replace(/\\\\"$/, '\\u005c"');
}

/**
 * Text for a JSDoc block: cannot close the comment (`*\/`), cannot start a tag (TypeScript reads `@` after
 * whitespace or `{` as one anywhere in a line: `@deprecated` in a description would mark the type
 * deprecated, and everything after `@x` leaves the documentation), and carries no control characters or
 * line separators that editors would render as line breaks.
 */
export function docText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ')
    .replace(/\*\//g, '*\\/')
    .replace(/(^|\s|\{)@/g, '$1\\@')
    .trim();
}

/** A literal type for a JSON value (fixed values): strings quoted, objects and arrays exact. */
export function literalType(value: unknown): string | undefined {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.map(literalType);
    return items.every((i) => i !== undefined) ? `[${items.join(', ')}]` : undefined;
  }
  if (value && typeof value === 'object') {
    const entries: string[] = [];
    for (const [key, item] of Object.entries(value)) {
      const type = literalType(item);
      if (type === undefined) return undefined;
      entries.push(`${quote(key)}: ${type}`);
    }
    return `{ ${entries.join('; ')} }`;
  }
  return undefined;
}
