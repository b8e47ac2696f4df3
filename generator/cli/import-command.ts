import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { importAwsModel } from '../importer/from-aws.js';
import { modelToYaml } from '../importer/to-yaml.js';
import { awsSidecars, validateModel } from '../load/load-model.js';
import { hasErrors, NO_POSITION } from '../validate/errors.js';
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
    .action((file: string, opts: { output?: string }) => {
      let aws: Record<string, unknown>;
      try {
        aws = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      } catch (e) {
        process.stderr.write(`${file}: error: cannot read the AWS model: ${(e as Error).message}\n`);
        status.code = EXIT_INVALID;
        return;
      }
      const model = importAwsModel(aws, awsSidecars(file));
      const problems = validateModel(file, model, NO_POSITION, new GeneratorSession());
      printProblems(problems);
      if (hasErrors(problems)) {
        status.code = EXIT_INVALID;
        return;
      }
      const yaml = modelToYaml(model, basename(file));
      if (opts.output) writeFiles('.', [{ path: opts.output, contents: yaml }]);
      else process.stdout.write(yaml);
    });
}
