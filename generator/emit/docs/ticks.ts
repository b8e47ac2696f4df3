/**
 * Backquotes in the documentation's text (not in `<code>`). pandoc writes each one as `` \` ``; roxygen
 * doubles every backslash of the Markdown before reading it (its `double_escape_md`), so it reads each
 * `` \` `` as a backslash and a live backtick, and two of them in a paragraph enclose a code span. That
 * span is not parseable R (it ends in a backslash), so roxygen writes `\verb{<content>\\}` after the text
 * backslash, which it doubles: `` `PENDING` `` in the model becomes `\\verb{PENDING\\}` in the Rd, which R
 * reads as text and shows as `\verbPENDING\`. A backquote left without a partner stays `` \` ``.
 *
 * Pairs are found in one run of words and spaces (a paragraph's, a link's, an emphasis's); an opening
 * backquote whose run ends (at code, a link, emphasis or a line break) before another backquote is taken as
 * unpaired. (roxygen would pair across those too; the catalog has no such text.)
 */
import type { Inline } from './ast.js';

/** A piece of a word: `cont` when it does not start the word (a word-start `#` is escaped, this one not). */
export type WordPiece = { readonly t: 'str'; readonly s: string; readonly cont: boolean };

/** The inlines with text backquotes resolved: the words inside a pair, a backquote left alone. */
export type TickInline =
  | Inline
  | WordPiece
  | { readonly t: 'tick' }
  | { readonly t: 'ticks'; readonly c: readonly (WordPiece | { readonly t: 'space'; readonly nl: boolean })[] };

type Piece = WordPiece | { readonly t: 'tick' } | Exclude<Inline, { t: 'str' }>;

/** `ils` with its text backquotes paired (see above); undefined when no word has one (the common case). */
export function pairTicks(ils: readonly Inline[]): TickInline[] | undefined {
  if (!ils.some((il) => il.t === 'str' && il.s.includes('`'))) return undefined;
  const pieces = splitTicks(ils);
  const out: TickInline[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.t !== 'tick') {
      out.push(p);
      continue;
    }
    const close = closingTick(pieces, i + 1);
    if (close === undefined) {
      out.push(p);
      continue;
    }
    out.push({ t: 'ticks', c: pieces.slice(i + 1, close) as (WordPiece | { t: 'space'; nl: boolean })[] });
    i = close;
  }
  return out;
}

function splitTicks(ils: readonly Inline[]): Piece[] {
  const out: Piece[] = [];
  for (const il of ils) {
    if (il.t !== 'str') {
      out.push(il);
      continue;
    }
    il.s.split('`').forEach((s, j) => {
      if (j > 0) out.push({ t: 'tick' });
      if (s !== '') out.push({ t: 'str', s, cont: j > 0 });
    });
  }
  return out;
}

function closingTick(pieces: readonly Piece[], from: number): number | undefined {
  for (let j = from; j < pieces.length; j++) {
    const t = pieces[j].t;
    if (t === 'tick') return j;
    if (t !== 'str' && t !== 'space') return undefined;
  }
  return undefined;
}

/**
 * What the reference's Markdown clean-up made of a word of pandoc's Markdown (`md`, as `mdEscapeWord`
 * writes it): `\%` and `\*` unescaped, a backslash before a letter doubled, the protected braces' `\\{`
 * made `\{`, `\_` made `_`, runs of backslashes made two.
 */
function pawsClean(md: string): string {
  return md
    .replace(/\\([%*])/g, '$1')
    .replace(/\\([a-zA-Z])/g, '\\\\$1')
    .replace(/\\\\([{}])/g, '\\$1')
    .replace(/\\_/g, '_')
    .replace(/\\{2,}/g, '\\\\');
}

/** A word of a backquoted span (its Markdown) as the Rd holds it: roxygen's double escaping, then `\verb`'s. */
export function tickContentRd(md: string): string {
  return pawsClean(md)
    .replace(/\\/g, '\\\\')
    .replace(/\\\\([[\]])/g, '\\$1')
    .replace(/[%{}]/g, (c) => '\\' + c);
}

/** The Rd before and after a backquoted span's content. */
export const TICKS_OPEN_RD = '\\\\verb{';
export const TICKS_CLOSE_RD = '\\\\}';

/** Rd text as R shows it: `\\`, `\%`, `\{`, `\}` are escapes, any other backslash is kept, braces group. */
export function rdTextShown(rd: string): string {
  return rd.replace(/\\([\\%{}])|[{}]/g, (_m, c: string | undefined) => c ?? '');
}
