/** One temp root and one cut-down core cache per test file; a fresh folder per case. */
import fs from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import { createMiniCoreCache, tempDir } from '../../hostile/support/mini-core.js';
import type { CaseContext } from './case.js';

export function caseContexts(prefix: string, roots?: readonly string[]): (name: string) => CaseContext {
  let root = '';
  let cache = '';
  before(() => {
    root = tempDir(prefix);
    cache = createMiniCoreCache(root, roots);
  });
  after(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });
  let counter = 0;
  return (name) => {
    const dir = path.join(root, `${String(++counter).padStart(2, '0')}-${name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 40)}`);
    fs.mkdirSync(dir);
    return { dir, cache };
  };
}
