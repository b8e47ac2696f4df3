/** `shapegen generate --watch` as a process: the compiled CLI, its worker thread, and a clean stop on SIGINT. */
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../generator/paths.js';
import { ModelValidationError } from '../../generator/validate/errors.js';
import { workerRegenerator } from '../../generator/watch/regenerator.js';
import { generateAll } from '../../generator/pipeline.js';
import { ensureBuilt, tmp, tree, VOICEID } from './support.js';

/** A small model keeps the worker test quick. */
const SMALL = join(projectRoot, 'test', 'fixtures', 'diff-base', 'model.yaml');
const WORKER = new URL(`file://${join(projectRoot, 'dist', 'generator', 'watch', 'regenerate-worker.js')}`);

beforeAll(() => ensureBuilt());

describe('the watch worker', () => {
  it('generates what the pipeline generates, reports problems as data, and survives a reset', async () => {
    const regen = workerRegenerator(WORKER);
    try {
      const files = await regen.run([SMALL]);
      expect(files.length).toBeGreaterThan(0);
      // Paths only: the worker runs the compiled code, this process the sources (which may be newer).
      expect(files.map((f) => f.path)).toEqual((await generateAll([SMALL])).map((f) => f.path));
      const bad = join(tmp('worker'), 'bad.yaml');
      writeFileSync(bad, readFileSync(VOICEID, 'utf8').replace('input: CreateDomainRequest', 'input: NoSuchShape'));
      const failure = await regen.run([bad]).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ModelValidationError);
      expect((failure as ModelValidationError).errors.map((p) => p.code)).toContain('unknown-shape');
      await regen.reset();
      expect(await regen.run([SMALL])).toEqual(files);
    } finally {
      await regen.close();
    }
  });
});

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
