import { IssueCollector } from "./outcome.js";
import { StringTable } from "./string-table.js";
import { newPathStack, newPathTexts, ROOT_PATH } from "./paths.js";
function newBudget() {
  return { n: 0, seen: void 0, contained: void 0, done: void 0, rerun: 0, multi: 0, unknownUrls: void 0 };
}
function makeCtx(c, res, root, bundle, budget, reg, steps, texts) {
  return { c, res, root, bundle, budget, reg, steps, texts, f: null };
}
const TRACK_FROM = 1e5;
const MAX_NODES = 1e7;
const FAST_STEPS = newPathStack("");
const FAST_TEXTS = newPathTexts();
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
  const index = new StringTable(entries.length);
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
  const steps = c === null ? FAST_STEPS : newPathStack(path);
  const texts = c === null ? FAST_TEXTS : newPathTexts();
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
  const c = new IssueCollector();
  try {
    check(value, rootCtx(c, value, isResource, reg, path), ROOT_PATH, 0);
  } catch (err) {
    c.add("fatal", "exception", path, `Validation stopped: ${describeError(err).slice(0, 300)}`);
  }
  return c.toOutcome();
}
function testCheck(value, check, isResource, reg) {
  try {
    return check(value, rootCtx(null, value, isResource, reg, ""), ROOT_PATH, 0);
  } catch {
    return false;
  }
}
export {
  MAX_NODES,
  TRACK_FROM,
  fastMode,
  makeCtx,
  newBudget,
  resourceCtx,
  runCheck,
  testCheck,
  withCollector
};
