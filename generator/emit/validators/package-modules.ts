/**
 * The package-level validator modules:
 * - `validators/dispatch.ts`: finds checks by canonical URL, by resource type and extensions by url
 *   (the only module that imports every structure module);
 * - `validators/codes.ts`: the value-set predicates, shared by all modules;
 * - `validate.ts`: the root `validate(resource, options)` and the `OperationOutcome` types.
 * Their code is written as text through the `_` builder: every URL and code is a quoted literal.
 */
import { extensionInfos } from '../../validate/lower/extensions.js';
import { _, join, name, type Code } from './code.js';
import type { StatementStructures } from 'ts-morph';
import type { ValidatorRun } from './scope.js';
import { constStatement, emptyExport, functionStatement, namedImport, namespaceImport, typeReExport } from './statements.js';

export const DISPATCH_MODULE = 'validators/dispatch';
export const CODES_MODULE = 'validators/codes';
export const ROOT_MODULE = 'validate';


function byModule(a: { module: string }, b: { module: string }): number {
  return a.module < b.module ? -1 : a.module > b.module ? 1 : 0;
}

function switchBody(subject: string, cases: readonly Code[]): Code {
  return _`switch (${name(subject)}) {\n${join(cases)}\ndefault: return undefined;\n}`;
}

export function dispatchModule(run: ValidatorRun): StatementStructures[] {
  const planned = [...run.plan.structures].sort(byModule);
  const imports = planned.map((p) => namedImport([`check${p.typeName}`], `../${p.module}.js`));
  const urlCases = planned.map(
    (p) => _`case ${p.structure.url}: return { check: ${name(`check${p.typeName}`)}, type: ${p.structure.type}, isResource: ${p.structure.kind === 'resource'} };`,
  );
  const types = planned.filter((p) => p.structure.kind === 'resource' && !p.structure.abstract && run.plan.byType.get(p.structure.type) === p);
  const typeCases = types.map((p) => _`case ${p.structure.type}: return ${name(`check${p.typeName}`)};`);
  const contexts = new Map<string, Code>();
  const constant = (list: readonly string[]): Code => {
    const key = JSON.stringify(list);
    let id = contexts.get(key);
    if (!id) {
      id = name(`CONTEXTS_${contexts.size}`);
      contexts.set(key, id);
    }
    return id;
  };
  const extensionCases = extensionInfos(run.lowering.lc).map((info) => {
    const p = run.planned(info.structure.url);
    return _`case ${info.structure.url}: return { url, check: ${name(`check${p.typeName}`)}, contexts: ${constant(info.contexts)}, contextTypes: ${constant(info.contextTypes)} };`;
  });
  const baseExtension = run.plan.byType.get('Extension');
  const constants = [...contexts].map(([key, id]) => constStatement(id, _`readonly string[]`, _`${JSON.parse(key) as string[]}`));
  const base = baseExtension ? _`(v, x, q, d) => ${name(`check${baseExtension.typeName}`)}(v, x, q, d)` : _`vrt.acceptAny`;
  return [
    namespaceImport('vrt', '../runtime/validate/index.js'),
    ...imports,
    ...constants,
    functionStatement({
      name: name('structureByUrl'), exported: true, parameters: [['url', 'string']], returnType: 'vrt.KnownStructure | undefined',
      body: switchBody('url', urlCases), doc: 'Any structure of the package by canonical URL (without `|version`).',
    }),
    functionStatement({
      name: name('resourceByType'), exported: true, parameters: [['resourceType', 'string']], returnType: 'vrt.Check | undefined',
      body: switchBody('resourceType', typeCases), doc: 'The base resource check for a `resourceType`.',
    }),
    functionStatement({
      name: name('extensionByUrl'), exported: true, parameters: [['url', 'string']], returnType: 'vrt.ExtensionDefinition | undefined',
      body: switchBody('url', extensionCases), doc: 'An extension definition by url.',
    }),
    constStatement(
      name('registry'),
      _`vrt.Registry`,
      _`{ byUrl: structureByUrl, byType: resourceByType, extension: extensionByUrl, baseExtension: ${base} }`,
      true,
      'The lookups generated validators use for what the instance names: profiles, resource types, extension urls.',
    ),
  ];
}

/** Small value sets become `===` chains, larger ones a hoisted Set. */
export function codesModule(run: ValidatorRun): StatementStructures[] {
  const statements: StatementStructures[] = [];
  let sets = 0;
  for (const { name: fn, codes } of run.codes.entries()) {
    let body: Code;
    if (codes.length <= 4) {
      body = join(codes.map((c) => _`key === ${c}`), ' || ');
    } else {
      const set = name(`SET_${sets++}`);
      statements.push(constStatement(set, _`ReadonlySet<string>`, _`new Set(${codes})`));
      body = _`${set}.has(key)`;
    }
    statements.push(functionStatement({ name: name(fn), exported: true, parameters: [['key', 'string']], returnType: 'boolean', body: _`return ${body};` }));
  }
  if (statements.length === 0) statements.push(emptyExport());
  return statements;
}

export function rootModule(): StatementStructures[] {
  return [
    namespaceImport('vrt', './runtime/validate/index.js'),
    namedImport(['registry'], './validators/dispatch.js'),
    typeReExport(['IssueCode', 'IssueSeverity', 'OperationOutcome', 'OperationOutcomeIssue'], './runtime/validate/outcome.js'),
    functionStatement({
      name: name('validate'),
      exported: true,
      parameters: [['resource', 'unknown'], ['options?', '{ readonly profile?: string }']],
      returnType: 'vrt.OperationOutcome',
      body: _`return vrt.validateValue(resource, options, registry);`,
      doc: [
        'Validates a FHIR resource (any JSON value is accepted) and returns a STU3 OperationOutcome.',
        '',
        '- With `options.profile` (a canonical URL, `url|version` accepted): against that profile; an',
        '  unknown profile gives a `fatal` `not-found` issue.',
        '- Otherwise against each `meta.profile` entry this package knows, else against the base type',
        '  named by `resourceType`. Contained resources and Bundle entries are validated the same way.',
        '',
        'Never throws.',
      ].join('\n'),
    }),
  ];
}
