import { isRecord } from "./guard.js";
import { here } from "./shape.js";
function severityOf(strength) {
  return strength === "required" ? "error" : strength === "extensible" ? "warning" : "information";
}
function codingIn(v, has) {
  const system = v["system"];
  const code = v["code"];
  return typeof system === "string" && typeof code === "string" && has(system, code);
}
function show(text) {
  return JSON.stringify(text.length > 80 ? text.slice(0, 80) + "…" : text);
}
function report(x, q, strength, vs, problem) {
  x.c?.add(severityOf(strength), "code-invalid", here(x, q), `${problem} the value set ${vs} (${strength} binding)`);
  return false;
}
const fixedProblemTexts = /* @__PURE__ */ new WeakMap();
function reportFixed(x, q, b, problem) {
  if (x.c === null) return false;
  let texts = fixedProblemTexts.get(b);
  if (texts === void 0) fixedProblemTexts.set(b, texts = /* @__PURE__ */ new Map());
  let text = texts.get(problem);
  if (text === void 0) texts.set(problem, text = `${problem} the value set ${b.valueSet} (${b.strength} binding)`);
  x.c.add(severityOf(b.strength), "code-invalid", here(x, q), text);
  return false;
}
function codeIn(v, has) {
  return typeof v === "string" && has(v);
}
function checkCode(v, x, q, b) {
  const { has, strength, valueSet: vs } = b;
  if (strength !== "required" && x.c === null) return true;
  if (typeof v !== "string" || has(v)) return true;
  return report(x, q, strength, vs, `Code ${show(v)} is not in`);
}
function checkCoding(v, x, q, b) {
  const { has, strength, valueSet: vs } = b;
  if (strength !== "required" && x.c === null) return true;
  if (!isRecord(v) || codingIn(v, has)) return true;
  const system = v["system"];
  const code = v["code"];
  if (typeof system !== "string" || typeof code !== "string") return reportFixed(x, q, b, "A coding without system or code cannot be in");
  return report(x, q, strength, vs, `Code ${show(`${system}#${code}`)} is not in`);
}
function checkConcept(v, x, q, b) {
  const { has, strength } = b;
  if (strength !== "required" && x.c === null) return true;
  if (!isRecord(v)) return true;
  const codings = v["coding"];
  if (!Array.isArray(codings) || codings.length === 0) {
    if (strength !== "required") return true;
    return reportFixed(x, q, b, "No coding: a code is required from");
  }
  for (const coding of codings) if (isRecord(coding) && codingIn(coding, has)) return true;
  return reportFixed(x, q, b, "No coding is in");
}
const notCheckedTexts = /* @__PURE__ */ new WeakMap();
function bindingNotChecked(v, x, q, b) {
  if (x.c !== null && v !== void 0 && v !== null) {
    let text = notCheckedTexts.get(b);
    if (text === void 0) notCheckedTexts.set(b, text = `Binding to ${b.valueSet} (${b.strength}) not checked: ${b.reason}`);
    x.c.add("information", "not-supported", here(x, q), text);
  }
  return true;
}
export {
  bindingNotChecked,
  checkCode,
  checkCoding,
  checkConcept,
  codeIn
};
