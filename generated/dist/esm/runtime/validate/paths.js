const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NEEDS_ESCAPE = /[`\\\u0000-\u001f]/g;
function escapeChar(c) {
  if (c === "`" || c === "\\") return "\\" + c;
  return "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0");
}
function childPath(parent, name) {
  const part = IDENTIFIER.test(name) ? name : "`" + name.replace(NEEDS_ESCAPE, escapeChar) + "`";
  return parent === "" ? part : parent + "." + part;
}
function indexPath(parent, index) {
  return parent + "[" + index + "]";
}
export {
  childPath,
  indexPath
};
