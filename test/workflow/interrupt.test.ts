/**
 * A run killed outright (SIGKILL, no cleanup possible) in the middle of writing leaves every previous file
 * whole; the next run removes the temporary files it left behind.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../generator/paths.js';
import type { GeneratedFile } from '../../generator/emit/types.js';
import { syncOutput } from '../../generator/write/writer.js';
import { ensureBuilt, tmp, tree } from './support.js';

const files = (version: string): GeneratedFile[] =>
  Array.from({ length: 20 }, (_, i) => ({ path: `svc/docs/page${String(i).padStart(2, '0')}.Rd`, contents: `\\name{page${i}} % ${version}\n` }));

/** Writes version 2 in a separate process that kills itself (SIGKILL) after staging `after` files. */
function killedWrite(out: string, after: number): number | null {
  const writer = join(projectRoot, 'dist', 'generator', 'write', 'writer.js');
  const script = `
    const { syncOutput } = await import(${JSON.stringify(writer)});
    const files = ${JSON.stringify(files('v2'))};
    syncOutput(${JSON.stringify(out)}, files, { onStaged: (_p, n) => { if (n === ${after}) process.kill(process.pid, 'SIGKILL'); } });
  `;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script]).signal === 'SIGKILL' ? 0 : 1;
}

beforeAll(() => ensureBuilt());

describe('an interrupted write', () => {
  it('leaves the previous output intact, and the next run cleans up', () => {
    const out = tmp('interrupt');
    syncOutput(out, files('v1'));
    const before = tree(out);
    expect(killedWrite(out, 7)).toBe(0);
    const after = tree(out);
    const leftovers = [...after.keys()].filter((p) => p.includes('.shapegen-tmp-'));
    expect(leftovers.length).toBe(7);
    for (const [path, text] of before) expect(after.get(path), path).toBe(text);
    const report = syncOutput(out, files('v2'));
    expect(report.removed.sort()).toEqual(leftovers.sort());
    expect(readdirSync(join(out, 'svc', 'docs')).some((f) => f.includes('.shapegen-tmp-'))).toBe(false);
    expect(tree(out).get('svc/docs/page00.Rd')).toContain('v2');
  });
});
