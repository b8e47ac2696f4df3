/**
 * Blocks -> the intermediate CommonMark (pandoc's layout, 72 columns) and, on the same lines, the Rd
 * roxygen makes of it: paragraphs, `\itemize`/`\enumerate`, code blocks as `\preformatted`, headings as
 * `\subsection` (description) or bold (arguments).
 */
import { isTight, type Block, type Inline } from './ast.js';
import { inlineToks, type VerbTest } from './inline-rd.js';
import { layout, text } from './layout.js';
import { rdText, stripForbidden } from './rd-escape.js';
import { renderHtmlTable } from './html-layout.js';

export const WIDTH = 72;

export interface Converted {
  /** The intermediate Markdown, as `pandoc -f html -t commonmark` writes it. */
  readonly md: string;
  /** The Rd text (trimmed). */
  readonly rd: string;
}

type Mode = 'description' | 'argument';

/** Lays out a paragraph's inlines; `a` lines are indented by `indent`, the first one included. */
function para(c: readonly Inline[], indent: number, verb?: VerbTest): { md: string; rd: string } {
  const toks = inlineToks(c, { verb });
  const first = c[0];
  if (first?.t === 'str' && toks[0]?.kind === 'text') toks[0] = text(escapeLineStart(first.s, toks[0].a, c.length === 1 || c[1].t === 'space'), toks[0].b);
  const laid = layout(toks, { width: WIDTH, indent, startColumn: indent, glueMarkers: true });
  return { md: ' '.repeat(indent) + laid.a, rd: guardConditionals(laid.b) };
}

/** R reads `#ifdef`, `#ifndef` and `#endif` at the start of an Rd line as a conditional; a space keeps them text. */
function guardConditionals(rd: string): string {
  return rd.replace(/^(#(?:ifdef|ifndef|endif))/gm, ' $1');
}

/** A paragraph that starts like a list marker is escaped (`1\.`, `\-`). */
function escapeLineStart(word: string, md: string, alone: boolean): string {
  if (alone && /^([0-9]{1,9}[.)]|[a-zA-Z][.)]|[ivxlcdmIVXLCDM]+[.)])$/.test(word) && /^[0-9]/.test(word)) return md.replace(/([.)])$/, '\\$1');
  if (word === '+' || word === '-') return '\\' + md;
  return md;
}

function codeBlock(s: string, indent: number): { md: string; rd: string } {
  const lines = stripForbidden(s).split('\n');
  const pad = ' '.repeat(indent + 4);
  const md = lines.map((l) => (l === '' ? '' : pad + l)).join('\n');
  const rd = `\\if{html}{\\out{<div class="sourceCode">}}\\preformatted{${rdText(lines.join('\n') + '\n')}}\\if{html}{\\out{</div>}}`;
  return { md, rd };
}

interface Out {
  md: string[];
  rd: string;
}

function renderList(items: Block[][], ordered: number | undefined, indent: number, mode: Mode, verb?: VerbTest): { md: string; rd: string } {
  const tight = isTight(items);
  const mdItems: string[] = [];
  let rd = ordered === undefined ? '\n\\itemize{' : '\n\\enumerate{';
  items.forEach((item, i) => {
    const marker = ordered === undefined ? '-' : `${ordered + i}.`;
    const markerWidth = Math.max(4, marker.length + 1);
    const inner = renderBlocks(item, indent + markerWidth, mode, true, verb);
    const body = inner.md.length > 0 ? inner.md.slice(indent + markerWidth) : '';
    mdItems.push(' '.repeat(indent) + marker.padEnd(markerWidth, ' ') + body);
    rd += '\n\\item ' + inner.rd;
  });
  return { md: mdItems.join(tight ? '\n' : '\n\n'), rd: rd + '\n}' };
}

/** Renders blocks at a nesting; `inItem`: the first paragraph joins the `\item` line. */
function renderBlocks(blocks: readonly Block[], indent: number, mode: Mode, inItem: boolean, verb?: VerbTest): { md: string; rd: string } {
  const out: Out = { md: [], rd: '' };
  const open: number[] = [];
  blocks.forEach((b, i) => {
    const first = inItem && i === 0;
    if (i > 0 && needsSeparator(blocks[i - 1], b)) out.md.push(' '.repeat(indent) + '<!-- -->');
    switch (b.t) {
      case 'para':
      case 'plain': {
        const p = para(b.c, indent, verb);
        out.md.push(p.md);
        out.rd += (first ? '' : '\n\n') + p.rd;
        break;
      }
      case 'header': {
        const h = para(b.c, 0, verb);
        const title = h.rd.replace(/\n/g, ' ');
        out.md.push(' '.repeat(indent) + '#'.repeat(b.level) + ' ' + h.md.replace(/\n\s*/g, ' '));
        // (`boldHeadings` already made argument headings, nested ones and empty ones bold paragraphs.)
        if (mode === 'argument' || indent > 0) out.rd += (first ? '' : '\n\n') + `\\strong{${title}}`;
        else {
          out.rd += closeSections(open, b.level) + `\n\\subsection{${title}}{`;
          open.push(b.level);
        }
        break;
      }
      case 'codeblock': {
        const c = codeBlock(b.s, indent);
        out.md.push(c.md);
        out.rd += '\n\n' + c.rd;
        break;
      }
      case 'bullets':
      case 'ordered': {
        const l = renderList(b.items, b.t === 'ordered' ? b.start : undefined, indent, mode, verb);
        out.md.push(l.md);
        out.rd += l.rd;
        break;
      }
      case 'quote': {
        const q = renderBlocks(b.c, indent, mode, false, verb);
        out.md.push(q.md.split('\n').map((l) => (l === '' ? '>' : '> ' + l)).join('\n'));
        out.rd += (first ? '' : '\n\n') + q.rd;
        break;
      }
      case 'hr':
        out.md.push(' '.repeat(indent) + '-'.repeat(WIDTH));
        break;
      case 'table': {
        const html = renderHtmlTable(b.rows, indent);
        out.md.push(html);
        out.rd += (first ? '' : '\n\n') + rdText(stripForbidden(html.trim()));
        break;
      }
    }
  });
  out.rd += closeSections(open, 1);
  return { md: out.md.join('\n\n'), rd: out.rd };
}

/** pandoc puts an empty HTML comment between two lists of one kind, or a list and a code block (the reference dropped it). */
export function needsSeparator(prev: Block, next: Block): boolean {
  const isList = (b: Block) => b.t === 'bullets' || b.t === 'ordered';
  return isList(prev) && (next.t === prev.t || next.t === 'codeblock');
}

function closeSections(open: number[], level: number): string {
  let s = '';
  while (open.length > 0 && open[open.length - 1] >= level) {
    open.pop();
    s += '\n}\n';
  }
  return s;
}

/** Blocks -> intermediate Markdown and Rd (description or argument rules). */
export function convertBlocks(blocks: readonly Block[], mode: Mode, verb?: VerbTest): Converted {
  const r = renderBlocks(blocks, 0, mode, false, verb);
  // Not trim(): a leading space may guard a conditional (guardConditionals).
  return { md: r.md, rd: r.rd.replace(/^\n+/, '').trimEnd() };
}
