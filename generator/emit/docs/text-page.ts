/**
 * The text rendering: what the published web page reads as plain text, from its heading on. Paragraphs
 * are one line each, table cells are joined by a space, code blocks keep their lines.
 */
import { pageBlocks } from './page-view.js';
import type { Block, Inline } from './ast.js';
import { codeView, rdTextView } from './md-strict.js';
import type { OperationPage } from './page-model.js';
import type { ServicePage } from './service-page.js';
import { stripForbidden } from './rd-escape.js';
import type { Templates } from './templates.js';

const WJ = '\u2060';

function inlineText(ils: readonly Inline[]): string {
  let s = '';
  for (const il of ils) {
    if (il.t === 'str') s += rdTextView(stripForbidden(il.s));
    else if (il.t === 'space' || il.t === 'br') s += ' ';
    else if (il.t === 'code') {
      const c = codeView(il.s);
      s += c.verb ? WJ + c.text + WJ : c.text;
    } else s += inlineText(il.c);
  }
  return s;
}

/** Blocks as text: one line per paragraph, blank lines between blocks. */
export function textBlocks(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    switch (b.t) {
      case 'para':
      case 'plain':
      case 'header':
        parts.push(inlineText(b.c));
        break;
      case 'codeblock':
        parts.push(stripForbidden(b.s));
        break;
      case 'bullets':
      case 'ordered':
        parts.push(...b.items.map((item) => textBlocks(item)));
        break;
      case 'quote':
        parts.push(textBlocks(b.c));
        break;
      case 'hr':
        break;
      case 'table':
        parts.push(...b.rows.map((r) => r.map(inlineText).join(' ')));
        break;
    }
  }
  return parts.filter((p) => p !== '').join('\n\n');
}

export function renderTextPage(page: OperationPage, templates: Templates): string {
  return templates.get('operation.txt')({
    heading: page.heading,
    topic: page.topic,
    title: page.title,
    description: textBlocks(pageBlocks(page.description.blocks)),
    usage: page.usage,
    arguments: page.arguments?.map((a) => {
      const body = textBlocks(pageBlocks(a.doc.blocks));
      return { name: a.name, text: a.required ? `[required]${body === '' ? '' : ' ' + body}` : body };
    }),
    value: page.value === undefined ? 'An empty list.' : `A list with the following syntax:\n\n${page.value}`,
    request: page.request,
    examples: page.examples === undefined ? undefined : `## Not run: \n${page.examples}\n\n## End(Not run)`,
  });
}

export function renderServiceText(page: ServicePage, templates: Templates): string {
  return templates.get('service.txt')({
    heading: page.heading,
    prefix: page.prefix,
    title: page.title,
    description: textBlocks(pageBlocks(page.description.blocks)),
    operations: page.operations.map((o) => `${o.snakeName} ${o.title}`),
    example: page.example,
  });
}
