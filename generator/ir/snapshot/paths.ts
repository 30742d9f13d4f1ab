/**
 * Element path arithmetic: ancestry, re-rooting a datatype's paths under the element being expanded, and
 * STU3 choice-type renaming (`value[x]` constrained as `valueQuantity`).
 */

/** A path prefix substitution: `Identifier.system` read under `Patient.identifier` becomes `Patient.identifier.system`. */
export interface PathRename {
  readonly from: string;
  readonly to: string;
}

export function isDescendant(path: string, ancestor: string): boolean {
  return path.length > ancestor.length + 1 && path.startsWith(ancestor) && path[ancestor.length] === '.';
}

export function lastSegment(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? path : path.slice(dot + 1);
}

export function parentPath(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : path.slice(0, dot);
}

/** Re-roots `path` (a path of the definition being walked) under the context of the element being expanded. */
export function rebase(path: string, rename: PathRename | undefined): string {
  if (!rename) return path;
  if (path === rename.from) return rename.to;
  if (isDescendant(path, rename.from)) return rename.to + path.slice(rename.from.length);
  return path;
}

/** Replaces the last segment of `path`. */
export function withLastSegment(path: string, segment: string): string {
  const parent = parentPath(path);
  return parent === undefined ? segment : `${parent}.${segment}`;
}

/**
 * When `candidate` is `choicePath` (ending in `[x]`) renamed for one type, returns that type's suffix as
 * written (`Quantity` for `valueQuantity`), else undefined.
 */
export function choiceSuffix(choicePath: string, candidate: string): string | undefined {
  if (!choicePath.endsWith('[x]')) return undefined;
  const stem = choicePath.slice(0, -3);
  if (!candidate.startsWith(stem) || candidate.length === stem.length) return undefined;
  const suffix = candidate.slice(stem.length);
  return /^[A-Z][A-Za-z0-9]*$/.test(suffix) ? suffix : undefined;
}

/** Whether type `code` is the one a renamed choice element names (`dateTime` for suffix `DateTime`). */
export function codeMatchesSuffix(code: string, suffix: string): boolean {
  return code.length > 0 && code[0]!.toUpperCase() + code.slice(1) === suffix;
}

/**
 * Whether a differential path addresses the element whose (rebased) path is `elementPath`: the same path,
 * or the choice renamed for one type. `choiceOrigin` is the `[x]` path a base element was itself renamed
 * from (a profile snapshot may already say `Extension.valueCodeableConcept`), so that a differential
 * written against the `[x]` name still finds it.
 */
export function pathMatches(elementPath: string, diffPath: string, choiceOrigin?: string): boolean {
  if (diffPath === elementPath) return true;
  if (choiceSuffix(elementPath, diffPath) !== undefined) return true;
  return choiceOrigin !== undefined && diffPath === choiceOrigin;
}
