import { BuildError, isBuildError } from "./runtime/build/error.js";
import { fullUrlOf, referenceTo } from "./runtime/build/bundle.js";
export {
  BuildError,
  fullUrlOf,
  isBuildError,
  referenceTo
};
