/**
 * Mutations of what FHIR nests: extensions within extensions, resources contained within contained
 * resources, and Bundles holding entries of every resource type and of every odd shape. Depths
 * straddle the runtime's nesting limit (MAX_DEPTH, 128).
 */
import { MAX_DEPTH } from '../../../generator/runtime/validate/guard.js';
import { deepCopy } from '../support/deep.js';
import { preview } from '../support/preview.js';
import { isObject, replace, resourceSites, sites, type JsonObject } from '../support/sites.js';
import { cycle, mutant, type MutationClass, type Mutant } from './types.js';

const DEPTHS: readonly number[] = [2, 10, 64, MAX_DEPTH - 2, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1, 200, 1000];

const nestExtensions: MutationClass = {
  name: 'nest-extensions',
  description: `wraps an extension (or a new one on the resource) in 2 to 1,000 levels of complex extensions (around the nesting limit ${MAX_DEPTH}), with its own, an unknown or another known url`,
  apply(doc, { r, variant, vocabulary }) {
    const items = sites(doc).filter((s) => isObject(s.value) && Array.isArray(s.parent) && typeof s.value['url'] === 'string');
    const depth = cycle(DEPTHS, variant);
    const site = items.length > 0 ? r.pick(items) : undefined;
    let ext: unknown = site ? site.value : { url: 'http://example.org/fhir/leaf', valueString: 'x' };
    const own = site ? String((site.value as JsonObject)['url']) : 'http://example.org/fhir/node';
    const url = cycle([own, 'http://example.org/fhir/node', vocabulary.extensionUrls[0] ?? own], Math.floor(variant / DEPTHS.length));
    const key = r.next() < 0.2 ? 'modifierExtension' : 'extension';
    for (let i = 0; i < depth; i++) ext = { url, [key]: [ext] };
    if (site) return mutant(replace(doc, site, ext), `${site.path} nested ${depth} deep in ${key} (url ${url})`);
    const root = resourceSites(doc)[0];
    if (!root) return undefined;
    (root.value as JsonObject)['extension'] = [ext];
    return mutant(doc, `${root.path}.extension = one extension nested ${depth} deep (url ${url})`);
  },
};

function withoutContained(o: JsonObject): JsonObject {
  const copy = deepCopy(o);
  delete copy['contained'];
  return copy;
}

const containRecursively: MutationClass = {
  name: 'contain-recursively',
  description: `moves a resource into \`contained\`: copies of itself contained 1 to ${MAX_DEPTH + 2} deep, a Bundle entry's resource moved into another entry's resource, the whole document contained in itself`,
  apply(doc, { r, variant }) {
    const found = resourceSites(doc);
    if (found.length === 0) return undefined;
    const mode = variant % 3;
    if (mode === 1 && isObject(doc) && Array.isArray(doc['entry'])) {
      const entries = (doc['entry'] as unknown[]).filter((e): e is JsonObject => isObject(e) && isObject(e['resource']));
      if (entries.length >= 2) {
        const from = r.int(entries.length);
        const to = (from + 1 + r.int(entries.length - 1)) % entries.length;
        const moved = entries[from]?.['resource'] as JsonObject;
        const target = entries[to]?.['resource'] as JsonObject;
        (doc['entry'] as unknown[]).splice((doc['entry'] as unknown[]).indexOf(entries[from]), 1);
        target['contained'] = [...(Array.isArray(target['contained']) ? target['contained'] : []), moved];
        return mutant(doc, `entry resource ${preview(moved['resourceType'])} moved into contained of ${preview(target['resourceType'])}`);
      }
    }
    const site = r.pick(found);
    const o = site.value as JsonObject;
    if (mode === 2) {
      o['contained'] = [deepCopy(doc)];
      return mutant(doc, `${site.path}.contained = [the whole document]`);
    }
    const depth = cycle([1, 2, 3, 20, MAX_DEPTH + 2], Math.floor(variant / 3));
    let inner: JsonObject = { ...withoutContained(o), id: `c${depth}` };
    for (let i = depth - 1; i > 0; i--) inner = { ...withoutContained(o), id: `c${i}`, contained: [inner] };
    o['contained'] = [inner];
    return mutant(doc, `${site.path}.contained = copies of itself ${depth} deep`);
  },
};

const BUNDLE_TYPES: readonly string[] = ['document', 'message', 'transaction', 'transaction-response', 'batch', 'batch-response', 'history', 'searchset', 'collection', 'bogus', '', 'Collection'];

function uuid(i: number): string {
  return `urn:uuid:00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
}

/** Entries a Bundle should never hold, or holds in odd ways. */
function oddEntries(doc: unknown, firstFullUrl: string | undefined): unknown[] {
  return [
    {}, { resource: null }, { resource: 'x' }, { resource: [] }, { fullUrl: 5 }, { fullUrl: firstFullUrl ?? uuid(0), resource: { resourceType: 'Basic', code: { text: 'x' } } },
    { resource: {} }, { resource: { resourceType: 'Bundle', type: 'collection', entry: [{ resource: deepCopy(doc) }] } },
    { request: { method: 'DELETE', url: 'Patient/1' } }, { response: { status: '200' } }, { search: { mode: 'match', score: 2 } },
    { link: 'x', resource: { resourceType: 'Patient' } }, { fullUrl: '', resource: { resourceType: 'Patient', id: '' } },
  ];
}

/** The document as a Bundle: itself if it is one, else a new Bundle whose first entry it is. */
function asBundle(doc: unknown): JsonObject {
  if (isObject(doc) && doc['resourceType'] === 'Bundle') {
    if (!Array.isArray(doc['entry'])) doc['entry'] = [];
    return doc;
  }
  return { resourceType: 'Bundle', type: 'collection', entry: [{ fullUrl: uuid(999_999), resource: doc }] };
}

const bundleEntries: MutationClass = {
  name: 'bundle-entries',
  description: 'Bundle entries of every STU3 resource type (minimal, with fullUrls), entries of odd shapes (no resource, a string, an array, a duplicate fullUrl, a Bundle within a Bundle), and every Bundle.type code and some that are not',
  apply(doc, { variant, vocabulary }): Mutant {
    const bundle = asBundle(doc);
    const entry = bundle['entry'] as unknown[];
    const first = entry.find(isObject)?.['fullUrl'];
    const mode = variant % 3;
    if (mode === 0) {
      vocabulary.resourceTypes.forEach((type, i) => entry.push({ fullUrl: uuid(i + 1), resource: { resourceType: type, id: `e${i + 1}` } }));
      return mutant(bundle, `${vocabulary.resourceTypes.length} entries, one of each resource type`);
    }
    if (mode === 1) {
      entry.push(...oddEntries(doc, typeof first === 'string' ? first : undefined));
      return mutant(bundle, 'odd entries added');
    }
    const type = cycle(BUNDLE_TYPES, Math.floor(variant / 3));
    bundle['type'] = type;
    return mutant(bundle, `Bundle.type = ${JSON.stringify(type)}`);
  },
};

export const NESTING_MUTATIONS: readonly MutationClass[] = [nestExtensions, containRecursively, bundleEntries];
