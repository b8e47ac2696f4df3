/**
 * The Markdown page against its definition: R's Rd2HTML of the generated Rd, converted by pandoc to
 * markdown_strict, after the R 4.2 -> 4.3 differences (4.3 writes `<code id="<topic>_:_<arg>">` and a plain
 * `<tr>`) and the published pages' fixed column widths. Over a sample of catalog pages, at a high rate.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitDocs } from '../../generator/emit/docs/index.js';
import { findRscript } from '../../scripts/check-rd.js';
import { awsModelFiles } from '../support/shared.js';
import { loadService, requirePandoc } from './helpers.js';

const RD2HTML = `files <- readLines(commandArgs(TRUE)[1])
for (f in files) tools::Rd2HTML(f, out = sub("[.]Rd$", ".html", f), encoding = "UTF-8")
`;

/** The published page from R 4.2's HTML: 4.3's argument ids, no row style, the fixed column widths. */
function asPublished(html: string, topic: string): string {
  return html.replace(/<tr style="vertical-align: top;"><td><code>([^<]*)<\/code><\/td>/g, (_m, n: string) => `<tr><td><code id="${topic}_:_${n}">${n}</code></td>`);
}

function fixWidths(md: string): string {
  const cols = '<colgroup>\n<col style="width: 35%" />\n<col style="width: 65%" />\n</colgroup>';
  return md
    .replace(/<colgroup>\n<col style="width: \d+%" \/>\n<col style="width: \d+%" \/>\n<\/colgroup>/, cols)
    .replace(/### Arguments\n\n<table>\n<tbody>/, `### Arguments\n\n<table>\n${cols}\n<tbody>`);
}

describe('Markdown page = pandoc(Rd2HTML(Rd))', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shapegen-rd2html-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds on a sample of catalog operation pages', () => {
    const pandoc = requirePandoc();
    const pages: { rd: string; md: string; topic: string }[] = [];
    for (const file of awsModelFiles().filter((_, i) => i % 9 === 0)) {
      const ctx = loadService(file);
      const out = new Map(emitDocs(ctx).map((f) => [f.path, f.contents]));
      for (const op of ctx.ir.operations.filter((_, i) => i % 5 === 0).slice(0, 3)) {
        const r = ctx.symbols.r(op.name);
        const rd = join(dir, `${r.fileName}.Rd`);
        writeFileSync(rd, out.get(ctx.symbols.docsPath('Rd', op.name))!);
        pages.push({ rd, md: out.get(ctx.symbols.docsPath('md', op.name))!, topic: r.topic });
      }
    }
    writeFileSync(join(dir, 'rd2html.R'), RD2HTML);
    writeFileSync(join(dir, 'files.txt'), pages.map((p) => p.rd).join('\n') + '\n');
    execFileSync(findRscript(), ['--vanilla', join(dir, 'rd2html.R'), join(dir, 'files.txt')], { env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
    const misses: string[] = [];
    for (const p of pages) {
      const html = asPublished(readFileSync(p.rd.replace(/\.Rd$/, '.html'), 'utf8'), p.topic);
      const want = fixWidths(spawnSync(pandoc, ['-f', 'html', '-t', 'markdown_strict'], { input: html, encoding: 'utf8' }).stdout);
      if (want !== p.md) misses.push(basename(p.rd));
    }
    const rate = (pages.length - misses.length) / pages.length;
    console.log(`Rd2HTML + pandoc oracle: ${pages.length - misses.length}/${pages.length} Markdown pages identical (${(rate * 100).toFixed(1)}%)`);
    console.log(`differ: ${misses.slice(0, 10).join(', ')}`);
    expect(pages.length).toBeGreaterThan(80);
    expect(rate).toBeGreaterThanOrEqual(0.85);
  }, 300_000);
});
