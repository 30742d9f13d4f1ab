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
var primitive_values_exports = {};
__export(primitive_values_exports, {
  acceptAny: () => acceptAny,
  attribute: () => attribute,
  checkMaxLength: () => checkMaxLength,
  checkPrimitiveValue: () => checkPrimitiveValue,
  isValidXhtml: () => isValidXhtml,
  prim: () => prim,
  prims: () => prims
});
module.exports = __toCommonJS(primitive_values_exports);
var import_cardinality = require("./cardinality.js");
var import_extension = require("./extension.js");
var import_guard = require("./guard.js");
var import_primitives = require("./primitives.js");
var import_shape = require("./shape.js");
const XHTML_DIV = /^\s*<div(?:\s[^>]*)?>[\s\S]*<\/div>\s*$/;
const XHTML_OPEN = /^\s*<div[\s>]/;
function isValidXhtml(v) {
  return typeof v === "string" && v.length <= 1048576 && XHTML_OPEN.test(v) && XHTML_DIV.test(v);
}
const ELE_1 = "Constraint failed: ele-1: 'All FHIR elements must have a @value or children'";
function diagnostic(type, v) {
  if (type !== "xhtml") return (0, import_primitives.primitiveDiagnostic)(type, v);
  return typeof v === "string" ? "FHIR xhtml must be a <div> element (XHTML narrative)" : `FHIR xhtml must be a JSON string, found ${(0, import_guard.jsonKind)(v)}`;
}
function checkValue(v, x, q, test, type) {
  if (test(v)) return true;
  x.c?.add("error", "value", (0, import_shape.here)(x, q), diagnostic(type, v));
  return false;
}
const owners = /* @__PURE__ */ new WeakMap();
function childOwner(parent, seg, type) {
  let byKey = owners.get(parent);
  if (byKey === void 0) {
    byKey = /* @__PURE__ */ new Map();
    owners.set(parent, byKey);
  }
  const key = seg + " " + type;
  let owner = byKey.get(key);
  if (owner === void 0) {
    owner = { paths: parent.paths.map((path) => path + "." + seg), type, exact: parent.exact };
    byKey.set(key, owner);
  }
  return owner;
}
function elementOf(e, x, q, d, ext, seg, type) {
  return typeof ext === "function" ? ext(e, x, q, d) : (0, import_extension.checkPrimitiveElement)(e, x, q, d, childOwner(ext, seg, type));
}
function hasExtension(e) {
  return (0, import_guard.isObject)(e) && e["extension"] !== void 0;
}
function prim(v, e, x, p, seg, d, min, test, type, ext) {
  if (v === void 0 && e === void 0) return min === 0 || (0, import_cardinality.missing)(x, p, seg, min);
  const q = (0, import_shape.toChild)(x, p, seg);
  let ok = true;
  if (v !== void 0) {
    if (Array.isArray(v) || v === null) {
      x.c?.add("error", "structure", (0, import_shape.here)(x, q), v === null ? "null is not allowed here (omit the property instead)" : "Expected a single value, found an array (the element does not repeat)");
      if (x.c === null) return false;
      ok = false;
    } else if (!checkValue(v, x, q, test, type)) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  if (e !== void 0) {
    if (Array.isArray(e) || e === null) {
      if (x.c === null) return false;
      ok = false;
      x.c.add("error", "structure", (0, import_shape.here)(x, q), "The _ sibling of a single primitive must be a JSON object");
    } else if (!elementOf(e, x, q, d + 1, ext, seg, type)) {
      if (x.c === null) return false;
      ok = false;
    } else if (v === void 0 && !hasExtension(e)) {
      if (x.c === null) return false;
      ok = false;
      x.c.add("error", "invariant", (0, import_shape.here)(x, q), ELE_1);
    }
  }
  return ok;
}
function prims(v, e, x, p, seg, d, min, max, test, type, ext) {
  if (v === void 0 && e === void 0) return min === 0 || (0, import_cardinality.missing)(x, p, seg, min);
  const q = (0, import_shape.toChild)(x, p, seg);
  let ok = true;
  const values = v === void 0 ? void 0 : (0, import_cardinality.arrayShape)(v, x, q) ? v : null;
  const exts = e === void 0 ? void 0 : (0, import_cardinality.arrayShape)(e, x, q) ? e : null;
  if (values === null || exts === null) {
    if (x.c === null) return false;
    ok = false;
  }
  const vs = values ?? void 0;
  const es = exts ?? void 0;
  if (vs !== void 0 && es !== void 0 && vs.length !== es.length) {
    if (x.c === null) return false;
    ok = false;
    x.c.add("error", "structure", (0, import_shape.here)(x, q), `The _ sibling array has ${es.length} items, the value array ${vs.length}: they must be aligned`);
  }
  const n = Math.max(vs?.length ?? 0, es?.length ?? 0);
  if ((vs !== void 0 || es !== void 0) && !(0, import_cardinality.checkCount)(n, x, q, min, max)) {
    if (x.c === null) return false;
    ok = false;
  }
  for (let i = 0; i < n; i++) {
    const item = vs?.[i] ?? null;
    const extension = es?.[i] ?? null;
    let itemOk = true;
    if (item === null && extension === null) {
      if (x.c === null) return false;
      x.c.add("error", "structure", (0, import_shape.itemAt)(x, q, i), "Item has neither a value nor an extension (null in both arrays)");
      ok = false;
      continue;
    }
    if (item !== null && !checkValue(item, x, (0, import_shape.toItem)(x, q, i), test, type)) itemOk = false;
    if (extension !== null) {
      if (!(0, import_guard.isObject)(extension)) {
        itemOk = false;
        x.c?.add("error", "structure", (0, import_shape.itemAt)(x, q, i), `Items of the _ sibling array must be objects or null, found ${(0, import_guard.jsonKind)(extension)}`);
      } else if (!elementOf(extension, x, (0, import_shape.toItem)(x, q, i), d + 1, ext, seg, type)) itemOk = false;
      else if (item === null && !hasExtension(extension)) {
        itemOk = false;
        x.c?.add("error", "invariant", (0, import_shape.itemAt)(x, q, i), ELE_1);
      }
    }
    if (!itemOk) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  return ok;
}
function checkPrimitiveValue(v, x, q, test, type) {
  return checkValue(v, x, q, test, type);
}
function attribute(v, x, p, seg, min, test, type) {
  if (v === void 0) return min === 0 || (0, import_cardinality.missing)(x, p, seg, min);
  const q = (0, import_shape.toChild)(x, p, seg);
  if (Array.isArray(v) || v === null) {
    x.c?.add("error", "structure", (0, import_shape.here)(x, q), v === null ? "null is not allowed here (omit the property instead)" : "Expected a single value, found an array (the element does not repeat)");
    return false;
  }
  return checkValue(v, x, q, test, type);
}
function checkMaxLength(v, x, q, max) {
  if (typeof v !== "string" || v.length <= max) return true;
  x.c?.add("error", "value", (0, import_shape.here)(x, q), `Value is ${v.length} characters long, the maximum is ${max}`);
  return false;
}
function acceptAny() {
  return true;
}
