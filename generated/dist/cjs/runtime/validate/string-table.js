var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var string_table_exports = {};
__export(string_table_exports, {
  StringTable: () => StringTable
});
module.exports = __toCommonJS(string_table_exports);
const MAX_BUCKET = 8;
function bucketOf(key, mask) {
  const n = key.length;
  if (n === 0) return 0;
  let h = n;
  h = h * 31 + key.charCodeAt(n - 1) | 0;
  h = h * 31 + key.charCodeAt(n >> 1) | 0;
  h = h * 31 + key.charCodeAt(n > 2 ? n - 3 : 0) | 0;
  h = h * 31 + key.charCodeAt(n > 6 ? n - 7 : 0) | 0;
  h = h * 31 + key.charCodeAt(n > 12 ? n - 13 : 0) | 0;
  return (h ^ h >>> 15) & mask;
}
class StringTable {
  /** Each bucket: keys and values alternating; undefined for an empty bucket. */
  buckets;
  mask;
  /** Set instead of the buckets once one grew past {@link MAX_BUCKET}. */
  map;
  count = 0;
  /** A table for about `expected` keys (it takes any number). */
  constructor(expected) {
    let size = 16;
    while (size < expected * 2 && size < 1 << 20) size *= 2;
    this.buckets = new Array(size).fill(void 0);
    this.mask = size - 1;
  }
  /** A table of `entries`; the first value of a repeated key is kept. */
  static of(entries) {
    const list = [...entries];
    const table = new StringTable(list.length);
    for (const [key, value] of list) table.add(key, value);
    return table;
  }
  get size() {
    return this.count;
  }
  /** Whether the table has turned into a `Map` (a bucket grew past {@link MAX_BUCKET}); for tests. */
  get isMap() {
    return this.map !== void 0;
  }
  /** Adds `key` unless it is there already (the first value is kept); false when it was. */
  add(key, value) {
    if (this.map !== void 0) {
      if (this.map.has(key)) return false;
      this.map.set(key, value);
      this.count++;
      return true;
    }
    const at = bucketOf(key, this.mask);
    let bucket = this.buckets[at];
    if (bucket === void 0) this.buckets[at] = bucket = [];
    for (let i = 0; i < bucket.length; i += 2) if (bucket[i] === key) return false;
    bucket.push(key, value);
    this.count++;
    if (bucket.length > MAX_BUCKET * 2) this.toMap();
    return true;
  }
  get(key) {
    if (this.map !== void 0) return this.map.get(key);
    const bucket = this.buckets[bucketOf(key, this.mask)];
    if (bucket === void 0) return void 0;
    for (let i = 0; i < bucket.length; i += 2) if (bucket[i] === key) return bucket[i + 1];
    return void 0;
  }
  toMap() {
    const map = /* @__PURE__ */ new Map();
    for (const bucket of this.buckets) {
      if (bucket === void 0) continue;
      for (let i = 0; i < bucket.length; i += 2) map.set(bucket[i], bucket[i + 1]);
    }
    this.map = map;
    this.buckets.length = 0;
  }
}
