/**
 * The kill test: a write is killed outright (SIGKILL, no cleanup possible) at every file operation it
 * makes, in a separate process, and at points chosen by file-system events seen from outside (inotify, via
 * fs.watch) in a real `generate`. After each kill: before the commit point the previous output is exactly as
 * it was; after recovery (what the next run does first) the output is exactly the old or exactly the new
 * one, never a mix, with no temporary file left, the unchanged files untouched and the file nobody generated
 * still there. It prints how many points it tried.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../generator/paths.js';
import type { GeneratedFile } from '../../generator/emit/types.js';
import { realDisk } from '../../generator/write/disk.js';
import { JOURNAL_FILE, recoverOutput, STAGING_DIR } from '../../generator/write/journal.js';
import { syncOutput } from '../../generator/write/writer.js';
import { ensureBuilt, tmp, tree, VOICEID } from './support.js';

const page = (i: number, version: string) => ({ path: `svc/docs/page${String(i).padStart(2, '0')}.Rd`, contents: `\\name{page${i}} % ${version}\n` });
/**
 * v1: 24 pages. v2: pages 0-15 changed, 16-19 unchanged, 20-23 gone, 6 new in a new subfolder, and a new
 * service folder (staged whole, moved by one rename).
 */
const v1: GeneratedFile[] = Array.from({ length: 24 }, (_, i) => page(i, 'v1'));
const NEW_SERVICE: GeneratedFile[] = Array.from({ length: 3 }, (_, i) => ({ path: `svc2/docs/other${i}.Rd`, contents: `\\name{other${i}}\n` }));
const v2: GeneratedFile[] = [
  ...Array.from({ length: 16 }, (_, i) => page(i, 'v2')),
  ...v1.slice(16, 20),
  ...Array.from({ length: 6 }, (_, i) => ({ path: `svc/new/extra${i}.Rd`, contents: `\\name{extra${i}}\n` })),
  ...NEW_SERVICE,
];
const HANDMADE = 'svc/docs/handmade.Rd';

const dist = (...p: string[]) => join(projectRoot, 'dist', 'generator', 'write', ...p);

