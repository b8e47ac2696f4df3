/**
 * Rd conformance: generates the reference docs of every model in the catalog into a temporary folder and
 * runs R's own `tools::checkRd` over every Rd page, as `R CMD check` runs it (UTF-8 declared; problems of
 * level -1 and worse count, and every parse warning), under webR: R from npm, no R installation needed.
 * `--r 4.3` (the gate, the reference's R), `--r 4.6` (current R, what CRAN runs) or `--r all` (default).
 * Prints the pages and problems per R version; exits 1 when there is a problem that does not come with the
 * reference's own pages (see referenceProblem).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitDocs } from '../generator/emit/docs/index.js';
import { GeneratorSession } from '../generator/context/session.js';
import { contextOf, loadAndResolve } from '../generator/pipeline.js';
import { catalogModels } from './catalog.js';
import { checkRd, referenceProblem, type ReferenceProblem } from './r/programs.js';
import { R_VERSIONS, startR, type RVersion } from './r/webr.js';

/**
 * Generates the docs of every model (all three renderings) and writes the Rd pages under `dir`, one folder
 * per model: all of them, or those `keep` picks (`n` counts the model's Rd pages, from 0). Throws when a
 * model does not load or does not give three pages per operation and service.
 */
export function writeCatalogRd(dir: string, models: readonly string[], keep: (page: string, n: number) => boolean = () => true): string[] {
  const files: string[] = [];
  const session = new GeneratorSession();
  for (const model of models) {
    const { service } = loadAndResolve(model, session);
    if (!service) throw new Error(`${basename(model)} does not load`);
    const folder = join(dir, basename(model, '.normal.json'));
    mkdirSync(folder, { recursive: true });
    const docs = emitDocs(contextOf(service, session));
    if (docs.length !== (service.operations.length + 1) * 3) throw new Error(`${basename(model)}: ${docs.length} docs files for ${service.operations.length} operations`);
    let n = 0;
    for (const f of docs) {
      if (!f.path.endsWith('.Rd') || !keep(basename(f.path), n++)) continue;
      const path = join(folder, basename(f.path));
      writeFileSync(path, f.contents);
      files.push(path);
    }
  }
  return files;
}

function versionsFromArgs(argv: readonly string[]): readonly RVersion[] {
  const i = argv.indexOf('--r');
  const want = i >= 0 ? argv[i + 1] : 'all';
  if (want === 'all') return R_VERSIONS;
  if ((R_VERSIONS as readonly string[]).includes(want)) return [want as RVersion];
  throw new Error(`--r takes ${R_VERSIONS.join(', ')} or all, not ${want}`);
}

async function checkUnder(version: RVersion, files: readonly string[]): Promise<boolean> {
  const t0 = performance.now();
  const r = await startR(version);
  try {
    const tty = process.stderr.isTTY;
    const result = await checkRd(r, files, { onBatch: (done, total) => tty && process.stderr.write(`\rcheck-rd: R ${version}: ${done}/${total} pages`) });
    if (tty) process.stderr.write('\n');
    const others = result.problems.filter((p) => referenceProblem(p) === undefined);
    const of = (kind: ReferenceProblem) => {
      const these = result.problems.filter((p) => referenceProblem(p) === kind);
      return { count: these.length, pages: [...new Set(these.map((p) => p.file))].map((f) => `${basename(dirname(f))}/${basename(f)}`) };
    };
    const lost = of('lost-braces');
    const verb = of('verb-text');
    const latex = of('escaped-latex');
    for (const p of others.slice(0, 50)) process.stdout.write(`${p.file}\t${p.message}\n`);
    process.stdout.write(
      `check-rd: ${r.description}: ${result.pages} Rd pages, ${result.problems.length} problems ` +
        `(${((performance.now() - t0) / 1000).toFixed(0)} s):\n` +
        `  ${lost.count} the reference's own "Lost braces" of the config list, on ${lost.pages.length} service pages\n` +
        `  ${verb.count} its "Lost braces" of backquotes in the model's text, on ${verb.pages.length} pages${verb.pages.length ? `: ${verb.pages.join(', ')}` : ''}\n` +
        `  ${latex.count} "Escaped LaTeX specials" of a backslash in the model's text, on ${latex.pages.length} pages${latex.pages.length ? `: ${latex.pages.join(', ')}` : ''}\n` +
        `  ${others.length} others\n`,
    );
    return others.length === 0 && result.pages === files.length;
  } finally {
    r.close();
  }
}

async function main(): Promise<void> {
  const versions = versionsFromArgs(process.argv.slice(2));
  const models = catalogModels();
  const dir = mkdtempSync(join(tmpdir(), 'shapegen-rd-'));
  try {
    const t0 = performance.now();
    const files = writeCatalogRd(dir, models);
    process.stdout.write(`check-rd: ${models.length} models, ${files.length} Rd pages generated (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
    let ok = true;
    for (const version of versions) ok = (await checkUnder(version, files)) && ok;
    if (!ok) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    process.stderr.write(`check-rd: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
}
