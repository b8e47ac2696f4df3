/**
 * The R reference docs emitter: for each operation `docs/<file>.Rd|.md|.txt`, and the service page
 * `docs/<prefix>.Rd|.md|.txt`. Pure: IR in, files out.
 */
import type { IRService } from '../../ir/types.js';
import type { Emitter, GeneratedFile } from '../types.js';
import type { LinkMap } from '../../links/link-map.js';
import { DocConverter } from './convert.js';
import { operationPage } from './page-model.js';
import { renderRdPage } from './rd-page.js';
import { renderMdPage } from './md-page.js';
import { renderServiceMd, renderServiceRd, servicePage } from './service-page.js';
import { renderServiceText, renderTextPage } from './text-page.js';

export interface DocsOptions {
  /** The link map to apply (`generate --links`): moved links get their final URL, dead ones become text. */
  readonly links?: LinkMap;
}

export function emitDocs(service: IRService, options: DocsOptions = {}): GeneratedFile[] {
  const conv = new DocConverter(service, options.links);
  const files: GeneratedFile[] = [];
  for (const op of service.operations) {
    const page = operationPage(service, op, conv);
    files.push({ path: `docs/${page.fileName}.Rd`, contents: renderRdPage(page) });
    files.push({ path: `docs/${page.fileName}.md`, contents: renderMdPage(page) });
    files.push({ path: `docs/${page.fileName}.txt`, contents: renderTextPage(page) });
  }
  const svc = servicePage(service, conv);
  files.push({ path: `docs/${service.prefix}.Rd`, contents: renderServiceRd(svc) });
  files.push({ path: `docs/${service.prefix}.md`, contents: renderServiceMd(svc) });
  files.push({ path: `docs/${service.prefix}.txt`, contents: renderServiceText(svc) });
  return files;
}

export const docsEmitter: Emitter = { name: 'docs', emit: emitDocs };
