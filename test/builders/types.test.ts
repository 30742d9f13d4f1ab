/**
 * Compile-time behaviour of the generated builders, checked with the real compiler against a generated
 * package: complete calls compile, calls with a required part missing do not (test/fixtures/builders/
 * type-tests.ts, `@ts-expect-error` lines), and the README's examples compile under strict settings.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { generateTestProject, removeTestProject, typecheck, type TestProject } from './package.js';

const FIXTURE = new URL('../fixtures/builders/type-tests.ts', import.meta.url);
const DIRECTIVE = /^\s*\/\/ @ts-expect-error(.*)$/;

/** Lines (1-based) that follow a `@ts-expect-error`, with the quoted text the error must mention, if any. */
function expectations(source: string): Array<{ line: number; mention: string | undefined }> {
  const lines = source.split('\n');
  const result: Array<{ line: number; mention: string | undefined }> = [];
  lines.forEach((text, index) => {
    const match = DIRECTIVE.exec(text);
    if (match) result.push({ line: index + 2, mention: /'([^']+)'/.exec(match[1] ?? '')?.[1] });
  });
  return result;
}

describe('generated builders: compile-time checks', () => {
  let project: TestProject | undefined;
  const source = fs.readFileSync(FIXTURE, 'utf8');

  before(async () => {
    project = await generateTestProject();
  });
  after(() => removeTestProject(project));

  test('the type tests compile, with every @ts-expect-error used', () => {
    assert.ok(project);
    assert.deepEqual(typecheck(project, { 'type-tests.ts': source }), []);
  });

  test('each @ts-expect-error line fails on its own, for the reason its comment names', () => {
    assert.ok(project);
    const expected = expectations(source);
    assert.ok(expected.length >= 30, `only ${expected.length} expected errors`);
    // The same file with the directives blanked out (so line numbers stay the same).
    const bare = source
      .split('\n')
      .map((line) => (DIRECTIVE.test(line) ? '' : line))
      .join('\n');
    const diagnostics = typecheck(project, { 'type-tests-bare.ts': bare });
    const byLine = new Map<number, string[]>();
    for (const d of diagnostics) byLine.set(d.line, [...(byLine.get(d.line) ?? []), `${d.code} ${d.message}`]);
    for (const { line, mention } of expected) {
      const messages = byLine.get(line) ?? [];
      assert.ok(messages.length > 0, `line ${line} compiles: ${bare.split('\n')[line - 1]}`);
      if (mention !== undefined) assert.ok(messages.some((m) => m.includes(mention)), `line ${line}: no error mentions '${mention}': ${messages.join(' | ')}`);
    }
    const unexpected = diagnostics.filter((d) => !expected.some((e) => e.line === d.line));
    assert.deepEqual(unexpected, []);
  });

  test('the README examples compile under strict settings', () => {
    assert.ok(project);
    const readme = project.files.get('README.md') ?? '';
    const section = /^## Builders\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1] ?? '';
    const examples = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    assert.ok(examples.length >= 4, `${examples.length} builder examples in the README`);
    const files = Object.fromEntries(examples.map((code, i) => [`readme-${i}.ts`, code]));
    assert.deepEqual(typecheck(project, files), []);
  });
});
