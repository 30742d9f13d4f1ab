/** Inputs and page extracts shared by the JWT tests. */
import type { GpConnectJwtInput } from '../../../generator/runtime/gpconnect/index.js';
import { fencedBlocks, readSpecPage, section } from './spec-pages.js';

export const AUDIT_PAGE = 'integration_cross_organisation_audit_and_provenance.md';

/** The encoded token in the "Complete JWT" section of the audit page. */
export function pageExampleToken(): string {
  const blocks = fencedBlocks(section(readSpecPage('1.2.8', AUDIT_PAGE), 'Complete JWT'));
  const token = blocks.map((block) => block.body.trim()).find((body) => body.startsWith('eyJ'));
  if (token === undefined) throw new Error('no encoded JWT in the "Complete JWT" section');
  return token;
}

/**
 * The claim set the "JWT payload" section gives example by example: each claim's `**Example**:`,
 * either inline (`"iss": "https://..."`) or as a `<pre><code>` block for the embedded resources,
 * wrapped in braces and parsed as JSON. (The page's "JWT payload full example" block is not in the
 * copied page; the encoded token is a different, GP Connect 0.x token: see jwt.test.ts.)
 */
export function pageExampleClaims(): Record<string, unknown> {
  const payload = section(readSpecPage('1.2.8', AUDIT_PAGE), /^### JWT payload ###/);
  const claims: Record<string, unknown> = {};
  const inline = /^\*\*Example\*\*: `("[a-z_]+":.*)`\s*$/gm;
  for (const match of payload.matchAll(inline)) Object.assign(claims, JSON.parse(`{${match[1] ?? ''}}`));
  const blocks = /\*\*Example\*\*:\s*<pre[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/g;
  for (const match of payload.matchAll(blocks)) Object.assign(claims, JSON.parse(`{${match[1] ?? ''}}`));
  return claims;
}

/** The builder input that corresponds to the page's example claims (values as on the page). */
export const PAGE_EXAMPLE_INPUT: GpConnectJwtInput = {
  iss: 'https://consumersupplier.thirdparty.nhs.uk/',
  aud: 'https://providersupplier.thirdparty.nhs.uk/GP0001/STU3/1',
  requested_scope: 'patient/*.read',
  requesting_device: {
    identifier: { system: 'https://consumersupplier.com/Id/device-identifier', value: 'CONS-APP-4' },
    model: 'Consumer product name',
    version: '5.3.0',
  },
  requesting_organization: { odsCode: 'A1001', name: 'Test Hospital' },
  requesting_practitioner: {
    id: '10019',
    name: { family: 'Jones', given: ['Claire'], prefix: ['Dr'] },
    sdsUserId: '111222333444',
    sdsRoleProfileId: '444555666777',
    localIdentifier: { system: 'https://consumersupplier.com/Id/user-guid', value: '98ed4f78-814d-4266-8d5b-cde742f3093c' },
  },
};
