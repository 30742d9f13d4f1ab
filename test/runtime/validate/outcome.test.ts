import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_MAX_ISSUES, IssueCollector, outcomeIsValid } from '../../../generator/runtime/validate/outcome.js';
import type { OperationOutcome } from '../../../generator/runtime/validate/outcome.js';

describe('IssueCollector', () => {
  it('turns no issues into the single informational issue STU3 requires', () => {
    const c = new IssueCollector();
    assert.equal(c.hasErrors, false);
    const o = c.toOutcome();
    assert.deepEqual(o, {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'information', code: 'informational', diagnostics: 'No issues detected' }],
    });
    assert.equal(outcomeIsValid(o), true);
  });

  it('keeps issues in the order added, with the path as expression and location', () => {
    const c = new IssueCollector();
    c.add('error', 'required', 'Patient.identifier[0].system', 'missing');
    c.add('warning', 'value', 'Patient.birthDate', 'odd');
    c.add('error', 'structure', '', 'not a JSON object');
    assert.deepEqual(c.toOutcome().issue, [
      {
        severity: 'error',
        code: 'required',
        diagnostics: 'missing',
        expression: ['Patient.identifier[0].system'],
        location: ['Patient.identifier[0].system'],
      },
      { severity: 'warning', code: 'value', diagnostics: 'odd', expression: ['Patient.birthDate'], location: ['Patient.birthDate'] },
      { severity: 'error', code: 'structure', diagnostics: 'not a JSON object' },
    ]);
    assert.equal(c.issues.length, 3);
  });

  it('never writes an empty JSON array', () => {
    const c = new IssueCollector();
    c.add('error', 'structure', '', 'root');
    assert.doesNotMatch(JSON.stringify(c.toOutcome()), /\[\]/);
    assert.doesNotMatch(JSON.stringify(new IssueCollector().toOutcome()), /\[\]/);
  });

  it('hasErrors counts error and fatal, not warning or information', () => {
    const c = new IssueCollector();
    c.add('information', 'informational', 'Patient', 'fyi');
    c.add('warning', 'value', 'Patient', 'hmm');
    assert.equal(c.hasErrors, false);
    assert.equal(outcomeIsValid(c.toOutcome()), true);
    c.add('fatal', 'invalid', '', 'not JSON');
    assert.equal(c.hasErrors, true);
    assert.equal(outcomeIsValid(c.toOutcome()), false);
  });

  it('returns a snapshot: later adds do not change an earlier outcome', () => {
    const c = new IssueCollector();
    const before = c.toOutcome();
    c.add('error', 'value', 'Patient.gender', 'bad');
    assert.equal(before.issue.length, 1);
    assert.equal(before.issue[0]?.code, 'informational');
    assert.equal(c.toOutcome().issue.length, 1);
    assert.equal(c.toOutcome().issue[0]?.code, 'value');
  });

  it('stops storing issues at maxIssues and says how many were left out', () => {
    const c = new IssueCollector(2);
    c.add('warning', 'value', 'a', '1');
    c.add('warning', 'value', 'b', '2');
    c.add('warning', 'value', 'c', '3');
    let o = c.toOutcome();
    assert.equal(o.issue.length, 3);
    assert.deepEqual(o.issue[2], {
      severity: 'warning',
      code: 'too-costly',
      diagnostics: '1 further issue(s) not reported: the limit is 2 issues',
    });
    assert.equal(outcomeIsValid(o), true);
    c.add('error', 'value', 'd', '4'); // dropped, but it is an error
    assert.equal(c.hasErrors, true);
    o = c.toOutcome();
    assert.equal(o.issue[2]?.severity, 'error');
    assert.equal(outcomeIsValid(o), false);
    assert.equal(c.issues.length, 2);
  });

  it('defaults to 1000 kept issues', () => {
    const c = new IssueCollector();
    for (let i = 0; i < 5000; i++) c.add('error', 'structure', `Patient.x${i}`, 'unknown element');
    assert.equal(DEFAULT_MAX_ISSUES, 1000);
    assert.equal(c.issues.length, 1000);
    assert.equal(c.toOutcome().issue.length, 1001);
  });
});

describe('outcomeIsValid', () => {
  it('is false exactly when some issue is fatal or error', () => {
    const make = (...severities: OperationOutcome['issue'][number]['severity'][]): OperationOutcome => ({
      resourceType: 'OperationOutcome',
      issue: severities.map((severity) => ({ severity, code: 'value', diagnostics: '' })),
    });
    assert.equal(outcomeIsValid(make('information')), true);
    assert.equal(outcomeIsValid(make('warning', 'information')), true);
    assert.equal(outcomeIsValid(make('warning', 'error')), false);
    assert.equal(outcomeIsValid(make('fatal')), false);
  });
});
