import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  MAX_STRING_LENGTH,
  PRIMITIVE_CHECKS,
  isValidBase64Binary,
  isValidBoolean,
  isValidCode,
  isValidDate,
  isValidDateTime,
  isValidDecimal,
  isValidId,
  isValidInstant,
  isValidInteger,
  isValidMarkdown,
  isValidOid,
  isValidPositiveInt,
  isValidString,
  isValidTime,
  isValidUnsignedInt,
  isValidUri,
  isValidUuid,
  primitiveDiagnostic,
} from '../../../generator/runtime/validate/primitives.js';
import type { Stu3PrimitiveType } from '../../../generator/runtime/validate/primitives.js';
import { assertLinear } from './linear.js';

interface Table {
  readonly valid: readonly unknown[];
  readonly invalid: readonly unknown[];
}

/** Valid and invalid values per type, from the STU3 datatypes page and its regexes. */
const TABLES: Record<Stu3PrimitiveType, Table> = {
  boolean: {
    valid: [true, false],
    invalid: ['true', 'false', 0, 1, null, undefined, [], {}],
  },
  integer: {
    valid: [0, -0, 1, -1, 42, 2147483647, -2147483648, 1.0],
    invalid: [2147483648, -2147483649, 1.5, 1e10, NaN, Infinity, -Infinity, '1', null, true, 2n],
  },
  unsignedInt: {
    valid: [0, 1, 2147483647],
    invalid: [-1, -0, 2147483648, 1.5, NaN, '0', null],
  },
  positiveInt: {
    valid: [1, 2, 2147483647],
    invalid: [0, -0, -1, 2147483648, 0.5, 1.5, Infinity, '1'],
  },
  decimal: {
    valid: [0, -0, 1, 1.5, -3.25, 0.000001, 1e-10, 1e300, Number.MAX_VALUE, -Number.MAX_VALUE],
    invalid: [NaN, Infinity, -Infinity, '1.5', null, true, 1n],
  },
  string: {
    valid: ['a', ' ', '\t', ' padded ', 'ünïcödé 😀', 'line\nbreak', '\u0000', 'x'.repeat(MAX_STRING_LENGTH)],
    invalid: ['', 'x'.repeat(MAX_STRING_LENGTH + 1), 1, null, ['a'], { value: 'a' }],
  },
  markdown: {
    valid: ['# Title', '*emphasis*', ' ', 'x'.repeat(MAX_STRING_LENGTH)],
    invalid: ['', 'x'.repeat(MAX_STRING_LENGTH + 1), 1, null],
  },
  uri: {
    valid: [
      'http://hl7.org/fhir',
      'https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1',
      'urn:oid:1.2.3',
      'urn:uuid:c757873d-ec9a-4326-a141-556f43239520',
      'Patient/123',
      '#contained',
      'a',
      'http://example.org/\u00e4',
      'a\u00a0b', // XML Schema \s is space/tab/CR/LF only; NBSP is not whitespace there
    ],
    invalid: ['', ' ', 'http://a b', ' http://a', 'http://a ', 'http://a\n', 'a\tb', 'a\rb', 1, null],
  },
  base64Binary: {
    valid: [
      'AAAA',
      'aGVsbG8=',
      'YQ==',
      'ab+/',
      'AAAA AAAA',
      ' AAAA\nBBBB\r\n',
      'QUJD\tREVG',
      'PGRpdj5oZWxsbzwvZGl2Pg==',
    ],
    invalid: ['', '    ', 'AAA', 'AAAAA', 'AA AA', 'AAAA!', 'AAAA-___', 'YQ', '\u00e4AAA', 1, null],
  },
  instant: {
    valid: [
      '2015-02-07T13:28:17.239+02:00',
      '2017-01-01T00:00:00Z',
      '2017-01-01T00:00:00.000Z',
      '2017-01-01T23:59:59.1-14:00',
      '2017-01-01T12:00:00+14:00',
      '2016-02-29T00:00:00Z',
    ],
    invalid: [
      '2015-02-07T13:28:17', // time zone required
      '2015-02-07', // known at least to the second
      '2015-02',
      '2015',
      '2015-02-07T13:28Z', // seconds required
      '2015-02-07T13:28:17.Z',
      '2015-02-07T24:00:00Z',
      '2015-02-07T13:28:17+15:00',
      '2015-02-07T13:28:17+14:30',
      '2016-12-31T23:59:60Z', // no leap second in STU3
      '2017-02-29T00:00:00Z', // not a calendar date
      '2015-02-07t13:28:17Z',
      ' 2015-02-07T13:28:17Z',
      '',
      1423315697,
    ],
  },
  date: {
    valid: ['2018', '2018-01', '2018-01-31', '2016-02-29', '2000-02-29', '0001', '-0044-03-15', '2018-04-30'],
    invalid: [
      '2018-1',
      '18',
      '218',
      '20180',
      '2018-13',
      '2018-00',
      '2018-01-00', // the STU3 regex allows day 00; "Dates SHALL be valid dates" does not
      '2018-02-30',
      '2017-02-29',
      '1900-02-29',
      '2018-04-31',
      '2018-01-32',
      '2018-01-01T00:00:00Z', // a dateTime, not a date
      '2018/01/01',
      '20180101',
      '2018-01-01 ',
      '',
      2018,
      null,
    ],
  },
  dateTime: {
    valid: [
      '2018',
      '2018-01',
      '2018-01-31',
      '2015-02-07T13:28:17-05:00',
      '2017-01-01T00:00:00.000Z',
      '2017-01-01T00:00:00+14:00',
      '2017-01-01T00:00:00.123456789+05:30',
      '2016-02-29T12:00:00Z',
    ],
    invalid: [
      '2015-02-07T13:28:17', // time zone SHALL be populated when there is a time
      '2015-02-07T13:28Z', // seconds must be provided
      '2015-02-07T13Z',
      '2018-01T00:00:00Z', // a time needs a full date
      '2018T00:00:00Z',
      '2016-12-31T23:59:60Z', // STU3 seconds are [0-5][0-9]: no leap second (R4 added it)
      '2017-02-29T10:00:00Z',
      '2015-02-07T13:28:17+1:00',
      '2015-02-07T13:28:17+14:01',
      '2015-02-07 13:28:17Z',
      '2018-1',
      '',
      null,
    ],
  },
  time: {
    valid: ['00:00:00', '23:59:59', '13:28:17.239', '12:00:00.0'],
    invalid: ['24:00:00', '13:28', '13:28:17Z', '13:28:17+01:00', '23:59:60', '1:02:03', '13:60:00', '13:28:17.', '', 0],
  },
  code: {
    valid: ['a', 'final', 'entered-in-error', 'a b', 'a b c', 'a\tb', 'http://x|y', '\u00e4'],
    invalid: ['', ' ', '\n', ' a', 'a ', 'a  b', 'a\n\nb', 'a \tb', 1, null],
  },
  oid: {
    valid: ['urn:oid:1.2.3.4.5', 'urn:oid:2.16.840.1.113883.2.1.4.1', 'urn:oid:0', 'urn:oid:1', 'urn:oid:3.1'],
    invalid: ['urn:oid:1.02', 'urn:oid:01', 'urn:oid:', 'urn:oid:1.', 'urn:oid:.1', 'urn:oid:1..2', '1.2.3', 'URN:OID:1.2', ''],
  },
  id: {
    valid: ['a', 'ABC-123.x', '1', 'a'.repeat(64), 'c757873d-ec9a-4326-a141-556f43239520'],
    invalid: ['', 'a'.repeat(65), 'a_b', 'a b', 'a/b', '\u00e4', 1, null],
  },
  uuid: {
    valid: ['urn:uuid:c757873d-ec9a-4326-a141-556f43239520', 'urn:uuid:00000000-0000-0000-0000-000000000000'],
    invalid: [
      'urn:uuid:C757873D-EC9A-4326-A141-556F43239520',
      'c757873d-ec9a-4326-a141-556f43239520',
      'urn:uuid:c757873d-ec9a-4326-a141-556f4323952',
      'urn:uuid:c757873dec9a4326a141556f43239520',
      'urn:uuid:c757873d-ec9a-4326-a141-556f43239520 ',
      '',
    ],
  },
};

