/**
 * The service page (`<prefix>.Rd|.md|.txt`): the client constructor, its config argument, the service's
 * documentation and the table of operations with their titles.
 */
import { examplesCode } from './examples.js';
import type { DocsService as IRService } from './docs-service.js';
import type { DocConverter, Doc } from './convert.js';
import { escapeHtml } from '../../html/escape.js';
import { layoutHtml } from './html-layout.js';
import { SPACE, text, type Tok } from './layout.js';
import { indentCode } from './md-page.js';
import { strictBlocks, strictEscapeWords } from './md-strict.js';
import { rdCode, rdText, rLikeView } from './rd-escape.js';
import type { DocsCache } from './templates.js';

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

/**
 * R's `sort()` of operation names in an English locale: letters compared without case first (`ListBackupPlans`
 * before `ListBackupPlanTemplates`), then lower case before upper case.
 */
export function rNameOrder(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a === b ? 0 : a > b ? -1 : 1;
}

/** The service documentation; a first paragraph that only repeats the service's name (`<fullname>`) is dropped. */
function serviceDescription(service: IRService, conv: DocConverter, title: string): Doc {
  const described = conv.convert(service.documentation, 'description');
  const [first, ...rest] = described.blocks;
  const repeatsTitle = first !== undefined && (first.t === 'para' || first.t === 'plain') && conv.fromBlocks([first]).md === title;
  const doc = repeatsTitle ? conv.fromBlocks(rest) : described;
  return doc.rd === '' ? conv.convert(`<p>${escapeHtml(title)}</p>`, 'description') : doc;
}

export function servicePage(service: IRService, conv: DocConverter): ServicePage {
  const title = service.metadata.serviceFullName;
  return {
    prefix: service.prefix,
    heading: service.heading,
    title,
    description: serviceDescription(service, conv, title),
    operations: [...service.operations]
      .sort((a, b) => rNameOrder(a.name, b.name))
      .map((op) => ({ topic: op.rTopic, snakeName: op.snakeName, title: conv.title(op.documentation, op.snakeName) })),
    example: serviceExample(service),
  };
}

/**
 * The service page's example: the first example of the first operation that has one (a bare `#` comment
 * line dropped), else a call of the first operation with a placeholder argument.
 */
function serviceExample(service: IRService): string {
  const op = service.operations.find((o) => o.examples.length > 0);
  if (op) return examplesCode(op.examples.slice(0, 1), op.snakeName)!.replace(/^#\n/, '');
  const first = service.operations[0];
  return first ? `svc$${first.snakeName}(\n  Foo = 123\n)` : 'svc';
}

export function renderServiceRd(page: ServicePage, cache: DocsCache): string {
  return cache.template('service.Rd')({
    prefix: page.prefix,
    title: rdText(page.title),
    description: page.description.rd,
    operations: page.operations.map((o) => `\\link[=${o.topic}]{${rdText(o.snakeName)}} \\tab ${rdText(o.title)}`).join('\\cr\n'),
    example: rdCode(page.example),
  });
}

function operationRow(o: ServicePage['operations'][number], odd: boolean): string {
  // pandoc laid the cell out holding only the name (the link was put in afterwards): it breaks after `<td`
  // when `<td style="text-align: left;">name</td>` passes 72 columns.
  const name = escapeHtml(o.snakeName);
  const sep = layoutHtml([text('<td'), SPACE, text(`style="text-align: left;">${name}</td>`)]).startsWith('<td\n') ? '\n' : ' ';
  const link = `<td${sep}style="text-align: left;"><a href="../${o.topic}/"> ${name} </a></td>`;
  const words: Tok[] = [text('<td'), SPACE, text('style="text-align: left;">')];
  o.title.split(/ +/).forEach((w, i) => {
    if (i > 0) words.push(SPACE);
    words.push(text(escapeHtml(w)));
  });
  words.push(text('</td>'));
  const cell = layoutHtml(words);
  return [`<tr class="${odd ? 'odd' : 'even'}">`, link, cell, '</tr>'].join('\n');
}

export function renderServiceMd(page: ServicePage, cache: DocsCache): string {
  return cache.template('service.md')({
    prefix: page.prefix,
    title: strictEscapeWords(page.title),
    description: strictBlocks(page.description.view),
    operations: page.operations.map((o, i) => operationRow(o, i % 2 === 0)),
    example: indentCode(rLikeView(page.example)),
  });
}
