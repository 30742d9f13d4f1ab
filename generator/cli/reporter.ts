/**
 * Progress and timings on stderr. Progress lines only on a TTY (and never in CI), so logs stay clean;
 * phase timings with --verbose.
 */
import type { GenerateEvent } from '../generate.js';

export interface Reporter {
  event(event: GenerateEvent): void;
  done(): void;
}

export function createReporter(options: { verbose: boolean; quiet: boolean }, stream: NodeJS.WriteStream = process.stderr): Reporter {
  const live = stream.isTTY === true && !process.env['CI'] && !options.quiet;
  let lastLine = '';
  const show = (text: string) => {
    if (!live) return;
    stream.write(`\r${text.padEnd(lastLine.length)}`);
    lastLine = text;
  };
  return {
    event(event) {
      if (event.type === 'phase-start') show(`${event.phase}...`);
      else if (event.type === 'progress') show(`${event.phase}: ${event.done}/${event.total} modules`);
      else if (event.type === 'phase-end') {
        show('');
        if (options.verbose && !options.quiet) stream.write(`\r${`${event.phase}: ${event.ms} ms`.padEnd(lastLine.length)}\n`);
      }
    },
    done() {
      if (live && lastLine) stream.write(`\r${' '.repeat(lastLine.length)}\r`);
    },
  };
}