function show(v: unknown): string {
  if (typeof v === 'string') return v.length > 40 ? `<string of ${v.length}>` : JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  return Object.is(v, -0) ? '-0' : String(v);
}

describe('primitives: valid/invalid tables', () => {
  for (const [type, table] of Object.entries(TABLES) as [Stu3PrimitiveType, Table][]) {
    it(type, () => {
      const check = PRIMITIVE_CHECKS[type];
      for (const v of table.valid) assert.equal(check(v), true, `${type} should accept ${show(v)}`);
      for (const v of table.invalid) assert.equal(check(v), false, `${type} should reject ${show(v)}`);
    });
  }
});

describe('primitives: PRIMITIVE_CHECKS', () => {
  it('has exactly the 17 STU3 primitive types, each bound to its exported check', () => {
    assert.deepEqual(PRIMITIVE_CHECKS, {
      boolean: isValidBoolean,
      integer: isValidInteger,
      string: isValidString,
      decimal: isValidDecimal,
      uri: isValidUri,
      base64Binary: isValidBase64Binary,
      instant: isValidInstant,
      date: isValidDate,
      dateTime: isValidDateTime,
      time: isValidTime,
      code: isValidCode,
      oid: isValidOid,
      id: isValidId,
      markdown: isValidMarkdown,
      unsignedInt: isValidUnsignedInt,
      positiveInt: isValidPositiveInt,
      uuid: isValidUuid,
    });
    assert.ok(Object.isFrozen(PRIMITIVE_CHECKS));
  });
});

