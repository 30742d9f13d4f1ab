import { checkCount, missing } from "./cardinality.js";
import { isRecord } from "./guard.js";
import { isValidString } from "./primitives.js";
import { at, checkKeys, here, itemAt, objectAt, toChild, toItem } from "./shape.js";
import { StringTable } from "./string-table.js";
const ANYWHERE = /* @__PURE__ */ new Set(["*", "Element", "Any", "Resource", "DomainResource", "BackboneElement"]);
function contextAllows(def, owner, resourceType) {
  if (def === last.def && owner === last.owner && resourceType === last.resourceType) return last.allowed;
  const allowed = lookUpContext(def, owner, resourceType);
  last.def = def;
  last.owner = owner;
  last.resourceType = resourceType;
  last.allowed = allowed;
  return allowed;
}
const last = {
  def: void 0,
  owner: void 0,
  resourceType: void 0,
  allowed: false
};
function lookUpContext(def, owner, resourceType) {
  const contexts = contextsOf(def);
  if (contexts.anywhere) return true;
  const named = contexts.named;
  if (named.has(owner.type) || typeof resourceType === "string" && named.has(resourceType)) return true;
  for (const path of owner.paths) if (named.has(path)) return true;
  if (contexts.extensionUrl && owner.type === "Extension") return true;
  return !owner.exact && def.contextTypes.includes(owner.type);
}
const contextsByDefinition = /* @__PURE__ */ new WeakMap();
function contextsOf(def) {
  let contexts = contextsByDefinition.get(def);
  if (contexts === void 0) {
    contexts = {
      anywhere: def.contexts.length === 0 || def.contexts.some((c) => ANYWHERE.has(c)),
      named: new Set(def.contexts),
      extensionUrl: def.contexts.some((c) => c.includes("/"))
    };
    contextsByDefinition.set(def, contexts);
  }
  return contexts;
}
function show(text) {
  return JSON.stringify(text.length > 120 ? text.slice(0, 120) + "…" : text);
}
function unknownExtensionWarning(url, x) {
  const known = x.budget.unknownUrls ??= new StringTable(16);
  let text = known.get(url);
  if (text === void 0) {
    text = `Unknown extension ${show(url)}: checked as a plain Extension only`;
    known.add(url, text);
  }
  return text;
}
const misplaced = /* @__PURE__ */ new WeakMap();
function misplacedError(def, owner) {
  let byOwner = misplaced.get(def);
  if (byOwner === void 0) misplaced.set(def, byOwner = /* @__PURE__ */ new WeakMap());
  let text = byOwner.get(owner);
  if (text === void 0) {
    text = `Extension ${show(def.url)} is not allowed on ${owner.paths[0] ?? owner.type} (allowed contexts: ${def.contexts.join(", ")})`;
    byOwner.set(owner, text);
  }
  return text;
}
function checkExtensionItem(v, x, q, d, owner, modifier) {
  const url = isRecord(v) ? v["url"] : void 0;
  const def = typeof url === "string" ? x.reg.extension(url) : void 0;
  if (def === void 0) {
    if (typeof url === "string") {
      if (modifier) {
        if (x.c === null) return false;
        x.c.add("error", "extension", here(x, q), `Unknown modifier extension ${show(url)}: the resource cannot be safely processed`);
      } else if (x.c !== null) {
        x.c.add("warning", "extension", here(x, q), unknownExtensionWarning(url, x));
      }
    }
    return x.reg.baseExtension(v, x, q, d);
  }
  let ok = true;
  if (!contextAllows(def, owner, isRecord(x.res) ? x.res["resourceType"] : void 0)) {
    if (x.c === null) return false;
    ok = false;
    x.c.add("error", "extension", here(x, q), misplacedError(def, owner));
  }
  return def.check(v, x, q, d) && ok;
}
const ELEMENT_KEYS = /* @__PURE__ */ new Set(["id", "extension"]);
function checkPrimitiveElement(v, x, q, d, owner) {
  const o = objectAt(v, x, q, d, "Element");
  if (o === void 0) return false;
  let ok = checkKeys(o, ELEMENT_KEYS, x, q, false);
  if (!ok && x.c === null) return false;
  const id = o["id"];
  if (id !== void 0 && !isValidString(id)) {
    if (x.c === null) return false;
    ok = false;
    x.c.add("error", "value", at(x, q, "id"), "Element id must be a non-empty JSON string");
  }
  const list = o["extension"];
  if (list === void 0) return ok;
  const lq = toChild(x, q, "extension");
  if (!Array.isArray(list)) {
    if (x.c === null) return false;
    x.c.add("error", "structure", here(x, lq), "Expected a JSON array (the element repeats)");
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
function checkExtensions(v, x, p, seg, d, min, max, owner, modifier) {
  if (v === void 0) return min === 0 || missing(x, p, seg, min);
  const q = toChild(x, p, seg);
  if (!Array.isArray(v)) {
    x.c?.add("error", "structure", here(x, q), "Expected a JSON array (the element repeats)");
    return false;
  }
  let ok = checkCount(v.length, x, q, min, max);
  if (!ok && x.c === null) return false;
  for (let i = 0; i < v.length; i++) {
    const item = v[i];
    if (item === null) {
      if (x.c === null) return false;
      ok = false;
      x.c.add("error", "structure", itemAt(x, q, i), "null is not allowed here (only in primitive arrays with _ extensions)");
    } else if (!checkExtensionItem(item, x, toItem(x, q, i), d + 1, owner, modifier)) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  return ok;
}
export {
  checkExtensionItem,
  checkExtensions,
  checkPrimitiveElement,
  contextAllows
};
