/**
 * Loading from a registry, from a .tgz and from a folder — without the internet: a tiny npm-style FHIR
 * registry runs on loopback for the duration of the test and serves the `mini` test package.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isGeneratorError } from '../../generator/errors.js';
import { loadPackages } from '../../generator/load/packages.js';
import { MINI_PACKAGE } from '../helpers/mini.js';
import { PACKAGE_CACHE } from '../helpers/paths.js';

// The loopback registry must be reached directly, whatever proxy the environment names.
for (const key of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) delete process.env[key];

const TYPES = ['StructureDefinition', 'ValueSet', 'CodeSystem'];
let server: http.Server;
let registry: string;
let tarball: string;
let work: string;
const requests: string[] = [];

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gpc-registry-'));
  tarball = path.join(work, 'test.mini-1.0.0.tgz');
  execFileSync('tar', ['czf', tarball, '-C', MINI_PACKAGE, 'package']);
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/test.mini') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ name: 'test.mini', versions: { '1.0.0': { dist: { tarball: `${registry}/test.mini/-/test.mini-1.0.0.tgz` } } } }));
    } else if (req.url === '/test.mini/-/test.mini-1.0.0.tgz') {
      res.end(fs.readFileSync(tarball));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** A writable cache holding the read-only STU3 core from shared/ (linked, never written). */
function cacheWithCore(name: string): string {
  const cache = path.join(work, name);
  fs.mkdirSync(cache, { recursive: true });
  fs.symlinkSync(path.join(PACKAGE_CACHE, 'hl7.fhir.core#3.0.1'), path.join(cache, 'hl7.fhir.core#3.0.1'));
  return cache;
}

function hasMiniPatient(resources: ReadonlyArray<{ url: string | undefined }>): boolean {
  return resources.some((r) => r.url === 'http://test.org/StructureDefinition/Mini-Patient');
}

describe('package sources', () => {
  it('downloads a missing package from the registry into the cache, then uses the cache', async () => {
    const cache = cacheWithCore('online');
    const first = await loadPackages({ packages: ['test.mini#1.0.0'], cacheDir: cache, offline: false, registry, resourceTypes: TYPES });
    assert.ok(hasMiniPatient(first.resources));
    assert.deepEqual(first.packages.map((p) => `${p.id}#${p.version}`), ['test.mini#1.0.0', 'hl7.fhir.core#3.0.1']);
    assert.ok(fs.existsSync(path.join(cache, 'test.mini#1.0.0', 'package', 'package.json')), 'cached in the FHIR package cache layout');
    const asked = requests.length;
    assert.ok(asked >= 1);
    await loadPackages({ packages: ['test.mini#1.0.0'], cacheDir: cache, offline: false, registry, resourceTypes: TYPES });
    assert.equal(requests.length, asked, 'a cached exact version needs no request');
  });

  it('offline, a package missing from the cache is an error naming it and the cache, with no request', async () => {
    const cache = cacheWithCore('offline');
    const before = requests.length;
    await assert.rejects(
      loadPackages({ packages: ['test.mini#1.0.0'], cacheDir: cache, offline: true, registry, resourceTypes: TYPES }),
      (error: unknown) => isGeneratorError(error) && error.code === 'GPC101' && error.message.includes('test.mini#1.0.0') && error.message.includes(cache),
    );
    assert.equal(requests.length, before);
  });

  it('a registry without the package is an error naming the registry', async () => {
    await assert.rejects(
      loadPackages({ packages: ['test.absent#1.0.0'], cacheDir: cacheWithCore('absent'), offline: false, registry, resourceTypes: TYPES }),
      (error: unknown) => isGeneratorError(error) && error.code === 'GPC101' && error.message.includes(registry),
    );
  });

  it('loads a local .tgz and its dependencies from the cache', async () => {
    const set = await loadPackages({ packages: [tarball], cacheDir: PACKAGE_CACHE, offline: true, registry: undefined, resourceTypes: TYPES });
    assert.ok(hasMiniPatient(set.resources));
    assert.equal(set.packages[0]?.origin, `local ${tarball}`);
  });

  it('loads a local folder, and reports a missing dependency naming the package that needs it', async () => {
    const set = await loadPackages({ packages: [MINI_PACKAGE], cacheDir: PACKAGE_CACHE, offline: true, registry: undefined, resourceTypes: TYPES });
    assert.ok(hasMiniPatient(set.resources));
    await assert.rejects(
      loadPackages({ packages: [MINI_PACKAGE], cacheDir: path.join(work, 'empty-cache'), offline: true, registry: undefined, resourceTypes: TYPES }),
      (error: unknown) => isGeneratorError(error) && error.code === 'GPC102' && error.message.includes('hl7.fhir.core#3.0.1') && error.message.includes('required by test.mini#1.0.0'),
    );
  });
});
