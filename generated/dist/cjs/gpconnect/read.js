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
var read_exports = {};
__export(read_exports, {
  hasOwn: () => hasOwn,
  isNonBlankString: () => isNonBlankString,
  isRecord: () => isRecord,
  own: () => own
});
module.exports = __toCommonJS(read_exports);
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function own(record, key) {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : void 0;
}
function hasOwn(record, key) {
  return own(record, key) !== void 0;
}
function isNonBlankString(value) {
  return typeof value === "string" && value.trim() !== "";
}
