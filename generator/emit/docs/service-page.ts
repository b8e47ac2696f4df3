/**
 * The service page (`<prefix>.Rd|.md|.txt`): the client constructor, its config argument, the service's
 * documentation and the table of operations with their titles.
 */
import { pageBlocks } from './page-view.js';
import type { DocsService as IRService } from './docs-service.js';
import type { DocConverter, Doc } from './convert.js';
import { escapeHtml, layoutHtml } from './html-layout.js';
import { SPACE, text, type Tok } from './layout.js';
import { indentCode } from './md-page.js';
import { strictBlocks, strictEscape } from './md-strict.js';
import { rdText } from './rd-escape.js';
import type { Templates } from './templates.js';

export interface ServicePage {
  readonly prefix: string;
  /** The heading of the text rendering. */
  readonly heading: string;
  readonly title: string;
  readonly description: Doc;
  readonly operations: readonly { readonly topic: string; readonly snakeName: string; readonly title: string }[];
  /** The example call: the first operation with a placeholder argument. */
  readonly example: string;
}

export function servicePage(service: IRService, conv: DocConverter): ServicePage {
  const title = service.metadata.serviceFullName;
  const described = conv.convert(service.documentation, 'description');
  const first = service.operations[0];
  return {
    prefix: service.prefix,
    heading: service.heading,
    title,
    description: described.rd === '' ? conv.convert(`<p>${escapeHtml(title)}</p>`, 'description') : described,
    operations: [...service.operations]
      .sort((a, b) => (a.rTopic < b.rTopic ? -1 : a.rTopic > b.rTopic ? 1 : 0))
      .map((op) => ({ topic: op.rTopic, snakeName: op.snakeName, title: conv.title(op.documentation, op.snakeName) })),
    example: first ? `svc$${first.snakeName}(\n  Foo = 123\n)` : 'svc',
  };
}

export function renderServiceRd(page: ServicePage, templates: Templates): string {
  return templates.get('service.Rd')({
    prefix: page.prefix,
    title: rdText(page.title),
    description: page.description.rd,
    operations: page.operations.map((o) => `\\link[=${o.topic}]{${rdText(o.snakeName)}} \\tab ${rdText(o.title)}`).join('\\cr\n'),
    example: page.example,
  });
}

function operationRow(o: ServicePage['operations'][number], odd: boolean): string {
  const link = `<td style="text-align: left;"><a href="../${o.topic}/"> ${escapeHtml(o.snakeName)} </a></td>`;
  const words: Tok[] = [text('<td'), SPACE, text('style="text-align: left;">')];
  o.title.split(/ +/).forEach((w, i) => {
    if (i > 0) words.push(SPACE);
    words.push(text(escapeHtml(w)));
  });
  words.push(text('</td>'));
  const cell = layoutHtml(words);
  return [`<tr class="${odd ? 'odd' : 'even'}">`, link, cell, '</tr>'].join('\n');
}

export function renderServiceMd(page: ServicePage, templates: Templates): string {
  return templates.get('service.md')({
    prefix: page.prefix,
    title: strictEscape(page.title),
    description: strictBlocks(pageBlocks(page.description.blocks)),
    operations: page.operations.map((o, i) => operationRow(o, i % 2 === 0)),
    example: indentCode(page.example),
  });
}
