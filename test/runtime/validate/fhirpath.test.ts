import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fhirpath from 'fhirpath';
import { compileInvariant, invariantDiagnostic } from '../../../generator/runtime/validate/fhirpath.js';
import type { InvariantSpec } from '../../../generator/runtime/validate/fhirpath.js';

// Constraints exactly as in hl7.fhir.core#3.0.1.
const ELE_1: InvariantSpec = {
  key: 'ele-1',
  path: 'Patient.identifier',
  expression: 'hasValue() | (children().count() > id.count())',
  severity: 'error',
  human: 'All FHIR elements must have a @value or children',
};
const PAT_1: InvariantSpec = {
  key: 'pat-1',
  path: 'Patient.contact',
  expression: 'name.exists() or telecom.exists() or address.exists() or organization.exists()',
  severity: 'error',
  human: "SHALL at least contain a contact's details or a reference to an organization",
};
const DOM_3: InvariantSpec = {
  key: 'dom-3',
  path: 'Patient',
  expression: "contained.where(('#'+id in %resource.descendants().reference).not()).empty()",
  severity: 'error',
  human: 'If the resource is contained in another resource, it SHALL be referred to from elsewhere in the resource',
};

function spec(expression: string, path = 'Patient'): InvariantSpec {
  return { key: 'test-1', path, expression, severity: 'error', human: 'test' };
}

const patient = {
  resourceType: 'Patient',
  contained: [{ resourceType: 'Organization', id: 'org1', name: 'Surgery' }],
  managingOrganization: { reference: '#org1' },
  contact: [
    { relationship: [{ text: 'Next of kin' }], name: { family: 'Smith' } },
    { relationship: [{ text: 'Emergency' }], gender: 'female' },
  ],
};

