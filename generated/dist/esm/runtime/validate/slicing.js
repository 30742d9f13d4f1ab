import { arrayShape, checkCount, missing } from "./cardinality.js";
import { fastMode } from "./context.js";
import { jsonEquals, jsonMatches } from "./fixed-pattern.js";
import { isObject } from "./guard.js";
import { at, here, itemAt, toChild, toItem } from "./shape.js";
import { ROOT_PATH } from "./paths.js";
const tooFewTexts = /* @__PURE__ */ new WeakMap();
function tooFew(slice, n) {
  let texts = tooFewTexts.get(slice);
  if (texts === void 0) tooFewTexts.set(slice, texts = []);
  return texts[n] ??= `Slice ${JSON.stringify(slice.name)}: at least ${slice.min} required, found ${n}`;
}
function push(out, value, repeats, type) {
  if (value === void 0 || value === null) return;
  if (repeats && Array.isArray(value)) {
    for (const item of value) if (item !== void 0 && item !== null) out.push({ value: item, type });
  } else out.push({ value, type });
}
function select(v, path) {
  let current = [{ value: v, type: void 0 }];
  for (const [name, repeats] of path) {
    const next = [];
    for (const { value } of current) {
      if (!isObject(value)) continue;
      if (name.endsWith("[x]")) {
        const stem = name.slice(0, -3);
        for (const key of Object.keys(value)) {
          const c = key.charCodeAt(stem.length);
          if (key.length > stem.length && key.startsWith(stem) && c >= 65 && c <= 90) push(next, value[key], repeats, key.slice(stem.length));
        }
      } else if (Object.prototype.hasOwnProperty.call(value, name)) push(next, value[name], repeats, void 0);
    }
    current = next;
  }
  return current;
}
function discValue(v, path, expected) {
  for (const found of select(v, path)) if (jsonEquals(found.value, expected)) return true;
  return false;
}
function discPattern(v, path, pattern) {
  for (const found of select(v, path)) if (jsonMatches(found.value, pattern)) return true;
  return false;
}
function discExists(v, path, exists) {
  return select(v, path).length > 0 === exists;
}
function discType(v, path, types) {
  for (const found of select(v, path)) {
    const type = found.type ?? (isObject(found.value) ? found.value["resourceType"] : void 0);
    if (typeof type === "string" && types.includes(type)) return true;
  }
  return false;
}
function discProfile(v, path, check, x, d) {
  const fast = fastMode(x);
  for (const found of select(v, path)) if (check(found.value, fast, ROOT_PATH, d)) return true;
  return false;
}
function zeros(n) {
  if (n === 1) return [0];
  if (n === 2) return [0, 0];
  if (n === 3) return [0, 0, 0];
  const counts = [];
  for (let i = 0; i < n; i++) counts.push(0);
  return counts;
}
function matchingSlice(s, item, x, d) {
  const fast = fastMode(x);
  for (let j = 0; j < s.slices.length; j++) if (s.slices[j]?.match(item, fast, d)) return j;
  return -1;
}
function checkSliced(v, x, p, seg, d, min, max, s) {
  if (v === void 0) {
    const present = min === 0 || missing(x, p, seg, min);
    if (!present && x.c === null) return false;
    return checkSlicesAbsent(x, toChild(x, p, seg), s) && present;
  }
  const q = toChild(x, p, seg);
  if (!arrayShape(v, x, q)) return false;
  let ok = checkCount(v.length, x, q, min, max);
  if (!ok && x.c === null) return false;
  let counts;
  let last = -1;
  let unmatchedSeen = false;
  for (let i = 0; i < v.length; i++) {
    const item = v[i];
    if (item === null || item === void 0) {
      if (x.c === null) return false;
      ok = false;
      x.c.add("error", "structure", itemAt(x, q, i), "null is not allowed here (only in primitive arrays with _ extensions)");
      continue;
    }
    const k = s.index !== void 0 ? s.index(item) : matchingSlice(s, item, x, d + 1);
    let itemOk = true;
    const slice = k >= 0 ? s.slices[k] : void 0;
    if (slice === void 0) {
      if (s.rules === "closed") {
        itemOk = false;
        x.c?.add("error", "structure", itemAt(x, q, i), `Item matches no slice of ${s.element}, and the slicing is closed`);
      } else {
        unmatchedSeen = true;
        if (!s.base(item, x, toItem(x, q, i), d + 1)) itemOk = false;
      }
    } else {
      counts ??= zeros(s.slices.length);
      counts[k] = (counts[k] ?? 0) + 1;
      if (s.ordered && k < last) {
        itemOk = false;
        x.c?.add("error", "structure", itemAt(x, q, i), `Item of slice ${JSON.stringify(slice.name)} is out of order: the slices of ${s.element} are ordered`);
      }
      if (s.rules === "openAtEnd" && unmatchedSeen) {
        itemOk = false;
        x.c?.add("error", "structure", itemAt(x, q, i), `Item of slice ${JSON.stringify(slice.name)} comes after an item that matches no slice (${s.element} is openAtEnd)`);
      }
      if (k > last) last = k;
      if (!slice.check(item, x, toItem(x, q, i), d + 1)) itemOk = false;
    }
    if (!itemOk) {
      if (x.c === null) return false;
      ok = false;
    }
  }
  for (let j = 0; j < s.slices.length; j++) {
    const slice = s.slices[j];
    const n = counts?.[j] ?? 0;
    if (slice === void 0) continue;
    if (n < slice.min) {
      if (x.c === null) return false;
      ok = false;
      x.c.add("error", "required", here(x, q), tooFew(slice, n));
    } else if (slice.max >= 0 && n > slice.max) {
      if (x.c === null) return false;
      ok = false;
      x.c.add("error", "structure", here(x, q), `Slice ${JSON.stringify(slice.name)}: at most ${slice.max} allowed, found ${n}`);
    }
  }
  return ok;
}
function checkSlicesAbsent(x, q, s) {
  let ok = true;
  for (const slice of s.slices) {
    if (slice.min > 0) {
      if (x.c === null) return false;
      ok = false;
      x.c.add("error", "required", here(x, q), tooFew(slice, 0));
    }
  }
  return ok;
}
function slicingNotChecked(v, x, p, seg, element, reason) {
  if (v !== void 0) x.c?.add("information", "not-supported", at(x, p, seg), `Slicing of ${element} not checked: ${reason}`);
  return true;
}
export {
  checkSliced,
  checkSlicesAbsent,
  discExists,
  discPattern,
  discProfile,
  discType,
  discValue,
  slicingNotChecked
};
