/**
 * The state one validation threads through the generated check functions, and the two entry
 * points every exported validator goes through.
 *
 * Every check function has the shape {@link Check}: `(value, ctx, path, depth) => boolean`, where
 * `path` is a handle into the validation's path stack (see `paths.ts`) and `depth` counts nested
 * objects. It runs
 * in one of two modes, chosen by `ctx.c`:
 *
 * - fast mode (`ctx.c === null`): the boolean path behind `is<Name>()`. A check returns `false` at
 *   the first error, builds no issue texts and skips everything that can only
 *   produce warnings or information.
 * - collecting mode (`ctx.c` is an {@link IssueCollector}): the path behind `validate<Name>()`. A
 *   check reports every issue, with its FHIRPath location, and carries on; its return value then
 *   only says whether it stopped early and must not be used as a verdict (the verdict is
 *   `!collector.hasErrors`).
 *
 * One function serving both modes is what makes `is<Name>(v)` agree with `validate<Name>(v)` by
 * construction: the same conditions decide, only the reaction differs.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */

import { IssueCollector, type OperationOutcome } from './outcome.js';
import { StringTable } from './string-table.js';
import { newPathStack, newPathTexts, ROOT_PATH, type Path, type PathStack, type PathTexts } from './paths.js';

/** A compiled (or interpreted) check of one type, profile or element subtree. */
export type Check = (v: unknown, x: Ctx, p: Path, d: number) => boolean;

/** What the package knows about a canonical URL (profiles, base types, datatypes, extensions). */
export interface KnownStructure {
  readonly check: Check;
  /** The FHIR type it defines or constrains. */
  readonly type: string;
  readonly isResource: boolean;
}

/** An extension definition as the dispatcher knows it. */
export interface ExtensionDefinition {
  readonly url: string;
  readonly check: Check;
  /** `StructureDefinition.context` as written. */
  readonly contexts: readonly string[];
  /** The FHIR types of the elements those contexts name (for owners whose location is unknown). */
  readonly contextTypes: readonly string[];
}

/**
 * Lookups over the whole package, for what is found by a value in the instance: resources by
 * `meta.profile` or `resourceType`, extensions by `url`. The generated package has one (in
 * `validators/dispatch.ts`); the interpreter builds its own.
 */
export interface Registry {
  /** Any structure by canonical URL (without `|version`). */
  readonly byUrl: (url: string) => KnownStructure | undefined;
  /** The base resource check of a `resourceType`. */
  readonly byType: (type: string) => Check | undefined;
  /** An extension definition by url. */
  readonly extension: (url: string) => ExtensionDefinition | undefined;
  /** The check of the base Extension type, for extensions whose url is unknown. */
  readonly baseExtension: Check;
}

/** Counts the objects visited in one validation, across contained resources and Bundle entries. */
export interface Budget {
  n: number;
  /** Objects visited since the count passed {@link TRACK_FROM}. */
  seen: WeakSet<object> | undefined;
  /** Contained resources by id, per `contained` array (see reference.ts), made when first needed. */
  contained: WeakMap<readonly unknown[], ReadonlyMap<string, string>> | undefined;
  /** Resources already checked against a profile, and the result, per mode (see resource.ts). */
  done: { readonly fast: WeakMap<object, Map<Check, boolean>>; readonly collecting: WeakMap<object, Map<Check, boolean>> } | undefined;
  /** How many passes of a second (third...) profile over a resource are running (see resource.ts). */
  rerun: number;
  /** How many resources checked against several profiles enclose the current one (see resource.ts). */
  multi: number;
  /** The warning for each unknown extension url met so far (see extension.ts), made when first needed. */
  unknownUrls: StringTable<string> | undefined;
}

/** The budget of a new validation (every field set, so all budgets share one shape). */
export function newBudget(): Budget {
  return { n: 0, seen: undefined, contained: undefined, done: undefined, rerun: 0, multi: 0, unknownUrls: undefined };
}

/**
 * `fullUrl` → `resourceType` of the entries of the nearest enclosing Bundle (a {@link StringTable}:
 * it is looked up by the instance's references, strings `JSON.parse` has just made).
 */
export interface BundleIndex {
  get(fullUrl: string): string | undefined;
}

export interface Ctx {
  /** The issue collector, or `null` in fast mode. */
  readonly c: IssueCollector | null;
  /** FHIRPath `%resource`: the resource being validated (a contained resource for its content). */
  readonly res: unknown;
  /** FHIRPath `%rootResource`: the container of a contained resource, else `res`. */
  readonly root: unknown;
  /** Entries of the nearest enclosing Bundle, for reference target checks. */
  readonly bundle: BundleIndex | null;
  readonly budget: Budget;
  readonly reg: Registry;
  /** The steps to the location being checked, shared by every context of one validation (see `paths.ts`). */
  readonly steps: PathStack;
  /** The texts of the locations last reported from `steps` (see `paths.ts`). */
  readonly texts: PathTexts;
  /**
   * The fast-mode view of this state (see {@link fastMode}), made on first use. Every Ctx is built
   * by {@link makeCtx}, which sets it, so all contexts share one object shape.
   */
  f: Ctx | null;
}

/** The only place a {@link Ctx} is made: one shape for every context keeps property reads monomorphic. */
export function makeCtx(c: IssueCollector | null, res: unknown, root: unknown, bundle: BundleIndex | null, budget: Budget, reg: Registry, steps: PathStack, texts: PathTexts): Ctx {
  return { c, res, root, bundle, budget, reg, steps, texts, f: null };
}

