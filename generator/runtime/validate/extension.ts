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
import { checkCount, missing, type Max } from './cardinality.js';
import { isRecord } from './guard.js';
import { isValidString } from './primitives.js';
import { at, checkKeys, here, itemAt, objectAt, toChild, toItem } from './shape.js';
import type { Path } from './paths.js';
import { StringTable } from './string-table.js';

/** Where an extension sits: the element that has the `extension` array. */
export interface ExtensionOwner {
  /** The element's path and, inside a datatype, its path relative to the datatype. */
  readonly paths: readonly string[];
  /** The element's FHIR type (`Patient`, `Identifier`, `string`). */
  readonly type: string;
  /** False when the owner is a datatype checked on its own, whose location is unknown. */
  readonly exact: boolean;
}


const ANYWHERE = new Set(['*', 'Element', 'Any', 'Resource', 'DomainResource', 'BackboneElement']);

/**
 * Whether the definition's contexts allow the extension on `owner`, inside a resource of type
 * `resourceType`. A context that is a bare resource type (`Condition`, STU3 context type
 * `resource`) allows the extension anywhere inside such a resource: that is how the NHS
 * definitions use it (CareConnect's `Extension-coding-sctdescid` names resources and sits on
 * their codings).
 */
export function contextAllows(def: ExtensionDefinition, owner: ExtensionOwner, resourceType: unknown): boolean {
  // The same extension on the same owner in the same resource type, as the last call: the same
  // answer. Instances repeat one extension many times over (a List's codings each carry a
  // description id), and the lookups below cost more than these three comparisons.
  if (def === last.def && owner === last.owner && resourceType === last.resourceType) return last.allowed;
  const allowed = lookUpContext(def, owner, resourceType);
  last.def = def;
  last.owner = owner;
  last.resourceType = resourceType;
  last.allowed = allowed;
  return allowed;
}

/** The last question {@link contextAllows} answered (package constants, and a resource type). */
const last: { def: ExtensionDefinition | undefined; owner: ExtensionOwner | undefined; resourceType: unknown; allowed: boolean } = {
  def: undefined,
  owner: undefined,
  resourceType: undefined,
  allowed: false,
};

function lookUpContext(def: ExtensionDefinition, owner: ExtensionOwner, resourceType: unknown): boolean {
  const contexts = contextsOf(def);
  if (contexts.anywhere) return true;
  const named = contexts.named;
  if (named.has(owner.type) || (typeof resourceType === 'string' && named.has(resourceType))) return true;
  for (const path of owner.paths) if (named.has(path)) return true;
  if (contexts.extensionUrl && owner.type === 'Extension') return true;
  return !owner.exact && def.contextTypes.includes(owner.type);
}

/** A definition's contexts as {@link contextAllows} asks them: a few lookups, not a walk over every context for every extension. */
interface Contexts {
  /** No context, or one that allows it anywhere (`Element`, `Resource`...). */
  readonly anywhere: boolean;
  readonly named: ReadonlySet<string>;
  /** Some context is an extension's url (STU3 context type `extension`): allowed inside any extension. */
  readonly extensionUrl: boolean;
}

const contextsByDefinition = new WeakMap<ExtensionDefinition, Contexts>();

function contextsOf(def: ExtensionDefinition): Contexts {
  let contexts = contextsByDefinition.get(def);
  if (contexts === undefined) {
    contexts = {
      anywhere: def.contexts.length === 0 || def.contexts.some((c) => ANYWHERE.has(c)),
      named: new Set(def.contexts),
      extensionUrl: def.contexts.some((c) => c.includes('/')),
    };
    contextsByDefinition.set(def, contexts);
  }
  return contexts;
}

function show(text: string): string {
  return JSON.stringify(text.length > 120 ? text.slice(0, 120) + '…' : text);
}

/**
 * The warning for an unknown (non-modifier) extension url, made once per url per validation: the
 * example Bundles repeat a few wrong urls hundreds of times (`DescriptionID` for `descriptionId`),
 * and quoting the url for each was 6% of validating their Lists (as measured). Kept in the
 * validation's budget: the urls come from the instance, so a cache across validations would grow
 * without bound.
 */
function unknownExtensionWarning(url: string, x: Ctx): string {
  const known = (x.budget.unknownUrls ??= new StringTable(16));
  let text = known.get(url);
  if (text === undefined) {
    text = `Unknown extension ${show(url)}: checked as a plain Extension only`;
    known.add(url, text);
  }
  return text;
}

