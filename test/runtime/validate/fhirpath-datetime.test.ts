/**
 * Date-time ordering in the translated invariants (fpOrderValues) against fhirpath.js: the same
 * verdict for per-1 (`start <= end`) on values with and without offsets, in DST gaps and with years
 * below 100, in several machine timezones (fhirpath.js reads a value without offset as local time,
 * so its verdict depends on the timezone; the translation must follow it, not be "more right").
 * Regression: an example Encounter's period `…T10:30:00+00:00` to `…T10:38:00` bailed to
 * fhirpath.js, at ~190 µs a comparison.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { compileInvariant } from '../../../generator/runtime/validate/fhirpath.js';
import { fpOrderValues } from '../../../generator/runtime/validate/fhirpath-lite.js';

const PER_1 = compileInvariant({ key: 'per-1', path: 'Period', expression: 'start.empty() or end.empty() or (start <= end)', severity: 'error', human: 'If present, start SHALL have a lower value than end' });

const VALUES = [
  '2019-05-01T10:30:00+00:00',
  '2019-05-01T10:38:00',
  '2019-05-01T05:08:00',
  '2019-05-01T15:38:00',
  '2019-05-01T10:38:00Z',
  '2019-05-01T10:38:00-05:00',
  '2019-05-01T10:38:00+05:30',
  '0050-01-01T00:00:00Z',
  '0050-01-01T00:00:00',
  '2019-03-31T01:30:00',
  '2019-03-31T01:30:00+01:00',
  '2019-03-10T02:30:00',
  '2019-03-10T02:30:00-05:00',
  '2019-05-01T10:38:00.5',
  '2019-05-01T10:38:00.4+00:00',
];

const TIMEZONES = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Europe/London', 'Australia/Lord_Howe'];
const original = process.env['TZ'];
after(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

describe('date-time ordering of translated invariants', () => {
  it('gives fhirpath.js its verdict for every pair of values, in every timezone', () => {
    let compared = 0;
    for (const tz of TIMEZONES) {
      process.env['TZ'] = tz;
      for (const start of VALUES) {
        for (const end of VALUES) {
          let order: number | undefined;
          try {
            order = fpOrderValues(start, end);
          } catch {
            continue; // bails to fhirpath.js: nothing to compare
          }
          const node = { start, end };
          assert.equal(order === undefined ? undefined : order <= 0, PER_1(node, node, node), `${tz}: ${start} <= ${end}`);
          compared++;
        }
      }
    }
    // Only fractions of different lengths bail (13 values have none, 2 have one digit: 13² + 2²
    // pairs are decided without fhirpath.js).
    assert.equal(compared, TIMEZONES.length * (13 * 13 + 2 * 2));
  });

  it('orders a value without offset as local time (the verdict changes with the timezone)', () => {
    const verdicts = TIMEZONES.map((tz) => {
      process.env['TZ'] = tz;
      return (fpOrderValues('2019-05-01T10:30:00+00:00', '2019-05-01T10:38:00') ?? 0) <= 0;
    });
    // 10:38 local is after 10:30 UTC in UTC and New York; before it in Kolkata, London (BST) and Lord Howe.
    assert.deepEqual(verdicts, [true, true, false, false, false]);
  });
});
