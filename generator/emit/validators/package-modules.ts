/**
 * The package-level validator modules:
 * - `validators/dispatch.ts`: the package registry, which finds checks by canonical URL, by resource
 *   type and extensions by url (the only module that imports every structure module; only the root
 *   `validate.ts` imports it, so a bundler pulls it in only for the root);
 * - `validators/codes.ts`: the value-set predicates, shared by all modules;
 * - `validators/resource-types.ts`: the names the package knows (resource types, resource profile
 *   URLs, extension urls), for the modules' own registries: what the package does not know at all
 *   is reported as the package registry reports it;
 * - `validate.ts`: the root `validate(resource, options)`, the package `registry` (for the
 *   `{ registry }` option of `validate<Name>` / `is<Name>`) and the `OperationOutcome` types.
 * Their code is written as text through the `_` builder: every URL and code is a quoted literal.
 */
import { codesBySystem } from '../../validate/kinds/binding.js';
import { extensionInfos } from '../../validate/lower/extensions.js';
import { _, join, name, type Code } from './code.js';
import { StructureKind, type StatementStructures } from 'ts-morph';
import type { ValidatorRun } from './scope.js';
import { constStatement, emptyExport, functionStatement, namedImport, namespaceImport, typeReExport } from './statements.js';

export const DISPATCH_MODULE = 'validators/dispatch';
export const CODES_MODULE = 'validators/codes';
export const RESOURCE_TYPES_MODULE = 'validators/resource-types';
export const ROOT_MODULE = 'validate';


function byModule(a: { module: string }, b: { module: string }): number {
  return a.module < b.module ? -1 : a.module > b.module ? 1 : 0;
}

/**
 * A lookup table built once at import, looked up by strings of the instance (see
 * runtime/validate/string-table.ts for why not a `Map`). (A `switch` over some 700 URLs, as before,
 * compared the url with every case until one matched, and with all of them for a url the package
 * does not know, which is what an unknown extension is.)
 */
function table(id: string, valueType: Code, entries: readonly Code[]): StatementStructures {
  return constStatement(name(id), _`vrt.StringTable<${valueType}>`, _`vrt.StringTable.of<${valueType}>([${join(entries, ', ')}])`);
}

export function dispatchModule(run: ValidatorRun): StatementStructures[] {
  const planned = [...run.plan.structures].sort(byModule);
  const imports = planned.map((p) => namedImport([`check${p.typeName}`], `../${p.module}.js`));
  const urlEntries = planned.map(
    (p) => _`[${p.structure.url}, { check: ${name(`check${p.typeName}`)}, type: ${p.structure.type}, isResource: ${p.structure.kind === 'resource'} }]`,
  );
  const typeEntries = run.resourceTypes().map((p) => _`[${p.structure.type}, ${name(`check${p.typeName}`)}]`);
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
  const extensionEntries = extensionInfos(run.lowering.lc).map((info) => {
    const p = run.planned(info.structure.url);
    return _`[${info.structure.url}, { url: ${info.structure.url}, check: ${name(`check${p.typeName}`)}, contexts: ${constant(info.contexts)}, contextTypes: ${constant(info.contextTypes)} }]`;
  });
  const baseExtension = run.plan.byType.get('Extension');
  const constants = [...contexts].map(([key, id]) => constStatement(id, _`readonly string[]`, _`${JSON.parse(key) as string[]}`));
  const base = baseExtension ? _`(v, x, q, d) => ${name(`check${baseExtension.typeName}`)}(v, x, q, d)` : _`vrt.acceptAny`;
  return [
    namespaceImport('vrt', '../runtime/validate/index.js'),
    ...imports,
    ...constants,
    table('STRUCTURES', _`vrt.KnownStructure`, urlEntries),
    table('RESOURCES', _`vrt.Check`, typeEntries),
    table('EXTENSIONS', _`vrt.ExtensionDefinition`, extensionEntries),
    functionStatement({
      name: name('structureByUrl'), exported: true, parameters: [['url', 'string']], returnType: 'vrt.KnownStructure | undefined',
      body: _`return STRUCTURES.get(url);`, doc: 'Any structure of the package by canonical URL (without `|version`).',
    }),
    functionStatement({
      name: name('resourceByType'), exported: true, parameters: [['resourceType', 'string']], returnType: 'vrt.Check | undefined',
      body: _`return RESOURCES.get(resourceType);`, doc: 'The base resource check for a `resourceType`.',
    }),
    functionStatement({
      name: name('extensionByUrl'), exported: true, parameters: [['url', 'string']], returnType: 'vrt.ExtensionDefinition | undefined',
      body: _`return EXTENSIONS.get(url);`, doc: 'An extension definition by url.',
    }),
    constStatement(
      name('registry'),
      _`vrt.Registry`,
      _`{ byUrl: structureByUrl, byType: resourceByType, extension: extensionByUrl, baseExtension: ${base} }`,
      true,
      [
        'The lookups generated validators use for what the instance names: profiles, resource types, extension urls,',
        'over the whole package. The root `validate()` uses it; pass it as `{ registry }` to a module\'s',
        '`validate<Name>` / `is<Name>` to check content that module does not import (a bundle then holds every module).',
      ].join('\n'),
    ),
  ];
}

