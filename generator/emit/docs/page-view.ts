/**
 * The documentation tree as the rendered pages see it, i.e. what the Rd holds: no block quotes or rules
 * (roxygen keeps only their text), a table as the text of its HTML, characters Rd drops removed, and
 * `\uXXXX` written as code `U+XXXX`.
 */
import type { Block, Inline } from './ast.js';
import { isVerbCode, mdEscapeWord, type VerbTest } from './inline-rd.js';
import { codeViewText } from './md-strict.js';
import { textInlines } from '../../html/read.js';
import { renderHtmlTable } from './html-layout.js';
import { keptMdEscapes, stripForbidden, UNICODE_ESCAPE } from './rd-escape.js';
import { pushAll } from '../../util/arrays.js';
import { pairTicks, rdTextShown, tickContentRd, TICKS_CLOSE_RD, TICKS_OPEN_RD, type TickInline } from './ticks.js';

/** The page view of converted blocks; `verb` decides how each code span shows (`\code` or `\verb`). */
export function pageBlocks(blocks: readonly Block[], verb: VerbTest = isVerbCode): Block[] {
  return blocks.flatMap((b) => viewBlock(b, verb));
}

function viewBlock(b: Block, verb: VerbTest): Block[] {
  const viewInlines = (ils: readonly Inline[]) => viewInlinesOf(ils, verb);
  const sub = (bs: readonly Block[]) => pageBlocks(bs, verb);
  switch (b.t) {
    case 'para':
    case 'plain':
      return [{ t: b.t, c: viewInlines(b.c) }];
    case 'header':
      return [{ t: 'header', level: b.level, c: viewInlines(b.c) }];
    case 'bullets':
      return [{ t: 'bullets', items: b.items.map(sub) }];
    case 'ordered':
      return [{ t: 'ordered', start: b.start, items: b.items.map(sub) }];
    case 'codeblock':
      return [{ t: 'codeblock', s: stripForbidden(b.s) }];
    case 'quote':
      return sub(b.c);
    case 'hr':
    case 'term':
    case 'div':
      return []; // (not in a cleaned tree)
    case 'table':
      return [{ t: 'para', c: textInlines(stripForbidden(renderHtmlTable(b.rows, 0))) }];
  }
}

function viewInlinesOf(ils: readonly Inline[], verb: VerbTest): Inline[] {
  const paired = pairTicks(ils);
  if (paired) return paired.flatMap((il) => viewTickInline(il, verb));
  return ils.flatMap((il) => viewInline(il, verb));
}

function viewInline(il: Inline, verb: VerbTest): Inline[] {
  if (il.t === 'str') return viewWord(il.s);
  // An empty code span is written by pandoc as two backticks, which roxygen leaves as text (a quote mark on the page).
  if (il.t === 'code') return [il.s === '' ? { t: 'str', s: '``' } : viewCode(il.s, verb)];
  if (il.t === 'emph' || il.t === 'strong' || il.t === 'link' || il.t === 'span') return [{ ...il, c: viewInlinesOf(il.c, verb) }];
  return [il];
}

/** A backquote roxygen left alone shows as `` \` ``; a pair's span as the text R shows for `\\verb{...\\}`. */
function viewTickInline(il: TickInline, verb: VerbTest): Inline[] {
  if (il.t === 'tick') return [{ t: 'str', s: '\\`' }];
  if (il.t === 'ticks') {
    const shown = (rd: string): Inline => ({ t: 'str', s: rdTextShown(rd) });
    const inner = il.c.map((c) => (c.t === 'space' ? c : shown(tickContentRd(mdEscapeWord(c.s, !c.cont)))));
    return [shown(TICKS_OPEN_RD), ...inner, shown(TICKS_CLOSE_RD)];
  }
  return viewInline(il, verb);
}

function viewCode(raw: string, verb: VerbTest): Inline {
  const s = codeViewText(raw);
  return { t: 'code', s, verb: verb(s) };
}

