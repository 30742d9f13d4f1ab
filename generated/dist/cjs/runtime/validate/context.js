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
var context_exports = {};
__export(context_exports, {
  MAX_NODES: () => MAX_NODES,
  TRACK_FROM: () => TRACK_FROM,
  fastMode: () => fastMode,
  makeCtx: () => makeCtx,
  newBudget: () => newBudget,
  resourceCtx: () => resourceCtx,
  runCheck: () => runCheck,
  testCheck: () => testCheck,
  withCollector: () => withCollector
});
module.exports = __toCommonJS(context_exports);
var import_outcome = require("./outcome.js");
var import_string_table = require("./string-table.js");
var import_paths = require("./paths.js");
function newBudget() {
  return { n: 0, seen: void 0, contained: void 0, done: void 0, rerun: 0, multi: 0, unknownUrls: void 0 };
}
function makeCtx(c, res, root, bundle, budget, reg, steps, texts) {
  return { c, res, root, bundle, budget, reg, steps, texts, f: null };
}
const TRACK_FROM = 1e5;
const MAX_NODES = 1e7;
const FAST_STEPS = (0, import_paths.newPathStack)("");
const FAST_TEXTS = (0, import_paths.newPathTexts)();
function fastMode(x) {
  if (x.c === null) return x;
  return x.f ??= makeCtx(null, x.res, x.root, x.bundle, x.budget, x.reg, FAST_STEPS, FAST_TEXTS);
}
function withCollector(x, c) {
  return makeCtx(c, x.res, x.root, x.bundle, x.budget, x.reg, x.steps, x.texts);
}
function bundleIndex(resource) {
  const entries = resource["entry"];
  if (!Array.isArray(entries)) return null;
  const index = new import_string_table.StringTable(entries.length);
  for (const entry of entries) {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) continue;
    const e = entry;
    const fullUrl = e["fullUrl"];
    const r = e["resource"];
    if (typeof fullUrl !== "string" || typeof r !== "object" || r === null || Array.isArray(r)) continue;
    const type = r["resourceType"];
    if (typeof type === "string") index.add(fullUrl, type);
  }
  return index.size === 0 ? null : index;
}
function resourceCtx(x, resource, type, contained) {
  const bundle = type === "Bundle" ? bundleIndex(resource) : x.bundle;
  return makeCtx(x.c, resource, contained ? x.root : resource, bundle, x.budget, x.reg, x.steps, x.texts);
}
function rootCtx(c, value, isResource, reg, path) {
  const budget = newBudget();
  const steps = c === null ? FAST_STEPS : (0, import_paths.newPathStack)(path);
  const texts = c === null ? FAST_TEXTS : (0, import_paths.newPathTexts)();
  if (isResource && typeof value === "object" && value !== null && !Array.isArray(value)) {
    const r = value;
    return makeCtx(c, r, r, r["resourceType"] === "Bundle" ? bundleIndex(r) : null, budget, reg, steps, texts);
  }
  return makeCtx(c, void 0, void 0, null, budget, reg, steps, texts);
}
function describeError(err) {
  try {
    return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  } catch {
    return "unknown error";
  }
}
function runCheck(value, path, check, isResource, reg) {
  const c = new import_outcome.IssueCollector();
  try {
    check(value, rootCtx(c, value, isResource, reg, path), import_paths.ROOT_PATH, 0);
  } catch (err) {
    c.add("fatal", "exception", path, `Validation stopped: ${describeError(err).slice(0, 300)}`);
  }
  return c.toOutcome();
}
function testCheck(value, check, isResource, reg) {
  try {
    return check(value, rootCtx(null, value, isResource, reg, ""), import_paths.ROOT_PATH, 0);
  } catch {
    return false;
  }
}
