/**
 * The real single-resource GP Connect examples, typed as the profile their meta.profile names, must
 * compile against the generated types (strict). Each example becomes an object literal in a temporary
 * .ts file so that TypeScript checks it as a user would write it (JSON imports would widen literals).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { normaliseCanonical } from '../../generator/ir/canonical.js';
import { loadDefaultBuild } from '../helpers/default-build.js';
import { EXAMPLES, GENERATED, REPO_ROOT } from '../helpers/paths.js';
import { runTsc } from '../helpers/tsc.js';

function singleResourceExamples(): string[] {
  const files: string[] = [];
  for (const folder of fs.readdirSync(EXAMPLES, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of fs.readdirSync(path.join(EXAMPLES, folder.name))) {
      if (!file.endsWith('.json') || /\.(Bundle|Parameters|OperationOutcome|CapabilityStatement)\.json$/.test(file)) continue;
      files.push(path.join(EXAMPLES, folder.name, file));
    }
  }
  return files.sort();
}

it('single-resource examples compile as their profile types', async () => {
  const { plan } = await loadDefaultBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gpc-examples-'));
  const lines: string[] = [];
  const typed: string[] = [];
  singleResourceExamples().forEach((file, index) => {
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { resourceType?: string; meta?: { profile?: string[] } };
    const profile = json.meta?.profile?.[0];
    const planned = profile ? plan.byUrl.get(normaliseCanonical(profile).url) : json.resourceType ? plan.byType.get(json.resourceType) : undefined;
    assert.ok(planned, `${path.basename(file)}: no generated type for ${profile ?? json.resourceType}`);
    const module = path.join(GENERATED, 'src', `${planned.module}.js`);
    lines.push(`import type { ${planned.typeName} as T${index} } from ${JSON.stringify(module)};`);
    lines.push(`// ${path.relative(EXAMPLES, file)}\nexport const example${index}: T${index} = ${JSON.stringify(json, null, 2)};`);
    typed.push(`${path.basename(file)} as ${planned.typeName}`);
  });
  assert.ok(typed.length >= 9, `found ${typed.length} examples`);
  fs.writeFileSync(path.join(dir, 'examples.ts'), `${lines.join('\n')}\n`);
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ extends: path.join(REPO_ROOT, 'test/types/tsconfig.json'), files: ['examples.ts'] }));
  const result = runTsc(['-p', path.join(dir, 'tsconfig.json')]);
  fs.rmSync(dir, { recursive: true, force: true });
  assert.ok(result.ok, `${typed.join('\n')}\n${result.output}`);
});
