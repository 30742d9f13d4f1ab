import fhirpath from "fhirpath";
import stu3Model from "fhirpath/fhir-context/stu3";
const cache = /* @__PURE__ */ new Map();
const STU3_ELE_1 = "hasValue() | (children().count() > id.count())";
const ELE_1 = "hasValue() or (children().count() > id.count())";
const WHITESPACE_RUN = /\s+/g;
const MAX_MESSAGE_LENGTH = 300;
function noTrace() {
}
function emptyIsFalse(test) {
  return {
    fn: (coll, argument) => {
      if (coll.length === 0) return false;
      const text = coll[0];
      if (coll.length > 1) throw new Error("expected a single string");
      return typeof text === "string" && typeof argument === "string" ? test(text, argument) : [];
    },
    arity: { 1: ["String"] }
  };
}
function canonicalJson(value) {
  return JSON.stringify(value, (_key, v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
    const sorted = {};
    for (const k of Object.keys(v).sort()) sorted[k] = v[k];
    return sorted;
  });
}
const IS_DISTINCT = {
  fn: (coll) => {
    const seen = /* @__PURE__ */ new Set();
    for (const item of coll) {
      const key = typeof item === "string" || typeof item === "number" || typeof item === "boolean" ? item : `\0${canonicalJson(item)}`;
      if (seen.has(key)) return false;
      seen.add(key);
    }
    return true;
  },
  arity: { 0: [] }
};
const USER_FUNCTIONS = {
  startsWith: emptyIsFalse((text, prefix) => text.startsWith(prefix)),
  endsWith: emptyIsFalse((text, suffix) => text.endsWith(suffix)),
  contains: emptyIsFalse((text, part) => text.includes(part)),
  isDistinct: IS_DISTINCT
};
const OPTIONS = { async: false, traceFn: noTrace, userInvocationTable: USER_FUNCTIONS };
function messageOf(err) {
  let m;
  try {
    m = err instanceof Error ? err.message : String(err);
  } catch {
    m = "unknown error";
  }
  m = m.replace(WHITESPACE_RUN, " ").trim();
  return m.length > MAX_MESSAGE_LENGTH ? m.slice(0, MAX_MESSAGE_LENGTH) + "…" : m;
}
const hasOwn = Object.prototype.hasOwnProperty;
function own(map, key) {
  return hasOwn.call(map, key) ? map[key] : void 0;
}
function modelBase(path) {
  const segments = path.split(".");
  let current = segments[0] ?? path;
  for (let i = 1; i < segments.length; i++) {
    let next = current + "." + segments[i];
    next = own(stu3Model.pathsDefinedElsewhere, next) ?? next;
    if (i < segments.length - 1) {
      const type = own(stu3Model.path2Type, next);
      if (type !== void 0 && type !== "BackboneElement" && type !== "Element") next = type;
    }
    current = next;
  }
  return current;
}
const STU3_CSD_1 = "(concept.code | descendants().concept.code).isDistinct()";
const REWRITES = /* @__PURE__ */ new Map([
  [STU3_ELE_1, ELE_1],
  [STU3_CSD_1, "true"]
]);
function rewrite(expression) {
  return REWRITES.get(expression.replace(WHITESPACE_RUN, " ").trim()) ?? expression;
}
function lookup(path, expression) {
  const key = path + "\n" + expression;
  let entry = cache.get(key);
  if (entry === void 0) {
    try {
      const fn = fhirpath.compile({ base: modelBase(path), expression }, stu3Model, OPTIONS);
      entry = (node, envVars) => fn(node, envVars);
    } catch (err) {
      entry = { error: `FHIRPath expression does not compile: ${messageOf(err)}` };
    }
    cache.set(key, entry);
  }
  return entry;
}
function verdict(result) {
  if (!Array.isArray(result)) return { error: "FHIRPath evaluation did not return a collection" };
  if (result.length === 0) return false;
  if (result.length === 1) {
    const item = result[0];
    return typeof item === "boolean" ? item : true;
  }
  return { error: `FHIRPath returned ${result.length} items where a single boolean was expected` };
}
function compileInvariant(spec) {
  const path = spec.path;
  const expression = rewrite(spec.expression);
  let entry;
  return (node, resource, rootResource) => {
    if (entry === void 0) entry = lookup(path, expression);
    if (typeof entry !== "function") return entry;
    let result;
    try {
      result = entry(node, { resource, rootResource });
    } catch (err) {
      return { error: `FHIRPath evaluation failed: ${messageOf(err)}` };
    }
    return verdict(result);
  };
}
function invariantDiagnostic(spec, result) {
  return result === false ? `Constraint failed: ${spec.key}: '${spec.human}'` : `Constraint ${spec.key} could not be evaluated: ${result.error}`;
}
export {
  compileInvariant,
  invariantDiagnostic
};
