import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { parseDuration } from '../links/duration.js';
import type { RunOptions } from '../links/run-links.js';
import type { LinkFile } from '../links/types.js';
import { hasErrors } from '../validate/errors.js';
import { createProgress } from '../write/progress.js';
import { writeFiles } from '../write/writer.js';
import { type ExitStatus } from './exit.js';
import { printProblems } from './report.js';

export interface LinksOptions {
  output?: string;
  maxAge: number;
  prune?: boolean;
  list?: boolean;
  failOnDead?: boolean;
  concurrency: number;
  perHost: number;
  delay: number;
  timeout: number;
  retries: number;
  retryDelay: number;
  maxRedirects: number;
  userAgent: string;
}

function integer(min: number, max: number): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new InvalidArgumentError(`give a whole number from ${min} to ${max}.`);
    return Number(value);
  };
}

function duration(value: string): number {
  const ms = parseDuration(value);
  if (ms === undefined) throw new InvalidArgumentError('give a number with a unit: s, m, h, d or w (e.g. 30d), or 0 to check every link again.');
  return ms;
}

const HELP_AFTER = `
Each link is the href of an <a> in the models' documentation, as written (HTML entities
decoded). It is requested as the R reference pages link it (relative AWS documentation paths on
docs.aws.amazon.com), HEAD first, GET when HEAD is refused, following redirects:
  ok     it answers 2xx as it is
  moved  it redirects to a page that answers 2xx; "location" is that final URL
  dead   no host, DNS failure, connection refused or reset, timeout, 4xx/5xx,
         too many redirects, a redirect loop
Timeouts, resets, 429 and 5xx are retried (--retries) before a link is called dead.

With -o and an existing file, only links without an entry or checked at least --max-age ago are
requested; the others keep their entry. Check times are kept under the file's extra top-level
field "checked", which readers of the link-map format (generate --links) ignore. Without -o the
map goes to standard output; --list prints the links (escaped as in JSON) without checking.

Exit codes: 0 the map was written (dead links are part of the map, not a failure), 1 an invalid
model or link-map file, or dead links with --fail-on-dead, 2 usage error.`;

export function registerLinks(program: Command, status: ExitStatus): void {
  program
    .command('links')
    .description('Check every documentation link of the models and write the link map that generate --links applies.')
    .argument('<model...>', 'model files (YAML, or AWS JSON)')
    .option('-o, --output <file>', 'the link-map file to write; an existing one is updated')
    .addOption(new Option('--max-age <duration>', 'recheck links last checked at least this long ago (0: all)').argParser(duration).default(duration('30d'), '30d'))
    .option('--prune', "drop the file's links that the models no longer hold")
    .option('--list', 'print the links the models hold, one per line, and check nothing')
    .option('--fail-on-dead', 'exit 1 when a link of the models is dead (listing them)')
    .option('--concurrency <n>', 'requests in flight at most', integer(1, 256), 16)
    .option('--per-host <n>', 'requests in flight to one host at most', integer(1, 64), 2)
    .option('--delay <ms>', 'least time between two requests to one host', integer(0, 60_000), 100)
    .option('--timeout <ms>', 'time for a request to be answered', integer(1, 300_000), 15_000)
    .option('--retries <n>', 'further attempts after a transient failure', integer(0, 10), 2)
    .option('--retry-delay <ms>', 'wait before the first retry (doubled for each further one)', integer(0, 60_000), 1000)
    .option('--max-redirects <n>', 'redirects followed at most', integer(0, 50), 10)
    .option('--user-agent <text>', 'User-Agent header of the requests', 'shapegen-links/0.1 (documentation link check)')
    .addHelpText('after', HELP_AFTER)
    .action(async (models: string[], opts: LinksOptions) => {
      status.code = await linksCommand(models, opts);
    });
}

type LinkMapModule = typeof import('../links/link-map.js');

function readPrevious({ readLinkFile }: LinkMapModule, path: string | undefined): LinkFile | undefined {
  return path !== undefined && existsSync(path) ? readLinkFile(path) : undefined;
}

function runOptions(opts: LinksOptions, onProgress: RunOptions['onProgress']): RunOptions {
  return {
    concurrency: opts.concurrency, perHost: opts.perHost, delayMs: opts.delay, timeoutMs: opts.timeout,
    retries: opts.retries, retryDelayMs: opts.retryDelay, maxRedirects: opts.maxRedirects, userAgent: opts.userAgent,
    maxAgeMs: opts.maxAge, prune: opts.prune, onProgress,
  };
}

/** The whole command; its result is the exit status. */
export async function linksCommand(models: readonly string[], opts: LinksOptions): Promise<number> {
  // The model loader, the HTML reader and the HTTP prober: loaded only when this command runs.
  const [{ collectLinks }, linkMap, { runLinks }] = await Promise.all([import('../links/collect.js'), import('../links/link-map.js'), import('../links/run-links.js')]);
  const { links, problems } = collectLinks(models);
  printProblems(problems.filter((p) => p.severity === 'error'));
  if (hasErrors(problems)) {
    process.stderr.write('shapegen: nothing was written.\n');
    return 1;
  }
  if (opts.list) {
    process.stdout.write(links.map((l) => `${JSON.stringify(l).slice(1, -1)}\n`).join(''));
    return 0;
  }
  let previous: LinkFile | undefined;
  try {
    previous = readPrevious(linkMap, opts.output);
  } catch (e) {
    if (!(e instanceof linkMap.LinkMapError)) throw e;
    process.stderr.write(`${e.message}\nshapegen: nothing was written; fix or remove the file.\n`);
    return 1;
  }
  const progress = createProgress(process.stderr);
  const result = await runLinks(links, previous, runOptions(opts, (done, total) => progress.update('checking links', done, total)));
  progress.finish();
  const text = linkMap.serializeLinkFile(result.file);
  if (opts.output === undefined) process.stdout.write(text);
  else {
    try {
      // The journal keeps its commit inside one folder: the map's own.
      writeFiles(dirname(resolve(opts.output)), [{ path: basename(opts.output), contents: text }]);
    } catch (e) {
      process.stderr.write(`shapegen: cannot write ${opts.output}: ${(e as Error).message}\n`);
      return 1;
    }
  }
  const { ok, moved, dead } = result.counts;
  process.stderr.write(`shapegen: ${links.length} link(s): ${ok} ok, ${moved} moved, ${dead} dead (${result.checked} checked now, ${result.reused} from the file)\n`);
  if (opts.failOnDead && dead > 0) {
    for (const d of result.dead) process.stderr.write(`dead  ${d.url}  (${d.result})\n`);
    return 1;
  }
  return 0;
}
