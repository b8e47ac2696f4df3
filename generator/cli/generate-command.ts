import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { generateInto } from '../scale/output.js';
import type { LinkMap } from '../links/types.js';
import type { OutputPlan } from '../write/plan.js';
import { createProgress } from '../write/progress.js';
import { schemaDir } from '../paths.js';
import { EXIT_INVALID, EXIT_OK, type ExitStatus } from './exit.js';
import { printProblems } from './report.js';

/** The embedded models: every `*.yaml` in `schema/`. */
export function defaultModels(): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(schemaDir, f));
}

export interface GenerateOptions {
  out: string;
  check?: boolean;
  watch?: boolean;
  debounce: number;
  /** False with --no-cache. */
  cache: boolean;
  cacheDir?: string;
  jobs?: string;
  /** `--links <file>`: the link map applied to the docs (with --watch, read again whenever it changes). */
  links?: string;
}

function milliseconds(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 60_000) throw new InvalidArgumentError('give a whole number of milliseconds (at most 60000).');
  return Number(value);
}

/** The default cache: beside the project's other tool caches when there is a node_modules, else a dot-folder. */
export function defaultCacheDir(): string {
  return existsSync('node_modules') ? join('node_modules', '.cache', 'shapegen') : '.shapegen-cache';
}

/** The `--check` listing: one line per file that differs, `stale|missing|extra  <out>/<path>`. */
export function describePlan(plan: OutputPlan): string[] {
  const at = (p: string) => join(plan.outDir, p);
  return [
    ...plan.update.map((f) => ['stale', f.path] as const),
    ...plan.create.map((f) => ['missing', f.path] as const),
    ...[...plan.remove, ...plan.leftovers].map((p) => ['extra', p] as const),
  ]
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([kind, p]) => `${kind.padEnd(8)} ${at(p)}`);
}

async function runOnce(models: string[], opts: GenerateOptions, allFolders: boolean): Promise<number> {
  let links: LinkMap | undefined;
  if (opts.links !== undefined) {
    // A bad link map is reported before anything runs, and nothing is written.
    const { readLinkMap } = await import('../links/link-map.js'); // the YAML parser: only with --links
    try {
      links = readLinkMap(opts.links);
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\nshapegen: nothing was written.\n`);
      return 1;
    }
  }
  const progress = createProgress(process.stderr);
  const cacheDir = opts.cache === false ? false : (opts.cacheDir ?? defaultCacheDir());
  const outcome = await generateInto({
    models,
    out: opts.out,
    check: opts.check,
    allFolders,
    cacheDir,
    jobs: opts.jobs === undefined ? undefined : Number(opts.jobs),
    options: links === undefined ? undefined : { links },
    onProgress: (e) => progress.update(e.phase === 'load' ? 'loading ' : 'emitting', e.done, e.total),
  });
  progress.finish();
  if (outcome.kind === 'invalid') {
    printProblems(outcome.result.problems.filter((p) => p.severity === 'error'));
    process.stderr.write('shapegen: nothing was written.\n');
    return EXIT_INVALID;
  }
  if (outcome.kind === 'pending') {
    process.stderr.write(`shapegen: ${opts.out} holds an interrupted write; run \`shapegen generate\` to complete it.\n`);
    return EXIT_INVALID;
  }
  if (outcome.kind === 'checked') {
    if (outcome.clean) {
      process.stdout.write(`shapegen: ${opts.out} is up to date (${outcome.plan.unchanged.length} file(s)).\n`);
      return EXIT_OK;
    }
    for (const line of describePlan(outcome.plan)) process.stdout.write(line + '\n');
    process.stderr.write(`shapegen: ${opts.out} does not match the models; run \`shapegen generate\` to update it.\n`);
    return EXIT_INVALID;
  }
  const { report, result } = outcome;
  const kept = report.kept.length > 0 ? `, ${report.kept.length} not generated left alone` : '';
  const fresh = result.freshFolders.length > 0 ? `, ${result.freshFolders.length} service(s) already up to date` : '';
  process.stdout.write(`shapegen: ${models.length} model(s), ${result.files.length} file(s): ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed${kept}${fresh}\n`);
  return EXIT_OK;
}

export function registerGenerate(program: Command, status: ExitStatus): void {
  program
    .command('generate')
    .description('Generate every artifact for the given models (default: every model in schema/) into --out.')
    .argument('[model...]', 'YAML or AWS JSON models')
    .option('-o, --out <dir>', 'output directory', 'generated')
    .option('--check', 'write nothing; exit 1 listing every stale, missing or extra file')
    .option('-w, --watch', 'regenerate whenever a model or template changes')
    .option('--debounce <ms>', 'with --watch: wait this long after the last change', milliseconds, 100)
    .option('--cache-dir <dir>', 'cache of unchanged models\' outputs (default: node_modules/.cache/shapegen)')
    .option('--no-cache', 'regenerate every model, without reading or writing the cache')
    .option('-j, --jobs <n>', 'worker threads (default: one per core)')
    .option('--links <file>', 'apply a link map (shapegen links) to the docs: moved links get their final URL, dead links become text')
    .action(async (files: string[], opts: GenerateOptions) => {
      const models = files.length > 0 ? files : defaultModels();
      if (opts.check && opts.watch) program.error('--check and --watch cannot be combined', { exitCode: 2, code: 'shapegen.usage' });
      if (opts.watch) {
        const { watchCommand } = await import('../watch/watch-command.js');
        status.code = await watchCommand(models, opts.out, opts.debounce, files.length === 0, opts.links);
        return;
      }
      status.code = await runOnce(models, opts, files.length === 0);
    });
}
