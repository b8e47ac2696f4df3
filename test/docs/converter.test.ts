/** The converter on tricky inputs: Rd escaping, Unicode, entities, malformed HTML, R keywords, wrapping. */
import { describe, expect, it } from 'vitest';
import { convertBlocks } from '../../generator/emit/docs/blocks-rd.js';
import { readDoc } from '../../generator/emit/docs/convert.js';
import { displayWidth } from '../../generator/emit/docs/layout.js';
import { boldHeadings } from '../../generator/emit/docs/page-view.js';
import { layoutExpr } from '../../generator/emit/docs/shape-syntax.js';
import { breakLines, usageLine } from '../../generator/emit/docs/usage.js';
import { rArgName } from '../../generator/names/names.js';

const links = new Map([['GetThing', { topic: 'svc_get_thing', rName: 'get_thing' }]]);
const opLinks = { get: (n: string) => links.get(n) };
const rd = (html: string, mode: 'description' | 'argument' = 'description') => convertBlocks(boldHeadings(readDoc(html, opLinks), mode), mode).rd;
const md = (html: string) => convertBlocks(readDoc(html, opLinks), 'description').md;

/** Braces that Rd sees as grouping (not escaped) must pair up. */
function bracesBalance(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('Rd escaping', () => {
  it('escapes %, braces and backslashes in text', () => {
    expect(rd('<p>100% of {x} in C:\\dir</p>')).toBe('100\\% of \\{x\\} in C:\\\\dir');
  });
  it('keeps @ as is in Rd and in the Markdown', () => {
    expect(rd('<p>user@example.com and @@</p>')).toBe('user@example.com and @@');
    expect(md('<p>user@example.com</p>')).toBe('user@example.com');
  });
  it('writes braces in the Markdown as pandoc wrote the protected HTML (\\\\{)', () => {
    expect(md('<p>a {b}</p>')).toBe('a \\\\{b\\\\}');
  });
  it('escapes inside code: \\code for R, \\verb otherwise', () => {
    expect(rd('<p><code>NextToken</code> <code>a %in% b</code> <code>s3://b/k</code> <code>x{y}</code></p>')).toBe(
      '\\code{NextToken} \\code{a \\%in\\% b} \\verb{s3://b/k} \\verb{x\\{y\\}}',
    );
  });
  it('escapes URLs in \\href', () => {
    expect(rd('<p><a href="https://h/a%20b{c}">t</a></p>')).toBe('\\href{https://h/a\\%20b\\{c\\}}{t}');
  });
});

describe('Unicode', () => {
  it('removes U+2028 and U+2029 and keeps other characters', () => {
    expect(rd('<p>a\u2028b \u2029c \u00e9\u0301 \u{1F600} \u6f22</p>')).toBe('ab c \u00e9\u0301 \u{1F600} \u6f22');
  });
  it('writes \\uXXXX escapes as code U+XXXX', () => {
    expect(rd('<p>the \\u00e9 sign</p>')).toBe('the \\code{U+00e9} sign');
  });
  it('counts wide characters as two columns and word joiners as none', () => {
    expect(displayWidth('\u6f22\u5b57')).toBe(4);
    expect(displayWidth('a\u2060b')).toBe(2);
    const line = md(`<p>${'\u6f22'.repeat(30)} ${'\u6f22'.repeat(10)}</p>`);
    expect(line.split('\n')).toHaveLength(2);
  });
});

describe('HTML entities and malformed HTML', () => {
  it('decodes entities (pandoc escapes < and >, and roxygen keeps those escapes in the Rd)', () => {
    expect(rd('<p>&lt;b&gt; &amp; &#x7B; &nbsp;x &copy;</p>')).toBe('\\<b\\> & \\{ \u00a0x \u00a9');
    expect(md('<p>&lt;b&gt;</p>')).toBe('\\<b\\>');
  });
  it('survives unclosed and stray tags with balanced Rd', () => {
    const out = rd('<p>unclosed <b>bold <i>it</p> </a> <ul><li>x<li>y</ul></div><p');
    expect(out).toContain('\\strong{bold \\emph{it}}');
    expect(out).toContain('\\item x');
    expect(bracesBalance(out)).toBe(true);
  });
  it('drops an unknown tag that is never closed, keeping the text after it', () => {
    expect(rd('<p>mark up with <Accessibility> elements for captions.</p>')).toBe('mark up with elements for captions.');
  });
  it('escapes unmatched quotes and braces in code as the reference did', () => {
    expect(rd('<p><code>"open</code> <code>{x</code></p>')).toBe('\\verb{\\\\"open} \\verb{\\\\\\{x}');
  });
  it('never nests italics', () => {
    expect(rd('<p><i>a <i>b</i> c</i></p>')).toBe('\\emph{a b c}');
  });
});

describe('structure', () => {
  it('links operations of the same service', () => {
    expect(rd('<p>Call <a>GetThing</a> or <code>GetThing</code>.</p>')).toBe(
      'Call \\code{\\link[=svc_get_thing]{get_thing}} or \\code{\\link[=svc_get_thing]{get_thing}}.',
    );
  });
  it('completes relative and host-less links', () => {
    expect(rd('<p><a href="service/guide/x.html">a</a> <a href="example.com/p">b</a></p>')).toBe(
      '\\href{https://docs.aws.amazon.com/service/guide/x.html}{a}\n\\href{https://example.com/p}{b}',
    );
  });
  it('writes headings as subsections in a description and bold in an argument', () => {
    expect(rd('<h3>Head</h3><p>body</p>')).toBe('\\subsection{Head}{\n\nbody\n}');
    expect(rd('<h3>Head</h3><p>body</p>', 'argument')).toBe('\\strong{Head}\n\nbody');
    expect(rd('<dl><dt>Term</dt><dd><p>Meaning</p></dd></dl>')).toBe('\\subsection{Term}{\n\nMeaning\n}');
  });
  it('writes a heading with nothing under it in bold (no empty subsection)', () => {
    expect(rd('<dl><dt>Empty</dt></dl>')).toBe('\\strong{Empty}');
  });
  it('writes lists and code blocks', () => {
    expect(rd('<p>Intro</p><ul><li>one</li><li>two</li></ul>')).toBe('Intro\n\\itemize{\n\\item one\n\\item two\n}');
    expect(rd('<pre>a {b}\n  c</pre>')).toBe('\\if{html}{\\out{<div class="sourceCode">}}\\preformatted{a \\{b\\}\n  c\n}\\if{html}{\\out{</div>}}');
  });
  it('reads text that does not start with a tag', () => {
    expect(rd('Plain 50%')).toBe('Plain 50\\%');
  });
});

describe('wrapping', () => {
  it('wraps at 72 columns and keeps link text on one Rd line', () => {
    const html = `<p>${'word '.repeat(12)}see <a href="https://example.com/a/long/path">a link whose text is long enough to wrap</a> end.</p>`;
    for (const line of md(html).split('\n')) if (!line.includes('](')) expect(line.length).toBeLessThanOrEqual(72);
    expect(rd(html)).toContain('\\href{https://example.com/a/long/path}{a link whose text is long enough to wrap}');
  });
  it('breaks usage after a space or an opening parenthesis', () => {
    expect(usageLine('svc_op', ['A', 'B'])).toBe('svc_op(A, B)');
    const long = usageLine('voiceid_start_speaker_enrollment_job', ['ClientToken', 'DataAccessRoleArn', 'DomainId', 'EnrollmentConfig', 'InputDataConfig', 'JobName', 'OutputDataConfig']);
    expect(long).toBe('voiceid_start_speaker_enrollment_job(ClientToken, DataAccessRoleArn,\n  DomainId, EnrollmentConfig, InputDataConfig, JobName, OutputDataConfig)');
    expect(breakLines('x'.repeat(80))).toBe('x'.repeat(8) + 'x'.repeat(72) + '\n');
  });
  it('lays syntax out one item per line, quoted text untouched', () => {
    expect(layoutExpr('list(A = "x(,)", B = list(), C = list(D = 1))')).toBe('list(\n  A = "x(,)",\n  B = list(),\n  C = list(\n    D = 1\n  )\n)');
  });
});

describe('R names', () => {
  it('quotes keywords and non-syntactic names with backticks', () => {
    expect(['function', 'if', 'TRUE', 'NULL', 'in', 'a-b', '_x', 'Name', '.ok'].map(rArgName)).toEqual([
      '`function`', '`if`', '`TRUE`', '`NULL`', '`in`', '`a-b`', '`_x`', 'Name', '.ok',
    ]);
  });
});
