import { BuildError } from "./error.js";
import { fillObject } from "./fill.js";
const RELATIVE = /^([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(\/_history\/[A-Za-z0-9\-.]{1,64})?$/;
const RESTFUL = /^(.*)\/([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(\/_history\/[A-Za-z0-9\-.]{1,64})?$/;
const MAX_DEPTH = 100;
function isWithFullUrl(item) {
  return "fullUrl" in item && "resource" in item;
}
function trimSlash(url) {
  return url.endsWith("/") ? trimSlash(url.slice(0, -1)) : url;
}
function fullUrlOf(resource, baseUrl) {
  if (resource.id !== void 0) return `${trimSlash(baseUrl)}/${resource.resourceType}/${resource.id}`;
  return `urn:uuid:${globalThis.crypto.randomUUID()}`;
}
function bundleEntries(items, baseUrl) {
  return items.map((item) => isWithFullUrl(item) ? { fullUrl: item.fullUrl, resource: item.resource } : { fullUrl: fullUrlOf(item, baseUrl), resource: item });
}
function eachReference(value, path, visit, depth = 0) {
  if (depth > MAX_DEPTH || typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => eachReference(item, `${path}[${index}]`, visit, depth + 1));
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key === "reference" && typeof item === "string") visit(item, `${path}.reference`);
    else eachReference(item, `${path}.${key}`, visit, depth + 1);
  }
}
function containedIds(resource) {
  const contained = "contained" in resource ? resource.contained : void 0;
  const ids = /* @__PURE__ */ new Set();
  if (!Array.isArray(contained)) return ids;
  for (const item of contained) {
    const id = typeof item === "object" && item !== null && "id" in item ? item.id : void 0;
    if (typeof id === "string") ids.add(id);
  }
  return ids;
}
function absolute(reference, entry, baseUrl) {
  if (reference.startsWith("#")) return void 0;
  const relative = RELATIVE.exec(reference);
  if (relative) {
    const restful = RESTFUL.exec(entry.fullUrl);
    const base = restful && !entry.fullUrl.startsWith("urn:") ? restful[1] : trimSlash(baseUrl);
    return `${base}/${relative[1]}/${relative[2]}`;
  }
  const versioned = RESTFUL.exec(reference);
  return versioned && versioned[4] ? reference.slice(0, -versioned[4].length) : reference;
}
function referenceIssues(entries, baseUrl) {
  const issues = [];
  const add = (code, path, diagnostics) => issues.push({ severity: "error", code, diagnostics, expression: [path], location: [path] });
  const fullUrls = /* @__PURE__ */ new Set();
  entries.forEach((entry, index) => {
    if (fullUrls.has(entry.fullUrl)) add("duplicate", `Bundle.entry[${index}].fullUrl`, `Another entry has the fullUrl ${entry.fullUrl}`);
    fullUrls.add(entry.fullUrl);
  });
  entries.forEach((entry, index) => {
    const contained = containedIds(entry.resource);
    eachReference(entry.resource, `Bundle.entry[${index}].resource`, (reference, path) => {
      const target = absolute(reference, entry, baseUrl);
      if (target === void 0) {
        if (reference !== "#" && !contained.has(reference.slice(1))) add("not-found", path, `No contained resource has the id in ${reference}`);
      } else if (!fullUrls.has(target)) {
        add("not-found", path, `${reference} does not resolve to an entry of this Bundle (looked for fullUrl ${target})`);
      }
    });
  });
  return issues;
}
function assembleBundle(bundle, items, options, is, validate, typeName) {
  const entry = bundleEntries(items, options.baseUrl);
  if (!options.allowExternalReferences) {
    const issues = referenceIssues(entry, options.baseUrl);
    if (issues.length > 0) throw new BuildError(typeName, { resourceType: "OperationOutcome", issue: issues });
  }
  const input = { ...bundle.id === void 0 ? {} : { id: bundle.id }, ...bundle.meta === void 0 ? {} : { meta: bundle.meta }, type: bundle.type, ...entry.length > 0 ? { entry } : {} };
  const value = fillObject(input, { resourceType: "Bundle", profile: bundle.profile });
  if (is(value)) return value;
  throw new BuildError(typeName, validate(value));
}
function referenceTo(resource) {
  if (resource.id === void 0) {
    const path = `${resource.resourceType}.id`;
    throw new BuildError(resource.resourceType, {
      resourceType: "OperationOutcome",
      issue: [{ severity: "error", code: "required", diagnostics: "A resource needs an id to be referenced", expression: [path], location: [path] }]
    });
  }
  const reference = `${resource.resourceType}/${resource.id}`;
  return { reference };
}
export {
  assembleBundle,
  bundleEntries,
  fullUrlOf,
  referenceIssues,
  referenceTo
};
