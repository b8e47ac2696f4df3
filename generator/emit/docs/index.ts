/**
 * The R reference docs emitter: for each operation `docs/<file>.Rd|.md|.txt`, and the service page
 * `docs/<prefix>.Rd|.md|.txt`. Pure: IR in, files out.
 */
import type { IRService } from '../../ir/types.js';
import type { Emitter, GeneratedFile } from '../types.js';
import type { LinkMap } from '../../links/link-map.js';
import { DocsCache } from './templates.js';
import { DocConverter } from './convert.js';
import { operationPage } from './page-model.js';
import { renderRdPage } from './rd-page.js';
import { renderMdPage } from './md-page.js';
import { renderServiceMd, renderServiceRd, servicePage } from './service-page.js';
import { renderServiceText, renderTextPage } from './text-page.js';

export interface DocsOptions {
  /** The link map to apply (`generate --links`): moved links get their final URL, dead ones become text. */
  readonly links?: LinkMap;
  /** The caller's per-run state (compiled templates, code decisions); a fresh one when absent. */
  readonly cache?: DocsCache;
}

export function emitDocs(service: IRService, options: DocsOptions = {}): GeneratedFile[] {
  const cache = options.cache ?? new DocsCache();
  const conv = new DocConverter(service, cache, options.links);
  const files: GeneratedFile[] = [];
  for (const op of service.operations) {
    const page = operationPage(service, op, conv);
    files.push({ path: `docs/${page.fileName}.Rd`, contents: renderRdPage(page, cache) });
    files.push({ path: `docs/${page.fileName}.md`, contents: renderMdPage(page, conv) });
    files.push({ path: `docs/${page.fileName}.txt`, contents: renderTextPage(page, cache) });
  }
  const svc = servicePage(service, conv);
  files.push({ path: `docs/${service.prefix}.Rd`, contents: renderServiceRd(svc, cache) });
  files.push({ path: `docs/${service.prefix}.md`, contents: renderServiceMd(svc, cache) });
  files.push({ path: `docs/${service.prefix}.txt`, contents: renderServiceText(svc, cache) });
  return files;
}

export const docsEmitter: Emitter = {
  name: 'docs',
  emit: (service, options) => emitDocs(service, { links: options?.links, cache: options?.docsCache }),
};
