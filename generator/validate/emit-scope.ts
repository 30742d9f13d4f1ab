/**
 * What the constraint kinds need from the emitter while they write code: runtime references, hoisted
 * module-level constants, value-set predicates and the names of other check functions. Implemented
 * by generator/emit/validators/scope.ts, one per generated module.
 */
import type { Code } from '../emit/validators/code.js';
import type { ObjectRef } from './model.js';

export interface EmitScope {
  /** A runtime value or type (`vrt.name`: the runtime is imported as one namespace, so its names never collide with generated ones). */
  runtime(name: string): Code;
  /** A module-level `const` (deduplicated by its type and initialiser); returns its name. */
  hoist(prefix: string, type: Code, init: Code): Code;
  /** A `CodePredicate` for these codes (shared across modules). */
  codes(codes: readonly string[]): Code;
  /** A `CodingPredicate` for these codings, each a `codingKey` of kinds/binding.ts (shared across modules). */
  codings(codings: readonly string[]): Code;
  /** The check function of an object rule (imported, or generated in this module). */
  check(ref: ObjectRef): Code;
}

