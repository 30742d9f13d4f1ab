/**
 * Turning profile text into TypeScript identifiers. Whatever a StructureDefinition calls itself, the
 * result matches /^[A-Za-z_][A-Za-z0-9_]*$/ and is not a reserved word, so a name can never change the
 * meaning of the code it lands in.
 */

const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'as implements interface let package private protected public static yield any boolean number string symbol ' +
    'never unknown object undefined await type declare namespace module require global keyof readonly infer is')
    .split(' '),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isSafeIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED.has(name);
}

/** Names become file names (`src/<Name>.ts`, `dist/esm/<Name>.d.ts`), which file systems cap at 255 bytes. */
export const MAX_NAME_LENGTH = 100;

/** `CareConnect-GPC-Patient-1` -> `CareConnectGPCPatient1`; `patient-birthTime` -> `PatientBirthTime`. */
export function pascalCase(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
  let name = words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join('');
  if (name.length === 0) name = 'Unnamed';
  if (/^[0-9]/.test(name)) name = `T${name}`;
  return name.slice(0, MAX_NAME_LENGTH);
}

/**
 * A JSON property name as a TypeScript property key: bare when safe, otherwise a quoted string, escaped as
 * `quote()` in emit/safe-text.ts does it (JS line terminators; a final backslash as `\u005c`, see there).
 */
export function propertyKey(name: string): string {
  if (IDENTIFIER.test(name)) return name;
  return JSON.stringify(name).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029').replace(/\\\\"$/, '\\u005c"');
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]?.toUpperCase() + text.slice(1);
}
