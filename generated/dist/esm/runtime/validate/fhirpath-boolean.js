import { BAIL, fpOrderValues, fpStringTest, fpEqValue } from "./fhirpath-lite.js";
import { isObject } from "./guard.js";
import { checkInvariant } from "./invariant.js";
import { invariantDiagnostic } from "./fhirpath.js";
import { here } from "./shape.js";
function sizeOfValue(value) {
  if (value === void 0) return 0;
  if (value === null) throw BAIL;
  if (!Array.isArray(value)) return 1;
  for (const item of value) if (item === null || item === void 0 || Array.isArray(item)) throw BAIL;
  return value.length;
}
function fpObject(item) {
  if (!isObject(item)) throw BAIL;
  return item;
}
function fpSizeOfValue(sibling, value) {
  if (sibling !== void 0) throw BAIL;
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
  if (!isObject(item)) throw BAIL;
  let size = 0;
  let present = 0;
  for (let i = 0; i < variants.length; i++) {
    const variant = variants[i];
    if (variant === void 0) continue;
    const key = variant[0];
    const sibling = variant[1];
    if (!Object.prototype.hasOwnProperty.call(item, key)) {
      if (Object.prototype.hasOwnProperty.call(item, sibling)) throw BAIL;
      continue;
    }
    if (item[sibling] !== void 0 || ++present > 1) throw BAIL;
    size += sizeOfValue(item[key]);
  }
  return size;
}
function fpOneValue(sibling, value) {
  if (sibling !== void 0) throw BAIL;
  if (value === null) throw BAIL;
  if (!Array.isArray(value)) return value;
  if (value.length === 0) return void 0;
  if (value.length > 1) throw BAIL;
  const only = value[0];
  if (only === null || only === void 0 || Array.isArray(only)) throw BAIL;
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
    if (size > 1) throw BAIL;
    found = fpOne(item, name, sibling);
  }
  return found;
}
function fpSingle(c) {
  if (c.length > 1) throw BAIL;
  return c[0];
}
function fpTruthValue(v) {
  if (v === void 0 || typeof v === "boolean") return v;
  throw BAIL;
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
  const eq = fpEqValue(x, y);
  return eq === void 0 ? void 0 : !eq;
}
function fpLtValue(x, y) {
  const o = fpOrderValues(x, y);
  return o === void 0 ? void 0 : o < 0;
}
function fpLeValue(x, y) {
  const o = fpOrderValues(x, y);
  return o === void 0 ? void 0 : o <= 0;
}
function fpGtValue(x, y) {
  const o = fpOrderValues(x, y);
  return o === void 0 ? void 0 : o > 0;
}
function fpGeValue(x, y) {
  const o = fpOrderValues(x, y);
  return o === void 0 ? void 0 : o >= 0;
}
const CONTAINS = (t, a) => t.includes(a);
const STARTS_WITH = (t, a) => t.startsWith(a);
const ENDS_WITH = (t, a) => t.endsWith(a);
function fpContainsValue(text, arg) {
  return fpStringTest(text, arg, CONTAINS);
}
function fpStartsWithValue(text, arg) {
  return fpStringTest(text, arg, STARTS_WITH);
}
function fpEndsWithValue(text, arg) {
  return fpStringTest(text, arg, ENDS_WITH);
}
const BAILED = Object.freeze({ bailed: true });
function checkTruth(result, node, x, q, inv) {
  if (result === true) return true;
  if (result === BAILED) return checkInvariant(node, x, q, inv);
  x.c?.add(inv.spec.severity, "invariant", here(x, q), invariantDiagnostic(inv.spec, false));
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
export {
  BAILED,
  checkBooleanInvariant,
  checkTruth,
  fpAnd3,
  fpAny,
  fpContainsValue,
  fpEndsWithValue,
  fpGeValue,
  fpGtValue,
  fpImplies3,
  fpLeValue,
  fpLtValue,
  fpNeValue,
  fpNot3,
  fpObject,
  fpOne,
  fpOneEach,
  fpOneValue,
  fpOr3,
  fpSingle,
  fpSizeOf,
  fpSizeOfChoice,
  fpSizeOfEach,
  fpSizeOfValue,
  fpStartsWithValue,
  fpTruthValue,
  fpXor3
};
