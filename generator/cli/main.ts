/** The `shapegen` command line. Exit codes: 0 success, 1 invalid model or failed check, 2 usage error. */
import { Command, CommanderError } from 'commander';
import { registerValidate } from './validate-command.js';
import { registerImport } from './import-command.js';
import { registerGenerate } from './generate-command.js';
import { registerDiff } from './diff-command.js';
import { registerLinks } from './links-command.js';

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export function buildProgram(): Command {
  const program = new Command('shapegen')
    .description('Generate TypeScript types, validators, AWS JSON serializers and R reference docs from an API model.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerValidate(program);
  registerImport(program);
  registerGenerate(program);
  registerDiff(program);
  registerLinks(program);
  for (const cmd of program.commands) cmd.exitOverride().showHelpAfterError();
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return process.exitCode === undefined ? EXIT_OK : Number(process.exitCode);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    throw e;
  }
}
