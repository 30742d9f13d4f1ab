/**
 * The input hash and what it depends on: package files (found through package.json dependencies alone),
 * output options and plugins, but not paths or where packages come from. Uses a tiny hand-made package
 * cache so that each case is exact and fast.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { resolveConfig, type GpConnectCodegenConfig } from '../../generator/config.js';
import { FileDigests } from '../../generator/incremental/file-digests.js';
import { computeInputHash } from '../../generator/incremental/input-hash.js';
import { packageClosure } from '../../generator/incremental/package-closure.js';
import { PACKAGE_CACHE } from '../helpers/paths.js';

/** A package cache with `a#1.0.0` -> `b#2.0.0` -> `c#3.0.0`, and `b` also -> `a` (a cycle). */
function makeCache(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gpc-hash-'));
  const cache = path.join(root, 'cache');
  const write = (key: string, deps: Record<string, string>) => {
    const [name, version] = key.split('#');
    const dir = path.join(cache, key, 'package');
    fs.mkdirSync(path.join(dir, 'other'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version, dependencies: deps }));
    fs.writeFileSync(path.join(dir, `StructureDefinition-${name}.json`), JSON.stringify({ resourceType: 'StructureDefinition', url: `http://test.org/${name}` }));
    fs.writeFileSync(path.join(dir, 'other', 'ignored.txt'), 'not read by the loader');
  };
  write('a#1.0.0', { b: '2.0.0' });
  write('b#2.0.0', { c: '3.0.0', a: '1.0.0' });
  write('c#3.0.0', {});
  return cache;
}

function hashOf(cache: string, config: GpConnectCodegenConfig = {}, digests = FileDigests.open(undefined)): string {
  const result = computeInputHash(resolveConfig({ packages: ['a#1.0.0'], cache, ...config }, cache), 'default', digests);
  assert.ok('hash' in result, 'hashable');
  return result.hash;
}

describe('package closure from package.json files', () => {
  it('walks dependencies breadth-first, once each, in the loader order', () => {
    const cache = makeCache();
    const closure = packageClosure(['a#1.0.0'], cache);
    assert.ok('packages' in closure);
    assert.deepEqual(
      closure.packages.map((p) => p.key),
      ['a#1.0.0', 'b#2.0.0', 'c#3.0.0'],
    );
  });

  it('gives the same closure as the loader for the GP Connect package', () => {
    const closure = packageClosure(['nhsconnect.gpconnect-fhir#1.5.0'], PACKAGE_CACHE);
    assert.ok('packages' in closure);
    assert.deepEqual(
      closure.packages.map((p) => p.key),
      ['nhsconnect.gpconnect-fhir#1.5.0', 'hl7.fhir.core#3.0.1', 'nhsconnect.gpconnect-fhir.careconnect-base#1.5.0'],
    );
  });

  it('says why when a package is not in the cache (the loader must fetch it)', () => {
    const closure = packageClosure(['missing#9.9.9'], makeCache());
    assert.ok('unavailable' in closure);
    assert.match(closure.unavailable, /missing#9\.9\.9 is not in the package cache/);
  });

  it('reads local folders and .tgz files', () => {
    const cache = makeCache();
    const folder = path.join(cache, 'a#1.0.0');
    const tgz = path.join(path.dirname(cache), 'a.tgz');
    fs.cpSync(path.join(folder, 'package'), path.join(path.dirname(cache), 'tar', 'package'), { recursive: true });
    execFileSync('tar', ['czf', tgz, '-C', path.join(path.dirname(cache), 'tar'), 'package']);
    for (const source of [folder, tgz]) {
      const closure = packageClosure([source], cache);
      assert.ok('packages' in closure, source);
      assert.deepEqual(
        closure.packages.map((p) => [p.key, p.kind]),
        [
          ['a#1.0.0', source.endsWith('.tgz') ? 'tgz' : 'folder'],
          ['b#2.0.0', 'folder'],
          ['c#3.0.0', 'folder'],
        ],
      );
    }
  });
});

describe('input hash', () => {
  it('is the same with and without the digest memo, and stable', () => {
    const cache = makeCache();
    const memoFile = path.join(path.dirname(cache), 'memo.json');
    const first = hashOf(cache, {}, FileDigests.open(memoFile));
    assert.ok(fs.existsSync(memoFile), 'the memo was written');
    assert.equal(hashOf(cache, {}, FileDigests.open(memoFile)), first);
    assert.equal(hashOf(cache), first);
  });

  it('changes when a package file changes, even with a memo and the old mtime put back', () => {
    const cache = makeCache();
    const memoFile = path.join(path.dirname(cache), 'memo.json');
    const before = hashOf(cache, {}, FileDigests.open(memoFile));
    const file = path.join(cache, 'c#3.0.0', 'package', 'StructureDefinition-c.json');
    const { atime, mtime } = fs.statSync(file);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('http://test.org/c', 'http://test.org/x')); // same length
    fs.utimesSync(file, atime, mtime);
    assert.notEqual(hashOf(cache, {}, FileDigests.open(memoFile)), before);
  });

  it('changes when a file is added to a package folder, not when one is added to a subfolder', () => {
    const cache = makeCache();
    const before = hashOf(cache);
    fs.writeFileSync(path.join(cache, 'b#2.0.0', 'package', 'other', 'more.txt'), 'x');
    assert.equal(hashOf(cache), before, 'subfolders are not read by the loader');
    fs.writeFileSync(path.join(cache, 'b#2.0.0', 'package', 'ValueSet-new.json'), '{}');
    assert.notEqual(hashOf(cache), before);
  });

  it('changes with options that shape the output, not with paths or how packages are fetched', () => {
    const cache = makeCache();
    const base = hashOf(cache);
    for (const config of [{ packageName: 'other' }, { packageVersion: '2.0.0' }, { description: 'x' }, { include: ['http://x/*'] }, { exclude: ['*'] }, { gpconnect: false }, { gpconnect: true }]) {
      assert.notEqual(hashOf(cache, config), base, JSON.stringify(config));
    }
    for (const config of [{ out: '/elsewhere' }, { offline: true }, { registry: 'https://example.org' }]) {
      assert.equal(hashOf(cache, config), base, JSON.stringify(config));
    }
    const moved = path.join(path.dirname(cache), 'moved-cache');
    fs.cpSync(cache, moved, { recursive: true });
    assert.equal(hashOf(moved), base, 'a copy of the cache elsewhere gives the same hash');
  });

  it('changes with the emit plugins', () => {
    const cache = makeCache();
    const config = resolveConfig({ packages: ['a#1.0.0'], cache }, cache);
    const hash = (plugins: Parameters<typeof computeInputHash>[1]) => {
      const result = computeInputHash(config, plugins, FileDigests.open(undefined));
      return 'hash' in result ? result.hash : result.unavailable;
    };
    assert.notEqual(hash([]), hash('default'));
    assert.notEqual(hash([{ name: 'one' }]), hash([{ name: 'two' }]));
    assert.equal(hash([{ name: 'one' }]), hash([{ name: 'one' }]));
  });

  it('is unavailable before loading when a package is not in the cache', () => {
    const result = computeInputHash(resolveConfig({ packages: ['a#1.0.0', 'zzz#1.0.0'], cache: makeCache() }, os.tmpdir()), 'default', FileDigests.open(undefined));
    assert.ok('unavailable' in result);
  });
});
