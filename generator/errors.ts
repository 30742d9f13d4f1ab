/**
 * The catalog of user-facing errors. Every error the tool reports on bad input comes from here,
 * with a stable code (so scripts and tests can match it) and a location (package, file, canonical
 * URL, element id or JSON path), so that the user knows what to fix without reading a stack trace.
 */

/** Where a problem is. Every field is optional; the more the better. */
export interface ErrorLocation {
  /** `id#version` of the FHIR package. */
  readonly package?: string;
  /** File path on disk. */
  readonly file?: string;
  /** Canonical URL of the resource (StructureDefinition, ValueSet...). */
  readonly url?: string;
  /** ElementDefinition id, e.g. `Patient.identifier:nhsNumber.system`. */
  readonly element?: string;
  /** JSON path or FHIRPath-style path inside a document or instance. */
  readonly path?: string;
}

/** Stable error codes. Add new codes at the end of their group; never renumber or rename. */
export const ERROR_CATALOG = {
  // configuration and command line
  GPC001: 'invalid configuration',
  GPC002: 'configuration file not found or unreadable',
  GPC003: 'invalid package reference (expected id#version)',
  GPC004: 'output folder contains files this tool did not write (use --force to replace it)',
  GPC005: 'output is stale (generate --check)',
  GPC006: 'output folder must not be replaced (the file system root, the home folder or a folder holding the working directory)',
  // loading packages
  GPC101: 'FHIR package not found',
  GPC102: 'dependency of a FHIR package not found',
  GPC103: 'malformed JSON',
  GPC104: 'package.json without name or version',
  GPC105: 'malformed XML',
  GPC106: 'unsupported FHIR version',
  GPC107: 'could not read file',
  GPC108: 'resource nested too deeply',
  // building the IR from StructureDefinitions
  GPC201: 'StructureDefinition has neither snapshot nor differential',
  GPC202: 'base definition not found',
  GPC203: 'circular baseDefinition chain',
  GPC204: 'circular contentReference',
  GPC205: 'slicing without discriminator',
  GPC206: 'unknown type code',
  GPC207: 'snapshot could not be generated from the differential',
  GPC208: 'malformed StructureDefinition',
  // emitting and writing
  GPC301: 'generated code failed to format',
  GPC302: 'could not write output',
  GPC303: 'a FHIR type took a name the generated builders need',
  // validating instances (CLI validate)
  GPC401: 'unknown profile',
  GPC402: 'unusable instance file',
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/** Formats a location as `package › file › url › element › path`, skipping what is unknown. */
export function formatLocation(location: ErrorLocation): string {
  return [location.package, location.file, location.url, location.element, location.path]
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join(' › ');
}

/**
 * The message on one line, with control characters shown as escapes: details and locations carry text
 * from profiles (URLs, element ids), which must not move the cursor, recolour or retitle the terminal, or
 * start a line that looks like another message in a CI log.
 */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** An error the user caused and can fix: carries a catalog code, a location and a detail message. */
export class GeneratorError extends Error {
  readonly code: ErrorCode;
  readonly location: ErrorLocation;
  readonly detail: string;

  constructor(code: ErrorCode, detail: string, location: ErrorLocation = {}, options?: { cause?: unknown }) {
    const where = formatLocation(location);
    super(printable(`${code} ${ERROR_CATALOG[code]}: ${detail}${where ? ` (at ${where})` : ''}`), options);
    this.name = 'GeneratorError';
    this.code = code;
    this.location = location;
    this.detail = detail;
  }
}

export function isGeneratorError(error: unknown): error is GeneratorError {
  return error instanceof GeneratorError;
}

/**
 * The same error with the location fields it lacks filled from `extra`, for a caller that knows more
 * about where (the IR builder knows the package and file of the StructureDefinition a helper failed on).
 */
export function withLocation(error: GeneratorError, extra: ErrorLocation): GeneratorError {
  return new GeneratorError(error.code, error.detail, { ...extra, ...definedFields(error.location) }, { cause: error });
}

function definedFields(location: ErrorLocation): ErrorLocation {
  return Object.fromEntries(Object.entries(location).filter(([, value]) => value !== undefined)) as ErrorLocation;
}
