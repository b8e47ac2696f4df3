/**
 * Early staging (write/stager.ts): a writing run stages each service folder that is new to the output as
 * soon as its model is generated, and the commit moves it into place. What must hold: the output is what
 * a write of the same files at the end gives; nothing is left when the run is invalid or fails; and a run
 * killed while it stages leaves the previous output exactly as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../generator/paths.js';
import { generateInto } from '../../generator/scale/output.js';
import { realDisk } from '../../generator/write/disk.js';
import { JOURNAL_FILE, recoverOutput, STAGING_DIR } from '../../generator/write/journal.js';
import { manifestFile } from '../../generator/write/manifest.js';
import { FolderStager } from '../../generator/write/stager.js';
import { syncOutput } from '../../generator/write/writer.js';
import { ensureBuilt, tmp, tree, VOICEID } from './support.js';

const fixture = (name: string) => join(projectRoot, 'test', 'fixtures', name, 'model.yaml');
const KITCHEN = fixture('ts-kitchen');
const NAMES = fixture('ts-names');
const INVALID = join(projectRoot, 'test', 'fixtures', 'invalid', 'bad-http-method', 'model.yaml');
const file = (path: string, contents = `${path}\n`) => ({ path, contents });

beforeAll(() => ensureBuilt());

describe('FolderStager', () => {
  it('stages a new folder whole with its manifest, and refuses a folder on disk or produced twice', async () => {
    const out = tmp('stager-unit');
    mkdirSync(join(out, 'old'), { recursive: true });
    const stager = new FolderStager(out);
    const a = {};
    const aFiles = [file('fresh/src/index.ts'), file('fresh/docs/x.Rd')];
    stager.offer(a, 'fresh', aFiles);
    stager.offer({}, 'old', [file('old/a.ts')]);
    stager.offer({}, 'twice', [file('twice/a.ts')]);
    stager.offer({}, 'twice', [file('twice/b.ts')]);
    const staged = stager.finish((folder) => (folder === 'fresh' ? a : undefined));
    expect([...staged.keys()]).toEqual(['fresh']);
    const { name, manifest } = staged.get('fresh')!;
    expect(manifest).toEqual(manifestFile('fresh', aFiles));
    const root = join(out, STAGING_DIR, name);
    expect(tree(root)).toEqual(new Map([['.shapegen-manifest.json', manifest.contents], ['docs/x.Rd', 'fresh/docs/x.Rd\n'], ['src/index.ts', 'fresh/src/index.ts\n']]));
    expect(readdirSync(join(out, STAGING_DIR))).toEqual([name]);
    stager.discard();
    expect(readdirSync(out)).toEqual(['old']);
  });

  it('removes the output folder it made when discarded, but not a staging folder a journal needs', async () => {
    const out = join(tmp('stager-discard'), 'out');
    const stager = new FolderStager(out);
    stager.offer({}, 'svc', [file('svc/a.ts')]);
    stager.finish(() => undefined);
    stager.discard();
    expect(existsSync(out)).toBe(false);
    const kept = new FolderStager(out);
    kept.offer({}, 'svc', [file('svc/a.ts')]);
    kept.finish(() => undefined);
    writeFileSync(join(out, JOURNAL_FILE), '{"version":1,"moves":[],"removals":[]}');
    kept.discard();
    expect(existsSync(join(out, STAGING_DIR))).toBe(true);
  });
});

describe('a writing run with early staging', () => {
  it('writes what a write of the same files at the end writes, into new and existing folders alike', async () => {
    const out = tmp('stager-run');
    await generateInto({ models: [VOICEID], out, cacheDir: false });
    const outcome = await generateInto({ models: [VOICEID, KITCHEN, NAMES], out, cacheDir: false, jobs: 2 });
    expect(outcome.kind).toBe('written');
    if (outcome.kind !== 'written') return;
    // Voice ID's folder was there already: the two new folders, manifests included, are what was written.
    const fresh = outcome.result.files.map((f) => f.path).filter((p) => !p.startsWith('voiceid/'));
    const folders = [...new Set(fresh.map((p) => p.split('/')[0]))];
    expect(folders).toHaveLength(2);
    expect(outcome.report.written).toEqual([...fresh, ...folders.map((f) => `${f}/.shapegen-manifest.json`)].sort());
    const probe = tmp('stager-probe');
    syncOutput(probe, outcome.result.files);
    expect(tree(out)).toEqual(tree(probe));
    expect(readdirSync(out).sort()).toEqual(readdirSync(probe).sort());
  }, 300_000);

  it('with a cache, stages from the bytes encoded for it exactly what a run without one writes', async () => {
    const [cached, plain] = [tmp('stager-cached'), tmp('stager-plain')];
    const cacheDir = tmp('stager-cache');
    for (const [out, cache] of [[cached, cacheDir], [plain, false]] as const) {
      await generateInto({ models: [VOICEID], out, cacheDir: cache });
      const outcome = await generateInto({ models: [VOICEID, KITCHEN, NAMES], out, cacheDir: cache, jobs: 2 });
      expect(outcome.kind).toBe('written');
    }
    expect(readdirSync(join(cacheDir, 'stamps'))).toHaveLength(1);
    expect(tree(cached)).toEqual(tree(plain));
  }, 300_000);

  it('leaves nothing when a model is invalid, not even the output folder it would have made', async () => {
    const out = join(tmp('stager-invalid'), 'out');
    const outcome = await generateInto({ models: [KITCHEN, NAMES, INVALID], out, cacheDir: false, jobs: 2 });
    expect(outcome.kind).toBe('invalid');
    expect(existsSync(out)).toBe(false);
  }, 300_000);

  it('killed while it stages, leaves the previous output as it was; the next run completes', async () => {
    const root = tmp('stager-kill');
    const out = join(root, 'out');
    const bin = join(projectRoot, 'bin', 'shapegen.js');
    const args = (...models: string[]) => [bin, 'generate', ...models, '--out', out, '--no-cache', '--jobs', '2'];
    const run = (argv: string[]) => new Promise<void>((done) => spawn(process.execPath, argv, { stdio: 'ignore' }).on('exit', () => done()));
    await run(args(VOICEID));
    const before = tree(out);
    const child = spawn(process.execPath, args(VOICEID, KITCHEN, NAMES), { stdio: 'ignore' });
    let killedWhile: string[] | undefined;
    // The staging folder appears when the first new folder is staged; the kill follows its first entry.
    const watcher = watch(out, (_e, name) => {
      if (name !== STAGING_DIR || killedWhile) return;
      const inner = watch(join(out, STAGING_DIR), () => {
        if (killedWhile) return;
        child.kill('SIGKILL');
        killedWhile = readdirSync(join(out, STAGING_DIR));
        inner.close();
      }).on('error', () => undefined);
    });
    await new Promise((done) => child.on('exit', done));
    watcher.close();
    expect(killedWhile, 'the run was killed while it staged a folder').toBeDefined();
    expect(killedWhile!.some((n) => n.startsWith('early-'))).toBe(true);
    expect(existsSync(join(out, JOURNAL_FILE))).toBe(false);
    const visible = new Map([...tree(out)].filter(([p]) => !p.startsWith(STAGING_DIR)));
    expect(visible).toEqual(before);
    expect(recoverOutput(realDisk, out)).toBe('dropped');
    expect(tree(out)).toEqual(before);
    await run(args(VOICEID, KITCHEN, NAMES));
    const probe = join(root, 'probe');
    await new Promise<void>((done) => spawn(process.execPath, [bin, 'generate', VOICEID, KITCHEN, NAMES, '--out', probe, '--no-cache', '--jobs', '1'], { stdio: 'ignore' }).on('exit', () => done()));
    expect(tree(out)).toEqual(tree(probe));
    expect(readFileSync(join(out, 'voiceid', '.shapegen-manifest.json'), 'utf8')).toBe(readFileSync(join(probe, 'voiceid', '.shapegen-manifest.json'), 'utf8'));
  }, 300_000);
});
