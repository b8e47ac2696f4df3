/**
 * A structural Rd check without R, for the hostile corpus: what R's Rd parser (parse_Rd, which checkRd
 * runs first) rejects in the pages we write. It lexes the page as the parser does: `%` starts a comment to
 * the end of the line, `\\`, `\%`, `\{` and `\}` are escapes, braces must balance, every `\macro` must be
 * one Rd knows, and a line starting with `#ifdef`, `#ifndef` or `#endif` is a conditional that needs a
 * format and a matching `#endif`: a paragraph that starts with `#ifdef` breaks the page (`unexpected '}'`).
 *
 * R's own checkRd (webR) is the authority; this check runs beside it and names the line.
 */

export interface RdProblem {
  readonly line: number;
  readonly message: string;
}

const RD_MACROS = new Set(
  ('name alias title description details value arguments item itemize enumerate describe section subsection ' +
    'usage examples code verb preformatted href url link emph strong bold samp file email tabular tab cr dots ' +
    'ldots R sQuote dQuote eqn deqn keyword concept seealso references author note format source docType ' +
    'encoding dontrun donttest dontshow kbd var env option command dfn cite acronym pkg method S3method S4method ' +
    'special enc out figure newcommand renewcommand Sexpr RdOpts if ifelse testonly').split(' '),
);

/** The problems parse_Rd would report in one page (the first of each kind is enough to fail it). */
export function checkRdText(text: string): RdProblem[] {
  const problems: RdProblem[] = [];
  const lines = text.split('\n');
  let depth = 0;
  let conditional = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const lineNo = n + 1;
    const directive = /^#(ifdef|ifndef|endif)\b(.*)$/.exec(line);
    if (directive) {
      if (directive[1] === 'endif') {
        if (conditional === 0) problems.push({ line: lineNo, message: '#endif without #ifdef' });
        else conditional--;
      } else {
        if (!/^\s+(latex|html|text|example|windows|unix|TRUE|FALSE)\s*$/.test(directive[2])) problems.push({ line: lineNo, message: `#${directive[1]} needs a format (${JSON.stringify(directive[2].trim())})` });
        conditional++;
      }
      continue;
    }
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '%') break; // a comment to the end of the line
      if (c === '\\') {
        const next = line[i + 1] ?? '';
        if ('\\%{}'.includes(next) && next !== '') {
          i++;
          continue;
        }
        const macro = /^[A-Za-z]+/.exec(line.slice(i + 1))?.[0];
        if (macro === undefined) {
          if (next !== '' && !/[\s'"`,.;:!?()\[\]<>=+*&^$#@~|/-]/.test(next)) problems.push({ line: lineNo, message: `unknown escape \\${next}` });
          continue;
        }
        if (!RD_MACROS.has(macro)) problems.push({ line: lineNo, message: `unknown macro \\${macro}` });
        i += macro.length;
      } else if (c === '{') depth++;
      else if (c === '}') {
        if (--depth < 0) {
          problems.push({ line: lineNo, message: "unexpected '}'" });
          depth = 0;
        }
      }
    }
  }
  if (depth > 0) problems.push({ line: lines.length, message: `${depth} unclosed '{'` });
  if (conditional > 0) problems.push({ line: lines.length, message: '#ifdef without #endif' });
  return problems;
}
