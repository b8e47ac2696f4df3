/**
 * HTML as pandoc's HTML writer lays it out at 72 columns (used for the tables that Markdown cannot hold):
 * text breaks at spaces and between a tag's attributes; code never breaks inside.
 */
import type { Block, Inline } from './ast.js';
import type { Attr } from '../../html/tree.js';
import { escapeHtml } from '../../html/escape.js';
import { layout, SPACE, text, type Tok } from './layout.js';
import { pushAll } from '../../util/arrays.js';

/** How inline code is marked up: plain `<code>`, or R's `\verb` rendering (pre spacing, word joiners). */
export type CodeStyle = (code: { readonly s: string; readonly verb?: boolean }) => { verb: boolean; text: string };

export interface HtmlInlineOptions {
  readonly code: CodeStyle;
  /** Text as shown (R's HTML rendering changes quotes and dashes). */
  readonly text: (s: string) => string;
}

export function htmlInlineToks(ils: readonly Inline[], opts: HtmlInlineOptions): Tok[] {
  const out: Tok[] = [];
  for (const il of ils) {
    switch (il.t) {
      case 'str':
        out.push(text(escapeHtml(opts.text(il.s))));
        break;
      case 'space':
        out.push(SPACE);
        break;
      case 'br':
        out.push({ kind: 'break', a: '<br />', b: '' });
        break;
      case 'code': {
        const c = opts.code(il);
        if (c.verb) out.push(text('<code'), SPACE, text(`style="white-space: pre;">\u2060${escapeHtml(c.text)}\u2060</code>`));
        else out.push(text(`<code>${escapeHtml(c.text)}</code>`));
        break;
      }
      case 'emph':
      case 'strong': {
        const tag = il.t === 'emph' ? 'em' : 'strong';
        out.push(text(`<${tag}>`), ...htmlInlineToks(il.c, opts), text(`</${tag}>`));
        break;
      }
      case 'link': {
        if (il.topic !== undefined) {
          pushAll(out, htmlInlineToks(il.c, opts));
          break;
        }
        pushAll(out, rawLinkToks(il.url, il.attrs ?? [], htmlInlineToks(il.c, opts)));
        break;
      }
      case 'span':
        pushAll(out, (il.attrs.length > 0 ? rawSpanToks(il.attrs, htmlInlineToks(il.c, opts)) : htmlInlineToks(il.c, opts)));
        break;
      case 'math':
        pushAll(out, equationToks(il.tex));
        break;
    }
  }
  return out;
}

/** Blocks inside a table cell: tokens, blocks separated by hard line ends. */
export function htmlBlockToks(blocks: readonly Block[], opts: HtmlInlineOptions): Tok[] {
  const out: Tok[] = [];
  const nl = (): void => void out.push({ kind: 'break', a: '', b: '' });
  blocks.forEach((b, i) => {
    if (i > 0) nl();
    switch (b.t) {
      case 'para':
      case 'plain':
        out.push(text('<p>'), ...htmlInlineToks(b.c, opts), text('</p>'));
        break;
      case 'header':
        out.push(text(`<h${b.level}>`), ...htmlInlineToks(b.c, opts), text(`</h${b.level}>`));
        break;
      case 'codeblock': {
        // R's HTML for roxygen's code block: `<pre>` in a `sourceCode` div, quotes escaped, no trailing blanks.
        const lines = b.s.replace(/\s+$/, '').split('\n');
        out.push(text('<div class="sourceCode">'));
        nl();
        lines.forEach((l, j) => {
          if (j > 0) nl();
          out.push(text((j === 0 ? '<pre><code>' : '') + escapeHtml(l, true) + (j === lines.length - 1 ? '</code></pre>' : '')));
        });
        nl();
        out.push(text('</div>'));
        break;
      }
      case 'bullets':
      case 'ordered': {
        const tag = b.t === 'bullets' ? 'ul' : 'ol';
        out.push(text(`<${tag}>`));
        for (const item of b.items) {
          nl();
          out.push(text('<li>'), ...htmlBlockToks(item, opts), text('</li>'));
        }
        nl();
        out.push(text(`</${tag}>`));
        break;
      }
      case 'quote':
        out.push(text('<blockquote>'), ...htmlBlockToks(b.c, opts), text('</blockquote>'));
        break;
      case 'hr':
        out.push(text('<hr />'));
        break;
      case 'table':
        out.push(text(renderHtmlTable(b.rows, 0)));
        break;
    }
  });
  return out;
}

/** Lays tokens out from column 0 at 72 columns. */
export function layoutHtml(toks: readonly Tok[], indent = 0): string {
  return layout(toks, { width: 72, indent, startColumn: indent }).a;
}

const PLAIN_CODE: HtmlInlineOptions = { code: (c) => ({ verb: false, text: c.s }), text: (s) => s };

/** A table as raw HTML, the way pandoc writes one it cannot express in Markdown. */
export function renderHtmlTable(rows: readonly Inline[][][], indent: number): string {
  const pad = ' '.repeat(indent);
  const lines = ['<table>', '<tbody>'];
  rows.forEach((row, i) => {
    lines.push(`<tr class="${i % 2 === 0 ? 'odd' : 'even'}">`);
    for (const cell of row) lines.push(layoutHtml([text('<td>'), ...htmlInlineToks(cell, PLAIN_CODE), text('</td>')]));
    lines.push('</tr>');
  });
  lines.push('</tbody>', '</table>');
  return lines.map((l) => l.split('\n').map((x) => pad + x).join('\n')).join('\n');
}

/**
 * A link with attributes besides `href` (`target="_blank"`), as pandoc writes it in Markdown: raw HTML, with
 * breakable spaces between the attributes. `rd`: the Rd roxygen made of that raw HTML (`\if{html}{\out{}}`).
 */
export function rawLinkToks(url: string, attrs: readonly string[], inner: readonly Tok[], rd?: (s: string) => string): Tok[] {
  const parts = [`href="${escapeHtml(url, true)}"`, ...attrs];
  const open = (s: string) => (rd ? `\\if{html}{\\out{${rd(s)}` : s);
  const close = (s: string) => (rd ? `${rd(s)}}}` : s);
  const out: Tok[] = [text('<a', open('<a'))];
  parts.forEach((p, i) => out.push(SPACE, i === parts.length - 1 ? text(`${p}>`, close(`${p}>`)) : text(p, rd ? rd(p) : p)));
  return [...out, ...inner, text('</a>', rd ? `\\if{html}{\\out{${rd('</a>')}}}` : '</a>')];
}

/** A span with attributes (a link inside `<i>` renamed by the reference): raw HTML, its opening tag unbroken. */
export function rawSpanToks(attrs: readonly Attr[], inner: readonly Tok[], rd?: (s: string) => string): Tok[] {
  const openTag = `<span${attrs.map(([k, v]) => ` ${k}="${escapeHtml(v, true)}"`).join('')}>`;
  const wrap = (s: string) => (rd ? `\\if{html}{\\out{${rd(s)}}}` : s);
  return [text(openTag, wrap(openTag)), ...inner, text('</span>', wrap('</span>'))];
}

/** R's HTML for `\eqn{}`: a code element of class `reqn` holding the LaTeX. */
export function equationToks(tex: string): Tok[] {
  return [text('<code'), SPACE, text(`class="reqn">${escapeHtml(tex)}</code>`)];
}
