/**
 * The handlebars templates of the reference pages, compiled once per process (on first use) and shared
 * by every page of every service.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { templatesDir } from '../../paths.js';

export type TemplateName = 'operation.Rd' | 'operation.md' | 'operation.txt' | 'service.Rd' | 'service.md' | 'service.txt';

const compiled = new Map<TemplateName, HandlebarsTemplateDelegate>();

/** The compiled template `templates/docs/<name>.hbs`. */
export function template(name: TemplateName): HandlebarsTemplateDelegate {
  let t = compiled.get(name);
  if (!t) {
    const source = readFileSync(join(templatesDir, 'docs', `${name}.hbs`), 'utf8');
    t = Handlebars.compile(source, { noEscape: true, strict: false });
    compiled.set(name, t);
  }
  return t;
}

/** How many templates have been compiled so far (tests check that pages reuse them). */
export function compiledCount(): number {
  return compiled.size;
}
