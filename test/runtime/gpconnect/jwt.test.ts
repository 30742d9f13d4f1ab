import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { GpConnectJwtInput } from '../../../generator/runtime/gpconnect/index.js';
import {
  base64UrlDecode,
  base64UrlEncode,
  buildGpConnectJwtClaims,
  decodeJwt,
  encodeUnsignedJwt,
  GP_CONNECT_JWT_HEADER,
  GP_CONNECT_MANDATORY_CLAIMS,
  GpConnectInputError,
  NHS_NUMBER_SYSTEM,
  validateGpConnectJwt,
  validateGpConnectJwtClaims,
} from '../../../generator/runtime/gpconnect/index.js';
import { base64UrlDecodeBytes, base64UrlDecodeText } from '../../../generator/runtime/gpconnect/base64url.js';
import { PAGE_EXAMPLE_INPUT, pageExampleClaims, pageExampleToken } from './jwt-fixtures.js';

const at = (iat: number) => ({ now: () => iat * 1000 });

describe('the example claims of the audit page', () => {
  const page = pageExampleClaims();

  test('give one example for each mandatory claim, and nothing else', () => {
    assert.deepEqual(Object.keys(page), [...GP_CONNECT_MANDATORY_CLAIMS]);
  });

  test('validate clean', () => {
    assert.deepEqual(validateGpConnectJwtClaims(page), []);
  });

  test('are what the builder makes from the corresponding input: same claims, same structure, same key order', () => {
    const built = buildGpConnectJwtClaims(PAGE_EXAMPLE_INPUT, at(page['iat'] as number));
    assert.deepEqual(built, page);
    assert.equal(JSON.stringify(built), JSON.stringify(page));
    assert.equal(encodeUnsignedJwt(built), encodeUnsignedJwt(page as Parameters<typeof encodeUnsignedJwt>[0]));
  });
});

describe('the encoded example token of the audit page ("Complete JWT")', () => {
  const token = pageExampleToken();

  test('decodes: the page header, an empty signature, a trailing "."', () => {
    const decoded = decodeJwt(token);
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.header, GP_CONNECT_JWT_HEADER);
    assert.equal(decoded.signature, '');
    assert.ok(token.endsWith('.'));
  });

  test('re-encoding its payload with encodeUnsignedJwt gives the token back, byte for byte', () => {
    const decoded = decodeJwt(token);
    assert.ok(decoded.ok);
    assert.equal(encodeUnsignedJwt(decoded.payload), token);
  });

  // The token predates the page's 1.2.8 text: it is a GP Connect 0.x (DSTU2) token (http://fhir.nhs.net
  // systems, DSTU2 HumanName, requested_record, exp = iat + 300000). The builder cannot and must not
  // reproduce it; the validator must say exactly where it departs from 1.2.8.
  test('is a GP Connect 0.x token: validation names each departure from the 1.2.8 page', () => {
    const issues = validateGpConnectJwt(token).map(({ path, code }) => `${path} ${code}`);
    assert.deepEqual(issues, [
      'exp consistency',
      'requested_record.identifier required',
      'requesting_device.identifier[0].system value',
      'requesting_organization.identifier required',
      'requesting_practitioner.identifier[1].system value',
      'requesting_practitioner.identifier required',
      'requesting_practitioner.identifier required',
      'requesting_practitioner.name type',
    ]);
    const messages = validateGpConnectJwt(token).map((issue) => issue.message).join('\n');
    assert.match(messages, /300000 looks like milliseconds/);
    assert.match(messages, /found http:\/\/fhir\.nhs\.net\/Id\/ods-organization-code, the GP Connect 0\.x \(DSTU2\) system/);
    assert.match(messages, /found http:\/\/fhir\.nhs\.net\/sds-user-id/);
  });
});