/**
 * The error for an extension used outside its contexts, made once per (definition, owner): both
 * are constants of the package, and the text (every allowed context, joined) is the same each time.
 */
const misplaced = new WeakMap<ExtensionDefinition, WeakMap<ExtensionOwner, string>>();

function misplacedError(def: ExtensionDefinition, owner: ExtensionOwner): string {
  let byOwner = misplaced.get(def);
  if (byOwner === undefined) misplaced.set(def, (byOwner = new WeakMap()));
  let text = byOwner.get(owner);
  if (text === undefined) {
    text = `Extension ${show(def.url)} is not allowed on ${owner.paths[0] ?? owner.type} (allowed contexts: ${def.contexts.join(', ')})`;
    byOwner.set(owner, text);
  }
  return text;
}

/**
 * One extension: by its url, against its definition or, when unknown, the base Extension check
 * (both from the registry).
 */
export function checkExtensionItem(v: unknown, x: Ctx, q: Path, d: number, owner: ExtensionOwner, modifier: boolean): boolean {
  const url = isRecord(v) ? v['url'] : undefined;
  const def = typeof url === 'string' ? x.reg.extension(url) : undefined;
  if (def === undefined) {
    if (typeof url === 'string') {
      if (modifier) {
        if (x.c === null) return false;
        x.c.add('error', 'extension', here(x, q), `Unknown modifier extension ${show(url)}: the resource cannot be safely processed`);
      } else if (x.c !== null) {
        x.c.add('warning', 'extension', here(x, q), unknownExtensionWarning(url, x));
      }
    }
    return x.reg.baseExtension(v, x, q, d);
  }
  let ok = true;
  if (!contextAllows(def, owner, isRecord(x.res) ? x.res['resourceType'] : undefined)) {
    if (x.c === null) return false;
    ok = false;
    x.c.add('error', 'extension', here(x, q), misplacedError(def, owner));
  }
  return def.check(v, x, q, d) && ok;
}

const ELEMENT_KEYS: ReadonlySet<string> = new Set(['id', 'extension']);

/**
 * The `_` sibling of a primitive (`_birthDate`): an object with an optional `id` and extensions,
 * whose extensions sit on the primitive element `owner`.
 */
export function checkPrimitiveElement(v: unknown, x: Ctx, q: Path, d: number, owner: ExtensionOwner): boolean {
  const o = objectAt(v, x, q, d, 'Element');
  if (o === undefined) return false;
  let ok = checkKeys(o, ELEMENT_KEYS, x, q, false);
  if (!ok && x.c === null) return false;
  const id = o['id'];
  if (id !== undefined && !isValidString(id)) {
    if (x.c === null) return false;
    ok = false;
    x.c.add('error', 'value', at(x, q, 'id'), 'Element id must be a non-empty JSON string');
  }
  const list = o['extension'];
  if (list === undefined) return ok;
  const lq = toChild(x, q, 'extension');
  if (!Array.isArray(list)) {
    if (x.c === null) return false;
    x.c.add('error', 'structure', here(x, lq), 'Expected a JSON array (the element repeats)');
    return false;
  }
  if (!checkCount(list.length, x, lq, 0, -1)) {
    if (x.c === null) return false;
    ok = false;
  }
  for (let i = 0; i < list.length; i++) {
    if (!checkExtensionItem(list[i], x, toItem(x, lq, i), d + 1, owner, false)) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  return ok;
}

/**
 * An `extension` / `modifierExtension` array that is not sliced: each item by its url.
 */
export function checkExtensions(v: unknown, x: Ctx, p: Path, seg: string, d: number, min: number, max: Max, owner: ExtensionOwner, modifier: boolean): boolean {
  if (v === undefined) return min === 0 || missing(x, p, seg, min);
  const q = toChild(x, p, seg);
  if (!Array.isArray(v)) {
    x.c?.add('error', 'structure', here(x, q), 'Expected a JSON array (the element repeats)');
    return false;
  }
  let ok = checkCount(v.length, x, q, min, max);
  if (!ok && x.c === null) return false;
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    if (item === null) {
      if (x.c === null) return false;
      ok = false;
      x.c.add('error', 'structure', itemAt(x, q, i), 'null is not allowed here (only in primitive arrays with _ extensions)');
    } else if (!checkExtensionItem(item, x, toItem(x, q, i), d + 1, owner, modifier)) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  return ok;
}
