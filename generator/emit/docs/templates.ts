/**
 * The per-run state of the docs emitter, owned by its caller (one per generation run or worker, later the
 * codegen context): the compiled handlebars templates, read and compiled on first use, and roxygen's
 * `\code`/`\verb` decision for each code string (they repeat across pages). Nothing is kept at module level,
 * so a template edited under `--watch` is read again by the next run's cache.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { templatesDir } from '../../paths.js';
import { isVerbCode } from './inline-rd.js';

export type TemplateName = 'operation.Rd' | 'operation.md' | 'operation.txt' | 'service.Rd' | 'service.md' | 'service.txt';

export class DocsCache {
  private readonly compiled = new Map<TemplateName, HandlebarsTemplateDelegate>();
  private readonly verbs = new Map<string, boolean>();

  constructor(private readonly dir: string = join(templatesDir, 'docs')) {}

  /** The compiled template `templates/docs/<name>.hbs`. */
  template(name: TemplateName): HandlebarsTemplateDelegate {
    let t = this.compiled.get(name);
    if (!t) {
      t = Handlebars.compile(readFileSync(join(this.dir, `${name}.hbs`), 'utf8'), { noEscape: true, strict: false });
      this.compiled.set(name, t);
    }
    return t;
  }

  /** How many templates this cache has compiled (tests check that pages reuse them). */
  get size(): number {
    return this.compiled.size;
  }

  /** Is this code (as roxygen saw it) written as `\verb{}`? Remembered, bounded. */
  readonly isVerb = (code: string): boolean => {
    let verb = this.verbs.get(code);
    if (verb === undefined) {
      verb = isVerbCode(code);
      if (this.verbs.size > 50_000) this.verbs.clear();
      this.verbs.set(code, verb);
    }
    return verb;
  };
}
