/**
 * A hang guard that really stops: the generated package's validators run in a worker thread, which
 * is terminated when a validation has not answered within the limit. A validation stuck in a loop
 * (or in a blow-up that would take minutes) then costs the test run the limit, not the minutes.
 * Loading the package in the worker is not counted; after a stop the next call starts a new worker.
 */
import { Worker } from 'node:worker_threads';

export type Guarded = { status: 'finished'; errors: number; ms: number } | { status: 'stopped'; ms: number };

const WORKER = new URL('./validate-worker.ts', import.meta.url).href;
// A worker's entry module is loaded before `--import` hooks apply to it, so the worker first
// registers tsx itself and then imports the TypeScript worker module.
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); })`;

function startWorker(): Promise<Worker> {
  const worker = new Worker(BOOT, { eval: true });
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}

export class GuardedValidator {
  private worker: Promise<Worker> | undefined;

  /**
   * Validates `value` with the package's `call` (`validate`, `validatePatient`, ...); after `limitMs`
   * the worker is terminated and the result is `stopped`.
   */
  async validate(value: unknown, limitMs: number, call = 'validate'): Promise<Guarded> {
    this.worker ??= startWorker();
    const worker = await this.worker;
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners();
        this.close();
        resolve({ status: 'stopped', ms: performance.now() - started });
      }, limitMs);
      worker.once('message', (message: { errors: number }) => {
        clearTimeout(timer);
        resolve({ status: 'finished', errors: message.errors, ms: performance.now() - started });
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.postMessage({ call, value });
    });
  }

  close(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.then((w) => w.terminate());
  }
}
