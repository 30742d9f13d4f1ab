/**
 * generator/runtime/gpconnect is copied verbatim into the generated package as its `gpconnect` entry
 * point, which runs in browsers too: it must import nothing from outside the folder, use no Node-only
 * API, and compile on its own under strict settings with only the ES and DOM libraries.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import ts from 'typescript';

const FOLDER = new URL('../../../generator/runtime/gpconnect/', import.meta.url);
const files = readdirSync(FOLDER).filter((file) => file.endsWith('.ts'));
const source = (file: string) => readFileSync(new URL(file, FOLDER), 'utf8');

describe('generator/runtime/gpconnect is self-contained and platform-neutral', () => {
  test('has the expected modules', () => {
    for (const file of ['index.ts', 'interactions.ts', 'ssp.ts', 'jwt.ts']) assert.ok(files.includes(file), file);
  });

  test('imports only sibling modules, with the .js extension', () => {
    for (const file of files) {
      for (const match of source(file).matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        const specifier = match[1] ?? '';
        assert.match(specifier, /^\.\/[a-z0-9-]+\.js$/, `${file} imports ${specifier}`);
        assert.ok(files.includes(specifier.slice(2).replace(/\.js$/, '.ts')), `${file} imports missing ${specifier}`);
      }
      assert.doesNotMatch(source(file), /\bimport\s*\(|\brequire\s*\(/, `${file}: dynamic import or require`);
    }
  });

  test('uses no Node-only API, no any, no @ts-ignore', () => {
    const forbidden = /\bBuffer\b|\bprocess\.|\bnode:|__dirname|__filename|\bsetImmediate\b|@ts-ignore|@ts-nocheck|:\s*any\b|\bas any\b|<any>/;
    for (const file of files) {
      const code = source(file).replace(/^\s*(\/\/|\*).*$/gm, '');
      const hit = forbidden.exec(code);
      assert.equal(hit, null, `${file}: ${hit?.[0]}`);
    }
  });

  test('compiles alone, strictest, with lib ES2022 + DOM and no @types/node', () => {
    const options: ts.CompilerOptions = {
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      noImplicitOverride: true,
      noPropertyAccessFromIndexSignature: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
      noEmit: true,
      skipLibCheck: true, // the libraries are not under test; checking lib.dom.d.ts triples the time
    };
    const program = ts.createProgram([fileURLToPath(new URL('index.ts', FOLDER))], options);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepEqual(diagnostics, []);
    const compiled = program.getSourceFiles().map((file) => file.fileName).filter((name) => !name.includes('node_modules'));
    assert.deepEqual(compiled.map((name) => name.split('/').pop()).sort(), [...files].sort(), 'index.ts should reach every module');
  });
});
