/** The model's HTML documentation -> Markdown for TSDoc, and the TSDoc escaping. */
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../generator/emit/ts/types/html-markdown.js';
import { escapeDocText, tsDoc } from '../../generator/emit/ts/types/tsdoc.js';

describe('htmlToMarkdown', () => {
  it('turns paragraphs, inline markup and links into Markdown', () => {
    expect(htmlToMarkdown('<p>One <code>Id</code>   two.</p><p>See <a href="https://x.example/a">the <b>guide</b></a>, <i>now</i>.</p>')).toBe(
      'One `Id` two.\n\nSee [the **guide**](https://x.example/a), *now*.',
    );
    expect(htmlToMarkdown('<a href="https://x.example">https://x.example</a>')).toBe('<https://x.example>');
    expect(htmlToMarkdown('plain &lt;text&gt; &amp; more')).toBe('plain <text> & more');
    expect(htmlToMarkdown('')).toBe('');
  });

  it('writes lists, nested lists tight, and ordered lists', () => {
    expect(htmlToMarkdown('<ul><li><p>A</p><ul><li>a1</li><li>a2</li></ul></li><li>B</li></ul>')).toBe('- A\n  - a1\n  - a2\n- B');
    expect(htmlToMarkdown('<ol><li>first</li><li><p>second</p><p>more</p></li></ol>')).toBe('1. first\n2. second\n\n   more');
  });

  it('labels notes, keeps preformatted text, and makes headings and terms', () => {
    expect(htmlToMarkdown('<note><p>Careful.</p></note>')).toBe('**Note:** Careful.');
    expect(htmlToMarkdown('<important><p>Really.</p></important>')).toBe('**Important:** Really.');
    expect(htmlToMarkdown('<pre><code>a  b\n  c</code></pre>')).toBe('```\na  b\n  c\n```');
    expect(htmlToMarkdown('<h2>Title</h2><dl><dt>Term</dt><dd>Meaning</dd></dl>')).toBe('## Title\n\n**Term**\n\nMeaning');
  });
});

describe('TSDoc', () => {
  it('cannot be closed early or read as tags', () => {
    expect(escapeDocText('a */ b @param c {@link d} e@mail.example')).toBe('a *\\/ b \\@param c {\\@link d} e@mail.example');
  });

  it('adds @deprecated with its message, and nothing at all for nothing', () => {
    expect(tsDoc({ documentation: '<p>Old.</p>', deprecated: true, deprecatedMessage: 'Use New.' })).toEqual([
      { description: 'Old.', tags: [{ tagName: 'deprecated', text: 'Use New.' }] },
    ]);
    expect(tsDoc({ documentation: '', deprecated: false })).toEqual([]);
  });
});
