/** The programmatic API of gpconnect-codegen. The CLI is a thin layer over these. */
export { generate, type GenerateEvent, type GenerateOptions, type GenerateResult, type Phase, type UpToDateResult } from './generate.js';
export { defineConfig, resolveConfig, type GpConnectCodegenConfig, type ResolvedConfig } from './config.js';
export { ERROR_CATALOG, GeneratorError, isGeneratorError, type ErrorCode, type ErrorLocation } from './errors.js';
export { formatSummary, type RunSummary } from './summary.js';
export { buildSide, compareBuilds, renderJson, renderMarkdown, CHANGE_RULES, type ChangeKind, type DiffInput, type DiffReport } from './diff/api.js';
export type * from './ir/types.js';
