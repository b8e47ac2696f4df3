/**
 * HTML documentation string -> document tree (`tree.ts`), read the way pandoc's HTML reader reads it:
 * block and inline elements, paragraphs from inline runs, words and spaces, lists, code blocks, tables.
 * What the HTML says is kept as written (code text, hrefs, attributes); each renderer applies its own
 * clean-ups afterwards. Parsing is htmlparser2's: it copes with any malformed input.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { Attr, Block, Inline } from './tree.js';
import { pushAll } from '../util/arrays.js';

const INLINE_TAGS = new Set(
  (
    'a abbr acronym b basefont bdi bdo big br button cite code data del dfn em font i img input ins kbd label ' +
    'mark q s samp select small span strike strong sub sup textarea time tt u var wbr'
  ).split(' '),
);
const SKIP_TAGS = new Set(['script', 'style', 'head', 'title', 'img', 'input', 'select', 'textarea', 'button', 'wbr']);

/**
 * Block elements pandoc knows, and the AWS `note`/`important` boxes (kept as containers, as the reference's
 * pages have them); any other tag is no element for pandoc: its content flows where the tag stands.
 */
const KNOWN_TAGS = new Set(
  (
    'html body head p div ul ol li dl dt dd h1 h2 h3 h4 h5 h6 pre blockquote table thead tbody tfoot tr td th hr ' +
    'caption colgroup col section article aside header footer nav main figure figcaption address center details summary ' +
    'note important'
  ).split(' '),
);


/** One HTML documentation string -> its blocks. `<x/>` is an empty element, as libxml2 and pandoc read it. */
export function readHtml(html: string): Block[] {
  const doc = parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
    recognizeSelfClosing: true,
  });
  return readBlocks(doc.children, false);
}

/**
 * An unknown tag (`<fullname>`, `<replaceable>`, an unclosed `<Accessibility>` in running text) is dropped and
 * its content stays where it is; the parser nests what follows an unclosed one inside it, which this undoes too.
 */
function unwrapUnknown(nodes: readonly ChildNode[]): ChildNode[] {
  const out: ChildNode[] = [];
  for (const n of nodes) {
    if (isElement(n) && !KNOWN_TAGS.has(n.name) && !INLINE_TAGS.has(n.name)) pushAll(out, unwrapUnknown(n.children));
    else out.push(n);
  }
  return out;
}

/** Reads a container's children: inline runs between block elements become paragraphs. */
function readBlocks(nodes: readonly ChildNode[], plainIfAlone: boolean): Block[] {
  const blocks: Block[] = [];
  let run: Inline[] = [];
  let runs = 0;
  const flush = () => {
    const c = normalizeInlines(run);
    run = [];
    if (c.length > 0) {
      blocks.push({ t: 'para', c });
      runs++;
    }
  };
  for (const node of unwrapUnknown(nodes)) {
    if (node.type === 'text') pushAll(run, textInlines(node.data));
    else if (isElement(node)) {
      if (SKIP_TAGS.has(node.name)) continue;
      if (INLINE_TAGS.has(node.name)) pushAll(run, readInline(node));
      else {
        flush();
        pushAll(blocks, readBlockElement(node));
      }
    }
  }
  flush();
  if (plainIfAlone && blocks.length === 1 && runs === 1 && blocks[0].t === 'para') return [{ t: 'plain', c: blocks[0].c }];
  return blocks;
}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function readBlockElement(el: Element): Block[] {
  const name = el.name;
  if (name === 'p') return readBlocks(el.children, false);
  if (/^h[1-6]$/.test(name) || name === 'dt') {
    const c = normalizeInlines(inlineContents(el.children));
    if (c.length === 0) return [];
    return [name === 'dt' ? { t: 'term', c } : { t: 'header', level: Number(name[1]), c }];
  }
  if (name === 'ul' || name === 'ol') {
    const items = el.children.filter((c): c is Element => isElement(c) && c.name === 'li').map((li) => readBlocks(li.children, true));
    if (items.length === 0) return [];
    const start = Number(el.attribs.start ?? '1');
    return [name === 'ul' ? { t: 'bullets', items } : { t: 'ordered', start: Number.isFinite(start) ? start : 1, items }];
  }
  if (name === 'pre') {
    const s = textOf(el).replace(/^\r?\n/, '').replace(/\n+$/, '');
    return s.length === 0 ? [] : [{ t: 'codeblock', s }];
  }
  if (name === 'blockquote') {
    const c = readBlocks(el.children, false);
    return c.length === 0 ? [] : [{ t: 'quote', c }];
  }
  if (name === 'hr') return [{ t: 'hr' }];
  if (name === 'table') return readTable(el);
  // div, dd, li outside a list, note, important, unknown elements: their content, as blocks.
  const c = readBlocks(el.children, false);
  return c.length === 0 ? [] : [{ t: 'div', tag: name, c }];
}

