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
export {
  MAX_DEPTH,
  isObject,
  isRecord,
  jsonKind,
  ownKeys
};
