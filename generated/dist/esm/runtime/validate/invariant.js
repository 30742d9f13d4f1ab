import { compileInvariant, invariantDiagnostic } from "./fhirpath.js";
import { isObject, isRecord } from "./guard.js";
import { StringTable } from "./string-table.js";
import { collectReferences } from "./reference.js";
import { here } from "./shape.js";
function invariant(spec) {
  return { spec, evaluate: compileInvariant(spec) };
}
function checkInvariant(node, x, q, inv) {
  if (x.c === null && inv.spec.severity !== "error") return true;
  if (node === void 0 || node === null) return true;
  const result = inv.evaluate(node, x.res, x.root);
  if (result === true) return true;
  if (result === false) {
    x.c?.add(inv.spec.severity, "invariant", here(x, q), invariantDiagnostic(inv.spec, false));
    return inv.spec.severity !== "error";
  }
  x.c?.add("warning", "processing", here(x, q), invariantDiagnostic(inv.spec, result));
  return true;
}
function fail(x, q, key, human) {
  x.c?.add("error", "invariant", here(x, q), `Constraint failed: ${key}: '${human}'`);
  return false;
}
function containedList(o) {
  const contained = o["contained"];
  return Array.isArray(contained) && contained.length > 0 ? contained : void 0;
}
function checkDom1(o, x, q) {
  const list = containedList(o);
  if (list === void 0) return true;
  for (const r of list) if (isObject(r) && r["text"] !== void 0) return fail(x, q, "dom-1", "If the resource is contained in another resource, it SHALL NOT contain any narrative");
  return true;
}
function checkDom2(o, x, q) {
  const list = containedList(o);
  if (list === void 0) return true;
  for (const r of list) if (isObject(r) && r["contained"] !== void 0) return fail(x, q, "dom-2", "If the resource is contained in another resource, it SHALL NOT contain nested Resources");
  return true;
}
function checkDom3(o, x, q) {
  const list = containedList(o);
  if (list === void 0) return true;
  let references;
  for (const r of list) {
    if (!isObject(r) || typeof r["id"] !== "string") continue;
    references ??= collectReferences(o);
    if (!references.has("#" + r["id"])) return fail(x, q, "dom-3", "If the resource is contained in another resource, it SHALL be referred to from elsewhere in the resource");
  }
  return true;
}
function checkDom4(o, x, q) {
  const list = containedList(o);
  if (list === void 0) return true;
  for (const r of list) {
    const meta = isObject(r) ? r["meta"] : void 0;
    if (isObject(meta) && (meta["versionId"] !== void 0 || meta["lastUpdated"] !== void 0)) {
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
  const codings = isObject(concept) ? concept["coding"] : void 0;
  if (Array.isArray(codings)) {
    for (const c of codings) if (isObject(c) && typeof c["code"] === "string") keys.add(`${String(c["system"])} ${c["code"]}`);
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
    for (const key of codingKeys(isObject(component) ? component["code"] : void 0)) {
      if (own.has(key)) return fail(x, q, "obs-7", "If code is the same as a component code then the value element associated with the code SHALL NOT be present");
    }
  }
  return true;
}
function checkBdl7(o, x, q) {
  const entries = o["entry"];
  if (!Array.isArray(entries)) return true;
  const seen = new StringTable(entries.length);
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    const fullUrl = entry["fullUrl"];
    if (typeof fullUrl !== "string" || fullUrl === "") continue;
    const resource = entry["resource"];
    const meta = isRecord(resource) ? resource["meta"] : void 0;
    const versionId = isRecord(meta) && typeof meta["versionId"] === "string" ? meta["versionId"] : "";
    const ids = seen.get(fullUrl);
    if (ids === void 0) seen.add(fullUrl, { first: versionId, more: void 0 });
    else if (ids.first === versionId || ids.more?.has(versionId) === true) return fail(x, q, "bdl-7", "FullUrl must be unique in a bundle, or else entries with the same fullUrl must have different meta.versionId");
    else (ids.more ??= /* @__PURE__ */ new Set()).add(versionId);
  }
  return true;
}
function onObject(v, x, q, check) {
  return !isObject(v) || check(v, x, q);
}
export {
  checkBdl7,
  checkDom1,
  checkDom2,
  checkDom3,
  checkDom4,
  checkExt1,
  checkInvariant,
  checkObs7,
  invariant,
  onObject
};