function readTable(el: Element): Block[] {
  const rows: Inline[][][] = [];
  const walk = (nodes: readonly ChildNode[]) => {
    for (const n of nodes) {
      if (!isElement(n)) continue;
      if (n.name === 'tr') {
        const cells = n.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
        rows.push(cells.map((c) => normalizeInlines(flattenToInlines(c.children))));
      } else walk(n.children);
    }
  };
  walk(el.children);
  return rows.length === 0 ? [] : [{ t: 'table', rows }];
}

/** Block content squeezed into one inline run (table cells). */
function flattenToInlines(nodes: readonly ChildNode[]): Inline[] {
  const out: Inline[] = [];
  for (const n of unwrapUnknown(nodes)) {
    if (n.type === 'text') pushAll(out, textInlines(n.data));
    else if (isElement(n) && !SKIP_TAGS.has(n.name)) {
      if (INLINE_TAGS.has(n.name)) pushAll(out, readInline(n));
      else out.push({ t: 'space', nl: false }, ...flattenToInlines(n.children), { t: 'space', nl: false });
    }
  }
  return out;
}

function inlineContents(nodes: readonly ChildNode[]): Inline[] {
  return flattenToInlines(nodes);
}

/** Text -> words and spaces; only space, tab, CR and LF separate words (as in pandoc). */
export function textInlines(data: string): Inline[] {
  const out: Inline[] = [];
  const re = /[ \t\r\n]+|[^ \t\r\n]+/g;
  for (let m = re.exec(data); m; m = re.exec(data)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    if (c === 32 || c === 9 || c === 10 || c === 13) out.push({ t: 'space', nl: w.includes('\n') });
    else out.push({ t: 'str', s: w });
  }
  return out;
}

function readInline(el: Element): Inline[] {
  switch (el.name) {
    case 'br':
      return [{ t: 'br' }];
    case 'code':
    case 'tt':
    case 'kbd':
    case 'samp':
      return [{ t: 'code', s: textOf(el) }];
    case 'a':
      return readLink(el);
    case 'b':
    case 'strong':
      return wrapFormatting((c) => ({ t: 'strong', c }), inlineContents(el.children));
    case 'i':
    case 'em':
      return wrapFormatting((c) => ({ t: 'emph', tag: el.name as 'i' | 'em', c }), inlineContents(el.children));
    default:
      return inlineContents(el.children);
  }
}

/** Formatting keeps no space at its edges: pandoc moves them outside. */
function wrapFormatting(make: (c: Inline[]) => Inline, c: Inline[]): Inline[] {
  const { lead, body, trail } = splitEdges(c);
  if (body.length === 0) return [...lead, ...trail];
  return [...lead, make(body), ...trail];
}

export function splitEdges(c: Inline[]): { lead: Inline[]; body: Inline[]; trail: Inline[] } {
  let i = 0;
  let j = c.length;
  while (i < j && c[i].t === 'space') i++;
  while (j > i && c[j - 1].t === 'space') j--;
  return { lead: c.slice(0, i), body: c.slice(i, j), trail: c.slice(j) };
}

/** A link: its content (spaces at its edges included), the href as written, its other attributes in source order. */
function readLink(el: Element): Inline[] {
  const attrs: Attr[] = Object.entries(el.attribs).filter(([k]) => k !== 'href');
  const href = el.attribs.href;
  return [{ t: 'a', ...(href === undefined ? {} : { href }), attrs, text: textOf(el), c: inlineContents(el.children) }];
}

/** The text of a node, `<br>` as a line break. */
export function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (isElement(node)) {
    if (node.name === 'br') return '\n';
    let s = '';
    for (const c of node.children) s += textOf(c);
    return s;
  }
  return '';
}

/** Collapses runs of spaces and trims the edges of a paragraph's content. */
export function normalizeInlines(ils: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const il of ils) {
    if (il.t === 'space') {
      if (out.length === 0) continue;
      const last = out[out.length - 1];
      if (last.t === 'space') {
        if (il.nl && !last.nl) out[out.length - 1] = il;
        continue;
      }
      if (last.t === 'br') continue;
    }
    if (il.t === 'str' && out.length > 0) {
      const last = out[out.length - 1];
      if (last.t === 'str') {
        out[out.length - 1] = { t: 'str', s: last.s + il.s };
        continue;
      }
    }
    out.push(il);
  }
  while (out.length > 0 && (out[out.length - 1].t === 'space' || out[out.length - 1].t === 'br')) out.pop();
  return out;
}
