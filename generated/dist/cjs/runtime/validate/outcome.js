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
var outcome_exports = {};
__export(outcome_exports, {
  DEFAULT_MAX_ISSUES: () => DEFAULT_MAX_ISSUES,
  IssueCollector: () => IssueCollector,
  outcomeIsValid: () => outcomeIsValid
});
module.exports = __toCommonJS(outcome_exports);
const DEFAULT_MAX_ISSUES = 1e3;
class IssueCollector {
  list = [];
  errors = 0;
  dropped = 0;
  droppedErrors = 0;
  maxIssues;
  /** @param maxIssues - how many issues to keep; default {@link DEFAULT_MAX_ISSUES} */
  constructor(maxIssues = DEFAULT_MAX_ISSUES) {
    this.maxIssues = maxIssues;
  }
  /**
   * Records an issue.
   *
   * @param severity - `error` for a violation of a SHALL, `warning` for a SHOULD, ...
   * @param code - from the STU3 issue-type vocabulary
   * @param path - FHIRPath-style location (see `paths.ts`), or `''` for the document as a whole
   * @param diagnostics - a human-readable explanation
   */
  add(severity, code, path, diagnostics) {
    const isError = severity === "error" || severity === "fatal";
    if (isError) this.errors++;
    if (this.list.length >= this.maxIssues) {
      this.dropped++;
      if (isError) this.droppedErrors++;
      return;
    }
    this.list.push(
      path === "" ? { severity, code, diagnostics } : { severity, code, diagnostics, expression: [path], location: [path] }
    );
  }
  /** True when at least one `fatal` or `error` issue was added (including issues left out). */
  get hasErrors() {
    return this.errors > 0;
  }
  /** The issues kept so far, in the order added. */
  get issues() {
    return this.list;
  }
  /**
   * The collected issues as a new OperationOutcome (later `add` calls do not change it).
   *
   * STU3 requires at least one issue (`OperationOutcome.issue` is 1..*), so when nothing was
   * added the outcome holds a single issue `{ severity: 'information', code: 'informational',
   * diagnostics: 'No issues detected' }`. {@link outcomeIsValid} is true for that outcome.
   */
  toOutcome() {
    const issue = this.list.slice();
    if (this.dropped > 0) {
      issue.push({
        severity: this.droppedErrors > 0 ? "error" : "warning",
        code: "too-costly",
        diagnostics: `${this.dropped} further issue(s) not reported: the limit is ${this.maxIssues} issues`
      });
    }
    if (issue.length === 0) {
      issue.push({ severity: "information", code: "informational", diagnostics: "No issues detected" });
    }
    return { resourceType: "OperationOutcome", issue };
  }
}
function outcomeIsValid(o) {
  for (const i of o.issue) {
    if (i.severity === "error" || i.severity === "fatal") return false;
  }
  return true;
}
