import type { Command } from 'commander';
import { hasErrors } from '../validate/errors.js';
import { GeneratorSession } from '../context/session.js';
import { EXIT_INVALID, type ExitStatus } from './exit.js';
import { printProblems } from './report.js';

export function registerValidate(program: Command, status: ExitStatus): void {
  program
    .command('validate')
    .description('Check models (YAML, or AWS JSON) and print every problem with file, line and column.')
    .argument('<model...>', 'model files')
    .option('--json', 'print the problems as JSON')
    .option('-q, --quiet', 'do not print warnings')
    .action(async (files: string[], opts: { json?: boolean; quiet?: boolean }) => {
      const { loadModelFile } = await import('../load/load-model.js');
      let failed = false;
      const all = [];
      const session = new GeneratorSession();
      for (const file of files) {
        const result = loadModelFile(file, session);
        const shown = opts.quiet ? result.problems.filter((p) => p.severity === 'error') : result.problems;
        for (const p of shown) all.push(p); // no spread: a model may have any number of problems
        if (hasErrors(result.problems)) failed = true;
        else if (!opts.json) process.stdout.write(`${file}: valid (${result.problems.length} warning(s))\n`);
      }
      if (opts.json) process.stdout.write(JSON.stringify(all, null, 2) + '\n');
      else printProblems(all);
      if (failed) status.code = EXIT_INVALID;
    });
}
