/**
 * Documentation as it reads on the Markdown page: R's Rd2HTML rendering of the Rd, converted by pandoc to
 * `markdown_strict` at 72 columns. Paragraphs, lists and code blocks are Markdown; inline code that roxygen
 * wrote as `\verb` carries R's word joiners.
 */
import type { Block, Inline } from './ast.js';
import { needsSeparator } from './blocks-rd.js';
import { cleanCodeContent, codeSpanContent, isVerbCode, mdCodeSpan } from './inline-rd.js';
import { equationToks, htmlBlockToks, layoutHtml, rawLinkToks, rawSpanToks, type HtmlInlineOptions } from './html-layout.js';
import { layout, SPACE, text, type Tok } from './layout.js';
import { stripForbidden } from './rd-escape.js';
import { escapeHtml } from '../../html/escape.js';
import { pushAll } from '../../util/arrays.js';

const WJ = '\u2060';

/**
 * Text as R's HTML rendering shows it: `---` and `--` become dashes, two backticks and two quotes become
 * curly double quotes, a backtick-quote pair curly single quotes, a lone backtick a quote.
 */
export function rdTextView(s: string): string {
  if (!/[-`']/.test(s)) return s;
  return s
    .replace(/---/g, '\u2014')
    .replace(/--/g, '\u2013')
    .replace(/``/g, '\u201c')
    .replace(/''/g, '\u201d')
    .replace(/`([^']+)'/g, '\u2018$1\u2019')
    .replace(/`/g, "'");
}

/**
 * pandoc's markdown_strict escaping of one word (a `Str`), as the pandoc of the published pages wrote it
 * (pandoc >= 3.0; 2.17 differs only at backslashes): a backslash before a letter or digit stays as it is, one
 * that ends the word is doubled, and one before anything else is doubled and that next character dropped
 * (pandoc's `escapeText` skips it), so `C:\)` shows as `C:\\` and `\&gt;` as `\\`. `!` before `[` is
 * escaped; `<` and `>` are written as entities; a word-initial `#`, backquotes, `*`, `_`, `[` and `]` are escaped.
 */
export function strictEscape(s: string): string {
  if (!/[\\`*_[\]<>#!]/.test(s)) return s;
  if (!s.includes('\\') && !s.includes('![')) return s.replace(/[`*_[\]<>]|^#/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '\\' + c));
  const cs = Array.from(s);
  let out = cs[0] === '#' ? '\\#' : '';
  for (let i = out === '' ? 0 : 1; i < cs.length; i++) {
    const c = cs[i];
    if (c === '\\') {
      if (i + 1 < cs.length && /[\p{L}\p{N}]/u.test(cs[i + 1])) out += c;
      else {
        out += '\\\\';
        i++;
      }
    } else if (c === '!' && cs[i + 1] === '[') {
      out += '\\![';
      i++;
    } else if (c === '<') out += '&lt;';
    else if (c === '>') out += '&gt;';
    else if ('`*_[]'.includes(c)) out += '\\' + c;
    else out += c;
  }
  return out;
}

/** `strictEscape` for a run of words (a title): pandoc escapes each word on its own. */
export function strictEscapeWords(s: string): string {
  return s.split(' ').map(strictEscape).join(' ');
}

/** Adjacent words are one word to pandoc (its reader joins them), and it escapes a word as a whole. */
function joinWords(ils: readonly Inline[]): readonly Inline[] {
  if (!ils.some((il, i) => il.t === 'str' && ils[i + 1]?.t === 'str')) return ils;
  const out: Inline[] = [];
  for (const il of ils) {
    const last = out[out.length - 1];
    if (il.t === 'str' && last?.t === 'str') out[out.length - 1] = { t: 'str', s: last.s + il.s };
    else out.push(il);
  }
  return out;
}

/** The text of code as the page shows it: the content roxygen kept. */
export function codeViewText(raw: string): string {
  return cleanCodeContent(stripForbidden(codeSpanContent(raw.replace(/\r?\n/g, ' '))));
}

/** Code of the page view (`pageBlocks` decided `verb`): `\verb` is shown between word joiners. */
export function codeView(code: { readonly s: string; readonly verb?: boolean }): { verb: boolean; text: string } {
  return { verb: code.verb ?? isVerbCode(code.s), text: code.s };
}

export function strictInlineToks(ils: readonly Inline[]): Tok[] {
  const out: Tok[] = [];
  for (const il of joinWords(ils)) {
    switch (il.t) {
      case 'str':
        out.push(text(strictEscape(rdTextView(il.s))));
        break;
      case 'space':
        out.push(SPACE);
        break;
      case 'br':
        out.push(SPACE);
        break;
      case 'code': {
        const c = codeView(il);
        out.push(text(mdCodeSpan(c.verb ? WJ + c.text + WJ : c.text)));
        break;
      }
      case 'emph':
      case 'strong': {
        const m = il.t === 'emph' ? '*' : '**';
        out.push(text(m), ...strictInlineToks(il.c), text(m));
        break;
      }
      case 'link': {
        // A link to another operation's page: R's HTML rendering outside an installed package shows the code only.
        if (il.topic !== undefined) {
          pushAll(out, strictInlineToks(il.c));
          break;
        }
        const url = il.url;
        if (il.attrs) {
          pushAll(out, rawLinkToks(url, il.attrs, strictInlineToks(il.c)));
          break;
        }
        const label = il.c.map((c) => (c.t === 'str' || c.t === 'code' ? c.s : ' ')).join('');
        if (label === url || (url.startsWith('mailto:') && label === url.slice(7))) out.push(text(`<${label}>`));
        else out.push(text('['), ...strictInlineToks(il.c), text(`](${url})`));
        break;
      }
      case 'span':
        pushAll(out, (il.attrs.length > 0 ? rawSpanToks(il.attrs, strictInlineToks(il.c)) : strictInlineToks(il.c)));
        break;
      case 'math':
        pushAll(out, equationToks(il.tex));
        break;
    }
  }
  return out;
}

function para(c: readonly Inline[], indent: number): string {
  return ' '.repeat(indent) + layout(strictInlineToks(c), { width: 72, indent, startColumn: indent, glueMarkers: true }).a;
}

/** Blocks as markdown_strict, nested at `indent` (`blocks` as the page sees them: `pageBlocks`). */
export function strictBlocks(blocks: readonly Block[], indent = 0): string {
  const pad = ' '.repeat(indent);
  const parts: string[] = [];
  blocks.forEach((b, i) => {
    if (i > 0 && needsSeparator(blocks[i - 1], b)) parts.push(pad + '<!-- -->');
    switch (b.t) {
      case 'para':
      case 'plain':
        parts.push(para(b.c, indent));
        break;
      case 'header':
        parts.push(pad + '#### ' + layout(strictInlineToks(b.c), { width: 100000, indent: 0, startColumn: 0 }).a);
        break;
      case 'codeblock':
        parts.push(stripForbidden(b.s).split('\n').map((l) => (l === '' ? '' : pad + '    ' + l)).join('\n'));
        break;
      case 'bullets':
      case 'ordered': {
        const items = b.items.map((item, i) => {
          const marker = (b.t === 'bullets' ? '-' : `${b.start + i}.`).padEnd(4, ' ');
          const body = strictBlocks(item, indent + marker.length);
          return pad + marker + body.slice(indent + marker.length);
        });
        // R's HTML puts every item's text in a paragraph: the lists on the page are loose.
        parts.push(items.join('\n\n'));
        break;
      }
      case 'quote':
        parts.push(strictBlocks(b.c, indent).split('\n').map((l) => (l === '' ? '>' : '> ' + l)).join('\n'));
        break;
      case 'hr':
        parts.push(pad + '-'.repeat(72));
        break;
      case 'table':
        parts.push(layoutHtml(htmlBlockToks([b], cellOptions), indent));
        break;
    }
  });
  return parts.join('\n\n');
}

export const cellOptions: HtmlInlineOptions = { code: codeView, text: rdTextView };

/** One row of the arguments table: the name cell and the documentation cell (see `docCell`). */
export function argumentRow(topic: string, name: string, docCell: string, odd: boolean): string {
  const nameCell = layoutHtml([text('<td><code'), SPACE, text(`id="${topic}_:_${escapeHtml(name, true)}">${escapeHtml(name, true)}</code></td>`)]);
  return [`<tr class="${odd ? 'odd' : 'even'}">`, nameCell, docCell, '</tr>'].join('\n');
}

/** An argument's documentation cell (`view`: its page view), laid out as pandoc does. */
export function docCell(view: readonly Block[], required: boolean): string {
  let body = [...view];
  if (required) {
    const first = body[0];
    const req: Inline = { t: 'str', s: '[required]' };
    if (first && (first.t === 'para' || first.t === 'plain')) body[0] = { t: 'para', c: [req, { t: 'space', nl: false }, ...first.c] };
    else body = [{ t: 'para', c: [req] }, ...body];
  }
  return body.length === 0 ? '<td></td>' : layoutHtml([text('<td>'), ...htmlBlockToks(body, cellOptions), text('</td>')]);
}


