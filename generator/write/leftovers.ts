/**
 * What an interrupted write leaves beside the output folder, and putting it right on the next write. The
 * writer works in sibling folders named after the output (`.<out>.tmp-<pid>-<time>` for the new tree,
 * `.<out>.old-<pid>-<time>` for the previous one while the two are swapped). A process killed while writing
 * leaves a temp folder; one killed between the two renames of the swap leaves no output folder and the
 * previous output in the old folder. Folders of a process that is still running are left alone.
 */
import fs from 'node:fs';
import path from 'node:path';

export function siblingName(outDir: string, kind: 'tmp' | 'old', suffix: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}.${kind}-${suffix}`);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Leftover sibling folders of writes that are no longer running, newest first. */
function leftovers(outDir: string, kind: 'tmp' | 'old'): string[] {
  const parent = path.dirname(outDir);
  if (!fs.existsSync(parent)) return [];
  const prefix = `.${path.basename(outDir)}.${kind}-`;
  return fs
    .readdirSync(parent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith(prefix))
    .filter((entry) => !isRunning(Number(entry.name.slice(prefix.length).split('-')[0])))
    .map((entry) => entry.name)
    .sort()
    .reverse()
    .map((name) => path.join(parent, name));
}

/**
 * Restores the previous output if an interrupted swap left none, and removes the other leftovers. The
 * suffix's time part is base 36 of `Date.now()`, so for the same pid the name order is the time order.
 */
export function recoverInterruptedWrite(outDir: string): void {
  const old = leftovers(outDir, 'old');
  const newest = old[0];
  if (newest && !fs.existsSync(outDir)) fs.renameSync(newest, outDir);
  for (const folder of [...old, ...leftovers(outDir, 'tmp')]) fs.rmSync(folder, { recursive: true, force: true });
}
