/**
 * Content digests of package folders and files, memoised by the status of every file in them (device,
 * inode, size, mtime, ctime). The input hash must be over contents: it is written into the generated
 * package, which is committed, so it must come out the same on every machine. But reading ~65 MB of FHIR
 * packages takes most of a second, while reading the status of their ~4,000 files takes ~50 ms. Any write
 * to a file updates its mtime and ctime, so a folder whose files all have the status they had when we last
 * read them has the contents we read then, and its recorded digest is reused.
 *
 * The memo is a small cache file in the OS temp folder (one entry per folder or file): losing it only makes
 * the next run read the files again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Entry = readonly [stamp: string, digest: string];

function stampOf(file: string): string {
  const stat = fs.statSync(file);
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

export class FileDigests {
  private changed = false;

  private constructor(
    private readonly memoFile: string | undefined,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** Opens the memo at `file` (default: in the OS temp folder); `undefined` keeps it in memory only. */
  static open(file: string | undefined = defaultMemoFile()): FileDigests {
    const entries = new Map<string, Entry>();
    if (file) {
      try {
        const json = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
        if (json && typeof json === 'object') {
          for (const [key, value] of Object.entries(json)) {
            if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') entries.set(key, [value[0], value[1]]);
          }
        }
      } catch {
        // Missing or unreadable memo: start empty.
      }
    }
    return new FileDigests(file, entries);
  }

  /** sha256 over the names and contents of `names` (files in `dir`), in the order given. */
  folder(dir: string, names: readonly string[]): string {
    const files = names.map((name) => path.join(dir, name));
    const stamp = createHash('sha256');
    for (const [i, file] of files.entries()) stamp.update(names[i] ?? '').update('\0').update(stampOf(file)).update('\0');
    return this.memo(`dir:${dir}`, stamp.digest('hex'), () => {
      const hash = createHash('sha256');
      for (const [i, file] of files.entries()) {
        const content = fs.readFileSync(file);
        hash.update(names[i] ?? '').update('\0').update(String(content.length)).update('\0').update(content);
      }
      return hash.digest('hex');
    });
  }

  /** sha256 of one file's bytes. */
  file(file: string): string {
    return this.memo(`file:${file}`, stampOf(file), () => createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  }

  /** Writes the memo back if anything was added (temp file + rename, so concurrent runs never see half a file). */
  save(): void {
    if (!this.memoFile || !this.changed) return;
    try {
      fs.mkdirSync(path.dirname(this.memoFile), { recursive: true });
      const temp = `${this.memoFile}.${process.pid}.tmp`;
      // Forget folders and files that are gone (temporary package caches), so the memo stays small.
      const kept = [...this.entries].filter(([key]) => fs.existsSync(key.slice(key.indexOf(':') + 1)));
      fs.writeFileSync(temp, JSON.stringify(Object.fromEntries(kept)));
      fs.renameSync(temp, this.memoFile);
      this.changed = false;
    } catch {
      // A memo we cannot write only costs time on the next run.
    }
  }

  private memo(key: string, stamp: string, compute: () => string): string {
    const known = this.entries.get(key);
    if (known && known[0] === stamp) return known[1];
    const digest = compute();
    this.entries.set(key, [stamp, digest]);
    this.changed = true;
    return digest;
  }
}

function defaultMemoFile(): string {
  const user = typeof process.getuid === 'function' ? String(process.getuid()) : 'user';
  return path.join(os.tmpdir(), `gpconnect-codegen-${user}`, 'digests-v1.json');
}
