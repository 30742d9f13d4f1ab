/**
 * A map from strings, filled and then read, for lookups by a string of the instance (a
 * `meta.profile` entry, an extension's `url`, a reference), which reads a few characters of the key
 * instead of hashing it whole.
 *
 * Why: a `Map` hashes a string key on its first lookup, every character, and keeps the hash in the
 * string. The strings of a value `JSON.parse` has just made have no hash yet, so each lookup by
 * one pays for hashing it: measured on 70-character profile URLs, `Map.get` took 140 ns for a
 * fresh string and 17 ns for one hashed before. This table picks a bucket by the key's length and
 * five of its characters (most of them near the end, where URLs and `urn:uuid:`s differ), then
 * compares the bucket's keys with `===` (a length test, then a memory compare).
 *
 * Keys from the instance (a Bundle's `fullUrl`s) could be chosen to fall into one bucket, making
 * every lookup a scan: a table whose bucket grows past {@link MAX_BUCKET} keys turns into a `Map`
 * (whose hashes V8 seeds per process), so the work stays linear whatever the keys.
 *
 * This file is copied verbatim into the generated package; it imports nothing.
 */
export declare class StringTable<V> {
    /** Each bucket: keys and values alternating; undefined for an empty bucket. */
    private readonly buckets;
    private readonly mask;
    /** Set instead of the buckets once one grew past {@link MAX_BUCKET}. */
    private map;
    private count;
    /** A table for about `expected` keys (it takes any number). */
    constructor(expected: number);
    /** A table of `entries`; the first value of a repeated key is kept. */
    static of<V>(entries: Iterable<readonly [string, V]>): StringTable<V>;
    get size(): number;
    /** Whether the table has turned into a `Map` (a bucket grew past {@link MAX_BUCKET}); for tests. */
    get isMap(): boolean;
    /** Adds `key` unless it is there already (the first value is kept); false when it was. */
    add(key: string, value: V): boolean;
    get(key: string): V | undefined;
    private toMap;
}
