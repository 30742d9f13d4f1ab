import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkReferenceTarget, restfulType } from '../../../generator/runtime/validate/reference.js';
import { makeCtx, newBudget, type Ctx } from '../../../generator/runtime/validate/context.js';
import { IssueCollector } from '../../../generator/runtime/validate/outcome.js';
import { pathAt } from '../../helpers/path-at.js';
import { newPathStack, newPathTexts } from '../../../generator/runtime/validate/paths.js';

/** The regular expression restfulType replaced: the definition it must agree with. */
const RESTFUL = /(?:^|\/)([A-Z][A-Za-z]{1,63})\/[A-Za-z0-9\-.]{1,64}(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

describe('restfulType', () => {
  it('reads Type/id and Type/id/_history/vid at the end of a reference', () => {
    const table: [string, string | undefined][] = [
      ['Patient/123', 'Patient'],
      ['https://fhir.nhs.uk/Patient/9340157B-6973-4209-9B57', 'Patient'],
      ['Observation/a.b-c/_history/2', 'Observation'],
      ['http://x/fhir/Observation/1/_history/v.1', 'Observation'],
      ['/Patient/1', 'Patient'],
      ['patient/1', undefined],
      ['P/1', undefined],
      ['Patient/', undefined],
      ['Patient/a b', undefined],
      ['Patient/1/_history/', undefined],
      ['Patient/_history/1', undefined],
      ['_history/1', undefined],
      ['Consultation1-Topic1-Observation-1', undefined],
      ['#contained', undefined],
      ['urn:uuid:9340157b-6973-4209-9b57-bf6c64f29e46', undefined],
      [`Patient/${'1'.repeat(64)}`, 'Patient'],
      [`Patient/${'1'.repeat(65)}`, undefined],
      [`A${'b'.repeat(63)}/1`, `A${'b'.repeat(63)}`],
      [`A${'b'.repeat(64)}/1`, undefined],
      ['', undefined],
    ];
    for (const [reference, type] of table) assert.equal(restfulType(reference), type, reference);
  });

  it('agrees with the regular expression it replaced on references built from URL segments', () => {
    const segment = fc.oneof(
      fc.constantFrom('Patient', 'P', 'Pa', 'patient', '_history', '1', 'a.b-c', '', '#x', 'a b', 'http:', 'urn:uuid:1', 'x'.repeat(64), 'X'.repeat(65), `A${'b'.repeat(63)}`),
      fc.string({ unit: fc.constantFrom('A', 'z', '0', '-', '.', '_', ' ', '/', '#'), maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 7 }), fc.boolean(), (segments, leadingSlash) => {
        const reference = (leadingSlash ? '/' : '') + segments.join('/');
        assert.equal(restfulType(reference), RESTFUL.exec(reference)?.[1], JSON.stringify(reference));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('checkReferenceTarget', () => {
  // The definition its fast path for `Type/id` must agree with: the type restfulType reads is
  // one of the targets, or no type can be read at all.
  const definition = (reference: string, targets: readonly string[]): boolean => {
    const type = restfulType(reference);
    return type === undefined || targets.includes(type);
  };
  // No Bundle, no contained resources: the registry is only asked whether a wrong target's type is a
  // package type (whose issue text is then kept).
  const unused: Ctx['reg'] = { byUrl: () => undefined, byType: () => undefined, extension: () => undefined, baseExtension: () => true };

  it('agrees with its definition on relative and absolute references', () => {
    const segment = fc.oneof(
      fc.constantFrom('Patient', 'Practitioner', 'Organization', 'Pat', 'PatientX', 'patient', '_history', '1', 'a b', 'http:', '', 'x'.repeat(65)),
      fc.string({ unit: fc.constantFrom('P', 'a', '0', '-', '.', '_', ' ', '/'), maxLength: 5 }),
    );
    const targets = fc.subarray(['Organization', 'Patient', 'Practitioner', 'Pa']);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), targets, (segments, allowed) => {
        const reference = segments.join('/');
        const x = makeCtx(new IssueCollector(), undefined, undefined, null, newBudget(), unused, newPathStack(''), newPathTexts());
        const ok = checkReferenceTarget({ reference }, x, pathAt(x, 'R'), allowed);
        assert.equal(ok, definition(reference, allowed), JSON.stringify([reference, allowed]));
        assert.equal(x.c?.issues.length, ok ? 0 : 1);
      }),
      { numRuns: 5000 },
    );
  });
});
