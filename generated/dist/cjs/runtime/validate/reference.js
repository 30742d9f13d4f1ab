var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var reference_exports = {};
__export(reference_exports, {
  checkRef1: () => checkRef1,
  checkReferenceTarget: () => checkReferenceTarget,
  collectReferences: () => collectReferences,
  referenceTargetType: () => referenceTargetType,
  restfulType: () => restfulType
});
module.exports = __toCommonJS(reference_exports);
var import_guard = require("./guard.js");
var import_shape = require("./shape.js");
function isIdChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 45 || c === 46;
}
function slashBeforeId(s, end) {
  const stop = Math.max(0, end - 65);
  for (let i = end - 1; i >= stop; i--) {
    const c = s.charCodeAt(i);
    if (c === 47) return i < end - 1 ? i : -1;
    if (!isIdChar(c)) return -1;
  }
  return -1;
}
function typeStart(s, end) {
  const stop = Math.max(0, end - 64);
  let i = end - 1;
  for (; i >= stop; i--) {
    const c = s.charCodeAt(i);
    if (c === 47) break;
    if (!(c >= 65 && c <= 90 || c >= 97 && c <= 122)) return -1;
  }
  if (i === stop - 1 && i >= 0 && s.charCodeAt(i) !== 47) return -1;
  const start = i + 1;
  if (end - start < 2) return -1;
  const first = s.charCodeAt(start);
  return first >= 65 && first <= 90 ? start : -1;
}
const HISTORY = "/_history";
let TYPE_START = 0;
let TYPE_END = 0;
function restfulTypeSpan(s) {
  let slash = slashBeforeId(s, s.length);
  if (slash < 0) return false;
  if (slash >= HISTORY.length && s.startsWith(HISTORY, slash - HISTORY.length)) {
    slash = slashBeforeId(s, slash - HISTORY.length);
    if (slash < 0) return false;
  }
  const start = typeStart(s, slash);
  if (start < 0) return false;
  TYPE_START = start;
  TYPE_END = slash;
  return true;
}
function restfulType(s) {
  return restfulTypeSpan(s) ? s.slice(TYPE_START, TYPE_END) : void 0;
}
function containedIndex(root, x) {
  const contained = root["contained"];
  if (!Array.isArray(contained)) return void 0;
  const indexes = x.budget.contained ??= /* @__PURE__ */ new WeakMap();
  let index = indexes.get(contained);
  if (index === void 0) {
    const map = /* @__PURE__ */ new Map();
    for (const r of contained) {
      if (!(0, import_guard.isObject)(r)) continue;
      const id = r["id"];
      if (typeof id === "string" && !map.has(id)) map.set(id, typeof r["resourceType"] === "string" ? r["resourceType"] : "");
    }
    indexes.set(contained, map);
    index = map;
  }
  return index;
}
function containedType(root, id, x) {
  if (!(0, import_guard.isObject)(root)) return void 0;
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
  if (!(0, import_guard.isRecord)(v)) return true;
  const reference = v["reference"];
  if (typeof reference !== "string") return true;
  const fromBundle = x.bundle?.get(reference);
  if (fromBundle !== void 0) return targets.includes(fromBundle) || wrongTarget(x, q, fromBundle, targets);
  if (reference.charCodeAt(0) === 35) {
    const type = containedType(x.root, reference.slice(1), x);
    return type === void 0 || targets.includes(type) || wrongTarget(x, q, type, targets);
  }
  if (reference.length > 4096) return true;
  const slash = reference.indexOf("/");
  if (slash > 0 && reference.indexOf("/", slash + 1) < 0) {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i];
      if (target.length === slash && reference.startsWith(target)) return true;
    }
  }
  if (!restfulTypeSpan(reference)) return true;
  const start = TYPE_START;
  const length = TYPE_END - start;
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    if (target.length === length && reference.startsWith(target, start)) return true;
  }
  return wrongTarget(x, q, reference.slice(start, TYPE_END), targets);
}
const wrongTargetTexts = /* @__PURE__ */ new WeakMap();
function wrongTarget(x, q, type, targets) {
  if (x.c === null) return false;
  let byType = wrongTargetTexts.get(targets);
  let text = byType?.get(type);
  if (text === void 0) {
    text = `Reference to a ${type}, expected ${targets.join(" or ")}`;
    if (x.reg.byType(type) !== void 0) {
      if (byType === void 0) wrongTargetTexts.set(targets, byType = /* @__PURE__ */ new Map());
      byType.set(type, text);
    }
  }
  x.c.add("error", "structure", (0, import_shape.here)(x, q), text);
  return false;
}
const REF_1 = "Constraint failed: ref-1: 'SHALL have a contained resource if a local reference is provided'";
function checkRef1(o, x, q) {
  const reference = o["reference"];
  if (typeof reference !== "string" || reference.charCodeAt(0) !== 35) return true;
  const id = reference.slice(1);
  const root = x.root;
  if (id !== "" && (0, import_guard.isObject)(root) && containedIndex(root, x)?.has(id) === true) return true;
  x.c?.add("error", "invariant", (0, import_shape.here)(x, q), REF_1);
  return false;
}
const MAX_SCAN = 1e6;
function scan(v, out, depth, budget) {
  if (depth > 128 || ++budget.n > MAX_SCAN) return;
  if (Array.isArray(v)) {
    for (const item of v) if (typeof item === "object" && item !== null) scan(item, out, depth + 1, budget);
    return;
  }
  if (!(0, import_guard.isObject)(v)) return;
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
