/**
 * FHIRPath-style paths for issue locations, e.g. `Patient.identifier[0].system`.
 *
 * A check does not get its location as a string but as a {@link Path}: a handle into the path
 * stack of its validation (one array per validation, shared by all its contexts). Descending into
 * a child element writes one step on the stack ({@link pushStep}, {@link pushIndex}); the text is
 * made only when an issue is reported ({@link pathText}). A pass over the example Bundles descends
 * some 19,000 times and reports ~1,050 issues: building every location as a string took ~11,400
 * concatenations, the issue texts now take ~2,600, and a descent costs a store.
 *
 * Why a handle stays right: the handle of a location is its depth on the stack, and the stack
 * holds, at each depth, the step last descended into. While a check runs on a node, every write
 * lands deeper than the node (its children, their children...), so the node's steps and those of
 * its ancestors stay as they were. A handle is therefore valid for as long as the check of its node
 * (or of a descendant) runs, and must not be kept after its parent has moved on to a sibling: no
 * check keeps one (each reports while it runs).
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
  return stepPath(parent, IDENTIFIER.test(name) ? name : '`' + name.replace(NEEDS_ESCAPE, escapeChar) + '`');
}

/** The path of the child reached by `step`, already a FHIRPath step (`identifier`, `value.ofType(Quantity)`). */
export function stepPath(parent: string, step: string): string {
  return parent === '' ? step : parent + '.' + step;
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
  return parent + (index < INDEX_TEXTS.length ? (INDEX_TEXTS[index] as string) : '[' + index + ']');
}

/** `[0]` to `[255]`, made once: an index step of an issue's location is then one concatenation, not three and a number conversion. */
const INDEX_TEXTS: readonly string[] = Array.from({ length: 256 }, (_, i) => `[${i}]`);

/** A location in the instance under validation: an index into its {@link PathStack}. */
export type Path = number & { readonly isPathHandle: true };

/**
 * The steps to the location being checked: the root (`'Patient'`, or `''`), then per depth an
 * element step (a string, already a FHIRPath step) or an array index (a number).
 */
export type PathStack = Array<string | number>;

/** The handle of the root of a validation's stack. */
export const ROOT_PATH = 0 as Path;

/** A new stack whose root is `root` (`'Patient'`, or `''` for a path that starts at a child). */
export function newPathStack(root: string): PathStack {
  return [root];
}

/** Descends from `p` into the child element `seg` (a FHIRPath step, `identifier`). */
export function pushStep(stack: PathStack, p: Path, seg: string): Path {
  const q = p + 1;
  stack[q] = seg;
  return q as Path;
}

/** Descends from `q` (a repeating element) into its item `index`. */
export function pushIndex(stack: PathStack, q: Path, index: number): Path {
  const r = q + 1;
  stack[r] = index;
  return r as Path;
}

/**
 * The texts of the locations last reported, per depth: reports come in runs at neighbouring
 * locations (`...entry[12].resource.extension[0].url`, then `...extension[1].url`), so the text of a
 * location is made from the longest prefix already made rather than from the root. For each depth
 * `i < n`, the location of steps `steps[0..i]` reads `texts[i]`. (A count, not the arrays' length:
 * setting an array's length was 1.3% of validating the example Bundles.)
 */
export interface PathTexts {
  readonly steps: Array<string | number>;
  readonly texts: string[];
  n: number;
}

/** An empty {@link PathTexts}, one per path stack. */
export function newPathTexts(): PathTexts {
  return { steps: [], texts: [], n: 0 };
}

/**
 * The text of location `p`: `Patient.identifier[0].system`. Steps are compared by value, so a
 * prefix made earlier is reused exactly when it is the same prefix, whatever was written between.
 */
export function pathText(stack: PathStack, memo: PathTexts, p: Path): string {
  const { steps, texts } = memo;
  const known = p < memo.n ? p + 1 : memo.n;
  let i = 0;
  while (i < known && steps[i] === stack[i]) i++;
  if (i > p) return texts[p] as string;
  // The entries from the first difference on describe another location (and those after it were
  // made from it): made again along this one, and the ones deeper than `p` forgotten.
  let text = i === 0 ? '' : (texts[i - 1] as string);
  for (; i <= p; i++) {
    const step = stack[i] as string | number;
    text = i === 0 ? (step as string) : typeof step === 'number' ? indexPath(text, step) : stepPath(text, step);
    steps[i] = step;
    texts[i] = text;
  }
  memo.n = p + 1;
  return text;
}
