/**
 * The clean-ups the R reference's generator made on the HTML before pandoc read it, done here on the tree
 * the shared reader gives: links and code naming an operation of the service point to its page, links are
 * resolved (relative ones get the documentation host; the link map's moved and dead links), unmatched quotes
 * and braces in code are escaped, `dt`/`dd` become a heading and a paragraph, no italics nest, and the
 * containers that mean nothing on a page (`div`, `note`...) give way to their content.
 */
import type { LinkEntry } from '../../links/types.js';
import type { Attr, Block, Inline } from '../../html/tree.js';
import { normalizeInlines, splitEdges, textInlines } from '../../html/read.js';
import { escapeHtml } from '../../html/escape.js';
import { pushAll } from '../../util/arrays.js';

/** Operation names of the service -> their R topic and R name, for links between pages. */
export interface OpLinks {
  readonly get: (name: string) => { readonly topic: string; readonly rName: string } | undefined;
  /** What the link map says of an href as written (absent: keep it). */
  readonly url?: (href: string) => LinkEntry | undefined;
}

interface Ctx {
  readonly links: OpLinks;
  readonly inItalic: boolean;
  /** Bold inside bold adds nothing, and 63 nested `\strong{}` exhaust R's recursion limit in checkRd. */
  readonly inBold: boolean;
  readonly inLink: boolean;
}

export function cleanBlocks(blocks: readonly Block[], links: OpLinks): Block[] {
  return blocks.flatMap((b) => cleanBlock(b, { links, inItalic: false, inBold: false, inLink: false }));
}

function cleanBlock(b: Block, ctx: Ctx): Block[] {
  switch (b.t) {
    case 'para':
    case 'plain':
      return [{ t: b.t, c: cleanInlines(b.c, ctx, true) }];
    case 'header':
      return [{ t: 'header', level: b.level, c: cleanInlines(b.c, ctx, true) }];
    case 'term':
      return [{ t: 'header', level: 3, c: cleanInlines(b.c, ctx, true) }];
    case 'bullets':
      return [{ t: 'bullets', items: b.items.map((it) => it.flatMap((x) => cleanBlock(x, ctx))) }];
    case 'ordered':
      return [{ t: 'ordered', start: b.start, items: b.items.map((it) => it.flatMap((x) => cleanBlock(x, ctx))) }];
    case 'quote':
      return [{ t: 'quote', c: b.c.flatMap((x) => cleanBlock(x, ctx)) }];
    case 'table':
      return [{ t: 'table', rows: b.rows.map((r) => r.map((cell) => cleanInlines(cell, ctx, true))) }];
    case 'div':
      return b.c.flatMap((x) => cleanBlock(x, ctx));
    default:
      return [b];
  }
}

/** `top`: the inlines of a paragraph, cell or heading (normalized again once spans gave way). */
function cleanInlines(ils: readonly Inline[], ctx: Ctx, top = false): Inline[] {
  const out: Inline[] = [];
  for (const il of ils) pushAll(out, cleanInline(il, ctx));
  return top ? normalizeInlines(out) : out;
}

function cleanInline(il: Inline, ctx: Ctx): Inline[] {
  switch (il.t) {
    case 'code':
      return cleanCode(il.s, ctx);
    case 'a':
      return cleanLink(il, ctx);
    case 'strong':
      if (ctx.inBold) return cleanInlines(il.c, ctx);
      return [{ t: 'strong', c: cleanInlines(il.c, { ...ctx, inBold: true }) }];
    case 'emph':
      if (ctx.inItalic) return cleanInlines(il.c, ctx);
      if (il.tag === 'i') return [{ t: 'emph', c: mergeStrs(il.c.flatMap(renamed)) }];
      return [{ t: 'emph', c: cleanInlines(il.c, { ...ctx, inItalic: true }) }];
    case 'span':
      return cleanInlines(il.c, ctx);
    default:
      return [il];
  }
}

/**
 * Inside `<i>` the reference renamed every element to `span` (no nested formatting): code and emphasis
 * become their text; a link becomes a span keeping its attributes (so pandoc writes it as raw HTML), its
 * href as written.
 */
