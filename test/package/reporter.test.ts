/** Progress display: a live line on an interactive terminal only; nothing in CI, in pipes or with --json. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createReporter, type ReporterOptions } from '../../generator/cli/reporter.js';
import type { GenerateEvent } from '../../generator/generate.js';

function record(isTTY: boolean, options: Partial<ReporterOptions>): string {
  let text = '';
  const stream = { isTTY, write: (chunk: string) => (text += chunk) };
  const reporter = createReporter({ verbose: false, quiet: false, env: {}, ...options }, stream);
  const events: GenerateEvent[] = [
    { type: 'phase-start', phase: 'hash' },
    { type: 'phase-end', phase: 'hash', ms: 12 },
    { type: 'inputs', packages: ['nhsconnect.gpconnect-fhir#1.5.0', 'hl7.fhir.core#3.0.1'] },
    { type: 'phase-start', phase: 'load' },
    { type: 'phase-end', phase: 'load', ms: 2100 },
    { type: 'phase-start', phase: 'emit' },
    { type: 'progress', phase: 'emit', done: 3, total: 675 },
    { type: 'phase-end', phase: 'emit', ms: 40000 },
  ];
  for (const event of events) reporter.event(event);
  reporter.done();
  return text;
}

describe('progress reporter', () => {
  it('draws the phase, the packages being loaded and N of M on a terminal, then clears the line', () => {
    const text = record(true, {});
    assert.match(text, /\rchecking inputs\.\.\. \d+\.\d s/);
    assert.match(text, /\rloading packages \(2: nhsconnect\.gpconnect-fhir#1\.5\.0, hl7\.fhir\.core#3\.0\.1\)\.\.\. \d+\.\d s/);
    assert.match(text, /\rgenerating modules: 3 of 675 \d+\.\d s/);
    assert.match(text, /\r +\r$/, 'the line is cleared at the end');
  });

  const quiet: Array<[string, boolean, Partial<ReporterOptions>]> = [
    ['output is not a terminal', false, {}],
    ['CI is set', true, { env: { CI: 'true' } }],
    ['--json', true, { quiet: true }],
  ];
  for (const [name, isTTY, options] of quiet) {
    it(`draws nothing when ${name}`, () => assert.equal(record(isTTY, options), ''));
  }

  it('prints phase timings with --verbose, also when not a terminal', () => {
    assert.equal(record(false, { verbose: true }), 'hash: 12 ms\nload: 2100 ms\nemit: 40000 ms\n');
  });
});
