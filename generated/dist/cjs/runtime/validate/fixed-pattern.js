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
var fixed_pattern_exports = {};
__export(fixed_pattern_exports, {
  checkFixed: () => checkFixed,
  checkPattern: () => checkPattern,
  jsonEquals: () => jsonEquals,
  jsonMatches: () => jsonMatches
});
module.exports = __toCommonJS(fixed_pattern_exports);
var import_guard = require("./guard.js");
var import_shape = require("./shape.js");
function jsonEquals(v, expected) {
  if (expected === null || typeof expected !== "object") return v === expected;
  if (Array.isArray(expected)) {
    if (!Array.isArray(v) || v.length !== expected.length) return false;
    for (let i = 0; i < expected.length; i++) if (!jsonEquals(v[i], expected[i])) return false;
    return true;
  }
  if (!(0, import_guard.isObject)(v)) return false;
  const keys = Object.keys(expected);
  if (Object.keys(v).length !== keys.length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(v, key)) return false;
    if (!jsonEquals(v[key], expected[key])) return false;
  }
  return true;
}
function jsonMatches(v, pattern) {
  if (pattern === null || typeof pattern !== "object") return v === pattern;
  if (Array.isArray(pattern)) {
    if (!Array.isArray(v)) return false;
    for (const wanted of pattern) {
      let found = false;
      for (const item of v) {
        if (jsonMatches(item, wanted)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }
  if (!(0, import_guard.isObject)(v)) return false;
  for (const key of Object.keys(pattern)) {
    if (!Object.prototype.hasOwnProperty.call(v, key)) return false;
    if (!jsonMatches(v[key], pattern[key])) return false;
  }
  return true;
}
const MAX_PREVIEW = 120;
function showExpected(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_PREVIEW ? text.slice(0, MAX_PREVIEW) + "…" : text;
}
function showFound(v) {
  if (typeof v === "string") return showExpected(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return (0, import_guard.jsonKind)(v);
}
function sameKind(v, expected) {
  if (expected !== null && typeof expected === "object") return Array.isArray(expected) ? Array.isArray(v) : (0, import_guard.isObject)(v);
  return typeof v === typeof expected;
}
function checkFixed(v, x, q, expected) {
  if (!sameKind(v, expected) || jsonEquals(v, expected)) return true;
  x.c?.add("error", "value", (0, import_shape.here)(x, q), `Value must be exactly ${showExpected(expected)}, found ${showFound(v)}`);
  return false;
}
function checkPattern(v, x, q, pattern) {
  if (!sameKind(v, pattern) || jsonMatches(v, pattern)) return true;
  x.c?.add("error", "value", (0, import_shape.here)(x, q), `Value must match the pattern ${showExpected(pattern)}, found ${showFound(v)}`);
  return false;
}
