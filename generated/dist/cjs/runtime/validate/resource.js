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
var resource_exports = {};
__export(resource_exports, {
  canonicalUrl: () => canonicalUrl,
  checkContainedResource: () => checkContainedResource,
  checkEntryResource: () => checkEntryResource,
  checkResourceItem: () => checkResourceItem,
  testValue: () => testValue,
  validateValue: () => validateValue
});
module.exports = __toCommonJS(resource_exports);
var import_context = require("./context.js");
var import_guard = require("./guard.js");
var import_outcome = require("./outcome.js");
var import_shape = require("./shape.js");
function canonicalUrl(reference) {
  const bar = reference.indexOf("|");
  return bar < 0 ? reference : reference.slice(0, bar);
}
function add(found, check) {
  if (found === void 0) return check;
  if (typeof found === "function") return check === found ? found : [found, check];
  return found.includes(check) ? found : [...found, check];
}
const NO_PROFILES = [];
function checksFor(o, type, x, q, profiles) {
  const reg = x.reg;
  let found;
  for (let i = 0; i < profiles.length; i++) {
    const known = reg.byUrl(profiles[i]);
    if (known !== void 0 && known.isResource) found = add(found, known.check);
  }
  if (found !== void 0) return found;
  const meta = o["meta"];
  const list = (0, import_guard.isRecord)(meta) ? meta["profile"] : void 0;
  if (Array.isArray(list)) {
    for (const entry of list) {
      if (typeof entry !== "string") continue;
      const known = reg.byUrl(canonicalUrl(entry));
      if (known !== void 0 && known.isResource) found = add(found, known.check);
      else x.c?.add("information", "not-supported", (0, import_shape.here)(x, q), `Profile ${(0, import_shape.showKey)(entry)} is not in this package: not checked against it`);
    }
  }
  if (found !== void 0) return found;
  return reg.byType(type);
}
function anotherPass(check, o, y, q, d) {
  const budget = y.budget;
  const earlier = budget.seen;
  budget.seen = void 0;
  budget.rerun++;
  try {
    return check(o, y, q, d);
  } finally {
    budget.seen = earlier;
    budget.rerun--;
  }
}
function runOnce(check, o, y, q, d, again) {
  const budget = y.budget;
  if (budget.multi === 0) return check(o, y, q, d);
  const done = budget.done ??= { fast: /* @__PURE__ */ new WeakMap(), collecting: /* @__PURE__ */ new WeakMap() };
  const memo = y.c === null ? done.fast : done.collecting;
  let results = memo.get(o);
  if (budget.rerun > 0 || again) {
    const earlier = results?.get(check);
    if (earlier !== void 0) return earlier;
  }
  const result = again ? anotherPass(check, o, y, q, d) : check(o, y, q, d);
  if (results === void 0) memo.set(o, results = /* @__PURE__ */ new Map());
  results.set(check, result);
  return result;
}
function runAll(checks, o, y, q, d) {
  if (typeof checks === "function") return runOnce(checks, o, y, q, d, false);
  const budget = y.budget;
  budget.multi++;
  try {
    return runPasses(checks, o, y, q, d);
  } finally {
    budget.multi--;
  }
}
function runPasses(checks, o, y, q, d) {
  const c = y.c;
  if (c === null) {
    for (let i = 0; i < checks.length; i++) if (!runOnce(checks[i], o, y, q, d, i > 0)) return false;
    return true;
  }
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < checks.length; i++) {
    const sub = new import_outcome.IssueCollector();
    runOnce(checks[i], o, (0, import_context.withCollector)(y, sub), q, d, i > 0);
    for (const issue of sub.toOutcome().issue) {
      if (issue.code === "informational") continue;
      const key = JSON.stringify(issue);
      if (seen.has(key)) continue;
      seen.add(key);
      c.add(issue.severity, issue.code, issue.expression?.[0] ?? "", issue.diagnostics);
    }
  }
  return true;
}
function checkResourceItem(v, x, q, d, contained, profiles) {
  if (!(0, import_guard.isObject)(v)) {
    x.c?.add("error", "structure", (0, import_shape.here)(x, q), `Expected a resource (a JSON object with resourceType), found ${(0, import_guard.jsonKind)(v)}`);
    return false;
  }
  const type = v["resourceType"];
  if (typeof type !== "string") {
    x.c?.add("error", "structure", (0, import_shape.here)(x, q), type === void 0 ? "Missing resourceType" : `resourceType must be a string, found ${(0, import_guard.jsonKind)(type)}`);
    return false;
  }
  const y = (0, import_context.resourceCtx)(x, v, type, contained);
  const checks = checksFor(v, type, y, q, profiles);
  if (checks === void 0) {
    x.c?.add("error", "structure", (0, import_shape.here)(x, q), `Unknown resource type ${(0, import_shape.showKey)(type)}`);
    return false;
  }
  return runAll(checks, v, y, q, d);
}
const RESOURCE_NAME = /^[A-Z][A-Za-z]{0,63}$/;
function fatal(code, diagnostics) {
  const c = new import_outcome.IssueCollector();
  c.add("fatal", code, "", diagnostics);
  return c.toOutcome();
}
function chooseRoot(value, options, reg) {
  let profile;
  let type;
  try {
    profile = (0, import_guard.isObject)(options) ? options["profile"] : void 0;
    type = (0, import_guard.isObject)(value) ? value["resourceType"] : void 0;
  } catch {
    return { fatal: fatal("exception", "The value or the options could not be read") };
  }
  const root = typeof type === "string" && RESOURCE_NAME.test(type) ? type : "";
  if (profile === void 0) return { check: checkEntryResource, path: root, isResource: true };
  if (typeof profile !== "string") return { fatal: fatal("invalid", `options.profile must be a string, found ${(0, import_guard.jsonKind)(profile)}`) };
  const known = reg.byUrl(canonicalUrl(profile));
  if (known === void 0) return { fatal: fatal("not-found", `Unknown profile ${(0, import_shape.showKey)(profile)}: this package has no StructureDefinition with that URL`) };
  const abstract = known.type === "Resource" || known.type === "DomainResource";
  return { check: known.check, path: abstract ? root || known.type : known.type, isResource: known.isResource };
}
function validateValue(value, options, reg) {
  const chosen = chooseRoot(value, options, reg);
  return "fatal" in chosen ? chosen.fatal : (0, import_context.runCheck)(value, chosen.path, chosen.check, chosen.isResource, reg);
}
function testValue(value, options, reg) {
  const chosen = chooseRoot(value, options, reg);
  return !("fatal" in chosen) && (0, import_context.testCheck)(value, chosen.check, chosen.isResource, reg);
}
function checkEntryResource(v, x, q, d) {
  return checkResourceItem(v, x, q, d, false, NO_PROFILES);
}
function checkContainedResource(v, x, q, d) {
  return checkResourceItem(v, x, q, d, true, NO_PROFILES);
}
