/** Renders the static/scaffold files of the generated package from handlebars templates in templates/. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

const TEMPLATE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../templates');

function engine(): typeof Handlebars {
  const hb = Handlebars.create();
  // JSON-encode values placed in JSON templates: safe for any text, including quotes and newlines.
  hb.registerHelper('json', (value: unknown) => new hb.SafeString(JSON.stringify(value)));
  return hb;
}

export function renderTemplate(name: string, data: Record<string, unknown>): string {
  const source = fs.readFileSync(path.join(TEMPLATE_DIR, name), 'utf8');
  return engine().compile(source, { noEscape: true, strict: true })(data);
}
