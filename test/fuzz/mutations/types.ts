/** The contract between the mutation engine (../mutate.ts) and the mutation classes. */
import type { Rng } from '../support/rng.js';

/** Names the mutations may draw on: what the corpus and the model know. */
export interface Vocabulary {
  /** `meta.profile` values found in the examples. */
  readonly profiles: readonly string[];
  /** Extension urls found in the examples. */
  readonly extensionUrls: readonly string[];
  /** Every concrete STU3 resource type. */
  readonly resourceTypes: readonly string[];
}

export interface Mutant {
  readonly value: unknown;
  /** Where and what changed, e.g. `$.entry[3].resource.id = "1 MB + 1"`. */
  readonly note: string;
  /** Holds values JSON cannot carry (NaN, Infinity): only JavaScript callers can pass it. */
  readonly jsOnly: boolean;
}

export interface MutationClass {
  readonly name: string;
  /** One line for docs/hostile-input.md. */
  readonly description: string;
  /**
   * Mutates `doc` (a private deep copy: the class may change it in place) and returns the mutant, or
   * `undefined` when the document has no place for this mutation.
   */
  apply(doc: unknown, how: How): Mutant | undefined;
}

/** What decides a mutation besides the document. */
export interface How {
  /** Chooses the place (and whatever is not cycled). */
  readonly r: Rng;
  /**
   * Counts this class's mutants over the whole run: classes cycle through their lists of bad values
   * with it, so every value is tried however the places fall.
   */
  readonly variant: number;
  readonly vocabulary: Vocabulary;
}

/** The `variant`-th item of a list, cycling. */
export function cycle<T>(items: readonly T[], variant: number): T {
  return items[variant % items.length] as T;
}

/** A JSON-safe mutant (the common case). */
export function mutant(value: unknown, note: string): Mutant {
  return { value, note, jsOnly: false };
}
