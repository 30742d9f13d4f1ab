import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import fc from 'fast-check';

import type { GpConnectJwtInput } from '../../../generator/runtime/gpconnect/index.js';
import {
  base64UrlDecode,
  base64UrlEncode,
  buildGpConnectJwtClaims,
  decodeJwt,
  encodeUnsignedJwt,
  GP_CONNECT_REQUESTED_SCOPES,
  GpConnectInputError,
  SDS_UNKNOWN,
  validateGpConnectJwt,
  validateGpConnectJwtClaims,
} from '../../../generator/runtime/gpconnect/index.js';
import { PAGE_EXAMPLE_INPUT } from './jwt-fixtures.js';

const text = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).filter((s) => s.trim() !== '');
const systemUrl = fc.oneof(fc.webUrl({ withQueryParameters: true }), fc.uuid().map((uuid) => `urn:uuid:${uuid}`));
const fhirId = fc.stringMatching(/^[A-Za-z0-9\-.]{1,64}$/);
const sdsId = fc.oneof(fc.constant(SDS_UNKNOWN), fc.stringMatching(/^[0-9]{12}$/));
const clockMs = fc.integer({ min: 0, max: 4_102_444_800_000 });

/** Any input the page allows. */
const validInput: fc.Arbitrary<GpConnectJwtInput> = fc.record(
  {
    iss: fc.webUrl(),
    aud: fc.webUrl({ withFragments: true }),
    requested_scope: fc.constantFrom(...Object.values(GP_CONNECT_REQUESTED_SCOPES)),
    reason_for_request: fc.constant('directcare' as const),
    requested_record: fc.record({ nhsNumber: fc.stringMatching(/^[0-9]{10}$/) }),
    requesting_device: fc.record({ identifier: fc.record({ system: systemUrl, value: text }), model: text, version: text }),
    requesting_organization: fc.record({ odsCode: fc.stringMatching(/^[A-Z0-9]{3,8}$/), name: text }),
    requesting_practitioner: fc.record({
      id: fhirId,
      name: fc.record(
        {
          family: text,
          given: fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 3 }).map((names) => names as [string, ...string[]])),
          prefix: fc.oneof(text, fc.array(text, { maxLength: 2 })),
        },
        { requiredKeys: ['family', 'given'] },
      ),
      sdsUserId: sdsId,
      sdsRoleProfileId: sdsId,
      localIdentifier: fc.record({ system: systemUrl.filter((s) => !s.includes('fhir.nhs')), value: text }),
    }),
  },
  { requiredKeys: ['iss', 'aud', 'requested_scope', 'requesting_device', 'requesting_organization', 'requesting_practitioner'] },
);

/** Strings that may well break the rules: blank, whitespace, huge, odd code points. */
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', '\n', 'UNK', '__proto__', 'a/b'), text);

describe('property: built claims', () => {
  test('any input the page allows builds, and the claims validate clean', () => {
    fc.assert(
      fc.property(validInput, clockMs, (input, now) => {
        const claims = buildGpConnectJwtClaims(input, { now: () => now });
        assert.deepEqual(validateGpConnectJwtClaims(claims), []);
        assert.equal(claims.exp - claims.iat, 300);
        assert.equal(claims.sub, input.requesting_practitioner.id);
      }),
      { numRuns: 300 },
    );
  });

  test('encode then decode gives the claims back, and the token validates clean', () => {
    fc.assert(
      fc.property(validInput, clockMs, (input, now) => {
        const claims = buildGpConnectJwtClaims(input, { now: () => now });
        const token = encodeUnsignedJwt(claims);
        const decoded = decodeJwt(token);
        assert.ok(decoded.ok);
        assert.deepEqual(decoded.payload, claims);
        assert.deepEqual(validateGpConnectJwt(token, { now }), []);
      }),
      { numRuns: 200 },
    );
  });

  test('with arbitrary leaf strings, the builder either throws GpConnectInputError or builds claims that validate clean', () => {
    const outcomes = { built: 0, threw: 0 };
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), anyString), fc.oneof(text, anyString), fc.oneof(fhirId, anyString), fc.oneof(text, anyString), fc.oneof(systemUrl, anyString), (iss, odsCode, id, family, system) => {
        const practitioner = PAGE_EXAMPLE_INPUT.requesting_practitioner;
        const input: GpConnectJwtInput = {
          ...PAGE_EXAMPLE_INPUT,
          iss,
          requesting_organization: { odsCode, name: 'Org' },
          requesting_practitioner: { ...practitioner, id, name: { family, given: 'G' }, localIdentifier: { system, value: '1' } },
        };
        let claims;
        try {
          claims = buildGpConnectJwtClaims(input, { now: () => 0 });
        } catch (error) {
          assert.ok(error instanceof GpConnectInputError, String(error));
          assert.ok(error.issues.length > 0);
          outcomes.threw++;
          return;
        }
        assert.deepEqual(validateGpConnectJwtClaims(claims), []);
        outcomes.built++;
      }),
      { numRuns: 500 },
    );
    assert.ok(outcomes.built > 0 && outcomes.threw > 0, `both outcomes should occur: ${JSON.stringify(outcomes)}`);
  });
});

describe('property: validation never throws', () => {
  test('claims: any value', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }), (value) => {
        assert.ok(Array.isArray(validateGpConnectJwtClaims(value)));
      }),
      { numRuns: 500 },
    );
  });

  test('claims: any JSON object, also merged over valid claims', () => {
    const valid = buildGpConnectJwtClaims(PAGE_EXAMPLE_INPUT);
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'iss', 'requesting_practitioner', 'exp')), fc.jsonValue()), (extra) => {
        assert.ok(Array.isArray(validateGpConnectJwtClaims(extra)));
        const merged: unknown = JSON.parse(JSON.stringify({ ...valid, ...extra }));
        assert.ok(Array.isArray(validateGpConnectJwtClaims(merged)));
      }),
      { numRuns: 500 },
    );
  });

  test('tokens: any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.base64String().map((s) => `${s}.${s}.`)), (token) => {
        const issues = validateGpConnectJwt(token);
        assert.ok(Array.isArray(issues));
      }),
      { numRuns: 500 },
    );
  });

  test('tokens: a valid token with characters changed, inserted or deleted', () => {
    const token = encodeUnsignedJwt(buildGpConnectJwtClaims(PAGE_EXAMPLE_INPUT));
    const edit = fc.record({ at: fc.nat({ max: token.length }), remove: fc.nat({ max: 3 }), insert: fc.string({ maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let mangled = token;
        for (const { at, remove, insert } of edits) mangled = mangled.slice(0, at) + insert + mangled.slice(at + remove);
        assert.ok(Array.isArray(validateGpConnectJwt(mangled)));
      }),
      { numRuns: 1000 },
    );
  });

  test('tokens: any JSON as header and payload', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (header, payload) => {
        const token = `${base64UrlEncode(JSON.stringify(header) ?? 'null')}.${base64UrlEncode(JSON.stringify(payload) ?? 'null')}.`;
        assert.ok(Array.isArray(validateGpConnectJwt(token)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: base64url', () => {
  test('encodes like Buffer base64url, and decodes back, for any well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (value) => {
        const encoded = base64UrlEncode(value);
        assert.equal(encoded, Buffer.from(value, 'utf8').toString('base64url'));
        assert.equal(base64UrlDecode(encoded), value);
      }),
      { numRuns: 1000 },
    );
  });
});
