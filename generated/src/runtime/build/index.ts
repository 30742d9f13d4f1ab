/**
 * The builder runtime of the generated package: the error builders throw, Bundle assembly and
 * references. Generated modules import from the individual files; this index is for users.
 *
 * This file is copied verbatim into the generated package (`src/runtime/build/`).
 */
export { BuildError, isBuildError } from './error.js';
export type { AssembleOptions, BundleEntry, BundleItem, BundleItemWithFullUrl, BundleResource } from './bundle.js';
export { bundleEntries, fullUrlOf, referenceIssues, referenceTo } from './bundle.js';
export type { FillSpec } from './fill.js';
export type { BuilderInput, ProfiledMetaInput } from './input.js';
