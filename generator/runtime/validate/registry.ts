/**
 * Module-local registries, and the entry points that choose between one and a registry the caller
 * passes.
 *
 * What an instance names at run time (an extension `url`, a contained resource's `resourceType`
 * or `meta.profile`, a Bundle entry) is looked up in a {@link Registry}. The package-wide one
 * (`validators/dispatch.ts`) imports every module of the package, so a profile module that used it
 * would make a bundler pull in the whole package. Instead each generated module validates with a
 * local registry that knows only what the module imports anyway (its own check, the extension
 * definitions and profiles its slices name, the base resources it refers to), and the caller can
 * pass the full one (`{ registry }` from the package root) to get the root `validate()`'s verdict.
 *
 * Content the local registry does not know is not an error: it is checked as far as the module
 * can (an extension's `id`, `url` and nested extensions, `ext-1`; a resource's `resourceType` must
 * still name a resource of the package, and a resource whose base type the module knows is checked
 * against it), and reported once per validation as an `information` / `not-supported` issue that
 * names the package root `validate()` and the `registry` option. Content the package does not have
 * at all (an extension url or a profile none of its modules defines) is reported exactly as the
 * package registry reports it (an unknown modifier extension is an error), from the package's
 * name lists in `validators/resource-types.ts`.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */

import type { Check, Ctx, ExtensionDefinition, KnownStructure, Registry } from './context.js';
import { runCheck, testCheck } from './context.js';
import { checkExtensions, type ExtensionOwner } from './extension.js';
import { isObject, jsonKind } from './guard.js';
import { checkExt1 } from './invariant.js';
import { IssueCollector, type OperationOutcome } from './outcome.js';
import { attribute } from './primitive-values.js';
import { isValidString, isValidUri } from './primitives.js';
import { here, objectAt, showKey } from './shape.js';
import type { Path } from './paths.js';

/** A resource profile or base resource a module checks. */
export interface LocalResource {
  readonly url: string;
  readonly check: Check;
  readonly type: string;
  /** True for the base definition of `type` (what `resourceType` alone selects). */
  readonly base: boolean;
}

/** What a module already imports, as its registry needs it. */
export interface LocalEntries {
  readonly resources: readonly LocalResource[];
  readonly extensions: readonly ExtensionDefinition[];
  /** The check of the base Extension type, when the module has it (else a shallower check runs). */
  readonly baseExtension: Check | undefined;
  /** Whether a `resourceType` names a resource type of the package: an unknown name stays an error. */
  readonly isResourceType: (type: string) => boolean;
  /** Whether the package has this resource profile: a `meta.profile` it does not have is reported as the package registry reports it. */
  readonly isResourceProfile: (url: string) => boolean;
  /** Whether the package has this extension: an extension it does not have is reported as the package registry reports it. */
  readonly isExtensionUrl: (url: string) => boolean;
}

/** The end of every "not checked here" message: what does check it. */
function notHere(what: string): string {
  return `${what} here: this validator knows only what its module imports. validate() of the package root, or this validator with the package root's { registry }, checks it`;
}

/** A URL or type name from the instance, quoted and cut short (URLs are long, so not as short as a key). */
function show(text: string): string {
  return JSON.stringify(text.length > 120 ? text.slice(0, 120) + '…' : text);
}

/**
 * Issues already reported per collector (one per validation, or per profile of a resource checked
 * against several): "not checked here" is said once per url or type, not once per occurrence, so
 * a Bundle of a thousand entries cannot crowd real errors out of the issue limit. Keyed weakly by
 * the collector, so the state lives exactly as long as the validation.
 */
const reported = new WeakMap<IssueCollector, Set<string>>();

function note(x: Ctx, q: Path, key: string, diagnostics: string): void {
  const c = x.c;
  if (c === null) return;
  let keys = reported.get(c);
  if (keys === undefined) {
    keys = new Set();
    reported.set(c, keys);
  }
  if (keys.has(key)) return;
  keys.add(key);
  c.add('information', 'not-supported', here(x, q), diagnostics);
}

const EXTENSION_OWNER: ExtensionOwner = { paths: ['Extension'], type: 'Extension', exact: false };

/**
 * An extension without the Extension type's check: what needs no datatype (the `id` and `url`
 * attributes, nested extensions through the registry, ext-1). Every error it reports, the full
 * Extension check reports too; the value is not looked at.
 */
function shallowExtension(v: unknown, x: Ctx, q: Path, d: number): boolean {
  const o = objectAt(v, x, q, d, 'Extension');
  if (o === undefined) return false;
  let ok = attribute(o['id'], x, q, 'id', 0, isValidString, 'string');
  if (!ok && x.c === null) return false;
  if (!checkExtensions(o['extension'], x, q, 'extension', d, 0, -1, EXTENSION_OWNER, false)) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!attribute(o['url'], x, q, 'url', 1, isValidUri, 'uri')) {
    if (x.c === null) return false;
    ok = false;
  }
  return checkExt1(o, x, q) && ok;
}

interface Lookups {
  readonly byUrl: ReadonlyMap<string, KnownStructure>;
  readonly byType: ReadonlyMap<string, Check>;
  readonly extensions: ReadonlyMap<string, ExtensionDefinition>;
  readonly baseExtension: Check;
  readonly isResourceType: (type: string) => boolean;
  readonly isResourceProfile: (url: string) => boolean;
  readonly isExtensionUrl: (url: string) => boolean;
}

