import { BuildError, isBuildError } from "./error.js";
import { bundleEntries, fullUrlOf, referenceIssues, referenceTo } from "./bundle.js";
export {
  BuildError,
  bundleEntries,
  fullUrlOf,
  isBuildError,
  referenceIssues,
  referenceTo
};
