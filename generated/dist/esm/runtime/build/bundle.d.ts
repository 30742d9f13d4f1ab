/**
 * Assembling a Bundle from built resources: each entry gets a `fullUrl`, and every reference inside the
 * entries must resolve to an entry (FHIR STU3 Bundle, "Resolving references in Bundles"), so a receiver
 * can follow `Slot.schedule` or `AllergyIntolerance.patient` without a round trip to a server.
 *
 * This file is copied verbatim into the generated package (`src/runtime/build/`).
 */
import type { OperationOutcome, OperationOutcomeIssue } from '../validate/outcome.js';
/** Any resource: what a Bundle entry holds. Give it an `id` so that references to it can resolve. */
export interface BundleResource {
    readonly resourceType: string;
    readonly id?: string;
}
/** A resource with the `fullUrl` to use for its entry (otherwise it is derived, see {@link fullUrlOf}). */
export interface BundleItemWithFullUrl<R extends BundleResource = BundleResource> {
    readonly fullUrl: string;
    readonly resource: R;
}
export type BundleItem<R extends BundleResource = BundleResource> = R | BundleItemWithFullUrl<R>;
export interface BundleEntry {
    fullUrl: string;
    resource: BundleResource;
}
export interface AssembleOptions {
    /** FHIR service root URL the resources belong to, e.g. `https://provider.example/STU3/1` (no trailing slash needed). */
    readonly baseUrl: string;
    /**
     * Accept references that point outside the Bundle (default `false`: a reference that does not resolve to
     * an entry, or to a contained resource, makes assembling fail).
     */
    readonly allowExternalReferences?: boolean;
}
/** `<baseUrl>/<resourceType>/<id>` for a resource with an id, else a fresh `urn:uuid:`. */
export declare function fullUrlOf(resource: BundleResource, baseUrl: string): string;
/** One entry per item, in order, with its `fullUrl`. */
export declare function bundleEntries(items: readonly BundleItem[], baseUrl: string): BundleEntry[];
/** Issues for references that do not resolve and for entries sharing a fullUrl. Empty when all is well. */
export declare function referenceIssues(entries: readonly BundleEntry[], baseUrl: string): OperationOutcomeIssue[];
/**
 * Builds a Bundle of `type` from `items`, checks that its references resolve, then runs the generated
 * guard/validator of the Bundle profile. Throws {@link BuildError} on any problem.
 */
export declare function assembleBundle<T>(bundle: {
    readonly type: string;
    readonly profile: string;
    readonly id?: string | undefined;
    readonly meta?: object | undefined;
}, items: readonly BundleItem[], options: AssembleOptions, is: (value: unknown) => value is T, validate: (value: unknown) => OperationOutcome, typeName: string): T;
/** A reference to a resource that has an id: `{ reference: 'Patient/1' }` (relative, so it resolves in a Bundle). */
export declare function referenceTo<R extends BundleResource>(resource: R): {
    reference: `${R['resourceType']}/${string}`;
};