describe('buildGpConnectJwtClaims', () => {
  test('fills the fixed and derived claims', () => {
    const claims = buildGpConnectJwtClaims(PAGE_EXAMPLE_INPUT, { now: () => 1_700_000_000_999 });
    assert.equal(claims.reason_for_request, 'directcare');
    assert.equal(claims.sub, '10019');
    assert.equal(claims.iat, 1_700_000_000);
    assert.equal(claims.exp, 1_700_000_300);
    assert.equal(claims.requested_record, undefined);
    assert.equal('requested_record' in claims, false);
  });

  test('uses Date.now by default', () => {
    const before = Math.floor(Date.now() / 1000);
    const claims = buildGpConnectJwtClaims(PAGE_EXAMPLE_INPUT);
    const after = Math.floor(Date.now() / 1000);
    assert.ok(claims.iat >= before && claims.iat <= after);
  });

  test('normalises a single given name and title to lists, and leaves out an absent or empty prefix', () => {
    const practitioner = PAGE_EXAMPLE_INPUT.requesting_practitioner;
    const single = buildGpConnectJwtClaims({ ...PAGE_EXAMPLE_INPUT, requesting_practitioner: { ...practitioner, name: { family: 'Jones', given: 'Claire', prefix: 'Dr' } } });
    assert.deepEqual(single.requesting_practitioner.name, [{ family: 'Jones', given: ['Claire'], prefix: ['Dr'] }]);
    const none = buildGpConnectJwtClaims({ ...PAGE_EXAMPLE_INPUT, requesting_practitioner: { ...practitioner, name: { family: 'Jones', given: ['Claire', 'Anne'] } } });
    assert.deepEqual(none.requesting_practitioner.name, [{ family: 'Jones', given: ['Claire', 'Anne'] }]);
    const empty = buildGpConnectJwtClaims({ ...PAGE_EXAMPLE_INPUT, requesting_practitioner: { ...practitioner, name: { family: 'Jones', given: 'Claire', prefix: [] } } });
    assert.equal('prefix' in (empty.requesting_practitioner.name[0] ?? {}), false);
  });

  test('writes requested_record only when asked, with the NHS number system', () => {
    const claims = buildGpConnectJwtClaims({ ...PAGE_EXAMPLE_INPUT, requested_record: { nhsNumber: '9000000033' } });
    assert.deepEqual(claims.requested_record, { resourceType: 'Patient', identifier: [{ system: NHS_NUMBER_SYSTEM, value: '9000000033' }] });
    assert.deepEqual(Object.keys(claims).slice(5, 8), ['reason_for_request', 'requested_record', 'requested_scope']);
  });

  test('does not share arrays with its input', () => {
    const given: [string, ...string[]] = ['Claire'];
    const claims = buildGpConnectJwtClaims({ ...PAGE_EXAMPLE_INPUT, requesting_practitioner: { ...PAGE_EXAMPLE_INPUT.requesting_practitioner, name: { family: 'Jones', given } } });
    given.push('Changed');
    assert.deepEqual(claims.requesting_practitioner.name[0]?.given, ['Claire']);
  });

  const failures: { name: string; input: () => unknown; options?: object; paths: string[] }[] = [
    { name: 'blank ODS code', input: () => ({ ...PAGE_EXAMPLE_INPUT, requesting_organization: { odsCode: ' ', name: 'X' } }), paths: ['requesting_organization.odsCode'] },
    { name: 'iss not a URL', input: () => ({ ...PAGE_EXAMPLE_INPUT, iss: 'consumersupplier' }), paths: ['iss'] },
    {
      name: 'practitioner id not a FHIR id (reported once, not also as sub)',
      input: () => ({ ...PAGE_EXAMPLE_INPUT, requesting_practitioner: { ...PAGE_EXAMPLE_INPUT.requesting_practitioner, id: 'user 1' } }),
      paths: ['requesting_practitioner.id'],
    },
    {
      name: 'local identifier without a URI system',
      input: () => ({ ...PAGE_EXAMPLE_INPUT, requesting_practitioner: { ...PAGE_EXAMPLE_INPUT.requesting_practitioner, localIdentifier: { system: 'local', value: '1' } } }),
      paths: ['requesting_practitioner.localIdentifier.system'],
    },
    { name: 'blank device version', input: () => ({ ...PAGE_EXAMPLE_INPUT, requesting_device: { ...PAGE_EXAMPLE_INPUT.requesting_device, version: '' } }), paths: ['requesting_device.version'] },
    { name: 'blank NHS number', input: () => ({ ...PAGE_EXAMPLE_INPUT, requested_record: { nhsNumber: '' } }), paths: ['requested_record.nhsNumber'] },
    { name: 'JavaScript caller: another reason_for_request', input: () => ({ ...PAGE_EXAMPLE_INPUT, reason_for_request: 'research' }), paths: ['reason_for_request'] },
    { name: 'JavaScript caller: unknown scope', input: () => ({ ...PAGE_EXAMPLE_INPUT, requested_scope: 'user/*.read' }), paths: ['requested_scope'] },
    {
      name: 'JavaScript caller: no requesting_practitioner',
      input: () => {
        const { requesting_practitioner: _, ...rest } = PAGE_EXAMPLE_INPUT;
        return rest;
      },
      paths: ['requesting_practitioner'],
    },
    { name: 'JavaScript caller: not an object', input: () => 'claims', paths: [''] },
    { name: 'clock returning NaN', input: () => PAGE_EXAMPLE_INPUT, options: { now: () => Number.NaN }, paths: ['options.now'] },
    { name: 'clock before 1970', input: () => PAGE_EXAMPLE_INPUT, options: { now: () => -5000 }, paths: ['options.now'] },
  ];
  for (const failure of failures) {
    test(`throws GpConnectInputError naming the input field: ${failure.name}`, () => {
      assert.throws(
        () => buildGpConnectJwtClaims(failure.input() as GpConnectJwtInput, failure.options),
        (error: unknown) => {
          assert.ok(error instanceof GpConnectInputError);
          assert.deepEqual(error.issues.map((issue) => issue.path), failure.paths);
          assert.match(error.message, /^Cannot build GP Connect JWT claims: /);
          return true;
        },
      );
    });
  }
});

