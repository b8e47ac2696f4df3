/**
 * Inlines -> layout tokens carrying two renderings: `a`, the CommonMark pandoc writes (it decides where
 * lines break), and `b`, the Rd roxygen makes of that Markdown (written on the same lines).
 */
import type { Inline } from './ast.js';
import { JOIN_SPACE, SPACE, text, type Tok } from './layout.js';
import { rawLinkToks, rawSpanToks } from './html-layout.js';
import { canParseR, R_SPECIAL } from './r-parse.js';
import { keptMdEscapes, rdCode, rdText, stripForbidden, UNICODE_ESCAPE } from './rd-escape.js';
import { pairTicks, tickContentRd, TICKS_CLOSE_RD, TICKS_OPEN_RD, type TickInline } from './ticks.js';
import { pushAll } from '../../util/arrays.js';

/**
 * pandoc's CommonMark escaping of a word; braces count as `\{` (the reference protected them in the HTML).
 * An underscore between two alphanumerics stays bare, the three characters taken as one group (so in
 * `A_B_C` the second underscore, which starts a new group, is escaped, as pandoc does).
 */
export function mdEscapeWord(s: string, wordStart = true): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '{' || c === '}') out += '\\\\' + c;
    else if (c === '\\' || c === '`' || c === '*' || c === '_' || c === '[' || c === ']' || (c === '#' && i === 0 && wordStart) || c === '<' || c === '>') out += '\\' + c;
    else if (s[i + 1] === '_' && i + 2 < s.length && isAlnum(c) && isAlnum(s[i + 2])) {
      out += c + '_' + s[i + 2];
      i += 2;
    } else out += c;
  }
  return out;
}

function isAlnum(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c);
}

/** A word as Rd text; `\uXXXX` sequences become code `U+XXXX`. */
export function rdWord(s: string): string {
  const clean = stripForbidden(s);
  if (!clean.includes('\\u')) return keptMdEscapes(rdText(clean));
  let out = '';
  let last = 0;
  for (const m of clean.matchAll(UNICODE_ESCAPE)) {
    out += keptMdEscapes(rdText(clean.slice(last, m.index))) + rdInlineCode(`U+${m[1]}`);
    last = m.index! + m[0].length;
  }
  return out + keptMdEscapes(rdText(clean.slice(last)));
}

/** roxygen writes inline code as `\code{}` when it parses as R (or is an operator), else as `\verb{}`. */
export function isVerbCode(code: string): boolean {
  return !(R_SPECIAL.has(code) || canParseR(code));
}

/** The `\code`/`\verb` decision (a caller's cache of `isVerbCode`). */
export type VerbTest = (code: string) => boolean;

/**
 * What the reference's Markdown clean-up made of a code span's content: a lone `\uXXXX` became code
 * `U+XXXX`; a backslash before a letter was doubled, then every run of backslashes made two.
 */
export function cleanCodeContent(code: string): string {
  const u = /^\\u([0-9a-fA-F]{4})$/.exec(code);
  if (u) return `U+${u[1]}`;
  if (!code.includes('\\')) return code;
  return code.replace(/\\(?=[a-zA-Z])/g, '\\\\').replace(/\\{2,}/g, '\\\\');
}

/** Inline code as roxygen writes it. */
export function rdInlineCode(code: string, verb: VerbTest = isVerbCode): string {
  const s = cleanCodeContent(stripForbidden(code));
  return verb(s) ? `\\verb{${rdText(s)}}` : `\\code{${rdCode(s)}}`;
}

