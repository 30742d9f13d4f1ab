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
var fhirpath_boolean_exports = {};
__export(fhirpath_boolean_exports, {
  BAILED: () => BAILED,
  checkBooleanInvariant: () => checkBooleanInvariant,
  checkTruth: () => checkTruth,
  fpAnd3: () => fpAnd3,
  fpAny: () => fpAny,
  fpContainsValue: () => fpContainsValue,
  fpEndsWithValue: () => fpEndsWithValue,
  fpGeValue: () => fpGeValue,
  fpGtValue: () => fpGtValue,
  fpImplies3: () => fpImplies3,
  fpLeValue: () => fpLeValue,
  fpLtValue: () => fpLtValue,
  fpNeValue: () => fpNeValue,
  fpNot3: () => fpNot3,
  fpObject: () => fpObject,
  fpOne: () => fpOne,
  fpOneEach: () => fpOneEach,
  fpOneValue: () => fpOneValue,
  fpOr3: () => fpOr3,
  fpSingle: () => fpSingle,
  fpSizeOf: () => fpSizeOf,
  fpSizeOfChoice: () => fpSizeOfChoice,
  fpSizeOfEach: () => fpSizeOfEach,
  fpSizeOfValue: () => fpSizeOfValue,
  fpStartsWithValue: () => fpStartsWithValue,
  fpTruthValue: () => fpTruthValue,
  fpXor3: () => fpXor3
});
module.exports = __toCommonJS(fhirpath_boolean_exports);
var import_fhirpath_lite = require("./fhirpath-lite.js");
var import_guard = require("./guard.js");
var import_invariant = require("./invariant.js");
var import_fhirpath = require("./fhirpath.js");
var import_shape = require("./shape.js");
function sizeOfValue(value) {
  if (value === void 0) return 0;
  if (value === null) throw import_fhirpath_lite.BAIL;
  if (!Array.isArray(value)) return 1;
  for (const item of value) if (item === null || item === void 0 || Array.isArray(item)) throw import_fhirpath_lite.BAIL;
  return value.length;
}
function fpObject(item) {
  if (!(0, import_guard.isObject)(item)) throw import_fhirpath_lite.BAIL;
  return item;
}
function fpSizeOfValue(sibling, value) {
  if (sibling !== void 0) throw import_fhirpath_lite.BAIL;
  return sizeOfValue(value);
}
function fpSizeOf(item, name, sibling) {
  const o = fpObject(item);
  return fpSizeOfValue(o[sibling], o[name]);
}
function fpSizeOfEach(c, size) {
  let total = 0;
  for (let i = 0; i < c.length; i++) total += size(fpObject(c[i]));
  return total;
}
function fpSizeOfChoice(item, variants) {
  if (!(0, import_guard.isObject)(item)) throw import_fhirpath_lite.BAIL;
  let size = 0;
  let present = 0;
  for (let i = 0; i < variants.length; i++) {
    const variant = variants[i];
    if (variant === void 0) continue;
    const key = variant[0];
    const sibling = variant[1];
    if (!Object.prototype.hasOwnProperty.call(item, key)) {
      if (Object.prototype.hasOwnProperty.call(item, sibling)) throw import_fhirpath_lite.BAIL;
      continue;
    }
    if (item[sibling] !== void 0 || ++present > 1) throw import_fhirpath_lite.BAIL;
    size += sizeOfValue(item[key]);
  }
  return size;
}
function fpOneValue(sibling, value) {
  if (sibling !== void 0) throw import_fhirpath_lite.BAIL;
  if (value === null) throw import_fhirpath_lite.BAIL;
  if (!Array.isArray(value)) return value;
  if (value.length === 0) return void 0;
  if (value.length > 1) throw import_fhirpath_lite.BAIL;
  const only = value[0];
  if (only === null || only === void 0 || Array.isArray(only)) throw import_fhirpath_lite.BAIL;
  return only;
}
function fpOne(item, name, sibling) {
  const o = fpObject(item);
  return fpOneValue(o[sibling], o[name]);
}
function fpOneEach(c, name, sibling) {
  let found;
  let size = 0;
  for (let i = 0; i < c.length; i++) {
    const item = c[i];
    const n = fpSizeOf(item, name, sibling);
    if (n === 0) continue;
    size += n;
    if (size > 1) throw import_fhirpath_lite.BAIL;
    found = fpOne(item, name, sibling);
  }
  return found;
}
function fpSingle(c) {
  if (c.length > 1) throw import_fhirpath_lite.BAIL;
  return c[0];
}
function fpTruthValue(v) {
  if (v === void 0 || typeof v === "boolean") return v;
  throw import_fhirpath_lite.BAIL;
}
function fpAny(c, predicate) {
  let any = false;
  for (const item of c) if (predicate(item) === true) any = true;
  return any;
}
function fpNot3(a) {
  return a === void 0 ? void 0 : !a;
}
function fpOr3(a, b) {
  if (a === true || b === true) return true;
  return a === false && b === false ? false : void 0;
}
function fpAnd3(a, b) {
  if (a === false || b === false) return false;
  return a === true && b === true ? true : void 0;
}
function fpXor3(a, b) {
  return a === void 0 || b === void 0 ? void 0 : a !== b;
}
function fpImplies3(a, b) {
  if (a === false) return true;
  if (a === true) return b;
  return b === true ? true : void 0;
}
function fpNeValue(x, y) {
  const eq = (0, import_fhirpath_lite.fpEqValue)(x, y);
  return eq === void 0 ? void 0 : !eq;
}
function fpLtValue(x, y) {
  const o = (0, import_fhirpath_lite.fpOrderValues)(x, y);
  return o === void 0 ? void 0 : o < 0;
}
function fpLeValue(x, y) {
  const o = (0, import_fhirpath_lite.fpOrderValues)(x, y);
  return o === void 0 ? void 0 : o <= 0;
}
function fpGtValue(x, y) {
  const o = (0, import_fhirpath_lite.fpOrderValues)(x, y);
  return o === void 0 ? void 0 : o > 0;
}
function fpGeValue(x, y) {
  const o = (0, import_fhirpath_lite.fpOrderValues)(x, y);
  return o === void 0 ? void 0 : o >= 0;
}
const CONTAINS = (t, a) => t.includes(a);
const STARTS_WITH = (t, a) => t.startsWith(a);
const ENDS_WITH = (t, a) => t.endsWith(a);
function fpContainsValue(text, arg) {
  return (0, import_fhirpath_lite.fpStringTest)(text, arg, CONTAINS);
}
function fpStartsWithValue(text, arg) {
  return (0, import_fhirpath_lite.fpStringTest)(text, arg, STARTS_WITH);
}
function fpEndsWithValue(text, arg) {
  return (0, import_fhirpath_lite.fpStringTest)(text, arg, ENDS_WITH);
}
const BAILED = Object.freeze({ bailed: true });
function checkTruth(result, node, x, q, inv) {
  if (result === true) return true;
  if (result === BAILED) return (0, import_invariant.checkInvariant)(node, x, q, inv);
  x.c?.add(inv.spec.severity, "invariant", (0, import_shape.here)(x, q), (0, import_fhirpath.invariantDiagnostic)(inv.spec, false));
  return inv.spec.severity !== "error";
}
function checkBooleanInvariant(node, x, q, t) {
  const inv = t.inv;
  if (x.c === null && inv.spec.severity !== "error") return true;
  if (node === void 0 || node === null) return true;
  let result;
  try {
    result = t.fn(node);
  } catch {
    result = BAILED;
  }
  return checkTruth(result, node, x, q, inv);
}
