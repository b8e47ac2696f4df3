/**
 * Differential test of the HTML -> Markdown converter against pandoc (`-f html -t commonmark`, the tool the
 * reference used): every Voice ID documentation string exactly, and a sample of the catalog at a high bar.
 * pandoc is given the HTML as the reference's generator gave it: braces in text protected as `\{`.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertBlocks } from '../../generator/emit/docs/blocks-rd.js';
import { readDoc } from '../../generator/emit/docs/convert.js';
import { membersOf } from '../../generator/ir/facts.js';
import type { IRService } from '../../generator/ir/types.js';
import { awsModelFiles } from '../support/shared.js';
import { requirePandoc, voiceIdDocs } from './helpers.js';

const NO_LINKS = { get: () => undefined };

/** Braces in text (not in code) as the reference protected them before pandoc. */
function protectBraces(html: string): string {
  return html
    .split(/(<code[^>]*>[\s\S]*?<\/code>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/>([^<]*)</g, (_m, t: string) => '>' + t.replace(/[{}]/g, (c) => '\\' + c) + '<')))
    .join('');
}

function pandoc(html: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(requirePandoc(), ['-f', 'html', '-t', 'commonmark']);
    let out = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(out.replace(/\n$/, '')) : reject(new Error(`pandoc exited ${code}`))));
    p.stdin.end(html);
  });
}

async function compareAll(docs: readonly string[]): Promise<{ matched: number; misses: { html: string; want: string; got: string }[] }> {
  const misses: { html: string; want: string; got: string }[] = [];
  let matched = 0;
  let next = 0;
  const worker = async () => {
    while (next < docs.length) {
      const html = docs[next++].trim();
      const want = await pandoc(protectBraces(html.startsWith('<') ? html : `<body>${html}</body>`));
      const got = convertBlocks(readDoc(html, NO_LINKS), 'description').md;
      if (want === got) matched++;
      else misses.push({ html, want, got });
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return { matched, misses };
}

function serviceDocs(service: IRService): string[] {
  const docs = new Set<string>([service.documentation]);
  for (const op of service.operations) docs.add(op.documentation);
  for (const s of service.shapes.values()) for (const m of membersOf(s)) docs.add(m.documentation);
  return [...docs].filter((d) => d.trim() !== '');
}

function catalogSample(every: number): string[] {
  const docs = new Set<string>();
  for (const file of awsModelFiles().filter((_, i) => i % every === 0)) {
    const m = JSON.parse(readFileSync(file, 'utf8')) as { operations: Record<string, { documentation?: string }>; shapes: Record<string, { members?: Record<string, { documentation?: string }> }> };
    for (const o of Object.values(m.operations)) if (o.documentation) docs.add(o.documentation);
    for (const s of Object.values(m.shapes)) for (const mm of Object.values(s.members ?? {})) if (mm.documentation) docs.add(mm.documentation);
  }
  const all = [...docs];
  const step = Math.max(1, Math.floor(all.length / 600));
  return all.filter((_, i) => i % step === 0);
}

const FILL = 'aaaaaaaaa aaaaaaaaa aaaaaaaaa aaaaaaaaa aaaaaaaaa aaaaaaaaa aaaaaaaaa aa';

/** Inputs chosen to hit the layout and escaping rules (line starts, underscores, lists, odd tags). */
const TRICKY = [
  ...['-', '+', '1.', '1)', '2.', '12.', '#', '&gt;', '*'].map((w) => `<p>${FILL} ${w} bbbb</p>`),
  `<p>${FILL} 123 bbbb</p>`,
  '<p>MINUS_3_DB A_B_C _lead trail_ snake_case_name x_1</p>',
  '<p>a*b [c] `d` \\e &lt;f&gt; ~g !h &amp;i @j 50% $k |l</p>',
  '<p>1. starts like a list</p><p>- so does this</p><p>+ and this</p>',
  '<ul><li>one</li><li>two</li></ul><ol><li>three</li></ol><pre>code\n  block</pre>',
  '<ul><li><p>loose</p></li><li>tight</li></ul>',
  `<p>${'\u6f22'.repeat(40)} wide characters</p>`,
  `<p>${'x'.repeat(90)} a very long word</p>`,
  '<p>see <a href="https://example.com/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z">a link with text that runs long</a>.</p>',
  '<p>mark up with <Accessibility> elements for captions, then more text to wrap the line.</p>',
  '<p>x<b> bold </b>y <i>it</i>z a&nbsp;b <code>c `d` e</code></p>',
  `<p>${FILL} see <a href="http://docs.aws.amazon.com/x/getting-suggestions.html" target="_blank">Getting Search Suggestions</a> in the guide.</p>`,
];

describe('HTML -> Markdown converter against pandoc', () => {
  it('matches pandoc exactly on tricky inputs', async () => {
    requirePandoc();
    const docs = TRICKY.map((d) => d.replace(/\\u([0-9a-f]{4})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\n/g, '\n'));
    const r = await compareAll(docs);
    expect(r.misses).toEqual([]);
  });

  it('matches pandoc exactly on every Voice ID documentation string', async () => {
    requirePandoc();
    const docs = serviceDocs(voiceIdDocs().ctx.ir);
    const r = await compareAll(docs);
    console.log(`pandoc oracle, Voice ID: ${r.matched}/${docs.length} strings identical`);
    expect(r.misses).toEqual([]);
    expect(docs.length).toBeGreaterThan(50);
  });

  it('matches pandoc on a sample of the catalog at a high rate', async () => {
    requirePandoc();
    const docs = catalogSample(4);
    const r = await compareAll(docs);
    const rate = r.matched / docs.length;
    console.log(`pandoc oracle, catalog sample: ${r.matched}/${docs.length} strings identical (${(rate * 100).toFixed(1)}%)`);
    for (const m of r.misses.slice(0, 3)) console.log(`miss: ${m.html.slice(0, 160)}`);
    expect(docs.length).toBeGreaterThan(300);
    expect(rate).toBeGreaterThanOrEqual(0.97);
  });
});
