/**
 * A short text for a value in a failure note. Never throws: mutants hold BigInt (JSON.stringify
 * throws) and objects with own `toString`/`valueOf` keys that are not functions (String() throws).
 */
export function preview(v: unknown, max = 80): string {
  let text: string;
  try {
    if (typeof v === 'bigint') text = `${v}n`;
    else if (typeof v === 'number' && (Object.is(v, -0) || !Number.isFinite(v))) text = Object.is(v, -0) ? '-0' : String(v);
    else text = JSON.stringify(v) ?? typeof v;
  } catch {
    text = `(${typeof v} that JSON cannot show)`;
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
