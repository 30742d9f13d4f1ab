/**
 * Mutations of the names FHIR looks things up by: `resourceType`, `meta.profile`, extension `url`
 * and `Reference.reference`. Each class cycles through its list of bad names with the variant.
 */
import { preview } from '../support/preview.js';
import { isObject, replace, resourceSites, sites, type Site } from '../support/sites.js';
import { cycle, mutant, type How, type MutationClass, type Vocabulary } from './types.js';

const LONG = 100_000;


/** Types a resourceType must not be: unknown, mis-cased, abstract, datatypes, prototype members, huge, not strings. */
const ODD_TYPES: readonly unknown[] = [
  'Foo', 'patient', '', ' Patient', 'Patient ', 'Resource', 'DomainResource', 'Extension', 'CodeableConcept', 'Element',
  'BackboneElement', 'string', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'Patient|1',
  'A'.repeat(LONG), 5, null, ['Patient'], { value: 'Patient' },
];

const resourceType: MutationClass = {
  name: 'resource-type',
  description: 'changes a resourceType (the document, a contained resource or an entry) to another real type, or to an unknown, mis-cased, abstract, datatype, prototype-member, 100,000-character or non-string one',
  apply(doc, { r, variant, vocabulary }) {
    const found = resourceSites(doc);
    if (found.length === 0) return undefined;
    const site = r.pick(found);
    const type = cycle([...ODD_TYPES, ...vocabulary.resourceTypes], variant);
    (site.value as Record<string, unknown>)['resourceType'] = type;
    return mutant(doc, `${site.path}.resourceType = ${preview(type)}`);
  },
};

const BAD_REFERENCES: readonly string[] = [
  '#missing', '#', 'urn:uuid:junk', 'urn:uuid:', `urn:uuid:${'f'.repeat(LONG)}`, 'Patient/', 'Type/', '/', 'Patient//x',
  'http://', '?', 'Patient/1/_history/', '__proto__/1', 'constructor/1', 'toString/1', 'Unknown/1', `Patient/${'1'.repeat(LONG)}`,
  ' Patient/1', 'Patient/1#frag', 'urn:oid:1.2', 'Patient/../Organization/1', '#__proto__', '#constructor',
];

const breakReference: MutationClass = {
  name: 'break-reference',
  description: 'breaks a Reference.reference: #missing, urn:uuid: junk, Type/ with an empty id, prototype-member ids and types, 100,000 characters',
  apply(doc, { r, variant }) {
    const found = sites(doc).filter((s) => s.key === 'reference' && typeof s.value === 'string');
    if (found.length === 0) return undefined;
    const site = r.pick(found);
    const value = cycle(BAD_REFERENCES, variant);
    return mutant(replace(doc, site, value), `${site.path} = ${preview(value)}`);
  },
};

/** The bad `meta.profile` values for a resource whose profile is `p` (known to the package). */
function badProfiles(p: string, vocabulary: Vocabulary, r: How['r']): unknown[] {
  return [
    ['http://example.org/fhir/StructureDefinition/Unknown'], [`${p}|1.0.0`], [`${p}|`], [`${p}|${'x'.repeat(LONG)}`], ['|'], [''], [' '],
    ['http://[::1'], [p, p], [p, 'http://example.org/x'], [1, null, {}], p, [], ['__proto__'], ['constructor'], ['toString'],
    [r.pick(vocabulary.profiles)], [...vocabulary.profiles], [p.toLowerCase()], [`${p} `], [p.replace('https:', 'http:')],
  ];
}

const metaProfile: MutationClass = {
  name: 'meta-profile',
  description: 'sets meta.profile to unknown, versioned (url|1.0.0, url|), garbage (empty, |, http://[::1, non-strings), prototype-member, mis-cased or other resources\' profiles, or all profiles at once',
  apply(doc, { r, variant, vocabulary }) {
    const found = resourceSites(doc);
    if (found.length === 0 || vocabulary.profiles.length === 0) return undefined;
    const site = r.pick(found);
    const o = site.value as Record<string, unknown>;
    const meta = isObject(o['meta']) ? o['meta'] : (o['meta'] = {});
    const own = Array.isArray(meta['profile']) ? meta['profile'].find((x): x is string => typeof x === 'string') : undefined;
    const value = cycle(badProfiles(own ?? r.pick(vocabulary.profiles), vocabulary, r), variant);
    meta['profile'] = value;
    return mutant(doc, `${site.path}.meta.profile = ${preview(value)}`);
  },
};

function extensionItems(doc: unknown): Site[] {
  return sites(doc).filter((s) => isObject(s.value) && Array.isArray(s.parent) && 'url' in s.value);
}

const extensionUrl: MutationClass = {
  name: 'extension-url',
  description: 'changes an extension url to an unknown, empty, versioned, other known, prototype-member, 100,000-character or non-string one (adds an extension when there is none)',
  apply(doc, { r, variant, vocabulary }) {
    const found = extensionItems(doc);
    const site = found.length > 0 ? r.pick(found) : undefined;
    const url = site ? (site.value as Record<string, unknown>)['url'] : 'http://example.org/fhir/ext';
    const u = typeof url === 'string' ? url : 'http://example.org/fhir/ext';
    const urls: unknown[] = ['http://example.org/fhir/ext/unknown', '', ' ', `${u}|1.0`, '__proto__', 'toString', 'constructor', `${u}#`, `${u} `, 'x'.repeat(LONG), 5, null, {}, [u]];
    if (vocabulary.extensionUrls.length > 0) urls.push(r.pick(vocabulary.extensionUrls));
    const value = cycle(urls, variant);
    if (site) {
      (site.value as Record<string, unknown>)['url'] = value;
      return mutant(doc, `${site.path}.url = ${preview(value)}`);
    }
    const root = resourceSites(doc)[0];
    if (!root) return undefined;
    (root.value as Record<string, unknown>)['extension'] = [{ url: value, valueString: 'x' }];
    return mutant(doc, `${root.path}.extension = [{ url: ${preview(value)}, valueString }]`);
  },
};

export const NAME_MUTATIONS: readonly MutationClass[] = [resourceType, breakReference, metaProfile, extensionUrl];
