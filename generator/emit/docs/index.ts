/**
 * The R reference docs emitter: for each operation `docs/<file>.Rd|.md|.txt`, and the service page
 * `docs/<prefix>.Rd|.md|.txt`. Pure: context in, files out.
 */
import { join } from 'node:path';
import type { CodegenContext } from '../../context/context.js';
import { templatesDir } from '../../paths.js';
import type { Emitter, GeneratedFile } from '../types.js';
import { DocConverter } from './convert.js';
import { docsService } from './docs-service.js';
import { operationPage } from './page-model.js';
import { renderRdPage } from './rd-page.js';
import { renderMdPage } from './md-page.js';
import { renderServiceMd, renderServiceRd, servicePage } from './service-page.js';
import { Templates } from './templates.js';
import { renderServiceText, renderTextPage } from './text-page.js';

/** The session's compiled templates. */
export function docsTemplates(ctx: CodegenContext): Templates {
  const dir = join(ctx.options.templatesDir ?? templatesDir, 'docs');
  return ctx.session.cached(`docs-templates:${dir}`, () => new Templates(dir));
}

export function emitDocs(ctx: CodegenContext): GeneratedFile[] {
  const service = docsService(ctx);
  const templates = docsTemplates(ctx);
  const { symbols } = ctx;
  const conv = new DocConverter(service);
  const files: GeneratedFile[] = [];
  for (const op of service.operations) {
    const page = operationPage(service, op, conv);
    files.push({ path: symbols.docsPath('Rd', op.name), contents: renderRdPage(page, templates) });
    files.push({ path: symbols.docsPath('md', op.name), contents: renderMdPage(page, templates) });
    files.push({ path: symbols.docsPath('txt', op.name), contents: renderTextPage(page, templates) });
  }
  const svc = servicePage(service, conv);
  files.push({ path: symbols.docsPath('Rd'), contents: renderServiceRd(svc, templates) });
  files.push({ path: symbols.docsPath('md'), contents: renderServiceMd(svc, templates) });
  files.push({ path: symbols.docsPath('txt'), contents: renderServiceText(svc, templates) });
  return files;
}

export const docsEmitter: Emitter = { name: 'docs', outputs: ['docs/*.Rd', 'docs/*.md', 'docs/*.txt'], emit: emitDocs };