/** The code span pandoc writes: enough backticks to fence the content, spaced when it holds any. */
export function mdCodeSpan(s: string): string {
  let longest = 0;
  for (const m of s.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = longest === 0 ? '' : ' ';
  return fence + pad + s + pad + fence;
}

/** What CommonMark gives back for a code span's content (one space stripped from each side). */
export function codeSpanContent(s: string): string {
  const flat = s.replace(/\r?\n/g, ' ');
  if (flat.length >= 2 && flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') return flat.slice(1, -1);
  return flat;
}

export interface InlineOptions {
  /** Inside link text: a line break there is a space in Rd. */
  readonly inLink?: boolean;
  readonly verb?: VerbTest;
}

/** Inlines -> tokens (two renderings). */
export function inlineToks(ils: readonly Inline[], opts: InlineOptions = {}): Tok[] {
  const out: Tok[] = [];
  const paired = pairTicks(ils);
  if (!paired) {
    for (const il of ils) pushInline(out, il, opts);
    return out;
  }
  for (const il of paired) pushTickInline(out, il, opts);
  return out;
}

/** An inline of a run whose text backquotes are paired (ticks.ts): pandoc's `\``, roxygen's `\\verb{...\\}`. */
function pushTickInline(out: Tok[], il: TickInline, opts: InlineOptions): void {
  if (il.t === 'str' && 'cont' in il) out.push(text(mdEscapeWord(il.s, !il.cont), rdWord(il.s)));
  else if (il.t === 'tick') out.push(text('\\`'));
  else if (il.t === 'ticks') {
    out.push(text('\\`', TICKS_OPEN_RD));
    for (const c of il.c) {
      if (c.t === 'space') out.push(JOIN_SPACE);
      else {
        const md = mdEscapeWord(c.s, !c.cont);
        out.push(text(md, tickContentRd(md)));
      }
    }
    out.push(text('\\`', TICKS_CLOSE_RD));
  } else pushInline(out, il, opts);
}

function pushInline(out: Tok[], il: Inline, opts: InlineOptions): void {
  switch (il.t) {
    case 'str':
      out.push(text(mdEscapeWord(il.s), rdWord(il.s)));
      return;
    case 'space':
      out.push(opts.inLink ? JOIN_SPACE : SPACE);
      return;
    case 'br':
      out.push({ kind: 'break', a: '  ', b: opts.inLink ? ' ' : '' });
      return;
    case 'code': {
      const flat = il.s.replace(/\r?\n/g, ' ');
      if (flat === '') {
        out.push(text('``')); // pandoc's empty code span, which roxygen leaves as text
        return;
      }
      out.push(text(mdCodeSpan(flat), rdInlineCode(codeSpanContent(flat), opts.verb)));
      return;
    }
    case 'emph':
    case 'strong': {
      const mark = il.t === 'emph' ? '*' : '**';
      const macro = il.t === 'emph' ? '\\emph{' : '\\strong{';
      out.push(text(mark, macro), ...inlineToks(il.c, opts), text(mark, '}'));
      return;
    }
    case 'link':
      pushLink(out, il, opts);
      return;
    case 'math':
      out.push(text(mdCodeSpan(il.s), `\\eqn{${il.tex}}`));
      return;
    case 'span':
      pushAll(out, (il.attrs.length > 0 ? rawSpanToks(il.attrs, inlineToks(il.c, opts), rdText) : inlineToks(il.c, opts)));
  }
}

function pushLink(out: Tok[], il: Extract<Inline, { t: 'link' }>, opts: InlineOptions): void {
  if (il.topic !== undefined) {
    const name = il.c.length === 1 && il.c[0].t === 'code' ? il.c[0].s : plain(il.c);
    out.push(text(`[${mdCodeSpan(name)}](${il.topic})`, `\\code{\\link[=${il.topic}]{${rdText(name)}}}`));
    return;
  }
  const url = il.url.replace(/ /g, '%20');
  if (il.attrs) {
    // Raw HTML in the Markdown, which roxygen passes to the HTML page (`\if{html}{\out{...}}`).
    pushAll(out, rawLinkToks(url, il.attrs, inlineToks(il.c, opts), rdText));
    return;
  }
  const label = plain(il.c);
  if (label === url || (url.startsWith('mailto:') && label === url.slice(7))) {
    out.push(text(`<${label}>`, `\\url{${rdText(url.startsWith('mailto:') ? label : url)}}`));
    return;
  }
  if (il.c.length === 0) {
    out.push(text(`[](${url})`, `\\href{${rdText(url)}}{}`));
    return;
  }
  out.push(text('[', `\\href{${rdText(url)}}{`), ...inlineToks(il.c, { ...opts, inLink: true }), text(`](${url})`, '}'));
}

function plain(ils: readonly Inline[]): string {
  let s = '';
  for (const il of ils) {
    if (il.t === 'str' || il.t === 'code' || il.t === 'math') s += il.s;
    else if (il.t === 'space' || il.t === 'br') s += ' ';
    else s += plain(il.c);
  }
  return s;
}
