/**
 * The validator runtime as one namespace: generated modules import it as `vrt`
 * (`import * as vrt from './runtime/validate/index.js'`), so no runtime name can collide with a
 * name generated from a profile.
 *
 * This file is copied verbatim into the generated package.
 */
export * from './binding.js';
export * from './cardinality.js';
export * from './context.js';
export * from './extension.js';
export * from './fhirpath.js';
export * from './fhirpath-boolean.js';
export * from './fhirpath-lite.js';
export * from './fixed-pattern.js';
export * from './guard.js';
export * from './invariant.js';
export * from './outcome.js';
export * from './paths.js';
export * from './primitive-values.js';
export * from './primitives.js';
export * from './reference.js';
export * from './registry.js';
export * from './resource.js';
export * from './shape.js';
export * from './slicing.js';
export * from './string-table.js';
