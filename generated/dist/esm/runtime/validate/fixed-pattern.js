import { isObject, jsonKind } from "./guard.js";
import { here } from "./shape.js";
function jsonEquals(v, expected) {
  if (expected === null || typeof expected !== "object") return v === expected;
  if (Array.isArray(expected)) {
    if (!Array.isArray(v) || v.length !== expected.length) return false;
    for (let i = 0; i < expected.length; i++) if (!jsonEquals(v[i], expected[i])) return false;
    return true;
  }
  if (!isObject(v)) return false;
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
  if (!isObject(v)) return false;
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
  return jsonKind(v);
}
function sameKind(v, expected) {
  if (expected !== null && typeof expected === "object") return Array.isArray(expected) ? Array.isArray(v) : isObject(v);
  return typeof v === typeof expected;
}
function checkFixed(v, x, q, expected) {
  if (!sameKind(v, expected) || jsonEquals(v, expected)) return true;
  x.c?.add("error", "value", here(x, q), `Value must be exactly ${showExpected(expected)}, found ${showFound(v)}`);
  return false;
}
function checkPattern(v, x, q, pattern) {
  if (!sameKind(v, pattern) || jsonMatches(v, pattern)) return true;
  x.c?.add("error", "value", here(x, q), `Value must match the pattern ${showExpected(pattern)}, found ${showFound(v)}`);
  return false;
}
export {
  checkFixed,
  checkPattern,
  jsonEquals,
  jsonMatches
};
