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
  childPath: () => childPath,
  indexPath: () => indexPath
});
module.exports = __toCommonJS(paths_exports);
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
