/**
 * The R reference docs emitter: for each operation `docs/<file>.Rd|.md|.txt`, and the service page
 * `docs/<prefix>.Rd|.md|.txt`. Pure: context in, files out.
 */
import { join } from 'node:path';
import type { CodegenContext } from '../../context/context.js';
import type { LinkMap } from '../../links/types.js';
import { templatesDir } from '../../paths.js';
import type { Emitter, GeneratedFile } from '../types.js';
import { DocConverter, type HtmlReader } from './convert.js';
import { docsService, type DocsService } from './docs-service.js';
import { operationPage } from './page-model.js';
import { renderRdPage } from './rd-page.js';
import { renderMdPage } from './md-page.js';
import { renderServiceMd, renderServiceRd, servicePage } from './service-page.js';
import { DocsCache } from './templates.js';
import { renderServiceText, renderTextPage } from './text-page.js';

/** The session's docs cache (compiled templates, code decisions). */
export function docsCache(ctx: CodegenContext): DocsCache {
  const dir = join(ctx.options.templatesDir ?? templatesDir, 'docs');
  return ctx.session.cached(`docs-cache:${dir}`, () => new DocsCache(dir));
}

export interface DocsOptions {
  /** The link map to apply (`generate --links`): moved links get their final URL, dead ones become text. */
  readonly links?: LinkMap;
  /** The caller's per-run state (compiled templates, code decisions); a fresh one when absent. */
  readonly cache?: DocsCache;
  /** The model's reader of HTML, shared with the other emitters (`ModelIndex.html`). */
  readonly read?: HtmlReader;
}

/** The pages of one service (names from the context's symbols, through `docsService`). */
export function renderDocs(service: DocsService, paths: (ext: 'Rd' | 'md' | 'txt', op?: string) => string, options: DocsOptions = {}): GeneratedFile[] {
  const cache = options.cache ?? new DocsCache();
  const conv = new DocConverter(service, cache, options.links, options.read);
  const files: GeneratedFile[] = [];
  for (const op of service.operations) {
    const page = operationPage(service, op, conv);
    files.push({ path: paths('Rd', op.name), contents: renderRdPage(page, cache) });
    files.push({ path: paths('md', op.name), contents: renderMdPage(page, conv) });
    files.push({ path: paths('txt', op.name), contents: renderTextPage(page, cache) });
  }
  const svc = servicePage(service, conv);
  files.push({ path: paths('Rd'), contents: renderServiceRd(svc, cache) });
  files.push({ path: paths('md'), contents: renderServiceMd(svc, cache) });
  files.push({ path: paths('txt'), contents: renderServiceText(svc, cache) });
  return files;
}

export function emitDocs(ctx: CodegenContext): GeneratedFile[] {
  return renderDocs(docsService(ctx), (ext, op) => ctx.symbols.docsPath(ext, op), { links: ctx.options.links, cache: docsCache(ctx), read: (html) => ctx.index.html(html) });
}

export const docsEmitter: Emitter = { name: 'docs', outputs: ['docs/*.Rd', 'docs/*.md', 'docs/*.txt'], emit: emitDocs };
