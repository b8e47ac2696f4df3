/** How the CLI prints model problems: one line each, `file:line:column: severity code: message`. */
import { formatError, type ModelError } from '../validate/errors.js';

export function printProblems(problems: readonly ModelError[], stream: NodeJS.WritableStream = process.stderr): void {
  for (const p of problems) stream.write(formatError(p) + '\n');
}
