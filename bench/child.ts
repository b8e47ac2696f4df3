/**
 * Runs the CLI in this process and reports its peak memory (resident set, all threads) on stderr as the last
 * line, `maxrss-kib <n>`: the catalog benchmark's way to measure a whole `generate` run from outside.
 */
import { main } from '../generator/cli/main.js';

const code = await main(process.argv.slice(2));
process.stderr.write(`maxrss-kib ${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
