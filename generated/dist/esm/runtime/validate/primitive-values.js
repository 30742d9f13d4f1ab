import { arrayShape, checkCount, missing } from "./cardinality.js";
import { checkPrimitiveElement } from "./extension.js";
import { isObject, jsonKind } from "./guard.js";
import { primitiveDiagnostic } from "./primitives.js";
import { here, itemAt, toChild, toItem } from "./shape.js";
const XHTML_DIV = /^\s*<div(?:\s[^>]*)?>[\s\S]*<\/div>\s*$/;
const XHTML_OPEN = /^\s*<div[\s>]/;
function isValidXhtml(v) {
  return typeof v === "string" && v.length <= 1048576 && XHTML_OPEN.test(v) && XHTML_DIV.test(v);
}
const ELE_1 = "Constraint failed: ele-1: 'All FHIR elements must have a @value or children'";
function diagnostic(type, v) {
  if (type !== "xhtml") return primitiveDiagnostic(type, v);
  return typeof v === "string" ? "FHIR xhtml must be a <div> element (XHTML narrative)" : `FHIR xhtml must be a JSON string, found ${jsonKind(v)}`;
}
function checkValue(v, x, q, test, type) {
  if (test(v)) return true;
  x.c?.add("error", "value", here(x, q), diagnostic(type, v));
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
  return typeof ext === "function" ? ext(e, x, q, d) : checkPrimitiveElement(e, x, q, d, childOwner(ext, seg, type));
}
function hasExtension(e) {
  return isObject(e) && e["extension"] !== void 0;
}
function prim(v, e, x, p, seg, d, min, test, type, ext) {
  if (v === void 0 && e === void 0) return min === 0 || missing(x, p, seg, min);
  const q = toChild(x, p, seg);
  let ok = true;
  if (v !== void 0) {
    if (Array.isArray(v) || v === null) {
      x.c?.add("error", "structure", here(x, q), v === null ? "null is not allowed here (omit the property instead)" : "Expected a single value, found an array (the element does not repeat)");
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
      x.c.add("error", "structure", here(x, q), "The _ sibling of a single primitive must be a JSON object");
    } else if (!elementOf(e, x, q, d + 1, ext, seg, type)) {
      if (x.c === null) return false;
      ok = false;
    } else if (v === void 0 && !hasExtension(e)) {
      if (x.c === null) return false;
      ok = false;
      x.c.add("error", "invariant", here(x, q), ELE_1);
    }
  }
  return ok;
}
function prims(v, e, x, p, seg, d, min, max, test, type, ext) {
  if (v === void 0 && e === void 0) return min === 0 || missing(x, p, seg, min);
  const q = toChild(x, p, seg);
  let ok = true;
  const values = v === void 0 ? void 0 : arrayShape(v, x, q) ? v : null;
  const exts = e === void 0 ? void 0 : arrayShape(e, x, q) ? e : null;
  if (values === null || exts === null) {
    if (x.c === null) return false;
    ok = false;
  }
  const vs = values ?? void 0;
  const es = exts ?? void 0;
  if (vs !== void 0 && es !== void 0 && vs.length !== es.length) {
    if (x.c === null) return false;
    ok = false;
    x.c.add("error", "structure", here(x, q), `The _ sibling array has ${es.length} items, the value array ${vs.length}: they must be aligned`);
  }
  const n = Math.max(vs?.length ?? 0, es?.length ?? 0);
  if ((vs !== void 0 || es !== void 0) && !checkCount(n, x, q, min, max)) {
    if (x.c === null) return false;
    ok = false;
  }
  for (let i = 0; i < n; i++) {
    const item = vs?.[i] ?? null;
    const extension = es?.[i] ?? null;
    let itemOk = true;
    if (item === null && extension === null) {
      if (x.c === null) return false;
      x.c.add("error", "structure", itemAt(x, q, i), "Item has neither a value nor an extension (null in both arrays)");
      ok = false;
      continue;
    }
    if (item !== null && !checkValue(item, x, toItem(x, q, i), test, type)) itemOk = false;
    if (extension !== null) {
      if (!isObject(extension)) {
        itemOk = false;
        x.c?.add("error", "structure", itemAt(x, q, i), `Items of the _ sibling array must be objects or null, found ${jsonKind(extension)}`);
      } else if (!elementOf(extension, x, toItem(x, q, i), d + 1, ext, seg, type)) itemOk = false;
      else if (item === null && !hasExtension(extension)) {
        itemOk = false;
        x.c?.add("error", "invariant", itemAt(x, q, i), ELE_1);
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
  if (v === void 0) return min === 0 || missing(x, p, seg, min);
  const q = toChild(x, p, seg);
  if (Array.isArray(v) || v === null) {
    x.c?.add("error", "structure", here(x, q), v === null ? "null is not allowed here (omit the property instead)" : "Expected a single value, found an array (the element does not repeat)");
    return false;
  }
  return checkValue(v, x, q, test, type);
}
function checkMaxLength(v, x, q, max) {
  if (typeof v !== "string" || v.length <= max) return true;
  x.c?.add("error", "value", here(x, q), `Value is ${v.length} characters long, the maximum is ${max}`);
  return false;
}
function acceptAny() {
  return true;
}
export {
  acceptAny,
  attribute,
  checkMaxLength,
  checkPrimitiveValue,
  isValidXhtml,
  prim,
  prims
};