/** Runs the v2 write in a child process that SIGKILLs itself before its `killAt`-th file operation (0: never). */
function childWrite(out: string, killAt: number, what: 'sync' | 'recover' = 'sync'): { killed: boolean; ops: number } {
  const script = `
    const { syncOutput } = await import(${JSON.stringify(dist('writer.js'))});
    const { recoverOutput } = await import(${JSON.stringify(dist('journal.js'))});
    const { countingDisk } = await import(${JSON.stringify(dist('disk.js'))});
    let ops = 0;
    const disk = countingDisk((_kind, n) => { ops = n; if (n === ${killAt}) process.kill(process.pid, 'SIGKILL'); });
    if (${JSON.stringify(what)} === 'sync') syncOutput(${JSON.stringify(out)}, ${JSON.stringify(v2)}, { disk });
    else recoverOutput(disk, ${JSON.stringify(out)});
    process.stdout.write(String(ops));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (r.signal !== 'SIGKILL' && r.status !== 0) throw new Error(`writer failed: ${r.stderr}`);
  return { killed: r.signal === 'SIGKILL', ops: Number(r.stdout || 0) };
}

function expected(files: readonly GeneratedFile[], out: string): Map<string, string> {
  const probe = tmp('interrupt-expected');
  syncOutput(probe, files);
  writeFileSync(join(probe, HANDMADE), 'written by hand\n');
  const t = tree(probe);
  rmSync(probe, { recursive: true, force: true });
  expect(out).toBeTruthy();
  return t;
}

function freshOld(out: string): void {
  rmSync(out, { recursive: true, force: true });
  syncOutput(out, v1);
  writeFileSync(join(out, HANDMADE), 'written by hand\n');
}

const isTemporary = (p: string) => p.startsWith(STAGING_DIR) || p.startsWith(JOURNAL_FILE) || p.includes('.shapegen-tmp-');
const visible = (t: Map<string, string>) => new Map([...t].filter(([p]) => !isTemporary(p)));
const same = (a: Map<string, string>, b: Map<string, string>) => JSON.stringify([...a]) === JSON.stringify([...b]);

beforeAll(() => ensureBuilt());

/** `dir` and every folder below it. */
function folders(dir: string): string[] {
  return [dir, ...readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => folders(join(dir, e.name)))];
}

describe('a write killed at any point', () => {
  it('leaves the old output before the commit point, and old or new (never a mix) after recovery', () => {
    const out = tmp('interrupt');
    freshOld(out);
    const oldTree = tree(out);
    const newTree = expected(v2, out);
    const unchangedMtime = statSync(join(out, v1[17].path)).mtimeMs;
    const total = childWrite(out, 0).ops;
    expect(same(tree(out), newTree)).toBe(true);
    expect(statSync(join(out, v1[17].path)).mtimeMs).toBe(unchangedMtime);
    expect(total).toBeGreaterThan(v2.length);
    let points = 0;
    let before = 0;
    let after = 0;
    for (let n = 1; n <= total; n++) {
      freshOld(out);
      expect(childWrite(out, n).killed, `kill at operation ${n}`).toBe(true);
      points++;
      const killed = tree(out);
      const committed = existsSync(join(out, JOURNAL_FILE));
      if (!committed) {
        before++;
        expect(same(visible(killed), oldTree), `operation ${n}: the old output was touched before the commit point`).toBe(true);
      } else after++;
      // Kill the recovery too, once in a while, then recover for good.
      if (committed && n % 5 === 0) expect(childWrite(out, 2, 'recover').killed).toBe(true);
      recoverOutput(realDisk, out);
      const now = tree(out);
      expect([...now.keys()].filter(isTemporary), `operation ${n}: temporary files left`).toEqual([]);
      expect(same(now, oldTree) || same(now, newTree), `operation ${n}: a mix of old and new`).toBe(true);
      expect(same(now, committed ? newTree : oldTree), `operation ${n}`).toBe(true);
    }
    console.log(`kill test: ${points} interruption points tried (every file operation of the write: ${before} before the commit point, ${after} after), 0 mixes, 0 temporary files left`);
    expect(points).toBe(total);
    expect(before).toBeGreaterThan(v2.length);
    // Every file of the existing folder is moved alone, the new folder's files all at once.
    expect(after).toBeGreaterThan(v2.length - NEW_SERVICE.length + 1);
  }, 600_000);

  it('does the same when a real generate is killed on the N-th file-system event seen from outside', async () => {
    // Old and new differ: the new model's first documentation string changes.
    const root = tmp('interrupt-events');
    const out = join(root, 'out');
    const oldModel = join(root, 'voiceid.yaml');
    cpSync(VOICEID, oldModel);
    const bin = join(projectRoot, 'bin', 'shapegen.js');
    const generate = () => spawnSync(process.execPath, [bin, 'generate', oldModel, '--out', out, '--no-cache'], { encoding: 'utf8' });
    const oldTree = (() => (generate(), tree(out)))();
    // The new model: the service's documentation changes.
    const yaml = readFileSync(VOICEID, 'utf8');
    const newModel = join(root, 'new', 'voiceid.yaml');
    mkdirSync(join(root, 'new'));
    writeFileSync(newModel, yaml.replace(/^(\s+documentation: )(["']?)<p>/m, '$1$2<p>Changed. '));
    const probeOut = join(root, 'probe');
    spawnSync(process.execPath, [bin, 'generate', newModel, '--out', probeOut, '--no-cache']);
    const newTree = tree(probeOut);
    expect(same(oldTree, newTree)).toBe(false);
    let tried = 0;
    let killed = 0;
    // A full write of this change makes 16 events in these folders: points early, midway and near the end.
    for (const nth of [3, 8, 14]) {
      rmSync(out, { recursive: true, force: true });
      generate();
      // One plain watcher per folder of the old output (the write renames into them and creates its staging
      // area and journal in `out`), not a recursive one: Node 20's recursive fs.watch on Linux throws an
      // uncaught ENOENT when a folder it is about to scan (the staging area) is already gone.
      const child = spawn(process.execPath, [bin, 'generate', newModel, '--out', out, '--no-cache'], { stdio: 'ignore' });
      let events = 0;
      const watchers = folders(out).map((dir) =>
        watch(dir, () => {
          if (++events === nth && child.kill('SIGKILL')) killed++;
        }).on('error', () => undefined),
      );
      await new Promise((done) => child.on('exit', done));
      for (const w of watchers) w.close();
      tried++;
      recoverOutput(realDisk, out);
      const now = tree(out);
      expect([...now.keys()].filter(isTemporary)).toEqual([]);
      expect(same(now, oldTree) || same(now, newTree), `event ${nth}: a mix of old and new`).toBe(true);
    }
    // The points fall within the write (the late one may miss if the watchers merge events): it is killed mid-way.
    expect(killed).toBeGreaterThanOrEqual(2);
    console.log(`kill test (file-system events, real generate of Voice ID): ${tried} interruption points tried, ${killed} killed mid-write, 0 mixes`);
  }, 600_000);
});