/**
 * After this many objects, a validation remembers the objects it visits and does not validate one
 * twice. Nesting is bounded by `MAX_DEPTH`, but a JavaScript caller can hand over a graph whose
 * objects are shared (`a = { extension: [b, b] }`, `b = { extension: [c, c] }`, ...): every level
 * doubles the work, and 128 levels would never finish. `JSON.parse` never shares objects, so for
 * parsed input this only costs a `WeakSet` once a document is big; below the threshold it costs
 * nothing.
 */
export const TRACK_FROM = 100_000;

/** A last bound on the objects one validation visits (remembering objects already bounds it in practice). */
export const MAX_NODES = 10_000_000;

/**
 * The path stack of every fast-mode context, of every validation. Fast mode writes steps (a store
 * costs less than a test of the mode, see `shape.ts`) but never reads them, so they can all go to
 * one place; and not to the stack of a collecting walk: a slice match runs checks from a handle of
 * its own choosing (see `discProfile`), whose steps would overwrite those the walk still reports
 * from. Its length is bounded by the nesting limit, as every stack's is.
 */
const FAST_STEPS: PathStack = newPathStack('');
const FAST_TEXTS: PathTexts = newPathTexts();

/**
 * The same validation state in fast mode, for slice matching inside a collecting validation. Made
 * once per context: slice matching asks for it at every sliced element.
 */
export function fastMode(x: Ctx): Ctx {
  if (x.c === null) return x;
  return (x.f ??= makeCtx(null, x.res, x.root, x.bundle, x.budget, x.reg, FAST_STEPS, FAST_TEXTS));
}

/** The same validation state reporting to `c` (a sub-collector). */
export function withCollector(x: Ctx, c: IssueCollector): Ctx {
  return makeCtx(c, x.res, x.root, x.bundle, x.budget, x.reg, x.steps, x.texts);
}

function bundleIndex(resource: Record<string, unknown>): BundleIndex | null {
  const entries = resource['entry'];
  if (!Array.isArray(entries)) return null;
  const index = new StringTable<string>(entries.length);
  for (const entry of entries as unknown[]) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) continue;
    const e = entry as Record<string, unknown>;
    const fullUrl = e['fullUrl'];
    const r = e['resource'];
    if (typeof fullUrl !== 'string' || typeof r !== 'object' || r === null || Array.isArray(r)) continue;
    const type = (r as Record<string, unknown>)['resourceType'];
    if (typeof type === 'string') index.add(fullUrl, type);
  }
  // No entry with a fullUrl (a searchset may have none): no lookup per reference at all.
  return index.size === 0 ? null : index;
}

/**
 * The state for validating `resource` (an object with a `resourceType`) inside the current one:
 * a contained resource keeps the container as `%rootResource`; a Bundle entry or a Parameters
 * resource starts afresh. A Bundle brings its own entry index.
 *
 * @param type - the resource's `resourceType`, as its caller has read it
 */
export function resourceCtx(x: Ctx, resource: Record<string, unknown>, type: string, contained: boolean): Ctx {
  const bundle = type === 'Bundle' ? bundleIndex(resource) : x.bundle;
  return makeCtx(x.c, resource, contained ? x.root : resource, bundle, x.budget, x.reg, x.steps, x.texts);
}

function rootCtx(c: IssueCollector | null, value: unknown, isResource: boolean, reg: Registry, path: string): Ctx {
  const budget = newBudget();
  const steps = c === null ? FAST_STEPS : newPathStack(path);
  const texts = c === null ? FAST_TEXTS : newPathTexts();
  if (isResource && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const r = value as Record<string, unknown>;
    return makeCtx(c, r, r, r['resourceType'] === 'Bundle' ? bundleIndex(r) : null, budget, reg, steps, texts);
  }
  return makeCtx(c, undefined, undefined, null, budget, reg, steps, texts);
}

function describeError(err: unknown): string {
  try {
    return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  } catch {
    return 'unknown error';
  }
}

/**
 * Runs `check` in collecting mode and returns the OperationOutcome. Never throws: a getter or
 * Proxy trap that throws, or anything else unexpected, becomes one `fatal` / `exception` issue.
 *
 * @param value - the value to validate
 * @param path - the root of issue paths (`Patient`, `Identifier`)
 * @param check - the compiled check
 * @param isResource - whether `value` is a resource (sets `%resource` / `%rootResource`)
 * @param reg - the package's lookups
 */
export function runCheck(value: unknown, path: string, check: Check, isResource: boolean, reg: Registry): OperationOutcome {
  const c = new IssueCollector();
  try {
    check(value, rootCtx(c, value, isResource, reg, path), ROOT_PATH, 0);
  } catch (err) {
    c.add('fatal', 'exception', path, `Validation stopped: ${describeError(err).slice(0, 300)}`);
  }
  return c.toOutcome();
}

/**
 * Runs `check` in fast mode: `true` exactly when {@link runCheck} would report no error.
 * Never throws (an exception means "not valid", as {@link runCheck} reports it as fatal).
 */
export function testCheck(value: unknown, check: Check, isResource: boolean, reg: Registry): boolean {
  try {
    return check(value, rootCtx(null, value, isResource, reg, ''), ROOT_PATH, 0);
  } catch {
    return false;
  }
}
