/**
 * The handlebars templates of the reference pages, compiled on first use and kept by the caller's session
 * (shared by every page of every service of a run; a new session sees edited templates).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';

export type TemplateName = 'operation.Rd' | 'operation.md' | 'operation.txt' | 'service.Rd' | 'service.md' | 'service.txt';

export class Templates {
  private readonly compiled = new Map<TemplateName, HandlebarsTemplateDelegate>();

  /** @param dir the folder of the `.hbs` files (`templates/docs`). */
  constructor(private readonly dir: string) {}

  /** The compiled template `templates/docs/<name>.hbs`. */
  get(name: TemplateName): HandlebarsTemplateDelegate {
    let t = this.compiled.get(name);
    if (!t) {
      const source = readFileSync(join(this.dir, `${name}.hbs`), 'utf8');
      t = Handlebars.compile(source, { noEscape: true, strict: false });
      this.compiled.set(name, t);
    }
    return t;
  }

  /** How many templates have been compiled so far (tests check that pages reuse them). */
  get size(): number {
    return this.compiled.size;
  }
}
