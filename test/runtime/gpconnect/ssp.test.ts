import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';

import type { SspHeadersInput, SspUrlInput } from '../../../generator/runtime/gpconnect/index.js';
import {
  buildGpConnectJwtClaims,
  buildSspHeaders,
  buildSspUrl,
  encodeUnsignedJwt,
  generateTraceId,
  GP_CONNECT_INTERACTION_IDS,
  GP_CONNECT_INTERACTIONS,
  GpConnectInputError,
  isUuid,
  SSP_HEADER_NAMES,
} from '../../../generator/runtime/gpconnect/index.js';
import { PAGE_EXAMPLE_INPUT } from './jwt-fixtures.js';
import { fencedBlocks, readSpecPage, section, tableRows } from './spec-pages.js';

const SSP_PAGE = 'integration_spine_secure_proxy.md';
const JWT = encodeUnsignedJwt(buildGpConnectJwtClaims(PAGE_EXAMPLE_INPUT));

function inputError(fn: () => unknown): GpConnectInputError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof GpConnectInputError, String(error));
    return error;
  }
  assert.fail('expected a GpConnectInputError');
}

describe('buildSspUrl', () => {
  test('reproduces the example request URL of the SSP page', () => {
    const example = fencedBlocks(section(readSpecPage('1.2.8', SSP_PAGE), 'Constructing a request'))
      .map((block) => block.body.trim())
      .find((line) => line.includes('testspineproxy'));
    const match = /^(\w+) (\S+)$/.exec(example ?? '');
    assert.ok(match, 'example request line not found');
    assert.equal(match[1], GP_CONNECT_INTERACTIONS.getStructuredRecord.method);
    const url = buildSspUrl({
      sspBaseUrl: 'https://testspineproxy.nhs.uk',
      providerServiceRootUrl: 'https://pcs.thirdparty.nhs.uk/T99999/STU3/1',
      fhirRequest: GP_CONNECT_INTERACTIONS.getStructuredRecord.path,
    });
    assert.equal(url, match[2]);
  });

  test('joins with single slashes, whatever slashes the parts bring', () => {
    const expected = 'https://ssp.nhs.uk/https://provider.nhs.uk/GP0001/STU3/1/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9000000009';
    for (const sspBaseUrl of ['https://ssp.nhs.uk', 'https://ssp.nhs.uk/', 'https://ssp.nhs.uk//']) {
      for (const providerServiceRootUrl of ['https://provider.nhs.uk/GP0001/STU3/1', 'https://provider.nhs.uk/GP0001/STU3/1/']) {
        for (const fhirRequest of ['Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9000000009', '/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9000000009']) {
          assert.equal(buildSspUrl({ sspBaseUrl, providerServiceRootUrl, fhirRequest }), expected);
        }
      }
    }
  });

  test('keeps a port on the proxy and the provider URL as given (no re-encoding)', () => {
    assert.equal(
      buildSspUrl({ sspBaseUrl: 'https://ssp.nhs.uk:8443', providerServiceRootUrl: 'https://Provider.nhs.uk/a%20b', fhirRequest: 'metadata' }),
      'https://ssp.nhs.uk:8443/https://Provider.nhs.uk/a%20b/metadata',
    );
  });

  const bad: [string, Partial<Record<keyof SspUrlInput, unknown>>, string[]][] = [
    ['http proxy', { sspBaseUrl: 'http://ssp.nhs.uk' }, ['sspBaseUrl']],
    ['proxy with a path', { sspBaseUrl: 'https://ssp.nhs.uk/proxy' }, ['sspBaseUrl']],
    ['proxy as a bare host name', { sspBaseUrl: 'ssp.nhs.uk' }, ['sspBaseUrl']],
    ['proxy with credentials', { sspBaseUrl: 'https://user:pw@ssp.nhs.uk' }, ['sspBaseUrl']],
    ['provider with a query', { providerServiceRootUrl: 'https://provider.nhs.uk/STU3/1?x=1' }, ['providerServiceRootUrl']],
    ['provider over http', { providerServiceRootUrl: 'http://provider.nhs.uk/STU3/1' }, ['providerServiceRootUrl']],
    ['provider with whitespace', { providerServiceRootUrl: ' https://provider.nhs.uk/STU3/1' }, ['providerServiceRootUrl']],
    ['absolute FHIR request', { fhirRequest: 'https://provider.nhs.uk/STU3/1/metadata' }, ['fhirRequest']],
    ['blank FHIR request', { fhirRequest: '/' }, ['fhirRequest']],
    ['FHIR request with a fragment', { fhirRequest: '/metadata#x' }, ['fhirRequest']],
    ['FHIR request with a space', { fhirRequest: '/Patient?name=a b' }, ['fhirRequest']],
    ['everything missing', { sspBaseUrl: undefined, providerServiceRootUrl: undefined, fhirRequest: undefined }, ['sspBaseUrl', 'providerServiceRootUrl', 'fhirRequest']],
    ['wrong types', { sspBaseUrl: 1, providerServiceRootUrl: {}, fhirRequest: null }, ['sspBaseUrl', 'providerServiceRootUrl', 'fhirRequest']],
  ];
  for (const [name, change, paths] of bad) {
    test(`rejects ${name}`, () => {
      const input = { sspBaseUrl: 'https://ssp.nhs.uk', providerServiceRootUrl: 'https://provider.nhs.uk/STU3/1', fhirRequest: '/metadata', ...change };
      const error = inputError(() => buildSspUrl(input as SspUrlInput));
      assert.deepEqual(error.issues.map((issue) => issue.path), paths);
      assert.match(error.message, /^Cannot build the Spine Secure Proxy URL: /);
    });
  }

  test('a long run of slashes is handled in linear time', () => {
    const started = performance.now();
    buildSspUrl({ sspBaseUrl: 'https://ssp.nhs.uk', providerServiceRootUrl: `https://provider.nhs.uk/${'/'.repeat(200_000)}x`, fhirRequest: 'metadata' });
    assert.ok(performance.now() - started < 1000);
  });
});

