/**
 * The checks on each occurrence of an element after its shape (fixed, pattern, binding,
 * maxLength, reference target, invariants), in the order lowering listed them: one interpreter
 * loop and one emitted function per list, both delegating to the kind modules.
 */
import type { Ctx } from '../runtime/validate/context.js';
import { _, join, type Code } from '../emit/validators/code.js';
import type { EmitScope } from './emit-scope.js';
import { emitBinding, emitBindingPasses, interpretBinding } from './kinds/binding.js';
import { emitFixedPattern, emitFixedPatternPasses, interpretFixedPattern } from './kinds/fixed-pattern.js';
import { emitConstraint, interpretConstraint } from './kinds/invariant.js';
import { emitMaxLength, interpretMaxLength } from './kinds/primitive.js';
import { emitReference, interpretReference } from './kinds/reference.js';
import type { Extra } from './model.js';
import type { Path } from '../runtime/validate/paths.js';

function interpretExtra(extra: Extra, v: unknown, x: Ctx, q: Path): boolean {
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
export function interpretExtras(extras: readonly Extra[], v: unknown, x: Ctx, q: Path): boolean {
  let ok = true;
  for (const extra of extras) {
    if (!interpretExtra(extra, v, x, q)) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  return ok;
}

function emitExtra(extra: Extra, scope: EmitScope): { fn: Code; arg: Code } {
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
      return emitConstraint(extra.constraint, scope);
  }
}

/**
 * The statement running the extras on every occurrence of a property (`v` its value, path from
 * `p` and `seg`): one runtime call with the check and its argument when there is one extra,
 * otherwise a module-level function running them in order. Undefined when there are none.
 */
export function emitExtras(extras: readonly Extra[], scope: EmitScope, v: Code, repeats: boolean, seg: string): Code | undefined {
  if (extras.length === 0) return undefined;
  const only = extras.length === 1 ? extras[0] : undefined;
  if (only) {
    const { fn, arg } = emitExtra(only, scope);
    return _`${scope.runtime('eachWith')}(${v}, ${repeats}, x, p, ${seg}, ${fn}, ${arg})`;
  }
  const body = join(extras.map((extra) => {
    const { fn, arg } = emitExtra(extra, scope);
    return _`if (!${fn}(v, x, q, ${arg})) { if (x.c === null) return false; ok = false; }`;
  }));
  const all = scope.hoist('OCCURRENCE', _`(v: unknown, x: ${scope.runtime('Ctx')}, q: ${scope.runtime('Path')}) => boolean`, _`(v, x, q) => { let ok = true;\n${body}\nreturn ok; }`);
  return _`${scope.runtime('each')}(${v}, ${repeats}, x, p, ${seg}, ${all})`;
}

/**
 * An inline condition under which the extras of a single (not repeating) occurrence `v` report
 * nothing, so their runtime call can be skipped: for one primitive fixed/pattern value or one `code`
 * binding, the common conformant case. Undefined when there is no such shortcut.
 */
export function emitExtrasPass(extras: readonly Extra[], scope: EmitScope, v: Code, repeats: boolean): Code | undefined {
  const only = extras.length === 1 ? extras[0] : undefined;
  if (!only || repeats) return undefined;
  switch (only.kind) {
    case 'fixed':
    case 'pattern':
      return emitFixedPatternPasses(only, v);
    case 'binding':
    case 'binding-not-checked':
      return emitBindingPasses(only, v, scope);
    default:
      return undefined;
  }
}

/** A `(v, x, q) => boolean` running the extras of one occurrence (for slices); undefined when none. */
export function emitOccurrenceExtras(extras: readonly Extra[], scope: EmitScope): Code | undefined {
  if (extras.length === 0) return undefined;
  const body = join(extras.map((extra) => {
    const { fn, arg } = emitExtra(extra, scope);
    return _`if (!${fn}(v, x, q, ${arg})) { if (x.c === null) return false; ok = false; }`;
  }));
  return scope.hoist('OCCURRENCE', _`(v: unknown, x: ${scope.runtime('Ctx')}, q: ${scope.runtime('Path')}) => boolean`, _`(v, x, q) => { let ok = true;\n${body}\nreturn ok; }`);
}
