/** The programmatic API of gpconnect-codegen. The CLI is a thin layer over these. */
export { generate, type GenerateEvent, type GenerateOptions, type GenerateResult, type Phase } from './generate.js';
export { defineConfig, resolveConfig, type GpConnectCodegenConfig, type ResolvedConfig } from './config.js';
export { ERROR_CATALOG, GeneratorError, isGeneratorError, type ErrorCode, type ErrorLocation } from './errors.js';
export { formatSummary, type RunSummary } from './summary.js';
export type * from './ir/types.js';
