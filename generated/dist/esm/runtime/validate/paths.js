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
export {
  ROOT_PATH,
  childPath,
  indexPath,
  newPathStack,
  newPathTexts,
  pathText,
  pushIndex,
  pushStep,
  stepPath
};
