/**
 * Validation over the IR, without generating anything: the engine of the CLI `validate` command
 * and the oracle the compiled validators are tested against. It gives the same verdicts and the
 * same issues as the generated package built from the same model.
 *
 * ```ts
 * const validator = createIrValidator(model); // cheap: structures are lowered on first use
 * const outcome = validator.validate(resource, { profile: 'https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1' });
 * ```
 */
import type { IrModel } from '../ir/types.js';
import type { OperationOutcome } from '../runtime/validate/outcome.js';
import { testCheck } from '../runtime/validate/context.js';
import { canonicalUrl, checkEntryResource, validateValue } from '../runtime/validate/resource.js';
import { Interpreter } from './interpreter.js';
import { Lowering } from './lower/index.js';

export interface ValidateOptions {
  /** Validate against this profile (canonical URL, `url|version` accepted) instead of `meta.profile` / the base type. */
  readonly profile?: string;
}

export interface IrValidator {
  /** Same contract as the generated package's `validate()`: never throws. */
  validate(resource: unknown, options?: ValidateOptions): OperationOutcome;
  /** Whether the validation would report no error (fast mode). */
  isValid(resource: unknown, options?: ValidateOptions): boolean;
  /** Whether the model has a StructureDefinition with this canonical URL (`url|version` accepted). */
  knowsProfile(profile: string): boolean;
  /** Constraints that are not checked, with the reason (`key: expression` → reason). */
  readonly notChecked: ReadonlyMap<string, string>;
}

export function createIrValidator(model: IrModel): IrValidator {
  const lowering = new Lowering(model);
  const interpreter = new Interpreter(lowering);
  return {
    validate: (resource, options) => validateValue(resource, options, interpreter.registry),
    isValid: (resource, options) => {
      if (options?.profile !== undefined) {
        const known = interpreter.byUrl(canonicalUrl(options.profile));
        return known !== undefined && testCheck(resource, known.check, known.isResource, interpreter.registry);
      }
      return testCheck(resource, checkEntryResource, true, interpreter.registry);
    },
    knowsProfile: (profile) => interpreter.byUrl(canonicalUrl(profile)) !== undefined,
    notChecked: lowering.notes,
  };
}

const validators = new WeakMap<IrModel, IrValidator>();

/** Validates with a validator cached per model (the first call for a model sets it up). */
export function validateWithIr(model: IrModel, resource: unknown, options?: ValidateOptions): OperationOutcome {
  let validator = validators.get(model);
  if (!validator) {
    validator = createIrValidator(model);
    validators.set(model, validator);
  }
  return validator.validate(resource, options);
}

export type { OperationOutcome };
