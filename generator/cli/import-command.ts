import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { hasErrors } from '../validate/errors.js';
import { writeFiles } from '../write/writer.js';
import { EXIT_INVALID, type ExitStatus } from './exit.js';
import { GeneratorSession } from '../context/session.js';
import { printProblems } from './report.js';

export function registerImport(program: Command, status: ExitStatus): void {
  program
    .command('import')
    .description('Convert an AWS JSON model (*.normal.json / service-2.json, with its examples and paginators when beside it) to a shapegen YAML model.')
    .argument('<model.json>', 'the AWS model')
    .option('-o, --output <file>', 'write the YAML here instead of standard output')
    .action(async (file: string, opts: { output?: string }) => {
      const [{ loadModelFile }, { modelToYaml }] = await Promise.all([import('../load/load-model.js'), import('../importer/to-yaml.js')]);
      // The loader: the same size, encoding and nesting limits as `generate`, every problem located.
      const { model, problems } = loadModelFile(file, new GeneratorSession());
      printProblems(problems);
      if (!model || hasErrors(problems)) {
        status.code = EXIT_INVALID;
        return;
      }
      const yaml = modelToYaml(model, basename(file));
      if (opts.output) writeFiles(dirname(resolve(opts.output)), [{ path: basename(opts.output), contents: yaml }]);
      else process.stdout.write(yaml);
    });
}
