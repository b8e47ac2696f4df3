/**
 * Every input the tests give pandoc, in one place: the test suite compares against pandoc's committed
 * answers (test/fixtures/pandoc-goldens/, see golden.ts) and `npm run goldens:pandoc` (scripts/pandoc-goldens.ts)
 * asks pandoc 2.17 again, for exactly these inputs, when they change.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { emitDocs } from '../../generator/emit/docs/index.js';
import type { IRService } from '../../generator/ir/types.js';
import { projectRoot } from '../../generator/paths.js';
import type { CodegenContext } from '../../generator/context/context.js';
import { GeneratorSession } from '../../generator/context/session.js';
import { membersOf } from '../../generator/ir/facts.js';
import { contextOf, loadAndResolve } from '../../generator/pipeline.js';
import { rd2html } from '../r/programs.js';
import type { RRunner } from '../r/webr.js';
import { catalogModels } from '../catalog.js';

export interface PandocSet {
  /** Its golden file: test/fixtures/pandoc-goldens/<name>.json. */
  readonly name: string;
  readonly args: readonly string[];
  /**
   * `text`: the golden holds pandoc's answer. `sha256`: only its hash, for inputs taken from ../shared
   * (nothing of the reference material is copied into the repository).
   */
  readonly stored: 'text' | 'sha256';
  /** The set's inputs, each exactly as pandoc reads it on stdin; `r` is R 4.3 for a set that needs R. */
  inputs(r: RRunner | undefined): Promise<string[]>;
  readonly needsR: boolean;
  /** What the tests compare with, from pandoc's stdout. */
  expected(stdout: string): string;
}

// ---- HTML -> Markdown (the docs converter's oracle: `pandoc -f html -t commonmark`, as the reference ran it)

const FILL = 'aaaaaaaaa aaaaaaaaa aaaaaaaaa aaaaaaaaa aaaaaaaaa aaaaaaaaa aaaaaaaaa aa';

/** Documentation strings chosen to hit the layout and escaping rules (line starts, underscores, lists, odd tags). */
export function trickyDocs(): string[] {
  return [
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
}

/** The documentation strings of a service: the service's, every operation's and every member's. */
export function serviceDocs(service: IRService): string[] {
  const docs = new Set<string>([service.documentation]);
  for (const op of service.operations) docs.add(op.documentation);
  for (const s of service.shapes.values()) for (const m of membersOf(s)) docs.add(m.documentation);
  return [...docs].filter((d) => d.trim() !== '');
}

function loadContext(file: string, session: GeneratorSession): CodegenContext {
  const { load, service } = loadAndResolve(file, session);
  if (!service) throw new Error(`${file} does not load: ${JSON.stringify(load.problems.slice(0, 3))}`);
  return contextOf(service, session);
}

export function voiceIdDocs(): string[] {
  return serviceDocs(loadContext(join(projectRoot, 'schema', 'voiceid.yaml'), new GeneratorSession()).ir);
}

/** About 600 documentation strings of the catalog: those of every `every`-th model, evenly thinned. */
export function catalogDocSample(every = 4): string[] {
  const docs = new Set<string>();
  for (const file of catalogModels().filter((_, i) => i % every === 0)) {
    const m = JSON.parse(readFileSync(file, 'utf8')) as { operations: Record<string, { documentation?: string }>; shapes: Record<string, { members?: Record<string, { documentation?: string }> }> };
    for (const o of Object.values(m.operations)) if (o.documentation) docs.add(o.documentation);
    for (const s of Object.values(m.shapes)) for (const mm of Object.values(s.members ?? {})) if (mm.documentation) docs.add(mm.documentation);
  }
  const all = [...docs];
  const step = Math.max(1, Math.floor(all.length / 600));
  return all.filter((_, i) => i % step === 0);
}

/** Braces in text (not in code) as the reference protected them before pandoc. */
function protectBraces(html: string): string {
  return html
    .split(/(<code[^>]*>[\s\S]*?<\/code>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/>([^<]*)</g, (_m, t: string) => '>' + t.replace(/[{}]/g, (c) => '\\' + c) + '<')))
    .join('');
}

