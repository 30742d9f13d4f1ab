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
export {
  hasOwn,
  isNonBlankString,
  isRecord,
  own
};
