/**
 * The model's HTML documentation -> Markdown, for TSDoc comments. AWS documentation uses a small set of
 * tags (p, code, a, ul/ol/li, b/i, note/important, dl/dt/dd, pre); anything else keeps its text.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

type Block = string;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function inline(nodes: readonly ChildNode[]): string {
  let out = '';
  for (const node of nodes) out += inlineNode(node);
  return out;
}

function wrapInline(marker: string, text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return text;
  // Keep the surrounding spaces outside the markers, or Markdown would not see them as emphasis.
  const lead = text.startsWith(' ') ? ' ' : '';
  const trail = text.endsWith(' ') ? ' ' : '';
  return `${lead}${marker}${trimmed}${marker}${trail}`;
}

function inlineNode(node: ChildNode): string {
  if (node.type === 'text') return collapse(node.data);
  if (node.type !== 'tag') return '';
  const el = node as Element;
  const text = inline(el.children);
  switch (el.name) {
    case 'code':
      return wrapInline('`', text.replace(/`/g, "'"));
    case 'b':
    case 'strong':
      return wrapInline('**', text);
    case 'i':
    case 'em':
      return wrapInline('*', text);
    case 'a': {
      const href = el.attribs.href?.trim();
      const label = text.trim();
      if (!href) return text;
      return label === '' || label === href ? `<${href}>` : `[${label}](${href})`;
    }
    case 'br':
      return '\n';
    default:
      return text;
  }
}

function isBlockTag(name: string): boolean {
  return /^(p|ul|ol|li|dl|dt|dd|pre|note|important|h[1-6]|div|table|tr|para)$/.test(name);
}

function listBlocks(el: Element, ordered: boolean): Block {
  const items = el.children.filter((c): c is Element => c.type === 'tag' && c.name === 'li');
  return items
    .map((li, i) => {
      // A nested list follows its item's text directly (a tight list); other blocks get a blank line.
      const body = blocks(li.children).reduce((acc, b) => (acc === '' ? b : `${acc}${/^(- |\d+\. )/.test(b) ? '\n' : '\n\n'}${b}`), '');
      const bullet = ordered ? `${i + 1}. ` : '- ';
      const indent = ' '.repeat(bullet.length);
      return bullet + body.split('\n').map((l, j) => (j === 0 || l === '' ? l : indent + l)).join('\n');
    })
    .join('\n');
}

function blockOf(el: Element): Block[] {
  switch (el.name) {
    case 'ul':
    case 'ol':
      return [listBlocks(el, el.name === 'ol')];
    case 'pre':
      return ['```\n' + textOf(el).replace(/^\n+|\s+$/g, '') + '\n```'];
    case 'note':
    case 'important': {
      const inner = blocks(el.children);
      const label = el.name === 'note' ? '**Note:**' : '**Important:**';
      return inner.length === 0 ? [] : [`${label} ${inner[0]}`, ...inner.slice(1)];
    }
    case 'dt':
      return [`**${inline(el.children).trim()}**`];
    default:
      if (/^h[1-6]$/.test(el.name)) return [`${'#'.repeat(Number(el.name[1]))} ${inline(el.children).trim()}`];
      return blocks(el.children);
  }
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (node.type === 'tag') return (node as Element).children.map(textOf).join('');
  return '';
}

/** Splits children into Markdown blocks: runs of inline content become paragraphs. */
function blocks(nodes: readonly ChildNode[]): Block[] {
  const out: Block[] = [];
  let run: ChildNode[] = [];
  const flush = () => {
    const text = inline(run)
      .split('\n')
      .map((l) => l.trim().replace(/ {2,}/g, ' '))
      .join('\n')
      .trim();
    if (text !== '') out.push(text);
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'tag' && isBlockTag((node as Element).name)) {
      flush();
      for (const b of blockOf(node as Element)) if (b.trim() !== '') out.push(b);
    } else {
      run.push(node);
    }
  }
  flush();
  return out;
}

/** HTML documentation as Markdown: paragraphs separated by a blank line, no trailing newline. */
export function htmlToMarkdown(html: string): string {
  if (html.trim() === '') return '';
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true });
  return blocks(doc.children).join('\n\n');
}
