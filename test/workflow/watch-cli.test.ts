/** `shapegen generate --watch` as a process: the compiled CLI, and a clean stop on SIGINT. */
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../generator/paths.js';
import { ensureBuilt, tmp, tree, VOICEID } from './support.js';

beforeAll(() => ensureBuilt());

describe('generate --watch (process)', () => {
  it('regenerates on a model change, keeps running after an error, and stops on SIGINT', async () => {
    const dir = tmp('watch-cli');
    const model = join(dir, 'voiceid.yaml');
    const out = join(dir, 'generated');
    copyFileSync(VOICEID, model);
    const child = spawn(process.execPath, [join(projectRoot, 'bin', 'shapegen.js'), 'generate', '--watch', '--debounce', '100', '--out', out, model], { cwd: dir });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    const waitFor = async (test: () => boolean, what: string) => {
      for (let i = 0; i < 1200 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
      if (!test()) throw new Error(`timed out waiting for ${what}; stdout:\n${stdout}\nstderr:\n${stderr}`);
    };
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      await waitFor(() => stdout.includes('watching 1 model(s)'), 'the watcher to start');
      expect(tree(out).size).toBeGreaterThan(0);
      writeFileSync(model, readFileSync(VOICEID, 'utf8').replace('input: CreateDomainRequest', 'input: NoSuchShape'));
      await waitFor(() => stderr.includes('generation failed'), 'the error report');
      expect(stderr).toMatch(/voiceid\.yaml:\d+:\d+: error unknown-shape/);
      const runs = (stdout.match(/generated \d+ file/g) ?? []).length;
      writeFileSync(model, readFileSync(VOICEID, 'utf8').replace('<p>Creates a domain', '<p>Creates a new domain'));
      await waitFor(() => (stdout.match(/generated \d+ file/g) ?? []).length > runs, 'the regeneration');
      expect(stdout).toMatch(/generated \d+ file\(s\) in \d+ ms: [1-9]\d* written/);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});
