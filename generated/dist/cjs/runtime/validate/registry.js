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
var registry_exports = {};
__export(registry_exports, {
  localRegistry: () => localRegistry,
  testWith: () => testWith,
  validateWith: () => validateWith
});
module.exports = __toCommonJS(registry_exports);
var import_context = require("./context.js");
var import_extension = require("./extension.js");
var import_guard = require("./guard.js");
var import_invariant = require("./invariant.js");
var import_outcome = require("./outcome.js");
var import_primitive_values = require("./primitive-values.js");
var import_primitives = require("./primitives.js");
var import_shape = require("./shape.js");
function notHere(what) {
  return `${what} here: this validator knows only what its module imports. validate() of the package root, or this validator with the package root's { registry }, checks it`;
}
function show(text) {
  return JSON.stringify(text.length > 120 ? text.slice(0, 120) + "…" : text);
}
const reported = /* @__PURE__ */ new WeakMap();
function note(x, q, key, diagnostics) {
  const c = x.c;
  if (c === null) return;
  let keys = reported.get(c);
  if (keys === void 0) {
    keys = /* @__PURE__ */ new Set();
    reported.set(c, keys);
  }
  if (keys.has(key)) return;
  keys.add(key);
  c.add("information", "not-supported", (0, import_shape.here)(x, q), diagnostics);
}
const EXTENSION_OWNER = { paths: ["Extension"], type: "Extension", exact: false };
function shallowExtension(v, x, q, d) {
  const o = (0, import_shape.objectAt)(v, x, q, d, "Extension");
  if (o === void 0) return false;
  let ok = (0, import_primitive_values.attribute)(o["id"], x, q, "id", 0, import_primitives.isValidString, "string");
  if (!ok && x.c === null) return false;
  if (!(0, import_extension.checkExtensions)(o["extension"], x, q, "extension", d, 0, -1, EXTENSION_OWNER, false)) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!(0, import_primitive_values.attribute)(o["url"], x, q, "url", 1, import_primitives.isValidUri, "uri")) {
    if (x.c === null) return false;
    ok = false;
  }
  return (0, import_invariant.checkExt1)(o, x, q) && ok;
}
function lookups(entries) {
  const byUrl = /* @__PURE__ */ new Map();
  const byType = /* @__PURE__ */ new Map();
  for (const r of entries.resources) {
    byUrl.set(r.url, { check: r.check, type: r.type, isResource: true });
    if (r.base) byType.set(r.type, r.check);
  }
  return {
    byUrl,
    byType,
    extensions: new Map(entries.extensions.map((e) => [e.url, e])),
    baseExtension: entries.baseExtension ?? shallowExtension,
    isResourceType: entries.isResourceType,
    isResourceProfile: entries.isResourceProfile,
    isExtensionUrl: entries.isExtensionUrl
  };
}
const NONE = [];
function localRegistry(entries) {
  let built;
  const get = () => built ??= lookups(entries());
  const typeNotHere = (type) => (v, x, q) => {
    note(x, q, `type ${type}`, notHere(`Resource of type ${(0, import_shape.showKey)(type)} not checked against its definition`));
    return true;
  };
  const profileNotHere = (url) => (v, x, q, d) => {
    const type = (0, import_guard.isObject)(v) ? v["resourceType"] : void 0;
    if (typeof type !== "string" || !get().isResourceType(type)) {
      x.c?.add("error", "structure", (0, import_shape.here)(x, q), `Unknown resource type ${typeof type === "string" ? (0, import_shape.showKey)(type) : (0, import_guard.jsonKind)(type)}`);
      return false;
    }
    const base = get().byType.get(type);
    note(x, q, `profile ${url}`, notHere(`Profile ${show(url)} not checked${base ? ` (only the base ${type} is)` : ""}`));
    return base === void 0 || base(v, x, q, d);
  };
  const extensionNotHere = (url) => ({
    url,
    contexts: NONE,
    contextTypes: NONE,
    check: (v, x, q, d) => {
      const lookup = get();
      note(x, q, `extension ${url}`, notHere(`Extension ${show(url)} not checked against its definition${lookup.baseExtension === shallowExtension ? " (nor its value)" : ""}`));
      return lookup.baseExtension(v, x, q, d);
    }
  });
  const standIns = /* @__PURE__ */ new Map();
  const typeStandIns = /* @__PURE__ */ new Map();
  return {
    // A url the package does not have at all gets `undefined`, as from the package registry, so
    // its verdict stays the same (an unknown modifier extension is an error); only what the
    // package has but this module does not import becomes information.
    byUrl: (url) => {
      const lookup = get();
      const known = lookup.byUrl.get(url);
      if (known !== void 0 || !lookup.isResourceProfile(url)) return known;
      let standIn = standIns.get(url);
      if (standIn === void 0) standIns.set(url, standIn = { check: profileNotHere(url), type: "Resource", isResource: true });
      return standIn;
    },
    byType: (type) => {
      const lookup = get();
      const known = lookup.byType.get(type);
      if (known !== void 0 || !lookup.isResourceType(type)) return known;
      let standIn = typeStandIns.get(type);
      if (standIn === void 0) typeStandIns.set(type, standIn = typeNotHere(type));
      return standIn;
    },
    extension: (url) => {
      const lookup = get();
      return lookup.extensions.get(url) ?? (lookup.isExtensionUrl(url) ? extensionNotHere(url) : void 0);
    },
    baseExtension: (v, x, q, d) => get().baseExtension(v, x, q, d)
  };
}
function chosen(options, local) {
  try {
    if (options === void 0 || options === null) return local;
    if (!(0, import_guard.isObject)(options)) return void 0;
    const r = options["registry"];
    if (r === void 0) return local;
    if (!(0, import_guard.isObject)(r)) return void 0;
    const complete = typeof r["byUrl"] === "function" && typeof r["byType"] === "function" && typeof r["extension"] === "function" && typeof r["baseExtension"] === "function";
    return complete ? r : void 0;
  } catch {
    return void 0;
  }
}
function validateWith(value, path, check, isResource, options, local) {
  const reg = chosen(options, local);
  if (reg === void 0) {
    const c = new import_outcome.IssueCollector();
    c.add("fatal", "invalid", "", "options.registry must be the registry the package root exports");
    return c.toOutcome();
  }
  return (0, import_context.runCheck)(value, path, check, isResource, reg);
}
function testWith(value, check, isResource, options, local) {
  const reg = chosen(options, local);
  return reg !== void 0 && (0, import_context.testCheck)(value, check, isResource, reg);
}
