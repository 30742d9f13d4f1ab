/**
 * Assembling a Bundle from built resources: each entry gets a `fullUrl`, and every reference inside the
 * entries must resolve to an entry (FHIR STU3 Bundle, "Resolving references in Bundles"), so a receiver
 * can follow `Slot.schedule` or `AllergyIntolerance.patient` without a round trip to a server.
 *
 * This file is copied verbatim into the generated package (`src/runtime/build/`).
 */
import type { OperationOutcome, OperationOutcomeIssue } from '../validate/outcome.js';
import { BuildError } from './error.js';
import { fillObject } from './fill.js';

/** Any resource: what a Bundle entry holds. Give it an `id` so that references to it can resolve. */
export interface BundleResource {
  readonly resourceType: string;
  readonly id?: string;
}

/** A resource with the `fullUrl` to use for its entry (otherwise it is derived, see {@link fullUrlOf}). */
export interface BundleItemWithFullUrl<R extends BundleResource = BundleResource> {
  readonly fullUrl: string;
  readonly resource: R;
}

export type BundleItem<R extends BundleResource = BundleResource> = R | BundleItemWithFullUrl<R>;

export interface BundleEntry {
  fullUrl: string;
  resource: BundleResource;
}

export interface AssembleOptions {
  /** FHIR service root URL the resources belong to, e.g. `https://provider.example/STU3/1` (no trailing slash needed). */
  readonly baseUrl: string;
  /**
   * Accept references that point outside the Bundle (default `false`: a reference that does not resolve to
   * an entry, or to a contained resource, makes assembling fail).
   */
  readonly allowExternalReferences?: boolean;
}

