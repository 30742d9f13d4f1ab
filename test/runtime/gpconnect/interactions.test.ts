import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';

import type { GpConnectInteraction, GpConnectInteractionName } from '../../../generator/runtime/gpconnect/index.js';
import {
  GP_CONNECT_INTERACTION_IDS,
  GP_CONNECT_INTERACTIONS,
  getGpConnectInteraction,
  isGpConnectInteractionId,
  requestedScopeFor,
} from '../../../generator/runtime/gpconnect/index.js';
import { fencedBlocks, readSpecPage, section, tableRows } from './spec-pages.js';

interface PageEntry {
  readonly capability: string;
  readonly operation: string;
  readonly useCasePage: string;
  readonly id: string;
}

const CAPABILITY_BY_HEADING: Record<string, GpConnectInteraction['capability']> = {
  'Foundations interactions': 'foundations',
  'Appointments capability interactions': 'appointments',
  'Access Record Structured interactions': 'access-record-structured',
};

/** Every `| [Operation](page.html) | `urn:...` |` row of the "List of Interaction IDs" section, with its ### heading. */
function interactionsOnPage(): PageEntry[] {
  const list = section(readSpecPage('1.2.8', 'integration_interaction_ids.md'), 'List of Interaction IDs');
  const entries: PageEntry[] = [];
  let heading = '';
  for (const line of list.split('\n')) {
    const h = /^###\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) heading = h[1] ?? '';
    const row = /^\|\s*\[([^\]]+)\]\(([^)]+)\)\s*\|\s*`(urn:[^`]+)`\s*\|/.exec(line);
    if (row) entries.push({ capability: heading, operation: row[1] ?? '', useCasePage: row[2] ?? '', id: row[3] ?? '' });
  }
  return entries;
}

const ours = Object.entries(GP_CONNECT_INTERACTIONS) as [GpConnectInteractionName, GpConnectInteraction][];

describe('interaction IDs', () => {
  const page = interactionsOnPage();

  test('the page parses to a plausible list (guards the parser)', () => {
    assert.ok(page.length >= 19, `only ${page.length} rows parsed`);
    const everyUrnOnPage = readSpecPage('1.2.8', 'integration_interaction_ids.md').match(/`urn:nhs:names:services:gpconnect:[^`]+`/g) ?? [];
    assert.equal(page.length, everyUrnOnPage.length, 'a backticked interaction ID outside the parsed table rows');
  });

  test('every ID on the page appears exactly once in GP_CONNECT_INTERACTIONS, and nothing else does', () => {
    const pageIds = page.map((entry) => entry.id);
    assert.equal(new Set(pageIds).size, pageIds.length, 'the page lists an ID twice');
    const ourIds = ours.map(([, interaction]) => interaction.id);
    for (const id of pageIds) assert.equal(ourIds.filter((ours) => ours === id).length, 1, id);
    assert.deepEqual([...ourIds].sort(), [...pageIds].sort());
  });

  test('capability, operation label and use-case page are those of the page row', () => {
    for (const entry of page) {
      const interaction = ours.find(([, i]) => i.id === entry.id)?.[1];
      assert.ok(interaction, entry.id);
      assert.equal(interaction.capability, CAPABILITY_BY_HEADING[entry.capability], entry.id);
      assert.equal(interaction.operation, entry.operation, entry.id);
      assert.equal(interaction.useCasePage, entry.useCasePage, entry.id);
    }
  });

  test('IDs follow one of the two formats of the naming policy', () => {
    const newer = /^urn:nhs:names:services:gpconnect:(structured|documents):fhir:(rest|operation):/;
    const older = /^urn:nhs:names:services:gpconnect:fhir:(rest|operation):/;
    for (const [name, { id }] of ours) assert.ok(newer.test(id) || older.test(id), `${name}: ${id}`);
  });

  test('GP_CONNECT_INTERACTION_IDS maps every name to its ID', () => {
    assert.deepEqual(Object.keys(GP_CONNECT_INTERACTION_IDS), ours.map(([name]) => name));
    for (const [name, interaction] of ours) assert.equal(GP_CONNECT_INTERACTION_IDS[name], interaction.id);
  });

  /** Interactions whose use-case page is not among the copied pages, and why. */
  const WITHOUT_USE_CASE_PAGE: Partial<Record<GpConnectInteractionName, string>> = {
    readStructuredMetadata: 'the Access Record Structured capability statement page is not part of 1.2.8 or of the copied 1.6.2 pages',
  };

  test('method and path match the "FHIR relative request" of the use-case page, and the page names the same Ssp-InteractionID', () => {
    for (const [name, interaction] of ours) {
      const file = interaction.useCasePage.replace(/\.html$/, '.md');
      const version = existsSync(new URL(`./spec-pages/1.2.8/${file}`, import.meta.url)) ? '1.2.8'
        : existsSync(new URL(`./spec-pages/1.6.2/${file}`, import.meta.url)) ? '1.6.2'
        : undefined;
      if (version === undefined) {
        assert.ok(WITHOUT_USE_CASE_PAGE[name], `${name}: no page ${file}`);
        continue;
      }
      assert.equal(WITHOUT_USE_CASE_PAGE[name], undefined, `${name} has a page now; drop it from WITHOUT_USE_CASE_PAGE`);
      const markdown = readSpecPage(version, file);
      const request = fencedBlocks(section(markdown, /FHIR(&reg;)? relative request/))[0]?.body.split('\n')[0] ?? '';
      const match = /^(GET|POST|PUT|DELETE) (\S+)/.exec(request);
      assert.ok(match, `${name}: no request line in ${file}`);
      assert.equal(interaction.method, match[1], name);
      assert.equal(interaction.path, (match[2] ?? '').split(/[?{]/)[0], name);
      const header = tableRows(markdown).find((row) => row[0] === '`Ssp-InteractionID`');
      assert.equal(header?.[1], `\`${interaction.id}\``, `${name}: Ssp-InteractionID row of ${file}`);
    }
  });

  /** Interactions that the requested_scope table does not list, with the scope we chose. */
  const NOT_IN_SCOPE_TABLE: Partial<Record<GpConnectInteractionName, string>> = {
    readHealthcareService: 'organization/*.read',
    searchHealthcareService: 'organization/*.read',
  };

  test('requestedScope is the requested_scope table row that links to the use-case page', () => {
    const audit = readSpecPage('1.2.8', 'integration_cross_organisation_audit_and_provenance.md');
    const scopeByPage = new Map<string, string>();
    for (const row of tableRows(section(audit, '`requested_scope` claim'))) {
      const scope = /^`([^`]+)`$/.exec(row[0] ?? '')?.[1];
      if (scope === undefined) continue;
      for (const link of (row[2] ?? '').matchAll(/\]\(([^)#]+)\)/g)) scopeByPage.set(link[1] ?? '', scope);
    }
    assert.ok(scopeByPage.size >= 17, `only ${scopeByPage.size} pages in the scope table`);
    for (const [name, interaction] of ours) {
      const fromTable = scopeByPage.get(interaction.useCasePage);
      if (fromTable === undefined) assert.equal(interaction.requestedScope, NOT_IN_SCOPE_TABLE[name], name);
      else {
        assert.equal(NOT_IN_SCOPE_TABLE[name], undefined, `${name} is in the table now`);
        assert.equal(interaction.requestedScope, fromTable, name);
      }
    }
    const ourPages = new Set(ours.map(([, i]) => i.useCasePage));
    for (const linked of scopeByPage.keys()) assert.ok(ourPages.has(linked), `scope table links to ${linked}, which no interaction has`);
  });

  test('fhirInteraction, method, resourceType and fhirOperation agree with each other and with the path', () => {
    const methodOf = { capabilities: 'GET', read: 'GET', 'search-type': 'GET', create: 'POST', update: 'PUT', operation: 'POST' } as const;
    for (const [name, interaction] of ours) {
      assert.equal(interaction.method, methodOf[interaction.fhirInteraction], name);
      const segments = interaction.path.split('/').filter((s) => s !== '');
      const last = segments[segments.length - 1] ?? '';
      if (interaction.fhirInteraction === 'operation') {
        assert.equal(interaction.fhirOperation, last, name);
        assert.equal(interaction.resourceType, segments[segments.length - 2], name);
      } else {
        assert.equal(interaction.fhirOperation, undefined, name);
        const expected = interaction.path === '/metadata' ? 'CapabilityStatement' : [...segments].reverse().find((s) => /^[A-Z]/.test(s));
        assert.equal(interaction.resourceType, expected, name);
      }
    }
  });

  test('lookups', () => {
    assert.equal(isGpConnectInteractionId('urn:nhs:names:services:gpconnect:fhir:rest:read:patient-1'), true);
    assert.equal(isGpConnectInteractionId('urn:nhs:names:services:gpconnect:fhir:rest:read:patient-2'), false);
    assert.equal(isGpConnectInteractionId(42), false);
    assert.equal(isGpConnectInteractionId('__proto__'), false);
    assert.equal(getGpConnectInteraction(GP_CONNECT_INTERACTION_IDS.registerPatient), GP_CONNECT_INTERACTIONS.registerPatient);
    assert.equal(requestedScopeFor(GP_CONNECT_INTERACTION_IDS.getStructuredRecord), 'patient/*.read');
    assert.equal(requestedScopeFor(GP_CONNECT_INTERACTION_IDS.cancelAppointment), 'patient/*.write');
  });
});
