/**
 * The boolean translation of invariants (generator/validate/fhirpath/boolean.ts), table-driven over
 * the hot STU3 invariants typed against the default build: the exact code emitted, and, on
 * crafted nodes (`_x` siblings, nulls, arrays, empty arrays, nested arrays, wrong types), the
 * verdict of the emitted function against fhirpath.js and against the collection translation.
 *
 * On each node the boolean function either bails (fhirpath.js then decides, as today) or gives
 * exactly fhirpath.js's verdict, a boolean; and wherever the collection translation bails, so does
 * the boolean one (it is never used on a shape the collection translation did not vouch for).
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { _, name, type Code } from '../../generator/emit/validators/code.js';
import * as vrt from '../../generator/runtime/validate/index.js';
import { compileInvariant, type InvariantSpec } from '../../generator/runtime/validate/fhirpath.js';
import type { EmitScope } from '../../generator/validate/emit-scope.js';
import { emitBooleanExpression, emitBooleanTranslation } from '../../generator/validate/fhirpath/boolean.js';
import { parse, type Node } from '../../generator/validate/fhirpath/parse.js';
import { emitTranslation } from '../../generator/validate/fhirpath/translate.js';
import { typeExpression } from '../../generator/validate/fhirpath/typing.js';
import { constraintNeeds } from '../../generator/validate/kinds/invariant.js';
import { LowerContext } from '../../generator/validate/lower/context.js';
import { loadDefaultBuild } from '../helpers/default-build.js';

/** An EmitScope that records its hoisted constants, so the emitted code can be run. */
class RecordingScope implements EmitScope {
  readonly hoisted: Array<{ name: string; type: string; init: string }> = [];

  runtime(identifier: string): Code {
    return _`vrt.${name(identifier)}`;
  }

  hoist(prefix: string, type: Code, init: Code): Code {
    const existing = this.hoisted.find((h) => h.type === type.toString() && h.init === init.toString());
    if (existing) return name(existing.name);
    const count = this.hoisted.filter((h) => h.name.startsWith(`${prefix}_`)).length;
    this.hoisted.push({ name: `${prefix}_${count}`, type: type.toString(), init: init.toString() });
    return name(`${prefix}_${count}`);
  }

  codes(): Code {
    throw new Error('not used by invariants');
  }

  codings(): Code {
    throw new Error('not used by invariants');
  }

  check(): Code {
    throw new Error('not used by invariants');
  }

  /** The function named `fn`, built from the hoisted constants (their inits are plain JavaScript). */
  compile<T>(fn: Code): (n: unknown) => T {
    const body = this.hoisted.map((h) => `const ${h.name} = ${h.init};`).join('\n');
    return new Function('vrt', `${body}\nreturn ${fn.toString()};`)(vrt) as (n: unknown) => T;
  }
}

type Verdict = boolean | 'bail';

function verdict(fn: () => boolean): Verdict {
  try {
    return fn();
  } catch (err) {
    assert.ok(err instanceof vrt.Bail, `not a Bail: ${String(err)}`);
    return 'bail';
  }
}

interface Case {
  readonly key: string;
  readonly path: string;
  readonly expression: string;
  /** The hoisted constants, exactly, the boolean function last. */
  readonly emitted: readonly string[];
  /** Usual values of the fields the expression reads (undefined = absent); every combination is a node. */
  readonly fields: Readonly<Record<string, readonly unknown[]>>;
}

const OBSERVATION_VALUE = '[["valueQuantity", "_valueQuantity"], ["valueCodeableConcept", "_valueCodeableConcept"], ["valueString", "_valueString"], ["valueBoolean", "_valueBoolean"], ["valueRange", "_valueRange"], ["valueRatio", "_valueRatio"], ["valueSampledData", "_valueSampledData"], ["valueAttachment", "_valueAttachment"], ["valueTime", "_valueTime"], ["valueDateTime", "_valueDateTime"], ["valuePeriod", "_valuePeriod"]]';
const CHOICE_KEYS_TYPE = 'ReadonlyArray<readonly [string, string]>';
const CODING = { system: 'http://snomed.info/sct', code: '1' };