const RELATIVE = /^([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(\/_history\/[A-Za-z0-9\-.]{1,64})?$/;
const RESTFUL = /^(.*)\/([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(\/_history\/[A-Za-z0-9\-.]{1,64})?$/;
const MAX_DEPTH = 100;

function isWithFullUrl(item: BundleItem): item is BundleItemWithFullUrl {
  return 'fullUrl' in item && 'resource' in item;
}

function trimSlash(url: string): string {
  return url.endsWith('/') ? trimSlash(url.slice(0, -1)) : url;
}

/** `<baseUrl>/<resourceType>/<id>` for a resource with an id, else a fresh `urn:uuid:`. */
export function fullUrlOf(resource: BundleResource, baseUrl: string): string {
  if (resource.id !== undefined) return `${trimSlash(baseUrl)}/${resource.resourceType}/${resource.id}`;
  return `urn:uuid:${globalThis.crypto.randomUUID()}`;
}

/** One entry per item, in order, with its `fullUrl`. */
export function bundleEntries(items: readonly BundleItem[], baseUrl: string): BundleEntry[] {
  return items.map((item) => (isWithFullUrl(item) ? { fullUrl: item.fullUrl, resource: item.resource } : { fullUrl: fullUrlOf(item, baseUrl), resource: item }));
}

/** Calls `visit` for every string `reference` in `value`, with its FHIRPath-style path. */
function eachReference(value: unknown, path: string, visit: (reference: string, path: string) => void, depth = 0): void {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => eachReference(item, `${path}[${index}]`, visit, depth + 1));
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key === 'reference' && typeof item === 'string') visit(item, `${path}.reference`);
    else eachReference(item, `${path}.${key}`, visit, depth + 1);
  }
}

function containedIds(resource: BundleResource): Set<string> {
  const contained: unknown = 'contained' in resource ? resource.contained : undefined;
  const ids = new Set<string>();
  if (!Array.isArray(contained)) return ids;
  for (const item of contained as unknown[]) {
    const id: unknown = typeof item === 'object' && item !== null && 'id' in item ? item.id : undefined;
    if (typeof id === 'string') ids.add(id);
  }
  return ids;
}

/** The absolute URL a reference made in `entry` stands for, or undefined for a contained (`#`) reference. */
function absolute(reference: string, entry: BundleEntry, baseUrl: string): string | undefined {
  if (reference.startsWith('#')) return undefined;
  const relative = RELATIVE.exec(reference);
  if (relative) {
    // Relative references resolve against the entry's RESTful base; entries with a urn fullUrl use the Bundle's.
    const restful = RESTFUL.exec(entry.fullUrl);
    const base = restful && !entry.fullUrl.startsWith('urn:') ? restful[1] : trimSlash(baseUrl);
    return `${base}/${relative[1]}/${relative[2]}`;
  }
  const versioned = RESTFUL.exec(reference);
  return versioned && versioned[4] ? reference.slice(0, -versioned[4].length) : reference;
}

/** Issues for references that do not resolve and for entries sharing a fullUrl. Empty when all is well. */
export function referenceIssues(entries: readonly BundleEntry[], baseUrl: string): OperationOutcomeIssue[] {
  const issues: OperationOutcomeIssue[] = [];
  const add = (code: OperationOutcomeIssue['code'], path: string, diagnostics: string) =>
    issues.push({ severity: 'error', code, diagnostics, expression: [path], location: [path] });
  const fullUrls = new Set<string>();
  entries.forEach((entry, index) => {
    if (fullUrls.has(entry.fullUrl)) add('duplicate', `Bundle.entry[${index}].fullUrl`, `Another entry has the fullUrl ${entry.fullUrl}`);
    fullUrls.add(entry.fullUrl);
  });
  entries.forEach((entry, index) => {
    const contained = containedIds(entry.resource);
    eachReference(entry.resource, `Bundle.entry[${index}].resource`, (reference, path) => {
      const target = absolute(reference, entry, baseUrl);
      if (target === undefined) {
        if (reference !== '#' && !contained.has(reference.slice(1))) add('not-found', path, `No contained resource has the id in ${reference}`);
      } else if (!fullUrls.has(target)) {
        add('not-found', path, `${reference} does not resolve to an entry of this Bundle (looked for fullUrl ${target})`);
      }
    });
  });
  return issues;
}

/**
 * Builds a Bundle of `type` from `items`, checks that its references resolve, then runs the generated
 * guard/validator of the Bundle profile. Throws {@link BuildError} on any problem.
 */
export function assembleBundle<T>(
  bundle: { readonly type: string; readonly profile: string; readonly id?: string | undefined; readonly meta?: object | undefined },
  items: readonly BundleItem[],
  options: AssembleOptions,
  is: (value: unknown) => value is T,
  validate: (value: unknown) => OperationOutcome,
  typeName: string,
): T {
  const entry = bundleEntries(items, options.baseUrl);
  if (!options.allowExternalReferences) {
    const issues = referenceIssues(entry, options.baseUrl);
    if (issues.length > 0) throw new BuildError(typeName, { resourceType: 'OperationOutcome', issue: issues });
  }
  const input = { ...(bundle.id === undefined ? {} : { id: bundle.id }), ...(bundle.meta === undefined ? {} : { meta: bundle.meta }), type: bundle.type, ...(entry.length > 0 ? { entry } : {}) };
  const value = fillObject(input, { resourceType: 'Bundle', profile: bundle.profile });
  if (is(value)) return value;
  throw new BuildError(typeName, validate(value));
}

/** A reference to a resource that has an id: `{ reference: 'Patient/1' }` (relative, so it resolves in a Bundle). */
export function referenceTo<R extends BundleResource>(resource: R): { reference: `${R['resourceType']}/${string}` } {
  if (resource.id === undefined) {
    const path = `${resource.resourceType}.id`;
    throw new BuildError(resource.resourceType, {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'required', diagnostics: 'A resource needs an id to be referenced', expression: [path], location: [path] }],
    });
  }
  const reference: `${R['resourceType']}/${string}` = `${resource.resourceType}/${resource.id}`;
  return { reference };
}
