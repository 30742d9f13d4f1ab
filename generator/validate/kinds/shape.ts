/**
 * Constraint kind: JSON shape (objects, known keys, `resourceType`, choices). The checks and texts
 * are in `runtime/validate/shape.ts`; this module holds what the emitter and the interpreter must
 * agree on about reading properties.
 */
import { _, member, type Code } from '../../emit/validators/code.js';
import type { EmitScope } from '../emit-scope.js';
import type { VariantRule } from '../model.js';

/**
 * Whether a JSON key must be read as an own property: names that `Object.prototype` also has
 * (`constructor`, `toString`...). No FHIR element is named so, but a hostile profile could be; plain
 * access would then find the prototype's member when the key is absent.
 */
export function readsOwn(key: string): boolean {
  return key in Object.prototype;
}

/** Reads `key` of the object `o` in generated code. */
export function emitRead(scope: EmitScope, o: Code, key: string): Code {
  return readsOwn(key) ? _`${scope.runtime('own')}(${o}, ${key})` : member(o, key);
}

/** Whether a variant has a `_` sibling in JSON (primitives that are not XML attributes). */
export function hasSibling(variant: VariantRule): boolean {
  return variant.target.kind === 'primitive' && variant.target.ext.kind !== 'attribute';
}
