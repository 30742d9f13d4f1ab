/**
 * Property-based: over instances fast-check builds from each profile's validation model, the
 * compiled validator and the interpreter give the same OperationOutcome, and both fast paths
 * (`is<Name>` given the package registry, the interpreter's `isValid`) agree with it. Without the
 * package registry (the module's own, module-registry.test.ts), `is<Name>` agrees with
 * `validate<Name>`, and what the package registry finds valid the module's finds valid too.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { before, describe, it } from 'node:test';
import { buildPlan } from '../../generator/plan/plan.js';
import { Lowering } from '../../generator/validate/lower/index.js';
import { InstanceArbitraries } from './support/arbitraries.js';
import { errors, profileUrl, validatorPackage, type OperationOutcome, type ValidatorPackage } from './support/package.js';

const PROFILES = [
  'CareConnect-GPC-Patient-1',
  'CareConnect-GPC-Observation-1',
  'CareConnect-GPC-Encounter-1',
  'GPConnect-Appointment-1',
  'Extension-CareConnect-GPC-NHSNumberVerificationStatus-1',
  'Test-Patient',
  'Test-Observation',
  'Test-Bundle',
  'Test-Profiled-Bundle',
  'Bundle',
];

let p: ValidatorPackage;
let arbitraries: InstanceArbitraries;
let typeNames: Map<string, string>;

before(async () => {
  p = await validatorPackage();
  const lowering = new Lowering(p.model);
  const extensionUrls = p.model.structures.filter((s) => s.type === 'Extension' && s.derivation === 'constraint').map((s) => s.url).sort();
  arbitraries = new InstanceArbitraries(lowering, extensionUrls);
  typeNames = new Map(buildPlan(p.model).structures.map((s) => [s.structure.url, s.typeName]));
});

describe('compiled and interpreted validators agree on generated instances', () => {
  for (const name of PROFILES) {
    it(name, () => {
      const url = profileUrl(p.model, name);
      const is = p.pkg[`is${typeNames.get(url) ?? ''}`] as (v: unknown, options?: { registry: unknown }) => boolean;
      const validate = p.pkg[`validate${typeNames.get(url) ?? ''}`] as (v: unknown) => OperationOutcome;
      assert.equal(typeof is, 'function');
      assert.equal(typeof validate, 'function');
      const registry = p.pkg['registry'];
      let sawInvalid = false;
      fc.assert(
        fc.property(arbitraries.object({ kind: 'structure', url }, 3), (instance) => {
          const compiled = p.pkg.validate(instance, { profile: url });
          assert.deepEqual(compiled, p.interpreter.validate(instance, { profile: url }));
          const valid = errors(compiled).length === 0;
          assert.equal(is(instance, { registry }), valid);
          const locallyValid = is(instance);
          assert.equal(errors(validate(instance)).length === 0, locallyValid, 'is<Name> agrees with validate<Name> without the package registry');
          if (valid) assert.ok(locallyValid, 'the module registry finds no error the package registry does not');
          assert.equal(p.interpreter.isValid(instance, { profile: url }), valid);
          if (!valid) sawInvalid = true;
        }),
        { numRuns: 150, seed: 20261125 },
      );
      assert.ok(sawInvalid, 'some generated instances are invalid');
    });
  }
});
