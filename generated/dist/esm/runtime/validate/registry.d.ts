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
import type { Check, ExtensionDefinition, Registry } from './context.js';
import { type OperationOutcome } from './outcome.js';
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
/**
 * A registry over what one module imports. `entries` is called on first use, not at import time:
 * importing a module costs one closure, and the module's imports are read only once all modules
 * are initialised (a CommonJS import cycle can leave them unset while modules load).
 */
export declare function localRegistry(entries: () => LocalEntries): Registry;
/**
 * `validate<Name>(value, options)`: {@link runCheck} with the caller's registry or the module's own.
 * An `options` that is not `{ registry?: Registry }` gives a `fatal` `invalid` issue. Never throws.
 */
export declare function validateWith(value: unknown, path: string, check: Check, isResource: boolean, options: unknown, local: Registry): OperationOutcome;
/** `is<Name>(value, options)`: true exactly when {@link validateWith} reports no error. Never throws. */
export declare function testWith(value: unknown, check: Check, isResource: boolean, options: unknown, local: Registry): boolean;
