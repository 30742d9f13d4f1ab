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
var fhirpath_lite_exports = {};
__export(fhirpath_lite_exports, {
  BAIL: () => BAIL,
  Bail: () => Bail,
  checkTranslatedInvariant: () => checkTranslatedInvariant,
  fpAnd: () => fpAnd,
  fpChild: () => fpChild,
  fpChildOf: () => fpChildOf,
  fpChoice: () => fpChoice,
  fpContains: () => fpContains,
  fpCount: () => fpCount,
  fpEmpty: () => fpEmpty,
  fpEndsWith: () => fpEndsWith,
  fpEq: () => fpEq,
  fpEqValue: () => fpEqValue,
  fpExists: () => fpExists,
  fpGe: () => fpGe,
  fpGt: () => fpGt,
  fpImplies: () => fpImplies,
  fpLe: () => fpLe,
  fpLt: () => fpLt,
  fpNe: () => fpNe,
  fpNot: () => fpNot,
  fpOr: () => fpOr,
  fpOrderValues: () => fpOrderValues,
  fpPlus: () => fpPlus,
  fpStartsWith: () => fpStartsWith,
  fpStringTest: () => fpStringTest,
  fpWhere: () => fpWhere,
  fpXor: () => fpXor
});
module.exports = __toCommonJS(fhirpath_lite_exports);
var import_guard = require("./guard.js");
var import_invariant = require("./invariant.js");
var import_fhirpath = require("./fhirpath.js");
var import_shape = require("./shape.js");
class Bail extends Error {
}
const BAIL = new Bail("not handled by the translation");
const EMPTY = [];
const TRUE = [true];
const FALSE = [false];
function bool(b) {
  return b ? TRUE : FALSE;
}
function pushValue(out, value) {
  if (value === void 0) return;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item === null || item === void 0 || Array.isArray(item)) throw BAIL;
      out.push(item);
    }
  } else if (value === null) throw BAIL;
  else out.push(value);
}
function fpChild(c, name, sibling) {
  if (c.length === 1) return fpChildOf(c[0], name, sibling);
  const out = [];
  for (const item of c) {
    if (!(0, import_guard.isObject)(item)) throw BAIL;
    if (item[sibling] !== void 0) throw BAIL;
    pushValue(out, item[name]);
  }
  return out;
}
function fpChildOf(item, name, sibling) {
  if (!(0, import_guard.isObject)(item)) throw BAIL;
  if (item[sibling] !== void 0) throw BAIL;
  const value = item[name];
  if (value === void 0) return EMPTY;
  if (value === null) throw BAIL;
  if (!Array.isArray(value)) return [value];
  for (const child of value) if (child === null || child === void 0 || Array.isArray(child)) throw BAIL;
  return value;
}
function fpChoice(c, variants) {
  const out = [];
  for (const item of c) {
    if (!(0, import_guard.isObject)(item)) throw BAIL;
    let present = 0;
    for (const [key, sibling] of variants) {
      if (!Object.prototype.hasOwnProperty.call(item, key)) {
        if (Object.prototype.hasOwnProperty.call(item, sibling)) throw BAIL;
        continue;
      }
      if (item[sibling] !== void 0 || ++present > 1) throw BAIL;
      pushValue(out, item[key]);
    }
  }
  return out;
}
function fpEmpty(c) {
  return bool(c.length === 0);
}
function fpExists(c) {
  return bool(c.length > 0);
}
function fpCount(c) {
  return [c.length];
}
function truth(c) {
  if (c.length === 0) return void 0;
  const v = c[0];
  if (c.length > 1 || typeof v !== "boolean") throw BAIL;
  return v;
}
function fpNot(c) {
  const t = truth(c);
  return t === void 0 ? EMPTY : bool(!t);
}
function fpOr(a, b) {
  const x = truth(a);
  const y = truth(b);
  if (x === true || y === true) return TRUE;
  return x === false && y === false ? FALSE : EMPTY;
}
function fpAnd(a, b) {
  const x = truth(a);
  const y = truth(b);
  if (x === false || y === false) return FALSE;
  return x === true && y === true ? TRUE : EMPTY;
}
function fpXor(a, b) {
  const x = truth(a);
  const y = truth(b);
  return x === void 0 || y === void 0 ? EMPTY : bool(x !== y);
}
function fpImplies(a, b) {
  const x = truth(a);
  const y = truth(b);
  if (x === false) return TRUE;
  if (x === true) return y === void 0 ? EMPTY : bool(y);
  return y === true ? TRUE : EMPTY;
}
const TEMPORAL = /^\d{4}(?:-|$)|^\d{2}:/;
function single(c) {
  if (c.length > 1) throw BAIL;
  return c[0];
}
function comparable(v) {
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string" && !TEMPORAL.test(v)) return v;
  throw BAIL;
}
function fpEqValue(x, y) {
  const a = x === void 0 ? void 0 : comparable(x);
  const b = y === void 0 ? void 0 : comparable(y);
  if (a === void 0 || b === void 0) return void 0;
  if (typeof a !== typeof b) throw BAIL;
  return a === b;
}
function fpEq(a, b) {
  const eq = fpEqValue(single(a), single(b));
  return eq === void 0 ? EMPTY : bool(eq);
}
function fpNe(a, b) {
  const eq = fpEq(a, b);
  return eq.length === 0 ? EMPTY : bool(eq[0] !== true);
}
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(Z|[+-]\d{2}:\d{2})?$/;
function fhirpathInstant(m) {
  const part = (i) => Number.parseInt(m[i] ?? "0", 10);
  const date = new Date(part(1), part(2) - 1, part(3), part(4), part(5), part(6), m[7] === void 0 ? 0 : part(7));
  const offset = m[8];
  if (offset === void 0) return date.getTime();
  let minutes = 0;
  if (offset !== "Z") {
    const hours = Number.parseInt(offset.slice(0, 3), 10);
    minutes = Number.parseInt(offset.slice(4), 10);
    if (hours < 0) minutes = -minutes;
    minutes += 60 * hours;
  }
  return date.getTime() + (-date.getTimezoneOffset() - minutes) * 6e4;
}
function fpOrderValues(x, y) {
  if (x === void 0 || y === void 0) return void 0;
  if (typeof x === "number" && typeof y === "number") return x - y;
  if (typeof x === "string" && typeof y === "string") {
    if (DATE.test(x) && DATE.test(y) && x.length === y.length) return x < y ? -1 : x > y ? 1 : 0;
    const mx = DATE_TIME.exec(x);
    const my = mx === null ? null : DATE_TIME.exec(y);
    if (mx !== null && my !== null) {
      if ((mx[7] ?? "").length !== (my[7] ?? "").length) throw BAIL;
      const d = fhirpathInstant(mx) - fhirpathInstant(my);
      if (Number.isNaN(d)) throw BAIL;
      return d;
    }
  }
  throw BAIL;
}
function order(a, b) {
  if (a.length === 0 || b.length === 0) return void 0;
  if (a.length > 1 || b.length > 1) throw BAIL;
  return fpOrderValues(a[0], b[0]);
}
function fpLt(a, b) {
  const o = order(a, b);
  return o === void 0 ? EMPTY : bool(o < 0);
}
function fpLe(a, b) {
  const o = order(a, b);
  return o === void 0 ? EMPTY : bool(o <= 0);
}
function fpGt(a, b) {
  const o = order(a, b);
  return o === void 0 ? EMPTY : bool(o > 0);
}
function fpGe(a, b) {
  const o = order(a, b);
  return o === void 0 ? EMPTY : bool(o >= 0);
}
function fpPlus(a, b) {
  if (a.length === 0 || b.length === 0) return EMPTY;
  const x = a[0];
  const y = b[0];
  if (a.length > 1 || b.length > 1 || typeof x !== "number" || typeof y !== "number") throw BAIL;
  return [x + y];
}
function fpWhere(c, predicate) {
  const out = [];
  for (const item of c) if (truth(predicate(item)) === true) out.push(item);
  return out;
}
function fpStringTest(text, arg, test) {
  if (text === void 0) return false;
  return typeof text === "string" && typeof arg === "string" ? test(text, arg) : void 0;
}
function stringTest(c, argument, test) {
  if (c.length === 0) return FALSE;
  if (c.length > 1 || argument.length !== 1) throw BAIL;
  const t = fpStringTest(c[0], argument[0], test);
  return t === void 0 ? EMPTY : bool(t);
}
function fpContains(c, argument) {
  return stringTest(c, argument, (t, a) => t.includes(a));
}
function fpStartsWith(c, argument) {
  return stringTest(c, argument, (t, a) => t.startsWith(a));
}
function fpEndsWith(c, argument) {
  return stringTest(c, argument, (t, a) => t.endsWith(a));
}
function checkTranslatedInvariant(node, x, q, t) {
  const { inv, fn: translated } = t;
  if (x.c === null && inv.spec.severity !== "error") return true;
  if (node === void 0 || node === null) return true;
  let result;
  try {
    result = translated(node);
  } catch {
    return (0, import_invariant.checkInvariant)(node, x, q, inv);
  }
  if (result.length > 1) return (0, import_invariant.checkInvariant)(node, x, q, inv);
  const holds = result.length === 1 && (typeof result[0] !== "boolean" || result[0]);
  if (holds) return true;
  x.c?.add(inv.spec.severity, "invariant", (0, import_shape.here)(x, q), (0, import_fhirpath.invariantDiagnostic)(inv.spec, false));
  return inv.spec.severity !== "error";
}
