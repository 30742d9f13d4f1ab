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
export declare function childPath(parent: string, name: string): string;
/**
 * The path of an array item: `indexPath('Patient.identifier', 0)` → `'Patient.identifier[0]'`.
 * Indexes are 0-based, as in FHIRPath.
 *
 * @param parent - the path of the repeating element
 * @param index - the item's index in the JSON array
 * @returns the item's path
 */
export declare function indexPath(parent: string, index: number): string;
