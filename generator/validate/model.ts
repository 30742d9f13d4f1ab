/**
 * The validation model: what to check, lowered from the IR once per structure and element subtree.
 * Both consumers read it: the emitter turns it into straight-line code, the interpreter walks it.
 * Every decision that is not plain execution (which subtree delegates to a datatype's check, which
 * invariant has a native form, what a slice's discriminator value is) is taken here, once.
 */
import type { ExtensionOwner } from '../runtime/validate/extension.js';
import type { PrimitiveType } from '../runtime/validate/primitive-values.js';
import type { Step } from '../runtime/validate/slicing.js';
import type { Node as FhirPathNode } from './fhirpath/parse.js';

/** The rule for the content of an object: a structure's root, or an element subtree of a structure. */
export type ObjectRef =
  | { readonly kind: 'structure'; readonly url: string }
  | { readonly kind: 'element'; readonly url: string; readonly elementId: string; readonly primitive: boolean };

/** How one occurrence of an element is checked. */
export type Target =
  | { readonly kind: 'primitive'; readonly type: PrimitiveType; readonly ext: PrimitiveExt }
  | { readonly kind: 'object'; readonly ref: ObjectRef }
  | { readonly kind: 'resource'; readonly contained: boolean; readonly profiles: readonly string[] }
  | { readonly kind: 'extension'; readonly modifier: boolean; readonly owner: ExtensionOwner }
  /** A type the packages do not define: accepted as it is (listed in the report). */
  | { readonly kind: 'any' };

/**
 * The `_` sibling of a primitive: the generic element check (its extensions sit on the element,
 * see the object's owner), a profile's own subtree, or none at all for the elements FHIR makes XML
 * attributes (an element's `id`, an extension's `url`), which have no `_` sibling in JSON.
 */
export type PrimitiveExt = { readonly kind: 'generic' } | { readonly kind: 'object'; readonly ref: ObjectRef } | { readonly kind: 'attribute' };

/** The native form of an invariant, when a profile's expression is exactly the STU3 text. */
export type NativeInvariant = 'bdl-7' | 'dom-1' | 'dom-2' | 'dom-3' | 'dom-4' | 'ext-1' | 'obs-7' | 'ref-1';

export interface ConstraintRule {
  readonly key: string;
  readonly severity: 'error' | 'warning';
  readonly human: string;
  readonly expression: string;
  /** The element path the constraint sits on (fhirpath.js needs it as the base). */
  readonly path: string;
  readonly native: NativeInvariant | undefined;
  /** The expression typed for translation to JavaScript (fhirpath/typing.ts), when it can be. */
  readonly typed: FhirPathNode | undefined;
}

/** Checks on each occurrence after its shape, in this order. */
export type Extra =
  | { readonly kind: 'fixed'; readonly value: unknown }
  | { readonly kind: 'pattern'; readonly value: unknown }
  | {
      readonly kind: 'binding';
      readonly form: 'code' | 'coding' | 'concept';
      readonly strength: 'required' | 'extensible' | 'preferred';
      readonly valueSet: string;
      /** Codes (form `code`) or coding keys (kinds/binding.ts `codingKey`: the JSON pair), sorted. */
      readonly codes: readonly string[];
    }
  | { readonly kind: 'binding-not-checked'; readonly strength: 'required' | 'extensible'; readonly valueSet: string; readonly reason: string }
  | { readonly kind: 'max-length'; readonly max: number }
  | { readonly kind: 'reference'; readonly targets: readonly string[] }
  | { readonly kind: 'invariant'; readonly constraint: ConstraintRule };

/** One JSON property of an element (a choice element has one per allowed type). */
export interface VariantRule {
  /** JSON property name (`valueQuantity`). */
  readonly jsonName: string;
  /** FHIRPath step for issue paths (`value.ofType(Quantity)`). */
  readonly seg: string;
  readonly code: string;
  readonly target: Target;
  readonly extras: readonly Extra[];
}

export type Discriminator =
  | { readonly kind: 'value' | 'pattern'; readonly path: readonly Step[]; readonly value: unknown }
  | { readonly kind: 'exists'; readonly path: readonly Step[]; readonly exists: boolean }
  | { readonly kind: 'type'; readonly path: readonly Step[]; readonly types: readonly string[] }
  | { readonly kind: 'profile'; readonly path: readonly Step[]; readonly ref: ObjectRef };

export interface SliceRule {
  readonly name: string;
  readonly min: number;
  /** -1 for `*`. */
  readonly max: number;
  readonly discriminators: readonly Discriminator[];
  readonly variant: VariantRule;
}

export interface SlicingRule {
  readonly rules: 'closed' | 'open' | 'openAtEnd';
  readonly ordered: boolean;
  readonly element: string;
  readonly slices: readonly SliceRule[];
}

export interface PropRule {
  /** ElementDefinition id, for reports. */
  readonly elementId: string;
  /** JSON name stem (`value` for `value[x]`). */
  readonly name: string;
  /** FHIRPath step (`value` for a choice). */
  readonly seg: string;
  readonly min: number;
  /** -1 for `*`. */
  readonly max: number;
  readonly repeats: boolean;
  readonly choice: boolean;
  readonly variants: readonly VariantRule[];
  readonly slicing: SlicingRule | undefined;
  /** Why the slicing of this element is not checked (items then follow the element's definition). */
  readonly slicingNotChecked: string | undefined;
}

export interface ObjectRule {
  /** `url#elementId` of what it was lowered from (unique). */
  readonly key: string;
  /** What the object is, for messages (`Identifier`, `Patient.contact`). */
  readonly label: string;
  /** Expected `resourceType`, for a resource's root. */
  readonly resourceType: string | undefined;
  /** JSON keys allowed. */
  readonly known: readonly string[];
  /** Native ele-1 on the object itself. */
  readonly ele1: boolean;
  readonly props: readonly PropRule[];
  readonly constraints: readonly ConstraintRule[];
  /** Where extensions found directly in this object sit. */
  readonly owner: ExtensionOwner;
}