describe('buildSspHeaders', () => {
  test('the header names are those of the SSP page table, plus Authorization', () => {
    const names = tableRows(section(readSpecPage('1.2.8', SSP_PAGE), 'HTTP headers'))
      .map((row) => /^`([^`]+)`/.exec(row[0] ?? '')?.[1])
      .filter((name): name is string => name !== undefined);
    assert.deepEqual([...names, 'Authorization'], Object.values(SSP_HEADER_NAMES));
  });

  test('reproduces the example request headers of the Get Structured Record page', () => {
    const block = fencedBlocks(readSpecPage('1.6.2', 'accessrecord_structured_development_retrieve_patient_record.md')).find((b) => b.body.includes('Ssp-TraceID:'));
    assert.ok(block);
    const example = new Map(block.body.trim().split('\n').map((line) => line.split(': ', 2) as [string, string]));
    const headers = buildSspHeaders({
      traceId: example.get('Ssp-TraceID') ?? '',
      from: example.get('Ssp-From') ?? '',
      to: example.get('Ssp-To') ?? '',
      interactionId: GP_CONNECT_INTERACTION_IDS.getStructuredRecord,
      jwt: JWT,
    });
    for (const name of ['Ssp-TraceID', 'Ssp-From', 'Ssp-To', 'Ssp-InteractionID'] as const) assert.equal(headers[name], example.get(name), name);
    assert.equal(headers.Authorization, `Bearer ${JWT}`);
  });

  test('generates a trace ID when none is given, a new one each time', () => {
    const input = { from: '200000000115', to: '200000000116', interactionId: GP_CONNECT_INTERACTION_IDS.readMetadata, jwt: JWT };
    const first = buildSspHeaders(input)['Ssp-TraceID'];
    const second = buildSspHeaders(input)['Ssp-TraceID'];
    assert.ok(isUuid(first) && isUuid(second));
    assert.notEqual(first, second);
    assert.equal(buildSspHeaders(input, { randomUUID: () => '00000000-0000-4000-8000-000000000000' })['Ssp-TraceID'], '00000000-0000-4000-8000-000000000000');
    assert.deepEqual(inputError(() => buildSspHeaders(input, { randomUUID: () => 'nope' })).issues.map((i) => i.path), ['traceId']);
  });

  test('reports every bad field at once', () => {
    const error = inputError(() =>
      buildSspHeaders({ traceId: 'trace-1', from: 'ASID-1', to: '', interactionId: 'urn:nhs:names:services:gpconnect:fhir:rest:read:patient-2', jwt: 'eyJ.x' } as unknown as SspHeadersInput),
    );
    assert.deepEqual(error.issues.map((issue) => `${issue.path} ${issue.code}`), ['traceId value', 'from value', 'to value', 'interactionId value', 'jwt malformed']);
    assert.match(error.message, /^Cannot build Spine Secure Proxy headers: traceId: must be a GUID\/UUID/);
  });

  test('missing fields and wrong types', () => {
    const error = inputError(() => buildSspHeaders({ traceId: 7 } as unknown as SspHeadersInput));
    assert.deepEqual(error.issues.map((issue) => `${issue.path} ${issue.code}`), ['traceId type', 'from required', 'to required', 'interactionId required', 'jwt required']);
    assert.deepEqual(inputError(() => buildSspHeaders(null as unknown as SspHeadersInput)).issues.map((i) => i.path), ['']);
  });

  test('a JWT with the Bearer prefix already on is refused, so it is not sent twice', () => {
    const error = inputError(() => buildSspHeaders({ from: '1', to: '2', interactionId: GP_CONNECT_INTERACTION_IDS.readMetadata, jwt: `Bearer ${JWT}` }));
    assert.match(error.message, /without the "Bearer " prefix/);
  });

  test('values cannot smuggle header lines', () => {
    const error = inputError(() =>
      buildSspHeaders({ from: '1\r\nX-Evil: 1', to: '2', interactionId: GP_CONNECT_INTERACTION_IDS.readMetadata, jwt: `${JWT}\r\nX-Evil: 1` }),
    );
    assert.deepEqual(error.issues.map((issue) => issue.path), ['from', 'jwt.signature']);
  });
});

describe('generateTraceId', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'crypto', original);
  });

  test('is a version 4 UUID', () => {
    assert.match(generateTraceId(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('falls back to crypto.getRandomValues without crypto.randomUUID', () => {
    Object.defineProperty(globalThis, 'crypto', { configurable: true, value: { getRandomValues: (array: Uint8Array) => array.fill(0xff) } });
    assert.equal(generateTraceId(), 'ffffffff-ffff-4fff-bfff-ffffffffffff');
  });

  test('says what to do without any Web Crypto API', () => {
    Object.defineProperty(globalThis, 'crypto', { configurable: true, value: undefined });
    assert.throws(() => generateTraceId(), /pass traceId/);
  });
});
