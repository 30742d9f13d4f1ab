/**
 * Table-driven tests of the validator runtime pieces the generated code and the interpreter share
 * (generator/runtime/validate): value comparison, discriminators, reference targets, extension
 * contexts, native invariants, and the two modes of a check.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCode, checkConcept, checkCoding, type Binding, type CodingBinding } from '../../generator/runtime/validate/binding.js';
import { each, many, one } from '../../generator/runtime/validate/cardinality.js';
import { fastMode, makeCtx, newBudget, type Ctx, type Registry } from '../../generator/runtime/validate/context.js';
import { contextAllows } from '../../generator/runtime/validate/extension.js';
import { jsonEquals, jsonMatches } from '../../generator/runtime/validate/fixed-pattern.js';
import { checkBdl7, checkDom3, checkExt1, checkObs7 } from '../../generator/runtime/validate/invariant.js';
import { IssueCollector } from '../../generator/runtime/validate/outcome.js';
import { checkRef1, referenceTargetType } from '../../generator/runtime/validate/reference.js';
import { checkKeys, here } from '../../generator/runtime/validate/shape.js';
import { discExists, discPattern, discType, discValue } from '../../generator/runtime/validate/slicing.js';
import { pathAt } from '../helpers/path-at.js';
import { newPathStack, newPathTexts, ROOT_PATH, type Path } from '../../generator/runtime/validate/paths.js';

const registry: Registry = { byUrl: () => undefined, byType: () => undefined, extension: () => undefined, baseExtension: () => true };

function ctx(root: unknown = undefined, bundle: ReadonlyMap<string, string> | null = null): Ctx {
  return makeCtx(new IssueCollector(), root, root, bundle, newBudget(), registry, newPathStack(''), newPathTexts());
}

function issues(x: Ctx): Array<[string, string, string | undefined]> {
  return (x.c?.issues ?? []).map((i) => [i.severity, i.code, i.expression?.[0]]);
}

describe('fixed and pattern values', () => {
  const cases: Array<[unknown, unknown, boolean, boolean]> = [
    // value, expected, equals, matches
    ['a', 'a', true, true],
    [1, 1.0, true, true],
    ['1', 1, false, false],
    [{ system: 's', code: 'c' }, { system: 's', code: 'c' }, true, true],
    [{ system: 's', code: 'c', display: 'd' }, { system: 's', code: 'c' }, false, true],
    [{ coding: [{ system: 's', code: 'c' }, { system: 't', code: 'd' }] }, { coding: [{ system: 't', code: 'd' }] }, false, true],
    [{ coding: [{ system: 's', code: 'c' }] }, { coding: [{ system: 't', code: 'd' }] }, false, false],
    [[1, 2], [2, 1], false, true],
    [null, {}, false, false],
    [{ __proto__: null, a: 1 }, { a: 1 }, true, true],
  ];
  for (const [value, expected, equals, matches] of cases) {
    it(`${JSON.stringify(value)} vs ${JSON.stringify(expected)}`, () => {
      assert.equal(jsonEquals(value, expected), equals);
      assert.equal(jsonMatches(value, expected), matches);
    });
  }
  it('follows the expected value, so a cyclic input cannot loop', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    assert.equal(jsonMatches(cyclic, { a: 1 }), true);
    assert.equal(jsonEquals(cyclic, { a: 1 }), false);
  });
});

describe('discriminators', () => {
  const observation = { code: { coding: [{ system: 'http://loinc.org', code: '1' }] }, valueQuantity: { value: 1 }, component: [{ code: { text: 'a' } }] };
  it('value and pattern through repeating steps', () => {
    assert.equal(discValue(observation, [['code', false], ['coding', true], ['code', false]], '1'), true);
    assert.equal(discValue(observation, [['code', false], ['coding', false], ['code', false]], '1'), false, 'a non-repeating step does not flatten');
    assert.equal(discPattern(observation, [['code', false]], { coding: [{ code: '1' }] }), true);
  });
  it('exists, and type by choice key or resourceType', () => {
    assert.equal(discExists(observation, [['component', true]], true), true);
    assert.equal(discExists(observation, [['issued', false]], false), true);
    assert.equal(discType(observation, [['value[x]', false]], ['Quantity']), true);
    assert.equal(discType({ resource: { resourceType: 'Patient' } }, [['resource', false]], ['Patient']), true);
    assert.equal(discType({ resource: { resourceType: 'Patient' } }, [['resource', false]], ['Observation']), false);
  });
});

describe('bindings', () => {
  const binding = (strength: Binding['strength']): Binding => ({ has: (code) => code === 'a', strength, valueSet: 'http://vs' });
  const codingBinding = (strength: CodingBinding['strength']): CodingBinding => ({ has: (system, code) => system === 's' && code === 'a', strength, valueSet: 'http://vs' });
  it('maps strength to severity, and checks nothing but required ones in fast mode', () => {
    for (const [strength, severity] of [['required', 'error'], ['extensible', 'warning'], ['preferred', 'information']] as const) {
      const x = ctx();
      assert.equal(checkCode('b', x, pathAt(x, 'P.c'), binding(strength)), false);
      assert.deepEqual(issues(x), [[severity, 'code-invalid', 'P.c']]);
      assert.equal(checkCode('b', fastMode({ ...x, c: null }), ROOT_PATH, binding(strength)), strength !== 'required');
    }
  });
  it('compares codings by system and code; a concept needs one coding in the set', () => {
    assert.equal(checkCoding({ system: 's', code: 'a' }, ctx(), ROOT_PATH, codingBinding('required')), true);
    assert.equal(checkCoding({ system: 't', code: 'a' }, ctx(), ROOT_PATH, codingBinding('required')), false);
    assert.equal(checkCoding({ code: 'a' }, ctx(), ROOT_PATH, codingBinding('required')), false);
    const x = ctx();
    assert.equal(checkCoding({ system: 's', code: 'b' }, x, pathAt(x, 'P.c'), codingBinding('required')), false);
    assert.match(x.c?.issues[0]?.diagnostics ?? '', /^Code "s#b" is not in the value set http:\/\/vs/);
    assert.equal(checkConcept({ coding: [{ system: 't', code: 'a' }, { system: 's', code: 'a' }] }, ctx(), ROOT_PATH, codingBinding('required')), true);
    assert.equal(checkConcept({ text: 'free text' }, ctx(), ROOT_PATH, codingBinding('required')), false);
    assert.equal(checkConcept({ text: 'free text' }, ctx(), ROOT_PATH, codingBinding('extensible')), true);
  });
});

describe('references', () => {
  const bundle = new Map([['urn:uuid:1', 'Practitioner']]);
  const root = { resourceType: 'Patient', contained: [{ resourceType: 'Organization', id: 'o1' }] };
  const cases: Array<[string, string | undefined]> = [
    ['urn:uuid:1', 'Practitioner'],
    ['#o1', 'Organization'],
    ['#', 'Patient'],
    ['#missing', undefined],
    ['Patient/123', 'Patient'],
    ['https://server/fhir/Organization/1/_history/2', 'Organization'],
    ['urn:uuid:2', undefined],
    ['just-text', undefined],
  ];
  for (const [reference, type] of cases) {
    it(`${reference} → ${String(type)}`, () => assert.equal(referenceTargetType(reference, ctx(root, bundle)), type));
  }
  it('ref-1: a local reference names a contained resource; no reference at all is fine', () => {
    assert.equal(checkRef1({ reference: '#o1' }, ctx(root), ROOT_PATH), true);
    assert.equal(checkRef1({ display: 'x' }, ctx(root), ROOT_PATH), true);
    const x = ctx(root);
    assert.equal(checkRef1({ reference: '#o2' }, x, pathAt(x, 'R')), false);
    assert.deepEqual(issues(x), [['error', 'invariant', 'R']]);
  });
});

describe('native invariants', () => {
  it('dom-3 finds references anywhere, contained resources included', () => {
    const unreferenced = { contained: [{ resourceType: 'Organization', id: 'o1' }] };
    assert.equal(checkDom3(unreferenced, ctx(), ROOT_PATH), false);
    assert.equal(checkDom3({ ...unreferenced, managingOrganization: { reference: '#o1' } }, ctx(), ROOT_PATH), true);
    assert.equal(checkDom3({ contained: [{ resourceType: 'Organization', id: 'o1' }, { resourceType: 'Location', id: 'l', managingOrganization: { reference: '#o1' } }], x: { reference: '#l' } }, ctx(), ROOT_PATH), true);
  });
  it('ext-1 counts a primitive value given only by its _ sibling', () => {
    assert.equal(checkExt1({ url: 'u', valueString: 'x' }, ctx(), ROOT_PATH), true);
    assert.equal(checkExt1({ url: 'u', _valueString: { extension: [] } }, ctx(), ROOT_PATH), true);
    assert.equal(checkExt1({ url: 'u' }, ctx(), ROOT_PATH), false);
    assert.equal(checkExt1({ url: 'u', valueString: 'x', extension: [] }, ctx(), ROOT_PATH), false);
  });
  it('obs-7 as R4 meant it', () => {
    const code = { coding: [{ system: 'http://loinc.org', code: '1' }] };
    assert.equal(checkObs7({ code, valueQuantity: {} }, ctx(), ROOT_PATH), true);
    assert.equal(checkObs7({ code, valueQuantity: {}, component: [{ code: { coding: [{ system: 'http://loinc.org', code: '2' }] } }] }, ctx(), ROOT_PATH), true);
    assert.equal(checkObs7({ code, valueQuantity: {}, component: [{ code }] }, ctx(), ROOT_PATH), false);
    assert.equal(checkObs7({ code, component: [{ code }] }, ctx(), ROOT_PATH), true);
  });
});

describe('bdl-7', () => {
  it('fullUrl and versionId together are unique among entries with a fullUrl', () => {
    const entry = (fullUrl: string | undefined, versionId?: string) => ({ ...(fullUrl ? { fullUrl } : {}), resource: { resourceType: 'Patient', ...(versionId ? { meta: { versionId } } : {}) } });
    assert.equal(checkBdl7({ entry: [entry('urn:a'), entry('urn:b'), entry(undefined), entry(undefined)] }, ctx(), ROOT_PATH), true);
    assert.equal(checkBdl7({ entry: [entry('urn:a', '1'), entry('urn:a', '2')] }, ctx(), ROOT_PATH), true);
    assert.equal(checkBdl7({ entry: [entry('urn:a'), entry('urn:a')] }, ctx(), ROOT_PATH), false);
    assert.equal(checkBdl7({ entry: [entry('urn:a', '1'), entry('urn:a', '2'), entry('urn:a', '3')] }, ctx(), ROOT_PATH), true);
    assert.equal(checkBdl7({ entry: [entry('urn:a', '1'), entry('urn:a', '2'), entry('urn:a', '2')] }, ctx(), ROOT_PATH), false);
    assert.equal(checkBdl7({ entry: [entry('urn:a', '1'), entry('urn:a', '2'), entry('urn:a', '1')] }, ctx(), ROOT_PATH), false);
    assert.equal(checkBdl7({ entry: [entry('urn:a', '1'), entry('urn:b', '1'), entry('urn:a')] }, ctx(), ROOT_PATH), true);
  });
  // The timeout is a hang guard, not a speed assertion: a scan of the versionIds seen per fullUrl
  // would make these 600,000 entries ~1.8e11 comparisons (minutes).
  it('stays linear for one fullUrl repeated with 600,000 versionIds', { timeout: 120_000 }, () => {
    const entries = Array.from({ length: 600_000 }, (_, i) => ({ fullUrl: 'urn:uuid:same', resource: { resourceType: 'Patient', meta: { versionId: String(i) } } }));
    assert.equal(checkBdl7({ entry: entries }, ctx(), ROOT_PATH), true);
    entries.push({ fullUrl: 'urn:uuid:same', resource: { resourceType: 'Patient', meta: { versionId: '599999' } } });
    assert.equal(checkBdl7({ entry: entries }, ctx(), ROOT_PATH), false);
  });
});

describe('extension contexts', () => {
  const def = (contexts: string[], contextTypes: string[] = []) => ({ url: 'u', check: () => true, contexts, contextTypes });
  it('allows the path, the type, a bare resource type it is in, and wildcards', () => {
    const owner = { paths: ['Patient.identifier', 'Identifier'], type: 'Identifier', exact: true };
    assert.equal(contextAllows(def(['Patient.identifier']), owner, 'Patient'), true);
    assert.equal(contextAllows(def(['Identifier']), owner, 'Patient'), true);
    assert.equal(contextAllows(def(['Patient']), owner, 'Patient'), true);
    assert.equal(contextAllows(def(['Element']), owner, 'Patient'), true);
    assert.equal(contextAllows(def(['Patient.name']), owner, 'Patient'), false);
    assert.equal(contextAllows(def(['Observation']), owner, 'Patient'), false);
  });
  it('answers afresh when only the owner or the resource type differs from the last question', () => {
    // contextAllows reuses its last answer for the same definition, owner and resource type.
    const onObservation = def(['Observation']);
    const coding = { paths: ['Coding'], type: 'Coding', exact: false };
    const identifier = { paths: ['Identifier'], type: 'Identifier', exact: false };
    const onCoding = def(['Coding']);
    for (let i = 0; i < 3; i++) {
      assert.equal(contextAllows(onObservation, coding, 'Observation'), true);
      assert.equal(contextAllows(onObservation, coding, 'Patient'), false);
      assert.equal(contextAllows(onObservation, coding, 'Observation'), true);
      assert.equal(contextAllows(onCoding, coding, 'Patient'), true);
      assert.equal(contextAllows(onCoding, identifier, 'Patient'), false);
      assert.equal(contextAllows(onCoding, identifier, 'Patient'), false);
      assert.equal(contextAllows(onObservation, identifier, 'Observation'), true);
    }
  });
  it('accepts a context of the same type when the location is unknown (a shared datatype check)', () => {
    const owner = { paths: ['Identifier'], type: 'Identifier', exact: false };
    assert.equal(contextAllows(def(['Patient.identifier'], ['Identifier']), owner, 'Patient'), true);
    assert.equal(contextAllows(def(['Patient.name'], ['HumanName']), owner, 'Patient'), false);
  });
});

describe('the two modes of a check', () => {
  const check = (v: unknown, x: Ctx, p: Path) => {
    if (typeof v === 'string') return true;
    x.c?.add('error', 'value', here(x, p), 'not a string');
    return false;
  };
  it('fast mode stops at the first error and reports nothing', () => {
    const fast = { ...ctx(), c: null };
    let calls = 0;
    const counted = (v: unknown, x: Ctx, p: Path) => {
      calls++;
      assert.equal(x.c, null);
      return check(v, x, p);
    };
    assert.equal(many([1, 2, 3], fast, pathAt(fast, 'P'), 'name', 0, 0, -1, counted), false);
    assert.equal(calls, 1);
  });
  it('collecting mode reports every item with its path', () => {
    const x = ctx();
    many([1, 'a', 2], x, pathAt(x, 'P'), 'name', 0, 0, -1, check);
    assert.deepEqual(issues(x), [['error', 'value', 'P.name[0]'], ['error', 'value', 'P.name[2]']]);
    const y = ctx();
    one(undefined, y, pathAt(y, 'P'), 'name', 0, 1, check);
    assert.deepEqual(issues(y), [['error', 'required', 'P.name']]);
    assert.equal(each(undefined, true, y, pathAt(y, 'P'), 'x', () => false), true);
  });
  it('reports unknown keys with delimited FHIRPath names, and ele-1 for an empty element', () => {
    const x = ctx();
    checkKeys(JSON.parse('{"a b":1,"__proto__":2,"id":"x"}') as Record<string, unknown>, new Set(['id']), x, pathAt(x, 'P'), true);
    assert.deepEqual(issues(x), [['error', 'structure', 'P.`a b`'], ['error', 'structure', 'P.__proto__'], ['error', 'invariant', 'P']]);
  });
});
