/**
 * The API diff between two builds: which generated declarations (one per profile, extension or base type)
 * were added, removed or changed, and for each change whether it breaks code written against the old
 * package. Plain data, written as `--format json` exactly as it is here.
 *
 * "Breaking" is judged for the two kinds of code that use a generated package:
 * - writers build resources and validate them: a resource the old package accepted is rejected by the
 *   new one (a new required element, a removed code, a fixed value);
 * - readers consume resources through the generated types: code that compiled against the old types no
 *   longer compiles (a removed property, a property that became optional, a renamed type).
 */

export type Audience = 'writers' | 'readers';
export type Bump = 'major' | 'minor' | 'patch' | 'none';

interface Rule {
  /** Short human title for reports. */
  readonly title: string;
  /** Who it breaks; empty = not breaking. */
  readonly breaks: readonly Audience[];
}

const NONE: readonly Audience[] = [];
const WRITERS: readonly Audience[] = ['writers'];
const READERS: readonly Audience[] = ['readers'];
const BOTH: readonly Audience[] = ['writers', 'readers'];

/** Every kind of change the diff reports, with its classification. One table, so the policy is reviewable in one place. */
export const CHANGE_RULES = {
  // declarations
  'type-added': { title: 'type added', breaks: NONE },
  'type-removed': { title: 'type removed', breaks: BOTH },
  'type-renamed': { title: 'type or module renamed', breaks: BOTH },
  'base-changed': { title: 'constrains another type', breaks: BOTH },
  'declaration-added': { title: 'nested type added', breaks: NONE },
  'declaration-removed': { title: 'nested type removed', breaks: BOTH },
  // elements
  'element-added': { title: 'optional element added', breaks: NONE },
  'required-element-added': { title: 'required element added', breaks: WRITERS },
  'element-removed': { title: 'element removed', breaks: BOTH },
  'became-required': { title: 'became required', breaks: WRITERS },
  'became-optional': { title: 'became optional', breaks: READERS },
  'min-increased': { title: 'minimum raised', breaks: WRITERS },
  'min-decreased': { title: 'minimum lowered', breaks: NONE },
  'max-narrowed': { title: 'maximum lowered', breaks: WRITERS },
  'max-widened': { title: 'maximum raised', breaks: NONE },
  'max-length-narrowed': { title: 'maxLength lowered', breaks: WRITERS },
  'max-length-widened': { title: 'maxLength raised', breaks: NONE },
  // types of an element
  'types-narrowed': { title: 'allowed types removed', breaks: BOTH },
  'types-widened': { title: 'allowed types added', breaks: NONE },
  'type-profile-changed': { title: 'datatype profile changed', breaks: BOTH },
  'target-profiles-narrowed': { title: 'reference targets narrowed', breaks: WRITERS },
  'target-profiles-widened': { title: 'reference targets widened', breaks: NONE },
  // codes
  'codes-narrowed': { title: 'codes removed', breaks: BOTH },
  'codes-widened': { title: 'codes added', breaks: NONE },
  'binding-required': { title: 'binding became required', breaks: WRITERS },
  'binding-relaxed': { title: 'binding no longer required', breaks: NONE },
  'binding-value-set-changed': { title: 'required value set changed (not enumerable)', breaks: WRITERS },
  // fixed and pattern values
  'fixed-added': { title: 'fixed value added', breaks: WRITERS },
  'fixed-changed': { title: 'fixed value changed', breaks: BOTH },
  'fixed-removed': { title: 'fixed value removed', breaks: NONE },
  'pattern-added': { title: 'pattern added', breaks: WRITERS },
  'pattern-changed': { title: 'pattern changed', breaks: WRITERS },
  'pattern-removed': { title: 'pattern removed', breaks: NONE },
  // slices and extensions
  'slice-added': { title: 'optional slice added', breaks: NONE },
  'required-slice-added': { title: 'required slice added', breaks: WRITERS },
  'slice-removed': { title: 'slice removed', breaks: READERS },
  'extension-added': { title: 'optional extension added', breaks: NONE },
  'required-extension-added': { title: 'required extension added', breaks: WRITERS },
  'extension-removed': { title: 'extension removed', breaks: READERS },
  'slicing-closed': { title: 'slicing closed', breaks: WRITERS },
  'slicing-opened': { title: 'slicing opened', breaks: NONE },
  'slicing-discriminator-changed': { title: 'slicing discriminator changed', breaks: WRITERS },
  // invariants (checked by validators)
  'constraint-added': { title: 'invariant added', breaks: WRITERS },
  'constraint-changed': { title: 'invariant changed', breaks: WRITERS },
  'constraint-removed': { title: 'invariant removed', breaks: NONE },
} as const satisfies Record<string, Rule>;

export type ChangeKind = keyof typeof CHANGE_RULES;

export interface Change {
  readonly kind: ChangeKind;
  /** Element id (`Patient.identifier:nhsNumber.system`), or undefined for a change to the declaration itself. */
  readonly element: string | undefined;
  /** Old and new value, as short text (cardinality `0..1`, codes, JSON of a fixed value...). */
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly breaking: boolean;
  readonly breaks: readonly Audience[];
  /** Extra detail for reports (e.g. which codes were removed). */
  readonly detail: string | undefined;
}

export interface StructureDiff {
  readonly url: string;
  readonly status: 'added' | 'removed' | 'changed';
  /** `profile`, `extension`, or the kind of a base type (`resource`, `complex-type`, `primitive-type`). */
  readonly category: string;
  /** The generated type name on each side (undefined on the side where it does not exist). */
  readonly typeName: { readonly from: string | undefined; readonly to: string | undefined };
  readonly version: { readonly from: string | undefined; readonly to: string | undefined };
  /** `id#version` of the package that ships it, on each side. */
  readonly package: { readonly from: string | undefined; readonly to: string | undefined };
  /**
   * True on a side whose snapshot gpconnect-codegen generated from the differential: differences in how
   * snapshots spell things out (extension slice cardinality, say) can show up as changes there.
   */
  readonly snapshotGenerated: { readonly from: boolean; readonly to: boolean };
  readonly changes: readonly Change[];
}

export interface DiffSideInfo {
  /** What the user named: `id#version` or a config file. */
  readonly label: string;
  /** The packages loaded, dependency closure included. */
  readonly packages: readonly string[];
  /** Declarations in the generated API. */
  readonly structureCount: number;
}

export interface DiffReport {
  readonly from: DiffSideInfo;
  readonly to: DiffSideInfo;
  readonly bump: Bump;
  readonly counts: {
    readonly added: number;
    readonly removed: number;
    readonly changed: number;
    readonly unchanged: number;
    /** Declarations whose canonical version changed but whose generated API did not. */
    readonly versionOnly: number;
    readonly breakingChanges: number;
    readonly nonBreakingChanges: number;
  };
  /** Added, removed and changed declarations (unchanged ones are only counted). */
  readonly structures: readonly StructureDiff[];
}

export function makeChange(kind: ChangeKind, element: string | undefined, from: string | undefined, to: string | undefined, detail?: string): Change {
  const breaks = CHANGE_RULES[kind].breaks;
  return { kind, element, from, to, breaking: breaks.length > 0, breaks, detail };
}
