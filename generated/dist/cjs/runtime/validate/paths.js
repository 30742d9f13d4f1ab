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
var paths_exports = {};
__export(paths_exports, {
  ROOT_PATH: () => ROOT_PATH,
  childPath: () => childPath,
  indexPath: () => indexPath,
  newPathStack: () => newPathStack,
  newPathTexts: () => newPathTexts,
  pathText: () => pathText,
  pushIndex: () => pushIndex,
  pushStep: () => pushStep,
  stepPath: () => stepPath
});
module.exports = __toCommonJS(paths_exports);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NEEDS_ESCAPE = /[`\\\u0000-\u001f]/g;
function escapeChar(c) {
  if (c === "`" || c === "\\") return "\\" + c;
  return "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0");
}
function childPath(parent, name) {
  return stepPath(parent, IDENTIFIER.test(name) ? name : "`" + name.replace(NEEDS_ESCAPE, escapeChar) + "`");
}
function stepPath(parent, step) {
  return parent === "" ? step : parent + "." + step;
}
function indexPath(parent, index) {
  return parent + (index < INDEX_TEXTS.length ? INDEX_TEXTS[index] : "[" + index + "]");
}
const INDEX_TEXTS = Array.from({ length: 256 }, (_, i) => `[${i}]`);
const ROOT_PATH = 0;
function newPathStack(root) {
  return [root];
}
function pushStep(stack, p, seg) {
  const q = p + 1;
  stack[q] = seg;
  return q;
}
function pushIndex(stack, q, index) {
  const r = q + 1;
  stack[r] = index;
  return r;
}
function newPathTexts() {
  return { steps: [], texts: [], n: 0 };
}
function pathText(stack, memo, p) {
  const { steps, texts } = memo;
  const known = p < memo.n ? p + 1 : memo.n;
  let i = 0;
  while (i < known && steps[i] === stack[i]) i++;
  if (i > p) return texts[p];
  let text = i === 0 ? "" : texts[i - 1];
  for (; i <= p; i++) {
    const step = stack[i];
    text = i === 0 ? step : typeof step === "number" ? indexPath(text, step) : stepPath(text, step);
    steps[i] = step;
    texts[i] = text;
  }
  memo.n = p + 1;
  return text;
}
