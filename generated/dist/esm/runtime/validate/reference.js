import { isObject } from "./guard.js";
function isIdSegment(s, from, to) {
  if (to <= from || to - from > 64) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!(c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 45 || c === 46)) return false;
  }
  return true;
}
function isTypeSegment(s, from, to) {
  if (to - from < 2 || to - from > 64) return false;
  const first = s.charCodeAt(from);
  if (first < 65 || first > 90) return false;
  for (let i = from + 1; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!(c >= 65 && c <= 90 || c >= 97 && c <= 122)) return false;
  }
  return true;
}
const HISTORY = "/_history";
function restfulType(s) {
  let end = s.length;
  let slash = s.lastIndexOf("/", end - 1);
  if (slash < 0) return void 0;
  if (slash >= HISTORY.length && s.startsWith(HISTORY, slash - HISTORY.length)) {
    if (!isIdSegment(s, slash + 1, end)) return void 0;
    end = slash - HISTORY.length;
    slash = end > 0 ? s.lastIndexOf("/", end - 1) : -1;
    if (slash < 0) return void 0;
  }
  if (!isIdSegment(s, slash + 1, end)) return void 0;
  const typeEnd = slash;
  const typeStart = typeEnd > 0 ? s.lastIndexOf("/", typeEnd - 1) + 1 : 0;
  return isTypeSegment(s, typeStart, typeEnd) ? s.slice(typeStart, typeEnd) : void 0;
}
function containedIndex(root, x) {
  const contained = root["contained"];
  if (!Array.isArray(contained)) return void 0;
  const indexes = x.budget.contained ??= /* @__PURE__ */ new WeakMap();
  let index = indexes.get(contained);
  if (index === void 0) {
    const map = /* @__PURE__ */ new Map();
    for (const r of contained) {
      if (!isObject(r)) continue;
      const id = r["id"];
      if (typeof id === "string" && !map.has(id)) map.set(id, typeof r["resourceType"] === "string" ? r["resourceType"] : "");
    }
    indexes.set(contained, map);
    index = map;
  }
  return index;
}
function containedType(root, id, x) {
  if (!isObject(root)) return void 0;
  if (id === "") return typeof root["resourceType"] === "string" ? root["resourceType"] : void 0;
  const type = containedIndex(root, x)?.get(id);
  return type === "" ? void 0 : type;
}
function referenceTargetType(reference, x) {
  const fromBundle = x.bundle?.get(reference);
  if (fromBundle !== void 0) return fromBundle;
  if (reference.charCodeAt(0) === 35) return containedType(x.root, reference.slice(1), x);
  if (reference.length > 4096) return void 0;
  return restfulType(reference);
}
function checkReferenceTarget(v, x, q, targets) {
  if (!isObject(v)) return true;
  const reference = v["reference"];
  if (typeof reference !== "string") return true;
  const type = referenceTargetType(reference, x);
  if (type === void 0 || targets.has(type)) return true;
  x.c?.add("error", "structure", q, `Reference to a ${type}, expected ${[...targets].join(" or ")}`);
  return false;
}
const REF_1 = "Constraint failed: ref-1: 'SHALL have a contained resource if a local reference is provided'";
function checkRef1(o, x, q) {
  const reference = o["reference"];
  if (typeof reference !== "string" || reference.charCodeAt(0) !== 35) return true;
  const id = reference.slice(1);
  const root = x.root;
  if (id !== "" && isObject(root) && containedIndex(root, x)?.has(id) === true) return true;
  x.c?.add("error", "invariant", q, REF_1);
  return false;
}
const MAX_SCAN = 1e6;
function scan(v, out, depth, budget) {
  if (depth > 128 || ++budget.n > MAX_SCAN) return;
  if (Array.isArray(v)) {
    for (const item of v) if (typeof item === "object" && item !== null) scan(item, out, depth + 1, budget);
    return;
  }
  if (!isObject(v)) return;
  for (const key of Object.keys(v)) {
    const value = v[key];
    if (key === "reference" && typeof value === "string") out.add(value);
    else if (typeof value === "object" && value !== null) scan(value, out, depth + 1, budget);
  }
}
function collectReferences(v) {
  const out = /* @__PURE__ */ new Set();
  scan(v, out, 0, { n: 0 });
  return out;
}
export {
  checkRef1,
  checkReferenceTarget,
  collectReferences,
  referenceTargetType,
  restfulType
};
