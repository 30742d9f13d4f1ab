/**
 * Worker side of ./hang-guard.ts: loads the generated package, says it is ready, then runs each
 * `{ call, value }` it is sent (`validate` or a `validate<Name>`) and posts back the number of error
 * issues. Runs in a worker so that a
 * validation that never ends can be stopped from outside.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { GENERATED } from '../../helpers/paths.js';

interface Outcome {
  issue: Array<{ severity: string }>;
}

const port = parentPort;
if (!port) throw new Error('validate-worker.ts runs as a worker thread');
const index = (await import(pathToFileURL(path.join(GENERATED, 'src', 'index.js')).href)) as Record<string, (v: unknown) => Outcome>;
port.on('message', ({ call, value }: { call: string; value: unknown }) => {
  const validate = index[call];
  if (typeof validate !== 'function') throw new Error(`the generated package has no function ${call}`);
  const outcome = validate(value);
  port.postMessage({ errors: outcome.issue.filter((i) => i.severity === 'error' || i.severity === 'fatal').length });
});
port.postMessage('ready');