const CASES: readonly Case[] = [
  {
    key: 'bdl-8',
    path: 'Bundle.entry',
    expression: "fullUrl.contains('/_history/').not()",
    emitted: ['FHIRPATH_0: (n: unknown) => vrt.Truth = (n) => {\nconst o = vrt.fpObject(n);\nreturn vrt.fpNot3(vrt.fpContainsValue(vrt.fpOneValue(o["_fullUrl"], o["fullUrl"]), "/_history/"));\n}'],
    fields: { fullUrl: [undefined, 'urn:uuid:1', 'http://x.org/Patient/1/_history/2'] },
  },
  {
    key: 'bdl-5',
    path: 'Bundle.entry',
    expression: 'resource.exists() or request.exists() or response.exists()',
    emitted: ['FHIRPATH_0: (n: unknown) => boolean = (n) => {\nconst o = vrt.fpObject(n);\nreturn vrt.fpOr3(vrt.fpOr3((vrt.fpSizeOfValue(o["_resource"], o["resource"]) > 0), (vrt.fpSizeOfValue(o["_request"], o["request"]) > 0)), (vrt.fpSizeOfValue(o["_response"], o["response"]) > 0));\n}'],
    fields: { resource: [undefined, { resourceType: 'Patient' }], request: [undefined, { method: 'GET', url: 'Patient' }], response: [undefined, { status: '200' }] },
  },
  {
    key: 'qty-3',
    path: 'Quantity',
    expression: 'code.empty() or system.exists()',
    emitted: ['FHIRPATH_0: (n: unknown) => boolean = (n) => {\nconst o = vrt.fpObject(n);\nreturn vrt.fpOr3((vrt.fpSizeOfValue(o["_code"], o["code"]) === 0), (vrt.fpSizeOfValue(o["_system"], o["system"]) > 0));\n}'],
    fields: { code: [undefined, 'kg'], system: [undefined, 'http://unitsofmeasure.org'], value: [1] },
  },
  {
    key: 'obs-6',
    path: 'Observation',
    expression: 'dataAbsentReason.empty() or value.empty()',
    emitted: [
      `CHOICE_KEYS_0: ${CHOICE_KEYS_TYPE} = ${OBSERVATION_VALUE}`,
      'FHIRPATH_0: (n: unknown) => boolean = (n) => {\nconst o = vrt.fpObject(n);\nreturn vrt.fpOr3((vrt.fpSizeOfValue(o["_dataAbsentReason"], o["dataAbsentReason"]) === 0), (vrt.fpSizeOfChoice(n, CHOICE_KEYS_0) === 0));\n}',
    ],
    fields: { dataAbsentReason: [undefined, { text: 'unknown' }], valueString: [undefined, 'x'], valueQuantity: [undefined, { value: 1 }], valueFoo: [undefined, 'not a variant'] },
  },
  {
    key: 'lst-2',
    path: 'List',
    expression: "mode = 'changes' or entry.deleted.empty()",
    emitted: [
      'CHILD_SIZE_0: (o: Record<string, unknown>) => number = (o) => vrt.fpSizeOfValue(o["_deleted"], o["deleted"])',
      'FHIRPATH_0: (n: unknown) => vrt.Truth = (n) => {\nconst o = vrt.fpObject(n);\nreturn vrt.fpOr3(vrt.fpEqValue(vrt.fpOneValue(o["_mode"], o["mode"]), "changes"), (vrt.fpSizeOfEach(vrt.fpChildOf(n, "entry", "_entry"), CHILD_SIZE_0) === 0));\n}',
    ],
    fields: { mode: [undefined, 'changes', 'snapshot'], entry: [undefined, [{ item: {} }], [{ item: {}, deleted: true }, { item: {} }]] },
  },
  {
    key: 'lst-1',
    path: 'List',
    expression: 'emptyReason.empty() or entry.empty()',
    emitted: ['FHIRPATH_0: (n: unknown) => boolean = (n) => {\nconst o = vrt.fpObject(n);\nreturn vrt.fpOr3((vrt.fpSizeOfValue(o["_emptyReason"], o["emptyReason"]) === 0), (vrt.fpSizeOfValue(o["_entry"], o["entry"]) === 0));\n}'],
    fields: { emptyReason: [undefined, { text: 'none' }], entry: [undefined, [{ item: {} }]] },
  },
  {
    key: 'sqty-1',
    path: 'Quantity',
    expression: 'comparator.empty()',
    emitted: ['FHIRPATH_0: (n: unknown) => boolean = (n) => {\nconst o = vrt.fpObject(n);\nreturn (vrt.fpSizeOfValue(o["_comparator"], o["comparator"]) === 0);\n}'],
    fields: { comparator: [undefined, '<'], value: [1] },
  },
  {
    key: 'per-1',
    path: 'Period',
    expression: 'start.empty() or end.empty() or (start <= end)',
    emitted: ['FHIRPATH_0: (n: unknown) => vrt.Truth = (n) => {\nconst o = vrt.fpObject(n);\nreturn vrt.fpOr3(vrt.fpOr3((vrt.fpSizeOfValue(o["_start"], o["start"]) === 0), (vrt.fpSizeOfValue(o["_end"], o["end"]) === 0)), vrt.fpLeValue(vrt.fpOneValue(o["_start"], o["start"]), vrt.fpOneValue(o["_end"], o["end"])));\n}'],
    fields: { start: [undefined, '2020-01-01', '2020-01-01T10:00:00Z', '2021'], end: [undefined, '2020-06-01', '2019-01-01T10:00:00Z', '2020'] },
  },
  {
    key: 'drt-1',
    path: 'Duration',
    expression: 'code.exists() implies ((system = %ucum) and value.exists())',
    emitted: ['FHIRPATH_0: (n: unknown) => vrt.Truth = (n) => {\nconst o = vrt.fpObject(n);\nreturn vrt.fpImplies3((vrt.fpSizeOfValue(o["_code"], o["code"]) > 0), vrt.fpAnd3(vrt.fpEqValue(vrt.fpOneValue(o["_system"], o["system"]), "http://unitsofmeasure.org"), (vrt.fpSizeOfValue(o["_value"], o["value"]) > 0)));\n}'],
    fields: { code: [undefined, 'min'], system: [undefined, 'http://unitsofmeasure.org', 'http://other.org'], value: [undefined, 5] },
  },
  {
    key: 'bdl-9',
    path: 'Bundle',
    expression: "type = 'document' implies (identifier.system.exists() and identifier.value.exists())",
    emitted: [
      'CHILD_SIZE_0: (o: Record<string, unknown>) => number = (o) => vrt.fpSizeOfValue(o["_system"], o["system"])',
      'CHILD_SIZE_1: (o: Record<string, unknown>) => number = (o) => vrt.fpSizeOfValue(o["_value"], o["value"])',
      'FHIRPATH_0: (n: unknown) => vrt.Truth = (n) => {\nconst o = vrt.fpObject(n);\nreturn vrt.fpImplies3(vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "document"), vrt.fpAnd3((vrt.fpSizeOfEach(vrt.fpChildOf(n, "identifier", "_identifier"), CHILD_SIZE_0) > 0), (vrt.fpSizeOfEach(vrt.fpChildOf(n, "identifier", "_identifier"), CHILD_SIZE_1) > 0)));\n}',
    ],
    fields: { type: [undefined, 'document', 'collection'], identifier: [undefined, { system: 'http://x.org' }, { system: 'http://x.org', value: '1' }] },
  },
  {
    key: 'bdl-1',
    path: 'Bundle',
    expression: "total.empty() or (type = 'searchset') or (type = 'history')",
    emitted: ['FHIRPATH_0: (n: unknown) => vrt.Truth = (n) => {\nconst o = vrt.fpObject(n);\nreturn vrt.fpOr3(vrt.fpOr3((vrt.fpSizeOfValue(o["_total"], o["total"]) === 0), vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "searchset")), vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "history"));\n}'],
    fields: { total: [undefined, 3], type: [undefined, 'searchset', 'history', 'document'] },
  },
  {
    key: 'org-1',
    path: 'Organization',
    expression: '(identifier.count() + name.count()) > 0',
    emitted: ['FHIRPATH_0: (n: unknown) => boolean = (n) => {\nconst o = vrt.fpObject(n);\nreturn ((vrt.fpSizeOfValue(o["_identifier"], o["identifier"]) + vrt.fpSizeOfValue(o["_name"], o["name"])) > 0);\n}'],
    fields: { identifier: [undefined, [{ value: '1' }], [{ value: '1' }, { value: '2' }]], name: [undefined, 'Surgery'] },
  },
  {
    key: 'org-2',
    path: 'Organization.address',
    expression: "where(use = 'home').empty()",
    emitted: ['FHIRPATH_0: (n: unknown) => boolean = (n) => {\nconst o = vrt.fpObject(n);\nreturn !(vrt.fpEqValue(vrt.fpOneValue(o["_use"], o["use"]), "home") === true);\n}'],
    fields: { use: [undefined, 'home', 'work'], city: ['Leeds'] },
  },
  {
    key: 'ait-1',
    path: 'AllergyIntolerance',
    expression: "verificationStatus='entered-in-error' or clinicalStatus.exists()",
    emitted: ['FHIRPATH_0: (n: unknown) => vrt.Truth = (n) => {\nconst o = vrt.fpObject(n);\nreturn vrt.fpOr3(vrt.fpEqValue(vrt.fpOneValue(o["_verificationStatus"], o["verificationStatus"]), "entered-in-error"), (vrt.fpSizeOfValue(o["_clinicalStatus"], o["clinicalStatus"]) > 0));\n}'],
    fields: { verificationStatus: [undefined, 'entered-in-error', 'confirmed'], clinicalStatus: [undefined, 'active'] },
  },
  {
    key: 'cpt-2',
    path: 'ContactPoint',
    expression: 'value.empty() or system.exists()',
    emitted: ['FHIRPATH_0: (n: unknown) => boolean = (n) => {\nconst o = vrt.fpObject(n);\nreturn vrt.fpOr3((vrt.fpSizeOfValue(o["_value"], o["value"]) === 0), (vrt.fpSizeOfValue(o["_system"], o["system"]) > 0));\n}'],
    fields: { value: [undefined, '0113 496 0000'], system: [undefined, 'phone'] },
  },
  {
    key: 'obs-3',
    path: 'Observation.referenceRange',
    expression: 'low.exists() or high.exists() or text.exists()',
    emitted: ['FHIRPATH_0: (n: unknown) => boolean = (n) => {\nconst o = vrt.fpObject(n);\nreturn vrt.fpOr3(vrt.fpOr3((vrt.fpSizeOfValue(o["_low"], o["low"]) > 0), (vrt.fpSizeOfValue(o["_high"], o["high"]) > 0)), (vrt.fpSizeOfValue(o["_text"], o["text"]) > 0));\n}'],
    fields: { low: [undefined, { value: 1 }], high: [undefined, { value: 2 }], text: [undefined, 'normal'] },
  },
  {
    // The vital-signs category test of the STU3 vital signs profiles: deeper single operands.
    key: 'vs-test',
    path: 'CodeableConcept',
    expression: "where(coding.system = 'http://hl7.org/fhir/observation-category' and coding.code = 'vital-signs').exists()",
    emitted: ['FHIRPATH_0: (n: unknown) => boolean = (n) => (vrt.fpAnd3(vrt.fpEqValue(vrt.fpOneEach(vrt.fpChildOf(n, "coding", "_coding"), "system", "_system"), "http://hl7.org/fhir/observation-category"), vrt.fpEqValue(vrt.fpOneEach(vrt.fpChildOf(n, "coding", "_coding"), "code", "_code"), "vital-signs")) === true)'],
    fields: {
      coding: [undefined, [{ system: 'http://hl7.org/fhir/observation-category', code: 'vital-signs' }], [{ system: 'http://hl7.org/fhir/observation-category', code: 'laboratory' }], [{ system: 'http://hl7.org/fhir/observation-category', code: 'vital-signs' }, CODING], [{ code: 'vital-signs' }]],
      text: [undefined, 'Vital Signs'],
    },
  },
  {
    // xor, not() of a boolean path (`notGiven`), and a path read as a boolean.
    key: 'imm-test',
    path: 'Immunization',
    expression: 'notGiven or notGiven.not() xor (reaction.count() = 1)',
    emitted: ['FHIRPATH_0: (n: unknown) => vrt.Truth = (n) => {\nconst o = vrt.fpObject(n);\nreturn vrt.fpXor3(vrt.fpOr3(vrt.fpTruthValue(vrt.fpOneValue(o["_notGiven"], o["notGiven"])), vrt.fpNot3(vrt.fpTruthValue(vrt.fpOneValue(o["_notGiven"], o["notGiven"])))), (vrt.fpSizeOfValue(o["_reaction"], o["reaction"]) === 1));\n}'],
    fields: { notGiven: [undefined, true, false, 'true'], reaction: [undefined, [{ reported: true }], [{ reported: true }, { reported: false }]] },
  },
  {
    // where() on another path than $this: fpAny over the collection, every item evaluated.
    key: 'pat-test',
    path: 'Patient',
    expression: "identifier.where(system = 'https://fhir.nhs.uk/Id/nhs-number').exists() and contact.exists(name.exists()).not()",
    emitted: [
      'PREDICATE_0: (t: unknown) => vrt.Truth = (t) => vrt.fpEqValue(vrt.fpOne(t, "system", "_system"), "https://fhir.nhs.uk/Id/nhs-number")',
      'PREDICATE_1: (t: unknown) => vrt.Truth = (t) => (vrt.fpSizeOf(t, "name", "_name") > 0)',
      'FHIRPATH_0: (n: unknown) => boolean = (n) => vrt.fpAnd3(vrt.fpAny(vrt.fpChildOf(n, "identifier", "_identifier"), PREDICATE_0), !vrt.fpAny(vrt.fpChildOf(n, "contact", "_contact"), PREDICATE_1))',
    ],
    fields: {
      identifier: [undefined, [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9000000009' }], [{ system: 'http://x.org' }, { system: 'https://fhir.nhs.uk/Id/nhs-number' }], [{ value: '1' }]],
      contact: [undefined, [{ name: { family: 'Smith' } }], [{ gender: 'male' }]],
    },
  },
];

/** Awkward values every field also takes, one field at a time. */
const AWKWARD: readonly unknown[] = [null, [], [null], [['x']], 7, 'text', true, {}, ['a', 'b'], [CODING, CODING]];

/** Every combination of the usual values, then each field awkward or with a `_` sibling, on a usual node. */
function nodesFor(fields: Readonly<Record<string, readonly unknown[]>>): Array<Record<string, unknown>> {
  let nodes: Array<Record<string, unknown>> = [{}];
  for (const [field, values] of Object.entries(fields)) {
    nodes = nodes.flatMap((node) => values.map((v) => (v === undefined ? node : { ...node, [field]: v })));
  }
  const usual = nodes.filter((n) => Object.keys(n).length > 0).at(-1) ?? {};
  for (const field of Object.keys(fields)) {
    for (const v of AWKWARD) nodes.push({ ...usual, [field]: v });
    nodes.push({ ...usual, [`_${field}`]: { extension: [{ url: 'http://example.org/x', valueString: 'y' }] } });
    nodes.push({ ...usual, [`_${field}`]: null });
    nodes.push({ ...usual, [field]: ['a'], [`_${field}`]: [null] });
  }
  return nodes;
}

/**
 * The element each case's check is gated on by the emitter (kinds/invariant.ts constraintNeeds):
 * a disjunct `a.empty()` (or `a.b.empty()`, `a.exists().not()`) over a plain child. Cases not
 * listed are not gated.
 */
const GATES: Readonly<Record<string, string>> = {
  'qty-3': 'code',
  'obs-6': 'dataAbsentReason',
  'lst-2': 'entry',
  'lst-1': 'emptyReason',
  'sqty-1': 'comparator',
  'per-1': 'start',
  'cpt-2': 'value',
  'bdl-1': 'total',
};

describe('boolean translation of the hot invariants', () => {
  let lc: LowerContext;
  before(async () => {
    lc = new LowerContext((await loadDefaultBuild()).model);
  });

  for (const c of CASES) {
    describe(`${c.key}: ${c.expression}`, () => {
      let typed: Node;
      before(() => {
        const parsed = parse(c.expression);
        assert.ok(parsed, 'parses');
        const t = typeExpression(lc, parsed, c.path);
        assert.ok(t, `types on ${c.path}`);
        typed = t;
      });

      it('emits exactly', () => {
        const scope = new RecordingScope();
        const fn = emitBooleanTranslation(typed, scope);
        assert.ok(fn);
        assert.deepEqual(scope.hoisted.map((h) => `${h.name}: ${h.type} = ${h.init}`), c.emitted);
        assert.equal(fn.toString(), scope.hoisted.at(-1)?.name);
      });

      it('inline over `o` (as the object check emits it), gives the function’s result on every node, with the same constants', () => {
        const fnScope = new RecordingScope();
        const fn = fnScope.compile<vrt.Truth>(emitBooleanTranslation(typed, fnScope) ?? assert.fail());
        const inlineScope = new RecordingScope();
        const expression = emitBooleanExpression(typed, inlineScope) ?? assert.fail();
        assert.doesNotMatch(expression.toString(), /\bn\b/, 'reads no `n`: in a check function `n` is the content count');
        assert.deepEqual(inlineScope.hoisted, fnScope.hoisted.slice(0, -1), 'the function’s constants, but the function');
        const inline = inlineScope.compile<vrt.Truth>(_`(o) => ${expression}`);
        const result = (f: () => vrt.Truth): vrt.Truth | 'bail' => {
          try {
            return f();
          } catch (err) {
            assert.ok(err instanceof vrt.Bail, `not a Bail: ${String(err)}`);
            return 'bail';
          }
        };
        for (const node of nodesFor(c.fields)) assert.equal(result(() => inline(node)), result(() => fn(node)), JSON.stringify(node));
      });

      it('gives fhirpath.js’s verdict or bails, and bails wherever the collection translation does', () => {
        const booleanScope = new RecordingScope();
        const booleanFn = booleanScope.compile<vrt.Truth>(emitBooleanTranslation(typed, booleanScope) ?? assert.fail());
        const collectionScope = new RecordingScope();
        const collectionFn = collectionScope.compile<vrt.Collection>(emitTranslation(typed, collectionScope) ?? assert.fail());
        const spec: InvariantSpec = { key: c.key, path: c.path, expression: c.expression, severity: 'error', human: 'test' };
        const oracle = compileInvariant(spec);
        let decided = 0;
        for (const node of nodesFor(c.fields)) {
          const label = JSON.stringify(node);
          const mine = verdict(() => booleanFn(node) === true);
          const collection = verdict(() => {
            const r = collectionFn(node);
            if (r.length > 1) throw vrt.BAIL;
            return r.length === 1 && (typeof r[0] !== 'boolean' || r[0]);
          });
          if (collection === 'bail') assert.equal(mine, 'bail', `collection bails, boolean does not: ${label}`);
          if (mine === 'bail') continue;
          decided++;
          assert.equal(mine, collection, `boolean vs collection on ${label}`);
          assert.equal(oracle(node, node, node), mine, `boolean vs fhirpath.js on ${label}`);
        }
        assert.ok(decided >= Object.keys(c.fields).length, `decides without fhirpath.js on the usual nodes (${decided})`);
      });

      it('holds, by fhirpath.js, wherever the element its check is gated on is absent', () => {
        const rule = { key: c.key, severity: 'error', human: 'test', expression: c.expression, path: c.path, native: undefined, typed } as const;
        const gate = constraintNeeds(rule);
        assert.equal(gate, GATES[c.key], 'the gate');
        if (gate === undefined) return;
        const oracle = compileInvariant({ key: c.key, path: c.path, expression: c.expression, severity: 'error', human: 'test' });
        let absent = 0;
        for (const node of nodesFor(c.fields)) {
          if (gate in node || `_${gate}` in node) continue;
          absent++;
          assert.equal(oracle(node, node, node), true, `fails with ${gate} absent: ${JSON.stringify(node)}`);
        }
        assert.ok(absent > 0, 'some nodes lack the element');
      });
    });
  }
});

describe('what stays on the collection translation', () => {
  let lc: LowerContext;
  before(async () => {
    lc = new LowerContext((await loadDefaultBuild()).model);
  });
  const outside: ReadonlyArray<readonly [string, string, string]> = [
    // A count or a path alone is not a boolean (fhirpath.ts: one non-boolean item holds).
    ['Organization', 'identifier.count()', 'a count'],
    ['Immunization', 'notGiven', 'a path'],
    // A string function with a path argument: the collection form requires exactly one item.
    ['Bundle.entry', 'fullUrl.contains(fullUrl)', 'a non-literal argument'],
    // Outside the subset after parts that hoist (a reader, choice keys): nothing is left hoisted.
    ['List', 'entry.deleted.empty() and title.contains(title)', 'a non-literal argument after a deeper count'],
    ['Observation', "value.empty() or code.text.startsWith(code.text)", 'a non-literal argument after a choice'],
  ];
  for (const [path, expression, why] of outside) {
    it(`${expression} (${why}), hoisting nothing`, () => {
      const parsed = parse(expression);
      const typed = parsed && typeExpression(lc, parsed, path);
      assert.ok(typed);
      const scope = new RecordingScope();
      assert.equal(emitBooleanTranslation(typed, scope), undefined);
      assert.deepEqual(scope.hoisted, []);
    });
  }
});
