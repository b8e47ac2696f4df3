/**
 * Line filling as pandoc's layout engine (doclayout) does it: text atoms never break; a breaking space
 * becomes a newline when the space plus the run of text up to the next breaking space would pass the
 * width, else a single space. Every atom carries two renderings: `a`, which decides the widths (the
 * Markdown pandoc wrote), and `b`, a second text laid out on the same lines (the Rd roxygen made of it).
 */

export interface Atom {
  readonly kind: 'text';
  /** The text that is measured (pandoc's output). */
  readonly a: string;
  /** The text written on the second rendering at the same place. */
  readonly b: string;
}

export interface Space {
  readonly kind: 'space';
  /** In the second rendering a break here is a space, not a newline (inside link text, roxygen joins). */
  readonly join: boolean;
}

export interface HardBreak {
  readonly kind: 'break';
  /** What ends the line in each rendering (`\\` for a CommonMark hard break, nothing in Rd). */
  readonly a: string;
  readonly b: string;
}

export type Tok = Atom | Space | HardBreak;

export const text = (a: string, b: string = a): Atom => ({ kind: 'text', a, b });
export const SPACE: Space = { kind: 'space', join: false };
export const JOIN_SPACE: Space = { kind: 'space', join: true };

/** Display width as doclayout counts it: combining marks and zero-width characters 0, wide characters 2. */
const NARROW = /^[\u0000-\u02ff]*$/;

export function displayWidth(s: string): number {
  if (NARROW.test(s)) return s.length;
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300) {
      w += 1;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = s.codePointAt(i)!;
      i++;
      w += cp >= 0x1f300 && cp <= 0x1faff ? 2 : cp >= 0x20000 && cp <= 0x3fffd ? 2 : 1;
      continue;
    }
    w += charWidth(c);
  }
  return w;
}

function charWidth(c: number): number {
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff) return 0;
  if (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  )
    return 2;
  return 1;
}

export interface LayoutOptions {
  readonly width: number;
  /** Indentation of continuation lines (the nesting of list items), in the measured rendering. */
  readonly indent: number;
  /** The column the first atom starts at. */
  readonly startColumn: number;
  /** Markdown output: keep list-marker-like words off the start of a line (`glueListMarkers`). */
  readonly glueMarkers?: boolean;
}

export interface Laid {
  /** The measured rendering, lines joined with `\n` + indentation. */
  readonly a: string;
  /** The second rendering: breaks are `\n` (or a space for joining spaces), no indentation. */
  readonly b: string;
}

/**
 * What pandoc keeps off the start of a line: in a paragraph, `-`, `+`, `1.`, `1)`; inside a list item, any
 * list marker (`7)`, `12.`, `a)`, `iv.`, `(a)`).
 */
const MARKER = /^([-+]|1[.)])$/;
const MARKER_IN_LIST = /^([-+]|([0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]|\(([0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)\))$/;

/**
 * pandoc never breaks a line before a word that would then start a list item able to interrupt a paragraph
 * (`-`, `+`, a digit and `.` or `)`, followed by more text): the space before such a word does not break.
 */
export function glueListMarkers(toks: readonly Tok[], inList = false): Tok[] {
  const marker = inList ? MARKER_IN_LIST : MARKER;
  const out = [...toks];
  for (let i = 0; i + 2 < out.length; i++) {
    const [s, w, after] = [out[i], out[i + 1], out[i + 2]];
    if (s.kind === 'space' && w.kind === 'text' && marker.test(w.a) && after.kind === 'space') out[i] = text(' ', ' ');
  }
  return out;
}

/** Lays a run of inline tokens out on lines. */
export function layout(input: readonly Tok[], opts: LayoutOptions): Laid {
  let toks = input;
  const pad = ' '.repeat(opts.indent);
  let a = '';
  let b = '';
  let col = opts.startColumn;
  let pendingSpace: Space | undefined;
  if (opts.glueMarkers) toks = glueListMarkers(toks, opts.indent > 0);
  const widths = runWidths(toks);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'space') {
      if (!pendingSpace || (pendingSpace.join && !t.join)) pendingSpace = t;
      continue;
    }
    if (t.kind === 'break') {
      pendingSpace = undefined;
      a += t.a + '\n' + pad;
      b += t.b + '\n';
      col = opts.indent;
      continue;
    }
    if (pendingSpace) {
      const atLineStart = col <= opts.indent && a.length > 0 && a.endsWith('\n' + pad);
      if (col + 1 + widths[i] > opts.width && !atLineStart && col > 0) {
        a += '\n' + pad;
        b += pendingSpace.join ? ' ' : '\n';
        col = opts.indent;
      } else if (col > 0 && !atLineStart) {
        a += ' ';
        b += ' ';
        col += 1;
      }
      pendingSpace = undefined;
    }
    a += t.a;
    b += t.b;
    col += displayWidth(t.a);
  }
  return { a, b };
}

/** For each text token, the width of the run of text tokens starting there, up to the next space or break. */
function runWidths(toks: readonly Tok[]): number[] {
  const out = new Array<number>(toks.length).fill(0);
  let run = 0;
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i];
    if (t.kind === 'text') {
      run += displayWidth(t.a);
      out[i] = run;
    } else run = 0;
  }
  return out;
}