/**
 * Small value sets become `===` chains, larger ones a hoisted Set. A coding predicate compares the
 * system first (a value set usually has one or two) and then looks the code up the same way.
 */
export function codesModule(run: ValidatorRun): StatementStructures[] {
  const statements: StatementStructures[] = [];
  let sets = 0;
  const membership = (codes: readonly string[], arg: Code): Code => {
    if (codes.length <= 4) return join(codes.map((c) => _`${arg} === ${c}`), ' || ');
    const set = name(`SET_${sets++}`);
    statements.push(constStatement(set, _`ReadonlySet<string>`, _`new Set(${codes})`));
    return _`${set}.has(${arg})`;
  };
  for (const { name: fn, kind, codes } of run.codes.entries()) {
    if (kind === 'code') {
      const body = membership(codes, _`code`);
      statements.push(functionStatement({ name: name(fn), exported: true, parameters: [['code', 'string']], returnType: 'boolean', body: _`return ${body};` }));
      continue;
    }
    const tests = [...codesBySystem(codes)].map(([system, list]) => _`(system === ${system} && (${membership(list, _`code`)}))`);
    statements.push(
      functionStatement({ name: name(fn), exported: true, parameters: [['system', 'string'], ['code', 'string']], returnType: 'boolean', body: _`return ${join(tests, ' || ')};` }),
    );
  }
  if (statements.length === 0) statements.push(emptyExport());
  return statements;
}

/**
 * What the package knows by name, for the modules' own registries: the resource types, the
 * resource profiles and the extension urls (Sets built when the module is first imported). With
 * them a module tells content the package does not know at all (reported as the package registry
 * reports it: an unknown modifier extension is an error) from content it only does not import
 * (information).
 */
export function resourceTypesModule(run: ValidatorRun): StatementStructures[] {
  const names = run.resourceTypes().map((p) => p.structure.type);
  const profiles = run.plan.structures.filter((p) => p.structure.kind === 'resource').map((p) => p.structure.url).sort();
  const extensions = extensionInfos(run.lowering.lc).map((info) => info.structure.url).sort();
  const predicate = (fn: string, set: string, doc: string): StatementStructures =>
    functionStatement({ name: name(fn), exported: true, parameters: [['key', 'string']], returnType: 'boolean', body: _`return ${name(set)}.has(key);`, doc });
  return [
    constStatement(name('RESOURCE_TYPES'), _`ReadonlySet<string>`, _`new Set(${names})`),
    constStatement(name('RESOURCE_PROFILES'), _`ReadonlySet<string>`, _`new Set(${profiles})`),
    constStatement(name('EXTENSION_URLS'), _`ReadonlySet<string>`, _`new Set(${extensions})`),
    predicate('isResourceType', 'RESOURCE_TYPES', 'Whether `key` is a concrete resource type of this package.'),
    predicate('isResourceProfile', 'RESOURCE_PROFILES', 'Whether `key` is the canonical URL of a resource (or resource profile) of this package.'),
    predicate('isExtensionUrl', 'EXTENSION_URLS', 'Whether `key` is the url of an extension definition of this package.'),
  ];
}

export function rootModule(): StatementStructures[] {
  return [
    namespaceImport('vrt', './runtime/validate/index.js'),
    namedImport(['registry'], './validators/dispatch.js'),
    { kind: StructureKind.ExportDeclaration, namedExports: ['registry'], moduleSpecifier: './validators/dispatch.js' },
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
    functionStatement({
      name: name('isValid'),
      exported: true,
      parameters: [['resource', 'unknown'], ['options?', '{ readonly profile?: string }']],
      returnType: 'boolean',
      body: _`return vrt.testValue(resource, options, registry);`,
      doc: [
        'True exactly when {@link validate} (with the same options) reports no `error` or `fatal` issue; faster,',
        'as it stops at the first error and builds no issues. Never throws.',
      ].join('\n'),
    }),
  ];
}
