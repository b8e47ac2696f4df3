/** Runs the CLI in this process, capturing what it writes to stdout and stderr, and its exit status. */
import { main } from '../../generator/cli/main.js';

export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const so = process.stdout.write;
  const se = process.stderr.write;
  process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => ((err += s), true)) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    process.stdout.write = so;
    process.stderr.write = se;
  }
}