function renamed(il: Inline): Inline[] {
  switch (il.t) {
    case 'code':
      return textInlines(il.s);
    case 'a': {
      const attrs: Attr[] = il.href === undefined ? [...il.attrs] : [['href', il.href], ...il.attrs];
      const c = mergeStrs(il.c.flatMap(renamed));
      return attrs.length > 0 ? [{ t: 'span', attrs, c }] : c;
    }
    case 'emph':
    case 'strong':
    case 'span':
      return il.c.flatMap(renamed);
    default:
      return [il];
  }
}

/** Adjacent words with nothing between them are one word (as pandoc reads text split by a renamed tag). */
function mergeStrs(ils: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const il of ils) {
    const last = out[out.length - 1];
    if (il.t === 'str' && last?.t === 'str') out[out.length - 1] = { t: 'str', s: last.s + il.s };
    else out.push(il);
  }
  return out;
}

/**
 * Code the reference's Markdown clean-up replaced by a LaTeX equation: the Greek example of the Amazon
 * Location Service documentation (its generator's own rule, for CRAN's ASCII check).
 */
const EQUATIONS: Readonly<Record<string, string>> = {
  'Αθήνα, Ελλάδα': 'A\\Theta\\eta\\nu\\sigma, E\\lambda\\lambda\\alpha\\delta',
  'Αθήνα': 'A\\Theta\\eta\\nu\\alpha',
};

function cleanCode(raw: string, ctx: Ctx): Inline[] {
  if (Object.hasOwn(EQUATIONS, raw)) return [{ t: 'math', tex: EQUATIONS[raw], s: raw }];
  const op = ctx.links.get(raw.trim());
  if (op) {
    const code: Inline = { t: 'code', s: op.rName };
    return ctx.inLink ? [code] : [{ t: 'link', url: op.topic, topic: op.topic, c: [code] }];
  }
  return [{ t: 'code', s: escapeCodeText(raw) }];
}

/** Quotes and braces that do not pair are escaped with a backslash, as the reference's generator did. */
export function escapeCodeText(text: string): string {
  let s = text;
  for (const ch of ['"', "'", '`']) if (count(s, ch) % 2 !== 0) s = s.split(ch).join('\\' + ch);
  if (count(s, '{') !== count(s, '}')) s = s.replace(/[{}]/g, (m) => '\\' + m);
  return s;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

function cleanLink(a: Extract<Inline, { t: 'a' }>, ctx: Ctx): Inline[] {
  const op = ctx.links.get(a.text);
  if (op) return [{ t: 'link', url: op.topic, topic: op.topic, c: [{ t: 'code', s: op.rName }] }];
  const inner = cleanInlines(a.c, { ...ctx, inLink: true });
  if (a.href === undefined) return inner;
  const status = ctx.links.url?.(a.href);
  if (status?.status === 'dead') return inner;
  const attrs = linkAttributes(a.attrs);
  const url = status?.status === 'moved' ? status.location : fixUrl(a.href);
  // pandoc moves spaces at the edges of the link text outside the link.
  const { lead, body, trail } = splitEdges(inner);
  return [...lead, { t: 'link', url, c: body, ...(attrs.length > 0 ? { attrs } : {}) }, ...trail];
}

/** The attributes pandoc writes after `href` on a raw link, in its order: id, class, the others, title. */
function linkAttributes(attrs: readonly Attr[]): string[] {
  const names = attrs.map(([k]) => k).filter((k) => k !== 'title');
  if (names.length === 0) return [];
  const value = new Map(attrs);
  const order = [...names.filter((k) => k === 'id'), ...names.filter((k) => k === 'class'), ...names.filter((k) => k !== 'id' && k !== 'class')];
  if (value.has('title')) order.push('title');
  return order.map((k) => `${k}="${escapeHtml(value.get(k)!, true)}"`);
}

/** Relative AWS documentation links get the documentation host; host-less links get `https://`. */
export function fixUrl(href: string): string {
  let url = href;
  if (url.startsWith('mailto:')) return url;
  if (/^[a-zA-Z0-9-]+\//.test(url)) url = `https://docs.aws.amazon.com/${url}`;
  if (!url.startsWith('http')) url = `https://${url}`;
  if (url.includes('%')) url = url.replace(/%3F/g, '?').replace(/%26/g, '&').replace(/%2F/g, '/');
  return url;
}