describe('compileInvariant: STU3 ele-1', () => {
  const ele1 = compileInvariant(ELE_1);
  it('holds on an element with children (the STU3 `|` form would give [false, true])', () => {
    assert.equal(ele1({ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9000000009' }, patient, patient), true);
    assert.equal(ele1({ extension: [{ url: 'http://example.org/x', valueString: 'y' }] }, patient, patient), true);
  });
  it('fails on an empty element and on an element with only an id', () => {
    assert.equal(ele1({}, patient, patient), false);
    assert.equal(ele1({ id: 'a' }, patient, patient), false);
  });
  it('holds on a primitive value', () => {
    const onDate = compileInvariant({ ...ELE_1, path: 'Patient.birthDate' });
    assert.equal(onDate('1990-01-01', patient, patient), true);
  });
});

describe('compileInvariant: pat-1 on Patient.contact', () => {
  const pat1 = compileInvariant(PAT_1);
  it('holds for a contact with a name and fails for one with only a relationship and gender', () => {
    assert.equal(pat1(patient.contact[0], patient, patient), true);
    assert.equal(pat1(patient.contact[1], patient, patient), false);
  });
  it('gives the HL7 validator wording when it fails', () => {
    assert.equal(
      invariantDiagnostic(PAT_1, false),
      "Constraint failed: pat-1: 'SHALL at least contain a contact's details or a reference to an organization'",
    );
  });
});

describe('compileInvariant: dom-3 needs %resource', () => {
  const dom3 = compileInvariant(DOM_3);
  it('holds when the contained resource is referenced and fails when it is not', () => {
    assert.equal(dom3(patient, patient, patient), true);
    const unreferenced = { ...patient, managingOrganization: undefined };
    assert.equal(dom3(unreferenced, unreferenced, unreferenced), false);
  });
  it('reads %resource from the argument, not from the node', () => {
    const node = { resourceType: 'Patient', contained: [{ resourceType: 'Organization', id: 'org1' }] };
    assert.equal(dom3(node, patient, patient), true); // %resource (patient) references #org1
    assert.equal(dom3(node, node, node), false);
  });
  it('sees %rootResource', () => {
    const root = compileInvariant(spec("%rootResource.resourceType = 'Bundle'"));
    assert.equal(root(patient, patient, { resourceType: 'Bundle' }), true);
    assert.equal(root(patient, patient, patient), false);
  });
});

describe('compileInvariant: base paths that cross into a datatype', () => {
  // Regression: fhirpath.js's model has no `Patient.identifier.extension`, so with that base the
  // node was untyped, `value` did not find `valueCodeableConcept`, and ext-1 failed on the GP
  // Connect Patient example. The base is now re-rooted at the datatype: `Identifier.extension`.
  const ext1 = (path: string) =>
    compileInvariant({
      key: 'ext-1',
      path,
      expression: 'extension.exists() != value.exists()',
      severity: 'error',
      human: 'Must have either extensions or value[x], not both',
    });
  const verification = {
    url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1',
    valueCodeableConcept: { coding: [{ system: 'https://fhir.nhs.uk/CareConnect-NHSNumberVerificationStatus-1', code: '01' }] },
  };
  it('ext-1 holds on a valid extension of Patient.identifier', () => {
    assert.equal(ext1('Patient.identifier.extension')(verification, patient, patient), true);
    assert.equal(ext1('Patient.contact.name.extension')(verification, patient, patient), true);
  });
  it('ext-1 fails on an extension with neither value nor extensions', () => {
    assert.equal(ext1('Patient.identifier.extension')({ url: verification.url }, patient, patient), false);
  });
  it('choice elements resolve under a backbone element', () => {
    const component = compileInvariant(spec('value.exists()', 'Observation.component'));
    assert.equal(component({ valueQuantity: { value: 1 } }, {}, {}), true);
  });
});

describe('compileInvariant: verdicts', () => {
  it('treats an empty result as failed, a single non-boolean as true, several items as an error', () => {
    assert.equal(compileInvariant(spec('name.given', 'Patient.contact'))(patient.contact[1], patient, patient), false);
    assert.equal(compileInvariant(spec('name.family', 'Patient.contact'))(patient.contact[0], patient, patient), true);
    assert.deepEqual(compileInvariant(spec('contact'))(patient, patient, patient), {
      error: 'FHIRPath returned 2 items where a single boolean was expected',
    });
  });
});

describe('compileInvariant: never throws', () => {
  it('turns a syntax error into { error }, on every call', () => {
    const broken = compileInvariant(spec('name.exists( or'));
    const r1 = broken(patient, patient, patient);
    assert.ok(typeof r1 === 'object' && r1.error.startsWith('FHIRPath expression does not compile: '), JSON.stringify(r1));
    assert.deepEqual(broken(patient, patient, patient), r1);
    assert.match(invariantDiagnostic(spec('x'), r1), /^Constraint test-1 could not be evaluated: FHIRPath expression does not compile/);
  });

  it('turns evaluation errors into { error }', () => {
    const cases: [string, RegExp][] = [
      ['conformsTo(\'http://example.org\')', /Not implemented: conformsTo/],
      ['managingOrganization.resolve().exists()', /asynchronous function "resolve" is not allowed/],
      ["gender.memberOf('http://hl7.org/fhir/ValueSet/administrative-gender')", /asynchronous function "memberOf"/],
    ];
    for (const [expression, message] of cases) {
      const r = compileInvariant(spec(expression))(patient, patient, patient);
      assert.ok(typeof r === 'object', expression);
      assert.match(r.error, /^FHIRPath evaluation failed: /);
      assert.match(r.error, message);
    }
  });

  it('survives hostile input: throwing getters and 20,000-deep nesting', () => {
    const throwing = {
      resourceType: 'Patient',
      get name(): never {
        throw new Error('boom');
      },
    };
    const r = compileInvariant(spec('name.exists()'))(throwing, throwing, throwing);
    assert.deepEqual(r, { error: 'FHIRPath evaluation failed: boom' });

    let deep: Record<string, unknown> = { reference: '#x' };
    for (let i = 0; i < 20_000; i++) deep = { extension: [deep] };
    const hostile = { resourceType: 'Patient', contained: [{ resourceType: 'Organization', id: 'x' }], extension: [deep] };
    const d = compileInvariant(DOM_3)(hostile, hostile, hostile);
    assert.ok(d === true || typeof d === 'object', JSON.stringify(d)); // finished, did not throw
  });

  it('silences trace()', () => {
    const original = console.log;
    let printed = 0;
    console.log = () => {
      printed++;
    };
    try {
      const r = compileInvariant(spec("name.trace('names').exists()", 'Patient.contact'))(patient.contact[0], patient, patient);
      assert.equal(r, true);
    } finally {
      console.log = original;
    }
    assert.equal(printed, 0);
  });

  it('does not modify the input', () => {
    const frozen = structuredClone(patient);
    const freeze = (v: unknown): void => {
      if (typeof v === 'object' && v !== null) {
        Object.freeze(v);
        for (const c of Object.values(v)) freeze(c);
      }
    };
    freeze(frozen);
    const before = JSON.stringify(frozen);
    assert.equal(compileInvariant(DOM_3)(frozen, frozen, frozen), true);
    assert.equal(compileInvariant(PAT_1)(frozen.contact[0], frozen, frozen), true);
    assert.equal(compileInvariant(ELE_1)({ system: 'x' }, frozen, frozen), true);
    assert.equal(JSON.stringify(frozen), before);
  });
});

describe('compileInvariant: cache', () => {
  it('compiles each (path, expression) once, lazily, however many times it is prepared and run', () => {
    const original = fhirpath.compile;
    let compiles = 0;
    fhirpath.compile = ((...args: Parameters<typeof original>) => {
      compiles++;
      return original(...args);
    }) as typeof original;
    try {
      const expression = "telecom.where(system = 'phone').exists() or name.exists()"; // used by no other test
      const a = compileInvariant(spec(expression, 'Patient.contact'));
      const b = compileInvariant(spec(expression, 'Patient.contact'));
      assert.equal(compiles, 0, 'compileInvariant does not parse');
      for (let i = 0; i < 3; i++) {
        assert.equal(a(patient.contact[0], patient, patient), true);
        assert.equal(b(patient.contact[1], patient, patient), false);
      }
      assert.equal(compiles, 1);
      compileInvariant(spec(expression, 'RelatedPerson'))({ name: [{ family: 'x' }] }, patient, patient);
      assert.equal(compiles, 2, 'another base path is another compilation');
    } finally {
      fhirpath.compile = original;
    }
  });
});
