/**
 * Rd conformance: generates the reference docs of every model in the catalog into a temporary folder and
 * runs R's own `tools::checkRd` over every Rd file in ONE Rscript process, as `R CMD check` runs it (UTF-8
 * declared; problems of level -1 and worse count, and every parse warning). Prints the number of pages and
 * of problems; exits 1 when there is any problem. Installs R with apt-get when it is missing and it can.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitDocs } from '../generator/emit/docs/index.js';
import { contextOf, loadAndResolve } from '../generator/pipeline.js';
import { GeneratorSession } from '../generator/context/session.js';
import { awsModelsDir } from '../generator/paths.js';

/** The R program: reads the list of files, checks each, prints one `PROBLEM` line per problem. */
const CHECK_PROGRAM = String.raw`
args <- commandArgs(trailingOnly = TRUE)
files <- readLines(args[1], encoding = "UTF-8")
n <- 0L
for (f in files) {
  msgs <- character()
  res <- withCallingHandlers(
    tryCatch(tools::checkRd(f, encoding = "UTF-8", def_enc = TRUE),
             error = function(e) paste("ERROR:", conditionMessage(e))),
    warning = function(w) {
      msgs <<- c(msgs, paste("WARNING:", conditionMessage(w)))
      invokeRestart("muffleWarning")
    })
  out <- as.character(res)
  lv <- suppressWarnings(as.integer(sub("^checkRd: \\((-?[0-9]+)\\).*$", "\\1", out)))
  out <- out[is.na(lv) | lv >= -1]
  for (m in c(msgs, out)) cat("PROBLEM\t", f, "\t", gsub("\n", " ", m), "\n", sep = "")
  n <- n + length(msgs) + length(out)
}
cat("PAGES", length(files), "PROBLEMS", n, "\n")
`;

export interface CheckRdResult {
  readonly pages: number;
  readonly problems: readonly string[];
}

/** The Rscript executable, or an error saying R is needed. */
export function findRscript(): string {
  for (const p of [process.env.RSCRIPT, '/usr/bin/Rscript', '/usr/local/bin/Rscript']) if (p && existsSync(p)) return p;
  const which = spawnSync('sh', ['-c', 'command -v Rscript'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim() !== '') return which.stdout.trim();
  throw new Error('R is required to check the Rd pages: Rscript was not found (install r-base-core, or set RSCRIPT).');
}

/** Runs checkRd over `files` in one R process. */
export function checkRdFiles(files: readonly string[], workDir: string): CheckRdResult {
  const rscript = findRscript();
  const program = join(workDir, 'check-rd.R');
  const list = join(workDir, 'files.txt');
  writeFileSync(program, CHECK_PROGRAM);
  writeFileSync(list, files.join('\n') + '\n');
  const out = execFileSync(rscript, ['--vanilla', program, list], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
  const problems = out.split('\n').filter((l) => l.startsWith('PROBLEM\t'));
  const summary = /PAGES (\d+) PROBLEMS (\d+)/.exec(out);
  if (!summary) throw new Error(`checkRd did not finish:\n${out.slice(-2000)}`);
  return { pages: Number(summary[1]), problems };
}

/**
 * Generates the docs of every model (all three renderings) and writes the Rd pages under `dir`, one folder
 * per model. Throws when a model does not load or does not give three pages per operation and service.
 */
export function writeCatalogRd(dir: string, models: readonly string[]): string[] {
  const files: string[] = [];
  const session = new GeneratorSession();
  for (const model of models) {
    const { service } = loadAndResolve(model, session);
    if (!service) throw new Error(`${basename(model)} does not load`);
    const folder = join(dir, basename(model, '.normal.json'));
    mkdirSync(folder, { recursive: true });
    const docs = emitDocs(contextOf(service, session));
    if (docs.length !== (service.operations.length + 1) * 3) throw new Error(`${basename(model)}: ${docs.length} docs files for ${service.operations.length} operations`);
    for (const f of docs) {
      if (!f.path.endsWith('.Rd')) continue;
      const path = join(folder, basename(f.path));
      writeFileSync(path, f.contents);
      files.push(path);
    }
  }
  return files;
}

function ensureR(): void {
  try {
    findRscript();
  } catch (e) {
    if (process.getuid?.() === 0) {
      process.stderr.write('check-rd: R is missing; installing r-base-core with apt-get\n');
      execFileSync('sh', ['-c', 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q r-base-core'], { stdio: 'inherit' });
      return;
    }
    throw e;
  }
}

function main(): void {
  ensureR();
  if (!existsSync(awsModelsDir)) throw new Error(`The catalog is missing: ${awsModelsDir} (set SHAPEGEN_SHARED).`);
  const models = readdirSync(awsModelsDir).filter((f) => f.endsWith('.normal.json')).sort().map((f) => join(awsModelsDir, f));
  const dir = mkdtempSync(join(tmpdir(), 'shapegen-rd-'));
  try {
    const t0 = performance.now();
    const files = writeCatalogRd(dir, models);
    const t1 = performance.now();
    const result = checkRdFiles(files, dir);
    const t2 = performance.now();
    for (const p of result.problems.slice(0, 50)) process.stdout.write(p + '\n');
    process.stdout.write(`check-rd: ${models.length} models, ${result.pages} Rd pages, ${result.problems.length} problems ` + `(generate ${((t1 - t0) / 1000).toFixed(1)} s, checkRd ${((t2 - t1) / 1000).toFixed(1)} s)\n`);
    if (result.problems.length > 0 || result.pages !== files.length) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
