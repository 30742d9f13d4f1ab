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
import { type Path, type PathStack, type PathTexts } from './paths.js';
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
    done: {
        readonly fast: WeakMap<object, Map<Check, boolean>>;
        readonly collecting: WeakMap<object, Map<Check, boolean>>;
    } | undefined;
    /** How many passes of a second (third...) profile over a resource are running (see resource.ts). */
    rerun: number;
    /** How many resources checked against several profiles enclose the current one (see resource.ts). */
    multi: number;
    /** The warning for each unknown extension url met so far (see extension.ts), made when first needed. */
    unknownUrls: StringTable<string> | undefined;
}
/** The budget of a new validation (every field set, so all budgets share one shape). */
export declare function newBudget(): Budget;
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
export declare function makeCtx(c: IssueCollector | null, res: unknown, root: unknown, bundle: BundleIndex | null, budget: Budget, reg: Registry, steps: PathStack, texts: PathTexts): Ctx;
/**
 * After this many objects, a validation remembers the objects it visits and does not validate one
 * twice. Nesting is bounded by `MAX_DEPTH`, but a JavaScript caller can hand over a graph whose
 * objects are shared (`a = { extension: [b, b] }`, `b = { extension: [c, c] }`, ...): every level
 * doubles the work, and 128 levels would never finish. `JSON.parse` never shares objects, so for
 * parsed input this only costs a `WeakSet` once a document is big; below the threshold it costs
 * nothing.
 */
export declare const TRACK_FROM = 100000;
/** A last bound on the objects one validation visits (remembering objects already bounds it in practice). */
export declare const MAX_NODES = 10000000;
/**
 * The same validation state in fast mode, for slice matching inside a collecting validation. Made
 * once per context: slice matching asks for it at every sliced element.
 */
export declare function fastMode(x: Ctx): Ctx;
/** The same validation state reporting to `c` (a sub-collector). */
export declare function withCollector(x: Ctx, c: IssueCollector): Ctx;
/**
 * The state for validating `resource` (an object with a `resourceType`) inside the current one:
 * a contained resource keeps the container as `%rootResource`; a Bundle entry or a Parameters
 * resource starts afresh. A Bundle brings its own entry index.
 *
 * @param type - the resource's `resourceType`, as its caller has read it
 */
export declare function resourceCtx(x: Ctx, resource: Record<string, unknown>, type: string, contained: boolean): Ctx;
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
export declare function runCheck(value: unknown, path: string, check: Check, isResource: boolean, reg: Registry): OperationOutcome;
/**
 * Runs `check` in fast mode: `true` exactly when {@link runCheck} would report no error.
 * Never throws (an exception means "not valid", as {@link runCheck} reports it as fatal).
 */
export declare function testCheck(value: unknown, check: Check, isResource: boolean, reg: Registry): boolean;
