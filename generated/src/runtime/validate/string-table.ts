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

/** The most keys a bucket holds before the table becomes a `Map`. */
const MAX_BUCKET = 8;

/** The bucket number of `key`, from its length and five of its characters, in `[0, mask]`. */
function bucketOf(key: string, mask: number): number {
  const n = key.length;
  if (n === 0) return 0;
  let h = n;
  h = (h * 31 + key.charCodeAt(n - 1)) | 0;
  h = (h * 31 + key.charCodeAt(n >> 1)) | 0;
  h = (h * 31 + key.charCodeAt(n > 2 ? n - 3 : 0)) | 0;
  h = (h * 31 + key.charCodeAt(n > 6 ? n - 7 : 0)) | 0;
  h = (h * 31 + key.charCodeAt(n > 12 ? n - 13 : 0)) | 0;
  return (h ^ (h >>> 15)) & mask;
}

export class StringTable<V> {
  /** Each bucket: keys and values alternating; undefined for an empty bucket. */
  private readonly buckets: Array<Array<string | V> | undefined>;
  private readonly mask: number;
  /** Set instead of the buckets once one grew past {@link MAX_BUCKET}. */
  private map: Map<string, V> | undefined;
  private count = 0;

  /** A table for about `expected` keys (it takes any number). */
  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2 && size < 1 << 20) size *= 2;
    this.buckets = new Array<Array<string | V> | undefined>(size).fill(undefined);
    this.mask = size - 1;
  }

  /** A table of `entries`; the first value of a repeated key is kept. */
  static of<V>(entries: Iterable<readonly [string, V]>): StringTable<V> {
    const list = [...entries];
    const table = new StringTable<V>(list.length);
    for (const [key, value] of list) table.add(key, value);
    return table;
  }

  get size(): number {
    return this.count;
  }

  /** Whether the table has turned into a `Map` (a bucket grew past {@link MAX_BUCKET}); for tests. */
  get isMap(): boolean {
    return this.map !== undefined;
  }

  /** Adds `key` unless it is there already (the first value is kept); false when it was. */
  add(key: string, value: V): boolean {
    if (this.map !== undefined) {
      if (this.map.has(key)) return false;
      this.map.set(key, value);
      this.count++;
      return true;
    }
    const at = bucketOf(key, this.mask);
    let bucket = this.buckets[at];
    if (bucket === undefined) this.buckets[at] = bucket = [];
    for (let i = 0; i < bucket.length; i += 2) if (bucket[i] === key) return false;
    bucket.push(key, value);
    this.count++;
    if (bucket.length > MAX_BUCKET * 2) this.toMap();
    return true;
  }

  get(key: string): V | undefined {
    if (this.map !== undefined) return this.map.get(key);
    const bucket = this.buckets[bucketOf(key, this.mask)];
    if (bucket === undefined) return undefined;
    for (let i = 0; i < bucket.length; i += 2) if (bucket[i] === key) return bucket[i + 1] as V;
    return undefined;
  }

  private toMap(): void {
    const map = new Map<string, V>();
    for (const bucket of this.buckets) {
      if (bucket === undefined) continue;
      for (let i = 0; i < bucket.length; i += 2) map.set(bucket[i] as string, bucket[i + 1] as V);
    }
    this.map = map;
    this.buckets.length = 0;
  }
}
