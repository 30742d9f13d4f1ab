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
var guard_exports = {};
__export(guard_exports, {
  MAX_DEPTH: () => MAX_DEPTH,
  isObject: () => isObject,
  isRecord: () => isRecord,
  jsonKind: () => jsonKind,
  ownKeys: () => ownKeys
});
module.exports = __toCommonJS(guard_exports);
const MAX_DEPTH = 128;
const OBJECT_PROTOTYPE = Object.prototype;
function isObject(v) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === OBJECT_PROTOTYPE || proto === null || Object.getPrototypeOf(proto) === null;
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function ownKeys(obj) {
  return Object.keys(obj);
}
function jsonKind(v) {
  switch (typeof v) {
    case "string":
      return "string";
    case "number":
      return Number.isFinite(v) ? "number" : "non-finite number";
    case "boolean":
      return "boolean";
    case "undefined":
      return "undefined";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    default:
      if (v === null) return "null";
      if (Array.isArray(v)) return "array";
      return isObject(v) ? "object" : "non-plain object";
  }
}
