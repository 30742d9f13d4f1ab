/**
 * Test helper, run as a child process: `node --import tsx killed-write.ts <out> <when>`. Writes a new
 * tree of 100 files over `<out>` with the generator's writer and kills its own process with SIGKILL (no
 * cleanup code can run, as with a power cut or an OOM kill) at the moment `when` names:
 *  - `write:<n>`: at the n-th file written into the writer's temp folder;
 *  - `swap`: right after the previous output has been moved aside, before the new one is moved in.
 */
import fs from 'node:fs';
import { writeAtomically } from '../../../generator/write/atomic.js';

const [out = '', when = 'write:1'] = process.argv.slice(2);
const die = (): never => {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable');
};

if (when.startsWith('write:')) {
  const limit = Number(when.slice('write:'.length));
  const original = fs.writeFileSync;
  let count = 0;
  fs.writeFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (typeof file === 'string' && file.includes('.tmp-') && ++count >= limit) die();
    return (original as (...args: unknown[]) => void)(file, ...rest);
  }) as typeof fs.writeFileSync;
} else if (when === 'swap') {
  const original = fs.renameSync;
  fs.renameSync = ((from: fs.PathLike, to: fs.PathLike) => {
    original(from, to);
    if (String(to).includes('.old-')) die();
  }) as typeof fs.renameSync;
}

const files = new Map(Array.from({ length: 100 }, (_, i) => [`src/F${i}.ts`, `export const f${i}: number = ${i};\n`] as const));
writeAtomically(out, files, 'new-hash', false);
process.stderr.write('the write finished without being killed\n');
process.exit(1);