/** A documentation string as the reference's generator gave it to pandoc. */
export function pandocInput(doc: string): string {
  const html = doc.trim();
  return protectBraces(html.startsWith('<') ? html : `<body>${html}</body>`);
}

const COMMONMARK = ['-f', 'html', '-t', 'commonmark'];
const dropFinalNewline = (stdout: string) => stdout.replace(/\n$/, '');

// ---- Rd -> HTML -> Markdown (the Markdown page's definition: pandoc markdown_strict of R's Rd2HTML)

export interface RdHtmlPage {
  readonly page: string;
  /** The generated Markdown page. */
  readonly md: string;
  /** R 4.3's Rd2HTML of the generated Rd page: pandoc's input. */
  readonly html: string;
}

/** Three operation pages of every ninth catalog model, through R's Rd2HTML (files under `dir`). */
export async function rd2htmlSample(r: RRunner, dir: string): Promise<RdHtmlPage[]> {
  const pages: { rd: string; md: string }[] = [];
  const session = new GeneratorSession();
  for (const file of catalogModels().filter((_, i) => i % 9 === 0)) {
    const ctx = loadContext(file, session);
    const out = new Map(emitDocs(ctx).map((f) => [f.path, f.contents]));
    for (const op of ctx.ir.operations.filter((_, i) => i % 5 === 0).slice(0, 3)) {
      const rd = join(dir, `${ctx.symbols.r(op.name).fileName}.Rd`);
      writeFileSync(rd, out.get(ctx.symbols.docsPath('Rd', op.name))!);
      pages.push({ rd, md: out.get(ctx.symbols.docsPath('md', op.name))! });
    }
  }
  await rd2html(r, pages.map((p) => p.rd));
  return pages.map((p) => ({ page: basename(p.rd), md: p.md, html: readFileSync(p.rd.replace(/\.Rd$/, '.html'), 'utf8') }));
}

/** The published pages' fixed column widths of the arguments table. */
function fixWidths(md: string): string {
  const cols = '<colgroup>\n<col style="width: 35%" />\n<col style="width: 65%" />\n</colgroup>';
  return md
    .replace(/<colgroup>\n<col style="width: \d+%" \/>\n<col style="width: \d+%" \/>\n<\/colgroup>/, cols)
    .replace(/### Arguments\n\n<table>\n<tbody>/, `### Arguments\n\n<table>\n${cols}\n<tbody>`);
}

// ---- the sets

export const PANDOC_SETS: readonly PandocSet[] = [
  { name: 'tricky', args: COMMONMARK, stored: 'text', needsR: false, inputs: async () => trickyDocs().map(pandocInput), expected: dropFinalNewline },
  { name: 'voiceid-docs', args: COMMONMARK, stored: 'text', needsR: false, inputs: async () => voiceIdDocs().map(pandocInput), expected: dropFinalNewline },
  { name: 'catalog-docs', args: COMMONMARK, stored: 'sha256', needsR: false, inputs: async () => catalogDocSample().map(pandocInput), expected: dropFinalNewline },
  {
    name: 'rd2html-pages',
    args: ['-f', 'html', '-t', 'markdown_strict'],
    stored: 'sha256',
    needsR: true,
    inputs: async (r) => {
      if (!r) throw new Error('rd2html-pages needs R');
      const dir = mkdtempSync(join(tmpdir(), 'shapegen-rd2html-'));
      try {
        return (await rd2htmlSample(r, dir)).map((p) => p.html);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    expected: fixWidths,
  },
];

export function pandocSet(name: string): PandocSet {
  const set = PANDOC_SETS.find((s) => s.name === name);
  if (!set) throw new Error(`no pandoc input set ${name}: the sets are ${PANDOC_SETS.map((s) => s.name).join(', ')}`);
  return set;
}
