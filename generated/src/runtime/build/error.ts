/**
 * The one error style of the generated builders: a builder returns a valid value or throws a
 * {@link BuildError} that carries the validator's OperationOutcome. Warnings and information never throw.
 *
 * This file is copied verbatim into the generated package (`src/runtime/build/`).
 */
import type { OperationOutcome, OperationOutcomeIssue } from '../validate/outcome.js';

/** How many issues the error message lists; `outcome` always has all of them. */
const ISSUES_IN_MESSAGE = 5;

function describeIssue(issue: OperationOutcomeIssue): string {
  const where = issue.expression?.[0];
  return where ? `${where}: ${issue.diagnostics}` : issue.diagnostics;
}

/** Thrown by a builder whose result would not be valid against its profile. */
export class BuildError extends Error {
  /** The generated type (or bundle) that was being built, e.g. `CareConnectGPCPatient1`. */
  readonly typeName: string;
  /** What the generated validator reported: every issue, with FHIRPath locations. */
  readonly outcome: OperationOutcome;

  constructor(typeName: string, outcome: OperationOutcome) {
    const errors = outcome.issue.filter((i) => i.severity === 'error' || i.severity === 'fatal');
    const shown = errors.slice(0, ISSUES_IN_MESSAGE).map(describeIssue);
    const more = errors.length > ISSUES_IN_MESSAGE ? `; and ${errors.length - ISSUES_IN_MESSAGE} more` : '';
    super(`${typeName} is not valid: ${shown.join('; ')}${more}`);
    this.name = 'BuildError';
    this.typeName = typeName;
    this.outcome = outcome;
  }
}

/** True for a {@link BuildError} (also across copies of the package, where `instanceof` fails). */
export function isBuildError(error: unknown): error is BuildError {
  return error instanceof BuildError || (error instanceof Error && error.name === 'BuildError' && 'outcome' in error);
}
