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
var cardinality_exports = {};
__export(cardinality_exports, {
  arrayShape: () => arrayShape,
  checkCount: () => checkCount,
  each: () => each,
  eachWith: () => eachWith,
  many: () => many,
  missing: () => missing,
  one: () => one,
  prohibited: () => prohibited,
  prohibitedVariants: () => prohibitedVariants,
  removedVariants: () => removedVariants
});
module.exports = __toCommonJS(cardinality_exports);
var import_guard = require("./guard.js");
var import_shape = require("./shape.js");
function maxText(max) {
  return max < 0 ? "*" : String(max);
}
const missingTexts = /* @__PURE__ */ new Map();
function missing(x, p, seg, min) {
  if (x.c === null) return false;
  let text = min === 1 ? missingTexts.get(seg) : void 0;
  if (text === void 0) {
    text = `Missing required element ${seg} (min ${min})`;
    if (min === 1) missingTexts.set(seg, text);
  }
  x.c.add("error", "required", (0, import_shape.at)(x, p, seg), text);
  return false;
}
function prohibited(v, e, x, p, seg) {
  if (v === void 0 && e === void 0) return true;
  x.c?.add("error", "structure", (0, import_shape.at)(x, p, seg), `Element ${seg} is not allowed here (max 0)`);
  return false;
}
function prohibitedVariants(o, x, p, variants) {
  let ok = true;
  let reported;
  for (const key of Object.keys(o)) {
    const seg = variants.get(key);
    if (seg === void 0 || o[key] === void 0 || reported?.has(seg)) continue;
    if (x.c === null) return false;
    ok = false;
    (reported ??= /* @__PURE__ */ new Set()).add(seg);
    x.c.add("error", "structure", (0, import_shape.at)(x, p, seg), `Element ${seg} is not allowed here (max 0)`);
  }
  return ok;
}
function removedVariants(pairs) {
  const map = /* @__PURE__ */ new Map();
  for (const [name, seg] of pairs) {
    map.set(name, seg);
    map.set("_" + name, seg);
  }
  return map;
}
function arrayShape(v, x, q) {
  if (!Array.isArray(v)) {
    x.c?.add("error", "structure", (0, import_shape.here)(x, q), `Expected a JSON array (the element repeats), found ${(0, import_guard.jsonKind)(v)}`);
    return false;
  }
  return true;
}
function checkCount(n, x, q, min, max) {
  if (n === 0) {
    x.c?.add("error", "structure", (0, import_shape.here)(x, q), "Arrays must not be empty (omit the property instead)");
    return false;
  }
  if (n < min) {
    x.c?.add("error", "required", (0, import_shape.here)(x, q), `At least ${min} required, found ${n}`);
    return false;
  }
  if (max >= 0 && n > max) {
    x.c?.add("error", "structure", (0, import_shape.here)(x, q), `At most ${maxText(max)} allowed, found ${n}`);
    return false;
  }
  return true;
}
function notSingle(v, x, q) {
  if (Array.isArray(v)) {
    x.c?.add("error", "structure", (0, import_shape.here)(x, q), "Expected a single value, found an array (the element does not repeat)");
    return true;
  }
  if (v === null) {
    x.c?.add("error", "structure", (0, import_shape.here)(x, q), "null is not allowed here (omit the property instead)");
    return true;
  }
  return false;
}
function one(v, x, p, seg, d, min, check) {
  if (v === void 0) return min === 0 || missing(x, p, seg, min);
  const q = (0, import_shape.toChild)(x, p, seg);
  if (notSingle(v, x, q)) return false;
  return check(v, x, q, d + 1);
}
function many(v, x, p, seg, d, min, max, check) {
  if (v === void 0) return min === 0 || missing(x, p, seg, min);
  const q = (0, import_shape.toChild)(x, p, seg);
  if (!arrayShape(v, x, q)) return false;
  let ok = checkCount(v.length, x, q, min, max);
  if (!ok && x.c === null) return false;
  for (let i = 0; i < v.length; i++) {
    const item = v[i];
    if (item === null) {
      if (x.c === null) return false;
      ok = false;
      x.c.add("error", "structure", (0, import_shape.itemAt)(x, q, i), "null is not allowed here (only in primitive arrays with _ extensions)");
      continue;
    }
    if (!check(item, x, (0, import_shape.toItem)(x, q, i), d + 1)) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  return ok;
}
function each(v, repeats, x, p, seg, fn) {
  if (v === void 0) return true;
  const q = (0, import_shape.toChild)(x, p, seg);
  if (!repeats) return fn(v, x, q);
  if (!Array.isArray(v)) return true;
  let ok = true;
  for (let i = 0; i < v.length; i++) {
    const item = v[i];
    if (item === null || item === void 0) continue;
    if (!fn(item, x, (0, import_shape.toItem)(x, q, i))) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  return ok;
}
function eachWith(v, repeats, x, p, seg, fn, arg) {
  if (v === void 0) return true;
  const q = (0, import_shape.toChild)(x, p, seg);
  if (!repeats) return fn(v, x, q, arg);
  if (!Array.isArray(v)) return true;
  let ok = true;
  for (let i = 0; i < v.length; i++) {
    const item = v[i];
    if (item === null || item === void 0) continue;
    if (!fn(item, x, (0, import_shape.toItem)(x, q, i), arg)) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  return ok;
}
