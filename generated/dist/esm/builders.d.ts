export { BuildError, isBuildError } from './runtime/build/error.js';
export { fullUrlOf, referenceTo } from './runtime/build/bundle.js';
export type { AssembleOptions, BundleItem, BundleResource } from './runtime/build/bundle.js';
