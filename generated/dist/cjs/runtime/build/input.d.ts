/**
 * Input types of the generated builders. A builder's input is its output type with the parts the builder
 * fills made optional (resourceType, meta.profile, fixed values, extension URLs), and some properties
 * retyped (required slices as leading tuple items, nested parts that are filled in turn).
 *
 * This file is copied verbatim into the generated package (`src/runtime/build/`): it imports nothing.
 */
/**
 * `T` with the keys `Filled` made optional (the builder fills them when absent) and the keys of
 * `Override` replaced by the types given there. `Pick` and `Omit` keep each property's documentation.
 */
export type BuilderInput<T, Filled extends keyof T = never, Override = unknown> = Omit<T, Filled | keyof Override> & {
    [K in Filled]?: T[K];
} & Override;
/** `meta` of a profiled resource's input: the builder adds the profile's canonical URL to `meta.profile`. */
export type ProfiledMetaInput<M> = Omit<NonNullable<M>, 'profile'> & {
    profile?: string[];
};
