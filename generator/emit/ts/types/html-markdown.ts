/**
 * The model's HTML documentation -> Markdown, for TSDoc comments: the shared reader's tree
 * (`generator/html/`) written as plain CommonMark: paragraphs, tight lists, fenced code, `**Note:**` for
 * `<note>`, bold terms. Two lists in a row stay two lists (the second uses the other bullet character).
 */
import { readHtml } from '../../../html/read.js';
import type { Block, Inline } from '../../../html/tree.js';

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Keeps the surrounding spaces outside the markers, or Markdown would not see them as emphasis. */
function wrapInline(marker: string, text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return text;
  const lead = text.startsWith(' ') ? ' ' : '';
  const trail = text.endsWith(' ') ? ' ' : '';
  return `${lead}${marker}${trimmed}${marker}${trail}`;
}

function inline(ils: readonly Inline[]): string {
  let out = '';
  for (const il of ils) out += inlineNode(il);
  return out;
}

function inlineNode(il: Inline): string {
  switch (il.t) {
    case 'str':
      return collapse(il.s);
    case 'space':
      return ' ';
    case 'br':
      return '\n';
    case 'code':
      return wrapInline('`', collapse(il.s).replace(/`/g, "'"));
    case 'strong':
      return wrapInline('**', inline(il.c));
    case 'emph':
      return wrapInline('*', inline(il.c));
    case 'a': {
      const text = inline(il.c);
      const href = il.href?.trim();
      const label = text.trim();
      if (!href) return text;
      return label === '' || label === href ? `<${href}>` : `[${label}](${href})`;
    }
    case 'span':
    case 'link':
      return inline(il.c);
    case 'math':
      return wrapInline('`', il.s);
  }
}

/** A paragraph's text: lines trimmed, runs of spaces collapsed. */
function paragraph(ils: readonly Inline[]): string {
  return inline(ils)
    .split('\n')
    .map((l) => l.trim().replace(/ {2,}/g, ' '))
    .join('\n')
    .trim();
}

const LIST_ITEM = /^([-*] |\d+[.)] )/;

function list(items: readonly Block[][], marker: (i: number) => string): string {
  return items
    .map((item, i) => {
      // A nested list follows its item's text directly (a tight list); other blocks get a blank line.
      const body = blocks(item).reduce((acc, b) => (acc === '' ? b : `${acc}${LIST_ITEM.test(b) ? '\n' : '\n\n'}${b}`), '');
      const bullet = marker(i);
      const indent = ' '.repeat(bullet.length);
      return bullet + body.split('\n').map((l, j) => (j === 0 || l === '' ? l : indent + l)).join('\n');
    })
    .join('\n');
}

function block(b: Block, alternate: boolean): string[] {
  switch (b.t) {
    case 'para':
    case 'plain':
      return [paragraph(b.c)];
    case 'header':
      return [`${'#'.repeat(b.level)} ${paragraph(b.c)}`];
    case 'term':
      return [`**${paragraph(b.c)}**`];
    case 'bullets':
      return [list(b.items, () => (alternate ? '* ' : '- '))];
    case 'ordered':
      return [list(b.items, (i) => `${i + 1}${alternate ? ')' : '.'} `)];
    case 'codeblock':
      return ['```\n' + b.s.replace(/^\n+|\s+$/g, '') + '\n```'];
    case 'quote':
      return blocks(b.c);
    case 'hr':
      return [];
    case 'table':
      return b.rows.map((r) => paragraph(r.flatMap((cell, i) => (i === 0 ? cell : [{ t: 'space', nl: false } as const, ...cell]))));
    case 'div': {
      const inner = blocks(b.c);
      if (b.tag !== 'note' && b.tag !== 'important') return inner;
      const label = b.tag === 'note' ? '**Note:**' : '**Important:**';
      return inner.length === 0 ? [] : [`${label} ${inner[0]}`, ...inner.slice(1)];
    }
  }
}

/** Blocks -> Markdown blocks; a list right after a list of its kind switches marker so the two stay apart. */
function blocks(bs: readonly Block[]): string[] {
  const out: string[] = [];
  let alternate = false;
  bs.forEach((b, i) => {
    const prev = bs[i - 1];
    alternate = prev !== undefined && prev.t === b.t && (b.t === 'bullets' || b.t === 'ordered') ? !alternate : false;
    for (const s of block(b, alternate)) if (s.trim() !== '') out.push(s);
  });
  return out;
}

/** HTML documentation as Markdown: paragraphs separated by a blank line, no trailing newline. */
export function htmlToMarkdown(html: string, read: (html: string) => readonly Block[] = readHtml): string {
  if (html.trim() === '') return '';
  return blocks(read(html)).join('\n\n');
}
