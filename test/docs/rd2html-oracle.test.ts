/**
 * The Markdown page against its definition: R's Rd2HTML of the generated Rd (R 4.3 under webR, which writes
 * the published pages' HTML: `<code id="<topic>_:_<arg>">`, a plain `<tr>`), converted by pandoc 2.17 to
 * markdown_strict, with the published pages' fixed column widths. pandoc's answers are committed
 * (test/fixtures/pandoc-goldens/rd2html-pages.json, `npm run goldens:pandoc`): no pandoc is needed, R
 * comes from npm. Over a sample of catalog pages (scripts/pandoc/inputs.ts), at a high rate. (pandoc 2.17
 * writes a backslash in text otherwise than the published pages' pandoc >= 3.0, whose rule the pages follow:
 * `strictEscape` in md-strict.ts, test/docs/text-escapes.test.ts; no page of the sample has one.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareWithGolden, readGolden, REFRESH_COMMAND, sha256 } from '../../scripts/pandoc/golden.js';
import { pandocSet, rd2htmlSample, type RdHtmlPage } from '../../scripts/pandoc/inputs.js';
import type { RRunner } from '../../scripts/r/webr.js';
import { sharedR } from '../support/r.js';

describe('Markdown page = pandoc(Rd2HTML(Rd))', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shapegen-rd2html-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let sample: Promise<{ r: RRunner; pages: RdHtmlPage[] }> | undefined;
  const pagesOnce = () => (sample ??= sharedR('4.3').then(async (r) => ({ r, pages: await rd2htmlSample(r, dir) })));

  it('holds on a sample of catalog operation pages', async () => {
    const golden = readGolden(pandocSet('rd2html-pages'));
    const { r, pages } = await pagesOnce();
    const verdicts = pages.map((p) => ({ page: p.page, verdict: compareWithGolden(golden, p.html, p.md) }));
    const same = verdicts.filter((v) => v.verdict === 'same').length;
    const missing = verdicts.filter((v) => v.verdict === 'missing').map((v) => v.page);
    const rate = same / pages.length;
    console.log(`Rd2HTML (${r.description}) + pandoc (${golden.pandoc}): ${same}/${pages.length} Markdown pages identical (${(rate * 100).toFixed(1)}%)`);
    console.log(`differ: ${verdicts.filter((v) => v.verdict === 'differs').slice(0, 10).map((v) => v.page).join(', ')}`);
    expect(missing, `${missing.length} pages' HTML has no pandoc answer: run \`${REFRESH_COMMAND}\` where pandoc 2.17 is installed`).toEqual([]);
    expect(new Set(Object.keys(golden.outputs)), `stale answers: run \`${REFRESH_COMMAND} rd2html-pages\``).toEqual(new Set(pages.map((p) => sha256(p.html))));
    expect(pages.length).toBe(111);
    // Every other page must be identical. These two differ only in where a line breaks after
    // `<code style="white-space: pre;">⁠…⁠</code>`: pandoc 2.17 counts the U+2060 word joiners around the code as
    // a column each, the published reference's pages (test/docs/paws-site.test.ts) count none, and we follow them.
    const WORD_JOINER_WIDTH = ['applicationinsights_create_application.Rd', 'iam_create_instance_profile.Rd'];
    const differing = verdicts.filter((v) => v.verdict === 'differs').map((v) => v.page);
    expect(differing.filter((p) => !WORD_JOINER_WIDTH.includes(p))).toEqual([]);
    expect(same).toBeGreaterThanOrEqual(109); // 111 less the two above: it may only go up
  }, 300_000);

  it('fails a page whose Markdown differs from pandoc\'s answer', async () => {
    const golden = readGolden(pandocSet('rd2html-pages'));
    const { pages } = await pagesOnce();
    const page = pages.find((p) => compareWithGolden(golden, p.html, p.md) === 'same')!;
    expect(compareWithGolden(golden, page.html, page.md.replace('### Arguments', '### Argument'))).toBe('differs');
  }, 300_000);
});
