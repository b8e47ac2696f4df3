/**
 * Another revision of the generator, built beside this checkout, so that a benchmark can measure it in the
 * same run as the working tree (`BENCH_BASELINE=HEAD~1 npm run bench -- catalog`): on a noisy machine only
 * a ratio measured side by side means anything. The revision is checked out into a temporary git worktree
 * that shares this checkout's node_modules, and compiled there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../generator/paths.js';

export interface Baseline {
  readonly rev: string;
  /** The baseline's `dist/bench/child.js` (the CLI with its peak memory on stderr). */
  readonly child: string;
  remove(): void;
}

export function buildBaseline(rev: string): Baseline {
  const dir = mkdtempSync(join(tmpdir(), 'shapegen-baseline-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const sha = git('rev-parse', '--short', rev).trim();
  git('worktree', 'add', '--detach', dir, rev);
  const remove = () => {
    git('worktree', 'remove', '--force', dir);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync(process.execPath, [join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')], { stdio: 'inherit' });
    const child = join(dir, 'dist', 'bench', 'child.js');
    if (!existsSync(child)) throw new Error(`baseline ${rev}: ${child} was not built`);
    return { rev: `${rev} (${sha})`, child, remove };
  } catch (e) {
    remove();
    throw e;
  }
}
