import { MAX_NODES, TRACK_FROM } from "./context.js";
import { MAX_DEPTH, isObject, jsonKind } from "./guard.js";
import { childPath, indexPath, pathText, pushIndex, pushStep, stepPath } from "./paths.js";
function toChild(x, p, seg) {
  return pushStep(x.steps, p, seg);
}
function toItem(x, q, i) {
  return pushIndex(x.steps, q, i);
}
function here(x, q) {
  return pathText(x.steps, x.texts, q);
}
function at(x, p, seg) {
  return stepPath(pathText(x.steps, x.texts, p), seg);
}
function itemAt(x, q, i) {
  return indexPath(pathText(x.steps, x.texts, q), i);
}
const PREVIEW = 40;
function showKey(key) {
  return JSON.stringify(key.length > PREVIEW ? key.slice(0, PREVIEW) + "…" : key);
}
function objectAt(v, x, q, d, type) {
  if (!isObject(v)) {
    x.c?.add("error", "structure", here(x, q), `Expected a JSON object (${type}), found ${jsonKind(v)}`);
    return void 0;
  }
  if (d > MAX_DEPTH) {
    x.c?.add("error", "structure", here(x, q), `Nested more than ${MAX_DEPTH} levels deep: not validated further`);
    return void 0;
  }
  const budget = x.budget;
  if (++budget.n > TRACK_FROM) {
    if (budget.n > MAX_NODES) {
      if (budget.n === MAX_NODES + 1) x.c?.add("error", "too-costly", here(x, q), `More than ${MAX_NODES} objects: validation stopped`);
      return void 0;
    }
    const seen = budget.seen ??= /* @__PURE__ */ new WeakSet();
    if (seen.has(v)) {
      x.c?.add("warning", "too-costly", here(x, q), "The same object is reached again (a cycle or a shared object): not validated again");
      return void 0;
    }
    seen.add(v);
  }
  return v;
}
const ELE_1 = "Constraint failed: ele-1: 'All FHIR elements must have a @value or children'";
function unknownKey(o, key, x, q) {
  if (!Object.prototype.hasOwnProperty.call(o, key)) return true;
  x.c?.add("error", "structure", childPath(here(x, q), key), `Unknown element ${showKey(key)}`);
  return false;
}
function emptyElement(x, q) {
  x.c?.add("error", "invariant", here(x, q), ELE_1);
  return false;
}
function checkKeys(o, known, x, q, ele1) {
  let ok = true;
  let content = 0;
  for (const key in o) {
    if (known.has(key)) {
      if (key !== "id") content++;
      continue;
    }
    if (unknownKey(o, key, x, q)) continue;
    if (x.c === null) return false;
    ok = false;
  }
  if (ele1 && content === 0) {
    if (x.c === null) return false;
    ok = emptyElement(x, q);
  }
  return ok;
}
function checkResourceType(o, x, q, type) {
  const found = o["resourceType"];
  if (found === type) return true;
  if (typeof found === "string" && found !== "" && (type === "Resource" || type === "DomainResource")) return true;
  if (x.c === null) return false;
  if (found === void 0) x.c.add("error", "structure", here(x, q), `Missing resourceType (expected ${JSON.stringify(type)})`);
  else if (typeof found !== "string") x.c.add("error", "structure", childPath(here(x, q), "resourceType"), `resourceType must be a string, found ${jsonKind(found)}`);
  else x.c.add("error", "structure", childPath(here(x, q), "resourceType"), `resourceType is ${showKey(found)}, expected ${JSON.stringify(type)}`);
  return false;
}
function choiceVariants(names) {
  const map = /* @__PURE__ */ new Map();
  names.forEach((name, i) => {
    map.set(name, i);
    map.set("_" + name, i);
  });
  return map;
}
function checkChoice(o, variants, x, p, seg, min) {
  let first = -1;
  let found = 0;
  let present;
  for (const key of Object.keys(o)) {
    const i = variants.get(key);
    if (i === void 0 || i === first || o[key] === void 0) continue;
    if (found === 0) first = i;
    found++;
    (present ??= []).push(key.charCodeAt(0) === 95 ? key.slice(1) : key);
  }
  if (found === 1 || found === 0 && min === 0) return true;
  if (found > 1 && present !== void 0 && new Set(present).size === 1) return true;
  if (x.c === null) return false;
  if (found === 0) x.c.add("error", "required", at(x, p, seg), `Missing required element ${seg}[x] (min ${min})`);
  else x.c.add("error", "structure", at(x, p, seg), `Only one of ${[...new Set(present)].join(", ")} may be present (${seg}[x] is a choice)`);
  return false;
}
function own(o, key) {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : void 0;
}
function bitCount(word) {
  let w = word - (word >>> 1 & 1431655765);
  w = (w & 858993459) + (w >>> 2 & 858993459);
  return Math.imul(w + (w >>> 4) & 252645135, 16843009) >>> 24;
}
export {
  at,
  bitCount,
  checkChoice,
  checkKeys,
  checkResourceType,
  choiceVariants,
  emptyElement,
  here,
  itemAt,
  objectAt,
  own,
  showKey,
  toChild,
  toItem,
  unknownKey
};
