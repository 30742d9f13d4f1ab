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
export {
  BuildError,
  isBuildError
};
