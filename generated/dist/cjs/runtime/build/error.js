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
var error_exports = {};
__export(error_exports, {
  BuildError: () => BuildError,
  isBuildError: () => isBuildError
});
module.exports = __toCommonJS(error_exports);
const ISSUES_IN_MESSAGE = 5;
function describeIssue(issue) {
  const where = issue.expression?.[0];
  return where ? `${where}: ${issue.diagnostics}` : issue.diagnostics;
}
class BuildError extends Error {
  /** The generated type (or bundle) that was being built, e.g. `CareConnectGPCPatient1`. */
  typeName;
  /** What the generated validator reported: every issue, with FHIRPath locations. */
  outcome;
  constructor(typeName, outcome) {
    const errors = outcome.issue.filter((i) => i.severity === "error" || i.severity === "fatal");
    const shown = errors.slice(0, ISSUES_IN_MESSAGE).map(describeIssue);
    const more = errors.length > ISSUES_IN_MESSAGE ? `; and ${errors.length - ISSUES_IN_MESSAGE} more` : "";
    super(`${typeName} is not valid: ${shown.join("; ")}${more}`);
    this.name = "BuildError";
    this.typeName = typeName;
    this.outcome = outcome;
  }
}
function isBuildError(error) {
  return error instanceof BuildError || error instanceof Error && error.name === "BuildError" && "outcome" in error;
}
