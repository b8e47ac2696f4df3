import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { generateAll } from '../pipeline.js';
import { ModelValidationError } from '../validate/errors.js';
import { writeFiles } from '../write/writer.js';
import { schemaDir } from '../paths.js';
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
}

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('Generate every artifact for the given models (default: every model in schema/) into --out.')
    .argument('[model...]', 'YAML or AWS JSON models')
    .option('-o, --out <dir>', 'output directory', 'generated')
    .action(async (files: string[], opts: GenerateOptions) => {
      const models = files.length > 0 ? files : defaultModels();
      try {
        const generated = await generateAll(models);
        const report = writeFiles(opts.out, generated);
        process.stdout.write(`shapegen: ${models.length} model(s), ${generated.length} file(s): ${report.written.length} written, ${report.unchanged.length} unchanged\n`);
      } catch (e) {
        if (!(e instanceof ModelValidationError)) throw e;
        printProblems(e.errors);
        process.stderr.write('shapegen: nothing was written.\n');
        process.exitCode = 1;
      }
    });
}
