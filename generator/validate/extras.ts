/**
 * The checks on each occurrence of an element after its shape (fixed, pattern, binding,
 * maxLength, reference target, invariants), in the order lowering listed them: one interpreter
 * loop and one emitted function per list, both delegating to the kind modules.
 */
import type { Ctx } from '../runtime/validate/context.js';
import { _, join, type Code } from '../emit/validators/code.js';
import type { EmitScope } from './emit-scope.js';
import { emitBinding, interpretBinding } from './kinds/binding.js';
import { emitFixedPattern, interpretFixedPattern } from './kinds/fixed-pattern.js';
import { emitConstraint, interpretConstraint } from './kinds/invariant.js';
import { emitMaxLength, interpretMaxLength } from './kinds/primitive.js';
import { emitReference, interpretReference } from './kinds/reference.js';
import type { Extra } from './model.js';

function interpretExtra(extra: Extra, v: unknown, x: Ctx, q: string): boolean {
  switch (extra.kind) {
    case 'fixed':
    case 'pattern':
      return interpretFixedPattern(extra, v, x, q);
    case 'binding':
    case 'binding-not-checked':
      return interpretBinding(extra, v, x, q);
    case 'max-length':
      return interpretMaxLength(extra, v, x, q);
    case 'reference':
      return interpretReference(extra, v, x, q);
    case 'invariant':
      return interpretConstraint(extra.constraint, v, x, q);
  }
}

/** Runs every extra on one occurrence; in fast mode stops at the first failure. */
export function interpretExtras(extras: readonly Extra[], v: unknown, x: Ctx, q: string): boolean {
  let ok = true;
  for (const extra of extras) {
    if (!interpretExtra(extra, v, x, q)) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  return ok;
}

function emitExtra(extra: Extra, scope: EmitScope): Code {
  switch (extra.kind) {
    case 'fixed':
    case 'pattern':
      return emitFixedPattern(extra, scope);
    case 'binding':
    case 'binding-not-checked':
      return emitBinding(extra, scope);
    case 'max-length':
      return emitMaxLength(extra, scope);
    case 'reference':
      return emitReference(extra, scope);
    case 'invariant':
      return emitConstraint(extra.constraint, scope, 'occurrence');
  }
}

/**
 * The name of a module-level function `(v, x, q) => boolean` running the extras (a single call when
 * there is one: same results as the loop), or undefined when there are none.
 */
export function emitExtras(extras: readonly Extra[], scope: EmitScope): Code | undefined {
  if (extras.length === 0) return undefined;
  const ctx = scope.runtime('Ctx');
  const only = extras.length === 1 ? extras[0] : undefined;
  if (only) return scope.hoist('OCCURRENCE', _`(v: unknown, x: ${ctx}, q: string) => boolean`, _`(v, x, q) => ${emitExtra(only, scope)}`);
  const body = join(extras.map((extra) => _`if (!${emitExtra(extra, scope)}) { if (x.c === null) return false; ok = false; }`));
  return scope.hoist('OCCURRENCE', _`(v: unknown, x: ${ctx}, q: string) => boolean`, _`(v, x, q) => { let ok = true;\n${body}\nreturn ok; }`);
}
