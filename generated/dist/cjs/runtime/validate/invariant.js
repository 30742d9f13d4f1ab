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
var invariant_exports = {};
__export(invariant_exports, {
  checkBdl7: () => checkBdl7,
  checkDom1: () => checkDom1,
  checkDom2: () => checkDom2,
  checkDom3: () => checkDom3,
  checkDom4: () => checkDom4,
  checkExt1: () => checkExt1,
  checkInvariant: () => checkInvariant,
  checkObs7: () => checkObs7,
  invariant: () => invariant,
  onObject: () => onObject
});
module.exports = __toCommonJS(invariant_exports);
var import_fhirpath = require("./fhirpath.js");
var import_guard = require("./guard.js");
var import_string_table = require("./string-table.js");
var import_reference = require("./reference.js");
var import_shape = require("./shape.js");
function invariant(spec) {
  return { spec, evaluate: (0, import_fhirpath.compileInvariant)(spec) };
}
function checkInvariant(node, x, q, inv) {
  if (x.c === null && inv.spec.severity !== "error") return true;
  if (node === void 0 || node === null) return true;
  const result = inv.evaluate(node, x.res, x.root);
  if (result === true) return true;
  if (result === false) {
    x.c?.add(inv.spec.severity, "invariant", (0, import_shape.here)(x, q), (0, import_fhirpath.invariantDiagnostic)(inv.spec, false));
    return inv.spec.severity !== "error";
  }
  x.c?.add("warning", "processing", (0, import_shape.here)(x, q), (0, import_fhirpath.invariantDiagnostic)(inv.spec, result));
  return true;
}
function fail(x, q, key, human) {
  x.c?.add("error", "invariant", (0, import_shape.here)(x, q), `Constraint failed: ${key}: '${human}'`);
  return false;
}
function containedList(o) {
  const contained = o["contained"];
  return Array.isArray(contained) && contained.length > 0 ? contained : void 0;
}
function checkDom1(o, x, q) {
  const list = containedList(o);
  if (list === void 0) return true;
  for (const r of list) if ((0, import_guard.isObject)(r) && r["text"] !== void 0) return fail(x, q, "dom-1", "If the resource is contained in another resource, it SHALL NOT contain any narrative");
  return true;
}
function checkDom2(o, x, q) {
  const list = containedList(o);
  if (list === void 0) return true;
  for (const r of list) if ((0, import_guard.isObject)(r) && r["contained"] !== void 0) return fail(x, q, "dom-2", "If the resource is contained in another resource, it SHALL NOT contain nested Resources");
  return true;
}
function checkDom3(o, x, q) {
  const list = containedList(o);
  if (list === void 0) return true;
  let references;
  for (const r of list) {
    if (!(0, import_guard.isObject)(r) || typeof r["id"] !== "string") continue;
    references ??= (0, import_reference.collectReferences)(o);
    if (!references.has("#" + r["id"])) return fail(x, q, "dom-3", "If the resource is contained in another resource, it SHALL be referred to from elsewhere in the resource");
  }
  return true;
}
function checkDom4(o, x, q) {
  const list = containedList(o);
  if (list === void 0) return true;
  for (const r of list) {
    const meta = (0, import_guard.isObject)(r) ? r["meta"] : void 0;
    if ((0, import_guard.isObject)(meta) && (meta["versionId"] !== void 0 || meta["lastUpdated"] !== void 0)) {
      return fail(x, q, "dom-4", "If a resource is contained in another resource, it SHALL NOT have a meta.versionId or a meta.lastUpdated");
    }
  }
  return true;
}
function checkExt1(o, x, q) {
  let hasValue = false;
  for (const key in o) {
    const isValue = key.length > 5 && key.startsWith("value") && key.charCodeAt(5) >= 65 && key.charCodeAt(5) <= 90 || key.length > 6 && key.startsWith("_value") && key.charCodeAt(6) >= 65 && key.charCodeAt(6) <= 90;
    if (isValue && Object.prototype.hasOwnProperty.call(o, key)) {
      hasValue = true;
      break;
    }
  }
  if (o["extension"] !== void 0 !== hasValue) return true;
  return fail(x, q, "ext-1", "Must have either extensions or value[x], not both");
}
function codingKeys(concept) {
  const keys = /* @__PURE__ */ new Set();
  const codings = (0, import_guard.isObject)(concept) ? concept["coding"] : void 0;
  if (Array.isArray(codings)) {
    for (const c of codings) if ((0, import_guard.isObject)(c) && typeof c["code"] === "string") keys.add(`${String(c["system"])} ${c["code"]}`);
  }
  return keys;
}
function checkObs7(o, x, q) {
  const components = o["component"];
  if (!Array.isArray(components) || components.length === 0) return true;
  let hasValue = false;
  for (const key of Object.keys(o)) if (key.length > 5 && key.startsWith("value") && key.charCodeAt(5) >= 65 && key.charCodeAt(5) <= 90) hasValue = true;
  if (!hasValue) return true;
  const own = codingKeys(o["code"]);
  for (const component of components) {
    for (const key of codingKeys((0, import_guard.isObject)(component) ? component["code"] : void 0)) {
      if (own.has(key)) return fail(x, q, "obs-7", "If code is the same as a component code then the value element associated with the code SHALL NOT be present");
    }
  }
  return true;
}
function checkBdl7(o, x, q) {
  const entries = o["entry"];
  if (!Array.isArray(entries)) return true;
  const seen = new import_string_table.StringTable(entries.length);
  for (const entry of entries) {
    if (!(0, import_guard.isRecord)(entry)) continue;
    const fullUrl = entry["fullUrl"];
    if (typeof fullUrl !== "string" || fullUrl === "") continue;
    const resource = entry["resource"];
    const meta = (0, import_guard.isRecord)(resource) ? resource["meta"] : void 0;
    const versionId = (0, import_guard.isRecord)(meta) && typeof meta["versionId"] === "string" ? meta["versionId"] : "";
    const ids = seen.get(fullUrl);
    if (ids === void 0) seen.add(fullUrl, { first: versionId, more: void 0 });
    else if (ids.first === versionId || ids.more?.has(versionId) === true) return fail(x, q, "bdl-7", "FullUrl must be unique in a bundle, or else entries with the same fullUrl must have different meta.versionId");
    else (ids.more ??= /* @__PURE__ */ new Set()).add(versionId);
  }
  return true;
}
function onObject(v, x, q, check) {
  return !(0, import_guard.isObject)(v) || check(v, x, q);
}
