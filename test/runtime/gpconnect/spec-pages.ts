/** Reads the copied GP Connect specification pages (see spec-pages/README.md) and pulls pieces out of them. */
import { readFileSync } from 'node:fs';

const PAGES = new URL('./spec-pages/', import.meta.url);

export function readSpecPage(version: '1.2.8' | '1.6.2', file: string): string {
  return readFileSync(new URL(`${version}/${file}`, PAGES), 'utf8');
}

/** The lines of a markdown section: from the heading whose text contains (or matches) `title` to the next heading of the same or higher level. */
export function section(markdown: string, title: string | RegExp): string {
  const lines = markdown.split('\n');
  const matches = (line: string): boolean => (typeof title === 'string' ? line.includes(title) : title.test(line));
  const start = lines.findIndex((line) => /^#+\s/.test(line) && matches(line));
  if (start < 0) throw new Error(`section "${title}" not found`);
  const level = /^#+/.exec(lines[start] ?? '')?.[0].length ?? 1;
  const end = lines.findIndex((line, index) => index > start && new RegExp(`^#{1,${level}}\\s`).test(line));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** The contents of every fenced code block (```lang ... ```) in `markdown`, with their language. */
export function fencedBlocks(markdown: string): { lang: string; body: string }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((m) => ({ lang: m[1] ?? '', body: m[2] ?? '' }));
}

/** Markdown table rows (`| a | b |`) as arrays of trimmed cells, separator rows left out. */
export function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.trim().startsWith('|') && !/^\|[\s|:-]+\|?\s*$/.test(line.trim()))
    .map((line) => line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()));
}
