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
var slicing_exports = {};
__export(slicing_exports, {
  checkSliced: () => checkSliced,
  checkSlicesAbsent: () => checkSlicesAbsent,
  discExists: () => discExists,
  discPattern: () => discPattern,
  discProfile: () => discProfile,
  discType: () => discType,
  discValue: () => discValue,
  slicingNotChecked: () => slicingNotChecked
});
module.exports = __toCommonJS(slicing_exports);
var import_cardinality = require("./cardinality.js");
var import_context = require("./context.js");
var import_fixed_pattern = require("./fixed-pattern.js");
var import_guard = require("./guard.js");
var import_shape = require("./shape.js");
var import_paths = require("./paths.js");
const tooFewTexts = /* @__PURE__ */ new WeakMap();
function tooFew(slice, n) {
  let texts = tooFewTexts.get(slice);
  if (texts === void 0) tooFewTexts.set(slice, texts = []);
  return texts[n] ??= `Slice ${JSON.stringify(slice.name)}: at least ${slice.min} required, found ${n}`;
}
function push(out, value, repeats, type) {
  if (value === void 0 || value === null) return;
  if (repeats && Array.isArray(value)) {
    for (const item of value) if (item !== void 0 && item !== null) out.push({ value: item, type });
  } else out.push({ value, type });
}
function select(v, path) {
  let current = [{ value: v, type: void 0 }];
  for (const [name, repeats] of path) {
    const next = [];
    for (const { value } of current) {
      if (!(0, import_guard.isObject)(value)) continue;
      if (name.endsWith("[x]")) {
        const stem = name.slice(0, -3);
        for (const key of Object.keys(value)) {
          const c = key.charCodeAt(stem.length);
          if (key.length > stem.length && key.startsWith(stem) && c >= 65 && c <= 90) push(next, value[key], repeats, key.slice(stem.length));
        }
      } else if (Object.prototype.hasOwnProperty.call(value, name)) push(next, value[name], repeats, void 0);
    }
    current = next;
  }
  return current;
}
function discValue(v, path, expected) {
  for (const found of select(v, path)) if ((0, import_fixed_pattern.jsonEquals)(found.value, expected)) return true;
  return false;
}
function discPattern(v, path, pattern) {
  for (const found of select(v, path)) if ((0, import_fixed_pattern.jsonMatches)(found.value, pattern)) return true;
  return false;
}
function discExists(v, path, exists) {
  return select(v, path).length > 0 === exists;
}
function discType(v, path, types) {
  for (const found of select(v, path)) {
    const type = found.type ?? ((0, import_guard.isObject)(found.value) ? found.value["resourceType"] : void 0);
    if (typeof type === "string" && types.includes(type)) return true;
  }
  return false;
}
function discProfile(v, path, check, x, d) {
  const fast = (0, import_context.fastMode)(x);
  for (const found of select(v, path)) if (check(found.value, fast, import_paths.ROOT_PATH, d)) return true;
  return false;
}
function zeros(n) {
  if (n === 1) return [0];
  if (n === 2) return [0, 0];
  if (n === 3) return [0, 0, 0];
  const counts = [];
  for (let i = 0; i < n; i++) counts.push(0);
  return counts;
}
function matchingSlice(s, item, x, d) {
  const fast = (0, import_context.fastMode)(x);
  for (let j = 0; j < s.slices.length; j++) if (s.slices[j]?.match(item, fast, d)) return j;
  return -1;
}
function checkSliced(v, x, p, seg, d, min, max, s) {
  if (v === void 0) {
    const present = min === 0 || (0, import_cardinality.missing)(x, p, seg, min);
    if (!present && x.c === null) return false;
    return checkSlicesAbsent(x, (0, import_shape.toChild)(x, p, seg), s) && present;
  }
  const q = (0, import_shape.toChild)(x, p, seg);
  if (!(0, import_cardinality.arrayShape)(v, x, q)) return false;
  let ok = (0, import_cardinality.checkCount)(v.length, x, q, min, max);
  if (!ok && x.c === null) return false;
  let counts;
  let last = -1;
  let unmatchedSeen = false;
  for (let i = 0; i < v.length; i++) {
    const item = v[i];
    if (item === null || item === void 0) {
      if (x.c === null) return false;
      ok = false;
      x.c.add("error", "structure", (0, import_shape.itemAt)(x, q, i), "null is not allowed here (only in primitive arrays with _ extensions)");
      continue;
    }
    const k = s.index !== void 0 ? s.index(item) : matchingSlice(s, item, x, d + 1);
    let itemOk = true;
    const slice = k >= 0 ? s.slices[k] : void 0;
    if (slice === void 0) {
      if (s.rules === "closed") {
        itemOk = false;
        x.c?.add("error", "structure", (0, import_shape.itemAt)(x, q, i), `Item matches no slice of ${s.element}, and the slicing is closed`);
      } else {
        unmatchedSeen = true;
        if (!s.base(item, x, (0, import_shape.toItem)(x, q, i), d + 1)) itemOk = false;
      }
    } else {
      counts ??= zeros(s.slices.length);
      counts[k] = (counts[k] ?? 0) + 1;
      if (s.ordered && k < last) {
        itemOk = false;
        x.c?.add("error", "structure", (0, import_shape.itemAt)(x, q, i), `Item of slice ${JSON.stringify(slice.name)} is out of order: the slices of ${s.element} are ordered`);
      }
      if (s.rules === "openAtEnd" && unmatchedSeen) {
        itemOk = false;
        x.c?.add("error", "structure", (0, import_shape.itemAt)(x, q, i), `Item of slice ${JSON.stringify(slice.name)} comes after an item that matches no slice (${s.element} is openAtEnd)`);
      }
      if (k > last) last = k;
      if (!slice.check(item, x, (0, import_shape.toItem)(x, q, i), d + 1)) itemOk = false;
    }
    if (!itemOk) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  for (let j = 0; j < s.slices.length; j++) {
    const slice = s.slices[j];
    const n = counts?.[j] ?? 0;
    if (slice === void 0) continue;
    if (n < slice.min) {
      if (x.c === null) return false;
      ok = false;
      x.c.add("error", "required", (0, import_shape.here)(x, q), tooFew(slice, n));
    } else if (slice.max >= 0 && n > slice.max) {
      if (x.c === null) return false;
      ok = false;
      x.c.add("error", "structure", (0, import_shape.here)(x, q), `Slice ${JSON.stringify(slice.name)}: at most ${slice.max} allowed, found ${n}`);
    }
  }
  return ok;
}
function checkSlicesAbsent(x, q, s) {
  let ok = true;
  for (const slice of s.slices) {
    if (slice.min > 0) {
      if (x.c === null) return false;
      ok = false;
      x.c.add("error", "required", (0, import_shape.here)(x, q), tooFew(slice, 0));
    }
  }
  return ok;
}
function slicingNotChecked(v, x, p, seg, element, reason) {
  if (v !== void 0) x.c?.add("information", "not-supported", (0, import_shape.at)(x, p, seg), `Slicing of ${element} not checked: ${reason}`);
  return true;
}
