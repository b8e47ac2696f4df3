/**
 * The plain-text view of a documentation string (pandoc's plain writer, as far as the title needs it): the
 * first paragraph, joined into one line, gives the title up to its first period.
 */
import { isTight, type Block, type Inline } from './ast.js';

function inlinePlain(ils: readonly Inline[]): string {
  let s = '';
  for (const il of ils) {
    if (il.t === 'str' || il.t === 'code') s += il.s;
    else if (il.t === 'space' || il.t === 'br') s += ' ';
    else if (il.t === 'math') s += il.s;
    else s += inlinePlain(il.c); // emphasis, links and spans: their text
  }
  return s;
}

/** The lines of the first paragraph of the plain rendering (up to its first blank line). */
function firstParagraphLines(blocks: readonly Block[]): string[] {
  const b = blocks[0];
  if (!b) return [];
  switch (b.t) {
    case 'para':
    case 'plain':
    case 'header':
    case 'term':
      return [inlinePlain(b.c)];
    case 'div':
      return firstParagraphLines([...b.c, ...blocks.slice(1)]);
    case 'codeblock':
      return b.s.split('\n').map((l) => '    ' + l);
    case 'quote':
      return firstParagraphLines(b.c);
    case 'bullets':
    case 'ordered': {
      const tight = isTight(b.items);
      const items = tight ? b.items : b.items.slice(0, 1);
      const out: string[] = [];
      items.forEach((item, i) => {
        const marker = b.t === 'bullets' ? '-' : `${b.start + i}.`;
        const inner = firstParagraphLines(item);
        out.push(`${marker.padEnd(4, ' ')}${inner[0] ?? ''}`, ...inner.slice(1));
      });
      return out;
    }
    case 'table':
      return b.rows.map((r) => r.map(inlinePlain).join(' '));
    case 'hr':
      return ['--------------------------------------------------------------------------------'];
  }
}

/** The title: the first sentence of the first paragraph; empty when the documentation is empty. */
export function firstSentence(blocks: readonly Block[]): string {
  const paragraph = firstParagraphLines(blocks).join(' ').replace(/ +/g, ' ');
  if (paragraph === '') return '';
  return paragraph.split('.')[0];
}