function lookups(entries: LocalEntries): Lookups {
  const byUrl = new Map<string, KnownStructure>();
  const byType = new Map<string, Check>();
  for (const r of entries.resources) {
    byUrl.set(r.url, { check: r.check, type: r.type, isResource: true });
    if (r.base) byType.set(r.type, r.check);
  }
  return {
    byUrl,
    byType,
    extensions: new Map(entries.extensions.map((e) => [e.url, e])),
    baseExtension: entries.baseExtension ?? shallowExtension,
    isResourceType: entries.isResourceType,
    isResourceProfile: entries.isResourceProfile,
    isExtensionUrl: entries.isExtensionUrl,
  };
}

const NONE: readonly string[] = [];

/**
 * A registry over what one module imports. `entries` is called on first use, not at import time:
 * importing a module costs one closure, and the module's imports are read only once all modules
 * are initialised (a CommonJS import cycle can leave them unset while modules load).
 */
export function localRegistry(entries: () => LocalEntries): Registry {
  let built: Lookups | undefined;
  const get = (): Lookups => (built ??= lookups(entries()));

  const typeNotHere = (type: string): Check => (v, x, q) => {
    note(x, q, `type ${type}`, notHere(`Resource of type ${showKey(type)} not checked against its definition`));
    return true;
  };

  /** A `meta.profile` (or profile-typed element) this module does not have: the base type if it has that. */
  const profileNotHere =
    (url: string): Check =>
    (v, x, q, d) => {
      const type = isObject(v) ? v['resourceType'] : undefined;
      if (typeof type !== 'string' || !get().isResourceType(type)) {
        // What the full registry says too, after finding the profile: the type does not exist.
        x.c?.add('error', 'structure', here(x, q), `Unknown resource type ${typeof type === 'string' ? showKey(type) : jsonKind(type)}`);
        return false;
      }
      const base = get().byType.get(type);
      note(x, q, `profile ${url}`, notHere(`Profile ${show(url)} not checked${base ? ` (only the base ${type} is)` : ''}`));
      return base === undefined || base(v, x, q, d);
    };

  const extensionNotHere = (url: string): ExtensionDefinition => ({
    url,
    contexts: NONE,
    contextTypes: NONE,
    check: (v, x, q, d) => {
      const lookup = get();
      note(x, q, `extension ${url}`, notHere(`Extension ${show(url)} not checked against its definition${lookup.baseExtension === shallowExtension ? ' (nor its value)' : ''}`));
      return lookup.baseExtension(v, x, q, d);
    },
  });

  // One stand-in per url and type: the same url found twice must give the same check, as a
  // resource naming a profile twice is checked against it once (and a second pass over a resource
  // remembers what it checked, by check).
  const standIns = new Map<string, KnownStructure>();
  const typeStandIns = new Map<string, Check>();

  return {
    // A url the package does not have at all gets `undefined`, as from the package registry, so
    // its verdict stays the same (an unknown modifier extension is an error); only what the
    // package has but this module does not import becomes information.
    byUrl: (url) => {
      const lookup = get();
      const known = lookup.byUrl.get(url);
      if (known !== undefined || !lookup.isResourceProfile(url)) return known;
      let standIn = standIns.get(url);
      if (standIn === undefined) standIns.set(url, (standIn = { check: profileNotHere(url), type: 'Resource', isResource: true }));
      return standIn;
    },
    byType: (type) => {
      const lookup = get();
      const known = lookup.byType.get(type);
      if (known !== undefined || !lookup.isResourceType(type)) return known;
      let standIn = typeStandIns.get(type);
      if (standIn === undefined) typeStandIns.set(type, (standIn = typeNotHere(type)));
      return standIn;
    },
    extension: (url) => {
      const lookup = get();
      return lookup.extensions.get(url) ?? (lookup.isExtensionUrl(url) ? extensionNotHere(url) : undefined);
    },
    baseExtension: (v, x, q, d) => get().baseExtension(v, x, q, d),
  };
}

/** The registry the caller passed, `local` when none, `undefined` when the option is not a registry. */
function chosen(options: unknown, local: Registry): Registry | undefined {
  try {
    if (options === undefined || options === null) return local;
    if (!isObject(options)) return undefined;
    const r = options['registry'];
    if (r === undefined) return local;
    if (!isObject(r)) return undefined;
    const complete = typeof r['byUrl'] === 'function' && typeof r['byType'] === 'function' && typeof r['extension'] === 'function' && typeof r['baseExtension'] === 'function';
    return complete ? (r as unknown as Registry) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `validate<Name>(value, options)`: {@link runCheck} with the caller's registry or the module's own.
 * An `options` that is not `{ registry?: Registry }` gives a `fatal` `invalid` issue. Never throws.
 */
export function validateWith(value: unknown, path: string, check: Check, isResource: boolean, options: unknown, local: Registry): OperationOutcome {
  const reg = chosen(options, local);
  if (reg === undefined) {
    const c = new IssueCollector();
    c.add('fatal', 'invalid', '', 'options.registry must be the registry the package root exports');
    return c.toOutcome();
  }
  return runCheck(value, path, check, isResource, reg);
}

/** `is<Name>(value, options)`: true exactly when {@link validateWith} reports no error. Never throws. */
export function testWith(value: unknown, check: Check, isResource: boolean, options: unknown, local: Registry): boolean {
  const reg = chosen(options, local);
  return reg !== undefined && testCheck(value, check, isResource, reg);
}
