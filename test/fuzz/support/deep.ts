/**
 * Deep copy and deep comparison of JSON-like values without recursion: mutants nest thousands of
 * levels deep (and stack further mutations on that), past where structuredClone and
 * util.isDeepStrictEqual overflow the call stack. Plain objects and arrays are walked; every other
 * value (primitives, NaN, -0, BigInt, undefined) is copied and compared as itself (`Object.is`).
 * Own `__proto__` keys stay own data properties.
 */

type Container = Record<string, unknown> | unknown[];

function isContainer(v: unknown): v is Container {
  return typeof v === 'object' && v !== null;
}

function setOwn(target: Container, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function deepCopy<T>(value: T): T {
  if (!isContainer(value)) return value;
  const root: Container = Array.isArray(value) ? [] : {};
  const stack: Array<[from: Container, to: Container]> = [[value, root]];
  while (stack.length > 0) {
    const [from, to] = stack.pop() as [Container, Container];
    for (const key of Object.keys(from)) {
      const v = (from as Record<string, unknown>)[key];
      if (isContainer(v)) {
        const copy: Container = Array.isArray(v) ? [] : {};
        setOwn(to, Array.isArray(to) ? Number(key) : key, copy);
        stack.push([v, copy]);
      } else {
        setOwn(to, Array.isArray(to) ? Number(key) : key, v);
      }
    }
  }
  return root as T;
}

/** Same shape, same prototypes, same keys in the same order, same leaves. */
export function deepSame(a: unknown, b: unknown): boolean {
  const stack: Array<[unknown, unknown]> = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop() as [unknown, unknown];
    if (!isContainer(x) || !isContainer(y)) {
      if (!Object.is(x, y)) return false;
      continue;
    }
    if (Array.isArray(x) !== Array.isArray(y) || Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.length !== ky.length || kx.some((k, i) => k !== ky[i])) return false;
    for (const k of kx) stack.push([(x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]]);
  }
  return true;
}
