/**
 * Extensions found by `url`: each extension is validated against the StructureDefinition its url
 * names when the package has it (value type, nested extensions, fixed values...), and its context
 * (where the definition allows it to appear) is checked. An unknown url is a warning (the
 * extension is still checked as a plain Extension); an unknown modifier extension is an error,
 * because a reader that does not understand a modifier must not process the resource.
 *
 * Context rules (STU3 `StructureDefinition.context`): an extension may appear on an element when a
 * context is `*`, `Element`, `Any`, `Resource`/`DomainResource`, the element's path, its logical
 * path inside a datatype (`Address.line` for `Patient.address.line`), its type, or the type of
 * the resource it is in. When the
 * element is validated on its own as a datatype (the datatype's check is shared by every place the
 * datatype is used), its location is unknown: a context naming any element of that type is then
 * accepted. Contexts that are extension URLs (context type `extension`) accept any extension owner.
 * Issue code `extension`.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */
import type { Ctx, ExtensionDefinition } from './context.js';
import { type Max } from './cardinality.js';
import type { Path } from './paths.js';
/** Where an extension sits: the element that has the `extension` array. */
export interface ExtensionOwner {
    /** The element's path and, inside a datatype, its path relative to the datatype. */
    readonly paths: readonly string[];
    /** The element's FHIR type (`Patient`, `Identifier`, `string`). */
    readonly type: string;
    /** False when the owner is a datatype checked on its own, whose location is unknown. */
    readonly exact: boolean;
}
/**
 * Whether the definition's contexts allow the extension on `owner`, inside a resource of type
 * `resourceType`. A context that is a bare resource type (`Condition`, STU3 context type
 * `resource`) allows the extension anywhere inside such a resource: that is how the NHS
 * definitions use it (CareConnect's `Extension-coding-sctdescid` names resources and sits on
 * their codings).
 */
export declare function contextAllows(def: ExtensionDefinition, owner: ExtensionOwner, resourceType: unknown): boolean;
/**
 * One extension: by its url, against its definition or, when unknown, the base Extension check
 * (both from the registry).
 */
export declare function checkExtensionItem(v: unknown, x: Ctx, q: Path, d: number, owner: ExtensionOwner, modifier: boolean): boolean;
/**
 * The `_` sibling of a primitive (`_birthDate`): an object with an optional `id` and extensions,
 * whose extensions sit on the primitive element `owner`.
 */
export declare function checkPrimitiveElement(v: unknown, x: Ctx, q: Path, d: number, owner: ExtensionOwner): boolean;
/**
 * An `extension` / `modifierExtension` array that is not sliced: each item by its url.
 */
export declare function checkExtensions(v: unknown, x: Ctx, p: Path, seg: string, d: number, min: number, max: Max, owner: ExtensionOwner, modifier: boolean): boolean;
