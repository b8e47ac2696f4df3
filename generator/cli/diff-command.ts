import { Option, type Command } from 'commander';
import type { Severity } from '../diff/changes.js';
import type { DiffSide } from '../diff/load.js';
import { ModelValidationError } from '../validate/errors.js';
import { EXIT_INVALID, type ExitStatus } from './exit.js';
import { GeneratorSession } from '../context/session.js';
import { printProblems } from './report.js';

interface DiffOptions {
  base?: string;
  failOn?: Exclude<Severity, 'safe'>;
  json?: boolean;
  docs: boolean;
}

type Loader = typeof import('../diff/load.js');

function loadSides({ loadSide, loadSideAt }: Loader, models: string[], opts: DiffOptions, usage: (msg: string) => never): [DiffSide, DiffSide] {
  const session = new GeneratorSession();
  if (opts.base !== undefined) {
    if (models.length !== 1) usage('with --base, give exactly one model file');
    return [loadSideAt(opts.base, models[0], session), loadSide(models[0], session)];
  }
  if (models.length !== 2) usage('give two model files (old and new), or one with --base <git-rev>');
  return [loadSide(models[0], session), loadSide(models[1], session)];
}

export function registerDiff(program: Command, status: ExitStatus): void {
  const cmd = program
    .command('diff')
    .description('Report the API changes between two models (breaking, dangerous, safe) and the diff of the generated R pages, as Markdown for a pull-request comment.')
    .argument('<model...>', 'old and new model files; or one model with --base')
    .option('--base <git-rev>', 'compare the model with its version at this git revision')
    .addOption(new Option('--fail-on <level>', 'exit 1 when there is a change this severe or worse').choices(['breaking', 'dangerous']))
    .option('--json', 'print the report as JSON')
    .option('--no-docs', 'leave out the diff of the generated R pages');
  cmd.action(async (models: string[], opts: DiffOptions) => {
    // The diff modules load the whole pipeline: only when this command runs.
    const [loader, { diffServices }, { diffDocs }, { buildReport, hasChangesAtLeast, renderMarkdown }] = await Promise.all([
      import('../diff/load.js'), import('../diff/model-diff.js'), import('../diff/docs-diff.js'), import('../diff/report.js'),
    ]);
    const usage = (msg: string): never => cmd.error(`error: ${msg}`, { exitCode: 2, code: 'shapegen.usage' });
    let old: DiffSide, neu: DiffSide;
    try {
      [old, neu] = loadSides(loader, models, opts, usage);
    } catch (e) {
      if (e instanceof ModelValidationError) printProblems(e.errors);
      else if (e instanceof loader.GitShowError) process.stderr.write(`shapegen: ${e.message}\n`);
      else throw e;
      status.code = EXIT_INVALID;
      return;
    }
    const changes = diffServices(old.ctx, neu.ctx);
    const docs = opts.docs ? diffDocs(old.ctx, neu.ctx) : undefined;
    const report = buildReport(old.label, neu.label, neu.ctx.ir.metadata.serviceFullName, changes, docs);
    process.stdout.write(opts.json ? JSON.stringify(report, null, 2) + '\n' : renderMarkdown(report));
    if (opts.failOn && hasChangesAtLeast(report, opts.failOn)) status.code = EXIT_INVALID;
  });
}
