/**
 * Names a FHIR structure may not take, compared without case (module files are named after types, and
 * macOS and Windows file systems ignore case). A profile called `Record`, `Index` or `Con` is legal FHIR;
 * it just gets a different name (its URL's last segment, else a number), reported in the run summary.
 */

/**
 * Declarations and module files of the generated package itself (the plugins' modules: `ResourceTypes`,
 * `builders`, `gpconnect`; `index` is the root). A structure module of the same name would replace one.
 * `Valid`: a structure of that name would export `isValid`, the root's boolean `isValid()`.
 */
const PACKAGE_NAMES = ['AnyResource', 'ResourceType', 'ReferenceString', 'validate', 'Valid', 'OperationOutcome', 'ResourceTypes', 'index', 'builders', 'gpconnect', 'validators'];

/**
 * TypeScript library types that generated code (types, validators, builders) refers to by name: a
 * declaration of the same name would shadow them in its module and change what that code means.
 */
const LIBRARY_TYPES = [
  'Array', 'ReadonlyArray', 'ArrayLike', 'Record', 'Partial', 'Required', 'Readonly', 'Pick', 'Omit', 'Exclude', 'Extract',
  'NonNullable', 'ReturnType', 'Awaited', 'Promise', 'PromiseLike', 'Map', 'ReadonlyMap', 'WeakMap', 'Set', 'ReadonlySet',
  'WeakSet', 'Iterable', 'Iterator', 'Object', 'Function', 'String', 'Number', 'Boolean', 'Symbol', 'BigInt', 'Date',
  'RegExp', 'Error', 'TypeError', 'RangeError', 'JSON', 'Math', 'Reflect', 'Proxy', 'globalThis',
];

/** File names Windows refuses whatever the extension (`Con.ts` cannot be created there). */
const WINDOWS_DEVICE_NAMES = ['CON', 'PRN', 'AUX', 'NUL', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`COM${n}`, `LPT${n}`])];

export const RESERVED_NAMES: readonly string[] = [...PACKAGE_NAMES, ...LIBRARY_TYPES, ...WINDOWS_DEVICE_NAMES];
