/**
 * ext-1 (`extension.exists() != value.exists()`) in the compiled checks: an Extension's check reads
 * from its key scan that the invariant holds (a known `value[x]` variant or its `_` sibling, and no
 * `extension`) and only otherwise runs the native check, which the interpreter always runs. Every
 * STU3 value variant (the scan keeps their presence bits in two words), each with and without
 * nested extensions, and keys that only look like variants: the two give the same outcome, and
 * ext-1 fails exactly where FHIR says it does.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { validatorPackage, type OperationOutcome, type ValidatorPackage } from './support/package.js';

/** The JSON names of Extension.value[x] in STU3, in definition order. */
const VARIANTS = [
  'valueBase64Binary', 'valueBoolean', 'valueCode', 'valueDate', 'valueDateTime', 'valueDecimal', 'valueId', 'valueInstant',
  'valueInteger', 'valueMarkdown', 'valueOid', 'valuePositiveInt', 'valueString', 'valueTime', 'valueUnsignedInt', 'valueUri',
  'valueAddress', 'valueAge', 'valueAnnotation', 'valueAttachment', 'valueCodeableConcept', 'valueCoding', 'valueContactPoint',
  'valueCount', 'valueDistance', 'valueDuration', 'valueHumanName', 'valueIdentifier', 'valueMoney', 'valuePeriod', 'valueQuantity',
  'valueRange', 'valueRatio', 'valueReference', 'valueSampledData', 'valueSignature', 'valueTiming',
];

const NESTED = [{ url: 'http://example.org/b', valueString: 'y' }];

let p: ValidatorPackage;
before(async () => {
  p = await validatorPackage();
});

/** The outcome of a Patient holding `extension`, compiled and interpreted (asserted equal). */
function outcome(extension: Record<string, unknown>): OperationOutcome {
  const patient = { resourceType: 'Patient', extension: [{ url: 'http://example.org/a', ...extension }] };
  const compiled = p.pkg.validate(patient);
  assert.deepEqual(compiled, p.interpreter.validate(patient), JSON.stringify(extension));
  return compiled;
}

function failsExt1(o: OperationOutcome): boolean {
  return o.issue.some((i) => i.code === 'invariant' && i.diagnostics.includes('ext-1') && i.expression?.[0] === 'Patient.extension[0]');
}

describe('ext-1 read from the key scan agrees with the native check', () => {
  for (const variant of VARIANTS) {
    it(`${variant}: holds alone, fails with nested extensions (also by its _ sibling)`, () => {
      assert.equal(failsExt1(outcome({ [variant]: 'x' })), false);
      assert.equal(failsExt1(outcome({ [variant]: 'x', extension: NESTED })), true);
      assert.equal(failsExt1(outcome({ extension: NESTED, [variant]: 'x' })), true);
      assert.equal(failsExt1(outcome({ [`_${variant}`]: { extension: NESTED }, extension: NESTED })), true);
    });
  }

  it('holds with nested extensions alone, fails with neither', () => {
    assert.equal(failsExt1(outcome({ extension: NESTED })), false);
    assert.equal(failsExt1(outcome({})), true);
  });

  it('counts a key that only looks like a variant as the native does', () => {
    assert.equal(failsExt1(outcome({ valueFoo: 'x' })), false);
    assert.equal(failsExt1(outcome({ valueFoo: 'x', extension: NESTED })), true);
    assert.equal(failsExt1(outcome({ valuefoo: 'x' })), true);
  });
});
