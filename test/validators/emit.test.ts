/**
 * The validator emitter: safe code fragments, the lowering decisions the emitter relies on, and the
 * generated package type-checking under the strictest settings (strict, exactOptionalPropertyTypes,
 * isolatedDeclarations) with the validator runtime and fhirpath.js.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { ts } from 'ts-morph';
import { _, literal, member, name } from '../../generator/emit/validators/code.js';
import { ImportCollector } from '../../generator/emit/imports.js';
import { ModulePrinter } from '../../generator/emit/print.js';
import { ValidatorRun } from '../../generator/emit/validators/scope.js';
import { structureStatements } from '../../generator/emit/validators/structure.js';
import type { IrElement, IrModel, IrStructure } from '../../generator/ir/types.js';
import { buildPlan } from '../../generator/plan/plan.js';
import { Lowering } from '../../generator/validate/lower/index.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { runTsc } from '../helpers/tsc.js';
import { validatorPackage, type ValidatorPackage } from './support/package.js';

const HOSTILE = ["*/ throw 1; /*", "'); process.exit(1); ('", '`${process.exit(1)}`', '\u2028\u2029', '</script>', '\\"; x = 1; "'];

function evaluate(code: string): unknown {
  return new Function(`return (${code});`)() as unknown;
}

describe('code fragments', () => {
  it('turns every interpolated value into a literal that evaluates back to it', () => {
    for (const text of HOSTILE) {
      assert.equal(evaluate(_`${text}`.toString()), text);
      assert.deepEqual(evaluate(literal({ [text]: [text, 1, true, null] }).toString()), { [text]: [text, 1, true, null] });
    }
  });

  it('accepts only safe identifiers as names, and quotes other property keys', () => {
    assert.equal(name('checkPatient').toString(), 'checkPatient');
    for (const bad of ['a b', 'x;y', 'class', '1a', '']) assert.throws(() => name(bad));
    assert.equal(member(_`o`, 'system').toString(), 'o.system');
    assert.equal(member(_`o`, 'a-b').toString(), 'o["a-b"]');
  });

  it('refuses numbers that have no literal', () => {
    assert.throws(() => literal(Number.NaN));
  });
});

let p: ValidatorPackage;
before(async () => {
  p = await validatorPackage();
});

function withFixed(model: IrModel, url: string, fixed: string): IrModel {
  const patch = (element: IrElement): IrElement =>
    element.name === 'system' && element.id.includes(':nhs.') ? { ...element, fixed: { type: 'Uri', value: fixed } } : { ...element, children: element.children.map(patch), slices: element.slices.map(patch) };
  return { ...model, structures: model.structures.map((s): IrStructure => (s.url === url ? { ...s, root: patch(s.root) } : s)) };
}

describe('emission', () => {
  it('writes profile values into generated code only as literals', () => {
    const url = 'http://test.org/validators/StructureDefinition/Test-Patient';
    for (const text of HOSTILE) {
      const model = withFixed(p.model, url, text);
      const plan = buildPlan(model);
      const planned = plan.byUrl.get(url);
      assert.ok(planned);
      const source = new ModulePrinter().print(structureStatements(new ValidatorRun(model, plan), planned, new ImportCollector(planned.module)));
      const out = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } });
      assert.deepEqual(out.diagnostics ?? [], []);
      assert.ok(source.includes(JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')), 'the value appears as a JSON literal');
      assert.ok(!source.includes('process.exit(1);\n'), 'nothing escapes its literal');
    }
  });

  it('delegates subtrees a profile only repeats to the datatype check, compiles the narrowed ones', () => {
    const lowering = new Lowering(p.model);
    const gpc = lowering.object({ kind: 'structure', url: 'https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1' });
    const identifier = gpc.props.find((prop) => prop.name === 'identifier');
    const slice = identifier?.slicing?.slices.find((s) => s.name === 'nhsNumber');
    assert.deepEqual(slice?.variant.target, { kind: 'object', ref: { kind: 'element', url: 'https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1', elementId: 'Patient.identifier:nhsNumber', primitive: false } });
    const nhs = lowering.object({ kind: 'element', url: 'https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1', elementId: 'Patient.identifier:nhsNumber', primitive: false });
    const period = nhs.props.find((prop) => prop.name === 'period');
    assert.equal(period?.max, 0);
    const telecom = gpc.props.find((prop) => prop.name === 'telecom');
    const telecomRule = telecom?.variants[0]?.target.kind === 'object' ? lowering.object(telecom.variants[0].target.ref) : undefined;
    const telecomPeriod = telecomRule?.props.find((prop) => prop.name === 'period')?.variants[0]?.target;
    assert.deepEqual(telecomPeriod, { kind: 'object', ref: { kind: 'structure', url: 'http://hl7.org/fhir/StructureDefinition/Period' } });
  });

  it('lists the constraints it cannot check, with the reason', () => {
    const lowering = new Lowering(p.model);
    for (const s of p.model.structures) lowering.object({ kind: 'structure', url: s.url });
    for (const [constraint, reason] of lowering.notes) assert.match(reason, /resolve\(\)|FHIRPath expression/, constraint);
  });

  it('generates a package that type-checks with the validators and their runtime', { timeout: 600_000 }, () => {
    const src = path.join(p.dir, 'pkg/src');
    assert.ok(fs.existsSync(path.join(src, 'validate.ts')));
    assert.ok(fs.existsSync(path.join(src, 'runtime/validate/index.ts')));
    const config = path.join(p.dir, 'tsconfig.validators.json');
    fs.writeFileSync(config, JSON.stringify({ extends: path.join(REPO_ROOT, 'test/typecheck/tsconfig.generated.json'), include: [path.join(src, '**/*.ts')] }));
    const result = runTsc(['-p', config]);
    assert.ok(result.ok, result.output.slice(0, 4000));
  });

  it('declares fhirpath as the one runtime dependency, at the version the generator uses', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(p.dir, 'pkg/package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const ours = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    assert.deepEqual(manifest.dependencies, { fhirpath: ours.dependencies['fhirpath'] });
  });
});
