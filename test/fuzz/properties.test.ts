/**
 * The fuzz properties can fail: each is shown catching a stub validator that breaks it (throws,
 * returns a malformed outcome, reports a crash as fatal, disagrees with its guard or the oracle,
 * pollutes a prototype, changes its input, overruns the hang guard). Without this, a fuzz run that
 * finds nothing would not tell a robust validator from a blind check.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IrValidator } from '../../generator/validate/index.js';
import type { OperationOutcome } from '../../generator/runtime/validate/outcome.js';
import type { Engines } from './support/engines.js';
import { checkCase } from './support/properties.js';

const OK: OperationOutcome = { resourceType: 'OperationOutcome', issue: [{ severity: 'information', code: 'informational', diagnostics: 'No issues detected' }] };
const PATIENT_URL = 'http://hl7.org/fhir/StructureDefinition/Patient';

function stub(validate: (value: unknown) => unknown, overrides: { is?: (v: unknown) => boolean; oracle?: (v: unknown) => OperationOutcome } = {}): Engines {
  const v = validate as (value: unknown) => OperationOutcome;
  const oracle: IrValidator = {
    validate: overrides.oracle ?? (() => OK),
    isValid: () => true,
    knowsProfile: () => true,
    notChecked: new Map(),
  };
  return { validate: v, oracle, api: new Map([[PATIENT_URL, { name: 'Patient', validate: v, is: overrides.is ?? (() => true) }]]), resourceTypes: ['Patient'] };
}

const patient = (): Record<string, unknown> => ({ resourceType: 'Patient', name: [{ family: 'x' }] });

function problems(e: Engines, guardMs?: number): string {
  return checkCase(e, patient(), guardMs === undefined ? {} : { guardMs }).join('\n');
}

describe('the fuzz properties catch what they look for', () => {
  it('hold for a stub that does everything right', () => {
    assert.equal(problems(stub(() => OK)), '');
  });

  it('1: an exception, and outcomes that are not well-formed STU3', () => {
    assert.match(problems(stub(() => { throw new TypeError('x is undefined'); })), /validate threw TypeError: x is undefined/);
    const bad: unknown[] = [
      null,
      { resourceType: 'OperationOutcome', issue: [] },
      { resourceType: 'OperationOutcome', issue: [{ severity: 'bad', code: 'value', diagnostics: '' }] },
      { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'oops', diagnostics: '' }] },
      { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'value', diagnostics: '', expression: 'Patient.id' }] },
      { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'value', diagnostics: '', location: [5] }] },
      { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'value', diagnostics: 5 }] },
      { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'value', diagnostics: '', details: {} }] },
    ];
    for (const outcome of bad) assert.match(problems(stub(() => outcome)), /malformed outcome/, JSON.stringify(outcome));
  });

  it('2: a fatal issue', () => {
    const crashed: OperationOutcome = { resourceType: 'OperationOutcome', issue: [{ severity: 'fatal', code: 'exception', diagnostics: 'Validation stopped: RangeError' }] };
    assert.match(problems(stub(() => crashed)), /fatal exception: Validation stopped/);
  });

  it('3: is<Name> that disagrees with validate<Name>', () => {
    assert.match(problems(stub(() => OK, { is: () => false })), /isPatient says false/);
  });

  it('4: a polluted prototype and a changed input', () => {
    const polluting = stub(() => {
      Object.defineProperty(Object.prototype, 'fuzzPolluted', { value: true, configurable: true });
      return OK;
    });
    try {
      assert.match(problems(polluting), /a built-in prototype changed/);
    } finally {
      delete (Object.prototype as Record<string, unknown>)['fuzzPolluted'];
    }
    const changing = stub((v) => {
      (v as Record<string, unknown>)['id'] = 'added';
      return OK;
    });
    assert.match(problems(changing), /the input was changed/);
  });

  it('5: a case that overruns the hang guard', () => {
    assert.match(problems(stub(() => OK), -1), /validate took \d+ ms \(hang guard -1 ms\)/);
  });

  it('6: errors the oracle does not report', () => {
    const error: OperationOutcome = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'value', diagnostics: 'x', expression: ['Patient.id'], location: ['Patient.id'] }] };
    assert.match(problems(stub(() => error)), /only compiled \[error value Patient\.id\], only interpreter \[\]/);
  });
});
