/**
 * Table-driven tests of the errors snapshot generation reports: GPC207 when the differential cannot be
 * applied (unknown path, out of order, ambiguous children, closed slicing), GPC202 when a definition it
 * needs cannot be resolved. Each carries the profile URL and, where there is one, the element id.
 */
import { describe } from 'node:test';
import { runCases, withSnapshot, type Case } from './case-runner.js';
import { CORE_URL, TEST_URL, profile } from './fixtures.js';

const VALUE_SYSTEM = { discriminator: [{ type: 'value', path: 'system' }], rules: 'open' };

const CASES: Case[] = [
  {
    name: 'an unknown path is reported with its element id',
    sd: profile('Unknown', 'Patient', [{ id: 'Patient.nickname', path: 'Patient.nickname', max: '1' }]),
    error: { code: 'GPC207', element: 'Patient.nickname', detail: /no element Patient\.nickname in the base/ },
  },
  {
    name: 'an unknown child of an expanded datatype is reported',
    sd: profile('UnknownChild', 'Patient', [{ path: 'Patient.identifier.issuer', min: 1 }]),
    error: { code: 'GPC207', element: 'Patient.identifier.issuer' },
  },
  {
    name: 'a differential out of base order is reported',
    sd: profile('Disorder', 'Patient', [{ path: 'Patient.gender', min: 1 }, { path: 'Patient.active', min: 1 }]),
    error: { code: 'GPC207', element: 'Patient.gender', detail: /out of order/ },
  },
  {
    name: 'children under a choice with several types are reported',
    sd: profile('Ambiguous', 'Patient', [{ path: 'Patient.deceased[x].extension', max: '0' }]),
    error: { code: 'GPC207', element: 'Patient.deceased[x].extension', detail: /several types/ },
  },
  {
    name: 'a slice added to a closed slicing is reported',
    sd: profile('Reopen', 'Patient', [{ path: 'Patient.identifier', sliceName: 'z' }], `${TEST_URL}Closed`),
    extra: [
      withSnapshot(
        profile('Closed', 'Patient', [
          { path: 'Patient.identifier', slicing: { ...VALUE_SYSTEM, rules: 'closed' } },
          { path: 'Patient.identifier', sliceName: 'a' },
        ]),
      ),
    ],
    error: { code: 'GPC207', element: 'Patient.identifier:z', detail: /closed slicing/ },
  },
  {
    name: 'the same element constrained twice without a slice name is reported',
    sd: profile('Twice', 'Patient', [
      { path: 'Patient.identifier', slicing: VALUE_SYSTEM },
      { path: 'Patient.identifier', sliceName: 'a' },
      { path: 'Patient.identifier', max: '1' },
    ]),
    error: { code: 'GPC207', detail: /constrained twice without a slice name/ },
  },
  {
    name: 'a differential element without a path is GPC208',
    sd: profile('Pathless', 'Patient', [{ path: 'Patient.active' }, { id: 'Patient.gender' } as never]),
    error: { code: 'GPC208', detail: /element 1 has no path/ },
  },
  {
    name: 'a missing base definition is GPC202',
    sd: profile('Orphan', 'Patient', [{ path: 'Patient.active', min: 1 }], `${TEST_URL}NoSuchBase`),
    error: { code: 'GPC202', detail: /NoSuchBase not found/ },
  },
  {
    name: 'a missing datatype definition is GPC202 at the element',
    sd: profile('NoType', 'Patient', [{ path: 'Patient.identifier.system', min: 1 }]),
    without: [`${CORE_URL}Identifier`],
    error: { code: 'GPC202', element: 'Patient.identifier.system', detail: /type Identifier/ },
  },
];

describe('generateSnapshot errors', () => {
  runCases(CASES);
});
