/**
 * Backslashes and backquotes in the documentation's text, from HTML to the Rd and to the Markdown page.
 * The Rd column is what roxygen 7.2.3 made of pandoc's Markdown after the reference's clean-ups (checked
 * against roxygen itself); the page column is R 4.3's Rd2HTML text of that Rd as the published pages' pandoc
 * (>= 3.0) wrote it in markdown_strict: a backslash before a letter or digit kept, one that ends a word
 * doubled, one before anything else doubled with that character dropped. The four published pages these
 * rules settled (test/docs/paws-site.test.ts) are the first four cases' kinds.
 */
import { describe, expect, it } from 'vitest';
import { convertBlocks } from '../../generator/emit/docs/blocks-rd.js';
import { readDoc } from '../../generator/emit/docs/convert.js';
import { strictBlocks, strictEscape, strictEscapeWords } from '../../generator/emit/docs/md-strict.js';
import { pageBlocks } from '../../generator/emit/docs/page-view.js';
import { pairTicks, rdTextShown } from '../../generator/emit/docs/ticks.js';

const noLinks = { get: () => undefined };
const rdOf = (html: string) => convertBlocks(readDoc(html, noLinks), 'description').rd;
const pageOf = (html: string) => strictBlocks(pageBlocks(readDoc(html, noLinks)));

const CASES: readonly { name: string; html: string; rd: string; page: string }[] = [
  // codestarconnections_create_host: roxygen reads each pandoc `\`` as a backslash and a live backtick.
  { name: 'a pair of backquotes', html: '<p>in `PENDING` status</p>', rd: 'in \\\\verb{PENDING\\\\} status', page: 'in \\verbPENDING\\\\ status' },
  // ec2_bundle_instance
  { name: 'a backslash before punctuation', html: '<p>the root (C:\\) volume</p>', rd: 'the root (C:\\\\) volume', page: 'the root (C:\\\\ volume' },
  // personalize_create_event_tracker: `\>` from pandoc's escape of `>`, kept by roxygen.
  { name: 'an escaped >', html: '<p>PENDING &gt; ACTIVE</p>', rd: 'PENDING \\> ACTIVE', page: 'PENDING \\\\ ACTIVE' },
  { name: 'escaped < and > in one word', html: '<p>&lt;major&gt;.&lt;minor&gt;</p>', rd: '\\<major\\>.\\<minor\\>', page: '\\\\major\\\\.\\\\minor\\\\' },
  { name: 'backslashes before letters and at a word end', html: '<p>a \\d and C:\\temp\\ end</p>', rd: 'a \\\\d and C:\\\\temp\\\\ end', page: 'a \\d and C:\\temp\\\\ end' },
  {
    name: 'pairs spanning words, holding %, braces and a backslash',
    html: '<p>`two words`, `50% {x}`, `a_b \\d`</p>',
    rd: '\\\\verb{two words\\\\}, \\\\verb{50\\% \\\\\\{x\\\\\\}\\\\}, \\\\verb{a_b \\\\\\\\d\\\\}',
    page: '\\verbtwo words\\\\ \\verb50% \\\\x\\\\\\\\ \\verba\\_b \\\\d\\\\',
  },
  { name: 'a pair inside a word and one left alone', html: '<p>(`x`), `a` and one ` alone</p>', rd: '(\\\\verb{x\\\\}), \\\\verb{a\\\\} and one \\` alone', page: '(\\verbx\\\\, \\verba\\\\ and one \\\\ alone' },
];

describe('backslashes and backquotes in text', () => {
  it.each(CASES)('$name: the Rd roxygen wrote', ({ html, rd }) => {
    expect(rdOf(html)).toBe(rd);
  });
  it.each(CASES)('$name: the Markdown page', ({ html, page }) => {
    expect(pageOf(html)).toBe(page);
  });

  it('keeps the intermediate Markdown as pandoc wrote it (each backquote escaped)', () => {
    expect(convertBlocks(readDoc('<p>in `PENDING` and ` alone</p>', noLinks), 'description').md).toBe('in \\`PENDING\\` and \\` alone');
  });

  it('keeps a backquoted span on one Rd line when the Markdown wraps inside it', () => {
    const words = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    const md = convertBlocks(readDoc(`<p>\`${words}\`</p>`, noLinks), 'description').md;
    expect(md.split('\n').length).toBeGreaterThan(1);
    expect(rdOf(`<p>\`${words}\`</p>`)).toBe(`\\\\verb{${words}\\\\}`);
  });

  it('pairs only within a run of words: a code span, a link or emphasis ends it', () => {
    expect(pairTicks([{ t: 'str', s: 'no' }, { t: 'space', nl: false }, { t: 'str', s: 'ticks' }])).toBeUndefined();
    const paired = pairTicks([{ t: 'str', s: '`a' }, { t: 'code', s: 'c' }, { t: 'str', s: 'b`' }])!;
    expect(paired.map((p) => p.t)).toEqual(['tick', 'str', 'code', 'str', 'tick']);
  });

  it('shows Rd text as R does: \\\\, \\%, \\{ and \\} are escapes, other backslashes stay, braces group', () => {
    expect(rdTextShown('\\\\verb{50\\% \\\\\\{x\\\\\\}\\\\} \\> {g}')).toBe('\\verb50% \\{x\\}\\ \\> g');
  });
});

describe('markdown_strict escaping of a word (pandoc >= 3.0)', () => {
  it.each([
    ['plain', 'plain'],
    ['\\d', '\\d'],
    ['\\\u00e9', '\\\u00e9'],
    ['end\\', 'end\\\\'],
    ['C:\\)', 'C:\\\\'],
    ['a\\\\b', 'a\\\\b'],
    ['x\\\u{1F600}y', 'x\\\\y'],
    ['#tag', '\\#tag'],
    ['a#b', 'a#b'],
    ['![x]', '\\![x\\]'],
    ['<a>', '&lt;a&gt;'],
    ['*_`', '\\*\\_\\`'],
  ])('%s -> %s', (word, escaped) => {
    expect(strictEscape(word)).toBe(escaped);
  });

  it('escapes each word of a title on its own', () => {
    expect(strictEscapeWords('Get #1 and C:\\ now')).toBe('Get \\#1 and C:\\\\ now');
  });
});
