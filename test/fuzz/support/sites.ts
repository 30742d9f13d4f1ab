/**
 * Places in a JSON document a mutation can change: every value, with the object or array holding it.
 * The walk is iterative, so documents the mutations made very deep do not overflow the stack here.
 */

export type JsonObject = Record<string, unknown>;

export interface Site {
  /** The object or array holding the value; `null` for the document itself. */
  readonly parent: JsonObject | unknown[] | null;
  readonly key: string | number;
  readonly value: unknown;
  /** `$.entry[2].resource.name[0]`, for failure reports. */
  readonly path: string;
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every site of `doc`, the document first, then depth-first in property order. */
export function sites(doc: unknown): Site[] {
  const out: Site[] = [];
  const stack: Site[] = [{ parent: null, key: '$', value: doc, path: '$' }];
  while (stack.length > 0) {
    const site = stack.pop() as Site;
    out.push(site);
    const v = site.value;
    const children: Site[] = [];
    if (Array.isArray(v)) v.forEach((item, i) => children.push({ parent: v, key: i, value: item, path: `${site.path}[${i}]` }));
    else if (isObject(v)) for (const key of Object.keys(v)) children.push({ parent: v, key, value: v[key], path: `${site.path}.${key}` });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Site);
  }
  return out;
}

/** Sets the value at `site` and returns the (possibly new) document. */
export function replace(doc: unknown, site: Site, value: unknown): unknown {
  if (site.parent === null) return value;
  if (Array.isArray(site.parent)) site.parent[site.key as number] = value;
  else Object.defineProperty(site.parent, site.key, { value, enumerable: true, writable: true, configurable: true });
  return doc;
}

/** Removes the value at `site` (array items are spliced out); the document itself cannot be removed. */
export function remove(site: Site): void {
  if (site.parent === null) return;
  if (Array.isArray(site.parent)) site.parent.splice(site.key as number, 1);
  else delete site.parent[site.key as string];
}

/** Objects that are resources (have a string `resourceType`). */
export function resourceSites(doc: unknown): Site[] {
  return sites(doc).filter((s) => isObject(s.value) && typeof s.value['resourceType'] === 'string');
}