function viewWord(s: string): Inline[] {
  // The page shows the Markdown escapes the Rd kept (`\<key\>`).
  const clean = keptMdEscapes(stripForbidden(s), false);
  if (!clean.includes('\\u')) return clean === '' ? [] : [{ t: 'str', s: clean }];
  const out: Inline[] = [];
  let last = 0;
  for (const m of clean.matchAll(UNICODE_ESCAPE)) {
    if (m.index! > last) out.push({ t: 'str', s: clean.slice(last, m.index) });
    out.push({ t: 'code', s: `U+${m[1]}`, verb: isVerbCode(`U+${m[1]}`) });
    last = m.index! + m[0].length;
  }
  if (last < clean.length) out.push({ t: 'str', s: clean.slice(last) });
  return out;
}

/**
 * Headings become bold paragraphs in argument text, and anywhere nothing follows them before the next
 * heading of the same or a higher level (an empty `\subsection` is not allowed).
 */
export function boldHeadings(blocks: readonly Block[], mode: 'description' | 'argument', nested = false): Block[] {
  return blocks.map((b, i) => {
    if (b.t === 'bullets') return { t: 'bullets', items: b.items.map((it) => boldHeadings(it, mode, true)) };
    if (b.t === 'ordered') return { t: 'ordered', start: b.start, items: b.items.map((it) => boldHeadings(it, mode, true)) };
    if (b.t === 'quote') return { t: 'quote', c: boldHeadings(b.c, mode, true) };
    if (b.t !== 'header') return b;
    const next = blocks[i + 1];
    const empty = next === undefined || (next.t === 'header' && next.level <= b.level);
    return mode === 'argument' || nested || empty ? { t: 'para', c: [{ t: 'strong', c: b.c }] } : b;
  });
}

/**
 * Two lists of one kind in a row are one list in the Rd: pandoc separated them with an HTML comment, which
 * the reference's generator deleted, so roxygen read one list.
 */
export function joinAdjacentLists(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const nested = nestedJoined(b);
    const last = out[out.length - 1];
    if (last?.t === 'bullets' && nested.t === 'bullets') out[out.length - 1] = { t: 'bullets', items: [...last.items, ...nested.items] };
    else if (last?.t === 'ordered' && nested.t === 'ordered') out[out.length - 1] = { t: 'ordered', start: last.start, items: [...last.items, ...nested.items] };
    else out.push(nested);
  }
  return out;
}

function nestedJoined(b: Block): Block {
  if (b.t === 'bullets') return { t: 'bullets', items: b.items.map(joinAdjacentLists) };
  if (b.t === 'ordered') return { t: 'ordered', start: b.start, items: b.items.map(joinAdjacentLists) };
  if (b.t === 'quote') return { t: 'quote', c: joinAdjacentLists(b.c) };
  return b;
}

/**
 * roxygen trims a tag's text of Unicode white space (no-break spaces included) at both ends: the first word
 * of the first paragraph and the last word of the last one lose theirs.
 */
export function trimDocEdges(blocks: readonly Block[]): Block[] {
  if (blocks.length === 0) return [...blocks];
  const out = [...blocks];
  out[0] = trimBlock(out[0], (c) => trimInlines(c, true));
  out[out.length - 1] = trimBlock(out[out.length - 1], (c) => trimInlines(c, false));
  return out;
}

function trimBlock(b: Block, f: (c: Inline[]) => Inline[]): Block {
  return b.t === 'para' || b.t === 'plain' ? { t: b.t, c: f(b.c) } : b;
}

function trimInlines(c: Inline[], start: boolean): Inline[] {
  const i = start ? 0 : c.length - 1;
  const il = c[i];
  if (il?.t !== 'str') return c;
  const s = start ? il.s.replace(/^\s+/u, '') : il.s.replace(/\s+$/u, '');
  if (s === il.s) return c;
  const out = [...c];
  if (s !== '') out[i] = { t: 'str', s };
  else {
    out.splice(i, 1);
    if (start ? out[0]?.t === 'space' : out[out.length - 1]?.t === 'space') out.splice(start ? 0 : out.length - 1, 1);
  }
  return out;
}
