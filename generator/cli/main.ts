/** The `shapegen` command line. Exit codes: 0 success, 1 invalid model or failed check, 2 usage error. */
import { Command, CommanderError } from 'commander';
import { registerValidate } from './validate-command.js';
import { registerImport } from './import-command.js';
import { registerGenerate } from './generate-command.js';
import { registerDiff } from './diff-command.js';
import { registerLinks } from './links-command.js';
import { EXIT_OK, EXIT_USAGE, type ExitStatus } from './exit.js';

export { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from './exit.js';

export function buildProgram(status: ExitStatus): Command {
  const program = new Command('shapegen')
    .description('Generate TypeScript types, validators, AWS JSON serializers and R reference docs from an API model.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerValidate(program, status);
  registerImport(program, status);
  registerGenerate(program, status);
  registerDiff(program, status);
  registerLinks(program, status);
  for (const cmd of program.commands) cmd.exitOverride().showHelpAfterError();
  return program;
}

/** Runs the command line and returns its exit status (the process's is set by `bin/` alone). */
export async function main(argv: readonly string[]): Promise<number> {
  const status: ExitStatus = { code: EXIT_OK };
  const program = buildProgram(status);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return status.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    throw e;
  }
}