describe('primitives: same language as the STU3 regexes (fast-check differential)', () => {
  // The spec regexes with XML Schema \s, run only on short strings where their backtracking is harmless.
  const specCode = /^[^ \t\n\r]+(?:[ \t\n\r]?[^ \t\n\r]+)*$/;
  const specBase64 = /^(?:[ \t\n\r]*[0-9a-zA-Z+/=]{4}[ \t\n\r]*)+$/;

  it('code agrees with [^\\s]+([\\s]?[^\\s]+)*', () => {
    const unit = fc.constantFrom('a', 'b', ' ', '\t', '\n', '\r', '\u00a0');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 14 }), (s) => isValidCode(s) === specCode.test(s)),
      { numRuns: 5000 },
    );
  });

  it('base64Binary agrees with (\\s*([0-9a-zA-Z\\+/\\=]){4}\\s*)+', () => {
    const unit = fc.constantFrom('A', 'z', '0', '+', '/', '=', ' ', '\n', '-', '_');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 14 }), (s) => isValidBase64Binary(s) === specBase64.test(s)),
      { numRuns: 5000 },
    );
  });

  it('date, dateTime and instant accept exactly the calendar dates (oracle: Date.UTC)', () => {
    const two = (n: number): string => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 2999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 31 }),
        (year, month, day) => {
          const exists = day >= 1 && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
          const d = `${year}-${two(month)}-${two(day)}`;
          return (
            isValidDate(d) === exists &&
            isValidDateTime(d) === exists &&
            isValidDateTime(`${d}T10:00:00Z`) === exists &&
            isValidInstant(`${d}T10:00:00.5+01:00`) === exists
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('primitives: linear time on adversarial 10k/100k inputs', () => {
  const cases: [string, (v: unknown) => boolean, (n: number) => string][] = [
    // code: the STU3 regex backtracks exponentially on a long word followed by whitespace
    ['code, long word + trailing space', isValidCode, (n) => 'a'.repeat(n) + ' '],
    ['code, words + double space', isValidCode, (n) => 'ab '.repeat(n / 3) + ' x'],
    ['code, word + 2 newlines', isValidCode, (n) => 'a'.repeat(n) + '\n\n'],
    ['code, valid words', isValidCode, (n) => 'ab '.repeat(n / 3) + 'x'],
    ['uri, long + space', isValidUri, (n) => 'a'.repeat(n) + ' '],
    ['id, long', isValidId, (n) => 'a'.repeat(n)],
    ['oid, many arcs + trailing dot', isValidOid, (n) => 'urn:oid:1' + '.1'.repeat(n / 2) + '.'],
    ['oid, long arc + junk', isValidOid, (n) => 'urn:oid:1.' + '1'.repeat(n) + 'x'],
    ['oid, leading zeros', isValidOid, (n) => 'urn:oid:' + '0'.repeat(n)],
    ['uuid, long', isValidUuid, (n) => 'urn:uuid:' + 'a'.repeat(n)],
    ['date, repeated month groups', isValidDate, (n) => '2018' + '-01'.repeat(n / 3)],
    ['date, digits', isValidDate, (n) => '2'.repeat(n)],
    ['dateTime, long fraction, no zone', isValidDateTime, (n) => '2018-01-01T00:00:00.' + '0'.repeat(n)],
    ['dateTime, long fraction, valid', isValidDateTime, (n) => '2018-01-01T00:00:00.' + '0'.repeat(n) + 'Z'],
    ['dateTime, long fraction + bad zone', isValidDateTime, (n) => '2018-01-01T00:00:00.' + '0'.repeat(n) + '+14:01'],
    ['instant, long fraction, no zone', isValidInstant, (n) => '2018-01-01T00:00:00.' + '0'.repeat(n)],
    ['time, long fraction + junk', isValidTime, (n) => '00:00:00.' + '0'.repeat(n) + 'x'],
    ['base64Binary, groups + odd char', isValidBase64Binary, (n) => 'AAAA'.repeat(n / 4) + 'A'],
    ['base64Binary, spaced groups + odd char', isValidBase64Binary, (n) => 'AAAA '.repeat(n / 5) + 'A'],
    ['base64Binary, whitespace + junk', isValidBase64Binary, (n) => ' '.repeat(n) + '!'],
    ['base64Binary, valid', isValidBase64Binary, (n) => 'AAAA\n'.repeat(n / 5)],
    ['string, long', isValidString, (n) => 'a'.repeat(n)],
    ['markdown, long', isValidMarkdown, (n) => '*'.repeat(n)],
    ['integer, digit string', isValidInteger, (n) => '1'.repeat(n)],
  ];
  for (const [label, check, build] of cases) {
    it(label, () => {
      assertLinear(label, check, build);
    });
  }

  it('(self-test) the ratio check catches quadratic backtracking', () => {
    // Unanchored /a*b/ retries from every start position: O(n^2) on 'aaa...a'. Small sizes keep it quick.
    const quadratic = (v: unknown): boolean => typeof v === 'string' && /a*b/.test(v);
    assert.throws(() => assertLinear('quadratic', quadratic, (n) => 'a'.repeat(n), [200, 2000]), /limit 40x/);
  });
});

describe('primitiveDiagnostic', () => {
  it('names the JSON type found when it is the wrong one', () => {
    assert.equal(primitiveDiagnostic('boolean', 'true'), 'FHIR boolean must be a JSON boolean, found string');
    assert.equal(primitiveDiagnostic('integer', '1'), 'FHIR integer must be a JSON number, found string');
    assert.equal(primitiveDiagnostic('date', 20180101), 'FHIR date must be a JSON string, found number');
    assert.equal(primitiveDiagnostic('string', ['a']), 'FHIR string must be a JSON string, found array');
    assert.equal(primitiveDiagnostic('decimal', Infinity), 'FHIR decimal must be a JSON number, found Infinity');
    assert.equal(primitiveDiagnostic('code', undefined), 'FHIR code must be a JSON string, found undefined');
  });

  it('explains an empty string', () => {
    assert.equal(
      primitiveDiagnostic('code', ''),
      'Empty string is not a valid FHIR code: STU3 JSON string values can never be empty (omit the property instead)',
    );
  });

  it('explains a day that does not exist', () => {
    assert.equal(
      primitiveDiagnostic('date', '2018-02-30'),
      '"2018-02-30" is not a valid FHIR date: day 30 does not exist in 2018-02',
    );
    assert.equal(
      primitiveDiagnostic('dateTime', '2017-02-29T10:00:00Z'),
      '"2017-02-29T10:00:00Z" is not a valid FHIR dateTime: day 29 does not exist in 2017-02',
    );
  });

  it('says what was expected', () => {
    assert.equal(
      primitiveDiagnostic('dateTime', '2015-02-07T13:28:17'),
      '"2015-02-07T13:28:17" is not a valid FHIR dateTime: expected YYYY, YYYY-MM, YYYY-MM-DD or ' +
        'YYYY-MM-DDThh:mm:ss[.sss] with a time zone (Z or +hh:mm / -hh:mm), a valid calendar date',
    );
    assert.equal(
      primitiveDiagnostic('integer', 2147483648),
      '2147483648 is not a valid FHIR integer: expected a whole number from -2147483648 to 2147483647',
    );
  });

  it('never echoes a long hostile value in full', () => {
    const d = primitiveDiagnostic('id', 'x'.repeat(100_000));
    assert.ok(d.length < 200, d);
    assert.ok(d.startsWith(`"${'x'.repeat(64)}…"`), d);
    const big = primitiveDiagnostic('string', 'x'.repeat(MAX_STRING_LENGTH + 1));
    assert.equal(big, `FHIR string of ${MAX_STRING_LENGTH + 1} characters exceeds the limit of ${MAX_STRING_LENGTH} (1 MB)`);
  });

  it('says so for a valid value', () => {
    assert.equal(primitiveDiagnostic('code', 'final'), '"final" is a valid FHIR code');
  });
});
