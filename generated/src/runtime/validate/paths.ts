/**
 * FHIRPath-style paths for issue locations, e.g. `Patient.identifier[0].system`.
 *
 * Paths are plain strings built by concatenation, and only on the slow path: the boolean fast
 * path of a generated validator never builds a path, so it allocates nothing here. The slow path
 * (run only after the fast path said "invalid") threads the parent path through its recursion and
 * calls these two functions where it descends.
 *
 * Element names from the profile are always FHIRPath identifiers and are appended as they are.
 * Unknown keys come from the input and can be anything (`"a b"`, `"__proto__"`, `""`); those are
 * written as FHIRPath delimited identifiers in backticks, so the path stays unambiguous and
 * parseable: `Patient.\`a b\``.
 *
 * This file is copied verbatim into the generated package: it imports nothing.
 */

/** A FHIRPath simple identifier: `([A-Za-z]|_)([A-Za-z0-9]|_)*`. Linear, no backtracking. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Characters that must be escaped inside a backtick-delimited identifier. */
const NEEDS_ESCAPE = /[`\\\u0000-\u001f]/g;

function escapeChar(c: string): string {
  if (c === '`' || c === '\\') return '\\' + c;
  return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
}

/**
 * The path of a child element: `childPath('Patient.identifier[0]', 'system')` →
 * `'Patient.identifier[0].system'`. With an empty parent the name is the whole path
 * (`childPath('', 'Patient')` → `'Patient'`). A name that is not a FHIRPath identifier is quoted
 * as a delimited identifier: `childPath('Patient', 'a b')` → ``'Patient.`a b`'``.
 *
 * @param parent - the parent's path, or `''` at the root
 * @param name - the JSON property name
 * @returns the child's path
 */
export function childPath(parent: string, name: string): string {
  const part = IDENTIFIER.test(name) ? name : '`' + name.replace(NEEDS_ESCAPE, escapeChar) + '`';
  return parent === '' ? part : parent + '.' + part;
}

/**
 * The path of an array item: `indexPath('Patient.identifier', 0)` → `'Patient.identifier[0]'`.
 * Indexes are 0-based, as in FHIRPath.
 *
 * @param parent - the path of the repeating element
 * @param index - the item's index in the JSON array
 * @returns the item's path
 */
export function indexPath(parent: string, index: number): string {
  return parent + '[' + index + ']';
}
