import { isObject } from "./guard.js";
import { checkInvariant } from "./invariant.js";
import { invariantDiagnostic } from "./fhirpath.js";
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
    if (!isObject(item)) throw BAIL;
    if (item[sibling] !== void 0) throw BAIL;
    pushValue(out, item[name]);
  }
  return out;
}
function fpChildOf(item, name, sibling) {
  if (!isObject(item)) throw BAIL;
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
    if (!isObject(item)) throw BAIL;
    for (const [key, sibling] of variants) {
      if (!Object.prototype.hasOwnProperty.call(item, key)) {
        if (Object.prototype.hasOwnProperty.call(item, sibling)) throw BAIL;
        continue;
      }
      if (item[sibling] !== void 0) throw BAIL;
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
  if (c.length === 0) return void 0;
  const v = c[0];
  if (c.length > 1) throw BAIL;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string" && !TEMPORAL.test(v)) return v;
  throw BAIL;
}
function fpEq(a, b) {
  const x = single(a);
  const y = single(b);
  if (x === void 0 || y === void 0) return EMPTY;
  if (typeof x !== typeof y) throw BAIL;
  return bool(x === y);
}
function fpNe(a, b) {
  const eq = fpEq(a, b);
  return eq.length === 0 ? EMPTY : bool(eq[0] !== true);
}
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;
function order(a, b) {
  if (a.length === 0 || b.length === 0) return void 0;
  if (a.length > 1 || b.length > 1) throw BAIL;
  const x = a[0];
  const y = b[0];
  if (typeof x === "number" && typeof y === "number") return x - y;
  if (typeof x === "string" && typeof y === "string") {
    if (DATE.test(x) && DATE.test(y) && x.length === y.length) return x < y ? -1 : x > y ? 1 : 0;
    if (DATE_TIME.test(x) && DATE_TIME.test(y)) {
      const fx = /\.(\d+)/.exec(x)?.[1] ?? "";
      const fy = /\.(\d+)/.exec(y)?.[1] ?? "";
      if (fx.length !== fy.length) throw BAIL;
      const d = Date.parse(x) - Date.parse(y);
      if (Number.isNaN(d)) throw BAIL;
      return d;
    }
  }
  throw BAIL;
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
function stringTest(c, argument, test) {
  if (c.length === 0) return FALSE;
  if (c.length > 1 || argument.length !== 1) throw BAIL;
  const text = c[0];
  const arg = argument[0];
  return typeof text === "string" && typeof arg === "string" ? bool(test(text, arg)) : EMPTY;
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
    return checkInvariant(node, x, q, inv);
  }
  if (result.length > 1) return checkInvariant(node, x, q, inv);
  const holds = result.length === 1 && (typeof result[0] !== "boolean" || result[0]);
  if (holds) return true;
  x.c?.add(inv.spec.severity, "invariant", q, invariantDiagnostic(inv.spec, false));
  return inv.spec.severity !== "error";
}
export {
  Bail,
  checkTranslatedInvariant,
  fpAnd,
  fpChild,
  fpChildOf,
  fpChoice,
  fpContains,
  fpCount,
  fpEmpty,
  fpEndsWith,
  fpEq,
  fpExists,
  fpGe,
  fpGt,
  fpImplies,
  fpLe,
  fpLt,
  fpNe,
  fpNot,
  fpOr,
  fpPlus,
  fpStartsWith,
  fpWhere,
  fpXor
};
