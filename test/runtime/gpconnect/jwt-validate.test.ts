import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { GpConnectIssue } from '../../../generator/runtime/gpconnect/index.js';
import {
  base64UrlEncode,
  buildGpConnectJwtClaims,
  decodeJwt,
  encodeUnsignedJwt,
  MAX_ISSUES,
  validateGpConnectJwt,
  validateGpConnectJwtClaims,
} from '../../../generator/runtime/gpconnect/index.js';
import { PAGE_EXAMPLE_INPUT } from './jwt-fixtures.js';

const IAT = 1_700_000_000;
type Json = Record<string, unknown>;

/** A fresh, valid, mutable copy of the claims built from the page example input. */
function validClaims(): Json {
  return JSON.parse(JSON.stringify(buildGpConnectJwtClaims(PAGE_EXAMPLE_INPUT, { now: () => IAT * 1000 }))) as Json;
}

function obj(value: unknown): Json {
  assert.ok(typeof value === 'object' && value !== null);
  return value as Json;
}

function arr(value: unknown): unknown[] {
  assert.ok(Array.isArray(value));
  return value;
}

const summary = (issues: readonly GpConnectIssue[]) => issues.map(({ path, code }) => `${path} ${code}`);

describe('validateGpConnectJwtClaims: one change, one issue', () => {
  const cases: { name: string; change: (claims: Json) => void; expected: string[]; message?: RegExp }[] = [
    { name: 'iss missing', change: (c) => delete c['iss'], expected: ['iss required'] },
    { name: 'iss not a URL', change: (c) => (c['iss'] = 'consumer system'), expected: ['iss value'] },
    { name: 'iss not http(s)', change: (c) => (c['iss'] = 'ftp://consumer.nhs.uk/'), expected: ['iss value'] },
    { name: 'aud a number', change: (c) => (c['aud'] = 42), expected: ['aud type'] },
    { name: 'sub blank', change: (c) => (c['sub'] = '  '), expected: ['sub value'] },
    { name: 'sub not the practitioner id', change: (c) => (c['sub'] = '10020'), expected: ['sub consistency'], message: /must equal requesting_practitioner\.id \("10019"\)/ },
    { name: 'exp not iat + 300', change: (c) => (c['exp'] = IAT + 3600), expected: ['exp consistency'], message: /difference of 3600 s/ },
    { name: 'exp a fraction', change: (c) => (c['exp'] = IAT + 300.5), expected: ['exp value'] },
    { name: 'iat a string', change: (c) => (c['iat'] = String(IAT)), expected: ['iat type'] },
    { name: 'iat negative', change: (c) => (c['iat'] = -1), expected: ['iat value'] },
    { name: 'reason_for_request other', change: (c) => (c['reason_for_request'] = 'research'), expected: ['reason_for_request fixed'] },
    { name: 'reason_for_request missing', change: (c) => delete c['reason_for_request'], expected: ['reason_for_request required'] },
    { name: 'requested_scope unknown', change: (c) => (c['requested_scope'] = 'patient/*.*'), expected: ['requested_scope value'], message: /"patient\/\*\.read", "patient\/\*\.write"/ },
    { name: 'requesting_device missing', change: (c) => delete c['requesting_device'], expected: ['requesting_device required'] },
    { name: 'requesting_device an array', change: (c) => (c['requesting_device'] = []), expected: ['requesting_device type'] },
    { name: 'device resourceType', change: (c) => (obj(c['requesting_device'])['resourceType'] = 'Patient'), expected: ['requesting_device.resourceType fixed'] },
    { name: 'device identifier empty', change: (c) => (obj(c['requesting_device'])['identifier'] = []), expected: ['requesting_device.identifier value'] },
    { name: 'device identifier system not a URI', change: (c) => (obj(arr(obj(c['requesting_device'])['identifier'])[0])['system'] = 'Web Interface'), expected: ['requesting_device.identifier[0].system value'] },
    { name: 'device identifier not an object', change: (c) => (arr(obj(c['requesting_device'])['identifier'])[0] = 'CONS-APP-4'), expected: ['requesting_device.identifier[0] type'] },
    { name: 'device model missing', change: (c) => delete obj(c['requesting_device'])['model'], expected: ['requesting_device.model required'] },
    {
      name: 'organisation without ODS code identifier',
      change: (c) => (obj(arr(obj(c['requesting_organization'])['identifier'])[0])['system'] = 'https://example.org/org'),
      expected: ['requesting_organization.identifier required'],
      message: /https:\/\/fhir\.nhs\.uk\/Id\/ods-organization-code/,
    },
    {
      name: 'organisation with the DSTU2 ODS system',
      change: (c) => (obj(arr(obj(c['requesting_organization'])['identifier'])[0])['system'] = 'http://fhir.nhs.net/Id/ods-organization-code'),
      expected: ['requesting_organization.identifier required'],
      message: /GP Connect 0\.x \(DSTU2\) system/,
    },
    { name: 'organisation name missing', change: (c) => delete obj(c['requesting_organization'])['name'], expected: ['requesting_organization.name required'] },
    { name: 'practitioner id with a slash', change: (c) => ((obj(c['requesting_practitioner'])['id'] = 'a/b'), (c['sub'] = 'a/b')), expected: ['requesting_practitioner.id value'] },
    { name: 'practitioner id of 65 characters', change: (c) => ((obj(c['requesting_practitioner'])['id'] = 'a'.repeat(65)), (c['sub'] = 'a'.repeat(65))), expected: ['requesting_practitioner.id value'] },
    { name: 'no SDS user ID', change: (c) => arr(obj(c['requesting_practitioner'])['identifier']).splice(0, 1), expected: ['requesting_practitioner.identifier required'], message: /sds-user-id/ },
    { name: 'no SDS role profile ID', change: (c) => arr(obj(c['requesting_practitioner'])['identifier']).splice(1, 1), expected: ['requesting_practitioner.identifier required'], message: /sds-role-profile-id/ },
    { name: 'no local user identifier', change: (c) => arr(obj(c['requesting_practitioner'])['identifier']).splice(2, 1), expected: ['requesting_practitioner.identifier required'], message: /consumer-local user identifier/ },
    { name: 'identifiers in another order', change: (c) => arr(obj(c['requesting_practitioner'])['identifier']).reverse(), expected: [] },
    { name: 'UNK SDS IDs (no smartcard)', change: (c) => arr(obj(c['requesting_practitioner'])['identifier']).slice(0, 2).forEach((id) => (obj(id)['value'] = 'UNK')), expected: [] },
    {
      name: 'DSTU2 HumanName (one object, family a list)',
      change: (c) => (obj(c['requesting_practitioner'])['name'] = { family: ['Jones'], given: ['Claire'] }),
      expected: ['requesting_practitioner.name type'],
      message: /list of HumanName/,
    },
    { name: 'family a list', change: (c) => (obj(arr(obj(c['requesting_practitioner'])['name'])[0])['family'] = ['Jones']), expected: ['requesting_practitioner.name[0].family type', 'requesting_practitioner.name required'] },
    { name: 'no given name', change: (c) => delete obj(arr(obj(c['requesting_practitioner'])['name'])[0])['given'], expected: ['requesting_practitioner.name required'] },
    { name: 'empty given list', change: (c) => (obj(arr(obj(c['requesting_practitioner'])['name'])[0])['given'] = []), expected: ['requesting_practitioner.name[0].given value', 'requesting_practitioner.name required'] },
    { name: 'prefix a number', change: (c) => (obj(arr(obj(c['requesting_practitioner'])['name'])[0])['prefix'] = [1]), expected: ['requesting_practitioner.name[0].prefix[0] type'] },
    { name: 'requested_record with the DSTU2 NHS number system', change: (c) => (c['requested_record'] = { resourceType: 'Patient', identifier: [{ system: 'http://fhir.nhs.net/Id/nhs-number', value: '9000000033' }] }), expected: ['requested_record.identifier required'] },
    { name: 'requested_record not a Patient', change: (c) => (c['requested_record'] = { resourceType: 'Group', identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9000000033' }] }), expected: ['requested_record.resourceType fixed'] },
    { name: 'a valid requested_record', change: (c) => (c['requested_record'] = { resourceType: 'Patient', identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9000000033' }] }), expected: [] },
    { name: 'unknown claims are ignored (RFC 7519 section 4)', change: (c) => ((c['jti'] = 'x'), (c['custom'] = { a: 1 })), expected: [] },
  ];
  for (const { name, change, expected, message } of cases) {
    test(name, () => {
      const claims = validClaims();
      change(claims);
      const issues = validateGpConnectJwtClaims(claims);
      assert.deepEqual(summary(issues), expected);
      if (message) assert.match(issues.map((issue) => issue.message).join('\n'), message);
    });
  }
});

describe('validateGpConnectJwtClaims options', () => {
  test('now: expired at and after exp, not before', () => {
    const claims = validClaims();
    const exp = IAT + 300;
    assert.deepEqual(validateGpConnectJwtClaims(claims, { now: (exp - 1) * 1000 + 999 }), []);
    assert.deepEqual(summary(validateGpConnectJwtClaims(claims, { now: exp * 1000 })), ['exp expired']);
    assert.match(validateGpConnectJwtClaims(claims, { now: (exp + 60) * 1000 })[0]?.message ?? '', /expired at 1700000300 \(2023-11-14T22:18:20\.000Z\)/);
  });

  test('now: not a finite number is an issue, not an exception', () => {
    assert.deepEqual(summary(validateGpConnectJwtClaims(validClaims(), { now: Number.NaN })), ['options.now type']);
    assert.deepEqual(summary(validateGpConnectJwtClaims(validClaims(), { now: '2024' as unknown as number })), ['options.now type']);
  });

  test('tolerateMissingPractitionerIdentifiers: the role profile ID and the local identifier may be missing, the SDS user ID may not', () => {
    const claims = validClaims();
    arr(obj(claims['requesting_practitioner'])['identifier']).splice(1, 2);
    assert.equal(validateGpConnectJwtClaims(claims).length, 2);
    assert.deepEqual(validateGpConnectJwtClaims(claims, { tolerateMissingPractitionerIdentifiers: true }), []);
    arr(obj(claims['requesting_practitioner'])['identifier']).splice(0, 1, { system: 'https://example.org/user', value: '1' });
    assert.deepEqual(summary(validateGpConnectJwtClaims(claims, { tolerateMissingPractitionerIdentifiers: true })), ['requesting_practitioner.identifier required']);
  });
});

describe('validateGpConnectJwtClaims: hostile input gives issues, never an exception', () => {
  const notObjects: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', '{"iss":"x"}'],
    ['a boolean', true],
    ['an array', [validClaims()]],
    ['a symbol', Symbol('claims')],
    ['a function', () => validClaims()],
    ['a bigint', 10n],
  ];
  for (const [name, value] of notObjects) {
    test(`not an object: ${name}`, () => {
      assert.deepEqual(summary(validateGpConnectJwtClaims(value)), [' type']);
    });
  }

  test('claims smuggled under a "__proto__" key are not read, and nothing is polluted', () => {
    const text = `{"__proto__": ${JSON.stringify(validClaims())}}`;
    const claims: unknown = JSON.parse(text);
    const issues = validateGpConnectJwtClaims(claims);
    assert.ok(issues.some((issue) => issue.path === 'iss' && issue.code === 'required'));
    assert.equal(issues.length, 10);
    assert.equal(({} as Json)['iss'], undefined);
  });

  test('inherited claims do not count', () => {
    assert.equal(validateGpConnectJwtClaims(Object.create(validClaims())).length, 10);
  });

  test('"__proto__" and "constructor" as identifier systems', () => {
    const claims = validClaims();
    obj(arr(obj(claims['requesting_organization'])['identifier'])[0])['system'] = '__proto__';
    obj(arr(obj(claims['requesting_device'])['identifier'])[0])['system'] = 'constructor';
    assert.deepEqual(summary(validateGpConnectJwtClaims(claims)), [
      'requesting_device.identifier[0].system value',
      'requesting_organization.identifier[0].system value',
      'requesting_organization.identifier required',
    ]);
  });

  test('a proxy whose traps throw', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, getOwnPropertyDescriptor: () => { throw new Error('boom'); } });
    assert.deepEqual(summary(validateGpConnectJwtClaims(hostile)), [' malformed']);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    assert.deepEqual(summary(validateGpConnectJwtClaims(proxy)), [' malformed']);
  });

  test('a getter that throws, deep inside', () => {
    const claims = validClaims();
    Object.defineProperty(obj(claims['requesting_device']), 'model', { enumerable: true, get: () => { throw new Error('boom'); } });
    const issues = validateGpConnectJwtClaims(claims);
    assert.equal(issues.at(-1)?.code, 'malformed');
  });

  test('huge strings: short messages, quick answer', () => {
    const huge = 'x'.repeat(5_000_000);
    const claims = validClaims();
    claims['iss'] = huge;
    claims['requested_scope'] = huge;
    obj(claims['requesting_practitioner'])['id'] = huge;
    claims['sub'] = huge;
    const started = performance.now();
    const issues = validateGpConnectJwtClaims(claims);
    assert.ok(performance.now() - started < 2000);
    assert.deepEqual(summary(issues), ['iss value', 'requested_scope value', 'requesting_practitioner.id value']);
    for (const issue of issues) assert.ok(issue.message.length < 400, issue.message.slice(0, 100));
  });

  test('huge strings of slashes and colons do not trigger slow regular expressions', () => {
    const claims = validClaims();
    obj(arr(obj(claims['requesting_device'])['identifier'])[0])['system'] = `a${'a:'.repeat(500_000)} `;
    claims['aud'] = `https://${'/'.repeat(1_000_000)}x`;
    const started = performance.now();
    validateGpConnectJwtClaims(claims);
    assert.ok(performance.now() - started < 2000);
  });

  test('a million bad identifiers: issues are capped, the rest counted', () => {
    const claims = validClaims();
    obj(claims['requesting_device'])['identifier'] = Array.from({ length: 1_000_000 }, () => 7);
    const issues = validateGpConnectJwtClaims(claims);
    assert.equal(issues.length, MAX_ISSUES + 1);
    assert.match(issues.at(-1)?.message ?? '', /^999900 further issue\(s\) not listed/);
  });

  test('cyclic objects', () => {
    const claims = validClaims();
    const device = obj(claims['requesting_device']);
    device['identifier'] = [device];
    device['self'] = claims;
    assert.deepEqual(summary(validateGpConnectJwtClaims(claims)), ['requesting_device.identifier[0].system required', 'requesting_device.identifier[0].value required']);
  });
});

describe('validateGpConnectJwt / decodeJwt: mangled tokens give issues, never an exception', () => {
  const good = encodeUnsignedJwt(buildGpConnectJwtClaims(PAGE_EXAMPLE_INPUT, { now: () => IAT * 1000 }));
  const [header = '', payload = ''] = good.split('.');
  const part = (json: string) => base64UrlEncode(json);

  test('the good token is good', () => {
    assert.deepEqual(validateGpConnectJwt(good), []);
    assert.deepEqual(validateGpConnectJwt(good, { now: IAT * 1000 }), []);
    assert.deepEqual(summary(validateGpConnectJwt(good, { now: (IAT + 300) * 1000 })), ['exp expired']);
  });

  const tokens: [string, unknown, string[], RegExp?][] = [
    ['not a string', 12, [' type']],
    ['an object', { header, payload }, [' type']],
    ['empty', '', [' malformed']],
    ['two parts (trailing "." left out)', good.slice(0, -1), [' malformed'], /found 2 part\(s\)/],
    ['four parts', `${good}.`, [' malformed']],
    ['with the Bearer prefix', `Bearer ${good.slice(0, -1)}`, [' malformed'], /without the "Bearer " prefix/],
    ['empty header', `.${payload}.`, ['header malformed']],
    ['padded payload', `${header}.${payload}==.`, ['payload malformed'], /padding/],
    ['base64 alphabet', `${header}.${payload.replace(/-/g, '+').replace(/_/g, '/')}+/.`, ['payload malformed'], /not base64url/],
    ['payload not UTF-8', `${header}._w.`, ['payload malformed'], /UTF-8/],
    ['payload not JSON', `${header}.${part('{"iss": ')}.`, ['payload malformed'], /not valid JSON/],
    ['payload a JSON array', `${header}.${part('[1,2]')}.`, ['payload type']],
    ['payload JSON null', `${header}.${part('null')}.`, ['payload type']],
    ['header and payload both bad', `${part('"x"')}.${part('1')}.`, ['header type', 'payload type']],
    ['alg HS256 with a signature', `${part('{"alg":"HS256","typ":"JWT"}')}.${payload}.c2ln`, ['header.alg fixed', 'signature fixed']],
    ['no alg', `${part('{"typ":"JWT"}')}.${payload}.`, ['header.alg required']],
    ['typ other than JWT', `${part('{"alg":"none","typ":"JOSE"}')}.${payload}.`, ['header.typ fixed']],
    ['no typ (allowed: only alg is a SHALL)', `${part('{"alg":"none"}')}.${payload}.`, []],
    ['signature not base64url', `${header}.${payload}.a+b`, ['signature malformed']],
    ['claims an empty object', `${header}.${part('{}')}.`, ['iss', 'sub', 'aud', 'exp', 'iat', 'reason_for_request', 'requested_scope', 'requesting_device', 'requesting_organization', 'requesting_practitioner'].map((claim) => `${claim} required`)],
    ['deeply nested payload', `${header}.${part(`{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`)}.`, ['iss', 'sub', 'aud', 'exp', 'iat', 'reason_for_request', 'requested_scope', 'requesting_device', 'requesting_organization', 'requesting_practitioner'].map((claim) => `${claim} required`)],
    ['10 MB of "A"', `${'A'.repeat(10_000_000)}.${payload}.`, ['header malformed']],
    ['a million dots', '.'.repeat(1_000_000), [' malformed']],
  ];
  for (const [name, token, expected, message] of tokens) {
    test(name, () => {
      const issues = validateGpConnectJwt(token);
      assert.deepEqual(summary(issues), expected);
      if (message) assert.match(issues.map((issue) => issue.message).join('\n'), message);
      const decoded = decodeJwt(token);
      if (!decoded.ok) assert.ok(decoded.issues.length > 0);
      for (const issue of issues) assert.ok(issue.message.length < 600, issue.message.slice(0, 100));
    });
  }
});
