/**
 * Test helper: checks that a string check runs in time roughly proportional to its input length,
 * by timing it on a 10,000-character and a 100,000-character input built the same way.
 *
 * No absolute time is asserted (CI machines differ): only the ratio. Linear behaviour gives a
 * ratio near 10 (near 1 when the check rejects early); quadratic backtracking gives ~100 and
 * exponential backtracking never finishes. The limit, 40, leaves 4x slack for noise (GC, a
 * parallel test file, CPU caches: 100k characters no longer fit in L1). Each measurement repeats
 * the call enough times to take ≥ 2 ms on the small input, alternates small and large runs and
 * keeps the minimum of 5 of each, which filters out pauses; a measurement over the limit is
 * retried twice before the assertion fails.
 */

import assert from 'node:assert/strict';

const SMALL = 10_000;
const LARGE = 100_000;
const MAX_RATIO = 40;
const RUNS = 5;
const ATTEMPTS = 3;
const MIN_SMALL_NS = 2_000_000n;
const MAX_REPS = 1 << 16;

function timeReps(check: (v: unknown) => boolean, input: string, reps: number): bigint {
  const start = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) check(input);
  return process.hrtime.bigint() - start;
}

/** Minimum over {@link RUNS} rounds, small and large interleaved so that a burst of load hits both. */
function measure(check: (v: unknown) => boolean, small: string, large: string, reps: number): [number, number] {
  let minSmall = timeReps(check, small, reps);
  let minLarge = timeReps(check, large, reps);
  for (let r = 1; r < RUNS; r++) {
    const s = timeReps(check, small, reps);
    if (s < minSmall) minSmall = s;
    const l = timeReps(check, large, reps);
    if (l < minLarge) minLarge = l;
  }
  return [Number(minSmall), Number(minLarge)];
}

/** What {@link assertLinear} measured, for reporting. */
export interface LinearMeasurement {
  readonly reps: number;
  readonly smallNs: number;
  readonly largeNs: number;
  readonly ratio: number;
}

/**
 * Asserts that `check(build(100_000))` takes at most 40x as long as `check(build(10_000))`.
 *
 * @param label - names the case in the failure message
 * @param check - the check under test
 * @param build - makes an adversarial input of (about) the given length
 * @param sizes - the two lengths, 10x apart (default 10,000 and 100,000)
 */
export function assertLinear(
  label: string,
  check: (v: unknown) => boolean,
  build: (n: number) => string,
  sizes: readonly [small: number, large: number] = [SMALL, LARGE],
): LinearMeasurement {
  // Flatten the strings (String.prototype.repeat/concat build ropes) and warm up the regex tiers.
  const small = build(sizes[0]).split('').join('');
  const large = build(sizes[1]).split('').join('');
  for (let i = 0; i < 20; i++) {
    check(small);
    check(large);
  }
  // Calibrate on the fastest of 3 timings, so that a burst of load does not leave reps too low.
  const fastest = (reps: number): bigint => {
    let min = timeReps(check, small, reps);
    for (let i = 0; i < 2; i++) {
      const t = timeReps(check, small, reps);
      if (t < min) min = t;
    }
    return min;
  };
  let reps = 1;
  while (reps < MAX_REPS && fastest(reps) < MIN_SMALL_NS) reps *= 2;
  // A linear check passes on the first attempt unless the machine is busy; a non-linear one
  // fails every attempt.
  let smallNs = 0;
  let largeNs = 0;
  let ratio = Infinity;
  for (let attempt = 0; attempt < ATTEMPTS && ratio > MAX_RATIO; attempt++) {
    [smallNs, largeNs] = measure(check, small, large, reps);
    ratio = largeNs / Math.max(smallNs, 1);
  }
  assert.ok(
    ratio <= MAX_RATIO,
    `${label}: ${large.length} chars took ${ratio.toFixed(1)}x as long as ${small.length} chars (limit ${MAX_RATIO}x); ` +
      `${reps} reps: ${(smallNs / 1e6).toFixed(2)} ms vs ${(largeNs / 1e6).toFixed(2)} ms`,
  );
  return { reps, smallNs, largeNs, ratio };
}
