import * as vrt from '../runtime/validate/index.js';
/** Any structure of the package by canonical URL (without `|version`). */
export declare function structureByUrl(url: string): vrt.KnownStructure | undefined;
/** The base resource check for a `resourceType`. */
export declare function resourceByType(resourceType: string): vrt.Check | undefined;
/** An extension definition by url. */
export declare function extensionByUrl(url: string): vrt.ExtensionDefinition | undefined;
/**
 * The lookups generated validators use for what the instance names: profiles, resource types, extension urls,
 * over the whole package. The root `validate()` uses it; pass it as `{ registry }` to a module's
 * `validate<Name>` / `is<Name>` to check content that module does not import (a bundle then holds every module).
 */
export declare const registry: vrt.Registry;
