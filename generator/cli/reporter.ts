/**
 * Progress and timings on stderr. A live status line (phase, what it is working on, N of M, elapsed time)
 * only on a TTY and never in CI or with --json, so logs and pipes stay clean; phase timings with --verbose.
 */
import type { GenerateEvent, Phase } from '../generate.js';

export interface Reporter {
  event(event: GenerateEvent): void;
  done(): void;
}

export interface ReporterOptions {
  readonly verbose: boolean;
  /** No live line at all (--json). */
  readonly quiet: boolean;
  /** Environment to read `CI` from. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
}

/** The minimum of a stream the reporter needs (a TTY WriteStream, or a fake in tests). */
export interface ReporterStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

const LABELS: Readonly<Record<Phase, string>> = {
  hash: 'checking inputs',
  load: 'loading packages',
  ir: 'building the IR (snapshots, value sets)',
  plan: 'naming declarations',
  emit: 'generating modules',
  write: 'writing',
};

/** True when a live line may be drawn: an interactive terminal outside CI, and not --json. */
export function isLive(stream: ReporterStream, options: ReporterOptions): boolean {
  const env = options.env ?? process.env;
  return stream.isTTY === true && !env['CI'] && !options.quiet;
}

export function createReporter(options: ReporterOptions, stream: ReporterStream = process.stderr): Reporter {
  const live = isLive(stream, options);
  let lastLine = '';
  let status = '';
  let started = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  let packages: readonly string[] = [];
  const draw = () => {
    if (!live || !status) return;
    const text = `${status} ${((performance.now() - started) / 1000).toFixed(1)} s`;
    stream.write(`\r${text.padEnd(lastLine.length)}`);
    lastLine = text;
  };
  const clear = () => {
    if (live && lastLine) stream.write(`\r${' '.repeat(lastLine.length)}\r`);
    lastLine = '';
  };
  const stopTimer = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
  };
  return {
    event(event) {
      if (event.type === 'inputs') {
        packages = event.packages;
      } else if (event.type === 'phase-start') {
        const what = event.phase === 'load' && packages.length > 0 ? ` (${packages.length}: ${packages.join(', ')})` : '';
        status = `${LABELS[event.phase]}${what}...`;
        started = performance.now();
        draw();
        if (live && !timer) {
          // Redraw the elapsed time while a long phase (loading, IR) works without events; unref'd so it never keeps the process alive.
          timer = setInterval(draw, 250);
          timer.unref();
        }
      } else if (event.type === 'progress') {
        status = `${LABELS[event.phase]}: ${event.done} of ${event.total}`;
        draw();
      } else if (event.type === 'phase-end') {
        stopTimer();
        clear();
        status = '';
        if (options.verbose && !options.quiet) stream.write(`${event.phase}: ${event.ms} ms\n`);
      }
    },
    done() {
      stopTimer();
      clear();
    },
  };
}