describe('encodeUnsignedJwt / decodeJwt', () => {
  test('round trip, with non-ASCII text', () => {
    const practitioner = { ...PAGE_EXAMPLE_INPUT.requesting_practitioner, name: { family: 'Ångström-Núñez', given: ['Zoë', '李'] as const, prefix: ['Dr'] } };
    const claims = buildGpConnectJwtClaims({ ...PAGE_EXAMPLE_INPUT, requesting_practitioner: practitioner, requesting_organization: { odsCode: 'A1001', name: 'Ysbyty Gwynedd — 🏥' } });
    const token = encodeUnsignedJwt(claims);
    assert.match(token, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.$/);
    assert.equal(token.split('.')[0], 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0');
    const decoded = decodeJwt(token);
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.payload, claims);
    assert.deepEqual(validateGpConnectJwt(token), []);
  });
});

describe('base64url', () => {
  const samples = ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', 'Zoë', 'Ångström — 医生 👩‍⚕️', '\u0000\u007f\u0080\u07ff\u0800\uffff', '?>?>~~'];
  for (const text of samples) {
    test(`encodes ${JSON.stringify(text)} as the UTF-8 bytes' base64url, and back`, () => {
      const expected = Buffer.from(text, 'utf8').toString('base64url');
      assert.equal(base64UrlEncode(text), expected);
      assert.equal(base64UrlDecode(expected), text);
    });
  }

  test('RFC 4648 test vectors', () => {
    assert.deepEqual(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(base64UrlEncode), ['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy']);
  });

  test('uses - and _ rather than + and /', () => {
    assert.equal(base64UrlEncode('?>?>~~'), 'Pz4_Pn5-');
  });

  const rejected: [string, RegExp][] = [
    ['Zg==', /padding is not used/],
    ['Pz4/Pn5+', /that is base64, not base64url/],
    ['Zm9v Yg', /outside the alphabet/],
    ['Zm9vY', /4n\+1/],
    ['Zh', /not canonical/],
    ['_w', /not decode to valid UTF-8/],
    ['Zm9é', /outside the alphabet/],
  ];
  for (const [text, reason] of rejected) {
    test(`rejects ${JSON.stringify(text)} with a reason, without throwing from the result API`, () => {
      const result = base64UrlDecodeText(text);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.message, reason);
      assert.throws(() => base64UrlDecode(text), TypeError);
    });
  }

  test('decodes bytes that are not text', () => {
    const result = base64UrlDecodeBytes('_w');
    assert.ok(result.ok);
    assert.deepEqual([...result.value], [0xff]);
  });
});
