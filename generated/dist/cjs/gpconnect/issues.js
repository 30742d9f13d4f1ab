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
var issues_exports = {};
__export(issues_exports, {
  GpConnectInputError: () => GpConnectInputError,
  IssueCollector: () => IssueCollector,
  MAX_ISSUES: () => MAX_ISSUES,
  describeValue: () => describeValue,
  formatIssue: () => formatIssue
});
module.exports = __toCommonJS(issues_exports);
function formatIssue(issue) {
  return issue.path === "" ? issue.message : `${issue.path}: ${issue.message}`;
}
const MAX_ISSUES_IN_MESSAGE = 10;
class GpConnectInputError extends Error {
  issues;
  constructor(subject, issues) {
    const shown = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map(formatIssue);
    const more = issues.length > MAX_ISSUES_IN_MESSAGE ? `; and ${issues.length - MAX_ISSUES_IN_MESSAGE} more` : "";
    super(`${subject}: ${shown.join("; ")}${more}`);
    this.name = "GpConnectInputError";
    this.issues = issues;
  }
}
const MAX_ISSUES = 100;
class IssueCollector {
  kept = [];
  dropped = 0;
  firstDroppedCode = "value";
  add(path, code, message) {
    if (this.kept.length < MAX_ISSUES) {
      this.kept.push({ path, code, message });
      return;
    }
    if (this.dropped === 0) this.firstDroppedCode = code;
    this.dropped++;
  }
  get count() {
    return this.kept.length + this.dropped;
  }
  /** The issues, plus one closing issue (with the code of the first one left out) that says how many were left out, if any. */
  list() {
    if (this.dropped === 0) return [...this.kept];
    const message = `${this.dropped} further issue(s) not listed (at most ${MAX_ISSUES} are reported)`;
    return [...this.kept, { path: "", code: this.firstDroppedCode, message }];
  }
}
const PREVIEW_LENGTH = 60;
function describeValue(value) {
  if (typeof value === "string") {
    const cut = value.length > PREVIEW_LENGTH ? `${value.slice(0, PREVIEW_LENGTH)}…` : value;
    return `${JSON.stringify(cut)}${value.length > PREVIEW_LENGTH ? ` (${value.length} characters)` : ""}`;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null) return "null";
  if (value === void 0) return "undefined";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}
